//! A format-neutral document: what the List of Participants, the statistics and other official lists say,
//! before any format. PDF and HTML render a [`Document`]; CSV and XLSX write a [`Table`].
//!
//! User text is kept as data all the way: the renderers place it as text (PDF) or escape it (HTML), so a
//! name with `#`, `*`, `<` or `&` prints verbatim.

/// The title block of an official document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// "Thirteenth Meeting of the States Parties".
    pub meeting: String,
    /// "Geneva, 2–5 December 2013".
    pub place_and_dates: String,
    /// Title lines, one per language ("List of participants", "Liste des participants", …).
    pub title: Vec<String>,
    /// "APLC/MSP.13/2013/INF.2"; printed at the top of every page.
    pub symbol: String,
    /// "2 December 2013".
    pub date: String,
    /// The day the document is dated, for its metadata.
    pub issued: crate::model::Date,
    /// "Prepared by the Secretariat", or empty.
    pub note: String,
    /// Number the pages ("2 / 36"); letters, a page each, are not.
    pub page_numbers: bool,
    /// The document's language: its metadata, and what a screen reader speaks it in.
    pub lang: crate::i18n::Lang,
    /// What the document is, for its metadata (the title a PDF reader shows, and a screen reader says):
    /// "APLC/MSP.13/2013/INF.2: List of participants".
    pub description: String,
}

/// What every meeting document's title block says about the meeting: its name, venue and dates.
#[derive(Clone, Copy, Debug)]
pub struct MeetingLine<'a> {
    pub name: &'a str,
    pub venue: &'a str,
    pub opening: crate::model::Date,
    pub closing: crate::model::Date,
}

impl<'a> MeetingLine<'a> {
    /// The meeting's name and venue in `lang` (English where the meeting has none in that language).
    pub fn of_in(meeting: &'a crate::model::Meeting, lang: crate::i18n::Lang) -> Self {
        let words = meeting.words(lang);
        Self {
            name: words.name,
            venue: words.venue,
            opening: meeting.opening,
            closing: meeting.closing,
        }
    }
}

impl Header {
    /// The title block of a meeting document in `lang`: the meeting, "venue, dates", one title line, the
    /// symbol and the date; numbered pages, no note (set `note` for "Prepared by the Secretariat").
    pub fn for_meeting(
        meeting: MeetingLine<'_>,
        title: String,
        symbol: String,
        date: crate::model::Date,
        lang: crate::i18n::Lang,
    ) -> Self {
        Self {
            meeting: meeting.name.to_owned(),
            place_and_dates: format!(
                "{}, {}",
                meeting.venue,
                date_range_in(lang, meeting.opening, meeting.closing)
            ),
            description: Self::describe(&symbol, &title),
            title: vec![title],
            symbol,
            date: long_date_in(lang, date),
            issued: date,
            note: String::new(),
            page_numbers: true,
            lang,
        }
    }

    /// "APLC/MSP.13/2013/INF.2: List of participants", or the title alone without a symbol.
    pub fn describe(symbol: &str, title: &str) -> String {
        if symbol.is_empty() {
            title.to_owned()
        } else {
            format!("{symbol}: {title}")
        }
    }
}

/// A person as a list sets them: the printed name (honorific, given name, FAMILY NAME) and the function
/// line, a mark for addenda ("New", "Changed", "Deleted"), and the part they have in the delegation when
/// the list says it ("Head of Delegation", "Alternate Head of Delegation").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    pub function: String,
    pub mark: Option<String>,
    pub role: Option<String>,
}

/// One block of a document, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A section heading, one line per language. Repeated with "(continued)" when a section runs onto a
    /// new page.
    Section(Vec<String>),
    /// A delegation's name; its people follow.
    Delegation(String),
    /// A person, or a line of a register set as one.
    Person(Listed),
    /// Lines kept together, as written: a letter's address block or signature.
    Lines(Vec<String>),
    /// What follows is in this language (a run of letters in several languages).
    Language(crate::i18n::Lang),
    /// A paragraph of running text.
    Paragraph(String),
    /// A small table of figures: label and value.
    Figures(Vec<(String, String)>),
    /// Starts a new page (one letter per page).
    PageBreak,
    /// The office's letterhead, at the head of the page (a letter's first): drawn centred above the
    /// text, with room kept for it. A decoration, which a screen reader skips.
    Letterhead(crate::model::Letterhead),
}

/// A whole document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub header: Header,
    pub blocks: Vec<Block>,
}

/// A table for CSV and XLSX: a header row and data rows of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Self {
        Self {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }
}

/// A date written out in `lang`, as documents print it.
pub fn long_date_in(lang: crate::i18n::Lang, date: crate::model::Date) -> String {
    crate::i18n::long_date_in(lang, date)
}

/// A meeting's dates in `lang`: "2–5 December 2013", "2–5 декабря 2013 г.", "30 November–4 December 2015".
pub fn date_range_in(
    lang: crate::i18n::Lang,
    opening: crate::model::Date,
    closing: crate::model::Date,
) -> String {
    use chrono::Datelike as _;
    let long = |d| long_date_in(lang, d);
    if opening == closing {
        long(opening)
    } else if opening.year() != closing.year() {
        format!("{}–{}", long(opening), long(closing))
    } else if opening.month() != closing.month() {
        let pattern = crate::i18n::tr_in(lang, "date-day-month", &[]);
        let locale = match lang {
            crate::i18n::Lang::En => chrono::Locale::en_GB,
            crate::i18n::Lang::Fr => chrono::Locale::fr_FR,
            crate::i18n::Lang::Es => chrono::Locale::es_ES,
            crate::i18n::Lang::Ru => chrono::Locale::ru_RU,
        };
        format!(
            "{}–{}",
            opening.format_localized(&pattern, locale),
            long(closing)
        )
    } else {
        format!("{}–{}", opening.day(), long(closing))
    }
}

/// "2 December 2013": dates in documents are written out, never numeric.
pub fn long_date(date: crate::model::Date) -> String {
    long_date_in(crate::i18n::Lang::En, date)
}

/// "2–5 December 2013", "30 November–4 December 2015", "28 December 2015–2 January 2016".
pub fn date_range(opening: crate::model::Date, closing: crate::model::Date) -> String {
    date_range_in(crate::i18n::Lang::En, opening, closing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    fn d(s: &str) -> Date {
        Date::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn dates_in_other_languages() {
        use crate::i18n::Lang;
        assert_eq!(
            date_range_in(Lang::Ru, d("2013-12-02"), d("2013-12-05")),
            "2–5 декабря 2013 г."
        );
        assert_eq!(
            date_range_in(Lang::Es, d("2015-11-30"), d("2015-12-04")),
            "30 de noviembre–4 de diciembre de 2015"
        );
        assert_eq!(
            date_range_in(Lang::Fr, d("2013-12-02"), d("2013-12-05")),
            "2–5 décembre 2013"
        );
    }

    #[test]
    fn dates_are_written_out() {
        assert_eq!(long_date(d("2013-12-02")), "2 December 2013");
        assert_eq!(
            date_range(d("2013-12-02"), d("2013-12-05")),
            "2–5 December 2013"
        );
        assert_eq!(
            date_range(d("2015-11-30"), d("2015-12-04")),
            "30 November–4 December 2015"
        );
        assert_eq!(
            date_range(d("2015-12-28"), d("2016-01-02")),
            "28 December 2015–2 January 2016"
        );
    }
}
