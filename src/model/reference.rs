//! Reference data embedded in the binary from `assets/data/`: the 197 States with their treaty dates, their
//! names in the UN's languages (today's, the earlier ones with the days the UN used them, and the formal names
//! for running text), and the standing observer organisations, each with the source it was checked against.
//!
//! The files are the project's own copies of `shared/data/` (see `assets/data/SOURCES.md`); they are parsed
//! once, on first use. A workspace file refers to these records by id and never copies them.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::treaty::{ConsentKind, StateRecord};
use super::{Date, OrgKind, Organisation};
use crate::i18n::Lang;

const STATES_CSV: &str = include_str!("../../assets/data/apmbc_states.csv");
/// The UN's earlier short names, with the days it used them.
const NAME_CHANGES_CSV: &str = include_str!("../../assets/data/un_name_changes.csv");
/// UNTERM's formal names and the short names with their article, for running text.
const FORMAL_NAMES_CSV: &str = include_str!("../../assets/data/un_formal_names.csv");
const ORGANISATIONS_CSV: &str = include_str!("../../assets/data/observer_organisations.csv");
/// The standing observers' names in English (as UN documents write them), French, Spanish and Russian,
/// with the French and Spanish forms for running text and the acronyms, each name with its source.
const ORG_NAMES_CSV: &str = include_str!("../../assets/data/un_org_names.csv");
/// The States' names in the six official languages of the UN (UN Statistics Division, M49).
const UN_NAMES_CSV: &str = include_str!("../../assets/data/un_names.csv");
/// The names everyday usage gives the States in English, French, Spanish and Russian ("Russia", "UK",
/// "South Korea", "Ivory Coast", "Vatican City") and their ISO 3166 alpha-2 codes, from Unicode CLDR:
/// what registration forms write, read by imports, never printed.
const CLDR_NAMES_CSV: &str = include_str!("../../assets/data/cldr_territory_names.csv");
/// Where the reference data comes from, shown in Help ▸ About.
pub const SOURCES_MD: &str = include_str!("../../assets/data/SOURCES.md");

/// A standing observer organisation and the source that lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandingOrganisation {
    pub organisation: Organisation,
    /// "S1", "S1 S10": see `assets/data/SOURCES.md`.
    pub source: String,
}

/// An organisation's names in the app's languages, from `un_org_names.csv`. A name no source gave is
/// empty (the file says "not found"): the app then asks the user for it and never guesses one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgNames {
    /// In English, French, Spanish and Russian.
    pub name: [String; 4],
    /// With the article running text needs: French and Spanish only ("l'Union africaine", "la Unión
    /// Europea"); English and Russian letters use the name as it is.
    pub running: [String; 4],
    /// In English (from `observer_organisations.csv`), French, Spanish and Russian ("UA", "ВОЗ").
    pub acronym: [String; 4],
    /// Where each language's name was found.
    pub source: [String; 4],
}

impl OrgNames {
    /// The name in `lang`; `None` where no source gave one.
    pub fn name(&self, lang: Lang) -> Option<&str> {
        Some(self.name[lang_index(lang)].as_str()).filter(|n| !n.is_empty())
    }

    /// The name with its article in `lang` (French, Spanish); `None` where no source gave one.
    pub fn running(&self, lang: Lang) -> Option<&str> {
        Some(self.running[lang_index(lang)].as_str()).filter(|n| !n.is_empty())
    }

    /// The acronym in `lang`; `None` where it has none there or no source gave one.
    pub fn acronym(&self, lang: Lang) -> Option<&str> {
        Some(self.acronym[lang_index(lang)].as_str()).filter(|n| !n.is_empty())
    }
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

impl UnNames {
    /// The name in one of the app's languages.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
            Lang::Es => &self.es,
            Lang::Ru => &self.ru,
        }
    }
}

/// A short name the UN used for a State before its current one, in one language, and the days it used it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlierName {
    pub lang: Lang,
    pub name: String,
    /// The first day; `None` when the name was in use when the table starts (1 January 1997).
    pub from: Option<Date>,
    /// The last day; the next name was in use from the day after.
    pub until: Date,
    pub source: String,
}

impl EarlierName {
    /// Whether the UN used this name on `date`.
    pub fn in_force_on(&self, date: Date) -> bool {
        self.from.is_none_or(|from| from <= date) && date <= self.until
    }
}

/// How French refers to a State: with "le", "la", "les", or as the source did not say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrenchGender {
    Masculine,
    Feminine,
    Plural,
}

/// A State's formal name (UNTERM) and its short name as running text uses it, with the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormalNames {
    /// "the Kingdom of the Netherlands", "le Royaume des Pays-Bas", "el Reino de los Países Bajos",
    /// "Королевство Нидерландов".
    pub formal: [String; 4],
    /// "the Netherlands", "les Pays-Bas", "los Países Bajos" (no Russian: Russian has no articles).
    pub short: [String; 3],
    pub gender_fr: Option<FrenchGender>,
    pub source: String,
}

impl FormalNames {
    /// The formal name in `lang`.
    pub fn formal(&self, lang: Lang) -> &str {
        &self.formal[lang_index(lang)]
    }

    /// The short name with its article in `lang`; `None` in Russian.
    pub fn short(&self, lang: Lang) -> Option<&str> {
        self.short.get(lang_index(lang)).map(String::as_str)
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Es => 2,
        Lang::Ru => 3,
    }
}

struct Reference {
    states: Vec<StateRecord>,
    un_names: HashMap<String, UnNames>,
    everyday: HashMap<String, EverydayNames>,
    earlier_names: HashMap<String, Vec<EarlierName>>,
    formal_names: HashMap<String, FormalNames>,
    by_iso3: HashMap<String, usize>,
    organisations: Vec<StandingOrganisation>,
    org_names: HashMap<String, OrgNames>,
}

fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        // The embedded files are part of the build and covered by tests, so a failure here is a bug in the
        // binary, not something a user can cause.
        let earlier_names = parse_name_changes(NAME_CHANGES_CSV)
            .unwrap_or_else(|err| panic!("embedded name changes are invalid: {err}"));
        let states = parse_states(STATES_CSV, &earlier_names)
            .unwrap_or_else(|err| panic!("embedded States data is invalid: {err}"));
        let formal_names = parse_formal_names(FORMAL_NAMES_CSV)
            .unwrap_or_else(|err| panic!("embedded formal names are invalid: {err}"));
        let mut organisations = parse_organisations(ORGANISATIONS_CSV)
            .unwrap_or_else(|err| panic!("embedded organisations data is invalid: {err}"));
        let org_names = parse_org_names(ORG_NAMES_CSV, &mut organisations)
            .unwrap_or_else(|err| panic!("embedded organisations' names are invalid: {err}"));
        let un_names = parse_un_names(UN_NAMES_CSV)
            .unwrap_or_else(|err| panic!("embedded UN names are invalid: {err}"));
        let everyday = parse_everyday_names(CLDR_NAMES_CSV)
            .unwrap_or_else(|err| panic!("embedded CLDR names are invalid: {err}"));
        let by_iso3 = states
            .iter()
            .enumerate()
            .map(|(i, s)| (s.iso3.clone(), i))
            .collect();
        Reference {
            states,
            un_names,
            everyday,
            earlier_names,
            formal_names,
            by_iso3,
            organisations,
            org_names,
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

/// The short names the UN used for a State before its current one, oldest first.
pub fn earlier_names(iso3: &str) -> &'static [EarlierName] {
    reference()
        .earlier_names
        .get(iso3)
        .map_or(&[], Vec::as_slice)
}

/// A State's short name in `lang` as the UN wrote it on `date`: an earlier name if the UN used one that day,
/// else today's. `None` for an unknown code.
pub fn short_name_on(iso3: &str, lang: Lang, date: Date) -> Option<&'static str> {
    if let Some(earlier) = earlier_names(iso3)
        .iter()
        .find(|n| n.lang == lang && n.in_force_on(date))
    {
        return Some(&earlier.name);
    }
    match lang {
        Lang::En => state(iso3).map(|s| s.name.as_str()),
        _ => un_names(iso3).map(|n| n.get(lang)),
    }
}

/// A State's formal name and its short name with the article.
pub fn formal_names(iso3: &str) -> Option<&'static FormalNames> {
    reference().formal_names.get(iso3)
}

fn parse_name_changes(csv_text: &str) -> Result<HashMap<String, Vec<EarlierName>>, String> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut names: HashMap<String, Vec<EarlierName>> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|err| format!("un_name_changes.csv: {err}"))?;
        let field = |i: usize| record.get(i).unwrap_or_default().trim();
        let lang = Lang::from_code(field(1)).ok_or_else(|| {
            format!(
                "un_name_changes.csv row {row}: unknown language {:?}",
                field(1)
            )
        })?;
        let until = parse_date(field(4), row, "valid_until")?
            .ok_or_else(|| format!("un_name_changes.csv row {row}: no valid_until"))?;
        let from = parse_date(field(3), row, "valid_from")?;
        if from.is_some_and(|from| from > until) {
            return Err(format!(
                "un_name_changes.csv row {row}: valid_from is after valid_until"
            ));
        }
        // French names take the typographic apostrophe, as the UN's French names do.
        let name = if lang == Lang::Fr {
            field(2).replace('\'', "\u{2019}")
        } else {
            field(2).to_owned()
        };
        names
            .entry(field(0).to_owned())
            .or_default()
            .push(EarlierName {
                lang,
                name,
                from,
                until,
                source: field(5).to_owned(),
            });
    }
    for list in names.values_mut() {
        list.sort_by_key(|n| n.until);
    }
    Ok(names)
}

fn parse_formal_names(csv_text: &str) -> Result<HashMap<String, FormalNames>, String> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut names = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|err| format!("un_formal_names.csv: {err}"))?;
        // Apostrophes as published are mixed. French takes the typographic one, as the UN's French names
        // do ("Côte d’Ivoire", "l’Afghanistan"); the other languages the straight one, as their short names.
        let field = |i: usize| {
            let text = record.get(i).unwrap_or_default().trim();
            if matches!(i, 2 | 8) {
                text.replace('\'', "\u{2019}")
            } else {
                text.replace('\u{2019}', "'")
            }
        };
        let gender_fr = match field(10).as_str() {
            "masc" => Some(FrenchGender::Masculine),
            "fém" => Some(FrenchGender::Feminine),
            "pl" => Some(FrenchGender::Plural),
            "" => None,
            other => {
                return Err(format!(
                    "un_formal_names.csv row {row}: unknown gender {other:?}"
                ));
            }
        };
        names.insert(
            field(0),
            FormalNames {
                formal: [field(1), field(2), field(3), field(4)],
                short: [field(7), field(8), field(9)],
                gender_fr,
                source: field(11),
            },
        );
    }
    Ok(names)
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
                // As published, French apostrophes are mostly typographic; all of them are, here.
                fr: field(2).replace('\'', "\u{2019}"),
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

/// A State's ISO 3166 alpha-2 code and the names everyday usage gives it (Unicode CLDR), for imports that
/// read what senders write. Never printed: documents use the UN's names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EverydayNames {
    pub iso2: String,
    /// CLDR's names in English, French, Spanish and Russian, with their short and variant forms ("UK",
    /// "Ivory Coast", "Congo (DRC)").
    pub names: Vec<String>,
}

fn parse_everyday_names(csv_text: &str) -> Result<HashMap<String, EverydayNames>, String> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut names: HashMap<String, EverydayNames> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|err| format!("cldr_territory_names.csv: {err}"))?;
        let field = |i: usize| record.get(i).unwrap_or_default().trim().to_owned();
        let entry = names.entry(field(0)).or_default();
        entry.iso2 = field(1);
        entry.names.push(field(4));
    }
    Ok(names)
}

/// A State's alpha-2 code and everyday names ([`EverydayNames`]).
pub fn everyday_names(iso3: &str) -> Option<&'static EverydayNames> {
    reference().everyday.get(iso3)
}

/// The standing observer organisations, in the order of the source file.
pub fn standing_organisations() -> &'static [StandingOrganisation] {
    &reference().organisations
}

/// A standing observer's names in the app's languages.
pub fn org_names(id: &str) -> Option<&'static OrgNames> {
    reference().org_names.get(id)
}

/// The standing observer with this id.
pub fn standing_organisation(id: &str) -> Option<&'static StandingOrganisation> {
    standing_organisations()
        .iter()
        .find(|o| o.organisation.id == id)
}

/// Reads `un_org_names.csv`: a row for each organisation of `organisations`, whose English names it
/// sets (UN English usage: "International Organization of la Francophonie", where the list of standing
/// observers gives the organisation's French name).
fn parse_org_names(
    csv_text: &str,
    organisations: &mut [StandingOrganisation],
) -> Result<HashMap<String, OrgNames>, String> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|err| format!("un_org_names.csv: {err}"))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("un_org_names.csv has no column {name:?}"))
    };
    let columns = |names: [&str; 4]| -> Result<[Option<usize>; 4], String> {
        let mut found = [None; 4];
        for (slot, name) in found.iter_mut().zip(names) {
            if !name.is_empty() {
                *slot = Some(column(name)?);
            }
        }
        Ok(found)
    };
    let id_column = column("id")?;
    let name = columns(["name_en", "name_fr", "name_es", "name_ru"])?;
    let running = columns(["", "name_fr_running", "name_es_running", ""])?;
    let acronym = columns(["", "acronym_fr", "acronym_es", "acronym_ru"])?;
    let source = columns(["source_en", "source_fr", "source_es", "source_ru"])?;
    let mut names = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|err| format!("un_org_names.csv: {err}"))?;
        // "not found" is the file's word for a name no source gave.
        let field = |i: Option<usize>| -> String {
            let value = i.and_then(|i| record.get(i)).unwrap_or_default().trim();
            if value.eq_ignore_ascii_case("not found") {
                String::new()
            } else {
                value.to_owned()
            }
        };
        let id = field(Some(id_column));
        let Some(standing) = organisations.iter_mut().find(|o| o.organisation.id == id) else {
            return Err(format!(
                "un_org_names.csv row {}: no standing observer {id:?}",
                index + 2
            ));
        };
        let mut entry = OrgNames {
            name: name.map(&field),
            running: running.map(&field),
            acronym: acronym.map(&field),
            source: source.map(&field),
        };
        // French prints the apostrophe as the UN's French documents do ("l’Union africaine"), as the
        // rest of a letter does; the file has the typewriter's.
        for text in [&mut entry.name[1], &mut entry.running[1]] {
            *text = text.replace('\'', "’");
        }
        entry.acronym[0].clone_from(&standing.organisation.acronym);
        if entry.name[0].is_empty() {
            entry.name[0].clone_from(&standing.organisation.name);
        } else {
            standing.organisation.name.clone_from(&entry.name[0]);
        }
        names.insert(id, entry);
    }
    Ok(names)
}

fn parse_date(field: &str, row: usize, column: &str) -> Result<Option<Date>, String> {
    if field.is_empty() {
        return Ok(None);
    }
    Date::parse_from_str(field, "%Y-%m-%d")
        .map(Some)
        .map_err(|err| format!("row {row}, column {column}: {field:?} is not a date ({err})"))
}

fn parse_states(
    states_csv: &str,
    earlier: &HashMap<String, Vec<EarlierName>>,
) -> Result<Vec<StateRecord>, String> {
    let mut aliases: HashMap<String, Vec<String>> = earlier
        .iter()
        .map(|(iso3, names)| {
            let mut list: Vec<String> = Vec::new();
            for name in names {
                if !list.contains(&name.name) {
                    list.push(name.name.clone());
                }
            }
            (iso3.clone(), list)
        })
        .collect();

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
        return Err(format!(
            "un_name_changes.csv names an unknown State {unknown:?}"
        ));
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
        assert_eq!(standing_organisations().len(), 27);
        assert!(
            standing_organisation("unoda").is_none(),
            "UNODA is the secretariat"
        );
        assert_eq!(formal_names_count(), 197);
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
        assert_eq!(
            turkey.aliases,
            vec![
                "Turkey".to_owned(),
                "Turquie".to_owned(),
                "Turquía".to_owned()
            ]
        );
        assert!(state("CZE").is_some_and(|s| s.aliases.contains(&"Czech Republic".to_owned())));
    }

    fn formal_names_count() -> usize {
        states()
            .iter()
            .filter(|s| formal_names(&s.iso3).is_some_and(|f| !f.formal(Lang::En).is_empty()))
            .count()
    }

    #[test]
    fn names_follow_the_date() {
        let d = |y, m, day| Date::from_ymd_opt(y, m, day).unwrap_or_default();
        let on = |iso3, lang, date| short_name_on(iso3, lang, date).unwrap_or_default();
        let msp13 = d(2013, 12, 2);
        assert_eq!(on("NLD", Lang::En, msp13), "Netherlands");
        assert_eq!(
            on("NLD", Lang::En, d(2026, 12, 1)),
            "Netherlands (Kingdom of the)"
        );
        assert_eq!(on("CZE", Lang::Fr, msp13), "République tchèque");
        assert_eq!(
            on("MKD", Lang::En, msp13),
            "The former Yugoslav Republic of Macedonia"
        );
        assert_eq!(on("SWZ", Lang::Es, msp13), "Swazilandia");
        assert_eq!(on("TUR", Lang::En, msp13), "Turkey");
        // Russian kept «Турция»: no change in that language.
        assert_eq!(
            on("TUR", Lang::Ru, msp13),
            on("TUR", Lang::Ru, d(2026, 1, 1))
        );
        // Cabo Verde from 24 October 2013: the 13MSP already used it.
        assert_eq!(on("CPV", Lang::En, msp13), "Cabo Verde");
        assert_eq!(on("CPV", Lang::En, d(2013, 10, 23)), "Cape Verde");
        assert_eq!(on("CPV", Lang::En, d(2013, 10, 24)), "Cabo Verde");
        // Serbia: Yugoslavia, then Serbia and Montenegro, then Serbia.
        assert_eq!(on("SRB", Lang::En, d(2003, 2, 3)), "Yugoslavia");
        assert_eq!(on("SRB", Lang::En, d(2003, 2, 4)), "Serbia and Montenegro");
        assert_eq!(on("SRB", Lang::En, d(2006, 6, 3)), "Serbia");
    }

    #[test]
    fn formal_names_keep_their_articles() {
        let nld = formal_names("NLD").expect("the Netherlands");
        assert_eq!(nld.formal(Lang::En), "the Kingdom of the Netherlands");
        assert_eq!(nld.formal(Lang::Fr), "le Royaume des Pays-Bas");
        assert_eq!(nld.short(Lang::Es), Some("los Países Bajos"));
        assert_eq!(nld.gender_fr, Some(FrenchGender::Plural));
        assert_eq!(nld.short(Lang::Ru), None);
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
