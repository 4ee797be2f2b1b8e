//! What must be right before a document or a message goes out, tried as a reviewer tried it: hostile
//! values in single-line fields (a line break in an addressee, an escape in a name), the defaults the
//! command line takes from the workspace (the letters' language, the document number, the reference
//! prefix), dates that cannot be right, several e-mail addresses, a mail server that never answers, the
//! letterhead, and names in another script than Latin. The command line is run as a process; the app
//! is driven through `egui_kittest`.

#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;
use crate::common::smtp;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{pdf, run};
use msp_invitations::model::{EntityId, Workspace, builtin_workspace};

fn out(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("written");
    path
}

fn save(dir: &Path, ws: &Workspace) -> PathBuf {
    let path = dir.join("13msp.ron");
    msp_invitations::storage::save(&path, ws).expect("saved");
    path
}

fn load(path: &Path) -> Workspace {
    msp_invitations::storage::load(path).expect("loads")
}

fn au() -> EntityId {
    EntityId::Org("au".to_owned())
}

// ---- A line break where a single line is expected ----

/// The reviewer's file: an organisation's addressee holding a line break and a header of its own.
const HOSTILE_ADDRESSES: &str = "invitee,kind,city,postal_address,email,fax,contact_name,contact_title\nAfrican Union,office,Addis Ababa,,au@example.org,,\"Evil\r\nBcc: spy@evil.example\",Chairperson\n";

#[test]
fn an_addressee_with_a_line_break_is_refused_naming_its_row_and_column() {
    let dir = tempfile::tempdir().expect("dir");
    let path = save(dir.path(), &builtin_workspace());
    let before = std::fs::read(&path).expect("read");
    let file = write(dir.path(), "addresses.csv", HOSTILE_ADDRESSES);
    let output = run(&["import", arg(&path), "--addresses", arg(&file)]);
    let text = out(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("row 2, column contact_name")
            && text.contains("a line break (U+000D) in a value that is printed on one line"),
        "{text}"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "nothing imported"
    );
}

#[test]
fn delegates_with_a_line_break_or_an_escape_in_a_name_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let path = save(dir.path(), &builtin_workspace());
    let file = write(
        dir.path(),
        "delegates.csv",
        "delegation,role,given_name,family_name,function\nChile,head,\"Ana\r\nX\",ROJAS,Ambassador\nPeru,head,Juan\u{1b}[31m,PEREZ,Minister\nColombia,head,\"Luz\tMaría\",GÓMEZ,Counsellor\n",
    );
    let output = run(&["import", arg(&path), "--delegates", arg(&file)]);
    let text = out(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    for expected in [
        "row 2, column given_name: \"Ana\\r\\nX\": a line break (U+000D)",
        "row 3, column given_name: \"Juan\\u{1b}[31m\": a control character (U+001B)",
        "row 4, column given_name: \"Luz\\tMaría\": a tab (U+0009)",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    // Left out, the other rows go in: nothing of the refused names does.
    let output = run(&[
        "import",
        arg(&path),
        "--delegates",
        arg(&file),
        "--exclude",
        "2,3,4",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", out(&output));
    let ws = load(&path);
    assert!(
        ws.meetings[0].invitees.values().all(|i| i
            .delegation
            .members
            .iter()
            .all(|m| !m.given_name.contains(char::is_control))),
        "no control character entered the workspace"
    );
}

#[test]
fn a_hand_edited_line_break_is_a_problem_and_the_batch_goes_on_without_that_message() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut ws, parties) = smtp::workspace_with_addresses(2);
    // The file as a hand (or an older version) left it: the African Union's addressee with a line
    // break, and an address for the ICRC that is fine.
    let mut au_address = msp_invitations::model::Address::new_for(&au());
    au_address.email = "au@example.org".to_owned();
    au_address.contact_name = "Evil\r\nBcc: spy@evil.example".to_owned();
    ws.addresses.insert(au(), au_address);
    let icrc = EntityId::Org("icrc".to_owned());
    let mut icrc_address = msp_invitations::model::Address::new_for(&icrc);
    icrc_address.email = "icrc@example.org".to_owned();
    icrc_address.contact_name = "Mr. Peter Maurer".to_owned();
    ws.addresses.insert(icrc.clone(), icrc_address);
    let path = save(dir.path(), &ws);

    let check = run(&["check", arg(&path)]);
    let text = out(&check);
    assert_eq!(check.status.code(), Some(1), "{text}");
    assert!(
        text.contains("African Union: the addressee holds a line break (U+000D)"),
        "{text}"
    );

    let drafts = dir.path().join("drafts");
    let send = run(&[
        "send",
        arg(&path),
        "--category",
        "organizations",
        "--from",
        "aplc@unog.ch",
        "--eml-dir",
        arg(&drafts),
        "--date",
        "2013-06-03",
    ]);
    let text = out(&send);
    assert_eq!(
        send.status.code(),
        Some(1),
        "no panic (101), and not a success: {text}"
    );
    assert!(
        text.contains("The message to African Union cannot be written: its addressee holds a line break (U+000D)"),
        "{text}"
    );
    let written: Vec<String> = std::fs::read_dir(&drafts)
        .expect("the drafts folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        written
            .iter()
            .any(|n| n.contains("International Committee of the Red Cross")),
        "the rest of the batch goes on: {written:?}"
    );
    assert!(
        !written.iter().any(|n| n.contains("African Union")),
        "{written:?}"
    );
    let _ = parties;
}

// ---- What the command line takes from the workspace ----

#[test]
fn letters_follow_lang_unless_letter_lang_says_otherwise() {
    let dir = tempfile::tempdir().expect("dir");
    let path = save(dir.path(), &builtin_workspace());
    let letters = dir.path().join("letters.pdf");
    let common = [
        "--list",
        "letters",
        "--category",
        "states-parties",
        "--date",
        "2013-06-03",
    ];
    let mut args = vec!["export", arg(&path), "-o", arg(&letters), "--lang", "fr"];
    args.extend(common);
    let output = run(&args);
    assert_eq!(output.status.code(), Some(0), "{}", out(&output));
    let text = pdf::flat_text(&std::fs::read(&letters).expect("letters"));
    assert!(
        text.contains(
            "Le Secrétaire général de l’Organisation des Nations Unies présente ses compliments"
        ),
        "French with --lang fr: {}",
        &text[..400.min(text.len())]
    );

    let mut args = vec![
        "export",
        arg(&path),
        "-o",
        arg(&letters),
        "--lang",
        "fr",
        "--letter-lang",
        "es",
    ];
    args.extend(common);
    let output = run(&args);
    let said = out(&output);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(
        said.contains("the letters are written in es (--letter-lang decides; --lang fr sets only the table's headings)"),
        "{said}"
    );
    let text = pdf::flat_text(&std::fs::read(&letters).expect("letters"));
    assert!(text.contains("El Secretario General"), "Spanish wins");
}

#[test]
fn the_document_number_comes_from_the_workspace_and_its_absence_is_said() {
    let dir = tempfile::tempdir().expect("dir");
    let mut ws = builtin_workspace();
    let path = save(dir.path(), &ws);
    let list = dir.path().join("list.pdf");
    let base = [
        "export",
        arg(&path),
        "--list",
        "participants",
        "-o",
        arg(&list),
        "--date",
        "2013-12-05",
    ];
    let output = run(&base);
    let said = out(&output);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(
        said.contains("No document number is given or recorded for “List of participants” of the 13MSP: its symbol would read APLC/MSP.13/2013 alone. Give --number"),
        "{said}"
    );

    ws.meetings[0]
        .document_numbers
        .insert("participants".to_owned(), "INF.2".to_owned());
    let path = save(dir.path(), &ws);
    let output = run(&base);
    let said = out(&output);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(
        said.contains("numbered APLC/MSP.13/2013/INF.2 (recorded in the workspace"),
        "{said}"
    );
    let text = pdf::flat_text(&std::fs::read(&list).expect("list"));
    assert!(text.contains("APLC/MSP.13/2013/INF.2"), "{text}");
    let _ = path;
}

#[test]
fn letters_without_a_prefix_say_so() {
    let dir = tempfile::tempdir().expect("dir");
    let path = save(dir.path(), &builtin_workspace());
    let letters = dir.path().join("letters.pdf");
    let output = run(&[
        "export",
        arg(&path),
        "--list",
        "letters",
        "--category",
        "states-parties",
        "-o",
        arg(&letters),
        "--date",
        "2013-06-03",
    ]);
    let said = out(&output);
    assert!(
        said.contains("The meeting has no reference prefix: references will be bare numbers."),
        "{said}"
    );
}

#[test]
fn a_list_dated_after_the_closing_and_letters_after_the_opening_are_warned_with_the_date_to_give() {
    let dir = tempfile::tempdir().expect("dir");
    let path = save(dir.path(), &builtin_workspace());
    let list = dir.path().join("list.pdf");
    let output = run(&[
        "export",
        arg(&path),
        "--list",
        "participants",
        "--number",
        "INF.2",
        "-o",
        arg(&list),
        "--date",
        "2026-12-03",
    ]);
    let said = out(&output);
    assert!(
        said.contains("warning: The list of participants is dated 3 December 2026, after the meeting closed on 5 December 2013: date it 5 December 2013, the closing day, or the day it was issued. Give --date 2013-12-05."),
        "{said}"
    );
    let letters = dir.path().join("letters.pdf");
    let output = run(&[
        "export",
        arg(&path),
        "--list",
        "letters",
        "--category",
        "states-parties",
        "-o",
        arg(&letters),
        "--date",
        "2026-12-03",
    ]);
    let said = out(&output);
    assert!(
        said.contains("warning: The letters are dated 3 December 2026, after the meeting opened on 2 December 2013"),
        "{said}"
    );
    // Dated as they should be, nothing is said.
    let output = run(&[
        "export",
        arg(&path),
        "--list",
        "participants",
        "--number",
        "INF.2",
        "-o",
        arg(&list),
        "--date",
        "2013-12-05",
    ]);
    assert!(
        !out(&output).contains("warning: The list"),
        "{}",
        out(&output)
    );
}

// ---- Mail as offices use it ----

#[test]
fn several_addresses_each_receive_the_message_and_the_outbox_records_them() {
    let dir = tempfile::tempdir().expect("dir");
    let (ws, parties) = smtp::workspace_with_addresses(0);
    let path = save(dir.path(), &ws);
    let file = write(
        dir.path(),
        "addresses.csv",
        "invitee,kind,city,email\nChile,permanent_mission,Geneva,mission.chl@example.org; disarmament.chl@example.org\n",
    );
    let output = run(&["import", arg(&path), "--addresses", arg(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", out(&output));

    let (port, received) = smtp::server(&[], None);
    let output = run(&[
        "send",
        arg(&path),
        "--category",
        "states-parties",
        "--from",
        "aplc@unog.ch",
        "--smtp",
        &format!("127.0.0.1:{port}"),
        "--date",
        "2013-06-03",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", out(&output));
    assert_eq!(
        smtp::recipients(&received),
        vec![
            "disarmament.chl@example.org".to_owned(),
            "mission.chl@example.org".to_owned()
        ]
    );
    let ws = load(&path);
    let chile = EntityId::State("CHL".to_owned());
    let record = &ws.meetings[0].mail_to(&chile)[0];
    assert_eq!(
        record.to,
        "mission.chl@example.org, disarmament.chl@example.org"
    );
    let _ = parties;
}

#[test]
fn a_server_that_never_answers_is_named_with_what_to_check() {
    let dir = tempfile::tempdir().expect("dir");
    let (ws, _) = smtp::workspace_with_addresses(2);
    let path = save(dir.path(), &ws);
    // Accepts the connection and never says a word.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    let output = run(&[
        "send",
        arg(&path),
        "--category",
        "states-parties",
        "--from",
        "aplc@unog.ch",
        "--smtp",
        &format!("127.0.0.1:{port}"),
        "--timeout",
        "1",
        "--date",
        "2013-06-03",
    ]);
    let said = out(&output);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains(&format!(
            "The mail server at 127.0.0.1:{port} did not answer within 1 second. Check the host and port"
        )),
        "{said}"
    );
    assert!(!said.contains("os error 11"), "{said}");
}

// ---- The letterhead ----

/// An office's letterhead of the test's own (no UN emblem ships with the app).
const LETTERHEAD_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="600" height="110" viewBox="0 0 600 110"><circle cx="300" cy="32" r="26" fill="none" stroke="#1f5fa8" stroke-width="3"/><text x="300" y="84" font-family="Times New Roman" font-size="18" text-anchor="middle" fill="#1f5fa8">TEST OFFICE, GENEVA</text></svg>"##;

#[test]
fn the_letterhead_is_set_once_and_heads_each_letter_and_each_draft() {
    let dir = tempfile::tempdir().expect("dir");
    let (ws, _) = smtp::workspace_with_addresses(2);
    let path = save(dir.path(), &ws);
    let letters = dir.path().join("letters.pdf");
    let export = |path: &Path| {
        run(&[
            "export",
            arg(path),
            "--list",
            "letters",
            "--category",
            "states-parties",
            "-o",
            arg(&letters),
            "--date",
            "2013-06-03",
        ])
    };
    let said = out(&export(&path));
    assert!(
        said.contains("No letterhead: the letters start at the reference."),
        "{said}"
    );
    assert!(!pdf::first_page_draws_a_graphic(
        &std::fs::read(&letters).expect("pdf")
    ));

    let svg = write(dir.path(), "office.svg", LETTERHEAD_SVG);
    let output = run(&["letterhead", arg(&path), arg(&svg)]);
    assert_eq!(output.status.code(), Some(0), "{}", out(&output));
    assert!(out(&run(&["letterhead", arg(&path)])).contains("Letterhead: office.svg (SVG"));
    let said = out(&export(&path));
    assert!(!said.contains("No letterhead"), "{said}");
    let bytes = std::fs::read(&letters).expect("pdf");
    assert!(
        pdf::first_page_draws_a_graphic(&bytes),
        "the letterhead is drawn"
    );
    // The text still starts with the reference, below it (the letterhead is a decoration).
    let first = &pdf::pages_text(&bytes)[0];
    assert!(first.trim_start().starts_with("Ref.:"), "{first}");

    // The drafts' attachments carry it too.
    let drafts = dir.path().join("drafts");
    let output = run(&[
        "send",
        arg(&path),
        "--category",
        "states-parties",
        "--from",
        "aplc@unog.ch",
        "--eml-dir",
        arg(&drafts),
        "--date",
        "2013-06-03",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", out(&output));
    let draft = std::fs::read_dir(&drafts)
        .expect("drafts")
        .next()
        .expect("a draft")
        .expect("entry")
        .path();
    let message = std::fs::read(draft).expect("draft");
    let parsed = mail_parser::MessageParser::default()
        .parse(&message)
        .expect("a message");
    let attachment = parsed.attachment(0).expect("the letter");
    assert!(pdf::first_page_draws_a_graphic(attachment.contents()));

    // Not an image: refused, the letterhead as it was.
    let text = write(dir.path(), "notes.txt", "not an image");
    let output = run(&["letterhead", arg(&path), arg(&text)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(out(&output).contains("not an SVG, PNG or JPEG image, nor a PDF"));
    assert!(load(&path).settings.letterhead.is_some());
    let output = run(&["letterhead", arg(&path), "--remove"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(load(&path).settings.letterhead.is_none());
}

// ---- Names in another script ----

#[test]
fn a_name_in_cyrillic_is_warned_and_the_list_prints_its_spelling_in_lists() {
    let dir = tempfile::tempdir().expect("dir");
    let path = save(dir.path(), &builtin_workspace());
    let file = write(
        dir.path(),
        "delegates.csv",
        "delegation,role,honorific,given_name,family_name,function\nRussian Federation,head,г-н,Иван,ПЕТРОВ,Советник\n",
    );
    let output = run(&["import", arg(&path), "--delegates", arg(&file)]);
    let said = out(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "a note, not a refusal: {said}"
    );
    assert!(
        said.contains("note: row 2, column family_name: \"Иван ПЕТРОВ\": not in Latin script"),
        "{said}"
    );
    assert!(
        said.contains("column honorific: \"г-н\": not in Latin script"),
        "{said}"
    );
    let check = out(&run(&["check", arg(&path)]));
    assert!(
        check.contains("warning: 13MSP: Russian Federation: Иван ПЕТРОВ is not in Latin script"),
        "{check}"
    );

    let file = write(
        dir.path(),
        "latin.csv",
        "delegation,role,honorific,given_name,family_name,function,given_name_latin,family_name_latin\nRussian Federation,head,Mr.,Иван,ПЕТРОВ,Counsellor,Ivan,PETROV\n",
    );
    let output = run(&["import", arg(&path), "--delegates", arg(&file)]);
    let said = out(&output);
    assert_eq!(output.status.code(), Some(0), "{said}");
    assert!(!said.contains("not in Latin script"), "{said}");
    assert!(!out(&run(&["check", arg(&path)])).contains("Latin script"));

    let list = |lang: &str| {
        let target = dir.path().join(format!("list-{lang}.pdf"));
        let output = run(&[
            "export",
            arg(&path),
            "--list",
            "participants",
            "--number",
            "INF.2",
            "--date",
            "2013-12-05",
            "--lang",
            lang,
            "-o",
            arg(&target),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", out(&output));
        pdf::flat_text(&std::fs::read(target).expect("list"))
    };
    let english = list("en");
    assert!(english.contains("Mr. Ivan PETROV"), "{english}");
    assert!(!english.contains("ПЕТРОВ"));
    let russian = list("ru");
    assert!(
        russian.contains("Иван ПЕТРОВ"),
        "the Russian list as written"
    );
}

// ---- The same in the app ----

mod app {
    use super::*;
    use common::{all_text, click, select_invitee, shows, shows_containing, wait_for_job};
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable as _;

    /// Types into the field labelled `label`, all of it replaced.
    fn replace_in(
        h: &mut egui_kittest::Harness<'_, msp_invitations::app::App>,
        label: &str,
        text: &str,
    ) {
        h.get_by_label(label).focus();
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }

    #[test]
    fn a_name_pasted_with_a_line_break_is_one_line() {
        let mut h = common::builtin();
        select_invitee(&mut h, "chile", "Chile");
        click(&mut h, "Add member");
        h.get_by_label("Given name").focus();
        h.run();
        h.event(egui::Event::Paste("Ana\r\nX\u{7}".to_owned()));
        h.run();
        h.key_press(Key::Tab);
        h.run();
        let chile = EntityId::state("CHL");
        let member = &h.state().work().workspace().meetings[0].invitees[&chile]
            .delegation
            .members[0];
        assert_eq!(member.given_name, "Ana X");
    }

    #[test]
    fn the_export_dialog_warns_of_a_late_date_and_records_the_number_for_the_command_line() {
        let dir = tempfile::tempdir().expect("dir");
        let mut h = common::builtin();
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run();
        assert!(shows(&h, "Document number"), "{}", all_text(&h));
        replace_in(&mut h, "Document number", "INF.2");
        replace_in(&mut h, "Date on the document", "2026-12-03");
        h.key_press(Key::Enter);
        h.run();
        assert!(
            shows_containing(
                &h,
                "The list of participants is dated 3 December 2026, after the meeting closed on 5 December 2013"
            ),
            "{}",
            all_text(&h)
        );
        click(&mut h, "Use 5 December 2013");
        assert!(
            !shows_containing(&h, "after the meeting closed"),
            "the date given instead: {}",
            all_text(&h)
        );
        let list = dir.path().join("list.pdf");
        common::choose_file(&mut h, "Export…", &list);
        wait_for_job(&mut h);
        let text = pdf::flat_text(&std::fs::read(&list).expect("the list"));
        assert!(text.contains("APLC/MSP.13/2013/INF.2") && text.contains("5 December 2013"));
        assert_eq!(
            h.state().work().workspace().meetings[0]
                .document_numbers
                .get("participants")
                .map(String::as_str),
            Some("INF.2"),
            "recorded in the workspace"
        );

        // Saved, the command line prints the same number without being told.
        let path = dir.path().join("13msp.ron");
        assert!(h.state_mut().save_to(&path));
        let again = dir.path().join("again.pdf");
        let output = run(&[
            "export",
            arg(&path),
            "--list",
            "participants",
            "--date",
            "2013-12-05",
            "-o",
            arg(&again),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", out(&output));
        let text = pdf::flat_text(&std::fs::read(&again).expect("the list"));
        assert!(text.contains("APLC/MSP.13/2013/INF.2"), "{text}");
    }

    #[test]
    fn the_letters_view_warns_of_a_date_after_the_opening() {
        let mut h = common::builtin();
        click(&mut h, "Letters");
        replace_in(&mut h, "Date of the letters", "2026-12-03");
        h.key_press(Key::Enter);
        h.run();
        assert!(
            shows_containing(
                &h,
                "The letters are dated 3 December 2026, after the meeting opened on 2 December 2013"
            ),
            "{}",
            all_text(&h)
        );
    }

    #[test]
    fn the_letterhead_is_chosen_in_the_letters_view_and_kept_with_the_workspace() {
        let dir = tempfile::tempdir().expect("dir");
        let svg = write(dir.path(), "office.svg", LETTERHEAD_SVG);
        let mut h = common::builtin();
        click(&mut h, "Letters");
        assert!(
            shows_containing(&h, "No letterhead: each starts at the reference."),
            "{}",
            all_text(&h)
        );
        // Choose…, and the file chosen in the file dialog.
        common::choose_file(&mut h, "Choose…", &svg);
        assert!(shows(&h, "office.svg (SVG)"), "{}", all_text(&h));
        assert!(shows_containing(&h, "Each starts with the letterhead."));
        // A file that is no image: the reason, and the letterhead stays.
        let text = write(dir.path(), "notes.txt", "no image");
        common::choose_file(&mut h, "Choose…", &text);
        assert!(
            shows_containing(&h, "not an SVG, PNG or JPEG image, nor a PDF"),
            "{}",
            all_text(&h)
        );
        click(&mut h, "OK");
        // Saved and opened again, it is still there; Remove takes it away, Ctrl+Z brings it back.
        let path = dir.path().join("13msp.ron");
        assert!(h.state_mut().save_to(&path));
        let mut h = common::harness(msp_invitations::app::App::new(
            load(&path),
            Some(path.clone()),
            msp_invitations::app::Prefs::default(),
        ));
        click(&mut h, "Letters");
        assert!(shows(&h, "office.svg (SVG)"), "{}", all_text(&h));
        click(&mut h, "Remove");
        assert!(h.state().work().workspace().settings.letterhead.is_none());
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
        assert!(h.state().work().workspace().settings.letterhead.is_some());
    }

    #[test]
    fn a_cyrillic_name_gets_its_spelling_in_lists_in_the_detail_panel() {
        let mut h = common::builtin();
        select_invitee(&mut h, "russian", "Russian Federation");
        click(&mut h, "Add member");
        replace_in(&mut h, "Given name", "Иван");
        replace_in(&mut h, "Family name", "ПЕТРОВ");
        h.key_press(Key::Tab);
        h.run();
        assert!(
            shows_containing(
                &h,
                "Not in Latin script: lists in English, French and Spanish print the spelling in lists"
            ),
            "{}",
            all_text(&h)
        );
        replace_in(&mut h, "Given name in lists", "Ivan");
        replace_in(&mut h, "Family name in lists", "PETROV");
        h.key_press(Key::Tab);
        h.run();
        assert!(!shows_containing(&h, "Not in Latin script"));
        let rus = EntityId::state("RUS");
        let member = &h.state().work().workspace().meetings[0].invitees[&rus]
            .delegation
            .members[0];
        assert_eq!(
            member.names_in(msp_invitations::i18n::Lang::En),
            ("Ivan", "PETROV")
        );
        assert_eq!(member.given_name, "Иван");
    }
}

#[test]
fn a_workspace_of_format_4_keeps_its_letterhead_numbers_and_spellings() {
    let ws = msp_invitations::storage::load(Path::new("tests/fixtures/format-v4.ron"))
        .expect("the fixture loads");
    assert!(ws.settings.letterhead.is_some());
    assert_eq!(
        ws.meetings[0]
            .document_numbers
            .get("participants")
            .map(String::as_str),
        Some("INF.2")
    );
    let rus = EntityId::state("RUS");
    let member = &ws.meetings[0].invitees[&rus].delegation.members[0];
    assert_eq!(member.latin_family_name, "PETROV");
}
