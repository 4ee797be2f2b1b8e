//! The command-line interface, run as a process: each command and each exit code.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common::run;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

#[test]
fn help_on_every_command() {
    for args in [
        vec!["--help"],
        vec!["new", "--help"],
        vec!["check", "--help"],
        vec!["treaty-status", "--help"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(stdout(&out).contains("Usage"), "{args:?}: {}", stdout(&out));
    }
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(run(&["treaty-status"]).status.code(), Some(2));
    let out = run(&["treaty-status", "--date", "2013-13-45"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a date of the form YYYY-MM-DD"),
        "{}",
        stderr(&out)
    );
    assert_eq!(run(&["new"]).status.code(), Some(2), "-o is required");
    assert_eq!(
        run(&["new", "--meeting", "14", "-o", "x.ron"])
            .status
            .code(),
        Some(2),
        "a meeting needs its dates and venue"
    );
    assert_eq!(run(&["check", "a.ron", "--bogus"]).status.code(), Some(2));
}

#[test]
fn treaty_status_as_csv() {
    let out = run(&["treaty-status", "--date", "2013-12-02", "--csv"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("iso3,name,status"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 197);
    assert_eq!(
        rows.iter().filter(|r| r.ends_with(",State Party")).count(),
        161
    );
    assert_eq!(rows.iter().filter(|r| r.ends_with(",Signatory")).count(), 1);
    assert_eq!(
        rows.iter().filter(|r| r.ends_with(",Not party")).count(),
        35
    );
    assert!(rows.contains(&"CIV,Côte d'Ivoire,State Party"));
    assert!(rows.contains(&"BOL,Bolivia (Plurinational State of),State Party"));

    let out = run(&["treaty-status", "--date", "2026-02-20", "--csv"]);
    let text = stdout(&out);
    assert_eq!(
        text.lines().filter(|r| r.ends_with(",Withdrawn")).count(),
        5
    );
}

#[test]
fn treaty_status_as_text_has_counts() {
    let out = run(&["treaty-status", "--date", "2012-12-03"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("Côte d'Ivoire"));
    assert!(
        text.lines()
            .any(|l| l.starts_with("State Party") && l.ends_with(" 160")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("Signatory") && l.ends_with(" 2")),
        "{text}"
    );
}

#[test]
fn new_writes_the_13msp_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("13msp.ron");
    let out = run(&["new", "-o", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Thirteenth Meeting of the States Parties"));
    let first = fs::read(&path).expect("written");

    let out = run(&["new", "-o", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert!(stderr(&out).contains("13msp.ron"));

    let out = run(&["new", "--force", "-o", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        fs::read(&path).expect("written"),
        first,
        "the same bytes every time"
    );

    let out = run(&["check", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("State Party"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.contains("State Party") && l.ends_with(" 161")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("Not invited") && l.ends_with(" 224")),
        "{text}"
    );
    assert!(text.contains("No problems found."));
}

#[test]
fn new_meeting_with_its_own_dates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("14msp.ron");
    let out = run(&[
        "new",
        "--meeting",
        "14",
        "--opening",
        "2015-11-30",
        "--closing",
        "2015-12-04",
        "--venue",
        "Palais des Nations, Geneva",
        "-o",
        path_arg(&path),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Fourteenth Meeting of the States Parties"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("State Party") && l.ends_with(" 162")),
        "{text}"
    );
    let ron = fs::read_to_string(&path).expect("written");
    assert!(ron.contains("symbol_prefix: \"APLC/MSP.14/2015\""));

    let out = run(&[
        "new",
        "--meeting",
        "15",
        "--opening",
        "2016-11-30",
        "--closing",
        "2016-11-28",
        "--venue",
        "Santiago",
        "-o",
        path_arg(&dir.path().join("15.ron")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("before the opening date"));
}

#[test]
fn check_lists_every_problem_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ws.ron");
    assert_eq!(run(&["new", "-o", path_arg(&path)]).status.code(), Some(0));
    let text = fs::read_to_string(&path).expect("read").replacen(
        "closing: \"2013-12-05\"",
        "closing: \"2013-11-05\"",
        1,
    );
    fs::write(&path, &text).expect("write");
    let out = run(&["check", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("1 problem in"), "{err}");
    assert!(
        err.contains("the meeting closes on 2013-11-05 before it opens on 2013-12-02"),
        "{err}"
    );
}

#[test]
fn check_refuses_a_malformed_file_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.ron");
    fs::write(&path, "(\n  format_version: 1,\n  name: oops\n)").expect("write");
    let out = run(&["check", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("line 3, column"), "{err}");
    assert!(err.contains("broken.ron"), "{err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{err}"
    );

    let out = run(&["check", path_arg(&dir.path().join("missing.ron"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.ron"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args(["treaty-status", "--date", "2013-12-02"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut first = [0u8; 16];
    child
        .stdout
        .take()
        .expect("piped")
        .read_exact(&mut first)
        .expect("some output");
    // The reader has gone (the pipe is dropped); the command must not panic.
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn new_with_invented_delegates_is_valid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("demo.ron");
    let out = run(&["new", "--sample", "600", "-o", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&["check", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains(" People: 600"), "{}", stdout(&out));
}

#[test]
fn export_each_list_in_each_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = dir.path().join("demo.ron");
    assert_eq!(
        run(&["new", "--sample", "120", "-o", path_arg(&ws)])
            .status
            .code(),
        Some(0)
    );
    for list in ["participants", "invitations", "statistics"] {
        for ext in ["pdf", "html", "csv", "xlsx"] {
            let out_path = dir.path().join(format!("{list}.{ext}"));
            let out = run(&[
                "export",
                path_arg(&ws),
                "--list",
                list,
                "--number",
                "INF.2",
                "--date",
                "2013-12-02",
                "-o",
                path_arg(&out_path),
            ]);
            assert_eq!(out.status.code(), Some(0), "{list} {ext}: {}", stderr(&out));
            let bytes = fs::read(&out_path).expect("written");
            assert!(bytes.len() > 100, "{list}.{ext}");
        }
    }
    assert!(
        fs::read(dir.path().join("participants.pdf"))
            .expect("pdf")
            .starts_with(b"%PDF-")
    );
    assert!(
        fs::read(dir.path().join("participants.xlsx"))
            .expect("xlsx")
            .starts_with(b"PK")
    );

    let out = run(&[
        "export",
        path_arg(&ws),
        "--list",
        "addendum",
        "-o",
        path_arg(&dir.path().join("a.csv")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--since"), "{}", stderr(&out));
    let out = run(&[
        "export",
        path_arg(&ws),
        "--list",
        "addendum",
        "--since",
        path_arg(&ws),
        "-o",
        path_arg(&dir.path().join("a.csv")),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&[
        "export",
        path_arg(&ws),
        "--list",
        "participants",
        "-o",
        path_arg(&dir.path().join("x.txt")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--format"));
    let out = run(&[
        "export",
        path_arg(&ws),
        "--list",
        "everything",
        "-o",
        "x.csv",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&[
        "export",
        path_arg(&ws),
        "--list",
        "participants",
        "--meeting",
        "99MSP",
        "-o",
        "x.csv",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no meeting \"99MSP\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn import_delegates_previews_refuses_and_saves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = dir.path().join("ws.ron");
    assert_eq!(run(&["new", "-o", path_arg(&ws)]).status.code(), Some(0));
    let before = fs::read(&ws).expect("read");

    let bad = dir.path().join("bad.csv");
    fs::write(
        &bad,
        "delegation;role;given_name;family_name\nChile;Head;Ana;Rojas\nNarnia;Head;Lucy;Pevensie\n",
    )
    .expect("write");
    let out = run(&["import", path_arg(&ws), "--delegates", path_arg(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("row 3, column delegation: \"Narnia\""),
        "{err}"
    );
    assert!(err.contains("is unchanged"), "{err}");
    assert_eq!(
        fs::read(&ws).expect("read"),
        before,
        "the workspace is untouched"
    );

    let out = run(&[
        "import",
        path_arg(&ws),
        "--delegates",
        path_arg(&bad),
        "--exclude",
        "3",
        "--dry-run",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("row 2: Chile: add Ana ROJAS (Head of Delegation)"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("Nothing written (--dry-run)."));
    assert_eq!(fs::read(&ws).expect("read"), before);

    let out = run(&[
        "import",
        path_arg(&ws),
        "--delegates",
        path_arg(&bad),
        "--exclude",
        "3",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&["check", path_arg(&ws)]);
    assert!(stdout(&out).contains(" People: 1"), "{}", stdout(&out));

    let wrong = dir.path().join("wrong.csv");
    fs::write(&wrong, "a,b\n1,2\n").expect("write");
    let out = run(&["import", path_arg(&ws), "--delegates", path_arg(&wrong)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("missing delegation, family_name"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("wrong.csv"));
    assert_eq!(
        run(&["import", path_arg(&ws)]).status.code(),
        Some(2),
        "--delegates or --replies"
    );
}

#[test]
fn a_first_argument_that_is_neither_command_nor_file_is_a_usage_error() {
    let out = run(&["no-such-command"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("'no-such-command' is neither a command nor an existing workspace file"),
        "{err}"
    );
    assert!(
        err.contains(
            "commands: new, check, export, import, send, letterhead, names, checkin, merge, merge-driver, diff, treaty-status"
        ),
        "{err}"
    );
    let out = run(&["chekc"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("a similar command exists: 'check'"),
        "{}",
        stderr(&out)
    );
    let dir = tempfile::tempdir().expect("dir");
    let out = run(&[path_arg(dir.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a folder, not a workspace file"));
}
