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

/// [`clean`], and a single line: a line break or tab becomes a space, and a run of spaces one space, so
/// that a name pasted from two lines of a document reads as it did ("Ana\r\nX" is "Ana X", whether the
/// break arrives as itself or, as egui's single-line field hands it over, as two spaces). Names and
/// function lines are one line, and a list prints one space between words anyway.
pub fn clean_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    for c in text.chars().filter(|&c| !is_invisible(c)) {
        let c = if is_line_break_or_tab(c) { ' ' } else { c };
        if !(c == ' ' && line.ends_with(' ')) {
            line.push(c);
        }
    }
    line
}

/// A line break (CR, LF, the next-line control, the Unicode line and paragraph separators) or a tab.
fn is_line_break_or_tab(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// What keeps a value out of a single-line field (a name, an honorific, a function, a contact, an
/// e-mail address, a phone number, a city, a reference): such a value is printed on one line and, for
/// the contact and the e-mail address, written into a message's headers, where a line break would start
/// a header of its own ("Bcc: …").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineFault {
    /// A line break: CR, LF, or another character that ends a line.
    LineBreak(char),
    Tab,
    /// Another control character (ESC, BEL, NUL…).
    Control(char),
    /// A character that draws nothing or turns text around ([`is_invisible`]).
    Invisible(char),
}

impl LineFault {
    /// The message of `assets/i18n` that says what the fault is.
    pub fn key(self) -> &'static str {
        match self {
            Self::LineBreak(_) => "fault-line-break",
            Self::Tab => "fault-tab",
            Self::Control(_) => "fault-control",
            Self::Invisible(_) => "fault-invisible",
        }
    }

    /// The character at fault, as its code point ("U+001B"), for the messages that name it.
    pub fn code_point(self) -> String {
        let c = match self {
            Self::Tab => '\t',
            Self::LineBreak(c) | Self::Control(c) | Self::Invisible(c) => c,
        };
        format!("U+{:04X}", u32::from(c))
    }
}

/// Why `text` cannot stand in a single-line field, if it cannot: its first line break, tab, control or
/// invisible character.
pub fn line_fault(text: &str) -> Option<LineFault> {
    // Printable ASCII has none of them.
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return None;
    }
    text.chars().find_map(|c| {
        if matches!(c, '\t') {
            Some(LineFault::Tab)
        } else if is_line_break_or_tab(c) {
            Some(LineFault::LineBreak(c))
        } else if c.is_control() {
            Some(LineFault::Control(c))
        } else if is_invisible(c) {
            Some(LineFault::Invisible(c))
        } else {
            None
        }
    })
}

/// `text` as a message shows a value the user must correct: control characters (line breaks and tabs
/// among them) written as escapes ("Ana\\r\\nX"), so that the message stays on its line and shows what
/// is there.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_control) {
        text.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Whether every letter of `text` is in Latin script (with its accents: "Zoë", "Łukasz", "Nguyễn"), as
/// lists in English, French and Spanish print names; spaces, hyphens, apostrophes, dots and digits are no
/// script. "Иван" and "محمد" are not.
pub fn is_latin_script(text: &str) -> bool {
    if text.is_ascii() {
        return true;
    }
    text.nfd().all(|c| {
        !c.is_alphabetic()
            || is_combining_mark(c)
            || matches!(
                u32::from(c),
                0x41..=0x5A
                    | 0x61..=0x7A
                    | 0xAA
                    | 0xBA
                    | 0xC0..=0x24F
                    | 0x250..=0x2AF
                    | 0x1D00..=0x1DBF
                    | 0x1E00..=0x1EFF
                    | 0x2C60..=0x2C7F
                    | 0xA720..=0xA7FF
                    | 0xAB30..=0xAB6F
                    | 0xFB00..=0xFB06
                    | 0xFF21..=0xFF3A
                    | 0xFF41..=0xFF5A
            )
    })
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
    // Most names are plain ASCII: nothing to decompose, no apostrophe to normalise, and control
    // characters the only invisible ones.
    if text.is_ascii() {
        return text
            .bytes()
            .filter(|b| !b.is_ascii_control() || matches!(b, b'\t' | b'\n' | b'\r'))
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
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

/// The characters a file name keeps: letters, digits, spaces and a few safe marks; anything else becomes
/// a hyphen.
fn file_safe(text: &str) -> String {
    let name: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '(' | ')') {
                c
            } else {
                '-'
            }
        })
        .collect();
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file name for one invitee's letter that cannot leave the folder it is written to: letters, digits,
/// spaces and a few safe marks only, no leading dot, limited length. The reference keeps its end (where
/// its number is) and the invitee its beginning, so a long prefix cannot make two names alike.
pub fn safe_file_name(reference: &str, invitee: &str) -> String {
    let reference = file_safe(reference);
    let reference: String = {
        let chars: Vec<char> = reference.chars().collect();
        chars[chars.len().saturating_sub(40)..].iter().collect()
    };
    let invitee: String = file_safe(invitee).chars().take(80).collect();
    let name = format!("{reference} {invitee}");
    let name = name.trim_matches(['-', '.', ' ']);
    if name.is_empty() {
        "letter.pdf".to_owned()
    } else {
        format!("{name}.pdf")
    }
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
    fn single_lines_take_no_break_tab_or_control() {
        assert_eq!(line_fault("Ana"), None);
        assert_eq!(line_fault("Ana\r\nX"), Some(LineFault::LineBreak('\r')));
        assert_eq!(
            line_fault("Ana\u{2028}X"),
            Some(LineFault::LineBreak('\u{2028}'))
        );
        assert_eq!(line_fault("a\tb"), Some(LineFault::Tab));
        assert_eq!(line_fault("a\u{1B}b"), Some(LineFault::Control('\u{1B}')));
        assert_eq!(
            line_fault("SMI\u{200B}TH"),
            Some(LineFault::Invisible('\u{200B}'))
        );
        assert_eq!(
            clean_line("Evil\r\nBcc: spy@evil.example"),
            "Evil Bcc: spy@evil.example"
        );
        assert_eq!(clean_line("a\t\tb\u{7}c"), "a bc");
        assert_eq!(clean_line("Ana\r X"), "Ana X");
        assert_eq!(clean_line("Ana \nX"), "Ana X");
        assert_eq!(clean_line("Ana  X"), "Ana X");
    }

    #[test]
    fn latin_script_with_its_accents_and_nothing_else() {
        for latin in [
            "Zoë",
            "Łukasz",
            "Nguyễn Văn",
            "O'Brien-Smith Jr.",
            "ÆSIR ßtraße",
            "",
        ] {
            assert!(is_latin_script(latin), "{latin}");
        }
        for other in ["Иван", "ПЕТРОВ", "محمد", "王", "Ana Иван"] {
            assert!(!is_latin_script(other), "{other}");
        }
    }

    #[test]
    fn folding_in_latin_and_cyrillic() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("ЁЛКИН Йошкар"), "елкин иошкар");
        assert_eq!(fold("TÜRKIYE"), "turkiye");
    }
}
