//! Letters that leave as e-mail: one message per invitee, the letter attached as a PDF under a cover
//! text in the letter's language, to the invitee's address. The same messages are saved as `.eml` drafts
//! for the user's mail client (many offices must send from their own) or handed to the office's mail
//! server ([`smtp`]). Each message's fate is recorded in the meeting's outbox; while a batch is sent,
//! the outbox journal ([`crate::storage::outbox`]) holds it on disk message by message, so that a crash
//! never leads to a message sent twice.
//!
//! The one path the Letters view (on its worker thread, with progress and Cancel) and the `send` command
//! share: [`MailJob::prepare`], then [`MailJob::write_drafts`] or [`MailJob::send`], then
//! [`MailJob::marking`] for the invitations.

pub mod cover;
mod message;
pub mod smtp;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use lettre::message::header::ContentType;
use lettre::message::{Attachment, MultiPart, SinglePart};

use super::letters::{self, Letter, letters_document};
use super::{LetterOptions, pdf};
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::model::limits::{LineFault, line_fault};
use crate::model::{
    Channel, Date, EntityId, InvitationStatus, MailKind, MailRecord, MailSettings, MailState,
    Meeting, MeetingId, Reply, Workspace,
};
use crate::storage::outbox::{Journal, JournalEntry};
use message::{
    check_settings, cover_text, message_id, parse_mailbox, split_addresses, to_mailboxes,
};
pub use smtp::{Outbound, Refusal, Security, Server, SmtpSender};

/// Why messages could not be prepared, drafted or sent.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum MailError {
    NoMeeting(MeetingId),
    NoRecipients,
    NoSender,
    BadAddress {
        what: &'static str,
        address: String,
        reason: String,
    },
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Journal {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Message(String),
    /// A value a header cannot carry (a line break in the addressee's name would start a header of its
    /// own): this message is not written, the rest of the batch goes on.
    Header {
        invitee: String,
        field: HeaderField,
        fault: LineFault,
    },
    /// The user stopped the run.
    Cancelled,
}

/// A header of a message that holds the user's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderField {
    /// The name the message is addressed to (the address's first line: the contact, the mission).
    Addressee,
    Subject,
    /// The sender, the copies or the reply address of the workspace.
    Sender,
}

impl HeaderField {
    /// The field's name in English, for the command line and the outbox.
    pub fn english(self) -> &'static str {
        match self {
            Self::Addressee => "addressee",
            Self::Subject => "subject",
            Self::Sender => "sender",
        }
    }

    /// The message of `assets/i18n` that names the field.
    pub fn key(self) -> &'static str {
        match self {
            Self::Addressee => "mail-field-addressee",
            Self::Subject => "mail-field-subject",
            Self::Sender => "mail-field-sender",
        }
    }
}

/// A fault's words in English ("a line break").
fn fault_english(fault: LineFault) -> String {
    crate::i18n::tr_in(Lang::En, fault.key(), &[])
}

/// The control character, if any, that keeps `text` out of a header: a line break would end the header
/// and start another ("Bcc: …"), and lettre cannot write one (it panics). Invisible characters are only
/// Unicode, which headers carry encoded.
fn header_fault(text: &str) -> Option<LineFault> {
    line_fault(text).filter(|f| !matches!(f, LineFault::Invisible(_)))
}

/// What a batch is for, and which invitees may be in it again.
#[derive(Clone, Debug, Default)]
pub struct MailOptions {
    /// Who the letters go to and how they are numbered (invitations), as for printed letters.
    pub letters: LetterOptions,
    pub kind: Option<MailKind>,
    /// Only these invitees (a retry of the failed ones, say); everyone `letters` selects when `None`.
    pub only: Option<Vec<EntityId>>,
    /// Send again to invitees whose last message's fate is unknown (interrupted before the server
    /// answered). Off unless the user chooses it, after checking the mail server's sent folder.
    pub send_unknown_again: bool,
}

/// One message, ready to build.
#[derive(Clone, Debug)]
pub struct Message {
    pub letter: Letter,
    /// The addresses it goes to: an invitee may have several (a mission's general address and its
    /// disarmament desk's).
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    /// Without the angle brackets.
    pub message_id: String,
    /// The attachment's file name: the reference and the invitee's code, in ASCII and short enough
    /// for a plain `filename=` parameter, which every mail client reads (Outlook included), rather than
    /// the encoded forms a long or accented name needs.
    pub file_name: String,
    /// The draft's file name in its folder: the reference and the invitee's name, as for printed letters.
    pub draft_name: String,
    /// The registration form attached beside the letter, when the batch carries one: its file name and
    /// its bytes ([`MailJob::attach_forms`]).
    pub form: Option<(String, Vec<u8>)>,
}

/// A batch of messages of one kind, prepared: who gets one, saying what, and who does not and why.
#[derive(Clone, Debug)]
pub struct MailJob {
    pub meeting: MeetingId,
    pub kind: MailKind,
    pub date: Date,
    pub settings: MailSettings,
    pub messages: Vec<Message>,
    /// Invitees left out for want of an e-mail address (or with one that is not an address), listed
    /// before anything is sent: their letters go another way.
    pub without_address: Vec<(EntityId, String)>,
    /// Invitees left out because a message of this kind may already have gone to them (sent, or
    /// unknown), with that message.
    pub held: Vec<(EntityId, String, MailRecord)>,
    /// Invitees whose message cannot be written as their records stand (a line break in the addressee's
    /// name), with the header and the fault: listed before anything is sent, and left out.
    pub unwritable: Vec<(EntityId, String, HeaderField, LineFault)>,
    /// What must be known about the letters before any goes ([`letters::check`]): a blocking one
    /// (a missing mandate, an unknown placeholder) stops the batch, as it stops printed letters.
    pub issues: Vec<letters::LetterIssue>,
    /// The workspace's letterhead, printed on each attached letter.
    pub letterhead: Option<Box<crate::model::Letterhead>>,
}

impl MailJob {
    /// The messages `options` ask for, dated `date`, from `settings`.
    pub fn prepare(
        workspace: &Workspace,
        meeting: &MeetingId,
        options: &MailOptions,
        date: Date,
        settings: &MailSettings,
    ) -> Result<Self, MailError> {
        let record = workspace
            .meeting(meeting)
            .ok_or_else(|| MailError::NoMeeting(meeting.clone()))?;
        let kind = options.kind.unwrap_or(MailKind::Invitation);
        if settings.from.trim().is_empty() {
            return Err(MailError::NoSender);
        }
        check_settings(settings)?;
        parse_mailbox(&settings.from, "From")?;
        for cc in split_addresses(&settings.cc) {
            parse_mailbox(&cc, "Cc")?;
        }
        if !settings.reply_to.trim().is_empty() {
            parse_mailbox(&settings.reply_to, "Reply-To")?;
        }
        let name = |id: &EntityId| workspace.name_at(record, id, Lang::En).to_owned();
        let mut ids = letters::recipients(
            workspace,
            record,
            options.letters.kind,
            options.letters.only_uninvited && kind == MailKind::Invitation,
        );
        if kind == MailKind::Reminder {
            // A reminder goes to who was invited and has not answered.
            ids.retain(|id| {
                record.invitees.get(id).is_some_and(|i| {
                    i.invitation.status == InvitationStatus::Invited
                        && i.invitation.reply == Reply::NoReply
                })
            });
        }
        if let Some(only) = &options.only {
            ids.retain(|id| only.contains(id));
        }
        let mut held = Vec::new();
        ids.retain(|id| match last_of_kind(record, id, kind) {
            Some(last) if last.may_have_gone() => {
                let again = options.send_unknown_again
                    && matches!(
                        last.state,
                        MailState::Unknown { .. } | MailState::Sending { .. }
                    );
                if !again {
                    held.push((id.clone(), name(id), last.clone()));
                }
                again
            }
            _ => true,
        });
        let letters = match kind {
            MailKind::Invitation => letters::letters(
                workspace,
                record,
                &ids,
                (
                    &options.letters.reference_prefix,
                    options.letters.first_number.max(1),
                ),
                date,
                options.letters.language,
            ),
            // The invitation again, with the reference and date it went with.
            MailKind::Reminder => ids
                .iter()
                .filter_map(|id| {
                    let invitation = &record.invitees.get(id)?.invitation;
                    letters::compose(
                        workspace,
                        record,
                        id,
                        (
                            &invitation.reference,
                            invitation.sent.unwrap_or(record.opening),
                        ),
                        options.letters.language,
                    )
                })
                .collect(),
        };
        let mut messages = Vec::new();
        let mut without_address = Vec::new();
        let mut unwritable = Vec::new();
        let names = letters::file_names(&letters);
        for (letter, file_name) in letters.into_iter().zip(names) {
            let to: Vec<String> = crate::model::email_list(&letter.email)
                .into_iter()
                .map(str::to_owned)
                .collect();
            if to.is_empty() || to.iter().any(|a| parse_mailbox(a, "To").is_err()) {
                without_address.push((letter.id.clone(), letter.invitee.clone()));
                continue;
            }
            let cover = cover_text(workspace, record, settings, &letter, kind);
            let message = Message {
                message_id: message_id(record, &letter.id, &settings.from),
                to,
                subject: cover.subject,
                body: cover.body,
                file_name: crate::text::safe_file_name(&letter.reference, &letter.id.to_string()),
                draft_name: file_name.trim_end_matches(".pdf").to_owned() + ".eml",
                letter,
                form: None,
            };
            if let Some((field, fault)) = message.header_fault() {
                unwritable.push((
                    message.letter.id.clone(),
                    message.letter.invitee.clone(),
                    field,
                    fault,
                ));
                continue;
            }
            messages.push(message);
        }
        if messages.is_empty()
            && without_address.is_empty()
            && held.is_empty()
            && unwritable.is_empty()
        {
            return Err(MailError::NoRecipients);
        }
        let ids: Vec<EntityId> = messages.iter().map(|m| m.letter.id.clone()).collect();
        let issues = letters::check(workspace, record, &ids, &options.letters, date);
        Ok(Self {
            meeting: meeting.clone(),
            kind,
            date,
            settings: settings.clone(),
            messages,
            without_address,
            held,
            unwritable,
            issues,
            letterhead: workspace.settings.letterhead.clone(),
        })
    }

    /// Attaches to each message the registration form of its invitee, in the letter's language and under
    /// its reference, with the delegation as `workspace` records it (`send --with-form`, the Send
    /// dialog's choice): the form the invitee fills in and returns, which imports back by its code.
    pub fn attach_forms(&mut self, workspace: &Workspace) -> Result<(), MailError> {
        let meeting = workspace
            .meeting(&self.meeting)
            .ok_or_else(|| MailError::NoMeeting(self.meeting.clone()))?;
        for message in &mut self.messages {
            let letter = &message.letter;
            let bytes = crate::exchange::import::form::registration_form(
                workspace,
                meeting,
                &letter.id,
                letter.lang,
                &letter.reference,
            )
            .map_err(|e| MailError::Message(e.to_string()))?;
            let name =
                crate::text::safe_file_name(&letter.reference, &format!("{} form", letter.id))
                    .replace(".pdf", ".xlsx");
            message.form = Some((name, bytes));
        }
        Ok(())
    }

    /// The message to `index` as the bytes of an RFC 5322 message, with its letter rendered as a PDF.
    /// A draft carries `X-Unsent: 1`, which makes Outlook open it ready to send.
    pub fn message_bytes(&self, index: usize, draft: bool) -> Result<Vec<u8>, MailError> {
        let message = self.messages.get(index).ok_or(MailError::NoRecipients)?;
        // Checked again here, whatever `prepare` found: lettre panics on a header it cannot write.
        check_settings(&self.settings)?;
        if let Some((field, fault)) = message.header_fault() {
            return Err(MailError::Header {
                invitee: message.letter.invitee.clone(),
                field,
                fault,
            });
        }
        let pdf = pdf::render(&letters_document(
            std::slice::from_ref(&message.letter),
            message.letter.date,
            self.letterhead.as_deref(),
        ))?;
        let mut builder = lettre::Message::builder()
            .from(parse_mailbox(&self.settings.from, "From")?)
            .subject(message.subject.clone())
            .message_id(Some(format!("<{}>", message.message_id)))
            .date_now();
        for to in to_mailboxes(message)? {
            builder = builder.to(to);
        }
        for cc in split_addresses(&self.settings.cc) {
            builder = builder.cc(parse_mailbox(&cc, "Cc")?);
        }
        if !self.settings.reply_to.trim().is_empty() {
            builder = builder.reply_to(parse_mailbox(&self.settings.reply_to, "Reply-To")?);
        }
        let pdf_type =
            ContentType::parse("application/pdf").map_err(|e| MailError::Message(e.to_string()))?;
        let mut parts = MultiPart::mixed()
            .singlepart(SinglePart::plain(message.body.clone()))
            .singlepart(Attachment::new(message.file_name.clone()).body(pdf, pdf_type));
        if let Some((name, bytes)) = &message.form {
            let xlsx_type = ContentType::parse(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
            .map_err(|e| MailError::Message(e.to_string()))?;
            parts = parts.singlepart(Attachment::new(name.clone()).body(bytes.clone(), xlsx_type));
        }
        let email = builder
            .multipart(parts)
            .map_err(|e| MailError::Message(e.to_string()))?;
        let mut bytes = Vec::new();
        if draft {
            bytes.extend_from_slice(b"X-Unsent: 1\r\n");
        }
        bytes.extend_from_slice(&email.formatted());
        Ok(bytes)
    }

    /// Writes each message as an `.eml` draft in `folder`, calling `progress(done, total)`. Once
    /// `cancelled` is set it stops and removes what it wrote. The records say where each draft is.
    pub fn write_drafts(
        &self,
        folder: &Path,
        progress: &dyn Fn(usize, usize),
        cancelled: &AtomicBool,
    ) -> Result<Vec<(EntityId, MailRecord)>, MailError> {
        std::fs::create_dir_all(folder).map_err(|source| MailError::Write {
            path: folder.to_owned(),
            source,
        })?;
        let total = self.messages.len();
        let mut written: Vec<PathBuf> = Vec::new();
        let mut records = Vec::new();
        let result = (|| {
            for (index, message) in self.messages.iter().enumerate() {
                if cancelled.load(Ordering::Relaxed) {
                    return Err(MailError::Cancelled);
                }
                let bytes = match self.message_bytes(index, true) {
                    Ok(bytes) => bytes,
                    // This message cannot be made (a header, its letter): said in its record, and the
                    // others are drafted.
                    Err(
                        err
                        @ (MailError::Header { .. } | MailError::Pdf(_) | MailError::Message(_)),
                    ) => {
                        records.push((
                            message.letter.id.clone(),
                            self.record(
                                message,
                                MailState::Failed {
                                    at: crate::model::mail_now(),
                                    reason: err.to_string(),
                                },
                            ),
                        ));
                        progress(index + 1, total);
                        continue;
                    }
                    Err(err) => return Err(err),
                };
                let name = message.draft_name.clone();
                let path = folder.join(&name);
                super::write_export(&path, &bytes).map_err(|e| MailError::Write {
                    path: path.clone(),
                    source: std::io::Error::other(e.to_string()),
                })?;
                written.push(path);
                records.push((
                    message.letter.id.clone(),
                    self.record(
                        message,
                        MailState::Drafted {
                            at: crate::model::mail_now(),
                            file: name,
                        },
                    ),
                ));
                progress(index + 1, total);
            }
            Ok(())
        })();
        if let Err(err) = result {
            for path in &written {
                let _ = std::fs::remove_file(path);
            }
            return Err(err);
        }
        Ok(records)
    }

    /// Hands each message to `server`, noting in `journal` (synced) that it is about to go before it
    /// goes, and what the server said after. Calls `progress(done, total)` after each. Stops when
    /// `cancelled` is set (the messages not yet handed over are not recorded), when the server cannot be
    /// reached, or on an error of its own (a letter that does not render, a journal that cannot be
    /// written), which it returns beside the records of the messages handed over until then: those
    /// must be kept whatever happened next.
    pub fn send(
        &self,
        server: &dyn Outbound,
        journal: &mut Journal,
        progress: &dyn Fn(usize, usize),
        cancelled: &AtomicBool,
    ) -> (Vec<(EntityId, MailRecord)>, Option<MailError>) {
        let mut records = Vec::new();
        let error = self
            .send_each(server, journal, progress, cancelled, &mut records)
            .err();
        (records, error)
    }

    fn send_each(
        &self,
        server: &dyn Outbound,
        journal: &mut Journal,
        progress: &dyn Fn(usize, usize),
        cancelled: &AtomicBool,
        records: &mut Vec<(EntityId, MailRecord)>,
    ) -> Result<(), MailError> {
        let meeting = self.meeting.0.clone();
        let from = parse_mailbox(&self.settings.from, "From")?
            .email
            .to_string();
        let mut copies: Vec<String> = split_addresses(&self.settings.cc)
            .iter()
            .filter_map(|a| parse_mailbox(a, "Cc").ok())
            .map(|m| m.email.to_string())
            .collect();
        copies.dedup();
        let total = self.messages.len();
        let note = |journal: &mut Journal, id: &EntityId, record: &MailRecord| {
            journal
                .append(&JournalEntry {
                    meeting: meeting.clone(),
                    invitee: id.clone(),
                    record: record.clone(),
                })
                .map_err(|source| MailError::Journal {
                    path: journal.path().to_owned(),
                    source,
                })
        };
        for (index, message) in self.messages.iter().enumerate() {
            if cancelled.load(Ordering::Relaxed) {
                break;
            }
            let id = &message.letter.id;
            let bytes = match self.message_bytes(index, false) {
                Ok(bytes) => bytes,
                // This message cannot be made: it is recorded as failed, with why, and the batch goes
                // on (nothing reached the server, so nothing needs the journal).
                Err(
                    err @ (MailError::Header { .. } | MailError::Pdf(_) | MailError::Message(_)),
                ) => {
                    let failed = self.record(
                        message,
                        MailState::Failed {
                            at: crate::model::mail_now(),
                            reason: err.to_string(),
                        },
                    );
                    records.push((id.clone(), failed));
                    progress(index + 1, total);
                    continue;
                }
                Err(err) => return Err(err),
            };
            let sending = self.record(
                message,
                MailState::Sending {
                    since: crate::model::mail_now(),
                },
            );
            // On disk before the server sees the message: a crash from here on leaves it "unknown".
            note(journal, id, &sending)?;
            let mut to = message.to.clone();
            to.extend(copies.iter().cloned());
            let (state, stop) = match server.send(&from, &to, &bytes) {
                Ok(reply) => (
                    MailState::Sent {
                        at: crate::model::mail_now(),
                        reply,
                    },
                    false,
                ),
                Err(refusal) => (
                    MailState::Failed {
                        at: crate::model::mail_now(),
                        reason: refusal.reason,
                    },
                    refusal.unreachable,
                ),
            };
            let done = self.record(message, state);
            note(journal, id, &done)?;
            records.push((id.clone(), done));
            progress(index + 1, total);
            if stop {
                break;
            }
        }
        Ok(())
    }

    /// The edit that records on the invitations what was sent, as one undo step: an invitation sent is
    /// marked invited on the batch's date, by e-mail, with its letter's reference; a reminder sent is
    /// added to the invitation's reminders. Drafts and failures change nothing.
    pub fn marking(&self, workspace: &Workspace, records: &[(EntityId, MailRecord)]) -> Edit {
        let Some(meeting) = workspace.meeting(&self.meeting) else {
            return Edit::Batch(Vec::new());
        };
        let edits = records
            .iter()
            .filter(|(_, r)| matches!(r.state, MailState::Sent { .. }))
            .filter_map(|(id, record)| {
                let mut invitee = meeting.invitees.get(id)?.clone();
                let invitation = &mut invitee.invitation;
                match self.kind {
                    MailKind::Invitation => {
                        invitation.status = InvitationStatus::Invited;
                        invitation.sent = Some(self.date);
                        invitation.channel = Some(Channel::Email);
                        invitation.reference.clone_from(&record.reference);
                    }
                    MailKind::Reminder => {
                        if !invitation.reminders.contains(&self.date) {
                            invitation.reminders.push(self.date);
                        }
                    }
                }
                Some(Edit::PutInvitee {
                    meeting: self.meeting.clone(),
                    id: id.clone(),
                    value: Some(invitee),
                })
            })
            .collect();
        Edit::Batch(edits)
    }

    /// Whether something stops the letters as they stand.
    pub fn blocked(&self) -> bool {
        self.issues.iter().any(|i| i.blocking)
    }

    fn record(&self, message: &Message, state: MailState) -> MailRecord {
        MailRecord {
            kind: self.kind,
            // Every address the message went to, as the outbox shows them.
            to: message.to.join(", "),
            reference: message.letter.reference.clone(),
            message_id: message.message_id.clone(),
            state,
        }
    }
}

/// The last message of `kind` to `id`.
pub fn last_of_kind<'a>(
    meeting: &'a Meeting,
    id: &EntityId,
    kind: MailKind,
) -> Option<&'a MailRecord> {
    meeting.mail_to(id).iter().rev().find(|r| r.kind == kind)
}
