//! Observer status under Rule 1.4 of the Rules of Procedure, for organisations that are not standing observers.

use serde::{Deserialize, Serialize};

use super::Date;

/// The meeting's decision on a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Decision {
    Approved,
    Rejected,
}

/// How far a request has come, derived from the dates recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ObserverStep {
    Requested,
    RecommendedByCoordinatingCommittee,
    ProvisionallyInvited,
    Approved,
    Rejected,
}

impl ObserverStep {
    pub fn label(self) -> &'static str {
        match self {
            Self::Requested => "Requested",
            Self::RecommendedByCoordinatingCommittee => "Recommended by the Coordinating Committee",
            Self::ProvisionallyInvited => "Provisionally invited",
            Self::Approved => "Approved by the meeting",
            Self::Rejected => "Rejected by the meeting",
        }
    }

    /// Whether the organisation may attend: approved, or invited provisionally by the President pending the
    /// meeting's decision.
    pub fn may_attend(self) -> bool {
        matches!(self, Self::ProvisionallyInvited | Self::Approved)
    }
}

/// A Rule 1.4 request: each step with the day it happened.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ObserverRequest {
    pub requested: Option<Date>,
    pub recommended: Option<Date>,
    pub provisionally_invited: Option<Date>,
    pub decision: Option<(Decision, Date)>,
}

impl ObserverRequest {
    /// The furthest step recorded; `None` while not even the request is dated.
    pub fn step(&self) -> Option<ObserverStep> {
        if let Some((decision, _)) = self.decision {
            return Some(match decision {
                Decision::Approved => ObserverStep::Approved,
                Decision::Rejected => ObserverStep::Rejected,
            });
        }
        if self.provisionally_invited.is_some() {
            Some(ObserverStep::ProvisionallyInvited)
        } else if self.recommended.is_some() {
            Some(ObserverStep::RecommendedByCoordinatingCommittee)
        } else if self.requested.is_some() {
            Some(ObserverStep::Requested)
        } else {
            None
        }
    }

    /// The dated steps in the order they should have happened, for checking that dates do not go backwards.
    pub fn dated_steps(&self) -> Vec<(ObserverStep, Date)> {
        let mut steps = Vec::new();
        if let Some(d) = self.requested {
            steps.push((ObserverStep::Requested, d));
        }
        if let Some(d) = self.recommended {
            steps.push((ObserverStep::RecommendedByCoordinatingCommittee, d));
        }
        if let Some(d) = self.provisionally_invited {
            steps.push((ObserverStep::ProvisionallyInvited, d));
        }
        if let Some((decision, d)) = self.decision {
            steps.push((
                match decision {
                    Decision::Approved => ObserverStep::Approved,
                    Decision::Rejected => ObserverStep::Rejected,
                },
                d,
            ));
        }
        steps
    }
}
