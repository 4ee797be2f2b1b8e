//! One message's parts: its cover text, its Message-ID, its addresses read and checked, and the
//! mailboxes it goes to.

use std::sync::atomic::Ordering;

use lettre::message::Mailbox;

use super::{HeaderField, MailError, Message, cover, fault_english, header_fault};
use crate::exchange::letters::{self, Letter};
use crate::model::limits::LineFault;
use crate::model::{CoverText, EntityId, MailKind, MailSettings, Meeting, Workspace};

/// The cover text of `letter`: the user's for its language and kind, else the built-in one, filled in.
pub(super) fn cover_text(
    workspace: &Workspace,
    meeting: &Meeting,
    settings: &MailSettings,
    letter: &Letter,
    kind: MailKind,
) -> CoverText {
    let template = settings
        .cover
        .get(&(letter.lang, kind))
        .cloned()
        .unwrap_or_else(|| cover::builtin(letter.lang, kind));
    let date = crate::i18n::running_date_in(letter.lang, letter.date);
    let meeting_name = meeting.words(letter.lang).name.to_owned();
    let _ = workspace;
    let values = [
        ("meeting", meeting_name.as_str()),
        ("reference", letter.reference.as_str()),
        ("date", date.as_str()),
        ("invitee", letter.invitee.as_str()),
        ("salutation", letter.salutation.as_str()),
    ];
    let body = letters::fill(&template.body, &values);
    CoverText {
        // A subject is one line (its no-break spaces, before a French colon, stay).
        subject: letters::fill(&template.subject, &values)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        // An empty salutation leaves no blank lines at the top.
        body: body.trim_start().to_owned(),
    }
}

/// A Message-ID unique to this message: the meeting, the invitee, the moment and a counter, at the
/// sender's domain.
pub(super) fn message_id(meeting: &Meeting, id: &EntityId, from: &str) -> String {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let domain = parse_mailbox(from, "From")
        .ok()
        .map(|m| m.email.domain().to_owned())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "msp-invitations.invalid".to_owned());
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect()
    };
    format!(
        "{}.{}.{nanos:x}.{n}@{domain}",
        safe(&meeting.short_name),
        safe(&id.to_string())
    )
}

/// The addresses of a comma- or semicolon-separated list.
pub(super) fn split_addresses(list: &str) -> Vec<String> {
    list.split([',', ';'])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(super) fn parse_mailbox(text: &str, what: &'static str) -> Result<Mailbox, MailError> {
    if let Some(fault) = header_fault(text) {
        return Err(MailError::BadAddress {
            what,
            address: text.trim().to_owned(),
            reason: format!("it holds {} ({})", fault_english(fault), fault.code_point()),
        });
    }
    text.trim()
        .parse::<Mailbox>()
        .map_err(|e| MailError::BadAddress {
            what,
            address: text.trim().to_owned(),
            reason: e.to_string(),
        })
}

/// The sender, the copies and the reply address, refused when one holds a character no header can
/// carry.
pub(super) fn check_settings(settings: &MailSettings) -> Result<(), MailError> {
    for (what, value) in [
        ("From", &settings.from),
        ("Cc", &settings.cc),
        ("Reply-To", &settings.reply_to),
    ] {
        if let Some(fault) = header_fault(value) {
            return Err(MailError::BadAddress {
                what,
                address: value.trim().to_owned(),
                reason: format!("it holds {} ({})", fault_english(fault), fault.code_point()),
            });
        }
    }
    Ok(())
}

impl Message {
    /// The header, if any, that cannot carry this message's values.
    pub(super) fn header_fault(&self) -> Option<(HeaderField, LineFault)> {
        let addressee = self.letter.address.first().map_or("", String::as_str);
        if let Some(fault) = header_fault(addressee) {
            return Some((HeaderField::Addressee, fault));
        }
        if let Some(fault) = header_fault(&self.subject) {
            return Some((HeaderField::Subject, fault));
        }
        self.to
            .iter()
            .find_map(|a| header_fault(a))
            .map(|fault| (HeaderField::Addressee, fault))
    }
}

/// The recipients: the first named by the first line of the letter's address (the mission or office),
/// the others by their address alone.
pub(super) fn to_mailboxes(message: &Message) -> Result<Vec<Mailbox>, MailError> {
    let name = message.letter.address.first().cloned();
    message
        .to
        .iter()
        .enumerate()
        .map(|(i, to)| {
            let address = parse_mailbox(to, "To")?;
            let name = if i == 0 {
                name.clone().or(address.name.clone())
            } else {
                address.name.clone()
            };
            Ok(Mailbox::new(name, address.email))
        })
        .collect()
}
