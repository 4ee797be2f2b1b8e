//! Each message worded once (issue #28): an error says itself through the same messages in the app and
//! on the command line, so the dialog and the terminal read the same sentence (in English; the app says
//! it in the interface's language from the same message).

use crate::common;

use common::*;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::Dialog;

/// What the command line said after `error: `, and the hint lines after it.
fn said(stderr: &str) -> String {
    stderr
        .lines()
        .skip_while(|line| !line.starts_with("error: "))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_start_matches("error: ")
        .trim()
        .to_owned()
}

#[test]
fn a_workspace_that_does_not_load_is_said_alike_by_the_command_line_and_the_apps_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("broken.ron");
    std::fs::write(&bad, "(\n  format_version: 1,\n  name: oops\n)").expect("write");

    let out = run(&["check", bad.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let terminal = said(&text(&out.stderr));

    let mut h = builtin();
    click(&mut h, "File");
    h.get_by_label_contains("Open…").click();
    h.step();
    assert!(h.state_mut().choose_path(&bad), "Open… asks for a file");
    h.run();
    let Some(Dialog::Error { message, .. }) = h.state().work().dialog() else {
        panic!("an error dialog: {}", all_text(&h));
    };
    assert_eq!(terminal, message.trim(), "one sentence in both faces");
    assert!(terminal.contains("line 3, column"), "{terminal}");
    assert!(terminal.contains("broken.ron"), "{terminal}");
    // What the dialog shows is that sentence, as a screen reader reads it too.
    let first_line = terminal.lines().next().expect("a line");
    assert!(shows_containing(&h, first_line), "{}", all_text(&h));
}

#[test]
fn the_command_lines_errors_are_the_interfaces_messages_in_english() {
    use msp_invitations::i18n::{Lang, set_language, tr_in};
    // A name the meeting does not have, on the command line…
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = dir.path().join("ws.ron");
    let out = run(&["new", "--output", ws.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run(&["names", ws.to_str().expect("utf-8"), "Narnia"]);
    assert_eq!(out.status.code(), Some(1));
    let english = tr_in(Lang::En, "cli-names-unknown", &[("name", "Narnia".into())]);
    assert_eq!(said(&text(&out.stderr)), english);
    // …is that message, which reads in French in a French interface: the error's words are the key and
    // its arguments, not an English text of its own.
    set_language(Lang::Fr);
    let french = tr_in(Lang::Fr, "cli-names-unknown", &[("name", "Narnia".into())]);
    assert!(french.contains("Narnia") && french != english, "{french}");
    set_language(Lang::En);
}
