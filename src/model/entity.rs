//! Who can be invited: States (from the reference data) and organisations (standing observers or added by
//! the user).

use std::fmt;

use serde::{Deserialize, Serialize};

/// The id by which a workspace refers to an invitee. States are referred to by ISO alpha-3 code,
/// organisations by a short stable id ("icrc", "unmas", or one the user chose).
///
/// The derived order (States by code, then organisations by id) is the order of the workspace file, so
/// the same data always writes the same bytes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityId {
    State(String),
    Org(String),
}

impl EntityId {
    pub fn state(iso3: &str) -> Self {
        Self::State(iso3.to_owned())
    }

    pub fn org(id: &str) -> Self {
        Self::Org(id.to_owned())
    }

    /// The code or id alone, as the command line and imports spell it.
    pub fn code(&self) -> &str {
        match self {
            Self::State(code) | Self::Org(code) => code,
        }
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The kinds of organisation that Article 11(4) names, as the List of Participants groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OrgKind {
    UnitedNations,
    /// Other international or regional organization.
    Intergovernmental,
    /// The ICRC, the IFRC and other entities such as the Sovereign Order of Malta.
    RedCrossAndOtherEntities,
    NonGovernmental,
}

impl OrgKind {
    pub const ALL: [Self; 4] = [
        Self::UnitedNations,
        Self::Intergovernmental,
        Self::RedCrossAndOtherEntities,
        Self::NonGovernmental,
    ];

    /// Parses the spelling of `assets/data/observer_organisations.csv`.
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "united_nations" => Self::UnitedNations,
            "intergovernmental" => Self::Intergovernmental,
            "red_cross_and_other_entities" => Self::RedCrossAndOtherEntities,
            "non_governmental" => Self::NonGovernmental,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::UnitedNations => "United Nations",
            Self::Intergovernmental => "Other international or regional organization",
            Self::RedCrossAndOtherEntities => "ICRC, IFRC and other entities",
            Self::NonGovernmental => "Non-governmental organization",
        }
    }
}

/// An organisation that can be invited as an observer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    /// May be empty ("Sovereign Order of Malta" has none in common use).
    #[serde(default)]
    pub acronym: String,
    pub kind: OrgKind,
}
