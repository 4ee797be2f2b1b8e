//! The batch the Letters view and `send` make: 160 notes verbales to the States Parties of the 13MSP, each
//! rendered as a PDF and handed to a mail server (an SMTP server in this process, the tests' own, on the
//! loopback), the outbox journal synced before and after each message, then the outbox and the
//! invitations recorded. The baseline, measured in the same run, is rendering the same 160 letters as
//! PDFs in a folder, which is most of the work. Run with `cargo bench --bench mail`.

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use msp_invitations::edit::Document;
use msp_invitations::exchange::LetterOptions;
use msp_invitations::exchange::letters::{LettersJob, LettersOutput};
use msp_invitations::exchange::mail::{MailJob, MailOptions, Security, Server, SmtpSender};
use msp_invitations::model::{Date, MailKind, MailSettings, MailState, TemplateKind};
use msp_invitations::storage::outbox::Journal;

/// The SMTP server and the workspace with mission addresses that the tests use.
#[path = "../tests/suite/common/smtp.rs"]
mod smtp;

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let count = if full { 160 } else { 3 };
    let (ws, _) = smtp::workspace_with_addresses(count);
    let date = Date::from_ymd_opt(2013, 6, 3).unwrap_or_default();
    let letters = LetterOptions {
        kind: Some(TemplateKind::StatesParties),
        only_uninvited: true,
        reference_prefix: "ODA/GVA/2013/".to_owned(),
        first_number: 1,
        language: Default::default(),
    };
    let dir = tempfile::tempdir().expect("dir");
    let never = AtomicBool::new(false);

    // The baseline: the same letters, a PDF each, in a folder (only those with an address).
    let mut with_address = ws.clone();
    with_address.meetings[0]
        .invitees
        .retain(|id, _| ws.addresses.get(id).is_some_and(|a| !a.email.is_empty()));
    let start = Instant::now();
    let job = LettersJob::prepare(&with_address, &"13MSP".into(), &letters, date).expect("letters");
    let written = job
        .write(
            &LettersOutput::PdfPerInvitee(dir.path().join("pdf")),
            &|_, _| {},
            &never,
        )
        .expect("written");
    let baseline = start.elapsed();

    // The batch, as the app and `send` run it.
    let (port, _) = smtp::server(&[], None);
    let path = dir.path().join("13msp.ron");
    msp_invitations::storage::save(&path, &ws).expect("saved");
    let settings = MailSettings {
        from: "UNODA Geneva <unoda-geneva@example.org>".to_owned(),
        ..MailSettings::default()
    };
    let options = MailOptions {
        letters,
        kind: Some(MailKind::Invitation),
        ..MailOptions::default()
    };
    let start = Instant::now();
    let job = MailJob::prepare(&ws, &"13MSP".into(), &options, date, &settings).expect("prepared");
    let sender = SmtpSender::new(&Server {
        host: "127.0.0.1".to_owned(),
        port,
        security: Security::None,
        ..Server::default()
    })
    .expect("a connection");
    let mut journal = Journal::open(&path).expect("journal");
    let (records, error) = job.send(&sender, &mut journal, &|_, _| {}, &never);
    assert!(error.is_none(), "{error:?}");
    let mut document = Document::new(ws.clone(), true);
    let marking = job.marking(document.workspace(), &records);
    document.record_mail(&"13MSP".into(), records.clone());
    document.apply(marking).expect("marked");
    let batch = start.elapsed();
    let sent = records
        .iter()
        .filter(|(_, r)| matches!(r.state, MailState::Sent { .. }))
        .count();
    assert_eq!(sent, count, "every message accepted");
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "render {written} letters as PDFs (baseline)        {:>9.0} ms",
        ms(baseline)
    );
    println!(
        "send {sent} notes verbales by SMTP, journal, record   {:>9.0} ms  ({:.1}x the baseline)",
        ms(batch),
        batch.as_secs_f64() / baseline.as_secs_f64()
    );
}
