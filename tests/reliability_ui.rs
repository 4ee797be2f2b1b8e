//! Recovery, backups, locks and conflicts, driven through the app.

mod common;

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
    app.workspace().meetings[0].invitees[&EntityId::state("CHL")]
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
        h.state_mut().autosave_now(),
        "what the 30-second timer does"
    );
    let recovery = h
        .state()
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

    let mut h = harness(App::start_in(
        Some(file.clone()),
        Prefs::default(),
        Some(data.path().to_owned()),
    ));
    assert!(
        matches!(h.state().dialog(), Some(Dialog::Recover(_))),
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
    assert!(h.state().document().is_dirty(), "restored work is unsaved");
    assert_eq!(h.state().path(), Some(file.as_path()));
    assert!(!recovery.exists(), "removed once restored");
    assert!(h.state_mut().save_to(&file));
    let saved = App::new(storage::load(&file).expect("loads"), None, Prefs::default());
    assert_eq!(chile_status(&saved), InvitationStatus::Invited);
}

#[test]
fn a_recovery_file_can_be_discarded() {
    let data = tempfile::tempdir().expect("data dir");
    let mut h = harness(App::builtin().with_data_dir(data.path()));
    invite_chile(&mut h);
    assert!(h.state_mut().autosave_now());
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
    assert!(h.state().dialog().is_none());
    drop(h);
    let h = harness(App::start_in(
        None,
        Prefs::default(),
        Some(data.path().to_owned()),
    ));
    assert!(h.state().dialog().is_none(), "nothing is offered twice");
}

#[test]
fn a_running_apps_recovery_file_is_not_offered_to_another() {
    let data = tempfile::tempdir().expect("data dir");
    let mut first = harness(App::builtin().with_data_dir(data.path()));
    invite_chile(&mut first);
    assert!(first.state_mut().autosave_now());
    let second = harness(App::start_in(
        None,
        Prefs::default(),
        Some(data.path().to_owned()),
    ));
    assert!(
        second.state().dialog().is_none(),
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
    assert_eq!(h.state().backups().len(), 10, "the last ten are kept");

    click(&mut h, "File");
    click(&mut h, "Restore a backup…");
    assert!(shows(&h, "Restore a backup"));
    // The oldest kept backup is the first save (Chile not invited) only if fewer than ten came after; here
    // every backup after the second save has Chile invited. Open the newest.
    let newest = h.state().backups()[0].path.clone();
    h.get_all_by_label("Open").next().expect("a backup").click();
    h.run();
    assert!(
        h.state().path().is_none(),
        "an unsaved copy, not the workspace's file"
    );
    assert!(h.state().document().is_dirty());
    assert_eq!(
        storage::load(&newest).expect("backup loads"),
        *h.state().workspace()
    );
}

#[test]
fn a_second_app_opens_a_held_workspace_read_only() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let first = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    assert_eq!(first.state().path(), Some(file.as_path()));

    let mut second = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    assert!(matches!(
        second.state().dialog(),
        Some(Dialog::Locked { .. })
    ));
    assert!(shows(&second, "The workspace is open elsewhere"));
    assert!(
        shows_containing(&second, &format!("(process {})", std::process::id())),
        "{}",
        all_text(&second)
    );
    click(&mut second, "Open read-only");
    assert!(second.state().read_only().is_some());
    assert!(shows(&second, "Read-only"));
    invite_chile(&mut second);
    assert!(
        !second.state_mut().save_to(&file),
        "saving over the held file is refused"
    );
    second.run();
    assert!(shows(&second, "The workspace is open read-only"));
    assert_eq!(storage::load(&file).expect("load"), builtin_workspace());
    drop(first);
}

#[test]
fn saving_over_a_file_someone_else_changed_asks_first() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut h = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    invite_chile(&mut h);
    // Someone else saves the file (with a different name), bypassing our lock (another computer, say).
    let mut theirs = builtin_workspace();
    theirs.name = "Their version".to_owned();
    storage::save(&file, &theirs).expect("their save");

    assert!(!h.state_mut().save_to(&file));
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::Conflict { .. })));
    assert!(shows(&h, "Someone else changed the file"));
    assert_eq!(
        storage::load(&file).expect("load").name,
        "Their version",
        "nothing overwritten yet"
    );
    click(&mut h, "Overwrite theirs");
    assert_eq!(
        chile_status(&App::new(
            storage::load(&file).expect("load"),
            None,
            Prefs::default()
        )),
        InvitationStatus::Invited
    );
    assert!(!h.state().document().is_dirty());
}

#[test]
fn reloading_theirs_after_a_conflict() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut h = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    invite_chile(&mut h);
    let mut theirs = builtin_workspace();
    theirs.name = "Their version".to_owned();
    storage::save(&file, &theirs).expect("their save");
    assert!(!h.state_mut().save_to(&file));
    h.run();
    click(&mut h, "Reload theirs");
    assert_eq!(h.state().workspace().name, "Their version");
    assert!(!h.state().document().is_dirty());
}

#[test]
fn a_change_on_disk_shows_a_banner() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &builtin_workspace()).expect("save");
    let mut h = harness(App::start_in(Some(file.clone()), Prefs::default(), None));
    assert!(!shows(&h, "Changed on disk"));
    let mut theirs = builtin_workspace();
    theirs.name = "Their version".to_owned();
    storage::save(&file, &theirs).expect("their save");
    // The folder watch reports the atomic replace; give it a moment.
    let start = Instant::now();
    while !h.state().changed_on_disk() && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    h.run();
    assert!(h.state().changed_on_disk(), "the watch noticed");
    assert!(shows(&h, "Changed on disk"));
    click(&mut h, "Reload");
    assert_eq!(h.state().workspace().name, "Their version");
    assert!(!shows(&h, "Changed on disk"));
    // Our own save does not raise the banner.
    invite_chile(&mut h);
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
    let title = h.state().title();
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
    assert!(h.state().path().is_none());
}
