//! A window that stays steady, driven through the app: at 1024×700 the search field, its clear button and
//! the table's key columns stay on screen in English and Russian (snapshot images); the selected row stays
//! in view when the filter changes; a newly opened file starts at the top; a filter that hides the
//! invitee shown says so; the status bar forgets a message once it is no longer true.
//!
//! The interface language is process-wide, so the tests of this file take turns.

use crate::common;

use std::sync::Mutex;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::App;
use msp_invitations::i18n::{self, Lang};
use msp_invitations::model::{EntityId, builtin_workspace};

static TURN: Mutex<()> = Mutex::new(());

const SMALL: [f32; 2] = [1024.0, 700.0];

fn small(app: App) -> Harness<'static, App> {
    let mut app = app;
    app.work_mut().set_today(d(TODAY));
    let mut h = Harness::builder()
        .with_size(SMALL)
        .with_max_steps(12)
        .build_eframe(move |_| app);
    h.run();
    h
}

/// Whether the node labelled `label` lies wholly inside the window, left of `right`.
fn on_screen(h: &Harness<'_, App>, label: &str, right: f32) -> bool {
    let rect = h.get_by_label(label).rect();
    rect.min.x >= 0.0 && rect.max.x <= right && rect.max.y <= SMALL[1]
}

#[test]
fn at_1024_by_700_the_search_and_the_key_columns_stay_on_screen_in_english_and_russian() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for (lang, search, query, columns, snapshot) in [
        (
            Lang::En,
            "Search",
            "chile",
            ["Name", "Category", "Invitation", "Sent"],
            "main_screen_1024_en",
        ),
        (
            Lang::Ru,
            "Поиск",
            "чили",
            ["Название", "Категория", "Приглашение", "Отправлено"],
            "main_screen_1024_ru",
        ),
    ] {
        i18n::set_language(lang);
        let mut h = small(App::builtin());
        assert!(on_screen(&h, search, SMALL[0]), "{}", all_text(&h));
        // The detail panel starts at a third of the window; the key columns fit beside it.
        let detail_left = h.get_by_label(&i18n::tr("detail-none-title")).rect().min.x - 40.0;
        for column in columns {
            assert!(
                on_screen(&h, column, detail_left),
                "{column}: {}",
                all_text(&h)
            );
        }
        h.get_by_label(search).focus();
        h.run();
        h.get_by_label(search).type_text(query);
        h.run();
        assert!(on_screen(&h, "×", SMALL[0]), "the clear button");
        // Enter opens the invitee found: the screen an officer works in.
        h.key_press(Key::Enter);
        h.run();
        h.run();
        assert_eq!(h.state().table().selection().len(), 1);
        h.try_snapshot_options(snapshot, &snapshot_options())
            .expect("the main screen at 1024×700 looks as it did");
    }
    i18n::set_language(Lang::En);
}

#[test]
fn the_selected_row_stays_in_view_and_a_new_file_starts_at_the_top() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::En);
    let mut h = small(App::builtin());
    select_invitee(&mut h, "zimb", "Zimbabwe");
    // The search cleared, Zimbabwe is the last row of 224: it stays in view, selected.
    h.get_by_label("Search").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    h.run();
    assert_eq!(h.state().table().visible_len(), 224);
    assert!(
        h.query_all_by_label("Zimbabwe").count() >= 2,
        "the row and the detail's heading: {}",
        all_text(&h)
    );
    assert!(h.query_by_label("Afghanistan").is_none());

    // Another workspace opened: its table starts at the first row.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("other.ron");
    msp_invitations::storage::save(&path, &builtin_workspace()).expect("saved");
    assert!(h.state_mut().open_path(&path));
    h.run();
    h.run();
    assert!(
        h.query_by_label("Afghanistan").is_some(),
        "{}",
        all_text(&h)
    );
}

#[test]
fn a_filter_that_hides_the_invitee_shown_says_so() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::En);
    let mut h = builtin();
    select_invitee(&mut h, "peru", "Peru");
    click(&mut h, "Clear filters");
    click(&mut h, "NGOs 2");
    assert!(
        shows(&h, "The filter hides this invitee from the table."),
        "{}",
        all_text(&h)
    );
    click(&mut h, "Show it in the table");
    assert!(h.state().table().shows(&EntityId::state("PER")));
    assert!(!shows(&h, "The filter hides this invitee from the table."));
}

#[test]
fn the_status_bar_forgets_a_message_after_an_undo_or_a_language_switch() {
    let _turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    i18n::set_language(Lang::En);
    let mut h = builtin();
    // Two invitees marked invited at once: the status bar says so.
    search(&mut h, "chile");
    click(&mut h, "Chile");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Search").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Search").type_text("peru");
    h.run();
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("Peru").click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(h.state().table().selection().len(), 2, "{}", all_text(&h));
    type_into(&mut h, "Sent on", "2013-06-01");
    click(&mut h, "Mark 2 as invited");
    let said = h
        .state()
        .work()
        .notice()
        .map(ToOwned::to_owned)
        .expect("a notice");
    assert!(shows(&h, &said));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!shows(&h, &said), "stale after the undo: {}", all_text(&h));

    // Redone, then the language switched: the English message goes.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    click(&mut h, "Mark 2 as invited");
    assert!(h.state().work().notice().is_some());
    click(&mut h, "View");
    click(&mut h, "Language");
    click(&mut h, "Français");
    assert!(h.state().work().notice().is_none());
    i18n::set_language(Lang::En);
}
