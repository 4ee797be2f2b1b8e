//! The workspace file: the built-in 13MSP, RON round trips, byte determinism, atomic saves and refusals of
//! bad files that leave them untouched.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use msp_invitations::model::{
    Category, EntityId, FORMAT_VERSION, InvitationStatus, Member, PersonId, Role, builtin_workspace,
};
use msp_invitations::storage::{self, LoadError, Location};

#[test]
fn the_builtin_13msp_has_its_categories_and_nothing_invited() {
    let ws = builtin_workspace();
    assert_eq!(ws.meetings.len(), 1);
    let meeting = &ws.meetings[0];
    assert_eq!(meeting.short_name, "13MSP");
    assert_eq!(
        meeting.full_name,
        "Thirteenth Meeting of the States Parties"
    );
    assert_eq!(meeting.symbol_prefix, "APLC/MSP.13/2013");
    assert_eq!(meeting.venue, "Palais des Nations, Geneva");
    assert_eq!(meeting.opening.to_string(), "2013-12-02");
    assert_eq!(meeting.closing.to_string(), "2013-12-05");
    assert_eq!(meeting.officers.vice_presidents.len(), 10);

    let counts = ws.count_by_category(meeting);
    assert_eq!(counts.get(&Category::StateParty), Some(&161));
    assert_eq!(counts.get(&Category::ObserverSignatory), Some(&1));
    assert_eq!(counts.get(&Category::ObserverNotParty), Some(&35));
    assert_eq!(counts.get(&Category::NotYetInForce), None);
    // UNODA is the secretariat, not an observer.
    assert_eq!(counts.get(&Category::UnitedNations), Some(&10));
    assert_eq!(counts.get(&Category::Intergovernmental), Some(&12));
    assert_eq!(counts.get(&Category::RedCrossAndOtherEntities), Some(&3));
    assert_eq!(counts.get(&Category::NonGovernmental), Some(&2));
    assert!(
        meeting
            .invitees
            .values()
            .all(|i| i.invitation.status == InvitationStatus::NotInvited)
    );
    assert_eq!(
        ws.category(meeting, &EntityId::state("MHL")),
        Some(Category::ObserverSignatory)
    );
    assert_eq!(
        ws.category(meeting, &EntityId::state("POL")),
        Some(Category::StateParty)
    );
    assert!(msp_invitations::model::validate(&ws).is_empty());
}

#[test]
fn two_fresh_workspaces_are_byte_identical_and_round_trip() {
    let a = storage::to_ron(&builtin_workspace());
    let b = storage::to_ron(&builtin_workspace());
    assert_eq!(a, b);
    let back = storage::from_ron(&a, Path::new("mem.ron")).expect("own output loads");
    assert_eq!(back, builtin_workspace());
    assert_eq!(
        storage::to_ron(&back),
        a,
        "load then save gives the same bytes"
    );
    assert!(a.contains(&format!(
        "format_version: {}",
        msp_invitations::model::FORMAT_VERSION
    )));
}

#[test]
fn save_and_load_through_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("13msp.ron");
    let mut ws = builtin_workspace();
    let chile = ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile is invited");
    let mut head = Member::new(PersonId(1), Role::HeadOfDelegation);
    head.given_name = "Ana \"la\" María".to_owned();
    head.family_name = "Núñez (Ñ) \\ #[x]".to_owned();
    chile.delegation.members.push(head);
    storage::save(&path, &ws).expect("saves");
    assert_eq!(storage::load(&path).expect("loads"), ws);
    let leftovers: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary file is left beside the workspace"
    );
}

/// A writer that fails after a number of bytes, as a full disk does.
struct FullDisk<W> {
    inner: W,
    left: usize,
}

impl<W: Write> Write for FullDisk<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Err(io::Error::other("No space left on device (simulated)"));
        }
        let n = buf.len().min(self.left);
        self.left -= n;
        self.inner.write(&buf[..n])
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[test]
fn a_save_that_fails_in_the_middle_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ws.ron");
    let old = builtin_workspace();
    storage::save(&path, &old).expect("first save");
    let old_bytes = fs::read(&path).expect("read");

    let mut new = old.clone();
    new.name = "Changed".to_owned();
    let bytes = storage::to_ron(&new);
    let err = storage::write_atomic(
        &path,
        bytes.as_bytes(),
        storage::Written::Workspace,
        |file| FullDisk {
            inner: file,
            left: 1000,
        },
    )
    .expect_err("the simulated full disk fails the save");
    assert!(err.to_string().contains("No space left on device"), "{err}");
    assert!(
        err.to_string().contains("ws.ron"),
        "the message names the file: {err}"
    );
    assert_eq!(fs::read(&path).expect("read"), old_bytes, "old file intact");
    let entries: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
    assert_eq!(entries.len(), 1, "the temporary file was removed");
}

#[test]
fn saving_into_a_missing_folder_says_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("no-such-folder").join("ws.ron");
    let err = storage::save(&path, &builtin_workspace()).expect_err("cannot save");
    assert!(err.to_string().contains("no-such-folder"), "{err}");
}

/// Writes `content` to a file, tries to load it, and checks the file was not touched.
fn refused(content: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.ron");
    fs::write(&path, content).expect("write");
    let err = storage::load(&path).expect_err("the file is refused");
    assert_eq!(
        fs::read(&path).expect("read"),
        content,
        "the file is untouched"
    );
    assert!(
        err.to_string().contains("bad.ron"),
        "the message names the file: {err}"
    );
    err
}

#[test]
fn a_malformed_file_is_refused_with_line_and_column() {
    let mut text = storage::to_ron(&builtin_workspace());
    text = text.replacen(
        "name: \"13MSP, Geneva 2013\",",
        "name: \"13MSP, Geneva 2013\" oops,",
        1,
    );
    let err = refused(text.as_bytes());
    assert!(matches!(err, LoadError::Malformed { .. }), "{err}");
    assert_eq!(
        err.location(),
        Some(Location {
            line: 3,
            column: 30
        }),
        "{err}"
    );
    assert!(err.to_string().contains("line 3, column 30"), "{err}");
}

#[test]
fn a_newer_format_is_refused_as_newer() {
    let text = storage::to_ron(&builtin_workspace()).replacen(
        &format!("format_version: {FORMAT_VERSION}"),
        "format_version: 99",
        1,
    );
    let err = refused(text.as_bytes());
    assert!(
        matches!(err, LoadError::NewerVersion { found: 99, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer version"), "{err}");
}

#[test]
fn unknown_ids_are_refused_where_they_stand() {
    let text =
        storage::to_ron(&builtin_workspace()).replacen("State(\"CHL\")", "State(\"XXX\")", 1);
    let err = refused(text.as_bytes());
    let LoadError::UnknownId { id, at, .. } = &err else {
        panic!("expected an unknown id, got {err}");
    };
    assert_eq!(id, "XXX");
    let expected_line = text
        .lines()
        .position(|l| l.contains("State(\"XXX\")"))
        .expect("present")
        + 1;
    assert_eq!(at.line, expected_line);
    assert!(err.to_string().contains("unknown State \"XXX\""), "{err}");

    let text =
        storage::to_ron(&builtin_workspace()).replacen("Org(\"icbl\")", "Org(\"nobody\")", 1);
    let err = refused(text.as_bytes());
    assert!(
        err.to_string().contains("unknown organisation \"nobody\""),
        "{err}"
    );
}

#[test]
fn empty_binary_and_nul_files_are_refused_without_panic() {
    assert!(matches!(refused(b""), LoadError::Empty { .. }));
    assert!(matches!(refused(b"  \n\t\n"), LoadError::Empty { .. }));
    let err = refused(b"(\n format_version: 1,\xff\xfe\x00\x01");
    assert!(matches!(err, LoadError::NotText { .. }), "{err}");
    assert_eq!(
        err.location(),
        Some(Location {
            line: 2,
            column: 20
        })
    );
    let err = refused(b"(format_version: 1,\0)");
    assert!(matches!(err, LoadError::NotText { .. }), "{err}");
    let err = refused(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert!(matches!(err, LoadError::NotText { .. }), "{err}");
    assert!(matches!(refused(b"[1, 2, 3]"), LoadError::Malformed { .. }));
}

#[test]
fn deeply_nested_input_is_refused_without_overflowing_the_stack() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let err = refused(text.as_bytes());
    assert!(matches!(err, LoadError::Malformed { .. }), "{err}");
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let err = storage::load(Path::new("/nonexistent/folder/ws.ron")).expect_err("missing");
    assert!(
        err.to_string().contains("/nonexistent/folder/ws.ron"),
        "{err}"
    );
}
