//! What a file to import is, read as it comes: a CSV or text export in whatever encoding and separator
//! it was saved with, a workbook (XLSX, the older `.xls`, ODS), or a note verbale in Word with the
//! delegation in a table. The kind is told by the file's content, never by its name, and a file that is
//! none of these (a PDF, a Word 97-2003 document, an image) is named for what it is.

use std::collections::BTreeMap;

use encoding_rs::Encoding;

use super::{ImportError, Limit, RawTable, checked_cell};
use crate::model::limits;

/// What a file is, as its content says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Text with a separator: CSV, semicolon-separated, tab-separated.
    Csv,
    Xlsx,
    /// Excel 97-2003.
    Xls,
    /// An ODS spreadsheet (what `LibreOffice` saves).
    Ods,
    /// A Word document; its table of delegates is read.
    Docx,
}

/// Files an import cannot read, named for what they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    Pdf,
    /// Word 97-2003 (`.doc`).
    WordBinary,
    /// An Office 97-2003 file that is neither a workbook nor a Word document.
    OfficeBinary,
    OpenDocumentText,
    Presentation,
    Rtf,
    Image,
    /// A ZIP archive that holds no workbook or document.
    Zip,
    /// A web page (what some systems save under `.xls`).
    Html,
    /// Bytes that are not text in any encoding.
    Binary,
}

impl Unreadable {
    /// The message id naming it.
    pub fn key(self) -> &'static str {
        match self {
            Self::Pdf => "imp-kind-pdf",
            Self::WordBinary => "imp-kind-doc",
            Self::OfficeBinary => "imp-kind-office",
            Self::OpenDocumentText => "imp-kind-odt",
            Self::Presentation => "imp-kind-presentation",
            Self::Rtf => "imp-kind-rtf",
            Self::Image => "imp-kind-image",
            Self::Zip => "imp-kind-zip",
            Self::Html => "imp-kind-html",
            Self::Binary => "imp-kind-binary",
        }
    }
}

/// How to read a file: an encoding the user chose for a text file, instead of the one detected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadOptions {
    pub encoding: Option<&'static Encoding>,
}

/// The encodings a user may choose for a text file, as the preview offers them.
pub const ENCODINGS: [&Encoding; 8] = [
    encoding_rs::UTF_8,
    encoding_rs::UTF_16LE,
    encoding_rs::UTF_16BE,
    encoding_rs::WINDOWS_1252,
    encoding_rs::ISO_8859_15,
    encoding_rs::WINDOWS_1251,
    encoding_rs::KOI8_R,
    encoding_rs::IBM866,
];

/// An encoding's name as people know it ("Windows-1252 (Western, ISO-8859-1)").
pub fn encoding_label(encoding: &'static Encoding) -> &'static str {
    match encoding.name() {
        "UTF-8" => "UTF-8",
        "UTF-16LE" => "UTF-16 (little-endian)",
        "UTF-16BE" => "UTF-16 (big-endian)",
        "windows-1252" => "Windows-1252 (Western, ISO-8859-1)",
        "ISO-8859-15" => "ISO-8859-15 (Western, with €)",
        "windows-1251" => "Windows-1251 (Cyrillic)",
        "KOI8-R" => "KOI8-R (Cyrillic)",
        "IBM866" => "DOS 866 (Cyrillic)",
        other => other,
    }
}

/// An encoding by its name or label, as `--encoding` takes it ("windows-1252", "latin1", "utf-8").
pub fn encoding_named(name: &str) -> Option<&'static Encoding> {
    Encoding::for_label(name.trim().as_bytes())
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Reads a file's bytes into a table, whatever it is that an import reads.
pub fn read(bytes: &[u8], options: ReadOptions) -> Result<RawTable, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.starts_with(ZIP) {
        return read_zip(bytes);
    }
    if bytes.starts_with(b"%PDF") {
        return Err(ImportError::NotATable(Unreadable::Pdf));
    }
    if bytes.starts_with(OLE) {
        return read_ole(bytes);
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(ImportError::NotATable(Unreadable::Rtf));
    }
    if bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"\xFF\xD8\xFF")
        || bytes.starts_with(b"GIF8")
    {
        return Err(ImportError::NotATable(Unreadable::Image));
    }
    let (text, encoding) = decode(bytes, options.encoding)?;
    let start = text
        .trim_start()
        .get(..6)
        .unwrap_or_default()
        .to_ascii_lowercase();
    if start.starts_with("<html") || start.starts_with("<!doct") || start.starts_with("<table") {
        return Err(ImportError::NotATable(Unreadable::Html));
    }
    read_csv(&text, encoding)
}

/// Text from bytes: the encoding chosen, else a byte-order mark's, else UTF-8 where the bytes are UTF-8,
/// else UTF-16 where every other byte is zero, else what the detector finds in the content.
fn decode(
    bytes: &[u8],
    chosen: Option<&'static Encoding>,
) -> Result<(String, &'static Encoding), ImportError> {
    if let Some(encoding) = chosen {
        let (text, _, _) = encoding.decode(bytes);
        return Ok((text.into_owned(), encoding));
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return Ok((text.into_owned(), encoding));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if text.contains('\0') {
            return Err(ImportError::NotATable(Unreadable::Binary));
        }
        return Ok((text.to_owned(), encoding_rs::UTF_8));
    }
    // UTF-16 without a mark: ASCII-heavy text has a zero in every other byte.
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros = |offset: usize| {
        sample
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    for (offset, encoding) in [(1, encoding_rs::UTF_16LE), (0, encoding_rs::UTF_16BE)] {
        if half > 0 && zeros(offset) * 10 > half * 8 {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return Ok((text.into_owned(), encoding));
        }
    }
    if bytes.contains(&0) {
        return Err(ImportError::NotATable(Unreadable::Binary));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, false);
    let (text, _, _) = encoding.decode(bytes);
    Ok((text.into_owned(), encoding))
}

/// The separator a text file uses: the one found most often in its first line, outside quotes.
fn delimiter(first_line: &str) -> (u8, &'static str) {
    let mut counts = [0_usize; 3];
    let mut quoted = false;
    for c in first_line.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let names = [(b'\t', "tabs"), (b';', "semicolons"), (b',', "commas")];
    let best = (0..3).max_by_key(|&i| (counts[i], i)).unwrap_or(2);
    if counts[best] == 0 {
        (b',', "commas")
    } else {
        names[best]
    }
}

fn read_csv(text: &str, encoding: &'static Encoding) -> Result<RawTable, ImportError> {
    let first_line = text.lines().next().unwrap_or_default();
    let (separator, name) = delimiter(first_line);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
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
    let mut table = RawTable::from_rows(records)?;
    table.kind = FileKind::Csv;
    table.encoding = Some(encoding);
    table.detected = format!("CSV, {}, {name}", encoding_label(encoding));
    Ok(table)
}

/// A ZIP archive: a workbook, a Word document, or neither.
fn read_zip(bytes: &[u8]) -> Result<RawTable, ImportError> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|err| ImportError::Xlsx(err.to_string()))?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(std::borrow::Cow::into_owned)
        .collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    if has("xl/workbook.xml") {
        return read_workbook(bytes, FileKind::Xlsx);
    }
    if has("word/document.xml") {
        return super::docx::read(bytes).map(|table| RawTable {
            kind: FileKind::Docx,
            ..table
        });
    }
    if names.iter().any(|n| n.starts_with("ppt/")) {
        return Err(ImportError::NotATable(Unreadable::Presentation));
    }
    if has("content.xml") {
        let mut archive = archive;
        let mimetype = archive
            .by_name("mimetype")
            .ok()
            .and_then(|mut part| {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut part, &mut text).ok()?;
                Some(text)
            })
            .unwrap_or_default();
        if mimetype.contains("opendocument.spreadsheet") {
            return read_workbook(bytes, FileKind::Ods);
        }
        if mimetype.contains("opendocument.text") {
            return Err(ImportError::NotATable(Unreadable::OpenDocumentText));
        }
    }
    Err(ImportError::NotATable(Unreadable::Zip))
}

/// An Office 97-2003 file: a workbook calamine reads, or a Word document it cannot.
fn read_ole(bytes: &[u8]) -> Result<RawTable, ImportError> {
    // The compound file's directory names its streams in UTF-16.
    let stream =
        |name: &str| -> Vec<u8> { name.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    let holds = |name: &str| {
        let needle = stream(name);
        bytes.windows(needle.len()).any(|w| w == needle.as_slice())
    };
    if holds("WordDocument") {
        return Err(ImportError::NotATable(Unreadable::WordBinary));
    }
    if holds("Workbook") || holds("Book") {
        return read_workbook(bytes, FileKind::Xls);
    }
    Err(ImportError::NotATable(Unreadable::OfficeBinary))
}

/// The first sheet of a workbook, read cell by cell: a cell beyond the row or column limit is refused
/// before anything is allocated for it (a sheet that declares one cell at XFD1048576 would otherwise ask
/// for half a terabyte). A header row whose cells are merged across columns is refused, naming them.
fn read_workbook(bytes: &[u8], kind: FileKind) -> Result<RawTable, ImportError> {
    use calamine::Reader as _;
    let error = |err: String| ImportError::Xlsx(err);
    let mut cells: BTreeMap<(usize, usize), String> = BTreeMap::new();
    let mut merged: Vec<(usize, usize, usize)> = Vec::new();
    let mut hidden_code = None;
    let cursor = std::io::Cursor::new(bytes);
    let mut add = |row: u32, column: u32, text: String| -> Result<(), ImportError> {
        let (row, column) = (row as usize, column as usize);
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
        if !text.is_empty() {
            cells.insert((row, column), text);
        }
        Ok(())
    };
    let text_of = |data: &calamine::Data| match data {
        calamine::Data::Empty => String::new(),
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        other => other.to_string(),
    };
    match kind {
        FileKind::Xlsx => {
            super::check_inflated_size(bytes)?;
            let mut workbook: calamine::Xlsx<_> = calamine::open_workbook_from_rs(cursor)
                .map_err(|e: calamine::XlsxError| error(e.to_string()))?;
            let sheets = workbook.sheet_names();
            let first = sheets
                .first()
                .cloned()
                .ok_or_else(|| error("the workbook has no sheet".to_owned()))?;
            // A registration form of the app's carries its code on a sheet of its own.
            if sheets.iter().any(|s| s == super::code::CODE_SHEET)
                && let Ok(range) = workbook.worksheet_range(super::code::CODE_SHEET)
            {
                hidden_code = range.get_value((0, 0)).map(text_of);
            }
            for dimensions in workbook
                .merge_cells_by_sheet_name(&first)
                .unwrap_or_default()
            {
                merged.push((
                    dimensions.start.0 as usize,
                    dimensions.start.1 as usize,
                    dimensions.end.1 as usize,
                ));
            }
            let mut reader = workbook
                .worksheet_cells_reader(&first)
                .map_err(|e| error(e.to_string()))?;
            while let Some(cell) = reader.next_cell().map_err(|e| error(e.to_string()))? {
                let (row, column) = cell.get_position();
                let text = match cell.get_value() {
                    calamine::DataRef::Empty => continue,
                    calamine::DataRef::SharedString(s) => (*s).to_owned(),
                    other => text_of(&calamine::Data::from(other.clone())),
                };
                add(row, column, text)?;
            }
        }
        FileKind::Xls | FileKind::Ods => {
            let mut workbook =
                calamine::open_workbook_auto_from_rs(cursor).map_err(|e| error(e.to_string()))?;
            let first = workbook
                .sheet_names()
                .first()
                .cloned()
                .ok_or_else(|| error("the workbook has no sheet".to_owned()))?;
            let range = workbook
                .worksheet_range(&first)
                .map_err(|e| error(e.to_string()))?;
            if let Some((height, width)) = Some(range.get_size())
                && (height > limits::MAX_IMPORT_ROWS + 1 || width > limits::MAX_IMPORT_COLUMNS)
            {
                return Err(ImportError::TooBig(Limit::Rows {
                    limit: limits::MAX_IMPORT_ROWS,
                }));
            }
            let (top, left) = range.start().unwrap_or((0, 0));
            for (row, column, data) in range.used_cells() {
                let (row, column) = (u32::try_from(row), u32::try_from(column));
                let (Ok(row), Ok(column)) = (row, column) else {
                    return Err(ImportError::TooBig(Limit::Rows {
                        limit: limits::MAX_IMPORT_ROWS,
                    }));
                };
                add(top + row, left + column, text_of(data))?;
            }
        }
        FileKind::Csv | FileKind::Docx => {}
    }
    if cells.is_empty() {
        return Err(ImportError::Empty);
    }
    let last_row = cells.keys().map(|(r, _)| *r).max().unwrap_or(0);
    let last_column = cells.keys().map(|(_, c)| *c).max().unwrap_or(0);
    // Within the limits, the table is at most 200,000 rows of 64 columns, most of them short.
    let mut rows: Vec<Vec<String>> = vec![vec![String::new(); last_column + 1]; last_row + 1];
    for ((row, column), text) in cells {
        if let Some(slot) = rows.get_mut(row).and_then(|r| r.get_mut(column)) {
            *slot = text;
        }
    }
    let mut table = RawTable::from_rows(rows)?;
    let header = table.header_row - 1;
    if let Some((row, from, to)) = merged
        .iter()
        .copied()
        .find(|(row, from, to)| *row == header && to > from)
    {
        return Err(ImportError::MergedHeader {
            row: row + 1,
            from: column_letters(from),
            to: column_letters(to),
            text: table.header.get(from).cloned().unwrap_or_default(),
        });
    }
    table.kind = kind;
    table.form = hidden_code.and_then(|code| super::code::Code::parse(&code));
    table.detected = match kind {
        FileKind::Xls => "Excel 97-2003 workbook, first sheet".to_owned(),
        FileKind::Ods => "OpenDocument spreadsheet, first sheet".to_owned(),
        _ => "XLSX, first sheet".to_owned(),
    };
    Ok(table)
}

/// A column's letters as a spreadsheet names it (0 is "A", 26 is "AA").
pub fn column_letters(column: usize) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rest).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn western_and_cyrillic_text_are_told_apart() {
        let spanish = encoding_rs::WINDOWS_1252
            .encode("País u organización;Nombre;Apellidos\nEspaña;José;Núñez\n")
            .0;
        let (text, encoding) = decode(&spanish, None).expect("text");
        assert_eq!(encoding, encoding_rs::WINDOWS_1252);
        assert!(text.starts_with("País u organización"), "{text}");
        let russian = encoding_rs::WINDOWS_1251
            .encode("Страна;Имя;Фамилия\nРоссия;Иван;Петров\n")
            .0;
        let (text, encoding) = decode(&russian, None).expect("text");
        assert_eq!(encoding, encoding_rs::WINDOWS_1251);
        assert!(text.starts_with("Страна"), "{text}");
    }

    #[test]
    fn columns_are_lettered_as_spreadsheets_letter_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }

    #[test]
    fn separators_outside_quotes_count() {
        assert_eq!(delimiter("a;b;\"c, d, e\"").0, b';');
        assert_eq!(delimiter("a,b,c").0, b',');
        assert_eq!(delimiter("a\tb").0, b'\t');
    }
}
