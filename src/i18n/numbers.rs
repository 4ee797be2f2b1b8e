//! Numbers as each language writes them, from ICU4X's CLDR data: "50,000" and "49.2" in English,
//! "50 000" and "49,2" in French (a narrow no-break space between groups), "50 000" and "49,2" in
//! Russian. Every number a message carries goes through here (the Fluent bundles' formatter), and so do
//! the figures and percentages of documents.
//!
//! Spanish is written as the UN's Spanish documents and the Real Academia Española write it: a decimal
//! comma, groups of three separated by a no-break space, and no separator in a number of four digits
//! ("5000", "50 000"). CLDR's Spanish of Spain separates groups with a full stop; its Spanish of Costa
//! Rica has exactly the UN's symbols (decimal comma, no-break space), so those are the data used, with
//! CLDR's grouping strategy for numbers of five digits and more (`Min2`).
//!
//! A percentage puts the sign where CLDR's percent pattern for the language puts it: "49.2%" in English,
//! "49,2 %" (narrow no-break space) in French, "49,2 %" (no-break space) in Spanish and Russian. ICU4X
//! has no stable percent formatter; the four patterns are copied here from CLDR 46 (`percentFormats`,
//! `#,##0%` for en, `#,##0 %` for fr, es and ru).

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};

use super::Lang;

/// The CLDR locale whose number symbols a language's documents use.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Fr => "fr",
        Lang::Es => "es-CR",
        Lang::Ru => "ru",
    }
}

thread_local! {
    /// The formatter of each language, made once per thread (ICU4X's formatters are not `Sync`).
    static FORMATTERS: [Option<DecimalFormatter>; 4] = Lang::ALL.map(|lang| {
        let locale: icu_locale_core::Locale = locale(lang).parse().ok()?;
        let mut options = DecimalFormatterOptions::default();
        if lang == Lang::Es {
            options.grouping_strategy = Some(GroupingStrategy::Min2);
        }
        DecimalFormatter::try_new((&locale).into(), options).ok()
    });
}

/// `decimal` as `lang` writes it; plain digits if the data were missing (they are compiled in: a
/// failure is a build defect).
fn format(lang: Lang, decimal: &Decimal) -> String {
    FORMATTERS.with(
        |formatters| match formatters.get(lang.index()).and_then(Option::as_ref) {
            Some(formatter) => formatter.format(decimal).to_string(),
            None => decimal.to_string(),
        },
    )
}

/// `value` with `fraction_digits` digits after the separator, as `lang` writes it.
pub fn decimal_in(lang: Lang, value: f64, fraction_digits: u8) -> String {
    let scale = 10_f64.powi(i32::from(fraction_digits));
    let scaled = (value * scale).round();
    // Counts and shares of people: far inside i64.
    #[allow(clippy::cast_possible_truncation)]
    let mut decimal = Decimal::from(scaled as i64);
    decimal.multiply_pow10(-i16::from(fraction_digits));
    format(lang, &decimal)
}

/// A whole number as `lang` writes it: "50,000", "50 000", "50 000".
pub fn number_in(lang: Lang, value: impl Into<i64>) -> String {
    format(lang, &Decimal::from(value.into()))
}

/// A count (a `usize`) as `lang` writes it.
pub fn count_in(lang: Lang, value: usize) -> String {
    number_in(lang, i64::try_from(value).unwrap_or(i64::MAX))
}

/// A percentage with `fraction_digits` decimals, the sign placed as `lang` places it: "49.2%", "49,2 %".
pub fn percent_in(lang: Lang, value: f64, fraction_digits: u8) -> String {
    let number = decimal_in(lang, value, fraction_digits);
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Fr => format!("{number}\u{202f}%"),
        Lang::Es | Lang::Ru => format!("{number}\u{a0}%"),
    }
}

/// What the Fluent bundle of `lang` makes of a number a message carries (its plural form is chosen
/// before, from the number itself).
pub(super) fn fluent_number(lang: Lang, value: &fluent_bundle::FluentValue<'_>) -> Option<String> {
    let fluent_bundle::FluentValue::Number(number) = value else {
        return None;
    };
    let digits = number
        .options
        .minimum_fraction_digits
        .and_then(|d| u8::try_from(d).ok())
        .unwrap_or(0);
    if digits == 0 && number.value.fract() != 0.0 {
        // A fraction without a stated precision: as many digits as it has, up to three.
        return Some(
            decimal_in(lang, number.value, 3)
                .trim_end_matches('0')
                .to_owned(),
        );
    }
    Some(decimal_in(lang, number.value, digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_each_language_writes_them() {
        assert_eq!(number_in(Lang::En, 50_000), "50,000");
        assert_eq!(number_in(Lang::Fr, 50_000), "50\u{202f}000");
        assert_eq!(number_in(Lang::Es, 50_000), "50\u{a0}000");
        assert_eq!(number_in(Lang::Es, 5000), "5000");
        assert_eq!(number_in(Lang::Ru, 50_000), "50\u{a0}000");
        assert_eq!(number_in(Lang::En, 295), "295");
        assert_eq!(percent_in(Lang::En, 49.166, 1), "49.2%");
        assert_eq!(percent_in(Lang::Fr, 49.166, 1), "49,2\u{202f}%");
        assert_eq!(percent_in(Lang::Es, 49.166, 1), "49,2\u{a0}%");
        assert_eq!(percent_in(Lang::Ru, 49.166, 1), "49,2\u{a0}%");
        assert_eq!(percent_in(Lang::Fr, 50.0, 0), "50\u{202f}%");
    }
}
