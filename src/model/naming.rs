//! How running text names an invitee: a State by its formal name with the article ("the Plurinational
//! State of Bolivia", "le Royaume des Pays-Bas"), as the UN wrote it on the letter's date, and the
//! prepositions each language joins to the article ("du Royaume des Pays-Bas", "del Reino de los Países
//! Bajos", "au Représentant permanent").
//!
//! The formal names of the reference data are today's. On an earlier date the app uses one only when it
//! can tell from the data that it was already right then; otherwise it uses the short name in force that
//! day and says so ([`Basis::InForce`]), so a letter never calls Swaziland "the Kingdom of Eswatini" in 2013.

use super::reference;
use super::{Date, EntityId, Workspace};
use crate::i18n::Lang;

/// Where a name in running text comes from, so a letter can be checked before it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The user's own wording for this invitee and language.
    Override,
    /// The UNTERM formal name (or, in English, French and Spanish, the short name with its article),
    /// known to be the one in force on the date.
    Formal,
    /// The UN short name in force on the date, as it is: the State has been renamed since, and the
    /// formal name of that day is not in the data. The letter check points it out.
    InForce,
    /// An organisation's name in the language (with its article in French and Spanish), from the
    /// reference data.
    Organisation,
    /// An organisation whose name in the language, or in French and Spanish its form with the article,
    /// neither the reference data nor the user gives: `text` is what is known (its name without the
    /// article, or its English name), which a letter does not print. The letter check asks for it.
    Missing,
}

/// An invitee's name as running text uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunningName {
    pub text: String,
    pub basis: Basis,
}

/// The name of `id` in running text in `lang`, as on `date`.
///
/// For a State: the user's wording if set; else, when the UN's short name has not changed since `date`,
/// today's formal name; else the formal name if it already held that day's short name (the Czech
/// Republic, the Kingdom of the Netherlands) and was not itself the new name (the State of Palestine);
/// else that day's short name ("Swaziland", "the former Yugoslav Republic of Macedonia").
pub fn running_name(workspace: &Workspace, id: &EntityId, lang: Lang, date: Date) -> RunningName {
    if let Some(text) = workspace
        .corrections
        .get(id)
        .and_then(|c| c.running.get(&lang))
        .filter(|t| !t.trim().is_empty())
    {
        return RunningName {
            text: text.clone(),
            basis: Basis::Override,
        };
    }
    let EntityId::State(iso3) = id else {
        return org_running_name(workspace, id, lang, date);
    };
    state_running_name(iso3, lang, date)
}

/// An organisation's name in running text (the user's wording set none): in French and Spanish the
/// reference data's form with its article ("l'Union africaine"); in English and Russian its name in
/// that language. An article is never guessed: without such a form the name is [`Basis::Missing`].
fn org_running_name(workspace: &Workspace, id: &EntityId, lang: Lang, date: Date) -> RunningName {
    let EntityId::Org(org) = id else {
        return RunningName {
            text: workspace.name_on(id, lang, date).to_owned(),
            basis: Basis::Missing,
        };
    };
    let known = |text: &str| RunningName {
        text: text.to_owned(),
        basis: Basis::Organisation,
    };
    let missing = RunningName {
        text: workspace.org_name(org, lang).to_owned(),
        basis: Basis::Missing,
    };
    match lang {
        Lang::Fr | Lang::Es => super::reference::org_names(org)
            .and_then(|n| n.running(lang))
            .map_or(missing, known),
        Lang::En | Lang::Ru => workspace.org_name_given(org, lang).map_or(missing, known),
    }
}

/// A State's name in running text from the reference data alone (no user's wording): what
/// [`running_name`] gives when the user has set none.
pub fn state_running_name(iso3: &str, lang: Lang, date: Date) -> RunningName {
    let then = reference::short_name_on(iso3, lang, date).unwrap_or(iso3);
    let today = reference::short_name_on(iso3, lang, Date::MAX).unwrap_or(iso3);
    let formal = reference::formal_names(iso3)
        .map(|f| f.formal(lang))
        .filter(|f| !f.is_empty());
    match formal {
        Some(formal) if then == today => RunningName {
            text: formal.to_owned(),
            basis: Basis::Formal,
        },
        Some(formal)
            if contains_words(without_article(formal), then)
                && !same_words(without_article(formal), today) =>
        {
            RunningName {
                text: formal.to_owned(),
                basis: Basis::Formal,
            }
        }
        _ => RunningName {
            text: in_running_text(then, lang),
            basis: Basis::InForce,
        },
    }
}

/// A short name placed in running text: English lowers the article that opens a list name ("The former
/// Yugoslav Republic of Macedonia" is "the former …" mid-sentence).
fn in_running_text(name: &str, lang: Lang) -> String {
    match (lang, name.strip_prefix("The ")) {
        (Lang::En, Some(rest)) => format!("the {rest}"),
        _ => name.to_owned(),
    }
}

/// The articles that may open a name in running text.
const ARTICLES: [&str; 9] = [
    "the ", "le ", "la ", "les ", "l'", "el ", "los ", "las ", "l’",
];

/// A name without the article it opens with.
pub fn without_article(name: &str) -> &str {
    let lower = name.to_lowercase();
    ARTICLES
        .iter()
        .find(|a| lower.starts_with(*a))
        .and_then(|a| name.get(a.len()..))
        .unwrap_or(name)
}

fn words(text: &str) -> Vec<String> {
    crate::text::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `name`'s words appear, in order and together, among `text`'s.
fn contains_words(text: &str, name: &str) -> bool {
    let (text, name) = (words(text), words(name));
    !name.is_empty() && text.windows(name.len()).any(|w| w == name.as_slice())
}

fn same_words(a: &str, b: &str) -> bool {
    words(a) == words(b)
}

fn starts_with_vowel_sound(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        let c = crate::text::fold(&c.to_string());
        c.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h'])
    })
}

/// "of" and the name, with the contraction the language needs: "of the Kingdom of the Netherlands", "du
/// Royaume des Pays-Bas", "de la Fédération de Russie", "d’Israël", "del Reino de los Países Bajos".
/// Russian declines names, which the app cannot do: the name is given as it is.
pub fn of_name(lang: Lang, name: &str) -> String {
    joined(
        lang,
        name,
        ("of ", ["du ", "des ", "de la ", "de l’"], "de ", "d’"),
        ("del ", "de "),
    )
}

/// "to" and the name, with the contraction the language needs: "to the Russian Federation", "au
/// Royaume des Pays-Bas", "aux États-Unis", "à la Fédération de Russie", "al Reino de los Países Bajos",
/// "a la Federación de Rusia". Russian: the name as it is.
pub fn to_name(lang: Lang, name: &str) -> String {
    joined(
        lang,
        name,
        ("to ", ["au ", "aux ", "à la ", "à l’"], "à ", "à "),
        ("al ", "a "),
    )
}

/// A preposition before `name` in `lang`: the English one as it is, the French one joined to the
/// article (its forms for le, les, la and l', then before a consonant and before a vowel without
/// article), the Spanish one joined to "el" (contracted, plain).
fn joined(
    lang: Lang,
    name: &str,
    (english, french, bare, elided): (&str, [&str; 4], &str, &str),
    (contracted, plain): (&str, &str),
) -> String {
    match lang {
        Lang::En => format!("{english}{name}"),
        Lang::Fr => with_article(name, french, bare, elided),
        Lang::Es => match name.strip_prefix("el ") {
            Some(rest) => format!("{contracted}{rest}"),
            None => format!("{plain}{name}"),
        },
        Lang::Ru => name.to_owned(),
    }
}

/// A French preposition joined to the article `name` opens with: `forms` for le, les, la and l', `bare`
/// before a consonant without article, `elided` before a vowel without article.
fn with_article(name: &str, forms: [&str; 4], bare: &str, elided: &str) -> String {
    let [le, les, la, l] = forms;
    for (article, joined) in [
        ("le ", le),
        ("les ", les),
        ("la ", la),
        ("l'", l),
        ("l’", l),
    ] {
        if let Some(rest) = name.strip_prefix(article) {
            return format!("{joined}{rest}");
        }
    }
    if starts_with_vowel_sound(name) {
        format!("{elided}{name}")
    } else {
        format!("{bare}{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin_workspace;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn name(iso3: &str, lang: Lang, date: Date) -> RunningName {
        running_name(&builtin_workspace(), &EntityId::state(iso3), lang, date)
    }

    #[test]
    fn formal_names_in_december_2013() {
        let msp13 = d(2013, 12, 2);
        assert_eq!(
            name("BOL", Lang::En, msp13).text,
            "the Plurinational State of Bolivia"
        );
        assert_eq!(
            name("NLD", Lang::En, msp13).text,
            "the Kingdom of the Netherlands"
        );
        assert_eq!(name("NLD", Lang::Fr, msp13).text, "le Royaume des Pays-Bas");
        assert_eq!(name("CZE", Lang::En, msp13).text, "the Czech Republic");
        assert_eq!(name("VAT", Lang::Es, msp13).text, "la Santa Sede");
        assert_eq!(name("RUS", Lang::Fr, msp13).text, "la Fédération de Russie");
    }

    #[test]
    fn renamed_states_keep_the_name_of_the_day() {
        let msp13 = d(2013, 12, 2);
        let swaziland = name("SWZ", Lang::En, msp13);
        assert_eq!(swaziland.text, "Swaziland");
        assert_eq!(swaziland.basis, Basis::InForce);
        assert_eq!(
            name("MKD", Lang::En, msp13).text,
            "the former Yugoslav Republic of Macedonia"
        );
        assert_eq!(name("TUR", Lang::En, msp13).text, "Turkey");
        // The State of Palestine was "Palestine" until 16 December 2012.
        assert_eq!(name("PSE", Lang::En, d(2012, 12, 16)).text, "Palestine");
        assert_eq!(
            name("PSE", Lang::En, d(2012, 12, 17)).text,
            "the State of Palestine"
        );
        // Today's names once the change has happened.
        assert_eq!(
            name("SWZ", Lang::En, d(2026, 1, 1)).text,
            "the Kingdom of Eswatini"
        );
    }

    #[test]
    fn the_users_wording_wins() {
        let mut workspace = builtin_workspace();
        workspace
            .corrections
            .entry(EntityId::state("SWZ"))
            .or_default()
            .running
            .insert(Lang::En, "the Kingdom of Swaziland".to_owned());
        let named = running_name(
            &workspace,
            &EntityId::state("SWZ"),
            Lang::En,
            d(2013, 12, 2),
        );
        assert_eq!(named.text, "the Kingdom of Swaziland");
        assert_eq!(named.basis, Basis::Override);
    }

    #[test]
    fn prepositions_join_the_article() {
        let of = [
            (
                Lang::Fr,
                "le Royaume des Pays-Bas",
                "du Royaume des Pays-Bas",
            ),
            (Lang::Fr, "les Îles Cook", "des Îles Cook"),
            (
                Lang::Fr,
                "la Fédération de Russie",
                "de la Fédération de Russie",
            ),
            (
                Lang::Fr,
                "l’État plurinational de Bolivie",
                "de l’État plurinational de Bolivie",
            ),
            (Lang::Fr, "Israël", "d’Israël"),
            (Lang::Fr, "Nioué", "de Nioué"),
            (
                Lang::Es,
                "el Reino de los Países Bajos",
                "del Reino de los Países Bajos",
            ),
            (
                Lang::Es,
                "la Federación de Rusia",
                "de la Federación de Rusia",
            ),
            (Lang::En, "the Holy See", "of the Holy See"),
        ];
        for (lang, name, expected) in of {
            assert_eq!(of_name(lang, name), expected);
        }
        let to = [
            (Lang::Fr, "le Saint-Siège", "au Saint-Siège"),
            (
                Lang::Fr,
                "les États-Unis d’Amérique",
                "aux États-Unis d’Amérique",
            ),
            (Lang::Es, "el Estado de Palestina", "al Estado de Palestina"),
            (Lang::Es, "la Santa Sede", "a la Santa Sede"),
        ];
        for (lang, name, expected) in to {
            assert_eq!(to_name(lang, name), expected);
        }
    }
}
