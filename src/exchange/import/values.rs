//! The values of a registration file read by what they mean, in English, French, Spanish and Russian:
//! Yes/No in a head-of-delegation column, a gender in any of its spellings, a registration state, and a
//! whole name split into honorific, given name and family name, saying when the split is not certain.

use crate::model::{Gender, Role};
use crate::text::fold;

/// Spaces tidied: trimmed, and every run of spaces one space ("Tomás  Herrera").
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `key` (folded) is one of `words`, folded as it is.
fn one_of(key: &str, words: &[&str]) -> bool {
    words.iter().any(|w| fold(w) == key)
}

/// A yes or a no ("Yes", "Oui", "Sí", "Да", "X", "1"), in a column that asks one question.
pub fn yes_no(text: &str) -> Option<bool> {
    let key = fold(text.trim());
    let key = key.trim_end_matches(['.', '!']);
    const YES: [&str; 16] = [
        "yes",
        "y",
        "oui",
        "o",
        "sí",
        "si",
        "s",
        "да",
        "д",
        "x",
        "1",
        "true",
        "vrai",
        "verdadero",
        "✓",
        "✔",
    ];
    const NO: [&str; 12] = [
        "", "no", "n", "non", "нет", "н", "0", "false", "faux", "falso", "-", "—",
    ];
    if one_of(key, &YES) {
        Some(true)
    } else if one_of(key, &NO) {
        Some(false)
    } else {
        None
    }
}

/// A gender in the spellings forms use: "Female", "F", "Femme", "Femenino", "Mujer", "Женский", "Ж".
pub fn gender(text: &str) -> Option<Gender> {
    let key = fold(text.trim());
    let key = key.trim_end_matches('.');
    // The words the app writes in each of its languages (a row copied from the People view).
    for lang in crate::i18n::Lang::ALL {
        for gender in Gender::ALL {
            if fold(&crate::model::words::gender_in(lang, gender)) == key {
                return Some(gender);
            }
        }
    }
    let words: [(Gender, &[&str]); 4] = [
        (
            Gender::Unknown,
            &[
                "",
                "unknown",
                "not stated",
                "prefer not to say",
                "non précisé",
                "no consta",
            ],
        ),
        (
            Gender::Female,
            &[
                "f",
                "female",
                "woman",
                "w",
                "femme",
                "féminin",
                "femenino",
                "mujer",
                "женский",
                "ж",
                "жен",
                "женщина",
            ],
        ),
        (
            Gender::Male,
            &[
                "m",
                "male",
                "man",
                "homme",
                "h",
                "masculin",
                "masculino",
                "hombre",
                "varón",
                "мужской",
                "м",
                "муж",
                "мужчина",
            ],
        ),
        (Gender::Other, &["other", "x", "autre", "otro", "другой"]),
    ];
    words
        .into_iter()
        .find(|(_, words)| one_of(key, words))
        .map(|(gender, _)| gender)
}

/// Whether a registration system's state keeps the row out ("withdrawn", "cancelled", "annulé",
/// "cancelado", "отменена"): `Some(true)` for a state that keeps it out, `Some(false)` for one that
/// confirms it, `None` for a state not known either way (imported, and said).
pub fn left_out_by_state(text: &str) -> Option<bool> {
    let key = fold(text.trim());
    let word = key.split_whitespace().next().unwrap_or_default();
    const OUT: [&str; 20] = [
        "withdrawn",
        "cancelled",
        "canceled",
        "rejected",
        "declined",
        "deleted",
        "annule",
        "annulee",
        "retire",
        "retiree",
        "rejete",
        "rejetee",
        "refuse",
        "refusee",
        "cancelado",
        "cancelada",
        "anulado",
        "anulada",
        "rechazado",
        "rechazada",
    ];
    const OUT_MORE: [&str; 8] = [
        "retirado",
        "retirada",
        "отменена",
        "отменен",
        "отозвана",
        "отозван",
        "отклонена",
        "отклонен",
    ];
    const IN: [&str; 20] = [
        "",
        "registered",
        "confirmed",
        "accepted",
        "approved",
        "complete",
        "completed",
        "active",
        "inscrit",
        "inscrite",
        "confirme",
        "confirmee",
        "accepte",
        "registrado",
        "registrada",
        "confirmado",
        "confirmada",
        "aceptado",
        "зарегистрирован",
        "подтвержден",
    ];
    if one_of(word, &OUT) || one_of(word, &OUT_MORE) {
        Some(true)
    } else if one_of(word, &IN) || one_of(word, &["зарегистрирована", "подтверждена"])
    {
        Some(false)
    } else {
        None
    }
}

/// The role a function line states, and the function without it: "Ambassador, Permanent
/// Representative, Head of Delegation" is the Head of Delegation, whose function is "Ambassador,
/// Permanent Representative". Only a part of the line (between commas, or the whole) that is a role.
pub fn role_in_function(function: &str) -> Option<(Role, String)> {
    let parts: Vec<&str> = function.split([',', ';']).map(str::trim).collect();
    let (at, role) = parts
        .iter()
        .enumerate()
        .find_map(|(i, part)| role_phrase(part).map(|role| (i, role)))?;
    let rest: Vec<&str> = parts
        .iter()
        .enumerate()
        .filter(|(i, p)| *i != at && !p.is_empty())
        .map(|(_, p)| *p)
        .collect();
    Some((role, rest.join(", ")))
}

/// A phrase that names a role in a delegation, in the four languages.
fn role_phrase(text: &str) -> Option<Role> {
    let key = super::mapping::key(text);
    match key.as_str() {
        "head of delegation"
        | "head of the delegation"
        | "chef de delegation"
        | "chef de la delegation"
        | "cheffe de delegation"
        | "cheffe de la delegation"
        | "jefe de delegacion"
        | "jefe de la delegacion"
        | "jefa de delegacion"
        | "jefa de la delegacion"
        | "глава делегации"
        | "руководитель делегации" => Some(Role::HeadOfDelegation),
        "alternate head of delegation"
        | "alternate head of the delegation"
        | "deputy head of delegation"
        | "deputy head of the delegation"
        | "chef adjoint de la delegation"
        | "chef adjoint de delegation"
        | "cheffe adjointe de la delegation"
        | "jefe adjunto de la delegacion"
        | "jefa adjunta de la delegacion"
        | "jefe suplente de la delegacion"
        | "заместитель главы делегации" => Some(Role::Alternate),
        _ => None,
    }
}

/// Honorifics as they open a name, in the four languages, folded and without their full stops: "H.E.
/// Mr.", "S.E. M.", "Sra.", "г-жа". A name's first words that are all among them are its honorific.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "he",
    "h e",
    "hon",
    "amb",
    "ambassador",
    "msgr",
    "monsignor",
    "mgr",
    "rev",
    "fr",
    "sir",
    "dame",
    "lord",
    "lady",
    "m",
    "mme",
    "mlle",
    "se",
    "s e",
    "me",
    "pr",
    "sr",
    "sra",
    "srta",
    "d",
    "dna",
    "don",
    "dona",
    "excmo",
    "excma",
    "embajador",
    "embajadora",
    "ambassadeur",
    "ambassadrice",
    "г н",
    "г жа",
    "гн",
    "гжа",
    "г",
    "д р",
    "др",
    "проф",
    "посол",
];

/// Whether a word of a name is an honorific, or a part of one.
fn is_honorific(word: &str) -> bool {
    let key = fold(word).replace(['.', ','], "").replace('-', " ");
    one_of(key.trim(), HONORIFICS)
}

/// Whether a word is written in capitals (at least two letters, none in lower case): where a family
/// name is, in a name written as "José Luis GARCÍA PÉREZ".
fn in_capitals(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| !c.is_lowercase())
}

/// A whole name split into its parts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SplitName {
    pub honorific: String,
    pub given: String,
    pub family: String,
    /// Whether the split is certain: the family name was marked (in capitals, or before a comma).
    pub certain: bool,
}

/// Splits a whole name: the honorific its first words are, then the family name where the name marks it
/// (the words in capitals, "Ana ROJAS", "GARCÍA PÉREZ, José Luis"; or what comes before a comma, "Rojas,
/// Ana"). A name that marks nothing ("Tomás Herrera") is split before its last word, and said to be
/// uncertain: the preview asks to confirm it.
pub fn split_name(whole: &str) -> SplitName {
    let whole = tidy(whole);
    let (before_comma, after_comma) = match whole.split_once(',') {
        Some((before, after)) => (tidy(before), Some(tidy(after))),
        None => (whole.clone(), None),
    };
    let words: Vec<&str> = before_comma.split(' ').filter(|w| !w.is_empty()).collect();
    let honorific_len = words
        .iter()
        .take_while(|w| is_honorific(w) && !in_capitals_name(w))
        .count()
        .min(words.len().saturating_sub(1));
    let honorific = words[..honorific_len].join(" ");
    let rest = &words[honorific_len..];
    if let Some(given) = after_comma.filter(|g| !g.is_empty()) {
        // "Rojas, Ana": the family name first.
        return SplitName {
            honorific,
            given,
            family: rest.join(" "),
            certain: true,
        };
    }
    let capitals: Vec<usize> = rest
        .iter()
        .enumerate()
        .filter(|(_, w)| in_capitals(w))
        .map(|(i, _)| i)
        .collect();
    let contiguous = capitals.windows(2).all(|w| w[1] == w[0] + 1);
    if !capitals.is_empty() && capitals.len() < rest.len() && contiguous {
        let (first, last) = (capitals[0], capitals[capitals.len() - 1]);
        // The capitals at the end ("Ana ROJAS") or at the start ("ROJAS Ana").
        if last == rest.len() - 1 || first == 0 {
            let family = rest[first..=last].join(" ");
            let given: Vec<&str> = rest
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < first || *i > last)
                .map(|(_, w)| *w)
                .collect();
            return SplitName {
                honorific,
                given: given.join(" "),
                family,
                certain: true,
            };
        }
    }
    match rest {
        [] => SplitName {
            honorific,
            ..SplitName::default()
        },
        [one] => SplitName {
            honorific,
            given: String::new(),
            family: (*one).to_owned(),
            certain: false,
        },
        [given @ .., family] => SplitName {
            honorific,
            given: given.join(" "),
            family: (*family).to_owned(),
            certain: false,
        },
    }
}

/// An honorific written in capitals ("MR.") is still an honorific; a family name in capitals that
/// happens to be one ("DON") is not, when it ends the name: checked by the caller's bound.
fn in_capitals_name(word: &str) -> bool {
    in_capitals(word) && !word.contains('.') && word.chars().count() > 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(whole: &str) -> (String, String, String, bool) {
        let s = split_name(whole);
        (s.honorific, s.given, s.family, s.certain)
    }

    #[test]
    fn names_split_where_they_mark_the_family_name() {
        let t = |h: &str, g: &str, f: &str, c| (h.to_owned(), g.to_owned(), f.to_owned(), c);
        assert_eq!(split("Ana ROJAS"), t("", "Ana", "ROJAS", true));
        assert_eq!(
            split("José Luis GARCÍA PÉREZ"),
            t("", "José Luis", "GARCÍA PÉREZ", true)
        );
        assert_eq!(
            split("H.E. Mr. Arne VIKEBØ"),
            t("H.E. Mr.", "Arne", "VIKEBØ", true)
        );
        assert_eq!(
            split("S.E. M. Abdou DIOP"),
            t("S.E. M.", "Abdou", "DIOP", true)
        );
        assert_eq!(split("Sra. María LÓPEZ"), t("Sra.", "María", "LÓPEZ", true));
        assert_eq!(
            split("г-жа Анна ИВАНОВА"),
            t("г-жа", "Анна", "ИВАНОВА", true)
        );
        assert_eq!(split("Rojas, Ana"), t("", "Ana", "Rojas", true));
        assert_eq!(split("ROJAS Ana"), t("", "Ana", "ROJAS", true));
        // Nothing marks it: split before the last word, and said to be uncertain.
        assert_eq!(split("Tomás  Herrera"), t("", "Tomás", "Herrera", false));
        assert_eq!(split("Mr. Jan De Smet"), t("Mr.", "Jan De", "Smet", false));
    }

    #[test]
    fn yes_no_and_gender_in_four_languages() {
        for yes in ["Yes", "Oui", "Sí", "si", "Да", "X"] {
            assert_eq!(yes_no(yes), Some(true), "{yes}");
        }
        for no in ["No", "Non", "Нет", ""] {
            assert_eq!(yes_no(no), Some(false), "{no}");
        }
        assert_eq!(yes_no("maybe"), None);
        for female in ["Female", "F", "Femme", "Femenino", "Mujer", "Женский", "ж"] {
            assert_eq!(gender(female), Some(Gender::Female), "{female}");
        }
        for male in ["Male", "M", "Homme", "Masculino", "Мужской"] {
            assert_eq!(gender(male), Some(Gender::Male), "{male}");
        }
    }

    #[test]
    fn roles_stated_in_a_function_line() {
        assert_eq!(
            role_in_function("Ambassador, Permanent Representative, Head of Delegation"),
            Some((
                Role::HeadOfDelegation,
                "Ambassador, Permanent Representative".to_owned()
            ))
        );
        assert_eq!(
            role_in_function("Minister Counsellor, Alternate Head of Delegation"),
            Some((Role::Alternate, "Minister Counsellor".to_owned()))
        );
        assert_eq!(role_in_function("Senior Adviser"), None);
    }

    #[test]
    fn registration_states() {
        assert_eq!(left_out_by_state("withdrawn"), Some(true));
        assert_eq!(left_out_by_state("Annulé"), Some(true));
        assert_eq!(left_out_by_state("Отменена"), Some(true));
        assert_eq!(left_out_by_state("Registered"), Some(false));
        assert_eq!(left_out_by_state("pending"), None);
    }
}
