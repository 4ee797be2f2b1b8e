//! Organisations named in the language of the page: the standing observers' names in French, Spanish and
//! Russian from the reference data (`assets/data/un_org_names.csv`), the forms with their article in
//! French and Spanish letters, a name the data lacks asked for and never guessed, the interface and the
//! List of Participants in French, and search by any language's name or acronym.

use crate::common;

use std::path::Path;

use common::*;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::exchange::letters;
use msp_invitations::exchange::{ExportRequest, Format, LetterLanguage, ListKind, export};
use msp_invitations::i18n::Lang;
use msp_invitations::model::{EntityId, Workspace, builtin_workspace, reference};
use msp_invitations::storage;

/// The user's wording of `org`'s name with its article in `lang`, as the detail panel records it.
fn with_running(mut ws: Workspace, org: &str, lang: Lang, text: &str) -> Workspace {
    ws.corrections
        .entry(EntityId::org(org))
        .or_default()
        .running
        .insert(lang, text.to_owned());
    ws
}

/// The letters to these organisations in `lang`, written by the command line: its exit status, what it
/// said, and the PDF's text (squeezed).
fn letters_in(dir: &Path, ws: &Workspace, lang: &str) -> (Option<i32>, String, String) {
    let path = dir.join(format!("ws-{lang}.ron"));
    storage::save(&path, ws).expect("saved");
    let out_pdf = dir.join(format!("letters-{lang}.pdf"));
    let out = run(&[
        "export",
        path.to_str().expect("utf-8"),
        "--list",
        "letters",
        "--only-uninvited",
        "--letter-lang",
        lang,
        "--date",
        "2013-06-03",
        "-o",
        out_pdf.to_str().expect("utf-8"),
    ]);
    let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
    let pdf_text = storage::read_regular(&out_pdf, u64::MAX)
        .map(|bytes| pdf::squeezed_text(&bytes))
        .unwrap_or_default();
    (out.status.code(), said, pdf_text)
}

#[test]
fn the_reference_data_names_the_standing_observers_in_each_language() {
    let au = reference::org_names("au").expect("the African Union");
    assert_eq!(au.name(Lang::Fr), Some("Union africaine"));
    assert_eq!(au.running(Lang::Fr), Some("l’Union africaine"));
    assert_eq!(au.name(Lang::Es), Some("Unión Africana"));
    assert_eq!(au.running(Lang::Es), None, "not in the data: never guessed");
    assert_eq!(au.acronym(Lang::Fr), Some("UA"));
    assert_eq!(au.name(Lang::Ru), Some("Африканский союз"));
    let oif = reference::org_names("oif").expect("the OIF");
    assert_eq!(oif.name(Lang::Es), None, "\"not found\" is no name");
    // UN English usage, where the list of standing observers gives the French name.
    let ws = builtin_workspace();
    assert_eq!(
        ws.name_in(&EntityId::org("oif"), Lang::En),
        "International Organization of la Francophonie"
    );
    assert_eq!(
        ws.name_in(&EntityId::org("oif"), Lang::Fr),
        "Organisation internationale de la Francophonie"
    );
    assert_eq!(
        ws.name_in(&EntityId::org("who"), Lang::Es),
        "Organización Mundial de la Salud"
    );
}

/// A French template of the user's for organisations that names the organisation in running text, as a
/// note verbale does.
fn with_french_note(mut ws: Workspace) -> Workspace {
    ws.settings.letter_templates.insert(
        (Lang::Fr, msp_invitations::model::TemplateKind::Organizations),
        "Le Secrétaire général de l’Organisation des Nations Unies présente ses compliments {to_invitee} et a l’honneur d’inviter {invitee} à participer à la {meeting} en qualité d’observateur.".to_owned(),
    );
    ws
}

/// The same in Spanish.
fn with_spanish_note(mut ws: Workspace) -> Workspace {
    ws.settings.letter_templates.insert(
        (Lang::Es, msp_invitations::model::TemplateKind::Organizations),
        "El Secretario General de las Naciones Unidas saluda atentamente {to_invitee} y tiene el honor de invitar {to_invitee} a asistir a la {meeting} en calidad de observador.".to_owned(),
    );
    ws
}

#[test]
fn french_letters_to_organisations_name_them_in_french_and_join_the_article() {
    let dir = tempfile::tempdir().expect("dir");
    // The built-in letters: each organisation addressed by its French name.
    let ws = only_these_uninvited(&["au", "icrc", "oif"]);
    let (code, said, letters) = letters_in(dir.path(), &ws, "fr");
    assert_eq!(code, Some(0), "{said}");
    for phrase in [
        "Union africaine",
        "Comité international de la Croix-Rouge",
        "Organisation internationale de la Francophonie",
    ] {
        assert!(pdf::has(&letters, phrase), "missing: {phrase}\n{letters}");
    }
    for wrong in [
        "African Union",
        "International Organization of la Francophonie",
    ] {
        assert!(!pdf::has(&letters, wrong), "{wrong} in:\n{letters}");
    }
    // A template that names them in running text: the ICRC's French form with its article is not in the
    // data, so nothing is written and the check says what to give.
    let ws = with_french_note(ws);
    let (code, said, _) = letters_in(dir.path(), &ws, "fr");
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("Comité international de la Croix-Rouge"),
        "{said}"
    );
    assert!(said.contains("with the article"), "{said}");
    // Given in the detail panel, the letters go out, the preposition joined to each article.
    let ws = with_running(
        ws,
        "icrc",
        Lang::Fr,
        "le Comité international de la Croix-Rouge",
    );
    let (code, said, letters) = letters_in(dir.path(), &ws, "fr");
    assert_eq!(code, Some(0), "{said}");
    for phrase in [
        "présente ses compliments à l’Union africaine et a l’honneur d’inviter l’Union africaine",
        "Union africaine",
        "présente ses compliments au Comité international de la Croix-Rouge et a l’honneur d’inviter le Comité international de la Croix-Rouge",
        "présente ses compliments à l’Organisation internationale de la Francophonie",
    ] {
        assert!(pdf::has(&letters, phrase), "missing: {phrase}\n{letters}");
    }
}

#[test]
fn spanish_letters_name_organisations_in_spanish_and_a_missing_name_is_reported_not_guessed() {
    let dir = tempfile::tempdir().expect("dir");
    // The data has the ICRC in Spanish with its article ("el Comité Internacional de la Cruz Roja").
    let ws = only_these_uninvited(&["icrc"]);
    let (code, said, letters) = letters_in(dir.path(), &ws, "es");
    assert_eq!(code, Some(0), "{said}");
    assert!(
        pdf::has(&letters, "Comité Internacional de la Cruz Roja"),
        "{letters}"
    );
    assert!(!pdf::has(&letters, "International Committee"), "{letters}");
    // The OIF has no Spanish name in the data: nothing is written, and the check names what is missing.
    let ws = only_these_uninvited(&["oif"]);
    let (code, said, _) = letters_in(dir.path(), &ws, "es");
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("has no name in “es”"),
        "the missing Spanish name is named: {said}"
    );
    // The African Union has a Spanish name but no form with its article: a letter that names it in
    // running text asks for it, and guesses no article.
    let ws = with_spanish_note(only_these_uninvited(&["au"]));
    let issues = letters::check(
        &ws,
        &ws.meetings[0],
        &[EntityId::org("au")],
        &msp_invitations::exchange::LetterOptions {
            language: LetterLanguage::Fixed(Lang::Es),
            reference_prefix: "ODA/GVA/2013/".to_owned(),
            ..Default::default()
        },
        d("2013-06-03"),
    );
    assert!(
        issues
            .iter()
            .any(|i| i.text.key == "let-issue-no-org-running" && i.blocking),
        "{issues:?}"
    );
    // Given by the user, the letter uses it, with the preposition joined to the article.
    let (code, said, _) = letters_in(dir.path(), &ws, "es");
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("Unión Africana") && said.contains("with the article"),
        "{said}"
    );
    let ws = with_running(ws, "au", Lang::Es, "la Unión Africana");
    let (code, said, letters) = letters_in(dir.path(), &ws, "es");
    assert_eq!(code, Some(0), "{said}");
    assert!(
        pdf::has(
            &letters,
            "saluda atentamente a la Unión Africana y tiene el honor de invitar a la Unión Africana"
        ),
        "{letters}"
    );
    // The ICRC's Spanish form is in the data: "al Comité", the preposition joined to "el".
    let ws = with_spanish_note(only_these_uninvited(&["icrc"]));
    let (code, said, letters) = letters_in(dir.path(), &ws, "es");
    assert_eq!(code, Some(0), "{said}");
    assert!(
        pdf::has(
            &letters,
            "saluda atentamente al Comité Internacional de la Cruz Roja"
        ),
        "{letters}"
    );
}

#[test]
fn the_french_list_of_participants_names_organisations_in_french() {
    let mut ws = builtin_workspace();
    for org in ["au", "icrc", "oif", "who"] {
        let invitee = ws.meetings[0]
            .invitees
            .get_mut(&EntityId::org(org))
            .expect("a standing observer of the 13MSP");
        let mut member = msp_invitations::model::Member::new(
            msp_invitations::model::PersonId(900 + u32::try_from(org.len()).expect("short")),
            msp_invitations::model::Role::HeadOfDelegation,
        );
        member.honorific = "M.".to_owned();
        member.given_name = "Jean".to_owned();
        member.family_name = format!("DUPONT-{}", org.to_uppercase());
        invitee.delegation.members.push(member);
    }
    let request = ExportRequest {
        list: ListKind::Participants,
        format: Format::Pdf,
        meeting: ws.meetings[0].id.clone(),
        document_number: "INF.2".to_owned(),
        date: d("2013-12-02"),
        internal: false,
        csv: Default::default(),
        since: None,
        only: None,
        first_seat: None,
        letters: Default::default(),
        lang: Lang::Fr,
        designated_only: false,
        attended: false,
    };
    let bytes = export(&ws, &request).expect("exports");
    let text = pdf::squeezed_text(&bytes);
    for name in [
        "Union africaine",
        "Comité international de la Croix-Rouge",
        "Organisation internationale de la Francophonie",
        "Organisation mondiale de la santé",
    ] {
        assert!(pdf::has(&text, name), "missing: {name}\n{text}");
    }
    // (The section headings stay trilingual: "International Committee of the Red Cross, International
    // Federation and other entities".)
    for english in [
        "African Union",
        "World Health Organization",
        "International Organization of la Francophonie",
    ] {
        assert!(!pdf::has(&text, english), "{english} in:\n{text}");
    }
}

#[test]
fn the_french_interface_names_organisations_in_french_and_search_finds_them_in_any_language() {
    let mut h = builtin();
    click(&mut h, "View");
    click(&mut h, "Language");
    click(&mut h, Lang::Fr.native_name());
    h.run();
    // The table: the African Union under its French name, found by its French acronym.
    let find = |h: &mut egui_kittest::Harness<'_, msp_invitations::app::App>, query: &str| {
        let node = h.get_by_label("Rechercher");
        node.focus();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run();
        h.get_by_label("Rechercher").type_text(query);
        h.run();
    };
    find(&mut h, "UA");
    assert!(shows(&h, "Union africaine"), "{}", all_text(&h));
    assert!(!shows(&h, "African Union"));
    // Its Spanish name, its Russian acronym and its English name find it too.
    for query in ["Unión Africana", "АС", "african union"] {
        find(&mut h, query);
        assert!(shows(&h, "Union africaine"), "{query}: {}", all_text(&h));
    }
    // The detail panel: its names in each language, the UN's data beside them.
    click(&mut h, "Union africaine");
    assert!(
        shows_containing(&h, "Noms dans les langues de l’ONU"),
        "{}",
        all_text(&h)
    );
    assert!(
        shows_containing(&h, "Selon les données de l’ONU : l’Union africaine"),
        "{}",
        all_text(&h)
    );
    assert!(
        shows_containing(&h, "Absent des données de l’ONU"),
        "the Spanish form with its article"
    );
}

/// A user gives the African Union's Spanish form with its article in the detail panel: the workspace keeps
/// it through a save and a reload, and the Spanish letter then uses it.
#[test]
fn a_form_given_in_the_detail_panel_is_kept_and_used() {
    let mut h = builtin();
    select_invitee(&mut h, "african", "African Union");
    assert!(
        shows_containing(&h, "Names in the UN's languages"),
        "{}",
        all_text(&h)
    );
    assert!(shows_containing(&h, "From the UN's data: Union africaine"));
    type_into(&mut h, "With the article (es)", "la Unión Africana");
    let id = EntityId::org("au");
    assert_eq!(
        h.state().work().workspace().corrections[&id]
            .running
            .get(&Lang::Es)
            .map(String::as_str),
        Some("la Unión Africana")
    );
    // Saved and read back, as the next session opens it.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("team.ron");
    assert!(h.state_mut().save_to(&path));
    let ws = storage::load(&path).expect("loads");
    assert_eq!(
        ws.corrections[&id]
            .running
            .get(&Lang::Es)
            .map(String::as_str),
        Some("la Unión Africana")
    );
    let letter = letters::compose(
        &ws,
        &ws.meetings[0],
        &id,
        ("1", d("2013-06-03")),
        LetterLanguage::Fixed(Lang::Es),
    )
    .expect("a letter");
    assert!(
        letter.address.iter().any(|l| l.contains("Unión Africana")),
        "{:?}",
        letter.address
    );
}
