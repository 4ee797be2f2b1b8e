//! A delegation: the people an invitee sends to a meeting, in protocol order, and its credentials.

use serde::{Deserialize, Serialize};

use super::Date;

/// A person's id, unique within a workspace, so that edits, imports and addenda can follow a person whose
/// name or role changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PersonId(pub u32);

/// A delegate's role; the derived order is protocol order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    HeadOfDelegation,
    /// Alternate or Deputy Head of Delegation.
    Alternate,
    Representative,
    Adviser,
    Expert,
}

impl Role {
    pub const ALL: [Self; 5] = [
        Self::HeadOfDelegation,
        Self::Alternate,
        Self::Representative,
        Self::Adviser,
        Self::Expert,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::HeadOfDelegation => "Head of Delegation",
            Self::Alternate => "Alternate Head",
            Self::Representative => "Representative",
            Self::Adviser => "Adviser",
            Self::Expert => "Expert",
        }
    }
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Gender {
    Female,
    Male,
    /// Another gender, or one the person chose not to state.
    Other,
    #[default]
    Unknown,
}

/// Women among people whose gender is stated, and how many did not state it. The share of women is
/// reckoned among the stated only: a delegation that gives no genders does not lower it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenderCount {
    pub women: usize,
    /// People whose gender is recorded (female, male or other).
    pub stated: usize,
    pub not_stated: usize,
}

impl GenderCount {
    pub fn of(genders: impl IntoIterator<Item = Gender>) -> Self {
        let mut count = Self::default();
        for gender in genders {
            match gender {
                Gender::Unknown => count.not_stated += 1,
                Gender::Female => {
                    count.women += 1;
                    count.stated += 1;
                }
                Gender::Male | Gender::Other => count.stated += 1,
            }
        }
        count
    }

    /// The share of women among the stated, in per cent; `None` when no one stated a gender.
    pub fn women_percent(self) -> Option<f64> {
        (self.stated > 0).then(|| self.women as f64 * 100.0 / self.stated as f64)
    }
}

impl Gender {
    pub const ALL: [Self; 4] = [Self::Female, Self::Male, Self::Other, Self::Unknown];

    pub fn label(self) -> &'static str {
        match self {
            Self::Female => "Female",
            Self::Male => "Male",
            Self::Other => "Other",
            Self::Unknown => "Not stated",
        }
    }
}

/// One member of a delegation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: PersonId,
    pub role: Role,
    /// Free text as the delegation writes it: "H.E. Mr.", "Ambassador", "Dr.".
    #[serde(default)]
    pub honorific: String,
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    /// "Permanent Representative, Permanent Mission of … to the United Nations Office at Geneva".
    #[serde(default)]
    pub function: String,
    #[serde(default)]
    pub gender: Gender,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    /// The given name in Latin script, as lists in English, French and Spanish print it, when the name
    /// as written is in another script ("Ivan" for "Иван"); empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub latin_given_name: String,
    /// The family name in Latin script, as those lists print it ("PETROV" for "ПЕТРОВ").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub latin_family_name: String,
}

impl Member {
    /// An empty member with a role, for forms to fill in.
    pub fn new(id: PersonId, role: Role) -> Self {
        Self {
            id,
            role,
            honorific: String::new(),
            given_name: String::new(),
            family_name: String::new(),
            function: String::new(),
            gender: Gender::Unknown,
            email: String::new(),
            phone: String::new(),
            latin_given_name: String::new(),
            latin_family_name: String::new(),
        }
    }

    /// The given and family name as a list in `lang` prints them: in Latin script for English, French
    /// and Spanish, where the person has a spelling in it; as written otherwise (and in Russian).
    pub fn names_in<'a>(&'a self, lang: crate::i18n::Lang) -> (&'a str, &'a str) {
        let in_lists = |latin: &'a str, written: &'a str| -> &'a str {
            if lang != crate::i18n::Lang::Ru && !latin.trim().is_empty() {
                latin
            } else {
                written
            }
        };
        (
            in_lists(&self.latin_given_name, &self.given_name),
            in_lists(&self.latin_family_name, &self.family_name),
        )
    }

    /// The honorific and function, when one is not in Latin script: a list in English, French or
    /// Spanish prints them as they are ("г-н", "Советник"), so they are written as the list should
    /// print them. Each with the message that labels it.
    pub fn titles_not_in_latin(&self) -> Vec<(&'static str, &str)> {
        [
            ("detail-honorific", self.honorific.as_str()),
            ("detail-function", self.function.as_str()),
        ]
        .into_iter()
        .filter(|(_, value)| !crate::text::is_latin_script(value))
        .collect()
    }

    /// Whether a list printed in English, French or Spanish would print this person's name in another
    /// script than Latin: the name as written is not in Latin script and no Latin spelling is given.
    pub fn needs_latin_spelling(&self) -> bool {
        self.latin_given_name.trim().is_empty()
            && self.latin_family_name.trim().is_empty()
            && !(crate::text::is_latin_script(&self.given_name)
                && crate::text::is_latin_script(&self.family_name))
    }

    /// "H.E. Mr. Juan PÉREZ": honorific, given name, family name in capitals, as the official list prints it.
    pub fn display_name(&self) -> String {
        let family = self.family_name.to_uppercase();
        [self.honorific.trim(), self.given_name.trim(), family.trim()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Given and family name as typed, for messages.
    pub fn plain_name(&self) -> String {
        let name = format!(
            "{} {}",
            crate::text::visible(self.given_name.trim()),
            crate::text::visible(self.family_name.trim())
        );
        let name = name.trim();
        if name.is_empty() {
            format!("person #{}", self.id.0)
        } else {
            name.to_owned()
        }
    }
}

/// What kind of document the credentials are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CredentialKind {
    /// The original, signed by the Head of State or Government or the Minister for Foreign Affairs.
    Original,
    Copy,
    NoteVerbale,
}

impl CredentialKind {
    pub const ALL: [Self; 3] = [Self::Original, Self::Copy, Self::NoteVerbale];

    pub fn label(self) -> &'static str {
        match self {
            Self::Original => "Original",
            Self::Copy => "Copy",
            Self::NoteVerbale => "Note verbale",
        }
    }
}

/// Who signed the credentials.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Issuer {
    HeadOfStateOrGovernment,
    MinisterForForeignAffairs,
    /// Anyone else (a Permanent Mission, say): not formal credentials under the rules.
    Other,
}

impl Issuer {
    pub const ALL: [Self; 3] = [
        Self::HeadOfStateOrGovernment,
        Self::MinisterForForeignAffairs,
        Self::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::HeadOfStateOrGovernment => "Head of State or Government",
            Self::MinisterForForeignAffairs => "Minister for Foreign Affairs",
            Self::Other => "Other",
        }
    }
}

/// Credentials received for a delegation; kept apart from registration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    pub kind: CredentialKind,
    pub issuer: Option<Issuer>,
    pub received: Option<Date>,
}

/// The delegation of one invitee to one meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Delegation {
    /// Members in the order the organiser set; [`Delegation::protocol_order`] sorts them by role, keeping
    /// that order within a role.
    pub members: Vec<Member>,
    pub credentials: Option<Credentials>,
    /// The delegation asked for an accessible seat (seating plan).
    pub accessible_seat: bool,
}

impl Delegation {
    /// Members in protocol order: head, alternates, representatives, advisers, experts; within a role, the
    /// organiser's order.
    pub fn protocol_order(&self) -> Vec<&Member> {
        let mut members: Vec<&Member> = self.members.iter().collect();
        members.sort_by_key(|m| m.role); // stable: keeps the organiser's order within a role
        members
    }

    /// The Head of Delegation, if there is exactly one or more (the first in the organiser's order).
    pub fn head(&self) -> Option<&Member> {
        self.members
            .iter()
            .find(|m| m.role == Role::HeadOfDelegation)
    }

    pub fn member(&self, id: PersonId) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}
