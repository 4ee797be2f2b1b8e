//! Reference data embedded in the binary from `assets/data/`: the 197 States with their treaty dates and the
//! standing observer organisations, each with the source it was checked against.
//!
//! The files are the project's own copies of `shared/data/` (see `assets/data/SOURCES.md`); they are parsed
//! once, on first use. A workspace file refers to these records by id and never copies them.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::treaty::{ConsentKind, StateRecord};
use super::{Date, OrgKind, Organisation};

const STATES_CSV: &str = include_str!("../../assets/data/apmbc_states.csv");
const ALIASES_CSV: &str = include_str!("../../assets/data/aliases.csv");
const ORGANISATIONS_CSV: &str = include_str!("../../assets/data/observer_organisations.csv");
/// The States' names in the six official languages of the UN (UN Statistics Division, M49).
const UN_NAMES_CSV: &str = include_str!("../../assets/data/un_names.csv");
/// Where the reference data comes from, shown in Help ▸ About.
pub const SOURCES_MD: &str = include_str!("../../assets/data/SOURCES.md");

/// A standing observer organisation and the source that lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandingOrganisation {
    pub organisation: Organisation,
    /// "S1", "S1 S10": see `assets/data/SOURCES.md`.
    pub source: String,
}

/// A State's name in the six official languages, as the UN Statistics Division publishes them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnNames {
    pub en: String,
    pub fr: String,
    pub es: String,
    pub ru: String,
    pub ar: String,
    pub zh: String,
    pub source: String,
}

impl UnNames {
    /// All six, for search.
    pub fn all(&self) -> [&str; 6] {
        [&self.en, &self.fr, &self.es, &self.ru, &self.ar, &self.zh]
    }
}

struct Reference {
    states: Vec<StateRecord>,
    un_names: HashMap<String, UnNames>,
    by_iso3: HashMap<String, usize>,
    organisations: Vec<StandingOrganisation>,
}

fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        // The embedded files are part of the build and covered by tests, so a failure here is a bug in the
        // binary, not something a user can cause.
        let states = parse_states(STATES_CSV, ALIASES_CSV)
            .unwrap_or_else(|err| panic!("embedded States data is invalid: {err}"));
        let organisations = parse_organisations(ORGANISATIONS_CSV)
            .unwrap_or_else(|err| panic!("embedded organisations data is invalid: {err}"));
        let un_names = parse_un_names(UN_NAMES_CSV)
            .unwrap_or_else(|err| panic!("embedded UN names are invalid: {err}"));
        let by_iso3 = states
            .iter()
            .enumerate()
            .map(|(i, s)| (s.iso3.clone(), i))
            .collect();
        Reference {
            states,
            un_names,
            by_iso3,
            organisations,
        }
    })
}

/// All 197 States, in the order of the source file (English alphabetical order of their short names).
pub fn states() -> &'static [StateRecord] {
    &reference().states
}

/// The State with this ISO alpha-3 code.
pub fn state(iso3: &str) -> Option<&'static StateRecord> {
    let reference = reference();
    reference
        .by_iso3
        .get(iso3)
        .and_then(|&i| reference.states.get(i))
}

/// A State's names in the six official languages of the UN.
pub fn un_names(iso3: &str) -> Option<&'static UnNames> {
    reference().un_names.get(iso3)
}

fn parse_un_names(csv_text: &str) -> Result<HashMap<String, UnNames>, String> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut names = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|err| format!("un_names.csv: {err}"))?;
        let field = |i: usize| record.get(i).unwrap_or_default().trim().to_owned();
        names.insert(
            field(0),
            UnNames {
                en: field(1),
                fr: field(2),
                es: field(3),
                ru: field(4),
                ar: field(5),
                zh: field(6),
                source: field(7),
            },
        );
    }
    Ok(names)
}

/// The standing observer organisations, in the order of the source file.
pub fn standing_organisations() -> &'static [StandingOrganisation] {
    &reference().organisations
}

/// The standing observer with this id.
pub fn standing_organisation(id: &str) -> Option<&'static StandingOrganisation> {
    standing_organisations()
        .iter()
        .find(|o| o.organisation.id == id)
}

fn parse_date(field: &str, row: usize, column: &str) -> Result<Option<Date>, String> {
    if field.is_empty() {
        return Ok(None);
    }
    Date::parse_from_str(field, "%Y-%m-%d")
        .map(Some)
        .map_err(|err| format!("row {row}, column {column}: {field:?} is not a date ({err})"))
}

fn parse_states(states_csv: &str, aliases_csv: &str) -> Result<Vec<StateRecord>, String> {
    let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
    let mut reader = csv::Reader::from_reader(aliases_csv.as_bytes());
    for record in reader.records() {
        let record = record.map_err(|err| format!("aliases.csv: {err}"))?;
        aliases
            .entry(record.get(0).unwrap_or_default().to_owned())
            .or_default()
            .push(record.get(1).unwrap_or_default().to_owned());
    }

    let mut reader = csv::Reader::from_reader(states_csv.as_bytes());
    let mut states = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2; // the header is row 1
        let record = record.map_err(|err| format!("apmbc_states.csv: {err}"))?;
        let field = |i: usize| record.get(i).unwrap_or_default().trim();
        let iso3 = field(0).to_owned();
        let consent = match (parse_date(field(6), row, "consent_date")?, field(7)) {
            (None, _) => None,
            (Some(date), kind) => Some((
                date,
                ConsentKind::parse(kind)
                    .ok_or_else(|| format!("row {row}: unknown consent kind {kind:?}"))?,
            )),
        };
        states.push(StateRecord {
            aliases: aliases.remove(&iso3).unwrap_or_default(),
            iso3,
            name: field(1).to_owned(),
            signed: parse_date(field(5), row, "signed")?,
            consent,
            entry_into_force: parse_date(field(8), row, "entry_into_force")?,
            withdrawal: parse_date(field(9), row, "withdrawal_effective")?,
            source: field(10).to_owned(),
            confidence: field(11).to_owned(),
        });
    }
    if let Some(unknown) = aliases.keys().next() {
        return Err(format!("aliases.csv names an unknown State {unknown:?}"));
    }
    Ok(states)
}

fn parse_organisations(csv_text: &str) -> Result<Vec<StandingOrganisation>, String> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut organisations = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|err| format!("observer_organisations.csv: {err}"))?;
        let field = |i: usize| record.get(i).unwrap_or_default().trim();
        let kind = OrgKind::parse(field(3)).ok_or_else(|| {
            format!(
                "observer_organisations.csv row {}: unknown kind {:?}",
                index + 2,
                field(3)
            )
        })?;
        organisations.push(StandingOrganisation {
            organisation: Organisation {
                id: field(0).to_owned(),
                acronym: field(1).to_owned(),
                name: field(2).to_owned(),
                kind,
            },
            source: field(5).to_owned(),
        });
    }
    Ok(organisations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses_completely() {
        assert_eq!(states().len(), 197);
        assert_eq!(standing_organisations().len(), 28);
        assert!(
            states()
                .iter()
                .all(|s| s.iso3.len() == 3 && !s.source.is_empty())
        );
        assert!(
            standing_organisations()
                .iter()
                .all(|o| !o.source.is_empty())
        );
    }

    #[test]
    fn aliases_of_older_documents_are_attached() {
        let turkey = state("TUR").expect("Türkiye is in the data");
        assert_eq!(turkey.name, "Türkiye");
        assert_eq!(turkey.aliases, vec!["Turkey".to_owned()]);
        assert!(state("CZE").is_some_and(|s| s.aliases.contains(&"Czech Republic".to_owned())));
    }

    #[test]
    fn dates_and_kinds_are_read() {
        let poland = state("POL").expect("Poland is in the data");
        assert_eq!(poland.consent.map(|c| c.1), Some(ConsentKind::Ratification));
        assert_eq!(
            poland.consent.map(|c| c.0),
            Date::from_ymd_opt(2012, 12, 27)
        );
        assert_eq!(poland.entry_into_force, Date::from_ymd_opt(2013, 6, 1));
        assert_eq!(poland.withdrawal, Date::from_ymd_opt(2026, 2, 20));
    }
}
