//! A team on one workspace: the app open all day while a colleague's command imports into the same file;
//! two apps saving in turn; a value both changed, settled in the merge dialog; and the merge, merge-driver
//! and diff commands as processes. (A real `git merge` through the driver is in `scripts/interop`: tests
//! here start no outside program.)
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use std::path::Path;
use std::process::Command;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, Dialog, Prefs};
use msp_invitations::model::{EntityId, InvitationStatus, Reply, Workspace, builtin_workspace};
use msp_invitations::storage;

fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_msp-invitations"));
    command.env(
        "MSP_INVITATIONS_DATA_DIR",
        std::env::temp_dir().join("msp-team-data"),
    );
    command
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// States of the built-in 13MSP, by ISO code and English name as the meeting names them, in list order.
fn states(count: usize) -> Vec<(String, String)> {
    let workspace = builtin_workspace();
    let meeting = &workspace.meetings[0];
    meeting
        .invitees
        .keys()
        .filter_map(|id| match id {
            EntityId::State(iso3) => Some((
                iso3.clone(),
                workspace
                    .name_at(meeting, id, msp_invitations::i18n::Lang::En)
                    .to_owned(),
            )),
            EntityId::Org(_) => None,
        })
        // Names that a search finds as one row.
        .filter(|(_, name)| name.chars().all(|c| c.is_ascii_alphabetic()))
        .take(count)
        .collect()
}

fn invitee<'a>(workspace: &'a Workspace, iso3: &str) -> &'a msp_invitations::model::Invitee {
    &workspace.meetings[0].invitees[&EntityId::state(iso3)]
}

/// Marks a State invited in the app, as a user does: search, click its row, choose the status; then
/// Ctrl+S.
fn invite_and_save(h: &mut Harness<'_, App>, name: &str) {
    clear_search(h);
    select_invitee(h, &name.to_lowercase(), name);
    choose(h, "Status", "Invited");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(
        h.state().work().dialog().is_none(),
        "saving {name}: {:?}\n{}",
        h.state().work().dialog(),
        all_text(h)
    );
    assert!(
        !h.state().work().document().is_dirty(),
        "saved after {name}"
    );
}

/// Clears the search field (its × button), so the next search starts afresh.
fn clear_search(h: &mut Harness<'_, App>) {
    if let Some(clear) = h.query_by_label("×") {
        clear.click();
        h.run();
    }
}

/// The app has the workspace open while a colleague's command imports replies into it 20 times, and
/// the app saves its own edits in between: every import succeeds, and every change of both is in the
/// file.
#[test]
fn the_command_line_imports_while_the_app_has_the_workspace_open() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("team.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut h = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    let states = states(40);
    let (in_app, by_import) = states.split_at(20);
    let replies = dir.path().join("replies.csv");
    for (n, ((_, app_name), (_, import_name))) in in_app.iter().zip(by_import).enumerate() {
        invite_and_save(&mut h, app_name);
        std::fs::write(
            &replies,
            format!(
                "invitee,reply,date\n{import_name},Accepted,2013-07-{:02}\n",
                n + 1
            ),
        )
        .expect("write");
        let out = bin()
            .args(["import", s(&file), "--replies", s(&replies)])
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "import {n} ({import_name}): {}",
            text(&out.stderr)
        );
    }
    // The app's last save came before the last import: one more edit and save takes it in.
    invite_and_save(&mut h, "Chile");
    let on_disk = storage::load(&file).expect("loads");
    for (iso3, name) in in_app {
        assert_eq!(
            invitee(&on_disk, iso3).invitation.status,
            InvitationStatus::Invited,
            "{name}, invited in the app"
        );
    }
    for (iso3, name) in by_import {
        assert_eq!(
            invitee(&on_disk, iso3).invitation.reply,
            Reply::Accepted,
            "{name}, imported"
        );
    }
    assert_eq!(
        h.state().work().workspace(),
        &on_disk,
        "the app has it all too"
    );
}

/// Two apps edit different invitees of one file and save in turn, 20 times each: nothing is lost and no
/// dialog opens. Then both change one field: the second save opens the merge dialog with both values,
/// and the value chosen there is what is saved.
#[test]
fn two_apps_save_in_turn_and_settle_a_conflict_in_the_dialog() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("team.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut first = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    let mut second = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    let states = states(40);
    let (for_first, for_second) = states.split_at(20);
    for ((_, one), (_, two)) in for_first.iter().zip(for_second) {
        invite_and_save(&mut first, one);
        invite_and_save(&mut second, two);
    }
    let on_disk = storage::load(&file).expect("loads");
    for (iso3, name) in &states {
        assert_eq!(
            invitee(&on_disk, iso3).invitation.status,
            InvitationStatus::Invited,
            "{name}"
        );
    }

    // Both change Zimbabwe's status (not among the States above).
    clear_search(&mut first);
    clear_search(&mut second);
    // The second changes it first and has not saved when the first saves its own change.
    select_invitee(&mut second, "zimbabwe", "Zimbabwe");
    choose(&mut second, "Status", "Invited");
    select_invitee(&mut first, "zimbabwe", "Zimbabwe");
    choose(&mut first, "Status", "Withdrawn");
    first.key_press_modifiers(Modifiers::COMMAND, Key::S);
    first.run();
    second.run();
    let before = std::fs::read(&file).expect("reads");
    second.key_press_modifiers(Modifiers::COMMAND, Key::S);
    second.run();
    assert!(
        matches!(second.state().work().dialog(), Some(Dialog::Merge(_))),
        "{}",
        all_text(&second)
    );
    assert!(shows(&second, "Zimbabwe"));
    assert!(shows(&second, "Invited"), "this side's value");
    assert!(shows(&second, "Withdrawn"), "the colleague's value");
    assert_eq!(
        std::fs::read(&file).expect("reads"),
        before,
        "nothing written yet"
    );
    click(&mut second, "Keep all mine");
    click(&mut second, "Save");
    assert!(second.state().work().dialog().is_none());
    let on_disk = storage::load(&file).expect("loads");
    assert_eq!(
        invitee(&on_disk, "ZWE").invitation.status,
        InvitationStatus::Invited,
        "the value chosen"
    );
    assert!(!second.state().work().document().is_dirty());
}

fn workspace_with_replies(replies: &[(&str, Reply)]) -> Workspace {
    let mut workspace = builtin_workspace();
    for (iso3, reply) in replies {
        workspace.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("a State of the 13MSP")
            .invitation
            .reply = *reply;
    }
    workspace
}

/// `merge-driver %O %A %B` as git calls it: a clean merge writes both sides into %A and exits 0; a value
/// both sides changed differently exits 1 naming it, with this side's value in %A.
#[test]
fn the_merge_driver_merges_into_ours_and_names_conflicts() {
    let dir = tempfile::tempdir().expect("dir");
    let (base, ours, theirs) = (
        dir.path().join("base.ron"),
        dir.path().join("ours.ron"),
        dir.path().join("theirs.ron"),
    );
    storage::save(&base, &builtin_workspace()).expect("save");
    storage::save(&ours, &workspace_with_replies(&[("CHL", Reply::Accepted)])).expect("save");
    storage::save(
        &theirs,
        &workspace_with_replies(&[("PER", Reply::Declined)]),
    )
    .expect("save");
    let out = bin()
        .args(["merge-driver", s(&base), s(&ours), s(&theirs)])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let merged = storage::load(&ours).expect("loads");
    assert_eq!(invitee(&merged, "CHL").invitation.reply, Reply::Accepted);
    assert_eq!(invitee(&merged, "PER").invitation.reply, Reply::Declined);

    // A real conflict: Chile accepted here, declined there.
    storage::save(&ours, &workspace_with_replies(&[("CHL", Reply::Accepted)])).expect("save");
    storage::save(
        &theirs,
        &workspace_with_replies(&[("CHL", Reply::Declined)]),
    )
    .expect("save");
    let out = bin()
        .args([
            "merge-driver",
            s(&base),
            s(&ours),
            s(&theirs),
            "data/13msp.ron",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "a person must decide");
    let err = text(&out.stderr);
    assert!(
        err.contains("Chile: reply: Accepted on this side, Declined on the other"),
        "{err}"
    );
    assert!(err.contains("data/13msp.ron"), "{err}");
    let merged = storage::load(&ours).expect("loads");
    assert_eq!(
        invitee(&merged, "CHL").invitation.reply,
        Reply::Accepted,
        "ours stands"
    );
}

/// `merge BASE MINE THEIRS -o OUT` and `diff OLD NEW`, as a user runs them on two copies of a
/// workspace (one taken home on a laptop).
#[test]
fn merge_and_diff_on_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let (base, laptop, office, out) = (
        dir.path().join("base.ron"),
        dir.path().join("laptop.ron"),
        dir.path().join("office.ron"),
        dir.path().join("merged.ron"),
    );
    storage::save(&base, &builtin_workspace()).expect("save");
    let mut home = workspace_with_replies(&[("CHL", Reply::Declined)]);
    let chile = home.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile");
    let mut ana = msp_invitations::model::Member::new(
        builtin_workspace().next_person_id(),
        msp_invitations::model::Role::HeadOfDelegation,
    );
    ana.honorific = "Ms.".to_owned();
    ana.given_name = "Ana".to_owned();
    ana.family_name = "ROJAS".to_owned();
    chile.delegation.members.push(ana);
    storage::save(&laptop, &home).expect("save");
    storage::save(
        &office,
        &workspace_with_replies(&[("PER", Reply::Accepted)]),
    )
    .expect("save");

    let run = bin()
        .args(["merge", s(&base), s(&laptop), s(&office), "-o", s(&out)])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let merged = storage::load(&out).expect("loads");
    assert_eq!(invitee(&merged, "CHL").invitation.reply, Reply::Declined);
    assert_eq!(invitee(&merged, "PER").invitation.reply, Reply::Accepted);
    assert_eq!(invitee(&merged, "CHL").delegation.members.len(), 1);

    let run = bin()
        .args(["diff", s(&base), s(&laptop)])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(0));
    let said = text(&run.stdout);
    assert!(said.contains("Chile: reply No reply → Declined"), "{said}");
    assert!(said.contains("Chile: delegation + Ms. Ana ROJAS"), "{said}");
    let run = bin()
        .args(["diff", s(&base), s(&laptop), "--lang", "fr"])
        .output()
        .expect("runs");
    let said = text(&run.stdout);
    assert!(said.contains("Chili : réponse"), "{said}");
    let run = bin()
        .args(["diff", s(&base), s(&base)])
        .output()
        .expect("runs");
    assert_eq!(text(&run.stdout).trim(), "No changes.");
}

/// A writing command whose save meets a colleague's contradicting save: it exits 1 naming the record and
/// the field, and writes nothing. (The test holds the file's lock, as a colleague's batch of e-mail
/// would, so that its save lands while the command waits to write.)
#[test]
fn a_command_whose_save_meets_a_contradiction_names_it_and_writes_nothing() {
    use msp_invitations::storage::lock::WorkspaceLock;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("team.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let letters = dir.path().join("letters.pdf");
    let held = WorkspaceLock::acquire(&file).expect("the test holds the lock");
    let child = bin()
        .env(storage::LOCK_WAIT_VARIABLE, "60")
        .args([
            "export",
            s(&file),
            "--list",
            "letters",
            "--category",
            "observer-states",
            "--reference-prefix",
            "APLC/NV/",
            "--mark-invited",
            "--date",
            "2013-06-03",
            "-o",
            s(&letters),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    // Once the letters are written, the command has marked the invitations and waits to save.
    let start = std::time::Instant::now();
    while !letters.exists() {
        assert!(
            start.elapsed().as_secs() < 60,
            "the letters were not written"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let mut theirs = builtin_workspace();
    theirs.meetings[0]
        .invitees
        .get_mut(&EntityId::state("MHL"))
        .expect("the Marshall Islands")
        .invitation
        .status = InvitationStatus::Withdrawn;
    storage::save(&file, &theirs).expect("the colleague's save");
    let written = std::fs::read(&file).expect("reads");
    drop(held);
    let out = child.wait_with_output().expect("finishes");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        // The invitation moves as one: its status with the day, channel and reference it was sent with.
        err.contains(
            "Marshall Islands: invitation: Invited, 3 June 2013, APLC/NV/017 on this side, Withdrawn on the other"
        ),
        "{err}"
    );
    assert!(err.contains("nothing was saved"), "{err}");
    assert_eq!(
        std::fs::read(&file).expect("reads"),
        written,
        "nothing written"
    );
}
