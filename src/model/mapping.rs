//! What a column of a registration file means, as an officer chose it: kept in the workspace for files
//! with the same headers, so that the next file of that form imports the same way, for every colleague.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What a column of a delegates file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnMeaning {
    /// The State or organisation the person belongs to.
    Delegation,
    /// The role in the delegation ("Head of Delegation", "Adviser").
    Role,
    /// Whether the person heads the delegation (Yes/No, Oui/Non, Sí/No, Да/Нет).
    Head,
    Honorific,
    GivenName,
    FamilyName,
    /// The whole name in one cell ("H.E. Mr. Arne VIKEBØ"), split into honorific, given and family name.
    FullName,
    Function,
    Gender,
    Email,
    Phone,
    GivenNameLatin,
    FamilyNameLatin,
    /// A registration system's state ("registered", "withdrawn", "cancelled").
    RegistrationState,
    /// Nothing the import needs.
    Ignored,
}

impl ColumnMeaning {
    /// Every meaning, in the order the preview offers them.
    pub const ALL: [Self; 15] = [
        Self::Delegation,
        Self::Role,
        Self::Head,
        Self::Honorific,
        Self::GivenName,
        Self::FamilyName,
        Self::FullName,
        Self::Function,
        Self::Gender,
        Self::Email,
        Self::Phone,
        Self::GivenNameLatin,
        Self::FamilyNameLatin,
        Self::RegistrationState,
        Self::Ignored,
    ];

    /// The name the command line and a mapping file use (`--column "Last name=family_name"`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Delegation => "delegation",
            Self::Role => "role",
            Self::Head => "head_of_delegation",
            Self::Honorific => "honorific",
            Self::GivenName => "given_name",
            Self::FamilyName => "family_name",
            Self::FullName => "full_name",
            Self::Function => "function",
            Self::Gender => "gender",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::GivenNameLatin => "given_name_latin",
            Self::FamilyNameLatin => "family_name_latin",
            Self::RegistrationState => "registration_state",
            Self::Ignored => "ignored",
        }
    }

    /// The meaning a command-line name names.
    pub fn from_cli_name(name: &str) -> Option<Self> {
        let name = name.trim().to_lowercase().replace(['-', ' '], "_");
        Self::ALL.into_iter().find(|m| m.cli_name() == name)
    }

    /// The message id of its name in the interface's words.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Delegation => "meaning-delegation",
            Self::Role => "meaning-role",
            Self::Head => "meaning-head",
            Self::Honorific => "meaning-honorific",
            Self::GivenName => "meaning-given-name",
            Self::FamilyName => "meaning-family-name",
            Self::FullName => "meaning-full-name",
            Self::Function => "meaning-function",
            Self::Gender => "meaning-gender",
            Self::Email => "meaning-email",
            Self::Phone => "meaning-phone",
            Self::GivenNameLatin => "meaning-given-name-latin",
            Self::FamilyNameLatin => "meaning-family-name-latin",
            Self::RegistrationState => "meaning-registration-state",
            Self::Ignored => "meaning-ignored",
        }
    }
}

/// The meanings an officer chose for the columns of files with one set of headers: by the files'
/// signature ([`signature`]), each chosen column's header and its meaning.
pub type Mappings = BTreeMap<String, BTreeMap<String, ColumnMeaning>>;

/// What tells files of one form apart: their headers, folded, in order.
pub fn signature(headers: &[String]) -> String {
    headers
        .iter()
        .map(|h| crate::text::fold(h.trim()))
        .collect::<Vec<_>>()
        .join(" | ")
}
