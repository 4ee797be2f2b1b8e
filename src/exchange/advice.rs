//! What to know about a document before it goes out, said the same way by the app and the command line:
//! a date that cannot be right for it (a List of Participants dated after the meeting closed, letters of
//! invitation dated after it opened), and the document number it is issued under.

use super::ListKind;
use crate::model::{Date, InvitationStatus, Meeting, Text};

/// A document's date that cannot be right, with the date to give instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateAdvice {
    /// A List of Participants (or its addendum) dated after the meeting closed: the list is issued at
    /// the latest on the closing day.
    AfterClosing {
        list: ListKind,
        date: Date,
        closing: Date,
    },
    /// Letters of invitation dated after the meeting opened. `sent` is the day the workspace records
    /// most invitations as sent, when it records any: the day to give instead.
    AfterOpening {
        date: Date,
        opening: Date,
        sent: Option<Date>,
    },
}

impl DateAdvice {
    /// The date to give instead, when one can be named.
    pub fn suggested(&self) -> Option<Date> {
        match self {
            Self::AfterClosing { closing, .. } => Some(*closing),
            Self::AfterOpening { sent, .. } => *sent,
        }
    }

    /// What to say, in any language: the date given, why it cannot be right, and what to give.
    pub fn text(&self) -> Text {
        match self {
            Self::AfterClosing {
                list,
                date,
                closing,
            } => Text::new("adv-after-closing", Vec::new())
                .date("date", *date)
                .date("closing", *closing)
                .message("list", list_key(*list)),
            Self::AfterOpening {
                date,
                opening,
                sent: Some(sent),
            } => Text::new("adv-after-opening-sent", Vec::new())
                .date("date", *date)
                .date("opening", *opening)
                .date("sent", *sent),
            Self::AfterOpening {
                date,
                opening,
                sent: None,
            } => Text::new("adv-after-opening", Vec::new())
                .date("date", *date)
                .date("opening", *opening),
        }
    }
}

/// The catalogue's name of a list, for sentences about it.
fn list_key(list: ListKind) -> &'static str {
    match list {
        ListKind::Addendum => "adv-list-addendum",
        _ => "adv-list-participants",
    }
}

/// Whether `date` cannot be right for `list` of `meeting`, and what to give instead. Only the List of
/// Participants, its addendum and letters have such a rule.
pub fn date_advice(meeting: &Meeting, list: ListKind, date: Date) -> Option<DateAdvice> {
    match list {
        ListKind::Participants | ListKind::Addendum if date > meeting.closing => {
            Some(DateAdvice::AfterClosing {
                list,
                date,
                closing: meeting.closing,
            })
        }
        ListKind::Letters => letters_date_advice(meeting, date),
        _ => None,
    }
}

/// Whether letters of invitation dated `date` come after `meeting` opened, with the day most
/// invitations were recorded as sent (before the opening) as the date to give instead.
pub fn letters_date_advice(meeting: &Meeting, date: Date) -> Option<DateAdvice> {
    if date <= meeting.opening {
        return None;
    }
    let mut days: std::collections::BTreeMap<Date, usize> = std::collections::BTreeMap::new();
    for invitee in meeting.invitees.values() {
        let invitation = &invitee.invitation;
        if invitation.status == InvitationStatus::Invited
            && let Some(sent) = invitation.sent
            && sent <= meeting.opening
        {
            *days.entry(sent).or_default() += 1;
        }
    }
    // The most common day; the earliest of equals.
    let sent = days
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(day, _)| *day);
    Some(DateAdvice::AfterOpening {
        date,
        opening: meeting.opening,
        sent,
    })
}

/// The number `list` of `meeting` was last issued under ("INF.2"), if the workspace records one.
pub fn recorded_number(meeting: &Meeting, list: ListKind) -> Option<&str> {
    meeting
        .document_numbers
        .get(list.cli_name())
        .map(String::as_str)
        .filter(|n| !n.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin_workspace;

    fn d(text: &str) -> Date {
        Date::parse_from_str(text, "%Y-%m-%d").expect("a date")
    }

    #[test]
    fn a_list_dated_after_the_closing_is_told_the_closing_day() {
        let workspace = builtin_workspace();
        let meeting = &workspace.meetings[0];
        assert_eq!(
            date_advice(meeting, ListKind::Participants, d("2013-12-05")),
            None
        );
        let advice = date_advice(meeting, ListKind::Participants, d("2026-12-03")).expect("advice");
        assert_eq!(advice.suggested(), Some(d("2013-12-05")));
        assert_eq!(
            advice.text().to_string(),
            "The list of participants is dated 3 December 2026, after the meeting closed on 5 December 2013: date it 5 December 2013, the closing day, or the day it was issued."
        );
        assert_eq!(
            date_advice(meeting, ListKind::Statistics, d("2026-12-03")),
            None
        );
    }

    #[test]
    fn letters_after_the_opening_are_told_the_day_invitations_went() {
        let mut workspace = builtin_workspace();
        let meeting = &mut workspace.meetings[0];
        assert_eq!(
            letters_date_advice(meeting, d("2013-12-02")),
            None,
            "the opening day itself is not after it"
        );
        let advice = letters_date_advice(meeting, d("2026-12-03")).expect("advice");
        assert_eq!(advice.suggested(), None);
        for (i, invitee) in meeting.invitees.values_mut().enumerate() {
            invitee.invitation.status = InvitationStatus::Invited;
            invitee.invitation.sent = Some(if i % 3 == 0 {
                d("2013-06-10")
            } else {
                d("2013-06-03")
            });
        }
        let advice = letters_date_advice(meeting, d("2026-12-03")).expect("advice");
        assert_eq!(advice.suggested(), Some(d("2013-06-03")));
        assert!(
            advice.text().to_string().contains("3 June 2013"),
            "{}",
            advice.text()
        );
    }
}
