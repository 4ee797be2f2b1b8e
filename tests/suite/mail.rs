//! Letters as e-mail, through a real SMTP server running inside the test process (the tests' own, in
//! `common/smtp.rs`, speaking the protocol as a mail server does) and the `send` command run as a process: what the server receives
//! (recipients, subjects, the letter attached and read back), the invitations marked, a recipient the
//! server refuses, a batch killed mid-way and started again (nothing sent twice), and `.eml` drafts read
//! by a MIME parser as a mail client would.

#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;
use crate::common::smtp;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use mail_parser::{MessageParser, MimeHeaders as _};
use msp_invitations::model::{Channel, EntityId, InvitationStatus, MailKind, MailState, Workspace};
use smtp::{recipients, server, workspace_with_addresses};

fn save(dir: &Path, ws: &Workspace) -> std::path::PathBuf {
    let path = dir.join("13msp.ron");
    msp_invitations::storage::save(&path, ws).expect("saved");
    path
}

fn send(path: &Path, port: u16, extra: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args(["send", path.to_str().expect("utf-8")])
        .args(["--category", "states-parties", "--only-uninvited"])
        .args(["--from", "UNODA Geneva <unoda-geneva@example.org>"])
        .args([
            "--smtp",
            &format!("127.0.0.1:{port}"),
            "--date",
            "2013-06-03",
        ])
        .args(extra)
        .output()
        .expect("runs")
}

#[test]
fn a_batch_reaches_the_server_with_its_letters_and_marks_the_invitations() {
    let dir = tempfile::tempdir().expect("dir");
    let (ws, parties) = workspace_with_addresses(5);
    let path = save(dir.path(), &ws);
    let (port, received) = server(&[], None);
    let out = send(&path, port, &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    // The States Parties without an address are named before anything is sent.
    assert!(stderr.contains("no e-mail address: "), "{stderr}");

    let expected: Vec<String> = {
        let mut v: Vec<String> = parties
            .iter()
            .map(|id| format!("mission.{}@example.org", id.to_string().to_lowercase()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(recipients(&received), expected);

    // Each message as a mail client reads it: the subject, the sender, the cover text and the letter.
    let inbox = received.lock().expect("inbox").clone();
    for message in &inbox {
        let parsed = MessageParser::default()
            .parse(&message.bytes)
            .expect("a message");
        let subject = parsed.subject().expect("a subject");
        assert!(
            subject.starts_with("Thirteenth Meeting of the States Parties: ODA/GVA/2013/0"),
            "{subject}"
        );
        let from = parsed.from().and_then(|f| f.first()).expect("a sender");
        assert_eq!(from.address(), Some("unoda-geneva@example.org"));
        let text = parsed.body_text(0).expect("a cover text");
        assert!(
            text.contains("Please find attached communication ODA/GVA/2013/0"),
            "{text}"
        );
        let attachment = parsed.attachment(0).expect("the letter");
        assert_eq!(
            attachment
                .content_type()
                .map(mail_parser::ContentType::ctype),
            Some("application")
        );
        let name = attachment.attachment_name().expect("a file name");
        assert!(
            name.starts_with("ODA-GVA-2013-0")
                && Path::new(name).extension().is_some_and(|e| e == "pdf"),
            "{name}"
        );
        let pdf = common::pdf::text(attachment.contents());
        assert!(pdf.contains("presents his compliments"), "{pdf}");
        assert!(pdf.contains("3 June 2013"), "{pdf}");
    }

    // The workspace holds each message as sent, and the invitations are marked.
    let saved = msp_invitations::storage::load(&path).expect("saved");
    let meeting = &saved.meetings[0];
    for id in &parties {
        let records = meeting.mail_to(id);
        assert_eq!(records.len(), 1, "{id}: {records:?}");
        let record = &records[0];
        assert_eq!(record.kind, MailKind::Invitation);
        assert!(matches!(&record.state, MailState::Sent { reply, .. } if reply.starts_with("250")));
        assert!(stdout.contains(&record.message_id), "{stdout}");
        let invitation = &meeting.invitees[id].invitation;
        assert_eq!(invitation.status, InvitationStatus::Invited);
        assert_eq!(invitation.channel, Some(Channel::Email));
        assert_eq!(invitation.sent, Some(common::d("2013-06-03")));
        assert_eq!(invitation.reference, record.reference);
        // The Message-ID the server received is the one recorded.
        assert!(
            inbox
                .iter()
                .any(|m| String::from_utf8_lossy(&m.bytes)
                    .contains(&format!("<{}>", record.message_id))),
            "{}",
            record.message_id
        );
    }
    assert!(!msp_invitations::storage::outbox::journal_path(&path).exists());

    // Sent again: nothing goes twice.
    let again = send(&path, port, &["--reminder"]);
    assert_eq!(
        received.lock().expect("inbox").len(),
        inbox.len() * 2,
        "a reminder each: {}",
        String::from_utf8_lossy(&again.stdout)
    );
    let twice = send(&path, port, &[]);
    assert_eq!(twice.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&twice.stdout).contains("Nothing to send."),
        "{}",
        String::from_utf8_lossy(&twice.stdout)
    );
    assert_eq!(received.lock().expect("inbox").len(), inbox.len() * 2);
    let saved = msp_invitations::storage::load(&path).expect("saved");
    for id in &parties {
        let kinds: Vec<MailKind> = saved.meetings[0]
            .mail_to(id)
            .iter()
            .map(|r| r.kind)
            .collect();
        assert_eq!(kinds, [MailKind::Invitation, MailKind::Reminder]);
        assert_eq!(
            saved.meetings[0].invitees[id].invitation.reminders,
            [common::d("2013-06-03")]
        );
    }
}

#[test]
fn a_recipient_the_server_refuses_fails_and_the_others_are_sent() {
    let dir = tempfile::tempdir().expect("dir");
    let (ws, parties) = workspace_with_addresses(4);
    let path = save(dir.path(), &ws);
    let refused = format!(
        "mission.{}@example.org",
        parties[1].to_string().to_lowercase()
    );
    let (port, received) = server(&[&refused], None);
    let out = send(&path, port, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("FAILED: "), "{stderr}");
    assert!(stderr.contains(&refused), "{stderr}");
    assert_eq!(recipients(&received).len(), 3);
    let saved = msp_invitations::storage::load(&path).expect("saved");
    let meeting = &saved.meetings[0];
    for (i, id) in parties.iter().enumerate() {
        let state = &meeting.mail_to(id)[0].state;
        if i == 1 {
            assert!(
                matches!(state, MailState::Failed { reason, .. } if reason.contains("550")),
                "{state:?}"
            );
            assert_eq!(
                meeting.invitees[id].invitation.status,
                InvitationStatus::NotInvited
            );
        } else {
            assert!(matches!(state, MailState::Sent { .. }), "{state:?}");
        }
    }

    // The failed one again, once the server takes it: only that one goes.
    let (port, received) = server(&[], None);
    let out = send(&path, port, &["--retry-failed"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(recipients(&received), [refused]);
}

#[test]
fn a_batch_killed_midway_and_started_again_sends_nothing_twice() {
    let dir = tempfile::tempdir().expect("dir");
    let (ws, parties) = workspace_with_addresses(8);
    let path = save(dir.path(), &ws);
    // A slow server: the batch is killed while it is under way.
    let (port, received) = server(&[], Some(Duration::from_millis(300)));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args(["send", path.to_str().expect("utf-8")])
        .args(["--category", "states-parties", "--only-uninvited"])
        .args(["--from", "unoda-geneva@example.org"])
        .args([
            "--smtp",
            &format!("127.0.0.1:{port}"),
            "--date",
            "2013-06-03",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starts");
    let started = std::time::Instant::now();
    while received.lock().expect("inbox").len() < 3 {
        assert!(
            started.elapsed() < Duration::from_mins(1),
            "the batch never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().expect("killed");
    let _ = child.wait();
    let before = recipients(&received);
    assert!(
        before.len() < parties.len(),
        "killed before the end: {before:?}"
    );
    // The lock of the killed process is released with it; the journal stays.
    assert!(msp_invitations::storage::outbox::journal_path(&path).exists());

    // Started again on a quick server: the rest go, and none of those that reached the server again.
    let (port, again) = server(&[], None);
    let out = send(&path, port, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("a batch was interrupted"), "{stderr}");
    let mut all = before.clone();
    all.extend(recipients(&again));
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for to in &all {
        *counts.entry(to.clone()).or_default() += 1;
    }
    assert!(
        counts.values().all(|&n| n == 1),
        "each at most once: {counts:?}"
    );
    // The message in flight when the process died is unknown, not sent again: it is the one missing.
    let saved = msp_invitations::storage::load(&path).expect("saved");
    let unknown: Vec<&EntityId> = parties
        .iter()
        .filter(|id| {
            matches!(
                saved.meetings[0].mail_to(id).last().map(|r| &r.state),
                Some(MailState::Unknown { .. })
            )
        })
        .collect();
    assert!(unknown.len() <= 1, "{unknown:?}");
    // Everyone got the invitation once, but the one whose fate is unknown, which may or may not have.
    let address = |id: &EntityId| format!("mission.{}@example.org", id.to_string().to_lowercase());
    for id in &parties {
        if !unknown.contains(&id) {
            assert_eq!(
                counts.get(&address(id)),
                Some(&1),
                "{id}: {counts:?} {stderr}"
            );
        }
    }
    if let Some(id) = unknown.first() {
        // Only a deliberate choice sends it again.
        let (port, third) = server(&[], None);
        let out = send(&path, port, &["--send-unknown-again"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(recipients(&third), [address(id)]);
    }
}

#[test]
fn drafts_open_in_a_mail_clients_parser_with_recipient_subject_and_letter() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut ws, parties) = workspace_with_addresses(3);
    ws.settings.mail.cc = "unoda-archive@example.org".to_owned();
    ws.settings.mail.reply_to = "Secretariat <msp-secretariat@example.org>".to_owned();
    // One in French: its cover text and letter are French.
    ws.addresses.get_mut(&parties[0]).expect("address").language =
        Some(msp_invitations::i18n::Lang::Fr);
    let path = save(dir.path(), &ws);
    let drafts = dir.path().join("drafts");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args([
            "send",
            path.to_str().expect("utf-8"),
            "--category",
            "states-parties",
        ])
        .args([
            "--from",
            "UNODA Geneva <unoda-geneva@example.org>",
            "--date",
            "2013-06-03",
        ])
        .args(["--eml-dir", drafts.to_str().expect("utf-8")])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut files: Vec<_> = std::fs::read_dir(&drafts)
        .expect("drafts")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    let saved = msp_invitations::storage::load(&path).expect("saved");
    for id in &parties {
        let record = &saved.meetings[0].mail_to(id)[0];
        let MailState::Drafted { file, .. } = &record.state else {
            panic!("{record:?}");
        };
        let bytes = std::fs::read(drafts.join(file)).expect("the draft");
        assert!(
            bytes.starts_with(b"X-Unsent: 1\r\n"),
            "Outlook opens it ready to send"
        );
        let parsed = MessageParser::default().parse(&bytes).expect("a message");
        let to = parsed.to().and_then(|t| t.first()).expect("a recipient");
        assert_eq!(to.address(), Some(record.to.as_str()));
        assert_eq!(
            parsed
                .cc()
                .and_then(|c| c.first())
                .and_then(|c| c.address()),
            Some("unoda-archive@example.org")
        );
        assert_eq!(
            parsed
                .reply_to()
                .and_then(|c| c.first())
                .and_then(|c| c.address()),
            Some("msp-secretariat@example.org")
        );
        let subject = parsed.subject().expect("a subject");
        let letter = common::pdf::text(parsed.attachment(0).expect("the letter").contents());
        if id == &parties[0] {
            assert!(
                subject.starts_with("Treizième Assemblée des États parties\u{a0}: "),
                "{subject}"
            );
            assert!(
                parsed
                    .body_text(0)
                    .expect("text")
                    .contains("Veuillez trouver ci-joint"),
                "{:?}",
                parsed.body_text(0)
            );
            assert!(letter.contains("présente ses compliments"), "{letter}");
        } else {
            assert!(
                subject.starts_with("Thirteenth Meeting of the States Parties: "),
                "{subject}"
            );
        }
        // A draft marks nobody invited: the mail client sends it.
        assert_eq!(
            saved.meetings[0].invitees[id].invitation.status,
            InvitationStatus::NotInvited
        );
    }
}

#[test]
fn letters_that_cannot_be_written_as_they_stand_are_not_sent() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut ws, _) = workspace_with_addresses(3);
    // No mandating resolution: the note verbale would refer to nothing.
    ws.meetings[0].mandate = msp_invitations::model::Mandate::default();
    let path = save(dir.path(), &ws);
    let (port, received) = server(&[], None);
    let out = send(&path, port, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("the letters cannot be written as they stand"),
        "{stderr}"
    );
    assert!(recipients(&received).is_empty());
    let saved = msp_invitations::storage::load(&path).expect("unchanged");
    assert!(saved.meetings[0].outbox.is_empty());
}

/// Two officers have the workspace open; one sends the States Parties their letters and saves. The
/// other, whose window still shows them unsent, starts the same batch: it does not go, the first's
/// records are taken in first, and prepared again the batch leaves out what went. The server receives
/// each letter once.
#[test]
fn two_officers_never_send_one_letter_twice() {
    use msp_invitations::exchange::mail::{Security, Server};
    use msp_invitations::session::{MailRequest, Session, StartError};
    let dir = tempfile::tempdir().expect("dir");
    let (ws, parties) = workspace_with_addresses(4);
    let path = save(dir.path(), &ws);
    let (port, received) = server(&[], None);
    let mail_server = Server {
        host: "127.0.0.1".to_owned(),
        port,
        security: Security::None,
        user: String::new(),
        password: String::new(),
        ca_certificate: None,
        timeout: None,
    };
    let mut first = Session::open(&path).expect("opens").session;
    let mut second = Session::open(&path).expect("opens too").session;
    let request = MailRequest {
        meeting: first.workspace().meetings[0].id.clone(),
        kind: MailKind::Invitation,
        letters: msp_invitations::exchange::LetterOptions {
            kind: Some(msp_invitations::model::TemplateKind::StatesParties),
            only_uninvited: true,
            reference_prefix: "ODA/GVA/2013/".to_owned(),
            first_number: 1,
            language: Default::default(),
        },
        date: common::d("2013-06-03"),
        retry_failed: false,
        only: Some(parties.clone()),
        send_unknown_again: false,
        from: Some("UNODA Geneva <unoda-geneva@example.org>".to_owned()),
    };
    let job = first.mail_job(&request).expect("a batch");
    assert_eq!(job.messages.len(), parties.len());
    first.start_send(job, &mail_server).expect("starts");
    assert!(first.holds_lock(), "the batch holds the file's lock");
    first.wait_job(&mut |_, _| {}).expect("finishes");
    assert!(!first.holds_lock(), "let go with the result");
    first
        .save(None, &Default::default(), Duration::from_secs(2))
        .expect("saves");
    assert_eq!(recipients(&received).len(), parties.len());

    let stale = second.mail_job(&request).expect("a batch");
    assert_eq!(
        stale.messages.len(),
        parties.len(),
        "its window shows them unsent"
    );
    let refused = second.start_send(stale, &mail_server);
    assert!(
        matches!(refused, Err(StartError::CaughtUp(_))),
        "{:?}",
        refused.err()
    );
    assert!(!second.holds_lock());
    let again = second.mail_job(&request);
    assert!(
        again.as_ref().map_or(true, |job| job.messages.is_empty()),
        "prepared again, the batch has nobody left: {:?}",
        again.map(|job| job.messages.len())
    );
    assert_eq!(
        recipients(&received).len(),
        parties.len(),
        "nothing went twice"
    );
}
