//! The app in English, French, Spanish and Russian: every user-facing text is a Fluent message in
//! `assets/i18n/{en,fr,es,ru}.ftl`, with plural forms right in each language (Russian has three). Dates
//! are written in each language's own form with chrono's locale data (Russian months in the genitive:
//! «2 декабря 2013 г.»); only the order of day, month and year comes from the message files.
//!
//! The interface language is process-wide ([`set_language`]); exports pass their own ([`tr_in`]).
//!
//! This is the core every layer that speaks stands on (it knows nothing of the domain): languages, the
//! message bundles, [`tr`] and [`tr_in`], dates, and [`Arg`], a value in a sentence. Each layer keeps the
//! words for its own things next to them: `model::words` (categories, statuses, roles…), `storage::words`
//! (why a file did not load or save), `exchange::words` (lists, import and export errors).

mod numbers;

use std::cell::Cell;
use std::sync::OnceLock;

pub use numbers::{count_in, decimal_in, number_in, percent_in};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language of the interface.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ru,
}

impl Lang {
    pub const ALL: [Self; 4] = [Self::En, Self::Fr, Self::Es, Self::Ru];

    /// The two-letter code, as in `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Ru => "ru",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::Es => "Español",
            Self::Ru => "Русский",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_', '.']).next().unwrap_or_default();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The system's language, if it is one of ours; English otherwise.
    pub fn from_system() -> Self {
        sys_locale::get_locales()
            .find_map(|l| Self::from_code(&l))
            .unwrap_or_default()
    }

    fn index(self) -> usize {
        match self {
            Self::En => 0,
            Self::Fr => 1,
            Self::Es => 2,
            Self::Ru => 3,
        }
    }

    fn chrono_locale(self) -> chrono::Locale {
        match self {
            Self::En => chrono::Locale::en_GB,
            Self::Fr => chrono::Locale::fr_FR,
            Self::Es => chrono::Locale::es_ES,
            Self::Ru => chrono::Locale::ru_RU,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Self::En => include_str!("../../assets/i18n/en.ftl"),
            Self::Fr => include_str!("../../assets/i18n/fr.ftl"),
            Self::Es => include_str!("../../assets/i18n/es.ftl"),
            Self::Ru => include_str!("../../assets/i18n/ru.ftl"),
        }
    }

    fn identifier(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

thread_local! {
    /// The interface language of the face drawn on this thread. A thread's own, not the process's:
    /// the app draws on one thread, and the tests run many apps at once in one process, each on its
    /// own thread, one in French beside one in English. Documents, letters and messages never read
    /// it: they are written in the language they are given.
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Sets the interface language, for this thread.
pub fn set_language(lang: Lang) {
    CURRENT.set(lang);
}

/// The interface language of this thread (English until it is set).
pub fn language() -> Lang {
    CURRENT.get()
}

/// What `say` says in English, on this thread, whatever the interface language: the errors' own
/// `Display`, which the command line prints, goes through the same words as the app's dialogs.
pub fn in_english(say: impl FnOnce() -> String) -> String {
    /// Puts the thread's language back however `say` ends.
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.set(self.0);
        }
    }
    let _restore = Restore(CURRENT.replace(Lang::En));
    say()
}

/// Something said in the interface's words: an error, say. Its words live beside the others of its
/// layer (`storage/words.rs`, `exchange/words.rs`…), which implement this for it; its English `Display`
/// is [`english`] of it, so the error's own module names no words module above it.
pub trait Worded {
    /// What it says, in the thread's interface language.
    fn words(&self) -> String;
}

/// Implements [`Worded`] for each type by the words function beside it: `i18n::worded!(LoadError =>
/// load_error, SaveError => save_error)`.
#[macro_export]
macro_rules! worded {
    ($($ty:ty => $words:path),* $(,)?) => {
        $(impl $crate::i18n::Worded for $ty {
            fn words(&self) -> String {
                $words(self)
            }
        })*
    };
}

pub use crate::worded;

/// What `worded` says, in English: the `Display` of the errors (the command line prints it).
pub fn english(worded: &impl Worded) -> String {
    in_english(|| worded.words())
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 4] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL.map(|lang| {
            let mut bundle = FluentBundle::new_concurrent(vec![lang.identifier()]);
            // egui would show the Unicode isolation marks as boxes.
            bundle.set_use_isolating(false);
            // Numbers as the language writes them ("50 000" in French), plurals chosen as before.
            bundle.set_formatter(Some(match lang {
                Lang::En => number_en,
                Lang::Fr => number_fr,
                Lang::Es => number_es,
                Lang::Ru => number_ru,
            }));
            // The message files are part of the build and checked by tests; a broken entry is skipped
            // rather than losing the whole language.
            let resource = match FluentResource::try_new(lang.source().to_owned()) {
                Ok(resource) => resource,
                Err((resource, _errors)) => resource,
            };
            let _ = bundle.add_resource(resource);
            bundle
        })
    })
}

/// The Fluent bundles' number formatters, a function each (the bundle takes a plain function).
fn number_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    numbers::fluent_number(Lang::En, value)
}
fn number_fr<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    numbers::fluent_number(Lang::Fr, value)
}
fn number_es<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    numbers::fluent_number(Lang::Es, value)
}
fn number_ru<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    numbers::fluent_number(Lang::Ru, value)
}

/// The message ids of a language's file, for the test that every language has every message.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let resource = match FluentResource::try_new(lang.source().to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut ids: Vec<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    ids.sort();
    ids
}

/// Syntax errors in a language's file, for tests.
pub fn syntax_errors(lang: Lang) -> usize {
    match FluentResource::try_new(lang.source().to_owned()) {
        Ok(_) => 0,
        Err((_, errors)) => errors.len(),
    }
}

/// A message in `lang` with arguments; English if the language lacks it, the id if English does too.
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        fluent_args
    });
    for lang in [lang, Lang::En] {
        let Some(bundle) = bundles().get(lang.index()) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// A message in the interface language.
pub fn tr(id: &str) -> String {
    tr_in(language(), id, &[])
}

/// A message in the interface language, with arguments.
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(language(), id, args)
}

/// `t!("id")` or `t!("id", name = value, …)`: a message in the interface language.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($id, &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+])
    };
}

/// A date written out in `lang`: "2 December 2013", "2 décembre 2013", "2 de diciembre de 2013",
/// "2 декабря 2013 г.". Month names come from chrono's locale data; the order from `date-long`.
pub fn long_date_in(lang: Lang, date: chrono::NaiveDate) -> String {
    formatted(lang, date, "date-long")
}

/// `date` in the pattern of the message `pattern` in `lang`, the first of the month as French writes it.
fn formatted(lang: Lang, date: chrono::NaiveDate, pattern: &str) -> String {
    let pattern = tr_in(lang, pattern, &[]);
    first_of_month(
        lang,
        date,
        date.format_localized(&pattern, lang.chrono_locale())
            .to_string(),
    )
}

/// French writes the first of the month "1er" ("1er décembre 2013").
fn first_of_month(lang: Lang, date: chrono::NaiveDate, text: String) -> String {
    use chrono::Datelike as _;
    if lang == Lang::Fr && date.day() == 1 {
        match text.strip_prefix('1') {
            Some(rest) => format!("1er{rest}"),
            None => text,
        }
    } else {
        text
    }
}

/// A day and month without the year: "2 December", "1er décembre", "2 de diciembre", "2 декабря".
pub fn day_month_in(lang: Lang, date: chrono::NaiveDate) -> String {
    formatted(lang, date, "date-day-month")
}

/// A date in running text: as [`long_date_in`], but Russian spells out "года" where a title block writes
/// "г." («3 декабря 2012 года»), as the General Assembly's resolutions do.
pub fn running_date_in(lang: Lang, date: chrono::NaiveDate) -> String {
    match lang {
        Lang::Ru => format!("{} {} года", day_month_in(lang, date), {
            use chrono::Datelike as _;
            date.year()
        }),
        _ => long_date_in(lang, date),
    }
}

/// When a meeting is held, as running text says it: "from 2 to 5 December 2013", "du 2 au 5 décembre
/// 2013", "del 2 al 5 de diciembre de 2013", «2–5 декабря 2013 года»; "on 6 December 2013" for one day.
pub fn from_to_in(lang: Lang, opening: chrono::NaiveDate, closing: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    if opening == closing {
        let day = running_date_in(lang, opening);
        return match lang {
            Lang::En => format!("on {day}"),
            Lang::Fr => format!("le {day}"),
            Lang::Es => format!("el {day}"),
            Lang::Ru => day,
        };
    }
    let same_year = opening.year() == closing.year();
    let same_month = same_year && opening.month() == closing.month();
    let last = running_date_in(lang, closing);
    let first = if !same_year {
        running_date_in(lang, opening)
    } else if !same_month {
        day_month_in(lang, opening)
    } else {
        first_of_month(lang, opening, opening.day().to_string())
    };
    match lang {
        Lang::En => format!("from {first} to {last}"),
        Lang::Fr => format!("du {first} au {last}"),
        Lang::Es => format!("del {first} al {last}"),
        Lang::Ru if same_month => format!("{first}–{last}"),
        Lang::Ru => format!("{first} — {last}"),
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn meetings_are_dated_as_un_editors_write() {
        let msp13 = (d(2013, 12, 2), d(2013, 12, 5));
        let across_months = (d(2009, 11, 30), d(2009, 12, 4));
        let cases = [
            (Lang::En, msp13, "from 2 to 5 December 2013"),
            (Lang::Fr, msp13, "du 2 au 5 décembre 2013"),
            (Lang::Es, msp13, "del 2 al 5 de diciembre de 2013"),
            (Lang::Ru, msp13, "2–5 декабря 2013 года"),
            (
                Lang::En,
                across_months,
                "from 30 November to 4 December 2009",
            ),
            (Lang::Ru, across_months, "30 ноября — 4 декабря 2009 года"),
            (
                Lang::Fr,
                (d(2015, 12, 1), d(2015, 12, 4)),
                "du 1er au 4 décembre 2015",
            ),
            (
                Lang::Es,
                (d(2015, 12, 28), d(2016, 1, 2)),
                "del 28 de diciembre de 2015 al 2 de enero de 2016",
            ),
            (
                Lang::En,
                (d(2013, 12, 6), d(2013, 12, 6)),
                "on 6 December 2013",
            ),
        ];
        for (lang, (opening, closing), expected) in cases {
            assert_eq!(from_to_in(lang, opening, closing), expected);
        }
        assert_eq!(long_date_in(Lang::Fr, d(2013, 12, 1)), "1er décembre 2013");
        assert_eq!(
            running_date_in(Lang::Ru, d(2012, 12, 3)),
            "3 декабря 2012 года"
        );
    }
}

/// A date in the interface language.
pub fn long_date(date: chrono::NaiveDate) -> String {
    long_date_in(language(), date)
}

/// A value in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text from the user or a file, said exactly as it is, whatever it starts with ("=cmd|calc!A0").
    Value(String),
    /// A word of the catalogue (a reply, a step), said in lower case in the sentence's language.
    Word(&'static str),
    /// A message of the catalogue said as it is ("Head of Delegation").
    Message(&'static str),
    /// A day, written as the sentence's language writes dates ("3 December 2013", «3 décembre 2013»).
    Date(chrono::NaiveDate),
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Value(value)
    }
}

impl Arg {
    /// The value in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Self::Value(value) => value.clone(),
            Self::Word(id) => tr_in(lang, id, &[]).to_lowercase(),
            Self::Message(id) => tr_in(lang, id, &[]),
            Self::Date(date) => long_date_in(lang, *date),
        }
    }
}
