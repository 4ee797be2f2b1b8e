//! The capacity in which an invitee takes part in a meeting, derived from what it is and, for a State, from its
//! treaty status on the meeting's opening day.

use serde::{Deserialize, Serialize};

use super::{OrgKind, TreatyStatus};

/// Participation category, in the order of the sections of the List of Participants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Category {
    StateParty,
    /// State that has deposited its instrument but for which the Convention is not yet in force.
    NotYetInForce,
    ObserverSignatory,
    ObserverNotParty,
    UnitedNations,
    Intergovernmental,
    RedCrossAndOtherEntities,
    NonGovernmental,
}

impl Category {
    /// Every category in list order.
    pub const ALL: [Self; 8] = [
        Self::StateParty,
        Self::NotYetInForce,
        Self::ObserverSignatory,
        Self::ObserverNotParty,
        Self::UnitedNations,
        Self::Intergovernmental,
        Self::RedCrossAndOtherEntities,
        Self::NonGovernmental,
    ];

    /// A State's category from its treaty status on the opening day; a withdrawn State is a State not party.
    pub fn of_state(status: TreatyStatus) -> Self {
        match status {
            TreatyStatus::StateParty => Self::StateParty,
            TreatyStatus::NotYetInForce => Self::NotYetInForce,
            TreatyStatus::Signatory => Self::ObserverSignatory,
            TreatyStatus::NotParty | TreatyStatus::Withdrawn => Self::ObserverNotParty,
        }
    }

    pub fn of_org(kind: OrgKind) -> Self {
        match kind {
            OrgKind::UnitedNations => Self::UnitedNations,
            OrgKind::Intergovernmental => Self::Intergovernmental,
            OrgKind::RedCrossAndOtherEntities => Self::RedCrossAndOtherEntities,
            OrgKind::NonGovernmental => Self::NonGovernmental,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::StateParty => "State Party",
            Self::NotYetInForce => "Not yet in force",
            Self::ObserverSignatory => "Observer State, signatory",
            Self::ObserverNotParty => "Observer State, not party",
            Self::UnitedNations => "United Nations",
            Self::Intergovernmental => "International or regional organization",
            Self::RedCrossAndOtherEntities => "ICRC, IFRC and other entities",
            Self::NonGovernmental => "Non-governmental organization",
        }
    }

    /// A short label for filter chips and narrow columns.
    pub fn short_label(self) -> &'static str {
        match self {
            Self::StateParty => "States Parties",
            Self::NotYetInForce => "Not yet in force",
            Self::ObserverSignatory => "Signatories",
            Self::ObserverNotParty => "Not parties",
            Self::UnitedNations => "United Nations",
            Self::Intergovernmental => "Intergovernmental",
            Self::RedCrossAndOtherEntities => "ICRC, IFRC, other",
            Self::NonGovernmental => "NGOs",
        }
    }

    /// A singular label short enough for a table column.
    pub fn column_label(self) -> &'static str {
        match self {
            Self::StateParty => "State Party",
            Self::NotYetInForce => "Not yet in force",
            Self::ObserverSignatory => "Observer, signatory",
            Self::ObserverNotParty => "Observer, not party",
            Self::UnitedNations => "United Nations",
            Self::Intergovernmental => "Intergovernmental",
            Self::RedCrossAndOtherEntities => "ICRC, IFRC, other",
            Self::NonGovernmental => "NGO",
        }
    }

    pub fn is_state(self) -> bool {
        matches!(
            self,
            Self::StateParty
                | Self::NotYetInForce
                | Self::ObserverSignatory
                | Self::ObserverNotParty
        )
    }

    /// Participants take the decisions; everyone else attends as an observer (Article 11(4)).
    pub fn is_observer(self) -> bool {
        !matches!(self, Self::StateParty | Self::NotYetInForce)
    }
}
