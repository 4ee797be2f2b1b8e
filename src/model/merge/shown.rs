//! How the values of a conflict or a change are shown: a text as the user typed it, a word of the
//! catalogue (a reply, a role) said later in the reader's language, a date, several parts.

use crate::i18n::Lang;
use crate::model::{self, Date, words};

/// A value as a conflict or a change shows it, said later in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Shown {
    /// Nothing: an empty text, no date, no choice.
    Empty,
    /// The user's text, said as it is.
    Text(String),
    /// A word of the catalogue (a reply, a role), said in the reader's language.
    Word(&'static str),
    Date(Date),
    Several(Vec<Shown>),
    /// A record that is not there (removed, or not yet added).
    Absent,
}

impl Shown {
    /// In `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Self::Empty => "—".to_owned(),
            Self::Absent => crate::i18n::tr_in(lang, "merge-absent", &[]),
            Self::Text(text) => text.clone(),
            Self::Word(id) => crate::i18n::tr_in(lang, id, &[]),
            Self::Date(date) => crate::i18n::long_date_in(lang, *date),
            Self::Several(items) => items
                .iter()
                .map(|i| i.in_lang(lang))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// In English, for the command line.
impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// How a field's value is shown.
pub trait ToShown {
    fn shown(&self) -> Shown;
}

impl ToShown for String {
    fn shown(&self) -> Shown {
        if self.trim().is_empty() {
            Shown::Empty
        } else {
            Shown::Text(self.clone())
        }
    }
}

impl ToShown for bool {
    fn shown(&self) -> Shown {
        Shown::Word(if *self { "merge-yes" } else { "merge-no" })
    }
}

impl ToShown for u32 {
    fn shown(&self) -> Shown {
        Shown::Text(self.to_string())
    }
}

impl ToShown for Date {
    fn shown(&self) -> Shown {
        Shown::Date(*self)
    }
}

impl<T: ToShown> ToShown for Option<T> {
    fn shown(&self) -> Shown {
        self.as_ref().map_or(Shown::Empty, ToShown::shown)
    }
}

impl<T: ToShown> ToShown for Vec<T> {
    fn shown(&self) -> Shown {
        if self.is_empty() {
            Shown::Empty
        } else {
            Shown::Several(self.iter().map(ToShown::shown).collect())
        }
    }
}

impl<T: ToShown> ToShown for Box<T> {
    fn shown(&self) -> Shown {
        (**self).shown()
    }
}

/// Words for the domain's choices, in the reader's language.
macro_rules! shown_words {
    ($($ty:ty => $words:path),* $(,)?) => {
        $(impl ToShown for $ty {
            fn shown(&self) -> Shown {
                Shown::Word($words(*self))
            }
        })*
    };
}

shown_words!(
    model::Reply => words::reply_id,
    model::InvitationStatus => words::invitation_status_id,
    model::Channel => words::channel_id,
    model::Role => words::role_id,
    model::Gender => words::gender_id,
    model::OrgKind => words::org_kind_id,
    model::AddressKind => words::address_kind_id,
);

impl<A: ToShown, B: ToShown> ToShown for (A, B) {
    fn shown(&self) -> Shown {
        Shown::Several(vec![self.0.shown(), self.1.shown()])
    }
}

impl ToShown for Lang {
    fn shown(&self) -> Shown {
        Shown::Text(self.native_name().to_owned())
    }
}

shown_words!(
    model::CredentialKind => words::credential_id,
    model::Issuer => words::issuer_id,
    model::ObserverStep => words::step_id,
    model::TemplateKind => words::template_id,
);

impl ToShown for model::MailKind {
    fn shown(&self) -> Shown {
        Shown::Word(match self {
            model::MailKind::Invitation => "mail-kind-invitation",
            model::MailKind::Reminder => "mail-kind-reminder",
        })
    }
}

/// Several parts, the empty ones left out.
pub(super) fn parts(parts: impl IntoIterator<Item = Shown>) -> Shown {
    let parts: Vec<Shown> = parts.into_iter().filter(|p| *p != Shown::Empty).collect();
    if parts.is_empty() {
        Shown::Empty
    } else {
        Shown::Several(parts)
    }
}

impl ToShown for model::Credentials {
    fn shown(&self) -> Shown {
        parts([
            self.kind.shown(),
            self.issuer.shown(),
            self.received.shown(),
        ])
    }
}

impl ToShown for model::ObserverRequest {
    fn shown(&self) -> Shown {
        let dates = [
            self.requested,
            self.recommended,
            self.provisionally_invited,
            self.decision.map(|(_, on)| on),
        ];
        parts([
            self.step().shown(),
            dates.into_iter().flatten().last().shown(),
        ])
    }
}

impl ToShown for model::Designation {
    fn shown(&self) -> Shown {
        parts([self.date.shown(), self.reference.shown()])
    }
}

impl ToShown for model::FirstSeat {
    fn shown(&self) -> Shown {
        parts([self.state.shown(), self.on.shown()])
    }
}

impl ToShown for model::Mandate {
    fn shown(&self) -> Shown {
        parts([self.symbol.shown(), self.adopted.shown()])
    }
}

impl ToShown for model::Signatory {
    fn shown(&self) -> Shown {
        parts([self.name.shown(), self.title.shown()])
    }
}

impl ToShown for model::MeetingWords {
    fn shown(&self) -> Shown {
        parts([
            self.name.shown(),
            self.venue.shown(),
            self.signatory_title.shown(),
        ])
    }
}

impl ToShown for model::CoverText {
    fn shown(&self) -> Shown {
        parts([self.subject.shown(), self.body.shown()])
    }
}

impl ToShown for model::Letterhead {
    fn shown(&self) -> Shown {
        self.file_name.shown()
    }
}

/// Values shown by their debug form: records an officer rarely sees in conflict and reads whole (the
/// officers of a meeting, a saved filter).
macro_rules! shown_debug {
    ($($ty:ty),* $(,)?) => {
        $(impl ToShown for $ty {
            fn shown(&self) -> Shown {
                Shown::Text(format!("{self:?}"))
            }
        })*
    };
}

shown_debug!(model::Officers, model::Filter);

impl ToShown for model::ColumnMeaning {
    fn shown(&self) -> Shown {
        Shown::Word(self.label_id())
    }
}

impl ToShown for std::collections::BTreeMap<String, model::ColumnMeaning> {
    fn shown(&self) -> Shown {
        parts(self.iter().map(|(header, meaning)| {
            Shown::Several(vec![Shown::Text(header.clone()), meaning.shown()])
        }))
    }
}
