//! A Meeting of the States Parties, its officers, and the invitees with their invitations and delegations.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Date, Delegation, EntityId, Invitation, ObserverRequest};

/// An officer of the meeting: a State (a Vice-Presidency is held by a State) or a named person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Officer {
    /// ISO alpha-3 code of the State holding the office.
    State(String),
    /// A person, as their name is printed ("H.E. Boudjemâa Delmi"), and the State they come from, if any.
    Person { name: String, state: Option<String> },
}

/// The Bureau of the meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Officers {
    pub president: Option<Officer>,
    pub vice_presidents: Vec<Officer>,
    pub secretary_general: Option<Officer>,
}

/// One invitee's record for one meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Invitee {
    pub invitation: Invitation,
    pub delegation: Delegation,
    /// A Rule 1.4 request, for an organisation that is not a standing observer.
    pub observer_request: Option<ObserverRequest>,
}

/// A meeting and everyone invited to it. Participation categories are not stored: they follow from each
/// invitee's kind and the treaty dates on [`Meeting::opening`] ([`crate::model::Workspace::category`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub ordinal: u32,
    /// "Thirteenth Meeting of the States Parties".
    pub full_name: String,
    /// "13MSP"; unique within a workspace, it is how the command line names a meeting.
    pub short_name: String,
    pub venue: String,
    pub opening: Date,
    pub closing: Date,
    /// "APLC/MSP.13/2013": documents of the meeting are numbered under it.
    pub symbol_prefix: String,
    #[serde(default)]
    pub officers: Officers,
    #[serde(default)]
    pub registration_deadline: Option<Date>,
    /// Seats in the meeting room per delegation; `None` when not set.
    #[serde(default)]
    pub seats_per_delegation: Option<u32>,
    /// Every invitee of the meeting, by id; an entity absent from this map is not part of the meeting.
    #[serde(default, deserialize_with = "super::unique::map")]
    pub invitees: BTreeMap<EntityId, Invitee>,
}

impl Meeting {
    /// The number of people across all delegations.
    pub fn people(&self) -> usize {
        self.invitees
            .values()
            .map(|i| i.delegation.members.len())
            .sum()
    }

    /// The number of delegations with at least one member.
    pub fn delegations(&self) -> usize {
        self.invitees
            .values()
            .filter(|i| !i.delegation.is_empty())
            .count()
    }
}
