//! The app in French, Spanish and Russian: switching from View › Language without a restart, the main
//! screen and a dialog in each language (snapshot images), search by State names in other languages, and
//! the choice persisting.
//!
//! The interface language is each thread's own, and each test runs on a thread of its own; the tests of
//! this file still take turns, so that their snapshots are drawn one at a time.

use crate::common;

use egui_kittest::kittest::Queryable;
use std::sync::Mutex;

use common::*;
use msp_invitations::app::{App, Prefs};
use msp_invitations::i18n::{self, Lang};
use msp_invitations::model::EntityId;

static TURN: Mutex<()> = Mutex::new(());

/// Switches the language through the menu, as a user does.
fn switch(
    h: &mut egui_kittest::Harness<'_, App>,
    menu_view: &str,
    language_menu: &str,
    lang: Lang,
) {
    click(h, menu_view);
    click(h, language_menu);
    click(h, lang.native_name());
    h.run();
    assert_eq!(i18n::language(), lang);
}

#[test]
fn every_language_shows_the_main_screen_and_a_dialog() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut h = builtin();
    // English → French.
    switch(&mut h, "View", "Language", Lang::Fr);
    assert!(shows(&h, "Fichier"), "{}", all_text(&h));
    assert!(shows(&h, "États parties 161"));
    assert!(shows(&h, "Chef de délégation"));
    assert!(shows(&h, "Allemagne"), "State names in French");
    assert!(shows(&h, "Aucun invité sélectionné"));
    h.snapshot_options("main_screen_fr", &snapshot_options());
    click(&mut h, "Aide");
    click(&mut h, "À propos de MSP Invitations");
    assert!(shows(&h, "Données de référence"));
    h.snapshot_options("about_fr", &snapshot_options());
    h.key_press(egui::Key::Escape);
    h.run();

    // French → Spanish.
    switch(&mut h, "Affichage", "Langue", Lang::Es);
    assert!(shows(&h, "Archivo"));
    assert!(shows(&h, "Estados partes 161"));
    assert!(shows(&h, "Alemania"));
    h.snapshot_options("main_screen_es", &snapshot_options());
    click(&mut h, "Archivo");
    h.get_by_label_contains("Exportar…").click();
    h.run();
    assert!(shows(&h, "Número del documento"), "{}", all_text(&h));
    assert!(shows(&h, "Formato"), "{}", all_text(&h));
    h.snapshot_options("export_es", &snapshot_options());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.state().work().dialog().is_none(),
        "Escape closes the dialog"
    );

    // Spanish → Russian.
    switch(&mut h, "Ver", "Idioma", Lang::Ru);
    assert!(shows(&h, "Файл"));
    assert!(shows(&h, "Государства-участники 161"));
    assert!(
        shows(&h, "Австралия"),
        "State names in Russian, in Cyrillic order"
    );
    assert!(shows(&h, "Показано 224 из 224"), "{}", all_text(&h));
    h.snapshot_options("main_screen_ru", &snapshot_options());
    type_into(&mut h, "Поиск", "германия");
    click(&mut h, "Германия");
    choose(&mut h, "Статус", "Приглашён");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    h.run();
    assert!(shows(&h, "Сохранить изменения?"));
    h.snapshot_options("unsaved_ru", &snapshot_options());
    click(&mut h, "Отмена");

    // And back to English.
    switch(&mut h, "Вид", "Язык", Lang::En);
    assert!(shows(&h, "File"));
    assert!(shows(&h, "Germany"));
}

/// The invitees the table shows, in order.
fn visible_ids(h: &egui_kittest::Harness<'_, App>) -> Vec<EntityId> {
    h.state()
        .table()
        .visible_rows()
        .map(|r| r.id.clone())
        .collect()
}

#[test]
fn search_finds_a_state_by_its_french_or_russian_name_in_any_language() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::En);
    let mut h = builtin();
    search(&mut h, "allemagne");
    assert_eq!(visible_ids(&h), vec![EntityId::state("DEU")]);
    assert!(shows(&h, "Germany"), "shown in the interface language");

    let mut h = builtin();
    search(&mut h, "германия");
    assert_eq!(visible_ids(&h), vec![EntityId::state("DEU")]);

    // Accents and apostrophes folded, in French: "cote d’ivoire".
    let mut h = builtin();
    search(&mut h, "cote d'ivoire");
    assert_eq!(h.state().table().visible_len(), 1);
}

#[test]
fn the_table_sorts_by_the_collation_of_the_language_shown() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut h = builtin();
    switch(&mut h, "View", "Language", Lang::Ru);
    let names: Vec<String> = h
        .state()
        .table()
        .visible_rows()
        .map(|r| r.name.clone())
        .take(3)
        .collect();
    assert_eq!(
        names[0], "Австралия",
        "Cyrillic alphabetical order: {names:?}"
    );
    switch(&mut h, "Вид", "Язык", Lang::En);
    let names: Vec<String> = h
        .state()
        .table()
        .visible_rows()
        .map(|r| r.name.clone())
        .take(1)
        .collect();
    assert_eq!(names[0], "Afghanistan");
}

#[test]
fn the_language_choice_persists() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut h = builtin();
    switch(&mut h, "View", "Language", Lang::Es);
    let prefs: Prefs = h.state().prefs().clone();
    assert_eq!(prefs.language, Some(Lang::Es));
    drop(h);
    i18n::set_language(Lang::En);
    let h = harness(App::start_in(None, prefs, None));
    assert_eq!(i18n::language(), Lang::Es, "applied at start");
    assert!(shows(&h, "Archivo"));
    drop(h);
    i18n::set_language(Lang::En);
}

#[test]
fn the_other_views_name_states_in_the_language_shown() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut h = builtin();
    switch(&mut h, "View", "Language", Lang::Ru);
    click(&mut h, "Параметры совещания");
    // The 13MSP's President came from Algeria, the Secretary-General of the Meeting from Switzerland.
    let text = all_text(&h);
    switch(&mut h, "Вид", "Язык", Lang::En);
    assert!(
        text.contains("Алжир") && text.contains("Швейцария"),
        "{text}"
    );
    // The Netherlands as the UN wrote it in Russian in December 2013.
    assert!(text.contains("Нидерланды"), "the Vice-Presidents too");
    assert!(!text.contains("Нидерланды (Королевство)"), "{text}");
    assert!(!text.contains("Algeria"), "{text}");
    assert!(all_text(&h).contains("Algeria"));
}

#[test]
fn the_date_pickers_month_speaks_the_interfaces_language() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::En);
    let mut h = builtin();
    select_invitee(&mut h, "peru", "Peru");
    switch(&mut h, "View", "Language", Lang::Fr);
    click(&mut h, "Choisir une date : Envoyée le");
    h.run();
    assert!(shows(&h, "lu") && shows(&h, "di"), "{}", all_text(&h));
    assert!(h.query_by_label("Mois précédent").is_some());
    assert!(shows_containing(&h, "2013"));
    h.snapshot_options("date_picker_fr", &snapshot_options());
    switch(&mut h, "Affichage", "Langue", Lang::En);
}
