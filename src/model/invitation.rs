//! The invitation sent to one invitee for one meeting, and what came back.

use serde::{Deserialize, Serialize};

use super::Date;

/// Where the invitation stands. "Invited" carries its details in [`Invitation`].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum InvitationStatus {
    #[default]
    NotInvited,
    Invited,
    /// The invitation was sent, then withdrawn.
    Withdrawn,
}

impl InvitationStatus {
    pub const ALL: [Self; 3] = [Self::NotInvited, Self::Invited, Self::Withdrawn];

    pub fn label(self) -> &'static str {
        match self {
            Self::NotInvited => "Not invited",
            Self::Invited => "Invited",
            Self::Withdrawn => "Withdrawn",
        }
    }
}

/// How the letter or note verbale went out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    Email,
    /// Delivered by hand, typically to the Permanent Mission in Geneva.
    ByHand,
    Post,
    Fax,
}

impl Channel {
    pub const ALL: [Self; 4] = [Self::Email, Self::ByHand, Self::Post, Self::Fax];

    pub fn label(self) -> &'static str {
        match self {
            Self::Email => "Email",
            Self::ByHand => "By hand",
            Self::Post => "Post",
            Self::Fax => "Fax",
        }
    }
}

/// The invitee's answer.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Reply {
    #[default]
    NoReply,
    Accepted,
    Declined,
}

impl Reply {
    pub const ALL: [Self; 3] = [Self::NoReply, Self::Accepted, Self::Declined];

    pub fn label(self) -> &'static str {
        match self {
            Self::NoReply => "No reply",
            Self::Accepted => "Accepted",
            Self::Declined => "Declined",
        }
    }
}

/// One invitee's invitation for a meeting. Fields stay editable one by one; [`super::validate`] reports the
/// combinations that make no sense (invited without a date, a reminder before the letter, …).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Invitation {
    pub status: InvitationStatus,
    /// The day the invitation was sent.
    pub sent: Option<Date>,
    pub channel: Option<Channel>,
    /// The letter's or note verbale's reference.
    pub reference: String,
    /// Days reminders were sent, in the order recorded.
    pub reminders: Vec<Date>,
    pub reply: Reply,
    pub reply_date: Option<Date>,
    pub notes: String,
}
