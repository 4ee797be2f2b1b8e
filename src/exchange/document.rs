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
    /// "Prepared by the Secretariat", or empty.
    pub note: String,
    /// Number the pages ("2 / 36"); letters, a page each, are not.
    pub page_numbers: bool,
}

/// One block of a document, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A section heading, one line per language. Repeated with "(continued)" when a section runs onto a
    /// new page.
    Section(Vec<String>),
    /// A delegation's name; its people follow.
    Delegation(String),
    /// A person: the printed name (honorific, given name, FAMILY NAME) and the function line, and a mark
    /// for addenda ("New", "Changed", "Deleted").
    Person {
        name: String,
        function: String,
        mark: Option<String>,
    },
    /// A paragraph of running text.
    Paragraph(String),
    /// A small table of figures: label and value.
    Figures(Vec<(String, String)>),
    /// Starts a new page (one letter per page).
    PageBreak,
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

/// "2 December 2013": dates in documents are written out, never numeric.
pub fn long_date(date: crate::model::Date) -> String {
    date.format("%-d %B %Y").to_string()
}

/// "2–5 December 2013", "30 November–4 December 2015", "28 December 2015–2 January 2016".
pub fn date_range(opening: crate::model::Date, closing: crate::model::Date) -> String {
    use chrono::Datelike as _;
    if opening == closing {
        long_date(opening)
    } else if opening.year() != closing.year() {
        format!("{}–{}", long_date(opening), long_date(closing))
    } else if opening.month() != closing.month() {
        format!("{}–{}", opening.format("%-d %B"), long_date(closing))
    } else {
        format!("{}–{}", opening.day(), long_date(closing))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    fn d(s: &str) -> Date {
        Date::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
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
