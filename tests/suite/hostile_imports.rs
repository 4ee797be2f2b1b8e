//! Hostile imports: small files that declare or unpack to something huge, and files beyond the limits.
//! Each is refused with a sentence, by the command line run as a process under a memory cap (`ulimit -v`)
//! and a time limit, and the workspace is left as it was. Before the limits, a 1.6 KB XLSX with one cell
//! at XFD1048576 aborted the process asking for 549,755,813,888 bytes.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use msp_invitations::exchange::import::{ImportError, Limit, read_table};
use msp_invitations::model::{builtin_workspace, limits};
use msp_invitations::storage;

/// The memory every hostile import must stay under (virtual memory, as `ulimit -v` counts it), and the
/// time it must finish in.
const MEMORY_KB: u64 = 2 * 1024 * 1024;
const TIME: Duration = Duration::from_secs(30);

/// Runs `import --delegates FILE` under the memory cap; returns its exit code and stderr, and how long
/// it took.
fn import_capped(ws: &Path, file: &Path) -> (Option<i32>, String, Duration) {
    let script = format!(
        "ulimit -v {MEMORY_KB}; exec '{}' import '{}' --delegates '{}'",
        env!("CARGO_BIN_EXE_msp-invitations"),
        ws.display(),
        file.display()
    );
    let started = Instant::now();
    let mut child = Command::new("sh")
        .args(["-c", &script])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sh runs");
    loop {
        if let Some(status) = child.try_wait().expect("waits") {
            let mut err = String::new();
            if let Some(mut stderr) = child.stderr.take() {
                use std::io::Read as _;
                let _ = stderr.read_to_string(&mut err);
            }
            return (status.code(), err, started.elapsed());
        }
        if started.elapsed() > TIME {
            let _ = child.kill();
            panic!("the import of {} ran past {TIME:?}", file.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn workspace(dir: &Path) -> std::path::PathBuf {
    let ws = dir.join("ws.ron");
    storage::save(&ws, &builtin_workspace()).expect("save");
    ws
}

/// Asserts the import was refused with `sentence`, in time, and left the workspace as it was.
fn assert_refused(dir: &Path, file: &Path, sentence: &str) {
    let ws = workspace(dir);
    let before = fs::read(&ws).expect("read");
    let (code, err, took) = import_capped(&ws, file);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains(sentence), "expected “{sentence}” in: {err}");
    assert!(
        err.contains(&file.display().to_string()),
        "names the file: {err}"
    );
    assert_eq!(
        fs::read(&ws).expect("read"),
        before,
        "the workspace is untouched"
    );
    eprintln!("{}: refused in {took:?}", file.display());
}

/// An XLSX with a header and one cell at `(row, column)`.
fn xlsx_with_cell(row: u32, column: u16, value: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "delegation").expect("cell");
    sheet.write_string(0, 1, "family_name").expect("cell");
    sheet.write_string(row, column, value).expect("cell");
    book.save_to_buffer().expect("xlsx")
}

#[test]
fn a_cell_at_the_last_column_and_row_is_refused_without_allocating() {
    let bytes = xlsx_with_cell(1_048_575, 16_383, "far");
    assert!(bytes.len() < 10_000, "a small file: {} bytes", bytes.len());
    // In-process, as the app reads it on its worker thread: no abort, an error.
    match read_table(&bytes) {
        Err(ImportError::TooBig(Limit::Rows { .. } | Limit::Column { .. })) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("far.xlsx");
    fs::write(&file, &bytes).expect("write");
    assert_refused(dir.path(), &file, "The file is beyond what an import reads");

    let bytes = xlsx_with_cell(1, 16_383, "far to the right");
    fs::write(&file, &bytes).expect("write");
    assert_refused(
        dir.path(),
        &file,
        "a cell in column 16384, and imports read 64 columns",
    );
}

/// An XLSX whose sheet unpacks to 300 MB of one letter: about 3 MB on disk.
#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (name, content) in [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ] {
        zip.start_file(name, options).expect("entry");
        zip.write_all(content.as_bytes()).expect("write");
    }
    zip.start_file("xl/worksheets/sheet1.xml", options)
        .expect("entry");
    zip.write_all(br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#)
        .expect("write");
    let chunk = vec![b'A'; 1024 * 1024];
    for _ in 0..300 {
        zip.write_all(&chunk).expect("write");
    }
    zip.write_all(b"</t></is></c></row></sheetData></worksheet>")
        .expect("write");
    let bytes = zip.finish().expect("zip").into_inner();
    assert!(bytes.len() < 4_000_000, "{} bytes", bytes.len());

    assert!(matches!(
        read_table(&bytes),
        Err(ImportError::TooBig(Limit::Inflated { .. }))
    ));
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("bomb.xlsx");
    fs::write(&file, &bytes).expect("write");
    assert_refused(
        dir.path(),
        &file,
        "the spreadsheet unpacks to more than 256 MB",
    );
}

#[test]
fn an_enormous_cell_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    // 270 MB in one family name: refused by the file's size before any of it is parsed.
    let file = dir.path().join("huge.csv");
    {
        let mut out = std::io::BufWriter::new(fs::File::create(&file).expect("create"));
        out.write_all(b"delegation,family_name\nChile,")
            .expect("write");
        let chunk = vec![b'x'; 1024 * 1024];
        for _ in 0..270 {
            out.write_all(&chunk).expect("write");
        }
        out.write_all(b"\n").expect("write");
    }
    assert_refused(dir.path(), &file, "larger than 67108864 bytes");
    fs::remove_file(&file).expect("remove");

    // Within the file size, a cell beyond the longest text.
    let long = "y".repeat(limits::MAX_TEXT_CHARS + 1);
    let file = dir.path().join("long.csv");
    fs::write(&file, format!("delegation,family_name\nChile,{long}\n")).expect("write");
    assert_refused(
        dir.path(),
        &file,
        "a cell of 20001 characters in row 2, and a cell holds at most 20000",
    );

    // Within a cell's length, a name beyond the longest name is a problem of its row.
    let name = "z".repeat(limits::MAX_NAME_CHARS + 1);
    fs::write(&file, format!("delegation,family_name\nChile,{name}\n")).expect("write");
    assert_refused(
        dir.path(),
        &file,
        "501 characters; a value holds at most 500",
    );
}

#[test]
fn a_million_columns_and_too_many_rows_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("wide.csv");
    let mut header = String::from("delegation,family_name");
    for i in 0..1_000_000 {
        let _ = write!(header, ",c{i}");
    }
    fs::write(&file, format!("{header}\nChile,Rojas\n")).expect("write");
    assert_refused(
        dir.path(),
        &file,
        "a cell in column 1000002, and imports read 64 columns",
    );

    let file = dir.path().join("long.csv");
    let mut rows = String::from("delegation,family_name\n");
    for i in 0..=limits::MAX_IMPORT_ROWS {
        let _ = writeln!(rows, "Chile,P{i}");
    }
    fs::write(&file, rows).expect("write");
    assert_refused(dir.path(), &file, "more than 200000 rows");
}
