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
    let Some(Dialog::Export(form)) = h.state().work().dialog() else {
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
        let Some(Dialog::Error { message, .. }) = h.state().work().dialog() else {
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
        attended: false,
    };
    assert!(matches!(
        exchange::export(&ws, &request),
        Err(ExportError::LettersBlocked(_))
    ));
}

/// The 13MSP with 600 invented delegates (as `new --sample 600` writes it), saved in `dir`.
fn sample_600(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("sample.ron");
    let out = run(&[
        "new",
        "--sample",
        "600",
        "-o",
        file.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    file
}

/// The 13MSP with Algeria invited on 3 June 2013 and its acceptance of 1 July 2013 recorded.
fn algeria_accepted() -> msp_invitations::model::Workspace {
    use msp_invitations::model::{EntityId, InvitationStatus, Reply};
    let mut ws = msp_invitations::model::builtin_workspace();
    let algeria = ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("DZA"))
        .expect("Algeria");
    algeria.invitation.status = InvitationStatus::Invited;
    algeria.invitation.sent = Some(d("2013-06-03"));
    algeria.invitation.reply = Reply::Accepted;
    algeria.invitation.reply_date = Some(d("2013-07-01"));
    ws
}

/// An officer records Algeria's reply as Declined in the app while a colleague's import sets it back to
/// no reply. The officer keeps "Declined" in the conflict dialog, whose Field column says "Reply" (the
/// detail panel's label) and shows the reply with its date: the file then says Declined of 1 July 2013,
/// never Declined with the other side's missing date.
#[test]
fn a_reply_moves_with_its_date_and_the_dialog_names_the_field_as_the_panel_does() {
    use msp_invitations::model::{EntityId, Reply};
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("team.ron");
    msp_invitations::storage::save(&file, &algeria_accepted()).expect("save");
    let mut h = harness(App::start_in(Some(file.clone()), Default::default(), None));
    select_invitee(&mut h, "algeria", "Algeria");
    // The detail panel's Reply (the table has a column of that name too).
    let combo = h
        .get_all_by_label("Reply")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::ComboBox)
        .expect("the detail panel's Reply");
    combo.click();
    h.run();
    let declined = h
        .get_all_by_label("Declined")
        .rfind(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .expect("the option Declined");
    declined.click();
    h.run();
    // The colleague's import, as a process, while the app has the file open.
    let replies = dir.path().join("replies.csv");
    std::fs::write(&replies, "invitee,reply\nAlgeria,No reply\n").expect("write");
    let out = run(&[
        "import",
        file.to_str().expect("utf-8"),
        "--replies",
        replies.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let Some(Dialog::Merge(form)) = h.state().work().dialog() else {
        panic!("no conflict dialog: {}", all_text(&h));
    };
    assert_eq!(form.rows.len(), 1, "one conflict: {:?}", form.rows);
    assert_eq!(form.rows[0].field, "Reply");
    assert_eq!(form.rows[0].mine, "Declined, 1 July 2013");
    assert_eq!(form.rows[0].theirs, "No reply");
    assert!(shows(&h, "Reply"), "{}", all_text(&h));
    assert!(shows(&h, "Declined, 1 July 2013"), "{}", all_text(&h));
    click(&mut h, "Keep all mine");
    click(&mut h, "Save");
    assert!(h.state().work().dialog().is_none(), "{}", all_text(&h));
    let saved = msp_invitations::storage::load(&file).expect("loads");
    let algeria = &saved.meetings[0].invitees[&EntityId::state("DZA")].invitation;
    assert_eq!(algeria.reply, Reply::Declined);
    assert_eq!(
        algeria.reply_date,
        Some(d("2013-07-01")),
        "the reply kept its date"
    );
}

/// The same in the domain, for the reply and its date, the credentials' kind, issuer and date, and an
/// address's lines: a change to one part of a group on one side and to another on the other side is a
/// conflict on the group, and a choice takes the whole group from one side.
#[test]
fn fields_that_belong_together_move_together() {
    use msp_invitations::model::merge::Part;
    use msp_invitations::model::{
        Address, AddressKind, Choices, CredentialKind, Credentials, EntityId, Issuer, Reply, Side,
        merge,
    };
    let base = algeria_accepted();
    let dza = EntityId::state("DZA");
    let set = |f: &dyn Fn(&mut msp_invitations::model::Workspace)| {
        let mut ws = base.clone();
        f(&mut ws);
        ws
    };
    // The reply on one side, its date on the other.
    let mine = set(&|ws| {
        ws.meetings[0]
            .invitees
            .get_mut(&dza)
            .expect("DZA")
            .invitation
            .reply = Reply::Declined;
    });
    let theirs = set(&|ws| {
        ws.meetings[0]
            .invitees
            .get_mut(&dza)
            .expect("DZA")
            .invitation
            .reply_date = None;
    });
    let merged = merge(&base, &mine, &theirs, &Choices::new());
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, Part::Reply);
    for (side, reply, date) in [
        (Side::Mine, Reply::Declined, Some(d("2013-07-01"))),
        (Side::Theirs, Reply::Accepted, None),
    ] {
        let choices: Choices = [(merged.conflicts[0].key.clone(), side)].into();
        let settled = merge(&base, &mine, &theirs, &choices).workspace;
        let invitation = &settled.meetings[0].invitees[&dza].invitation;
        assert_eq!((invitation.reply, invitation.reply_date), (reply, date));
    }

    // Credentials: the kind on one side, the issuer and the date on the other.
    let with_credentials = |kind, issuer, day: &str| {
        let mut ws = base.clone();
        ws.meetings[0]
            .invitees
            .get_mut(&dza)
            .expect("DZA")
            .delegation
            .credentials = Some(Credentials {
            kind,
            issuer: Some(issuer),
            received: Some(d(day)),
        });
        ws
    };
    let base2 = with_credentials(
        CredentialKind::Copy,
        Issuer::MinisterForForeignAffairs,
        "2013-11-20",
    );
    let mine = with_credentials(
        CredentialKind::Original,
        Issuer::MinisterForForeignAffairs,
        "2013-11-20",
    );
    let theirs = with_credentials(
        CredentialKind::Copy,
        Issuer::HeadOfStateOrGovernment,
        "2013-11-28",
    );
    let merged = merge(&base2, &mine, &theirs, &Choices::new());
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, Part::Credentials);
    let choices: Choices = [(merged.conflicts[0].key.clone(), Side::Theirs)].into();
    let settled = merge(&base2, &mine, &theirs, &choices).workspace;
    assert_eq!(
        settled.meetings[0].invitees[&dza].delegation.credentials,
        theirs.meetings[0].invitees[&dza].delegation.credentials,
        "kind, issuer and date from one side"
    );

    // An address: the city on one side, the postal address on the other.
    let with_address = |city: &str, postal: &str| {
        let mut ws = base.clone();
        ws.addresses.insert(
            dza.clone(),
            Address {
                kind: AddressKind::PermanentMission,
                city: city.to_owned(),
                postal_address: postal.to_owned(),
                ..Address::default()
            },
        );
        ws
    };
    let base3 = with_address("Geneva", "Route de Lausanne 308");
    let mine = with_address("Bern", "Route de Lausanne 308");
    let theirs = with_address("Geneva", "Chemin du Petit-Saconnex 6");
    let merged = merge(&base3, &mine, &theirs, &Choices::new());
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, Part::AddressLines);
    let choices: Choices = [(merged.conflicts[0].key.clone(), Side::Theirs)].into();
    let settled = merge(&base3, &mine, &theirs, &choices).workspace;
    assert_eq!(settled.addresses[&dza], theirs.addresses[&dza]);
}

/// Every part a conflict can be about has its label in every language the interface speaks.
#[test]
fn every_part_of_a_conflict_has_its_label_in_every_language() {
    use msp_invitations::i18n::{Lang, tr_in};
    use msp_invitations::model::merge::Part;
    for part in Part::ALL {
        for lang in Lang::ALL {
            let label = tr_in(lang, part.label_id(), &[]);
            assert_ne!(label, part.label_id(), "{part:?} has no label in {lang:?}");
            assert!(!label.is_empty());
        }
    }
}

/// Replies for an invitee the workspace has not invited: the preview says so (in the app and on the
/// command line), and the import goes on.
#[test]
fn a_reply_from_an_invitee_not_invited_is_noted_and_imported() {
    use msp_invitations::app::ImportKind;
    use msp_invitations::model::{EntityId, Reply};
    let dir = tempfile::tempdir().expect("dir");
    let replies = dir.path().join("replies.csv");
    std::fs::write(&replies, "invitee,reply,date\nPeru,Accepted,2013-07-01\n").expect("write");
    let file = dir.path().join("13msp.ron");
    msp_invitations::storage::save(&file, &msp_invitations::model::builtin_workspace())
        .expect("save");
    let out = run(&[
        "import",
        file.to_str().expect("utf-8"),
        "--replies",
        replies.to_str().expect("utf-8"),
    ]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("row 2, column invitee: \"Peru\": no invitation to it is recorded as sent"),
        "{err}"
    );
    let saved = msp_invitations::storage::load(&file).expect("loads");
    assert_eq!(
        saved.meetings[0].invitees[&EntityId::state("PER")]
            .invitation
            .reply,
        Reply::Accepted
    );

    let mut h = builtin();
    h.state_mut()
        .jobs()
        .start_import_preview(&replies, ImportKind::Replies);
    wait_for_job(&mut h);
    assert!(
        shows_containing(&h, "no invitation to it is recorded as sent"),
        "{}",
        all_text(&h)
    );
    click(&mut h, "Import");
    assert_eq!(
        h.state().work().workspace().meetings[0].invitees[&EntityId::state("PER")]
            .invitation
            .reply,
        Reply::Accepted
    );
}

/// `check` lists its problems in the order the table sorts names, not by ISO code (where Algeria, DZA,
/// came after Burundi and Belgium).
#[test]
fn check_lists_problems_in_the_tables_order_of_names() {
    use msp_invitations::model::{EntityId, Reply};
    let mut ws = msp_invitations::model::builtin_workspace();
    for code in ["BDI", "BEL", "AUT", "DZA", "AGO", "CHE"] {
        ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(code))
            .expect("a State of the 13MSP")
            .invitation
            .reply = Reply::Accepted;
    }
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("13msp.ron");
    msp_invitations::storage::save(&file, &ws).expect("save");
    let out = run(&["check", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let named: Vec<&str> = err
        .lines()
        .filter_map(|line| line.trim().strip_prefix("13MSP: "))
        .filter_map(|line| line.split(':').next())
        .collect();
    assert_eq!(
        named,
        [
            "Algeria",
            "Angola",
            "Austria",
            "Belgium",
            "Burundi",
            "Switzerland"
        ],
        "{err}"
    );
}

/// A delegation or a section carried onto the next page is marked "(continued)" in the list's language:
/// in French, "(suite)", never the English word.
#[test]
fn a_delegation_carried_onto_the_next_page_is_continued_in_the_lists_language() {
    let dir = tempfile::tempdir().expect("dir");
    let file = sample_600(dir.path());
    for (lang, word, others) in [
        ("fr", "(suite)", ["(continued)", "(continuación)"]),
        ("es", "(continuación)", ["(continued)", "(suite)"]),
    ] {
        let out_file = dir.path().join(format!("list-{lang}.pdf"));
        let out = run(&[
            "export",
            file.to_str().expect("utf-8"),
            "--list",
            "participants",
            "--lang",
            lang,
            "--number",
            "INF.2",
            "--date",
            "2013-12-02",
            "-o",
            out_file.to_str().expect("utf-8"),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let bytes = std::fs::read(&out_file).expect("the list");
        let pages = pdf::pages_text(&bytes);
        // A section carried on repeats its trilingual heading, each line with its language's word; a
        // delegation carried on adds the list's own word once more.
        let mut delegations_carried = 0;
        for (n, page) in pages.iter().enumerate() {
            let count = |w: &str| page.matches(w).count();
            let own = count(word);
            for other in others {
                assert_eq!(
                    count(other),
                    count(others[0]),
                    "{lang:?} page {}: {other} only in the headings",
                    n + 1
                );
            }
            assert!(own >= count(others[0]), "{lang:?} page {}", n + 1);
            delegations_carried += own - count(others[0]);
        }
        assert!(delegations_carried > 5, "{lang:?}: {delegations_carried}");
    }
}

/// The figures for the final report write numbers as the document's language does: "49.2%" in English,
/// "49,2 %" with a narrow no-break space in French, "49,2 %" with a no-break space in Spanish and
/// Russian; thousands grouped with a space in French, Spanish and Russian ("50 000").
#[test]
fn the_figures_write_numbers_in_the_documents_language() {
    let dir = tempfile::tempdir().expect("dir");
    let file = sample_600(dir.path());
    let figures = |lang: &str, format: &str| {
        let out_file = dir.path().join(format!("figures-{lang}.{format}"));
        let out = run(&[
            "export",
            file.to_str().expect("utf-8"),
            "--list",
            "statistics",
            "--lang",
            lang,
            "--number",
            "INF.3",
            "--date",
            "2013-12-05",
            "-o",
            out_file.to_str().expect("utf-8"),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        std::fs::read(&out_file).expect("the figures")
    };
    for (lang, share) in [
        ("en", "295 (49.2% of the 600 whose gender is stated)"),
        (
            "fr",
            "295 (49,2\u{202f}% des 600 personnes dont le genre est indiqué)",
        ),
        (
            "es",
            "295 (49,2\u{a0}% de las 600 personas cuyo género consta)",
        ),
        ("ru", "295 (49,2\u{a0}% из 600 с указанным полом)"),
    ] {
        let csv = String::from_utf8(figures(lang, "csv")).expect("UTF-8");
        assert!(csv.contains(share), "{lang}:\n{csv}");
        // And in the PDF, with the no-break spaces kept (a line never starts with the "%").
        let pdf = pdf::text(&figures(lang, "pdf"));
        let percent = share
            .split(['(', ' '])
            .find(|w| w.contains('%'))
            .expect("a percentage");
        assert!(pdf.contains(percent), "{lang}: {percent:?} not in\n{pdf}");
    }
    use msp_invitations::i18n::{Lang, number_in};
    assert_eq!(number_in(Lang::Fr, 50_000), "50\u{202f}000");
    assert_eq!(number_in(Lang::Es, 50_000), "50\u{a0}000");
    assert_eq!(number_in(Lang::Ru, 50_000), "50\u{a0}000");
    assert_eq!(number_in(Lang::En, 50_000), "50,000");
}

/// Spanish letters to the organisations are refused while seven standing observers have no Spanish name
/// in the UN's data; the refusal says how to give each from the command line, `names` gives them, and the
/// letters are then written.
#[test]
fn the_command_line_gives_the_names_the_letters_need() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("13msp.ron");
    let file_arg = file.to_str().expect("utf-8");
    let mut ws = msp_invitations::model::builtin_workspace();
    ws.meetings[0].reference_prefix = "ODA/GVA/2013/".to_owned();
    msp_invitations::storage::save(&file, &ws).expect("save");
    let letters = dir.path().join("cartas.pdf");
    let export = || {
        run(&[
            "export",
            file_arg,
            "--list",
            "letters",
            "--letter-lang",
            "es",
            "--category",
            "organizations",
            "--date",
            "2013-06-03",
            "-o",
            letters.to_str().expect("utf-8"),
        ])
    };
    let out = export();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "Association of Southeast Asian Nations has no name in “es”: give it under “Names in the UN's languages” in its detail panel. On the command line: msp-invitations names {file_arg} asean --lang es --name \"…\""
        )),
        "{err}"
    );
    assert!(!letters.exists());
    let names = [
        ("asean", "Asociación de Naciones de Asia Sudoriental", "la"),
        (
            "fao",
            "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
            "la",
        ),
        ("oif", "Organización Internacional de la Francofonía", "la"),
        ("nato", "Organización del Tratado del Atlántico Norte", "la"),
        (
            "ocha",
            "Oficina de Coordinación de Asuntos Humanitarios",
            "la",
        ),
        ("pif", "Foro de las Islas del Pacífico", "el"),
        (
            "sadc",
            "Comunidad de África Meridional para el Desarrollo",
            "la",
        ),
    ];
    for (code, name, article) in names {
        let running = format!("{article} {name}");
        let out = run(&[
            "names",
            file_arg,
            code,
            "--lang",
            "es",
            "--name",
            name,
            "--running",
            &running,
        ]);
        assert!(out.status.success(), "{code}: {}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains(&format!("es: {name} (given)")),
            "{}",
            text(&out.stdout)
        );
    }
    let out = export();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let pdf = pdf::squeezed_text(&std::fs::read(&letters).expect("the letters"));
    assert!(pdf::has(&pdf, "Asociación de Naciones de Asia Sudoriental"));
    // A State's name comes from the UN's data: refused, saying what can be given instead.
    let out = run(&[
        "names", file_arg, "Chile", "--lang", "es", "--name", "Chili",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--running"),
        "{}",
        text(&out.stderr)
    );
    // A name on two lines is refused, naming what is wrong; the file keeps what it had.
    let before = std::fs::read(&file).expect("reads");
    let out = run(&["names", file_arg, "asean", "--lang", "es", "--name", "A\nB"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not one line"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&file).expect("reads"), before);
}

/// The app starts on a large workspace without waiting for it: the window's first frame says what is
/// being opened, and the table fills in once the file is read.
#[test]
fn the_window_shows_at_once_and_the_table_fills_in_when_the_file_is_read() {
    use msp_invitations::app::Prefs;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("big.ron");
    let ws = msp_invitations::model::sample::with_generated_delegations(
        msp_invitations::model::builtin_workspace(),
        20_000,
        1,
    );
    msp_invitations::storage::save(&file, &ws).expect("save");
    let started = std::time::Instant::now();
    let mut app = App::start_opening(Some(file.clone()), Prefs::default(), None);
    // Returned before the file was read: the window can show.
    assert!(app.work().is_opening());
    assert!(
        started.elapsed() < std::time::Duration::from_millis(200),
        "start_opening waited {:?}",
        started.elapsed()
    );
    app.work_mut().set_today(d(TODAY));
    let mut h = egui_kittest::Harness::builder()
        .with_size(SIZE)
        .build_eframe(move |_cc| app);
    h.step();
    assert!(
        h.state().work().is_opening(),
        "20,000 people are read in less than a frame?"
    );
    {
        let megabytes = std::fs::metadata(&file).expect("size").len() as f64 / 1e6;
        let said = format!("Opening big.ron ({megabytes:.1} MB)…");
        assert!(shows(&h, &said), "{said}: {}", all_text(&h));
        // Nothing acts on the workspace meanwhile: Undo and the rest wait, and say why.
        assert!(
            h.state()
                .work()
                .busy_reason()
                .is_some_and(|r| r.contains("big.ron"))
        );
    }
    let start = std::time::Instant::now();
    while h.state().work().is_opening() {
        assert!(
            start.elapsed() < std::time::Duration::from_mins(1),
            "never opened"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run();
    assert_eq!(h.state().work().path(), Some(file.as_path()));
    assert_eq!(h.state().work().workspace().meetings[0].people(), 20_000);
    assert!(shows_containing(&h, "Opened"), "{}", all_text(&h));
    assert!(shows(&h, "Afghanistan"), "{}", all_text(&h));
}
