//! Tables to CSV and XLSX files that open correctly in Excel in any locale.
//!
//! CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), comma or semicolon (Excel in locales
//! with a decimal comma expects semicolons), and every cell that would start with `=`, `+`, `-`, `@`, a tab
//! or a carriage return prefixed with an apostrophe, so a spreadsheet never runs it as a formula (OWASP,
//! "CSV Injection"). XLSX: every cell written as a string, which Excel never evaluates.

use std::borrow::Cow;
use std::io::{self, Write};

use super::document::Table;

/// How to write CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvOptions {
    /// `b','` or `b';'`.
    pub delimiter: u8,
    /// Start with a UTF-8 byte-order mark.
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        Self {
            delimiter: b',',
            bom: true,
        }
    }
}

/// Neutralises a cell a spreadsheet would take for a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Writes a table as CSV.
pub fn write_csv(table: &Table, options: CsvOptions, out: impl Write) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    if options.bom {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .from_writer(out);
    writer.write_record(table.header.iter().map(|h| neutralise(h).into_owned()))?;
    for row in &table.rows {
        writer.write_record(row.iter().map(|cell| neutralise(cell).into_owned()))?;
    }
    writer.flush()?;
    Ok(())
}

/// The bytes of an XLSX workbook with one sheet holding the table, every cell as text.
pub fn xlsx_bytes(table: &Table, sheet_name: &str) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    // Sheet names are limited to 31 characters and some punctuation.
    let name: String = sheet_name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if !name.is_empty() {
        sheet.set_name(&name)?;
    }
    let bold = Format::new().set_bold();
    // A cell beyond the sheet's limits (over 65,535 columns or 4 billion rows) is no list of ours.
    let column = |col: usize| {
        u16::try_from(col).map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)
    };
    let row = |r: usize| {
        u32::try_from(r + 1).map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)
    };
    for (col, title) in table.header.iter().enumerate() {
        sheet.write_string_with_format(0, column(col)?, title, &bold)?;
    }
    for (r, cells) in table.rows.iter().enumerate() {
        for (col, cell) in cells.iter().enumerate() {
            sheet.write_string(row(r)?, column(col)?, cell)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        for cell in ["=1+1", "+41 22", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(neutralise("Chile"), "Chile");
        assert_eq!(neutralise("a=b"), "a=b");
    }

    #[test]
    fn csv_with_bom_and_semicolons() {
        let mut table = Table::new(&["a", "b"]);
        table.rows.push(vec!["x;y".to_owned(), "=cmd".to_owned()]);
        let mut out = Vec::new();
        write_csv(
            &table,
            CsvOptions {
                delimiter: b';',
                bom: true,
            },
            &mut out,
        )
        .expect("writes");
        assert_eq!(out, "\u{feff}a;b\n\"x;y\";'=cmd\n".as_bytes());
    }
}
