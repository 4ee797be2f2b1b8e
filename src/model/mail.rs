//! Letters that leave as e-mail: each message's state on its invitation (the outbox), and the
//! workspace's settings for messages (who they are from, who is copied, whom replies go to, and the short
//! cover text above the attached letter, by language).
//!
//! The outbox is a record of what happened, not something to undo: a message that went stays sent. It
//! lives beside the invitees ([`super::Meeting::outbox`]), so undoing the marking of a batch (an
//! invitee edit) leaves the record of what was sent, and the app never offers to send it again by
//! accident. A message left "sending" by a crash is [`MailState::Unknown`]: only the mail server's sent
//! folder can say whether it went, so it is not sent again without a deliberate choice.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// A moment, with the offset of the clock that noted it.
pub type Moment = chrono::DateTime<chrono::FixedOffset>;

/// Now, by the computer's clock.
pub fn now() -> Moment {
    chrono::Local::now().fixed_offset()
}

/// What a message carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MailKind {
    /// The invitation letter or note verbale.
    Invitation,
    /// A reminder, with the invitation attached again.
    Reminder,
}

impl MailKind {
    pub const ALL: [Self; 2] = [Self::Invitation, Self::Reminder];
}

/// Where a message stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailState {
    /// Saved as an `.eml` draft, for the user's mail client to send.
    Drafted { at: Moment, file: String },
    /// Handed to the mail server, with no answer yet. Seen after the app or command stopped, it is
    /// [`MailState::Unknown`].
    Sending { since: Moment },
    /// Accepted by the mail server.
    Sent { at: Moment, reply: String },
    /// Refused by the mail server, or never reached it: it can be sent again.
    Failed { at: Moment, reason: String },
    /// The sending was interrupted before the server answered: check the mail server's sent folder.
    Unknown { since: Moment },
}

impl MailState {
    /// The moment the state was reached.
    pub fn at(&self) -> Moment {
        match self {
            Self::Drafted { at, .. } | Self::Sent { at, .. } | Self::Failed { at, .. } => *at,
            Self::Sending { since } | Self::Unknown { since } => *since,
        }
    }
}

/// One message to one invitee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailRecord {
    pub kind: MailKind,
    /// The address it went to.
    pub to: String,
    /// The letter's reference.
    pub reference: String,
    /// The message's Message-ID, without the angle brackets.
    pub message_id: String,
    pub state: MailState,
}

impl MailRecord {
    /// Whether this message may already be in the recipient's mailbox: sent, being sent, or unknown.
    /// Such a message is never sent again without a deliberate choice.
    pub fn may_have_gone(&self) -> bool {
        matches!(
            self.state,
            MailState::Sent { .. } | MailState::Sending { .. } | MailState::Unknown { .. }
        )
    }
}

/// The cover text of a message in one language: its subject and the text above the attached letter.
/// Both may hold the placeholders of [`COVER_PLACEHOLDERS`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CoverText {
    pub subject: String,
    pub body: String,
}

/// What a cover text may say, filled in for each message.
pub const COVER_PLACEHOLDERS: [&str; 5] = [
    "{meeting}",
    "{reference}",
    "{date}",
    "{invitee}",
    "{salutation}",
];

/// The workspace's settings for messages. The mail server, the user name and the password are not here:
/// they belong to the user's computer, not to the file colleagues share.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MailSettings {
    /// The sender, as `Name <address>` or an address.
    pub from: String,
    /// Copied on every message (the office's own mailbox, say), comma-separated.
    pub cc: String,
    /// Where replies go, when not to the sender.
    pub reply_to: String,
    /// The user's cover texts, by language and kind, replacing the built-in ones.
    #[serde(deserialize_with = "super::unique::map")]
    pub cover: BTreeMap<(Lang, MailKind), CoverText>,
}
