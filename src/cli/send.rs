//! `send`: the letters as e-mail, drafted (`--eml-dir`) or sent through a mail server (`--smtp`), by the
//! session's mail job as the app's Send dialog starts it; each message recorded and the workspace saved.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{Failure, SendArgs, meeting_arg, open_to_change, save};
use crate::exchange::ListKind;
use crate::model;
use crate::session::{Outcome, Session};
use crate::storage;

use super::export::{refused, warn_about_date};

/// Letters as e-mail through the session's mail job, as the Letters view sends them: drafts in a
/// folder, or sent through a mail server with the outbox journal kept message by message; then every
/// message's record and the invitations' marking saved.
pub(super) fn send(args: &SendArgs) -> Result<ExitCode, Failure> {
    use crate::exchange::mail::MailError;
    let mut session = open_to_change(&args.path)?;
    let meeting = meeting_arg(session.workspace(), args.meeting.as_deref(), &args.path)?;
    let date = args
        .date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut prefix = String::new();
    if let Some(record) = session.workspace().meeting(&meeting) {
        warn_about_date(record, ListKind::Letters, date);
        prefix.clone_from(&record.reference_prefix);
    }
    let request = crate::session::MailRequest {
        meeting: meeting.clone(),
        kind: if args.reminder {
            model::MailKind::Reminder
        } else {
            model::MailKind::Invitation
        },
        letters: crate::exchange::LetterOptions {
            kind: args.category,
            only_uninvited: args.only_uninvited,
            reference_prefix: args.reference_prefix.clone().unwrap_or(prefix),
            first_number: args.first_number,
            language: args.letter_lang,
        },
        date,
        retry_failed: args.retry_failed,
        only: None,
        send_unknown_again: args.send_unknown_again,
        from: args.from.clone(),
    };
    let mut job = match session.mail_job(&request) {
        Err(MailError::NoRecipients) => return Err(Failure::NoRecipients),
        other => other?,
    };
    if args.with_form {
        job.attach_forms(session.workspace())?;
    }
    refuse_blocked(&job.issues, &args.path)?;
    say_left_out(&job);
    let unwritable: Vec<String> = job
        .unwritable
        .iter()
        .map(|(_, name, field, _)| format!("{name} (its {} cannot be written)", field.english()))
        .collect();
    let nothing = job.messages.is_empty();
    let outcome = match &args.eml_dir {
        _ if nothing => None,
        Some(folder) => {
            session.start_drafts(job, folder)?;
            Some(session.wait_job(&mut count_on_terminal)?)
        }
        None => {
            session.start_send(job, &smtp_server(args)?)?;
            Some(session.wait_job(&mut count_on_terminal)?)
        }
    };
    if session.document().is_dirty() {
        save(&mut session)?;
    }
    say_sent(&session, &meeting, outcome, unwritable, &args.path)
}

/// The mail server `send --smtp` names, with the password from `MSP_SMTP_PASSWORD` or asked on the
/// terminal (without echo) when a user is given.
pub(super) fn smtp_server(args: &SendArgs) -> Result<crate::exchange::mail::Server, Failure> {
    use crate::exchange::mail::{Security, Server};
    let smtp = args.smtp.clone().unwrap_or_default();
    let (host, port) = smtp
        .rsplit_once(':')
        .and_then(|(h, p)| Some((h.to_owned(), p.parse::<u16>().ok()?)))
        .ok_or_else(|| Failure::BadServer(smtp.clone()))?;
    let user = args.user.clone().unwrap_or_default();
    let password = if user.is_empty() {
        String::new()
    } else if let Ok(password) = std::env::var("MSP_SMTP_PASSWORD") {
        password
    } else {
        rpassword::prompt_password(format!("Password for {user} at {host}: "))
            .map_err(|e| Failure::Password(e.to_string()))?
    };
    let ca_certificate = match &args.ca_cert {
        Some(path) => {
            Some(
                storage::read_regular(path, 1 << 20).map_err(|source| Failure::Read {
                    path: path.clone(),
                    source,
                })?,
            )
        }
        None => None,
    };
    let server = Server {
        host,
        port,
        security: if args.tls {
            Security::Tls
        } else if args.starttls {
            Security::StartTls
        } else {
            Security::None
        },
        user,
        password,
        ca_certificate,
        timeout: Some(std::time::Duration::from_secs(args.timeout)),
    };
    Ok(server)
}

/// Who a batch of e-mail leaves out, on stderr: no address, already sent, or unknown.
pub(super) fn say_left_out(job: &crate::exchange::mail::MailJob) {
    for (_, name) in &job.without_address {
        eprintln!("no e-mail address: {name} (its letter must go another way)");
    }
    for (_, name, field, fault) in &job.unwritable {
        let error = crate::exchange::mail::MailError::Header {
            invitee: name.clone(),
            field: *field,
            fault: *fault,
        };
        eprintln!("not written: {error}");
    }
    for (_, name, record) in &job.held {
        match &record.state {
            model::MailState::Sent { at, .. } => eprintln!(
                "already sent: {name} on {} (Message-ID {})",
                at.format("%Y-%m-%d %H:%M"),
                record.message_id
            ),
            _ => eprintln!(
                "unknown: {name}: a batch was interrupted while its message was being sent; check the mail server's sent folder (--send-unknown-again sends it anyway)"
            ),
        }
    }
}

/// On a terminal, a line that counts the messages as they go; nothing in a pipe or a log.
pub(super) fn count_on_terminal(done: usize, total: usize) {
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        eprint!("\r{done} of {total} sent or failed");
        if done == total {
            eprintln!();
        }
    }
}

/// Says what a batch of e-mail did: each recipient's result on stdout (the failed on stderr), and exits 1
/// naming the failed, those whose message could not be written, or what stopped the batch.
pub(super) fn say_sent(
    session: &Session,
    meeting: &model::MeetingId,
    outcome: Option<Outcome>,
    mut failed: Vec<String>,
    path: &Path,
) -> Result<ExitCode, Failure> {
    let (records, error) = match outcome {
        Some(Outcome::Mail { records, error, .. }) => (records, error),
        _ => (Vec::new(), None),
    };
    let workspace = session.workspace();
    let meeting = workspace.meeting(meeting);
    for (id, record) in &records {
        let name = meeting.map_or_else(
            || workspace.name(id).to_owned(),
            |m| workspace.name_at(m, id, crate::i18n::Lang::En).to_owned(),
        );
        match &record.state {
            model::MailState::Sent { reply, .. } => {
                say!(
                    "sent: {name} <{}>: {reply} (Message-ID {})",
                    record.to,
                    record.message_id
                );
            }
            model::MailState::Drafted { file, .. } => {
                say!("drafted: {name} <{}>: {file}", record.to);
            }
            model::MailState::Failed { reason, .. } => {
                eprintln!("FAILED: {name} <{}>: {reason}", record.to);
                failed.push(format!("{name} <{}>", record.to));
            }
            _ => {}
        }
    }
    if records.is_empty() && failed.is_empty() {
        say!("Nothing to send.");
    } else if !session.document().is_dirty() && !records.is_empty() {
        say!("Saved {}", path.display());
    }
    if let Some(error) = error {
        return Err(error.into());
    }
    if !failed.is_empty() {
        return Err(Failure::SendFailed(failed));
    }
    Ok(ExitCode::SUCCESS)
}

/// What must be known before any letter is written or sent: what stops them refuses the command (nothing
/// is written or sent), and what is worth a look is said on stderr.
pub(super) fn refuse_blocked(
    issues: &[crate::exchange::letters::LetterIssue],
    path: &Path,
) -> Result<(), Failure> {
    if issues.iter().any(|i| i.blocking) {
        return Err(refused(issues, path));
    }
    for issue in issues {
        eprintln!("note: {}", issue.text);
    }
    Ok(())
}
