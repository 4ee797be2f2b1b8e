//! Reading a day as people type it, in a form, on the command line or in a file: one reading for all, so a
//! date the app takes in one place it takes in every other.

use super::Date;

/// The forms a typed day may take: ISO first (what the app writes), then day-first with dots or slashes
/// (what spreadsheets in Europe write).
const FORMS: [&str; 3] = ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"];

/// A typed text that is not a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::in_english(|| crate::i18n::tr("date-invalid")))]
pub struct DateError;

impl DateError {
    /// The message of `assets/i18n` that says so.
    pub fn key(self) -> &'static str {
        "date-invalid"
    }
}

/// The day `text` names: `None` when it is empty, an error when it is not a day ("2013-02-30").
pub fn parse_date(text: &str) -> Result<Option<Date>, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    FORMS
        .iter()
        .find_map(|form| Date::parse_from_str(text, form).ok())
        .map(Some)
        .ok_or(DateError)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_in_each_form_and_nothing_else() {
        let day = Date::from_ymd_opt(2013, 12, 2);
        assert_eq!(parse_date(" 2013-12-02 "), Ok(day));
        assert_eq!(parse_date("02.12.2013"), Ok(day));
        assert_eq!(parse_date("02/12/2013"), Ok(day));
        assert_eq!(parse_date(""), Ok(None));
        assert_eq!(parse_date("2013-02-30"), Err(DateError));
        assert_eq!(parse_date("tomorrow"), Err(DateError));
    }
}
