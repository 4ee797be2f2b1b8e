//! Where letters to an invitee go: for a State its mission, embassy or ministry, for an organisation its
//! office and the person to write to. Kept once per workspace, so every meeting of the workspace (and the
//! next one made from it) writes to the same address.

use serde::{Deserialize, Serialize};

use super::EntityId;
use crate::i18n::Lang;

/// What an address is: it decides how a note verbale names its addressee ("the Permanent Representative
/// of … to the United Nations Office at Geneva", "the Embassy of … in Wellington").
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum AddressKind {
    /// A State's Permanent Mission to the United Nations (at Geneva, New York, Vienna…).
    #[default]
    PermanentMission,
    /// The Holy See's and the State of Palestine's missions.
    PermanentObserverMission,
    /// For a State without a mission to the UN in the city: its embassy.
    Embassy,
    /// The Ministry of Foreign Affairs, in the capital.
    Ministry,
    /// An organisation's office.
    Office,
}

impl AddressKind {
    pub const ALL: [Self; 5] = [
        Self::PermanentMission,
        Self::PermanentObserverMission,
        Self::Embassy,
        Self::Ministry,
        Self::Office,
    ];

    /// The kind an invitee's address has until the user says otherwise: a Permanent Observer Mission for
    /// the Holy See and the State of Palestine, a Permanent Mission for the other States, an office for an
    /// organisation.
    pub fn default_for(id: &EntityId) -> Self {
        match id {
            EntityId::State(iso3) if matches!(iso3.as_str(), "VAT" | "PSE") => {
                Self::PermanentObserverMission
            }
            EntityId::State(_) => Self::PermanentMission,
            EntityId::Org(_) => Self::Office,
        }
    }

    /// The spelling of files and the command line (`permanent_mission`).
    pub fn code(self) -> &'static str {
        match self {
            Self::PermanentMission => "permanent_mission",
            Self::PermanentObserverMission => "permanent_observer_mission",
            Self::Embassy => "embassy",
            Self::Ministry => "ministry",
            Self::Office => "office",
        }
    }

    /// Reads a kind as an import may spell it: the code, or the name in English or French, without
    /// regard to case, spaces or hyphens ("Permanent Mission", "Mission permanente", "PM", "MFA").
    pub fn parse(text: &str) -> Option<Self> {
        Some(match crate::text::letters_and_digits(text).as_str() {
            "permanentmission" | "pm" | "mission" | "missionpermanente" | "misionpermanente" => {
                Self::PermanentMission
            }
            "permanentobservermission"
            | "pom"
            | "observermission"
            | "missionpermanentedobservation"
            | "misionpermanentedeobservacion" => Self::PermanentObserverMission,
            "embassy" | "ambassade" | "embajada" => Self::Embassy,
            "ministry"
            | "ministryofforeignaffairs"
            | "mfa"
            | "ministere"
            | "ministeredesaffairesetrangeres"
            | "ministerio"
            | "ministeriodeasuntosexteriores"
            | "ministerioderelacionesexteriores" => Self::Ministry,
            "office" | "organization" | "organisation" | "bureau" | "oficina" => Self::Office,
            _ => return None,
        })
    }
}

/// An invitee's address for correspondence. Every field but the kind may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Address {
    pub kind: AddressKind,
    /// "Geneva", "New York", "Wellington": where the mission, embassy, ministry or office is.
    pub city: String,
    /// The postal address, a line per line of the envelope.
    pub postal_address: String,
    pub email: String,
    pub fax: String,
    /// For an organisation: the person letters go to ("Mr. Peter Maurer") and their title ("President").
    pub contact_name: String,
    pub contact_title: String,
    /// How a letter greets the contact ("Dear Mr. Maurer,", "Monsieur le Président,"); the language's
    /// usual greeting when empty.
    pub salutation: String,
    /// The language letters to this invitee are written in, when a run of letters follows each invitee's
    /// language; English when not set.
    pub language: Option<Lang>,
}

impl Address {
    /// A new address of the kind `id` usually has, in Geneva for a mission.
    pub fn new_for(id: &EntityId) -> Self {
        let kind = AddressKind::default_for(id);
        Self {
            kind,
            city: match kind {
                AddressKind::PermanentMission | AddressKind::PermanentObserverMission => {
                    "Geneva".to_owned()
                }
                _ => String::new(),
            },
            ..Self::default()
        }
    }

    /// The postal address's lines, without blank ones.
    pub fn postal_lines(&self) -> Vec<&str> {
        self.postal_address
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// Where a city is, as far as UN addresses care: the three seats whose name a note verbale spells out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnSeat {
    Geneva,
    NewYork,
    /// Any other city ("Vienna", "Nairobi"), as the user wrote it.
    Other,
}

impl UnSeat {
    /// Recognises Geneva and New York in the app's languages ("Genève", "Ginebra", "Женева", "Nueva York").
    pub fn of(city: &str) -> Self {
        match crate::text::letters_and_digits(city).as_str() {
            "geneva" | "geneve" | "ginebra" | "genf" | "женева" => Self::Geneva,
            "newyork" | "nuevayork" | "nyc" | "ньюйорк" => Self::NewYork,
            _ => Self::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holy_see_and_palestine_have_observer_missions() {
        for (id, kind) in [
            (
                EntityId::state("VAT"),
                AddressKind::PermanentObserverMission,
            ),
            (
                EntityId::state("PSE"),
                AddressKind::PermanentObserverMission,
            ),
            (EntityId::state("NLD"), AddressKind::PermanentMission),
            (EntityId::org("icrc"), AddressKind::Office),
        ] {
            assert_eq!(AddressKind::default_for(&id), kind, "{id}");
        }
    }

    #[test]
    fn kinds_in_their_usual_spellings() {
        for kind in AddressKind::ALL {
            assert_eq!(AddressKind::parse(kind.code()), Some(kind));
        }
        assert_eq!(
            AddressKind::parse("Permanent Observer Mission"),
            Some(AddressKind::PermanentObserverMission)
        );
        assert_eq!(
            AddressKind::parse("Ministère des affaires étrangères"),
            Some(AddressKind::Ministry)
        );
        assert_eq!(AddressKind::parse("consulate"), None);
    }

    #[test]
    fn geneva_and_new_york_in_any_language() {
        for (city, seat) in [
            ("Genève", UnSeat::Geneva),
            (" geneva ", UnSeat::Geneva),
            ("Nueva York", UnSeat::NewYork),
            ("New York", UnSeat::NewYork),
            ("Vienna", UnSeat::Other),
        ] {
            assert_eq!(UnSeat::of(city), seat, "{city}");
        }
    }
}
