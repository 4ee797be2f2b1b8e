//! Letters as e-mail from the Letters view, driven through the app: the sender typed in, the Send dialog
//! filled in, the batch sent to a real SMTP server in this process, the outbox showing each message sent,
//! the invitations marked as one undo step that leaves the outbox alone, and nothing offered again; drafts
//! saved to a folder; a batch a crash interrupted found in the journal when the workspace is opened.

#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;
use crate::common::smtp;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use msp_invitations::app::App;
use msp_invitations::model::{InvitationStatus, MailKind, MailRecord, MailState};
use msp_invitations::storage::outbox::{Journal, JournalEntry, journal_path};

/// The app on a saved 13MSP whose first `count` States Parties have a mission address, in the Letters
/// view, with the sender typed in.
fn letters_view(
    count: usize,
) -> (
    egui_kittest::Harness<'static, App>,
    tempfile::TempDir,
    Vec<msp_invitations::model::EntityId>,
) {
    let dir = tempfile::tempdir().expect("dir");
    let (ws, parties) = smtp::workspace_with_addresses(count);
    let path = dir.path().join("13msp.ron");
    msp_invitations::storage::save(&path, &ws).expect("saved");
    let mut app = App::builtin();
    assert!(app.open_path(&path));
    let mut h = harness(app);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    h.run();
    type_into(&mut h, "From", "UNODA Geneva <unoda-geneva@example.org>");
    h.run();
    (h, dir, parties)
}

#[test]
fn a_batch_sent_from_the_letters_view_reaches_the_server_and_shows_in_the_outbox() {
    let (mut h, dir, parties) = letters_view(4);
    let count = parties.len();
    assert!(
        shows(
            &h,
            &format!("{count} messages, from UNODA Geneva <unoda-geneva@example.org>")
        ),
        "{}",
        all_text(&h)
    );
    // Those without an address are named before anything is sent.
    assert!(
        shows_containing(&h, "No e-mail address: 157 (their letters go another way)"),
        "{}",
        all_text(&h)
    );
    assert!(shows(&h, "Outbox (0)"));

    let (port, received) = smtp::server(&[], None);
    click(&mut h, "Send…");
    assert!(shows(&h, "Send by e-mail"), "{}", all_text(&h));
    type_into(&mut h, "Mail server", "127.0.0.1");
    choose(&mut h, "Protection", "None (a relay on this network)");
    let port_field = h.get_by_label("Port");
    port_field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Port").type_text(&port.to_string());
    h.run();
    // The batch runs in the background behind a spinner: frames one at a time until it is done.
    h.get_by_label(&format!("Send {count} messages")).click();
    h.step();
    wait_for_job(&mut h);

    assert_eq!(smtp::recipients(&received).len(), count);
    assert!(
        shows(&h, &format!("Sent {count} messages.")),
        "{}",
        all_text(&h)
    );
    assert!(shows(&h, &format!("Outbox ({count})")), "{}", all_text(&h));
    assert!(shows_containing(&h, "Sent 20"), "{}", all_text(&h));
    let meeting = &h.state().work().workspace().meetings[0];
    for id in &parties {
        assert!(matches!(
            meeting.mail_to(id)[0].state,
            MailState::Sent { .. }
        ));
        assert_eq!(
            meeting.invitees[id].invitation.status,
            InvitationStatus::Invited
        );
    }

    // Each invitee's detail panel shows its message under its invitation.
    let first = {
        let ws = h.state().work().workspace();
        ws.name_at(
            &ws.meetings[0],
            &parties[0],
            msp_invitations::i18n::Lang::En,
        )
        .to_owned()
    };
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    select_invitee(&mut h, &first, &first);
    assert!(
        shows_containing(&h, "E-mail (Invitation): Sent 20"),
        "{}",
        all_text(&h)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    h.run();

    // Undo takes the marking back, not the record of what went: nothing is offered again.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let meeting = &h.state().work().workspace().meetings[0];
    for id in &parties {
        assert_eq!(
            meeting.invitees[id].invitation.status,
            InvitationStatus::NotInvited
        );
        assert_eq!(meeting.mail_to(id).len(), 1);
    }
    assert!(
        shows_containing(&h, &format!("Already sent ({count})")),
        "{}",
        all_text(&h)
    );
    assert!(
        h.state().work().document().is_dirty(),
        "the outbox is not in the file yet"
    );

    // Saved and opened again: the outbox is in the file, and the journal is gone.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let path = dir.path().join("13msp.ron");
    assert!(!journal_path(&path).exists());
    let saved = msp_invitations::storage::load(&path).expect("saved");
    for id in &parties {
        assert_eq!(saved.meetings[0].mail_to(id).len(), 1);
    }
}

#[test]
fn drafts_are_saved_and_recorded_and_an_interrupted_batch_is_found_on_opening() {
    let (mut h, dir, parties) = letters_view(2);
    let drafts = dir.path().join("drafts");
    assert!(h.state_mut().jobs().save_drafts(&drafts));
    wait_for_job(&mut h);
    assert_eq!(std::fs::read_dir(&drafts).expect("drafts").count(), 2);
    assert!(shows(&h, "Saved 2 e-mail drafts."), "{}", all_text(&h));
    assert!(shows_containing(&h, "Drafted 20"), "{}", all_text(&h));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();

    // A batch that a crash stopped: its journal says one message was being handed over.
    let path = dir.path().join("13msp.ron");
    let mut journal = Journal::open(&path).expect("journal");
    journal
        .append(&JournalEntry {
            meeting: "13MSP".to_owned(),
            invitee: parties[0].clone(),
            record: MailRecord {
                kind: MailKind::Invitation,
                to: "mission@example.org".to_owned(),
                reference: "ODA/GVA/2013/001".to_owned(),
                message_id: "13MSP.test.1@example.org".to_owned(),
                state: MailState::Sending {
                    since: msp_invitations::model::mail_now(),
                },
            },
        })
        .expect("noted");
    drop(journal);
    assert!(h.state_mut().open_path(&path));
    h.run();
    assert!(
        shows_containing(
            &h,
            "A batch of e-mail was interrupted: 1 message records recovered, 1 of them unknown"
        ),
        "{}",
        all_text(&h)
    );
    assert!(shows_containing(&h, "Unknown since"), "{}", all_text(&h));
    assert!(shows(&h, "Send the unknown again (1)…"), "{}", all_text(&h));
    // The unknown one is held back from a new batch.
    assert!(
        shows_containing(&h, "Unknown (1; check the mail server's sent folder)"),
        "{}",
        all_text(&h)
    );
}

#[test]
fn cancel_stops_the_batch_after_the_message_under_way_and_keeps_what_went() {
    let (mut h, _dir, parties) = letters_view(6);
    // A slow server: Cancel comes while the batch is under way.
    let (port, received) = smtp::server(&[], Some(std::time::Duration::from_millis(250)));
    click(&mut h, "Send…");
    type_into(&mut h, "Mail server", "127.0.0.1");
    choose(&mut h, "Protection", "None (a relay on this network)");
    h.get_by_label("Port").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Port").type_text(&port.to_string());
    h.run();
    h.get_by_label(&format!("Send {} messages", parties.len()))
        .click();
    h.step();
    let started = std::time::Instant::now();
    while received.lock().expect("inbox").len() < 2 {
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    // The spinner keeps the window repainting: frames one at a time.
    h.get_by_label("Cancel").click();
    h.step();
    h.step();
    assert!(
        shows(&h, "Stopping after the message being sent…"),
        "{}",
        all_text(&h)
    );
    wait_for_job(&mut h);
    let went = smtp::recipients(&received).len();
    assert!(went < parties.len(), "stopped before the end: {went}");
    // Every message that reached the server is recorded as sent, and only those.
    let meeting = &h.state().work().workspace().meetings[0];
    let sent = parties
        .iter()
        .filter(|id| {
            matches!(
                meeting.mail_to(id).last().map(|r| &r.state),
                Some(MailState::Sent { .. })
            )
        })
        .count();
    assert_eq!(sent, went);
    assert!(
        shows(&h, &format!("Sent {went} messages.")),
        "{}",
        all_text(&h)
    );
}

/// A batch is bound to the workspace it started from. While it runs against a slow mail server, New
/// (Ctrl+N), a file dropped on the window and Undo (Ctrl+Z) wait and say why; when the batch ends, its
/// records and the invitations' marking land in the workspace it was sent from, and nowhere else.
#[test]
fn while_a_batch_runs_the_workspace_it_came_from_stays_open_and_takes_its_records() {
    let (mut h, dir, parties) = letters_view(3);
    let other = dir.path().join("other.ron");
    let mut elsewhere = msp_invitations::model::builtin_workspace();
    elsewhere.name = "Another workspace".to_owned();
    msp_invitations::storage::save(&other, &elsewhere).expect("saved");
    let sent_from = h.state().work().path().expect("a file").to_owned();
    // Some change to undo, made and saved before the batch: New and Open would go ahead at once.
    type_into(&mut h, "Reference prefix", "X");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().work().document().is_dirty());

    let (port, received) = smtp::server(&[], Some(std::time::Duration::from_millis(400)));
    click(&mut h, "Send…");
    type_into(&mut h, "Mail server", "127.0.0.1");
    choose(&mut h, "Protection", "None (a relay on this network)");
    h.get_by_label("Port").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Port").type_text(&port.to_string());
    h.run();
    h.get_by_label("Send 3 messages").click();
    h.step();
    assert!(h.state().work().is_busy());

    // New, a dropped file and Undo, while the batch is being sent.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.step();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(other.clone())));
    h.step();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.step();
    assert_eq!(
        h.state().work().path(),
        Some(sent_from.as_path()),
        "neither New nor the dropped file replaced the workspace the batch is sent from"
    );
    assert!(h.state().work().is_busy(), "the batch is still running");
    assert!(
        h.state()
            .work()
            .notice()
            .is_some_and(|n| n.starts_with("Wait until this is done: Sending 3 messages.")),
        "{:?}",
        h.state().work().notice()
    );
    assert_eq!(
        h.state().work().workspace().meetings[0].reference_prefix,
        "ODA/GVA/2013/X",
        "Undo waited"
    );

    wait_for_job(&mut h);
    assert_eq!(smtp::recipients(&received).len(), 3);
    assert_eq!(h.state().work().path(), Some(sent_from.as_path()));
    let meeting = &h.state().work().workspace().meetings[0];
    for id in &parties {
        assert!(matches!(
            meeting.mail_to(id)[0].state,
            MailState::Sent { .. }
        ));
        assert_eq!(
            meeting.invitees[id].invitation.status,
            InvitationStatus::Invited
        );
    }
    // The other file was not opened, and nothing was written to it.
    let untouched = msp_invitations::storage::load(&other).expect("loads");
    assert_eq!(untouched.name, "Another workspace");
    assert!(untouched.meetings[0].outbox.is_empty());
    // Once the batch is over, the commands work again: File › New is no longer greyed.
    click(&mut h, "File");
    let new = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("New"))
        })
        .expect("File › New");
    assert!(!new.accesskit_node().is_disabled(), "{new:?}");
}

/// A file dropped on the window, as the window system hands it to egui.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
