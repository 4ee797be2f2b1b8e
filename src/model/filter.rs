//! Filters on the invitee table: a search, the category and status chips, and conditions the chips do not
//! cover (the reply, how long ago the invitation went, the head of delegation's gender). A filter can be
//! kept under a name in the workspace ([`super::Settings::saved_filters`]), so that the lists an officer
//! comes back to every day ("invited over 30 days ago, no reply", "heads of delegation, women") are one
//! click away for everyone who opens the file.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Category, Date, Gender, InvitationStatus, Reply};

/// How long an invitation waits for a reply before it is due a reminder, in the built-in reminder list.
pub const REMINDER_AFTER_DAYS: u32 = 30;

/// What the table shows: every condition set here must hold (an empty set or `None` lets everything
/// through).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Words that must all appear in the invitee's names, codes or delegates' names.
    pub search: String,
    pub categories: BTreeSet<Category>,
    pub statuses: BTreeSet<InvitationStatus>,
    pub replies: BTreeSet<Reply>,
    /// Invitations sent at least this many days before today (an invitation not sent never passes).
    pub sent_days_ago: Option<u32>,
    /// Delegations whose head of delegation has this gender (a delegation without a head never passes).
    pub head_gender: Option<Gender>,
}

/// What [`Filter::passes_conditions`] looks at in one invitee.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    pub reply: Reply,
    pub sent: Option<Date>,
    pub head_gender: Option<Gender>,
}

impl Filter {
    /// The reminder list: invited, no reply, sent [`REMINDER_AFTER_DAYS`] days ago or more.
    pub fn reminders_due() -> Self {
        Self {
            statuses: BTreeSet::from([InvitationStatus::Invited]),
            replies: BTreeSet::from([Reply::NoReply]),
            sent_days_ago: Some(REMINDER_AFTER_DAYS),
            ..Self::default()
        }
    }

    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether the conditions beyond the search and the chips are all unset.
    pub fn has_conditions(&self) -> bool {
        !self.replies.is_empty() || self.sent_days_ago.is_some() || self.head_gender.is_some()
    }

    /// The conditions beyond the search and the chips, on `today`.
    pub fn passes_conditions(&self, facts: Facts, today: Date) -> bool {
        let reply = self.replies.is_empty() || self.replies.contains(&facts.reply);
        let sent = self.sent_days_ago.is_none_or(|days| {
            facts
                .sent
                .is_some_and(|sent| (today - sent).num_days() >= i64::from(days))
        });
        let head = self
            .head_gender
            .is_none_or(|gender| facts.head_gender == Some(gender));
        reply && sent && head
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().expect("a date")
    }

    fn facts(reply: Reply, sent: Option<&str>, head: Option<Gender>) -> Facts {
        Facts {
            reply,
            sent: sent.map(day),
            head_gender: head,
        }
    }

    #[test]
    fn the_reminder_list_takes_invitations_thirty_days_old_or_more_without_a_reply() {
        let filter = Filter::reminders_due();
        let today = day("2013-06-03");
        let cases = [
            (facts(Reply::NoReply, Some("2013-05-04"), None), true),
            (facts(Reply::NoReply, Some("2013-05-05"), None), false),
            (facts(Reply::Accepted, Some("2013-04-01"), None), false),
            (facts(Reply::NoReply, None, None), false),
        ];
        for (facts, expected) in cases {
            assert_eq!(
                filter.passes_conditions(facts, today),
                expected,
                "{facts:?}"
            );
        }
    }

    #[test]
    fn the_head_of_delegations_gender_must_be_stated_to_pass() {
        let filter = Filter {
            head_gender: Some(Gender::Female),
            ..Filter::default()
        };
        let today = day("2013-06-03");
        assert!(filter.passes_conditions(facts(Reply::NoReply, None, Some(Gender::Female)), today));
        assert!(!filter.passes_conditions(facts(Reply::NoReply, None, Some(Gender::Male)), today));
        assert!(!filter.passes_conditions(facts(Reply::NoReply, None, None), today));
        assert!(Filter::default().passes_conditions(facts(Reply::NoReply, None, None), today));
    }
}
