//! The built-in 13MSP workspace and the making of a new meeting.

use std::collections::BTreeMap;

use super::ordinals::{meeting_name, ordinal_words};
use super::reference;
use super::{
    Date, EntityId, FORMAT_VERSION, Invitee, Mandate, Meeting, MeetingWords, Officer, Officers,
    Signatory, Workspace, workspace::Settings,
};
use crate::i18n::Lang;

/// The Palais des Nations as each language names it, and says where a meeting is held there.
const PALAIS_DES_NATIONS: [(Lang, &str, &str); 4] = [
    (
        Lang::En,
        "Palais des Nations, Geneva",
        "at the Palais des Nations, Geneva",
    ),
    (
        Lang::Fr,
        "Palais des Nations, Genève",
        "au Palais des Nations, à Genève",
    ),
    (
        Lang::Es,
        "Palacio de las Naciones, Ginebra",
        "en el Palacio de las Naciones, en Ginebra",
    ),
    (Lang::Ru, "Дворец Наций, Женева", "во Дворце Наций в Женеве"),
];

/// The title of the High Representative for Disarmament Affairs, who signs the letters to organisations
/// unless the organisers set someone else; the forms are the title's own, to be put in the holder's
/// gender where the language marks it.
const HIGH_REPRESENTATIVE: [(Lang, &str); 4] = [
    (Lang::En, "High Representative for Disarmament Affairs"),
    (
        Lang::Fr,
        "Haut-Représentant pour les affaires de désarmement",
    ),
    (Lang::Es, "Alto Representante para Asuntos de Desarme"),
    (Lang::Ru, "Высокий представитель по вопросам разоружения"),
];

/// The meeting's words in French, Spanish and Russian for meeting number `ordinal` at `venue` (given in
/// English): its name, and where it is held when the venue is one the app knows in every language.
fn translations(ordinal: u32, venue: &str) -> BTreeMap<Lang, MeetingWords> {
    let known = PALAIS_DES_NATIONS
        .iter()
        .find(|(lang, name, _)| *lang == Lang::En && name.eq_ignore_ascii_case(venue.trim()))
        .is_some();
    [Lang::Fr, Lang::Es, Lang::Ru]
        .into_iter()
        .map(|lang| {
            let (venue, at_venue) = PALAIS_DES_NATIONS
                .iter()
                .find(|(l, _, _)| known && *l == lang)
                .map_or((String::new(), String::new()), |(_, v, at)| {
                    ((*v).to_owned(), (*at).to_owned())
                });
            let title = HIGH_REPRESENTATIVE
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or("", |(_, t)| t);
            (
                lang,
                MeetingWords {
                    name: meeting_name(lang, ordinal).unwrap_or_default(),
                    venue,
                    at_venue,
                    signatory_title: title.to_owned(),
                },
            )
        })
        .collect()
}

/// Every State and every standing observer, uninvited, as the invitees of a new meeting.
fn all_reference_invitees() -> BTreeMap<EntityId, Invitee> {
    let states = reference::states().iter().map(|s| EntityId::state(&s.iso3));
    let organisations = reference::standing_organisations()
        .iter()
        .map(|o| EntityId::org(&o.organisation.id));
    states
        .chain(organisations)
        .map(|id| (id, Invitee::default()))
        .collect()
}

/// A new meeting numbered `ordinal`, with every State and standing observer as an invitee, nothing invited
/// yet. Categories follow from the treaty dates on `opening`.
pub fn new_meeting(ordinal: u32, opening: Date, closing: Date, venue: &str) -> Meeting {
    use chrono::Datelike as _;
    let at_venue = PALAIS_DES_NATIONS
        .iter()
        .find(|(lang, name, _)| *lang == Lang::En && name.eq_ignore_ascii_case(venue.trim()))
        .map_or_else(String::new, |(_, _, at)| (*at).to_owned());
    Meeting {
        id: super::MeetingId(format!("{ordinal}MSP")),
        ordinal,
        full_name: format!("{} Meeting of the States Parties", ordinal_words(ordinal)),
        short_name: format!("{ordinal}MSP"),
        venue: venue.to_owned(),
        opening,
        closing,
        symbol_prefix: format!("APLC/MSP.{ordinal}/{}", opening.year()),
        at_venue,
        translations: translations(ordinal, venue),
        mandate: Mandate::default(),
        reference_prefix: String::new(),
        signatory: Signatory {
            name: String::new(),
            title: HIGH_REPRESENTATIVE[0].1.to_owned(),
        },
        officers: Officers::default(),
        registration_deadline: None,
        seats_per_delegation: None,
        first_seat: None,
        document_numbers: BTreeMap::new(),
        invitees: all_reference_invitees(),
        outbox: BTreeMap::new(),
        attendance: BTreeMap::new(),
    }
}

/// A workspace holding one meeting.
pub fn workspace_with(meeting: Meeting) -> Workspace {
    Workspace {
        format_version: FORMAT_VERSION,
        name: format!("{}, {}", meeting.short_name, meeting.venue),
        organisations: BTreeMap::new(),
        corrections: BTreeMap::new(),
        addresses: BTreeMap::new(),
        settings: Settings::default(),
        meetings: vec![meeting],
    }
}

fn date(y: i32, m: u32, d: u32) -> Date {
    // Constant dates below; all valid.
    Date::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The Thirteenth Meeting of the States Parties (Palais des Nations, Geneva, 2 to 5 December 2013), with
/// its officers as recorded, its mandate (General Assembly resolution 67/32 of 3 December 2012, the seed of
/// this project), its name and venue in English, French, Spanish and Russian, and every State and standing
/// observer as an invitee, nothing invited yet.
pub fn builtin_workspace() -> Workspace {
    let mut meeting = new_meeting(
        13,
        date(2013, 12, 2),
        date(2013, 12, 5),
        "Palais des Nations, Geneva",
    );
    meeting.officers = Officers {
        president: Some(Officer::Person {
            name: "H.E. Boudjemâa Delmi".to_owned(),
            state: Some("DZA".to_owned()),
        }),
        vice_presidents: [
            "AUT", "BGR", "COL", "ECU", "MOZ", "NLD", "NZL", "NGA", "NOR", "THA",
        ]
        .into_iter()
        .map(|iso3| Officer::State(iso3.to_owned()))
        .collect(),
        secretary_general: Some(Officer::Person {
            name: "H.E. Urs Schmid".to_owned(),
            state: Some("CHE".to_owned()),
        }),
        executive_secretary: None,
    };
    meeting.mandate = Mandate {
        symbol: "A/RES/67/32".to_owned(),
        adopted: Some(date(2012, 12, 3)),
    };
    let mut workspace = workspace_with(meeting);
    workspace.name = "13MSP, Geneva 2013".to_owned();
    workspace
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_13msp_speaks_four_languages() {
        let workspace = builtin_workspace();
        let meeting = &workspace.meetings[0];
        for lang in Lang::ALL {
            assert!(!meeting.untranslated(lang), "{lang:?}");
            assert!(!meeting.words(lang).at_venue.is_empty(), "{lang:?}");
        }
        assert_eq!(
            meeting.words(Lang::Fr).name,
            "Treizième Assemblée des États parties"
        );
        assert_eq!(
            meeting.words(Lang::Es).at_venue,
            "en el Palacio de las Naciones, en Ginebra"
        );
        assert_eq!(meeting.mandate.number(), "67/32");
    }

    #[test]
    fn a_meeting_elsewhere_waits_for_its_venue_in_other_languages() {
        let meeting = new_meeting(14, date(2015, 12, 1), date(2015, 12, 4), "Geneva");
        assert!(meeting.at_venue.is_empty());
        assert!(meeting.untranslated(Lang::Fr));
        assert_eq!(
            meeting.words(Lang::Fr).name,
            "Quatorzième Assemblée des États parties"
        );
    }
}
