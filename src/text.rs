//! Text as people read it: names sorted by Unicode collation (never byte order) and search that ignores case
//! and diacritics in any script.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

/// The root collation, which is English's: "Côte d'Ivoire" sorts between "Costa Rica" and "Croatia", and
/// case and accents only break ties.
fn collator() -> &'static CollatorBorrowed<'static> {
    static COLLATOR: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    COLLATOR.get_or_init(|| {
        // Compiled data is built into the binary; the root locale always exists in it.
        Collator::try_new(CollatorPreferences::default(), CollatorOptions::default())
            .unwrap_or_else(|err| panic!("the built-in collation data is missing: {err}"))
    })
}

/// The collator of an interface language: French, Spanish and Russian order their own alphabets; English
/// is the root order.
fn collator_in(lang: crate::i18n::Lang) -> &'static CollatorBorrowed<'static> {
    use crate::i18n::Lang;
    static COLLATORS: OnceLock<Vec<CollatorBorrowed<'static>>> = OnceLock::new();
    let collators = COLLATORS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let preferences = lang
                    .code()
                    .parse::<icu_locale_core::Locale>()
                    .map(|locale| CollatorPreferences::from(&locale))
                    .unwrap_or_default();
                Collator::try_new(preferences, CollatorOptions::default()).unwrap_or_else(|_| {
                    Collator::try_new(CollatorPreferences::default(), CollatorOptions::default())
                        .unwrap_or_else(|err| {
                            panic!("the built-in collation data is missing: {err}")
                        })
                })
            })
            .collect()
    });
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    collators.get(index).unwrap_or_else(|| collator())
}

/// Compares two names in the alphabetical order of `lang` (apostrophes normalised).
pub fn collate_in(lang: crate::i18n::Lang, a: &str, b: &str) -> Ordering {
    collator_in(lang).compare(&normalise_apostrophes(a), &normalise_apostrophes(b))
}

/// Compares two names in English alphabetical order, as the List of Participants sorts delegations.
/// Apostrophes are normalised first, so "Cote d’Ivoire" and "Cote d'Ivoire" sort alike.
pub fn collate(a: &str, b: &str) -> Ordering {
    collator().compare(&normalise_apostrophes(a), &normalise_apostrophes(b))
}

/// Replaces typographic apostrophes with the straight one, for sorting and matching only: what is printed
/// keeps the source's spelling.
pub fn normalise_apostrophes(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\u{2019}', '\u{2018}', '\u{02BC}']) {
        text.replace(['\u{2019}', '\u{2018}', '\u{02BC}'], "'")
            .into()
    } else {
        text.into()
    }
}

/// Folds text for search: decomposed, without combining marks, lower-cased, apostrophes normalised. Works
/// for any script: "Côte" → "cote", "Ёлкин" → "елкин", "Türkiye" → "turkiye".
pub fn fold(text: &str) -> String {
    let text = normalise_apostrophes(text);
    let mut folded = String::with_capacity(text.len());
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        folded.extend(c.to_lowercase());
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collation_folds_diacritics_and_case() {
        let mut names = vec![
            "Croatia",
            "Côte d'Ivoire",
            "Costa Rica",
            "cuba",
            "Türkiye",
            "Turkmenistan",
        ];
        names.sort_by(|a, b| collate(a, b));
        assert_eq!(
            names,
            vec![
                "Costa Rica",
                "Côte d'Ivoire",
                "Croatia",
                "cuba",
                "Türkiye",
                "Turkmenistan"
            ]
        );
    }

    #[test]
    fn folding_in_latin_and_cyrillic() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("ЁЛКИН Йошкар"), "елкин иошкар");
        assert_eq!(fold("TÜRKIYE"), "turkiye");
    }
}
