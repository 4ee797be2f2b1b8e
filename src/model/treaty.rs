//! Treaty status of a State on any date, computed from the dates in the treaty record, never stored.

use serde::{Deserialize, Serialize};

use super::Date;

/// The kind of instrument by which a State consented to be bound by the Convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsentKind {
    Ratification,
    Accession,
    Acceptance,
    Approval,
    Succession,
}

impl ConsentKind {
    /// Parses the spelling used in `assets/data/apmbc_states.csv`.
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "ratification" => Self::Ratification,
            "accession" => Self::Accession,
            "acceptance" => Self::Acceptance,
            "approval" => Self::Approval,
            "succession" => Self::Succession,
            _ => return None,
        })
    }

    /// Lower-case English name, as in treaty records.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ratification => "ratification",
            Self::Accession => "accession",
            Self::Acceptance => "acceptance",
            Self::Approval => "approval",
            Self::Succession => "succession",
        }
    }
}

/// One State that can join UN treaties, with its dates under the Convention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateRecord {
    /// ISO 3166-1 alpha-3 code; the id by which workspaces refer to the State.
    pub iso3: String,
    /// UN short name in English ("Côte d'Ivoire", "Türkiye").
    pub name: String,
    /// Names used in older documents ("Turkey", "Swaziland"), accepted by search and import.
    pub aliases: Vec<String>,
    pub signed: Option<Date>,
    /// Deposit of the instrument of consent and its kind.
    pub consent: Option<(Date, ConsentKind)>,
    /// Entry into force for this State (Article 17).
    pub entry_into_force: Option<Date>,
    /// The day a withdrawal took effect.
    pub withdrawal: Option<Date>,
    /// Where the row was checked, as the reference data gives it.
    pub source: String,
    pub confidence: String,
}

/// Where a State stands under the Convention on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TreatyStatus {
    StateParty,
    /// Instrument deposited, entry into force still ahead.
    NotYetInForce,
    Signatory,
    NotParty,
    /// A withdrawal has taken effect.
    Withdrawn,
}

impl TreatyStatus {
    /// All statuses, in the order reports list them.
    pub const ALL: [Self; 5] = [
        Self::StateParty,
        Self::NotYetInForce,
        Self::Signatory,
        Self::NotParty,
        Self::Withdrawn,
    ];

    /// The exact words of `treaty-status --csv`.
    pub fn label(self) -> &'static str {
        match self {
            Self::StateParty => "State Party",
            Self::NotYetInForce => "Not yet in force",
            Self::Signatory => "Signatory",
            Self::NotParty => "Not party",
            Self::Withdrawn => "Withdrawn",
        }
    }

    /// Counted among the States Parties "by deposit", as UN status pages count them: bound by the
    /// Convention, whether or not it has yet entered into force for that State.
    pub fn is_party_by_deposit(self) -> bool {
        matches!(self, Self::StateParty | Self::NotYetInForce)
    }
}

impl StateRecord {
    /// The State's status at the start of `date`: each event counts from its own day on.
    pub fn status_on(&self, date: Date) -> TreatyStatus {
        if self.withdrawal.is_some_and(|w| date >= w) {
            return TreatyStatus::Withdrawn;
        }
        if let Some((deposit, _)) = self.consent
            && date >= deposit
        {
            return match self.entry_into_force {
                Some(eif) if date >= eif => TreatyStatus::StateParty,
                _ => TreatyStatus::NotYetInForce,
            };
        }
        if self.signed.is_some_and(|s| date >= s) {
            return TreatyStatus::Signatory;
        }
        TreatyStatus::NotParty
    }
}
