//! The built-in 13MSP workspace and the making of a new meeting.

use std::collections::BTreeMap;

use super::reference;
use super::{
    Date, EntityId, FORMAT_VERSION, Invitee, Meeting, Officer, Officers, Workspace,
    workspace::Settings,
};

/// "Thirteenth" for 13: meetings are named by ordinal in words. Past the hundredth, digits with a suffix.
pub fn ordinal_words(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "Zeroth",
        "First",
        "Second",
        "Third",
        "Fourth",
        "Fifth",
        "Sixth",
        "Seventh",
        "Eighth",
        "Ninth",
        "Tenth",
        "Eleventh",
        "Twelfth",
        "Thirteenth",
        "Fourteenth",
        "Fifteenth",
        "Sixteenth",
        "Seventeenth",
        "Eighteenth",
        "Nineteenth",
    ];
    const TENS: [&str; 10] = [
        "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety",
    ];
    const TENS_ORDINAL: [&str; 10] = [
        "",
        "",
        "Twentieth",
        "Thirtieth",
        "Fortieth",
        "Fiftieth",
        "Sixtieth",
        "Seventieth",
        "Eightieth",
        "Ninetieth",
    ];
    let n = n as usize;
    if n < 20 {
        return UNITS[n].to_owned();
    }
    if n < 100 {
        let (tens, units) = (n / 10, n % 10);
        return if units == 0 {
            TENS_ORDINAL[tens].to_owned()
        } else {
            format!("{}-{}", TENS[tens], UNITS[units].to_lowercase())
        };
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
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
    Meeting {
        ordinal,
        full_name: format!("{} Meeting of the States Parties", ordinal_words(ordinal)),
        short_name: format!("{ordinal}MSP"),
        venue: venue.to_owned(),
        opening,
        closing,
        symbol_prefix: format!("APLC/MSP.{ordinal}/{}", opening.year()),
        officers: Officers::default(),
        registration_deadline: None,
        seats_per_delegation: None,
        invitees: all_reference_invitees(),
    }
}

/// A workspace holding one meeting.
pub fn workspace_with(meeting: Meeting) -> Workspace {
    Workspace {
        format_version: FORMAT_VERSION,
        name: format!("{}, {}", meeting.short_name, meeting.venue),
        organisations: BTreeMap::new(),
        corrections: BTreeMap::new(),
        settings: Settings::default(),
        meetings: vec![meeting],
    }
}

fn date(y: i32, m: u32, d: u32) -> Date {
    // Constant dates below; all valid.
    Date::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The Thirteenth Meeting of the States Parties (Palais des Nations, Geneva, 2 to 5 December 2013), with
/// its officers as recorded, and every State and standing observer as an invitee, nothing invited yet.
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
    };
    let mut workspace = workspace_with(meeting);
    workspace.name = "13MSP, Geneva 2013".to_owned();
    workspace
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_words() {
        assert_eq!(ordinal_words(1), "First");
        assert_eq!(ordinal_words(13), "Thirteenth");
        assert_eq!(ordinal_words(20), "Twentieth");
        assert_eq!(ordinal_words(22), "Twenty-second");
        assert_eq!(ordinal_words(101), "101st");
        assert_eq!(ordinal_words(112), "112th");
    }
}
