//! Imports: delegates, invitation replies and addresses, from CSV or XLSX.
//!
//! Reading never changes anything. [`preview_delegates`], [`preview_replies`] and [`preview_addresses`]
//! (in `addresses.rs`) say what would be added
//! and changed and list every problem with its row, column, value and reason; the result becomes one
//! [`Edit`] (one undo step in the app) only through [`Preview::edit`], which leaves out excluded rows and
//! refuses while any included row has a problem.
//!
//! Files: XLSX (first sheet), or CSV in UTF-8 with or without a byte-order mark, UTF-16 with a mark (what
//! Excel's "Unicode text" writes), or Windows-1251 (what Russian Excel writes); comma, semicolon or tab,
//! detected from the header line.

mod addresses;

use std::collections::{BTreeMap, BTreeSet};

pub use addresses::preview_addresses;

use crate::edit::Edit;
use crate::i18n::Lang;
use crate::model::{
    Address, Date, EntityId, Gender, Invitee, MeetingId, Member, PersonId, Reply, Role, Workspace,
    limits,
};
use crate::model::{Text, words};
use crate::text::fold;

/// The cells of a file: a header and rows, all text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawTable {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// What was detected, for the preview ("CSV, Windows-1251, semicolons").
    pub detected: String,
}

/// A file that cannot be read as a table at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("The file is empty.")]
    Empty,
    #[error("The spreadsheet could not be read: {0}")]
    Xlsx(String),
    #[error("The CSV could not be read at line {line}: {message}")]
    Csv { line: u64, message: String },
    #[error("The columns are not those of a {kind} file: missing {missing}. Found: {found}.")]
    Columns {
        kind: ImportKind,
        missing: String,
        found: String,
    },
    /// More than an import reads: rows, columns, characters in a cell, or an XLSX that inflates beyond
    /// the limit (a zip bomb). Refused before anything is allocated by what the file declares.
    #[error("The file is beyond what an import reads: {0}.")]
    TooBig(Limit),
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
}

/// In English, for the command line.
impl std::fmt::Display for ImportKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Delegates => "delegates",
            Self::Replies => "replies",
            Self::Addresses => "addresses",
        })
    }
}

/// Reads a CSV or XLSX file's bytes (XLSX is recognised by its content, not its name).
pub fn read_table(bytes: &[u8]) -> Result<RawTable, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return read_xlsx(bytes);
    }
    let (text, encoding) = decode(bytes);
    let first_line = text.lines().next().unwrap_or_default();
    let count = |c: char| first_line.matches(c).count();
    let (delimiter, name) = [(b'\t', "tabs"), (b';', "semicolons"), (b',', "commas")]
        .into_iter()
        .max_by_key(|(d, _)| count(char::from(*d)))
        .unwrap_or((b',', "commas"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|err| ImportError::Csv {
            line: err.position().map_or(0, csv::Position::line),
            message: err.to_string(),
        })?;
        if records.len() > limits::MAX_IMPORT_ROWS {
            return Err(ImportError::TooBig(Limit::Rows {
                limit: limits::MAX_IMPORT_ROWS,
            }));
        }
        if record.len() > limits::MAX_IMPORT_COLUMNS {
            return Err(ImportError::TooBig(Limit::Column {
                column: record.len(),
                limit: limits::MAX_IMPORT_COLUMNS,
            }));
        }
        let mut cells = Vec::with_capacity(record.len());
        for cell in &record {
            cells.push(checked_cell(cell, records.len() + 1)?);
        }
        records.push(cells);
    }
    let mut records = records.into_iter();
    let header = records.next().ok_or(ImportError::Empty)?;
    Ok(RawTable {
        header,
        rows: records.collect(),
        detected: format!("CSV, {encoding}, {name}"),
    })
}

/// Text from bytes: UTF-8 (with or without a mark), UTF-16 with a mark, else Windows-1251.
fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            "UTF-8 with byte-order mark",
        );
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (text, _, _) = encoding_rs::UTF_16LE.decode(bytes);
        return (text.into_owned(), "UTF-16");
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_owned(), "UTF-8")
    } else {
        let (text, _, _) = encoding_rs::WINDOWS_1251.decode(bytes);
        (text.into_owned(), "Windows-1251")
    }
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

/// The first sheet of an XLSX, read cell by cell: a cell beyond the row or column limit is refused
/// before anything is allocated for it (a sheet that declares one cell at XFD1048576 would otherwise ask
/// for half a terabyte).
fn read_xlsx(bytes: &[u8]) -> Result<RawTable, ImportError> {
    use calamine::{Reader as _, Xlsx};
    check_inflated_size(bytes)?;
    let xlsx_error = |err: calamine::XlsxError| ImportError::Xlsx(err.to_string());
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).map_err(xlsx_error)?;
    let first = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| ImportError::Xlsx("the workbook has no sheet".to_owned()))?;
    let mut reader = workbook
        .worksheet_cells_reader(&first)
        .map_err(xlsx_error)?;
    let mut cells: BTreeMap<(usize, usize), String> = BTreeMap::new();
    let (mut last_row, mut last_column) = (0, 0);
    while let Some(cell) = reader.next_cell().map_err(xlsx_error)? {
        let (row, column) = cell.get_position();
        let (row, column) = (row as usize, column as usize);
        let text = match cell.get_value() {
            calamine::DataRef::Empty => continue,
            calamine::DataRef::SharedString(s) => (*s).to_owned(),
            other => calamine::Data::from(other.clone()).to_string(),
        };
        if row > limits::MAX_IMPORT_ROWS {
            return Err(ImportError::TooBig(Limit::Rows {
                limit: limits::MAX_IMPORT_ROWS,
            }));
        }
        if column >= limits::MAX_IMPORT_COLUMNS {
            return Err(ImportError::TooBig(Limit::Column {
                column: column + 1,
                limit: limits::MAX_IMPORT_COLUMNS,
            }));
        }
        let text = checked_cell(&text, row + 1)?;
        if text.is_empty() {
            continue;
        }
        last_row = last_row.max(row);
        last_column = last_column.max(column);
        cells.insert((row, column), text);
    }
    if cells.is_empty() {
        return Err(ImportError::Empty);
    }
    // Within the limits, the table is at most 200,000 rows of 64 columns, most of them short.
    let mut rows: Vec<Vec<String>> = vec![vec![String::new(); last_column + 1]; last_row + 1];
    for ((row, column), text) in cells {
        if let Some(slot) = rows.get_mut(row).and_then(|r| r.get_mut(column)) {
            *slot = text;
        }
    }
    let mut rows = rows.into_iter();
    let header = rows.next().ok_or(ImportError::Empty)?;
    Ok(RawTable {
        header,
        rows: rows.collect(),
        detected: "XLSX, first sheet".to_owned(),
    })
}

impl RawTable {
    /// The data rows with their numbers as a spreadsheet shows them (the header is row 1), blank rows
    /// left out.
    fn data_rows(&self) -> impl Iterator<Item = (usize, &[String])> {
        self.rows
            .iter()
            .enumerate()
            .map(|(index, cells)| (index + 2, cells.as_slice()))
            .filter(|(_, cells)| !cells.iter().all(|c| c.trim().is_empty()))
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

impl Preview {
    /// An empty preview of `table` for meeting `meeting`.
    fn of(table: &RawTable, meeting: &MeetingId) -> Self {
        Self {
            detected: table.detected.clone(),
            meeting: meeting.clone(),
            ..Self::default()
        }
    }
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

/// One problem of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The row in the file, counting the header as row 1 (as a spreadsheet numbers it).
    pub row: usize,
    pub column: String,
    pub value: String,
    /// Why the row cannot be imported; English when displayed, any language through [`Text::in_lang`].
    pub reason: Text,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "row {}, column {}: {:?}: {}",
            self.row, self.column, self.value, self.reason
        )
    }
}

/// What one row would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowAction {
    /// Add a person to a delegation.
    AddMember { invitee: EntityId, member: Member },
    /// Update a person already registered in that delegation.
    UpdateMember { invitee: EntityId, member: Member },
    /// Record a reply.
    SetReply {
        invitee: EntityId,
        reply: Reply,
        date: Option<Date>,
    },
    /// Set an invitee's address (`new` when it had none).
    SetAddress {
        invitee: EntityId,
        address: Address,
        new: bool,
    },
    /// Nothing to do: the row says what the workspace already says.
    Unchanged,
}

/// What an import would do, row by row, and what is wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub detected: String,
    /// (row, what it would do, a line describing it).
    pub actions: Vec<(usize, RowAction, Text)>,
    pub problems: Vec<RowProblem>,
    /// What is worth a look but does not stop the import (a name not in Latin script, which lists in
    /// English, French and Spanish cannot print as it is).
    pub notes: Vec<RowProblem>,
    meeting: MeetingId,
}

impl Preview {
    /// Problems in rows not excluded.
    pub fn blocking(&self, excluded: &BTreeSet<usize>) -> Vec<&RowProblem> {
        self.problems
            .iter()
            .filter(|p| !excluded.contains(&p.row))
            .collect()
    }

    /// Rows that have a problem.
    pub fn rows_with_problems(&self) -> BTreeSet<usize> {
        self.problems.iter().map(|p| p.row).collect()
    }

    pub fn added(&self) -> usize {
        self.actions
            .iter()
            .filter(|(_, a, _)| {
                matches!(
                    a,
                    RowAction::AddMember { .. } | RowAction::SetAddress { new: true, .. }
                )
            })
            .count()
    }

    pub fn changed(&self) -> usize {
        self.actions
            .iter()
            .filter(|(_, a, _)| {
                matches!(
                    a,
                    RowAction::UpdateMember { .. }
                        | RowAction::SetReply { .. }
                        | RowAction::SetAddress { new: false, .. }
                )
            })
            .count()
    }

    /// The edit that carries out every included row, as one step; `Err` lists the problems that stand in
    /// the way. `None` inside `Ok` when there is nothing to do.
    pub fn edit(
        &self,
        workspace: &Workspace,
        excluded: &BTreeSet<usize>,
    ) -> Result<Option<Edit>, Vec<RowProblem>> {
        let blocking = self.blocking(excluded);
        if !blocking.is_empty() {
            return Err(blocking.into_iter().cloned().collect());
        }
        let Some(meeting) = workspace.meeting(&self.meeting) else {
            return Ok(None);
        };
        let mut changed: BTreeMap<EntityId, Invitee> = BTreeMap::new();
        let mut addresses = Vec::new();
        for (row, action, _) in &self.actions {
            if excluded.contains(row) {
                continue;
            }
            // Each invitee's record is copied once, then changed in place.
            fn record<'a>(
                changed: &'a mut BTreeMap<EntityId, Invitee>,
                meeting: &crate::model::Meeting,
                id: &EntityId,
            ) -> &'a mut Invitee {
                changed
                    .entry(id.clone())
                    .or_insert_with(|| meeting.invitees.get(id).cloned().unwrap_or_default())
            }
            match action {
                RowAction::AddMember { invitee, member } => {
                    record(&mut changed, meeting, invitee)
                        .delegation
                        .members
                        .push(member.clone());
                }
                RowAction::UpdateMember { invitee, member } => {
                    if let Some(slot) = record(&mut changed, meeting, invitee)
                        .delegation
                        .members
                        .iter_mut()
                        .find(|m| m.id == member.id)
                    {
                        *slot = member.clone();
                    }
                }
                RowAction::SetReply {
                    invitee,
                    reply,
                    date,
                } => {
                    let invitation = &mut record(&mut changed, meeting, invitee).invitation;
                    invitation.reply = *reply;
                    invitation.reply_date = *date;
                }
                RowAction::SetAddress {
                    invitee, address, ..
                } => addresses.push(Edit::PutAddress {
                    id: invitee.clone(),
                    value: Some(address.clone()),
                }),
                RowAction::Unchanged => {}
            }
        }
        if changed.is_empty() && addresses.is_empty() {
            return Ok(None);
        }
        Ok(Some(Edit::Batch(
            changed
                .into_iter()
                .map(|(id, value)| Edit::PutInvitee {
                    meeting: self.meeting.clone(),
                    id,
                    value: Some(value),
                })
                .chain(addresses)
                .collect(),
        )))
    }
}

/// Every way a file may name an invitee of a meeting (ISO code, organisation id, acronym, name, older
/// names), folded, built once per import so that 50,000 rows do not each search every invitee.
pub struct InviteeIndex(std::collections::HashMap<String, EntityId>);

impl InviteeIndex {
    pub fn new(workspace: &Workspace, meeting: &crate::model::Meeting) -> Self {
        let mut index = std::collections::HashMap::new();
        for id in meeting.invitees.keys() {
            let mut names: Vec<String> = std::iter::once(id.code())
                .chain(workspace.all_names(id))
                .map(str::to_owned)
                .collect();
            if let EntityId::Org(org) = id
                && let Some(org) = workspace.organisation(org)
            {
                names.push(org.acronym.clone());
            }
            for name in names {
                let key = fold(name.trim());
                if !key.is_empty() {
                    index.entry(key).or_insert_with(|| id.clone());
                }
            }
        }
        Self(index)
    }

    /// The invitee a cell names, if any.
    pub fn find(&self, text: &str) -> Option<EntityId> {
        self.0.get(&fold(text.trim())).cloned()
    }
}

/// Finds an invitee by ISO code, organisation id, acronym or name (current or older), folded.
pub fn find_invitee(workspace: &Workspace, meeting: &MeetingId, text: &str) -> Option<EntityId> {
    let meeting = workspace.meeting(meeting)?;
    InviteeIndex::new(workspace, meeting).find(text)
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

fn parse_gender(text: &str) -> Option<Gender> {
    let key = header_key(text);
    // The words the app writes in each of its languages (a row copied from the People view).
    for lang in crate::i18n::Lang::ALL {
        for gender in Gender::ALL {
            if header_key(&crate::model::words::gender_in(lang, gender)) == key {
                return Some(gender);
            }
        }
    }
    Some(match key.as_str() {
        "" | "unknown" | "notstated" => Gender::Unknown,
        "f" | "female" | "woman" | "w" => Gender::Female,
        "m" | "male" | "man" => Gender::Male,
        "other" | "x" => Gender::Other,
        _ => return None,
    })
}

fn parse_day(text: &str) -> Result<Option<Date>, Text> {
    crate::model::parse_date(text).map_err(|err| Text::new(err.key(), Vec::new()))
}

/// The folded identity of a person, to find the same person again.
fn person_key(given: &str, family: &str) -> (String, String) {
    (fold(given.trim()), fold(family.trim()))
}

/// The columns of a delegates file ([`super::columns::DELEGATES`]), with the other spellings accepted,
/// and whether each is required (the delegation, unless rows go into one, and the family name).
fn delegate_columns() -> [(&'static str, &'static [&'static str], bool); 11] {
    super::columns::DELEGATES.map(|c| {
        let required = c == super::columns::DELEGATION || c == super::columns::FAMILY_NAME;
        (c.name, c.aliases, required)
    })
}

/// Where each column of [`super::columns::DELEGATES`] is in a file (`None` for a column the file lacks).
#[derive(Clone, Copy)]
struct DelegateColumns {
    delegation: Option<usize>,
    role: Option<usize>,
    honorific: Option<usize>,
    given: Option<usize>,
    family: Option<usize>,
    function: Option<usize>,
    gender: Option<usize>,
    email: Option<usize>,
    phone: Option<usize>,
    latin_given: Option<usize>,
    latin_family: Option<usize>,
}

impl From<[Option<usize>; 11]> for DelegateColumns {
    fn from(
        [
            delegation,
            role,
            honorific,
            given,
            family,
            function,
            gender,
            email,
            phone,
            latin_given,
            latin_family,
        ]: [Option<usize>; 11],
    ) -> Self {
        Self {
            delegation,
            role,
            honorific,
            given,
            family,
            function,
            gender,
            email,
            phone,
            latin_given,
            latin_family,
        }
    }
}

impl DelegateColumns {
    /// The values printed on one line, which take no line break or control character.
    fn one_line(&self) -> [Option<usize>; 8] {
        [
            self.honorific,
            self.given,
            self.family,
            self.function,
            self.email,
            self.phone,
            self.latin_given,
            self.latin_family,
        ]
    }

    /// The person a row describes.
    fn member(&self, cells: &[String], id: PersonId, role: Role, gender: Gender) -> Member {
        let cell = |column: Option<usize>| cell(cells, column);
        Member {
            id,
            role,
            honorific: cell(self.honorific),
            given_name: cell(self.given),
            family_name: cell(self.family),
            function: cell(self.function),
            gender,
            email: cell(self.email),
            phone: cell(self.phone),
            latin_given_name: cell(self.latin_given),
            latin_family_name: cell(self.latin_family),
        }
    }
}

/// Everyone already registered in a meeting, by name and by e-mail, and each delegation's head.
struct Registered {
    by_name: BTreeMap<(String, String), (EntityId, PersonId)>,
    by_email: BTreeMap<String, (EntityId, PersonId)>,
    heads: BTreeMap<EntityId, Option<PersonId>>,
}

impl Registered {
    fn of(meeting: &crate::model::Meeting) -> Self {
        let mut index = Self {
            by_name: BTreeMap::new(),
            by_email: BTreeMap::new(),
            heads: BTreeMap::new(),
        };
        for (id, invitee) in &meeting.invitees {
            for m in &invitee.delegation.members {
                index.by_name.insert(
                    person_key(&m.given_name, &m.family_name),
                    (id.clone(), m.id),
                );
                if !m.email.trim().is_empty() {
                    index
                        .by_email
                        .insert(m.email.trim().to_lowercase(), (id.clone(), m.id));
                }
                if m.role == Role::HeadOfDelegation {
                    index.heads.insert(id.clone(), Some(m.id));
                }
            }
        }
        index
    }

    /// Who a delegate row names if they are registered already: found by name, else by e-mail address.
    fn find(&self, key: &(String, String), email: &str) -> Option<(EntityId, PersonId)> {
        self.by_name
            .get(key)
            .or_else(|| {
                self.by_email
                    .get(&email.to_lowercase())
                    .filter(|_| !email.is_empty())
            })
            .cloned()
    }
}

pub fn preview_delegates(
    workspace: &Workspace,
    meeting: &MeetingId,
    table: &RawTable,
) -> Result<Preview, ImportError> {
    preview_delegates_into(workspace, meeting, table, None)
}

/// What importing these delegate rows would do, every row going into the delegation `into` when it is
/// given (rows pasted into a delegation need no delegation column, and one they have is not read).
pub fn preview_delegates_into(
    workspace: &Workspace,
    meeting: &MeetingId,
    table: &RawTable,
    into: Option<&EntityId>,
) -> Result<Preview, ImportError> {
    let mut wanted = delegate_columns();
    if into.is_some() {
        wanted[0].2 = false;
    }
    let columns = DelegateColumns::from(columns(table, ImportKind::Delegates, wanted)?);
    let DelegateColumns {
        role,
        given,
        family,
        gender,
        email,
        ..
    } = columns;
    let delegation = if into.is_some() {
        None
    } else {
        columns.delegation
    };
    let mut preview = Preview::of(table, meeting);
    let Some(current) = workspace.meeting(meeting) else {
        return Ok(preview);
    };
    let registered = Registered::of(current);
    let mut heads = registered.heads.clone();
    let invitees = InviteeIndex::new(workspace, current);
    // Invitees are named in the preview as the UN named them when the meeting opened.
    let english = |id: &EntityId| workspace.name_at(current, id, Lang::En).to_owned();
    let on = current.opening;
    let mut fresh = workspace.fresh_person_ids();
    let mut seen_in_file: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (row, cells) in table.data_rows() {
        let cell = |column: Option<usize>| cell(cells, column);
        let mut problem = |column: Option<usize>, value: String, reason: Text| {
            preview
                .problems
                .push(table.problem(row, column, value, reason));
        };
        let invitee = into
            .filter(|id| current.invitees.contains_key(*id))
            .cloned()
            .or_else(|| invitees.find(&cell(delegation)));
        if invitee.is_none() {
            let reason = Text::new("imp-unknown-invitee", vec![]);
            problem(delegation, cell(delegation), reason);
        }
        let (role_value, gender_value) = check_delegate_cells(
            cells,
            columns.one_line(),
            (role, family, gender, email),
            &mut problem,
        );
        let key = person_key(&cell(given), &cell(family));
        if let Some(first) = seen_in_file.get(&key) {
            problem(
                family,
                cell(family),
                Text::new("imp-same-in-file", vec![("row", first.to_string())]),
            );
        } else if !key.1.is_empty() {
            seen_in_file.insert(key.clone(), row);
        }
        let (Some(invitee), Some(role_value), Some(gender_value)) =
            (invitee, role_value, gender_value)
        else {
            continue;
        };
        if cell(family).is_empty() {
            continue;
        }
        // The same person, already registered: in this delegation it is an update, elsewhere a likely
        // duplicate.
        let email_value = cell(email);
        let existing = registered.find(&key, &email_value);
        let mut member = columns.member(cells, PersonId(0), role_value, gender_value);
        preview
            .notes
            .extend(script_notes(table, row, &member, &columns));
        let name = english(&invitee);
        let has_head =
            || Text::new("imp-has-head", vec![("name", name.clone())]).about(&invitee, on);
        match existing {
            Some((other, _)) if other != invitee => {
                problem(
                    family,
                    cell(family),
                    Text::new(
                        "imp-duplicate",
                        vec![
                            ("given", member.given_name.clone()),
                            ("family", member.family_name.clone()),
                            ("other", english(&other)),
                        ],
                    ),
                );
            }
            Some((_, person)) => {
                member.id = person;
                let old = current
                    .invitees
                    .get(&invitee)
                    .and_then(|i| i.delegation.member(person))
                    .cloned();
                if role_value == Role::HeadOfDelegation
                    && heads
                        .get(&invitee)
                        .copied()
                        .flatten()
                        .is_some_and(|h| h != person)
                {
                    problem(role, cell(role), has_head());
                    continue;
                }
                preview
                    .actions
                    .push(update_of(row, old.as_ref(), (&invitee, on), &name, member));
            }
            None => {
                member.id = fresh.next().unwrap_or(member.id);
                if role_value == Role::HeadOfDelegation {
                    if heads.get(&invitee).copied().flatten().is_some() {
                        problem(role, cell(role), has_head());
                        continue;
                    }
                    heads.insert(invitee.clone(), Some(member.id));
                }
                preview.actions.push((
                    row,
                    RowAction::AddMember {
                        invitee: invitee.clone(),
                        member: member.clone(),
                    },
                    Text::new(
                        "imp-add",
                        vec![("name", name.clone()), ("person", shown(&member))],
                    )
                    .message("role", words::role_id(member.role))
                    .about(&invitee, on),
                ));
            }
        }
    }
    Ok(preview)
}

/// What a list in English, French or Spanish could not print as it stands of a delegate row: a name
/// not in Latin script without its spelling in lists, an honorific or function in another script. Notes,
/// not problems: the name is as its owner writes it.
fn script_notes(
    table: &RawTable,
    row: usize,
    member: &Member,
    columns: &DelegateColumns,
) -> Vec<RowProblem> {
    let DelegateColumns {
        given,
        family,
        honorific,
        function,
        ..
    } = *columns;
    let mut notes = Vec::new();
    if member.needs_latin_spelling() {
        let column = if crate::text::is_latin_script(&member.family_name) {
            given
        } else {
            family
        };
        notes.push(table.problem(
            row,
            column,
            crate::text::visible(&member.plain_name()).into_owned(),
            Text::new("imp-not-latin", Vec::new()),
        ));
    }
    for (label, value) in member.titles_not_in_latin() {
        let column = if label == "detail-honorific" {
            honorific
        } else {
            function
        };
        notes.push(table.problem(
            row,
            column,
            crate::text::visible(value).into_owned(),
            Text::new("imp-title-not-latin", Vec::new()),
        ));
    }
    notes
}

/// A person as a preview line names them, a control character in a name written as an escape.
fn shown(member: &Member) -> String {
    crate::text::visible(&member.display_name()).into_owned()
}

/// The action for a person already registered in the delegation: nothing when the row says what the
/// workspace says, else an update.
fn update_of(
    row: usize,
    old: Option<&Member>,
    (invitee, on): (&EntityId, Date),
    name: &str,
    member: Member,
) -> (usize, RowAction, Text) {
    if old == Some(&member) {
        let line = Text::new(
            "imp-unchanged",
            vec![("name", name.to_owned()), ("what", shown(&member))],
        )
        .about(invitee, on);
        (row, RowAction::Unchanged, line)
    } else {
        let line = Text::new(
            "imp-update",
            vec![("name", name.to_owned()), ("person", shown(&member))],
        )
        .about(invitee, on);
        let action = RowAction::UpdateMember {
            invitee: invitee.clone(),
            member,
        };
        (row, action, line)
    }
}

/// The checks of a delegate row's cells, each problem reported through `problem`: values no longer than a
/// name may be, a known role (Representative when none is given), a family name, a known gender, an
/// e-mail address that looks like one. Returns the role and the gender when they are known.
fn check_delegate_cells(
    cells: &[String],
    free_text: [Option<usize>; 8],
    (role, family, gender, email): (Option<usize>, Option<usize>, Option<usize>, Option<usize>),
    problem: &mut dyn FnMut(Option<usize>, String, Text),
) -> (Option<Role>, Option<Gender>) {
    let cell = |column: Option<usize>| cell(cells, column);
    for column in free_text {
        let value = cell(column);
        if let Some(reason) = single_line_fault(&value) {
            let start: String = value.chars().take(40).collect();
            let shown = if start.len() < value.len() {
                format!("{start}…")
            } else {
                value
            };
            problem(column, shown, reason);
        }
    }
    let role_value = if role.is_some() && !cell(role).is_empty() {
        let parsed = parse_role(&cell(role));
        if parsed.is_none() {
            problem(role, cell(role), Text::new("imp-bad-role", vec![]));
        }
        parsed
    } else {
        Some(Role::Representative)
    };
    if cell(family).is_empty() {
        problem(family, String::new(), Text::new("imp-no-family", vec![]));
    }
    let gender_value = parse_gender(&cell(gender));
    if gender_value.is_none() {
        problem(gender, cell(gender), Text::new("imp-bad-gender", vec![]));
    }
    let email_value = cell(email);
    if !email_value.is_empty()
        && limits::line_fault(&email_value).is_none()
        && !crate::model::looks_like_email(&email_value)
    {
        problem(email, email_value, Text::new("reason-bad-email", vec![]));
    }
    (role_value, gender_value)
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

fn parse_reply(text: &str) -> Option<Reply> {
    Some(match header_key(text).as_str() {
        "accepted" | "accept" | "yes" | "accepte" | "aceptado" | "attending" => Reply::Accepted,
        "declined" | "decline" | "no" | "refuse" | "rechazado" | "notattending" => Reply::Declined,
        "noreply" | "" | "none" | "pending" => Reply::NoReply,
        _ => return None,
    })
}

/// What importing these reply rows (invitee, reply, date, reference) would do.
pub fn preview_replies(
    workspace: &Workspace,
    meeting: &MeetingId,
    table: &RawTable,
) -> Result<Preview, ImportError> {
    let [invitee_col, reply_col, date_col, reference_col] = columns(
        table,
        ImportKind::Replies,
        [
            (
                "invitee",
                &[
                    "delegation",
                    "country",
                    "organisation",
                    "organization",
                    "state",
                ][..],
                true,
            ),
            ("reply", &["answer", "response"][..], true),
            (
                "date",
                &["reply date", "received", "date received"][..],
                false,
            ),
            ("reference", &["ref", "letter reference"][..], false),
        ],
    )?;
    let mut preview = Preview::of(table, meeting);
    let Some(current) = workspace.meeting(meeting) else {
        return Ok(preview);
    };
    let invitees = InviteeIndex::new(workspace, current);
    for (row, cells) in table.data_rows() {
        let cell = |column: Option<usize>| cell(cells, column);
        let problem = |column, reason| problem_at(table, cells, row, column, reason);
        let before = preview.problems.len();
        let invitee = invitees.find(&cell(invitee_col));
        if invitee.is_none() {
            let reason = Text::new("imp-unknown-invitee", vec![]);
            preview.problems.push(problem(invitee_col, reason));
        }
        let reply = parse_reply(&cell(reply_col));
        if reply.is_none() {
            let reason = Text::new("imp-bad-reply", vec![]);
            preview.problems.push(problem(reply_col, reason));
        }
        let date = parse_day(&cell(date_col)).unwrap_or_else(|reason| {
            preview.problems.push(problem(date_col, reason));
            None
        });
        if let Some(id) = &invitee
            && let Some(record) = current.invitees.get(id)
        {
            let reference = cell(reference_col);
            let sent_reference = record.invitation.reference.trim();
            if !reference.is_empty() && !sent_reference.is_empty() && reference != sent_reference {
                let reason = Text::new(
                    "imp-reference",
                    vec![("reference", sent_reference.to_owned())],
                );
                preview.problems.push(problem(reference_col, reason));
            }
        }
        if preview.problems.len() > before {
            continue;
        }
        let (Some(id), Some(reply)) = (invitee, reply) else {
            continue;
        };
        // A reply from an invitee the workspace has not invited: recorded all the same (the reply came),
        // but the invitation it answers is missing, and `check` reports it until it is recorded.
        if reply != Reply::NoReply
            && current
                .invitees
                .get(&id)
                .is_some_and(|r| r.invitation.status == crate::model::InvitationStatus::NotInvited)
        {
            preview.notes.push(problem_at(
                table,
                cells,
                row,
                invitee_col,
                Text::new("imp-reply-not-invited", Vec::new()),
            ));
        }
        let unchanged = current
            .invitees
            .get(&id)
            .is_some_and(|r| r.invitation.reply == reply && r.invitation.reply_date == date);
        let name = workspace
            .name_at(current, &id, crate::i18n::Lang::En)
            .to_owned();
        if unchanged {
            preview.actions.push((
                row,
                RowAction::Unchanged,
                Text::new("imp-unchanged", vec![("name", name)])
                    .message("what", words::reply_id(reply))
                    .about(&id, current.opening),
            ));
        } else {
            preview.actions.push((
                row,
                RowAction::SetReply {
                    invitee: id.clone(),
                    reply,
                    date,
                },
                Text::new("imp-reply", vec![("name", name)])
                    .word("reply", words::reply_id(reply))
                    .about(&id, current.opening),
            ));
        }
    }
    Ok(preview)
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
        assert_eq!(table.detected, "CSV, Windows-1251, semicolons");
        assert_eq!(table.rows, vec![vec!["RUS".to_owned(), "Ёлкин".to_owned()]]);
    }
}
