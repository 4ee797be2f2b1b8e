//! Imports: delegates, invitation replies and addresses, from whatever file they come in.
//!
//! - `source.rs`: what a file is (CSV or text in any encoding, XLSX, XLS, ODS, a Word document),
//!   read into a [`RawTable`]; `docx.rs` the table of a note verbale in Word and its sender.
//! - `mapping.rs`: the columns of a delegates file read by what they mean, in four languages, with what
//!   an officer chose; `values.rs` the values read by what they mean (Yes/No, genders, registration
//!   states, a whole name split into its parts).
//! - `invitees.rs`: the invitee a cell names, by any name that names one.
//! - `delegates.rs`, `replies.rs`, `addresses.rs`, `attendance.rs` (a badge system's check-ins): the
//!   previews.
//! - `form.rs`: the registration form the app writes for an invitee, and the code a returned one carries.
//!
//! Reading never changes anything. A preview says what would be added and changed and lists every
//! problem with its row, column, value and reason; the result becomes one [`Edit`](crate::edit::Edit) (one undo step in the
//! app) only through [`Preview::edit`], which leaves out excluded rows and refuses while any included row
//! has a problem (an uncertain reading, such as a name split where nothing marked its family name, stands
//! until the row is confirmed).

mod addresses;
mod attendance;
mod code;
mod delegate_row;
mod delegates;
mod docx;
pub mod form;
pub mod invitees;
pub mod mapping;
mod preview;
mod replies;
pub mod source;
pub mod values;

pub use preview::{Decisions, Preview, RowAction, RowProblem};

pub use addresses::preview_addresses;
pub use attendance::preview_attendance;
pub use delegates::{
    DelegateOptions, preview_delegates, preview_delegates_into, preview_delegates_with,
};
pub use invitees::{Found, InviteeIndex};
pub use replies::preview_replies;
pub use source::{FileKind, ReadOptions, Unreadable};

use crate::model::Text;
use crate::model::{Date, EntityId, MeetingId, Role, Workspace, limits};

/// The cells of a file: a header and rows, all text, and what the file was found to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawTable {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// What was detected, for the preview ("CSV, Windows-1252 (Western, ISO-8859-1), semicolons").
    pub detected: String,
    pub kind: FileKind,
    /// A text file's encoding, as found or chosen.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// The row of the file the header is on, counted from 1 (a title above it is passed over).
    pub header_row: usize,
    /// Who sent a note verbale in Word: as its text writes it ("Permanent Mission of Norway"), and the
    /// State that names ("Norway").
    pub sender: Option<(String, String)>,
    /// The code of a registration form the app wrote, when the file is one returned.
    pub form: Option<form::Code>,
    /// For forms read from a folder: the file and row each data row comes from.
    pub origins: Option<Vec<(String, usize)>>,
    /// For forms read from a folder: the invitee each data row's form was written for, known by the
    /// form's code, so that no name need be looked up again ("AU" is Australia's code and the African
    /// Union's acronym).
    pub invitees: Option<Vec<EntityId>>,
}

impl Default for RawTable {
    fn default() -> Self {
        Self {
            header: Vec::new(),
            rows: Vec::new(),
            detected: String::new(),
            kind: FileKind::Csv,
            encoding: None,
            header_row: 1,
            sender: None,
            form: None,
            origins: None,
            invitees: None,
        }
    }
}

impl RawTable {
    /// A table from its rows: the header is the first row that has two values or more (a title above it,
    /// in one cell, is passed over), the rows below it the data.
    pub(crate) fn from_rows(rows: Vec<Vec<String>>) -> Result<Self, ImportError> {
        let filled = |row: &Vec<String>| row.iter().filter(|c| !c.trim().is_empty()).count();
        let first = rows
            .iter()
            .position(|r| filled(r) > 0)
            .ok_or(ImportError::Empty)?;
        let header_at = rows
            .iter()
            .enumerate()
            .skip(first)
            .take(10)
            .find(|(_, r)| filled(r) >= 2)
            .map_or(first, |(i, _)| i);
        let mut rows = rows.into_iter().skip(header_at);
        let header = rows.next().ok_or(ImportError::Empty)?;
        Ok(Self {
            header,
            rows: rows.collect(),
            header_row: header_at + 1,
            ..Self::default()
        })
    }

    /// The data rows with their numbers as the file shows them (a spreadsheet's, or a Word table's),
    /// blank rows left out.
    fn data_rows(&self) -> impl Iterator<Item = (usize, &[String])> {
        let first = self.header_row + 1;
        self.rows
            .iter()
            .enumerate()
            .map(move |(index, cells)| (index + first, cells.as_slice()))
            .filter(|(_, cells)| !cells.iter().all(|c| c.trim().is_empty()))
    }

    /// The invitee whose form data row `row` (as [`Self::data_rows`] numbers it) was read from.
    fn form_invitee(&self, row: usize) -> Option<&EntityId> {
        let index = row.checked_sub(self.header_row + 1)?;
        self.invitees.as_ref()?.get(index)
    }

    /// Whether each column holds nothing in any data row.
    fn empty_columns(&self) -> Vec<bool> {
        (0..self.header.len())
            .map(|i| {
                self.rows
                    .iter()
                    .all(|r| r.get(i).is_none_or(|c| c.trim().is_empty()))
            })
            .collect()
    }

    /// A problem of a row: the column by its header, the value as it was read, the reason.
    fn problem(
        &self,
        row: usize,
        column: Option<usize>,
        value: String,
        reason: Text,
    ) -> RowProblem {
        RowProblem {
            row,
            column: self.column_name(column),
            value,
            reason,
            confirmable: false,
        }
    }

    /// The header of a column ("" for a column the file lacks).
    fn column_name(&self, column: Option<usize>) -> String {
        column
            .and_then(|i| self.header.get(i))
            .cloned()
            .unwrap_or_default()
    }
}

/// A file that cannot be read as a table at all.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum ImportError {
    Empty,
    Xlsx(String),
    Csv {
        line: u64,
        message: String,
    },
    Columns {
        kind: ImportKind,
        missing: String,
        found: String,
    },
    /// More than an import reads: rows, columns, characters in a cell, or an XLSX that inflates beyond
    /// the limit (a zip bomb). Refused before anything is allocated by what the file declares.
    TooBig(Limit),
    /// A file that is no table (a PDF, a Word 97-2003 document, an image), named for what it is.
    NotATable(Unreadable),
    /// A Word document without a table of delegates.
    NoTable {
        tables: usize,
    },
    /// A header row whose cells are merged across columns: each column needs a header of its own.
    MergedHeader {
        row: usize,
        from: String,
        to: String,
        text: String,
    },
    /// The delegation given for every row names no invitee of the meeting (or several).
    UnknownDelegation(String),
    /// A returned registration form for another meeting or invitee.
    #[error(transparent)]
    Form(#[from] form::FormError),
    /// A file among a folder of returned forms that is not one.
    NotAForm,
    /// A folder of forms that cannot be read.
    Folder {
        path: std::path::PathBuf,
        message: String,
    },
    /// A problem with one file of a folder of forms.
    InFile {
        file: String,
        #[source]
        source: Box<ImportError>,
    },
}

/// Which limit an import file went beyond ([`crate::model::limits`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Limit {
    Rows {
        limit: usize,
    },
    /// A cell at this column (counted from 1).
    Column {
        column: usize,
        limit: usize,
    },
    /// A cell of this many characters at this row (counted from 1).
    Cell {
        row: usize,
        chars: usize,
        limit: usize,
    },
    /// The XLSX's parts would inflate to more than this many bytes.
    Inflated {
        limit: u64,
    },
}

/// In English, for the command line.
impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Rows { limit } => write!(f, "more than {limit} rows"),
            Self::Column { column, limit } => {
                write!(
                    f,
                    "a cell in column {column}, and imports read {limit} columns"
                )
            }
            Self::Cell { row, chars, limit } => write!(
                f,
                "a cell of {chars} characters in row {row}, and a cell holds at most {limit}"
            ),
            Self::Inflated { limit } => write!(
                f,
                "the spreadsheet unpacks to more than {} MB",
                limit / (1024 * 1024)
            ),
        }
    }
}

/// What a file brings in: delegates, replies or addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    Delegates,
    Replies,
    Addresses,
    /// A badge system's check-ins: who came on which day (issue #29).
    Attendance,
}

/// In English, for the command line.
impl std::fmt::Display for ImportKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Delegates => "delegates",
            Self::Replies => "replies",
            Self::Addresses => "addresses",
            Self::Attendance => "attendance",
        })
    }
}

/// Reads a file's bytes: whatever it is, as [`source::read`] tells.
pub fn read_table(bytes: &[u8]) -> Result<RawTable, ImportError> {
    source::read(bytes, ReadOptions::default())
}

/// A cell's text as an import takes it: trimmed, characters that draw nothing (zero-width spaces,
/// direction marks, a byte-order mark) removed, and no longer than a cell may be. Control characters,
/// line breaks and tabs stay, for the preview to refuse where the value is one line ([`single_line_fault`])
/// and to keep where it may be several (a postal address). `row` counts from 1 (the header).
fn checked_cell(text: &str, row: usize) -> Result<String, ImportError> {
    let chars = text.chars().count();
    if chars > limits::MAX_TEXT_CHARS {
        return Err(ImportError::TooBig(Limit::Cell {
            row,
            chars,
            limit: limits::MAX_TEXT_CHARS,
        }));
    }
    Ok(text
        .trim()
        .chars()
        .filter(|&c| c.is_control() || !limits::is_invisible(c))
        .collect::<String>()
        .trim()
        .to_owned())
}

/// Refuses an XLSX whose parts inflate beyond [`limits::MAX_XLSX_INFLATED_BYTES`], by what they declare
/// and then by what they actually inflate to (a declaration can lie), before calamine reads any of it.
fn check_inflated_size(bytes: &[u8]) -> Result<(), ImportError> {
    use std::io::Read as _;
    let limit = limits::MAX_XLSX_INFLATED_BYTES;
    let too_big = || ImportError::TooBig(Limit::Inflated { limit });
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|err| ImportError::Xlsx(err.to_string()))?;
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        let part = archive
            .by_index_raw(i)
            .map_err(|err| ImportError::Xlsx(err.to_string()))?;
        declared = declared.saturating_add(part.size());
    }
    if declared > limit {
        return Err(too_big());
    }
    let mut inflated: u64 = 0;
    for i in 0..archive.len() {
        let part = archive
            .by_index(i)
            .map_err(|err| ImportError::Xlsx(err.to_string()))?;
        let mut counted = part.take(limit.saturating_sub(inflated).saturating_add(1));
        inflated = inflated.saturating_add(
            std::io::copy(&mut counted, &mut std::io::sink())
                .map_err(|err| ImportError::Xlsx(err.to_string()))?,
        );
        if inflated > limit {
            return Err(too_big());
        }
    }
    Ok(())
}

/// A problem with the cell of `column` in a data row.
fn problem_at(
    table: &RawTable,
    cells: &[String],
    row: usize,
    column: Option<usize>,
    reason: Text,
) -> RowProblem {
    table.problem(row, column, cell(cells, column), reason)
}

/// The trimmed text of a column in a row ("" for a column the file lacks).
fn cell(cells: &[String], column: Option<usize>) -> String {
    column
        .and_then(|i| cells.get(i))
        .map_or("", |s| s.as_str())
        .trim()
        .to_owned()
}

/// A header as compared: lower case, without spaces, underscores or hyphens.
fn header_key(text: &str) -> String {
    crate::text::letters_and_digits(text)
}

/// Finds the columns `wanted` (each with its accepted spellings) in the header.
fn columns<const N: usize>(
    table: &RawTable,
    kind: ImportKind,
    wanted: [(&'static str, &[&str], bool); N],
) -> Result<[Option<usize>; N], ImportError> {
    let keys: Vec<String> = table.header.iter().map(|h| header_key(h)).collect();
    let mut found = [None; N];
    let mut missing = Vec::new();
    for (slot, (name, spellings, required)) in found.iter_mut().zip(wanted) {
        *slot = keys
            .iter()
            .position(|k| k == &header_key(name) || spellings.iter().any(|s| k == &header_key(s)));
        if slot.is_none() && required {
            missing.push(name);
        }
    }
    if missing.is_empty() {
        Ok(found)
    } else {
        Err(ImportError::Columns {
            kind,
            missing: missing.join(", "),
            found: table.header.join(", "),
        })
    }
}

/// A role from the usual spellings ("Head of Delegation", "`HoD`", "head", "Alternate", "Deputy Head", …).
pub fn parse_role(text: &str) -> Option<Role> {
    let key = header_key(text);
    // The role names the app writes in each of its languages.
    for lang in crate::i18n::Lang::ALL {
        for role in Role::ALL {
            if header_key(&crate::model::words::role_in(lang, role)) == key {
                return Some(role);
            }
        }
    }
    Some(match key.as_str() {
        "headofdelegation" | "hod" | "head" | "chefdedelegation" | "jefedeladelegacion" => {
            Role::HeadOfDelegation
        }
        "alternate"
        | "alternatehead"
        | "alternateheadofdelegation"
        | "deputy"
        | "deputyhead"
        | "deputyheadofdelegation"
        | "alternaterepresentative" => Role::Alternate,
        "representative" | "rep" | "delegate" | "member" => Role::Representative,
        "adviser" | "advisor" | "conseiller" | "asesor" => Role::Adviser,
        "expert" | "experte" | "experto" => Role::Expert,
        _ => return None,
    })
}

fn parse_day(text: &str) -> Result<Option<Date>, Text> {
    crate::model::parse_date(text).map_err(|err| Text::new(err.key(), Vec::new()))
}

/// Finds an invitee by ISO code, organisation id, acronym or name (current, older or everyday), folded.
pub fn find_invitee(workspace: &Workspace, meeting: &MeetingId, text: &str) -> Option<EntityId> {
    let meeting = workspace.meeting(meeting)?;
    InviteeIndex::new(workspace, meeting).find(text)
}

/// Why a cell cannot go into a single-line field (a name, honorific, function, contact, e-mail address,
/// phone, city, reference), if it cannot: too long, or holding a line break, tab, control or invisible
/// character. Such a row is refused, naming the row and column, rather than cleaned in silence: a name
/// `"Ana\r\nX"` is not `"AnaX"`, and a contact with a line break would write a header of its own into a
/// message.
pub(crate) fn single_line_fault(value: &str) -> Option<Text> {
    let chars = value.chars().count();
    if chars > limits::MAX_NAME_CHARS {
        return Some(Text::new(
            "imp-too-long",
            vec![
                ("chars", chars.to_string()),
                ("limit", limits::MAX_NAME_CHARS.to_string()),
            ],
        ));
    }
    let fault = limits::line_fault(value)?;
    Some(Text::new("imp-fault", vec![("char", fault.code_point())]).message("fault", fault.key()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_in_their_usual_spellings() {
        assert_eq!(
            parse_role("Head of Delegation"),
            Some(Role::HeadOfDelegation)
        );
        assert_eq!(parse_role("HoD"), Some(Role::HeadOfDelegation));
        assert_eq!(parse_role("head"), Some(Role::HeadOfDelegation));
        assert_eq!(parse_role("Deputy Head"), Some(Role::Alternate));
        assert_eq!(parse_role("Advisor"), Some(Role::Adviser));
        assert_eq!(parse_role("chief"), None);
    }

    #[test]
    fn windows_1251_and_semicolons_are_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("delegation;family_name\nRUS;Ёлкин\n");
        let table = read_table(&bytes).expect("reads");
        assert_eq!(table.detected, "CSV, Windows-1251 (Cyrillic), semicolons");
        assert_eq!(table.rows, vec![vec!["RUS".to_owned(), "Ёлкин".to_owned()]]);
    }
}
