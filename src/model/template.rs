//! The kinds of invitation letter, each with its own template: a workspace keeps the user's own texts by
//! kind ([`super::Settings::templates`]).

use serde::{Deserialize, Serialize};

use super::{Category, EntityId, Meeting, Workspace};

/// Which template a letter uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TemplateKind {
    StatesParties,
    ObserverStates,
    /// The United Nations and the other standing observers.
    Organizations,
    /// Organisations admitted under Rule 1.4.
    Rule14,
}

impl TemplateKind {
    pub const ALL: [Self; 4] = [
        Self::StatesParties,
        Self::ObserverStates,
        Self::Organizations,
        Self::Rule14,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::StatesParties => "States Parties",
            Self::ObserverStates => "Observer States",
            Self::Organizations => "United Nations and other organizations",
            Self::Rule14 => "Organizations under Rule 1.4",
        }
    }

    /// The command line's name for it.
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::StatesParties => "states-parties",
            Self::ObserverStates => "observer-states",
            Self::Organizations => "organizations",
            Self::Rule14 => "rule-1-4",
        }
    }

    /// The template an invitee's letter uses.
    pub fn of(workspace: &Workspace, meeting: &Meeting, id: &EntityId) -> Option<Self> {
        if workspace.needs_observer_request(id) {
            return Some(Self::Rule14);
        }
        Some(match workspace.category(meeting, id)? {
            Category::StateParty | Category::NotYetInForce => Self::StatesParties,
            Category::ObserverSignatory | Category::ObserverNotParty => Self::ObserverStates,
            _ => Self::Organizations,
        })
    }

    /// Whether the letter is a note verbale (to a Permanent Mission) rather than a letter.
    pub fn is_note_verbale(self) -> bool {
        matches!(self, Self::StatesParties | Self::ObserverStates)
    }
}
