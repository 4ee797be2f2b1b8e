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

/// The characters that draw nothing and can make two equal names look different or reorder a line: zero-
/// width spaces and joiners, direction marks, embeddings, overrides and isolates, the word joiner and
/// invisible operators, the byte-order mark, the soft hyphen, and control characters (a tab or line break
/// aside, which notes may hold).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    ) || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// A value as it enters the workspace from a form or an import: invisible and direction-control
/// characters removed (they would let "Bob SMI\u{200B}TH" pass for another person than "Bob SMITH", or
/// turn a name around on screen).
pub fn clean(text: &str) -> String {
    text.chars().filter(|&c| !is_invisible(c)).collect()
}

/// [`clean`], and a single line: line breaks and tabs become spaces (names and function lines are one
/// line).
pub fn clean_line(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_invisible(c))
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// `text` cut to at most `max` characters, with "…" where it was cut: for window titles and other places
/// where a long name would not fit (or, in a window title, make the window system refuse it).
pub fn shorten(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.chars().count() <= max {
        return text.into();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end()).into()
}

/// The letters and digits of text, folded: how a word typed in a file is compared with the words the app
/// knows, whatever its spaces, hyphens, underscores or case ("Permanent Mission" and `permanent_mission`
/// are both "permanentmission"; "Genève" is "geneve").
pub fn letters_and_digits(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Folds text for search and comparison: decomposed, without combining marks or invisible characters,
/// lower-cased, apostrophes normalised. Works
/// for any script: "Côte" → "cote", "Ёлкин" → "елкин", "Türkiye" → "turkiye".
pub fn fold(text: &str) -> String {
    let text = normalise_apostrophes(text);
    let mut folded = String::with_capacity(text.len());
    // Invisible characters are not part of a name: "SMI\u{200B}TH" is "SMITH".
    for c in text
        .nfd()
        .filter(|&c| !is_combining_mark(c) && !is_invisible(c))
    {
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
