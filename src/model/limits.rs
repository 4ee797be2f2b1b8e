//! How much of anything a workspace, an import or a form takes. Each limit holds where values enter (the
//! forms, imports, the file) so that nothing can be saved that the app cannot open, draw or print again.
//!
//! The limits are far above anything real: the longest UN name of a State is 56 characters and a List of
//! Participants of a large meeting has about 1,500 people.

/// The longest name, honorific, function line, reference, e-mail or other single-line value, in
/// characters.
pub const MAX_NAME_CHARS: usize = 500;

/// The longest text of any kind (notes, a letter template), in characters. The workspace loader refuses a
/// file with a longer string, and nothing longer can be saved.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The largest file an import reads (CSV or XLSX).
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// The most an XLSX may inflate to when unpacked (all its parts together): a spreadsheet of the largest
/// import takes a few tens of megabytes.
pub const MAX_XLSX_INFLATED_BYTES: u64 = 256 * 1024 * 1024;

/// The most rows an import reads (a header and 200,000 people or replies).
pub const MAX_IMPORT_ROWS: usize = 200_000;

/// The most columns an import reads (the files have at most ten).
pub const MAX_IMPORT_COLUMNS: usize = 64;

pub use crate::text::{LineFault, clean, clean_line, is_invisible, line_fault};

#[cfg(test)]
mod tests {
    use crate::text::{clean, clean_line};

    #[test]
    fn invisible_and_direction_characters_are_removed() {
        assert_eq!(clean("Bob SMI\u{200B}TH"), "Bob SMITH");
        assert_eq!(clean("\u{202E}evil\u{202C}"), "evil");
        assert_eq!(clean("\u{FEFF}Ana\u{00AD}"), "Ana");
        assert_eq!(clean("line\nbreak\tkept"), "line\nbreak\tkept");
        assert_eq!(clean_line("two\nlines"), "two lines");
        assert_eq!(clean("Алёна Zoë"), "Алёна Zoë");
    }
}
