//! What a team replay of the 13MSP found (issue #26), each defect reproduced through the path a user
//! takes: the app under kittest, or the command line as a process.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use msp_invitations::app::{App, Dialog};

/// The Letters view set to letters in Spanish to the organisations, dated 3 June 2013: seven standing
/// observers have no Spanish name in the UN's data, so the view holds these letters back.
fn letters_in_spanish_to_organisations() -> egui_kittest::Harness<'static, App> {
    let mut ws = msp_invitations::model::builtin_workspace();
    ws.meetings[0].reference_prefix = "ODA/GVA/2013/".to_owned();
    let mut h = harness(App::new(ws, None, Default::default()));
    click_tab(&mut h, "Letters");
    choose(
        &mut h,
        "Letters to",
        "United Nations and other organizations",
    );
    choose(&mut h, "Language of the letters", "Español");
    let date = h.get_by_label("Date of the letters");
    date.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Date of the letters")
        .type_text("2013-06-03");
    h.run();
    h
}

#[test]
fn the_mail_merge_button_opens_the_export_on_the_letters_date() {
    let mut h = harness(App::new(
        only_these_uninvited(&[]),
        None,
        Default::default(),
    ));
    click_tab(&mut h, "Letters");
    choose(&mut h, "Letters to", "Observer States");
    let date = h.get_by_label("Date of the letters");
    date.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Date of the letters")
        .type_text("2013-05-28");
    h.run();
    click(&mut h, "Mail-merge CSV…");
    let Some(Dialog::Export(form)) = h.state().dialog() else {
        panic!("no Export dialog: {}", all_text(&h));
    };
    assert_eq!(
        form.date, "2013-05-28",
        "the export is dated as the letters"
    );
    assert_eq!(form.list, msp_invitations::exchange::ListKind::Letters);
    // And the screen shows it in the dialog's date field.
    assert_eq!(
        h.get_by_label("Date on the document")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("2013-05-28")
    );
}

#[test]
fn the_export_dialog_holds_back_the_letters_the_letters_view_holds_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = letters_in_spanish_to_organisations();
    // The Letters view says what stops them, and Generate is off.
    assert!(
        shows_containing(&h, "has no name in “es”"),
        "{}",
        all_text(&h)
    );
    assert!(
        h.get_by_label("Mail-merge CSV…")
            .accesskit_node()
            .is_disabled()
    );
    // Through File › Export… with the Letters list, the same check holds them back.
    for (format, file) in [("PDF", "letters.pdf"), ("CSV", "merge.csv")] {
        let path = dir.path().join(file);
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run();
        choose(&mut h, "List", "Invitation letters");
        choose(&mut h, "Format", format);
        choose_file(&mut h, "Export…", &path);
        wait_for_job(&mut h);
        assert!(
            !path.exists(),
            "the {format} export wrote held-back letters"
        );
        let Some(Dialog::Error { message, .. }) = h.state().dialog() else {
            panic!("no error for the {format} export: {}", all_text(&h));
        };
        assert!(
            message.contains("The letters cannot be written as they stand")
                && message.contains("Association of Southeast Asian Nations has no name in “es”"),
            "{message}"
        );
        assert!(shows_containing(&h, "has no name in “es”"));
        h.key_press(Key::Escape);
        h.run();
    }
}

#[test]
fn every_writer_of_letters_runs_the_one_check() {
    use msp_invitations::exchange::{
        self, ExportError, Format, LetterLanguage, LetterOptions, ListKind,
        letters::{LettersError, LettersJob},
    };
    let ws = only_these_uninvited(&[]);
    let meeting = ws.meetings[0].id.clone();
    let options = LetterOptions {
        kind: Some(msp_invitations::model::TemplateKind::Organizations),
        language: LetterLanguage::Fixed(msp_invitations::i18n::Lang::Es),
        first_number: 1,
        ..LetterOptions::default()
    };
    let Err(LettersError::Blocked(issues)) =
        LettersJob::prepare(&ws, &meeting, &options, d("2013-06-03"))
    else {
        panic!("the letters job wrote letters the check holds back");
    };
    assert_eq!(issues.iter().filter(|i| i.blocking).count(), 7);
    let request = exchange::ExportRequest {
        list: ListKind::Letters,
        format: Format::Csv,
        meeting,
        document_number: String::new(),
        date: d("2013-06-03"),
        internal: false,
        csv: Default::default(),
        since: None,
        only: None,
        first_seat: None,
        letters: options,
        lang: msp_invitations::i18n::Lang::En,
        designated_only: false,
    };
    assert!(matches!(
        exchange::export(&ws, &request),
        Err(ExportError::LettersBlocked(_))
    ));
}
