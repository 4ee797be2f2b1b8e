//! Recovery, backups, two apps on one workspace and their merges, driven through the app.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use std::fs;
use std::time::{Duration, Instant};

use common::*;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, Dialog, Prefs};
use msp_invitations::model::{EntityId, InvitationStatus, builtin_workspace};
use msp_invitations::storage;

fn invite_chile(h: &mut egui_kittest::Harness<'_, App>) {
    select_invitee(h, "chile", "Chile");
    choose(h, "Status", "Invited");
}

fn chile_status(app: &App) -> InvitationStatus {
    app.work().workspace().meetings[0].invitees[&EntityId::state("CHL")]
        .invitation
        .status
}

#[test]
fn unsaved_work_is_offered_back_after_a_crash() {
    let data = tempfile::tempdir().expect("data dir");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");

    let mut h = harness(App::start_in(
        Some(file.clone()),
        Prefs::default(),
        Some(data.path().to_owned()),
    ));
    invite_chile(&mut h);
    assert!(
        h.state_mut().net().autosave_now(),
        "what the 30-second timer does"
    );
    let recovery = h
        .state_mut()
        .net()
        .recovery_path()
        .expect("a recovery file")
        .to_owned();
    assert!(recovery.exists());
    assert_eq!(
        storage::load(&file).expect("load"),
        builtin_workspace(),
        "the user's file is untouched"
    );
    // The app dies without saving (its locks die with it).
    drop(h);
    // Meanwhile a colleague saves the file with a change of their own.
    let mut theirs = builtin_workspace();
    theirs.meetings[0]
        .invitees
        .get_mut(&EntityId::state("PER"))
        .expect("Peru")
        .invitation
        .status = InvitationStatus::Invited;
    storage::save(&file, &theirs).expect("their save");

    let mut h = harness(App::start_in(
        Some(file.clone()),
        Prefs::default(),
        Some(data.path().to_owned()),
    ));
    assert!(
        matches!(h.state().work().dialog(), Some(Dialog::Recover(_))),
        "{}",
        all_text(&h)
    );
    assert!(shows(&h, "Unsaved work was found"));
    assert!(
        shows_containing(&h, "“13MSP, Geneva 2013”, 1 meeting, 0 people; written"),
        "{}",
        all_text(&h)
    );
    assert!(shows_containing(&h, "ws.ron"));
    click(&mut h, "Restore");
    assert_eq!(chile_status(h.state()), InvitationStatus::Invited);
    assert!(
        h.state().work().document().is_dirty(),
        "restored work is unsaved"
    );
    assert_eq!(h.state().work().path(), Some(file.as_path()));
    assert!(!recovery.exists(), "removed once restored");
    assert!(h.state_mut().save_to(&file));
    let saved = App::new(storage::load(&file).expect("loads"), None, Prefs::default());
    assert_eq!(chile_status(&saved), InvitationStatus::Invited);
    assert_eq!(
        status_in_file(&file, "PER"),
        InvitationStatus::Invited,
        "the colleague's save since the crash is merged, not overwritten"
    );
}

#[test]
fn a_recovery_file_can_be_discarded() {
    let data = tempfile::tempdir().expect("data dir");
    let mut h = harness(App::builtin().with_data_dir(data.path()));
    invite_chile(&mut h);
    assert!(h.state_mut().net().autosave_now());
    drop(h);
    let mut h = harness(App::start_in(
        None,
        Prefs::default(),
        Some(data.path().to_owned()),
    ));
    assert!(
        shows_containing(&h, "from a workspace never saved"),
        "{}",
        all_text(&h)
    );
    click(&mut h, "Discard");
    assert!(h.state().work().dialog().is_none());
    drop(h);
    let h = harness(App::start_in(
        None,
        Prefs::default(),
        Some(data.path().to_owned()),
    ));
    assert!(
        h.state().work().dialog().is_none(),
        "nothing is offered twice"
    );
}

#[test]
fn a_running_apps_recovery_file_is_not_offered_to_another() {
    let data = tempfile::tempdir().expect("data dir");
    let mut first = harness(App::builtin().with_data_dir(data.path()));
    invite_chile(&mut first);
    assert!(first.state_mut().net().autosave_now());
    let second = harness(App::start_in(
        None,
        Prefs::default(),
        Some(data.path().to_owned()),
    ));
    assert!(
        second.state().work().dialog().is_none(),
        "the first app is still running"
    );
    drop(first);
}

#[test]
fn backups_are_kept_and_one_opens_as_an_unsaved_copy() {
    let data = tempfile::tempdir().expect("data dir");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    let mut h = harness(App::builtin().with_data_dir(data.path()));
    assert!(
        h.state_mut().save_to(&file),
        "first save: nothing to back up"
    );
    invite_chile(&mut h);
    assert!(
        h.state_mut().save_to(&file),
        "second save backs up the first version"
    );
    h.run();
    for _ in 0..11 {
        assert!(h.state_mut().save_to(&file));
    }
    assert_eq!(
        h.state_mut().net().backups().len(),
        10,
        "the last ten are kept"
    );

    click(&mut h, "File");
    click(&mut h, "Restore a backup…");
    assert!(shows(&h, "Restore a backup"));
    // The oldest kept backup is the first save (Chile not invited) only if fewer than ten came after; here
    // every backup after the second save has Chile invited. Open the newest.
    let newest = h.state_mut().net().backups()[0].path.clone();
    h.get_all_by_label("Open").next().expect("a backup").click();
    h.run();
    assert!(
        h.state().work().path().is_none(),
        "an unsaved copy, not the workspace's file"
    );
    assert!(h.state().work().document().is_dirty());
    assert_eq!(
        storage::load(&newest).expect("backup loads"),
        *h.state().work().workspace()
    );
}

fn invite(h: &mut egui_kittest::Harness<'_, App>, query: &str, name: &str) {
    select_invitee(h, query, name);
    choose(h, "Status", "Invited");
}

fn status_in_file(file: &std::path::Path, iso3: &str) -> InvitationStatus {
    storage::load(file).expect("loads").meetings[0].invitees[&EntityId::state(iso3)]
        .invitation
        .status
}

/// Two apps on one workspace: the second is not read-only and no dialog stands in its way; each
/// saves, and each save keeps the other's change.
#[test]
fn two_apps_open_one_workspace_and_neither_is_read_only() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut first = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    let mut second = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    assert_eq!(second.state().work().path(), Some(file.as_path()));
    assert!(
        second.state().work().dialog().is_none(),
        "{:?}",
        second.state().work().dialog()
    );
    assert!(!shows(&second, "Read-only"));
    invite_chile(&mut second);
    assert!(second.state_mut().save_to(&file));
    invite(&mut first, "peru", "Peru");
    assert!(first.state_mut().save_to(&file), "no refusal, no dialog");
    first.run();
    assert!(first.state().work().dialog().is_none());
    assert_eq!(status_in_file(&file, "CHL"), InvitationStatus::Invited);
    assert_eq!(status_in_file(&file, "PER"), InvitationStatus::Invited);
    assert_eq!(
        chile_status(first.state()),
        InvitationStatus::Invited,
        "the first has both"
    );
}

/// Saving over a file a colleague saved meanwhile merges it: their change and this one are both in the
/// file, and the notice says what came from them.
#[test]
fn saving_over_a_colleagues_save_merges_it() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut h = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    invite_chile(&mut h);
    // A colleague saves the file (on another computer, say) with a different name.
    let mut theirs = builtin_workspace();
    theirs.name = "Their version".to_owned();
    storage::save(&file, &theirs).expect("their save");

    assert!(h.state_mut().save_to(&file));
    h.run();
    assert!(h.state().work().dialog().is_none());
    let on_disk = storage::load(&file).expect("load");
    assert_eq!(on_disk.name, "Their version");
    assert_eq!(status_in_file(&file, "CHL"), InvitationStatus::Invited);
    assert!(!h.state().work().document().is_dirty());
    assert!(
        shows_containing(&h, "The workspace: name"),
        "{}",
        all_text(&h)
    );
    // The merge was one step: undone, the colleague's name goes and this side's change stays.
    let ctx = h.ctx.clone();
    h.state_mut()
        .run_command(&ctx, msp_invitations::app::UiCommand::Undo);
    assert_eq!(h.state().work().workspace().name, builtin_workspace().name);
    assert_eq!(chile_status(h.state()), InvitationStatus::Invited);
}

/// A value both changed differently: the dialog shows both, nothing is written until a choice is made,
/// and the choice is what is saved.
#[test]
fn a_conflict_waits_for_a_choice_in_the_dialog() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut h = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    invite_chile(&mut h);
    let mut theirs = builtin_workspace();
    theirs.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile")
        .invitation
        .status = InvitationStatus::Withdrawn;
    storage::save(&file, &theirs).expect("their save");
    let before = fs::read(&file).expect("reads");

    assert!(!h.state_mut().save_to(&file));
    h.run();
    assert!(matches!(h.state().work().dialog(), Some(Dialog::Merge(_))));
    assert!(shows(&h, "Your changes and a colleague's"));
    assert!(shows(&h, "Chile"));
    // The part as its form names it, in the interface's language.
    assert!(shows(&h, "Invitation"));
    assert!(
        shows(&h, "Invited") && shows(&h, "Withdrawn"),
        "{}",
        all_text(&h)
    );
    assert!(shows(&h, "One line is still to be decided."));
    assert_eq!(
        fs::read(&file).expect("reads"),
        before,
        "nothing written yet"
    );
    h.get_by_label("Withdrawn").click();
    h.run();
    click(&mut h, "Save");
    assert!(h.state().work().dialog().is_none());
    assert_eq!(status_in_file(&file, "CHL"), InvitationStatus::Withdrawn);
    assert_eq!(chile_status(h.state()), InvitationStatus::Withdrawn);
    assert!(!h.state().work().document().is_dirty());
}

/// A colleague's save seen by the folder watch: taken in at once when nothing here is unsaved (the
/// view stays on the invitee shown); with unsaved work here, the banner offers to merge it in.
#[test]
fn a_colleagues_save_is_taken_in_or_offered() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut h = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    select_invitee(&mut h, "chile", "Chile");
    let wait_for = |h: &mut egui_kittest::Harness<'_, App>, done: &dyn Fn(&App) -> bool| {
        let start = Instant::now();
        while !done(h.state()) && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(50));
            h.step();
        }
        h.run();
    };
    let mut theirs = builtin_workspace();
    theirs.name = "Their version".to_owned();
    storage::save(&file, &theirs).expect("their save");
    wait_for(&mut h, &|app| {
        app.work().workspace().name == "Their version"
    });
    assert_eq!(
        h.state().work().workspace().name,
        "Their version",
        "taken in"
    );
    assert!(!h.state().work().document().is_dirty());
    assert!(!shows(&h, "Saved by a colleague"));
    assert_eq!(
        h.state().table().selected_one(),
        Some(&EntityId::state("CHL")),
        "the selection stays"
    );

    // With unsaved work here, the banner offers to merge.
    choose(&mut h, "Status", "Invited");
    theirs.name = "Their second version".to_owned();
    storage::save(&file, &theirs).expect("their save");
    wait_for(&mut h, &App::changed_on_disk);
    assert!(shows(&h, "Saved by a colleague"), "{}", all_text(&h));
    assert_eq!(
        h.state().work().workspace().name,
        "Their version",
        "not yet"
    );
    click(&mut h, "Merge their changes now");
    assert_eq!(h.state().work().workspace().name, "Their second version");
    assert_eq!(chile_status(h.state()), InvitationStatus::Invited);
    assert!(
        h.state().work().document().is_dirty(),
        "this side's change is still to save"
    );
    assert!(!shows(&h, "Saved by a colleague"));
    // Our own save does not raise the banner.
    assert!(h.state_mut().save_to(&file));
    std::thread::sleep(Duration::from_millis(300));
    h.step();
    h.run();
    assert!(!h.state().changed_on_disk());
}

/// A long workspace name is shortened in the window title (a title of megabytes made X11 refuse the
/// window and the app panic), and the window still draws.
#[test]
fn a_long_name_is_shortened_in_the_title() {
    let mut ws = builtin_workspace();
    ws.name = "N".repeat(15_000);
    let mut h = harness(App::new(ws, None, Prefs::default()));
    h.run();
    let title = h.state().work().title();
    assert!(
        title.chars().count() < 200,
        "{} characters",
        title.chars().count()
    );
    assert!(title.contains('…'));
}

/// A file with a name beyond the longest text is refused with the place, and the app keeps what it had.
#[test]
fn a_workspace_with_an_enormous_name_is_refused_and_the_work_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("huge.ron");
    let mut ws = builtin_workspace();
    ws.name = "x".repeat(16 * 1024 * 1024);
    fs::write(&file, storage::to_ron(&ws)).expect("write");
    let mut h = builtin();
    invite_chile(&mut h);
    let started = Instant::now();
    h.state_mut().open_path(&file);
    h.run();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(
        shows_containing(&h, "a text of 16777216 characters at line 3"),
        "{}",
        all_text(&h)
    );
    assert_eq!(
        chile_status(h.state()),
        InvitationStatus::Invited,
        "the work is kept"
    );
    assert!(h.state().work().path().is_none());
}
