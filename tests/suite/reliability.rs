//! Work is never lost: locks, fault injection (a folder that cannot be written, a full disk, a process killed
//! mid-save), format versions and hostile input. The command line runs as a process.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common::text;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use msp_invitations::model::builtin_workspace;
use msp_invitations::storage::{self, LoadError, lock::WorkspaceLock};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
}

/// While someone holds the lock (a colleague's batch of e-mail is being sent), an import waits for it,
/// then says who holds it and changes nothing; once it is let go, the import goes through.
#[test]
fn a_locked_workspace_is_refused_by_import_naming_the_holder() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws.ron");
    storage::save(&ws, &builtin_workspace()).expect("save");
    let before = fs::read(&ws).expect("read");
    let delegates = dir.path().join("d.csv");
    fs::write(&delegates, "delegation,family_name\nChile,Rojas\n").expect("write");

    let lock = WorkspaceLock::acquire(&ws).expect("this test holds the lock");
    let started = Instant::now();
    let out = bin()
        .env(storage::LOCK_WAIT_VARIABLE, "1")
        .args([
            "import",
            ws.to_str().expect("utf-8"),
            "--delegates",
            delegates.to_str().expect("utf-8"),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "it waited for the holder first"
    );
    let err = text(&out.stderr);
    assert!(err.contains("sending e-mail from it"), "{err}");
    assert!(
        err.contains(&format!("(process {})", std::process::id())),
        "names the holder: {err}"
    );
    assert_eq!(fs::read(&ws).expect("read"), before);
    // Commands that only read say who has it, and go on.
    let out = bin()
        .args(["check", ws.to_str().expect("utf-8")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr).contains("is sending e-mail from this workspace or saving it"),
        "{}",
        text(&out.stderr)
    );

    drop(lock);
    let out = bin()
        .args([
            "import",
            ws.to_str().expect("utf-8"),
            "--delegates",
            delegates.to_str().expect("utf-8"),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn a_lock_dies_with_its_process() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws.ron");
    storage::save(&ws, &builtin_workspace()).expect("save");
    // A child that holds the lock (a save loop locks nothing, so use import on a slow, huge file? No: the
    // lock itself is what matters. The test process holds it, and a child sees it.)
    let held = WorkspaceLock::acquire(&ws).expect("lock");
    assert!(
        storage::lock::holder(&ws).is_some(),
        "a second open file description sees the lock"
    );
    drop(held);
    assert!(
        storage::lock::holder(&ws).is_none(),
        "released when the holder lets go"
    );
    assert!(
        !storage::lock::lock_path(&ws).exists(),
        "a released lock leaves no lock file beside the workspace"
    );
    assert!(
        storage::lock::holder(&ws).is_none() && !storage::lock::lock_path(&ws).exists(),
        "looking for a holder creates no lock file"
    );
}

#[test]
fn saving_into_a_folder_that_cannot_be_written_says_so_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    // A file where a folder should be: no user, root included, can create files under it.
    let not_a_folder = dir.path().join("plain-file");
    fs::write(&not_a_folder, "x").expect("write");
    let target = not_a_folder.join("ws.ron");
    let out = bin()
        .args(["new", "-o", target.to_str().expect("utf-8")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("plain-file/ws.ron"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1);
}

#[test]
fn a_full_disk_keeps_the_old_file_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws.ron");
    assert!(
        bin()
            .args(["new", "-o", ws.to_str().expect("utf-8")])
            .status()
            .expect("runs")
            .success()
    );
    let before = fs::read(&ws).expect("read");
    // A file-size limit for the process (as a full disk): writes past 64 KB fail with EFBIG.
    let script = format!(
        "ulimit -f 64; exec '{}' new --sample 3000 --force -o '{}'",
        env!("CARGO_BIN_EXE_msp-invitations"),
        ws.display()
    );
    let out = Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("sh runs");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("ws.ron"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        fs::read(&ws).expect("read"),
        before,
        "the old file is intact"
    );
    let names: Vec<String> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["ws.ron".to_owned()], "no temporary file left");
}

#[test]
fn a_process_killed_while_saving_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws.ron");
    let first = builtin_workspace();
    let mut seen_first = 0;
    let mut seen_second = 0;
    let start = Instant::now();
    // Kill at moments spread over the save cycle.
    for round in 0..12u64 {
        let mut child = bin()
            .args(["__save-loop", ws.to_str().expect("utf-8")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns");
        std::thread::sleep(Duration::from_millis(150 + round * 37 % 200));
        child.kill().expect("killed");
        child.wait().expect("reaped");
        if !ws.exists() {
            continue; // killed before the first save finished: nothing was there to lose
        }
        let loaded =
            storage::load(&ws).unwrap_or_else(|err| panic!("round {round}: a broken file: {err}"));
        if loaded == first {
            seen_first += 1;
        } else {
            assert_eq!(
                loaded.name, "Second version",
                "round {round}: neither version"
            );
            seen_second += 1;
        }
    }
    assert!(seen_first + seen_second > 0, "the loop saved at least once");
    // Temporary files of killed saves are removed by the next save of that file.
    storage::save(&ws, &first).expect("save");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    eprintln!(
        "kill test: {seen_first} old, {seen_second} new, {:?}",
        start.elapsed()
    );
}

#[test]
fn every_format_version_loads_through_its_migrations() {
    // One fixture per format version that has existed; each loads in the current version.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut versions = Vec::new();
    for entry in fs::read_dir(&fixtures).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let Some(version) = name
            .strip_prefix("format-v")
            .and_then(|n| n.strip_suffix(".ron"))
        else {
            continue;
        };
        let ws = storage::load(&path).unwrap_or_else(|err| panic!("{name}: {err}"));
        assert!(!ws.meetings.is_empty(), "{name}");
        versions.push(version.parse::<u32>().expect("a number"));
    }
    versions.sort_unstable();
    let expected: Vec<u32> = (1..=msp_invitations::model::FORMAT_VERSION).collect();
    assert_eq!(versions, expected, "a fixture for every version");
}

#[test]
fn a_newer_file_is_refused_and_never_overwritten_by_the_cli() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("future.ron");
    let current = storage::to_ron(&builtin_workspace());
    let text_v = current.replacen(
        &format!("format_version: {}", msp_invitations::model::FORMAT_VERSION),
        "format_version: 7",
        1,
    );
    assert_ne!(text_v, current, "the version was changed");
    fs::write(&ws, &text_v).expect("write");
    let delegates = dir.path().join("d.csv");
    fs::write(&delegates, "delegation,family_name\nChile,Rojas\n").expect("write");
    let out = bin()
        .args([
            "import",
            ws.to_str().expect("utf-8"),
            "--delegates",
            delegates.to_str().expect("utf-8"),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("newer version"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(fs::read_to_string(&ws).expect("read"), text_v);
}

#[test]
fn hostile_files_get_a_clear_error_in_bounded_time() {
    let dir = tempfile::tempdir().expect("dir");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("nested", format!("({}", "[".repeat(1_000_000)).into_bytes()),
        ("nested-structs", "(a:(b:(c:".repeat(200_000).into_bytes()),
        ("nul", b"(\0\0\0)".to_vec()),
        ("invalid-utf8", vec![0xC3, 0x28, 0xA0, 0xA1, 0xFF]),
        ("huge-string", {
            let mut bytes = b"(format_version: 1, name: \"".to_vec();
            bytes.extend(std::iter::repeat_n(b'x', 50 * 1024 * 1024));
            bytes.extend(b"\", meetings: [])");
            bytes
        }),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(format!("{name}.ron"));
        fs::write(&path, &bytes).expect("write");
        let start = Instant::now();
        let result = storage::load(&path);
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{name} took {:?}",
            start.elapsed()
        );
        match (name, result) {
            (_, Ok(_)) => panic!("{name} loaded"),
            (_, Err(err)) => {
                assert!(
                    err.to_string().contains(&format!("{name}.ron")),
                    "{name}: {err}"
                );
                if name == "huge-string" {
                    // A 50 MB name would take seconds to draw and more to put in a window title.
                    assert!(
                        err.to_string().contains(
                            "a text of 52428800 characters at line 1, column 27 (the limit is 20000)"
                        ),
                        "{err}"
                    );
                } else {
                    assert!(
                        matches!(err, LoadError::Malformed { .. } | LoadError::NotText { .. }),
                        "{name}: {err}"
                    );
                }
            }
        }
    }
}

/// Writes the fixture of the current format version, with every kind of record the format has: a tool,
/// not a test, so it runs only when asked (`cargo test --test suite reliability::write_fixture -- --ignored`). Run
/// it once when a format version is created; the fixtures of earlier versions are never rewritten.
#[test]
#[ignore = "a tool that writes tests/fixtures/format-vN.ron; run with --ignored when a format version is created"]
fn write_fixture() {
    use msp_invitations::model::*;
    let mut ws = sample::with_generated_delegations(builtin_workspace(), 12, 2);
    ws.organisations.insert(
        "mag".to_owned(),
        Organisation {
            id: "mag".to_owned(),
            name: "Mines Advisory Group".to_owned(),
            acronym: "MAG".to_owned(),
            kind: OrgKind::NonGovernmental,
        },
    );
    ws.corrections.insert(
        EntityId::state("TUR"),
        Correction {
            name: Some("Turkey".to_owned()),
            running: [(
                msp_invitations::i18n::Lang::En,
                "the Republic of Turkey".to_owned(),
            )]
            .into_iter()
            .collect(),
            ..Default::default()
        },
    );
    ws.settings.default_channel = Some(Channel::ByHand);
    ws.settings.letter_templates.insert(
        (
            msp_invitations::i18n::Lang::Fr,
            msp_invitations::model::TemplateKind::Organizations,
        ),
        "Chers collègues de {invitee},".to_owned(),
    );
    ws.addresses.insert(
        EntityId::state("CHL"),
        Address {
            kind: AddressKind::PermanentMission,
            city: "Geneva".to_owned(),
            postal_address: "Rue de Moillebeau 58\n1209 Geneva".to_owned(),
            email: "mission.chile@example.org".to_owned(),
            language: Some(msp_invitations::i18n::Lang::Es),
            ..Address::default()
        },
    );
    let meeting = &mut ws.meetings[0];
    meeting.reference_prefix = "ODA/GVA/2013/".to_owned();
    meeting.officers.executive_secretary = Some(Officer::Person {
        name: "Executive Secretary of the fixture".to_owned(),
        state: None,
    });
    meeting.registration_deadline = Some(Date::from_ymd_opt(2013, 11, 1).expect("date"));
    meeting.seats_per_delegation = Some(2);
    let mag = meeting.invitees.entry(EntityId::org("mag")).or_default();
    mag.observer_request = Some(ObserverRequest {
        requested: Date::from_ymd_opt(2013, 9, 2),
        recommended: Date::from_ymd_opt(2013, 10, 1),
        provisionally_invited: None,
        decision: Some((
            Decision::Approved,
            Date::from_ymd_opt(2013, 12, 2).expect("date"),
        )),
    });
    let chile = meeting
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile");
    chile.invitation.reminders = vec![Date::from_ymd_opt(2013, 9, 1).expect("date")];
    chile.invitation.notes = "Asked for two extra seats".to_owned();
    chile.invitation.channel = Some(Channel::Email);
    chile.delegation.accessible_seat = true;
    chile.designation = Some(Designation {
        date: Date::from_ymd_opt(2013, 11, 20).expect("date"),
        reference: "Note 2013/412".to_owned(),
    });
    // Format 3: the outbox, the settings for messages and a saved filter.
    let sent_at =
        chrono::DateTime::parse_from_rfc3339("2013-06-03T10:15:00+02:00").expect("moment");
    ws.meetings[0].outbox.insert(
        EntityId::state("CHL"),
        vec![MailRecord {
            kind: MailKind::Invitation,
            to: "mission.chile@example.org".to_owned(),
            reference: "ODA/GVA/2013/031".to_owned(),
            message_id: "13MSP.CHL.fixture.0@example.org".to_owned(),
            state: MailState::Sent {
                at: sent_at,
                reply: "250 2.0.0 Ok: queued".to_owned(),
            },
        }],
    );
    ws.settings.mail = MailSettings {
        from: "UNODA Geneva <unoda-geneva@example.org>".to_owned(),
        cc: "unoda-archive@example.org".to_owned(),
        reply_to: String::new(),
        cover: [(
            (msp_invitations::i18n::Lang::En, MailKind::Reminder),
            CoverText {
                subject: "Reminder: {meeting}".to_owned(),
                body: "{salutation}\n\nA reminder of {reference}.".to_owned(),
            },
        )]
        .into_iter()
        .collect(),
    };
    ws.settings
        .saved_filters
        .insert("No reply".to_owned(), Filter::reminders_due());
    // Format 5: what an officer chose the columns of a registration form to mean.
    let headers = ["Pays", "Nom", "Prénoms", "Poste"].map(str::to_owned);
    ws.settings.import_mappings.insert(
        msp_invitations::model::mapping::signature(&headers),
        [
            ("Nom".to_owned(), ColumnMeaning::FamilyName),
            ("Poste".to_owned(), ColumnMeaning::Function),
        ]
        .into_iter()
        .collect(),
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/format-v{FORMAT_VERSION}.ron"));
    storage::save(&path, &ws).expect("fixture written");
}

/// A named pipe, a symbolic link to /dev/zero and a folder are not workspaces: each is refused at once
/// (a pipe used to hang `check` and the app, /dev/zero to read until memory ran out).
#[test]
fn only_regular_files_are_read() {
    let dir = tempfile::tempdir().expect("dir");
    let fifo = dir.path().join("pipe.ron");
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        &fifo,
        rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
    )
    .expect("mkfifo");
    let zero = dir.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
    let folder = dir.path().join("folder.ron");
    fs::create_dir(&folder).expect("mkdir");
    for path in [&fifo, &zero, &folder] {
        let started = Instant::now();
        let out = bin()
            .args(["check", path.to_str().expect("utf-8")])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("not a regular file"),
            "{}",
            text(&out.stderr)
        );
        assert!(started.elapsed() < Duration::from_secs(10));
        // An import file too.
        let ws = dir.path().join("ws.ron");
        storage::save(&ws, &builtin_workspace()).expect("save");
        let out = bin()
            .args([
                "import",
                ws.to_str().expect("utf-8"),
                "--delegates",
                path.to_str().expect("utf-8"),
            ])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        // A folder given as delegates is read as a folder of returned registration forms.
        let said = if path == &folder {
            "holds no .xlsx file"
        } else {
            "not a regular file"
        };
        assert!(text(&out.stderr).contains(said), "{}", text(&out.stderr));
    }
}

/// A save keeps the replaced file's permissions (a colleague on a shared drive keeps reading it after an
/// import); a new file gets what the umask gives, not 0600.
#[test]
fn saves_keep_permissions_and_new_files_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("shared.ron");
    let out = Command::new("sh")
        .args([
            "-c",
            &format!(
                "umask 022; exec '{}' new -o '{}'",
                env!("CARGO_BIN_EXE_msp-invitations"),
                ws.display()
            ),
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let mode = |p: &Path| fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&ws), 0o644, "a new file follows the umask");
    fs::set_permissions(&ws, fs::Permissions::from_mode(0o664)).expect("chmod");
    let delegates = dir.path().join("d.csv");
    fs::write(&delegates, "delegation,family_name\nChile,Rojas\n").expect("write");
    let out = bin()
        .args([
            "import",
            ws.to_str().expect("utf-8"),
            "--delegates",
            delegates.to_str().expect("utf-8"),
        ])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(mode(&ws), 0o664, "the import kept the file's permissions");
    // Exports too.
    let csv = dir.path().join("list.csv");
    let export = || {
        bin()
            .args([
                "export",
                ws.to_str().expect("utf-8"),
                "--list",
                "participants",
                "-o",
                csv.to_str().expect("utf-8"),
            ])
            .output()
            .expect("runs")
    };
    assert!(export().status.success());
    assert_ne!(mode(&csv), 0o600);
    fs::set_permissions(&csv, fs::Permissions::from_mode(0o640)).expect("chmod");
    assert!(export().status.success());
    assert_eq!(mode(&csv), 0o640);
}

/// A map entry written twice (two records for Chile, as a bad merge leaves) is refused with both lines,
/// not loaded with the second silently winning.
#[test]
fn a_key_written_twice_is_refused_with_both_lines() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("merged.ron");
    let text_v = storage::to_ron(&builtin_workspace());
    let entry_start = text_v.find("State(\"CHL\"): (").expect("Chile's record");
    let entry_end = entry_start
        + text_v[entry_start..]
            .find("\n        State(")
            .expect("the next record");
    let entry = &text_v[entry_start..entry_end];
    let merged = text_v.replacen(entry, &format!("{entry}\n        {entry}"), 1);
    fs::write(&ws, &merged).expect("write");
    let first = merged[..entry_start].matches('\n').count() + 1;
    let second = first + entry.lines().count();
    let out = bin()
        .args(["check", ws.to_str().expect("utf-8")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!(
            "has State(\"CHL\") twice, at line {first} and at line {second}"
        )),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&ws).expect("read"), merged, "untouched");
}

/// A workspace that starts with a byte-order mark (as some Windows editors save it) loads.
#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("bom.ron");
    fs::write(
        &ws,
        format!("\u{FEFF}{}", storage::to_ron(&builtin_workspace())),
    )
    .expect("write");
    assert_eq!(storage::load(&ws).expect("loads"), builtin_workspace());
}

/// Nothing is saved that the loader would refuse: a text beyond the limit stops the save before a byte is
/// written.
#[test]
fn a_save_the_loader_would_refuse_is_refused_first() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws.ron");
    storage::save(&ws, &builtin_workspace()).expect("save");
    let before = fs::read(&ws).expect("read");
    let mut long = builtin_workspace();
    long.meetings[0]
        .invitees
        .get_mut(&msp_invitations::model::EntityId::state("CHL"))
        .expect("Chile")
        .invitation
        .notes = "n".repeat(30_000);
    let err = storage::save(&ws, &long).expect_err("refused");
    assert!(
        err.to_string()
            .contains("holds a text of 30000 characters, more than the 20000 the app opens"),
        "{err}"
    );
    assert_eq!(fs::read(&ws).expect("read"), before);
}

/// A command that saves keeps a backup of the version it replaces, as the app does.
#[test]
fn command_line_saves_keep_a_backup() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let ws = dir.path().join("ws.ron");
    storage::save(&ws, &builtin_workspace()).expect("save");
    let before = fs::read(&ws).expect("read");
    let delegates = dir.path().join("d.csv");
    fs::write(&delegates, "delegation,family_name\nChile,Rojas\n").expect("write");
    let out = bin()
        .env("MSP_INVITATIONS_DATA_DIR", &data)
        .args([
            "import",
            ws.to_str().expect("utf-8"),
            "--delegates",
            delegates.to_str().expect("utf-8"),
        ])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let backups = storage::backups::list_for(&data, Some(&ws));
    assert_eq!(backups.len(), 1);
    assert_eq!(fs::read(&backups[0].path).expect("read"), before);
}

/// A failed export says it could not write the file (not "the workspace"), and names it.
#[test]
fn a_failed_export_says_what_it_was_writing() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws.ron");
    storage::save(&ws, &builtin_workspace()).expect("save");
    let pdf = dir.path().join("no-such-folder").join("list.pdf");
    let out = bin()
        .args([
            "export",
            ws.to_str().expect("utf-8"),
            "--list",
            "participants",
            "-o",
            pdf.to_str().expect("utf-8"),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("Could not write the file"), "{err}");
    assert!(!err.contains("workspace"), "{err}");
    assert!(err.contains("list.pdf"), "{err}");
}

/// `--per-invitee` with a long reference prefix writes one file per letter (names used to be cut before
/// the number, so 224 of 225 letters overwrote each other while the command said it wrote 225).
#[test]
fn letters_per_invitee_with_a_long_prefix_are_all_written() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = dir.path().join("ws.ron");
    storage::save(&ws, &builtin_workspace()).expect("save");
    let folder = dir.path().join("letters");
    let prefix = "APLC/MSP.13/GENEVA/UNODA/NOTE-VERBALE/".repeat(5);
    let out = bin()
        .args([
            "export",
            ws.to_str().expect("utf-8"),
            "--list",
            "letters",
            "--category",
            "observer-states",
            "--per-invitee",
            "--reference-prefix",
            &prefix,
            "--date",
            "2013-06-03",
            "-o",
            folder.to_str().expect("utf-8"),
        ])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let files = fs::read_dir(&folder).expect("folder").count();
    assert_eq!(files, 36, "one file per observer State");
    assert!(text(&out.stdout).contains("Wrote 36 letters"));
}
