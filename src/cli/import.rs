//! `import`: delegates, replies or addresses from a file (or delegates from a folder of returned
//! registration forms), through the preview the app's Import dialog shows, read by the same job: every
//! column's reading, the rows the file leaves out, each row's change, and every problem with its row and
//! column. With a problem, nothing is written (exit 1); otherwise the workspace is saved, merging what
//! others saved meanwhile.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{Failure, ImportArgs, meeting_arg, open_to_change, save};
use crate::exchange::import::{Decisions, ImportKind, Preview, mapping::Reading};
use crate::model::ColumnMeaning;
use crate::session::{Outcome, PreviewRequest};

/// Prints a line on standard output, a closed output not being an error (see `say!` in `mod.rs`).
macro_rules! say {
    ($($arg:tt)*) => {
        let _ = writeln!(std::io::stdout(), $($arg)*);
    };
}

/// Why a mapping file cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum MappingError {
    Read {
        path: std::path::PathBuf,
        #[source]
        source: crate::storage::ReadError,
    },
    Line {
        path: std::path::PathBuf,
        line: usize,
        text: String,
        meanings: String,
    },
}

/// The preview as the command line prints it: how the columns were read, the rows the file leaves out,
/// what each row does (the excluded marked), and the notes.
fn print_preview(preview: &crate::exchange::import::Preview, decisions: &Decisions) {
    print_reading(preview);
    for (row, why) in &preview.left_out {
        say!("  {}: left out: {why}", preview.row_label(*row));
    }
    for (row, _, line) in &preview.actions {
        let skipped = if decisions.excluded.contains(row) {
            " (excluded)"
        } else {
            ""
        };
        say!("  {}: {line}{skipped}", preview.row_label(*row));
    }
    for note in &preview.notes {
        eprintln!("note: {}", described(preview, note));
    }
}

/// The column meanings `--mapping FILE` gives, a `HEADER=MEANING` line each (blank lines and lines
/// starting with `#` are passed over).
fn mapping_file(path: &Path) -> Result<BTreeMap<String, ColumnMeaning>, MappingError> {
    let bytes =
        crate::storage::read_regular(path, 1024 * 1024).map_err(|source| MappingError::Read {
            path: path.to_owned(),
            source,
        })?;
    let text = String::from_utf8_lossy(&bytes);
    let mut columns = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed = line
            .rsplit_once('=')
            .and_then(|(h, m)| ColumnMeaning::from_cli_name(m).map(|m| (h.trim().to_owned(), m)));
        let Some((header, meaning)) = parsed else {
            return Err(MappingError::Line {
                path: path.to_owned(),
                line: n + 1,
                text: line.to_owned(),
                meanings: ColumnMeaning::ALL.map(ColumnMeaning::cli_name).join(", "),
            });
        };
        columns.insert(header, meaning);
    }
    Ok(columns)
}

/// `import WORKSPACE --delegates|--replies|--addresses FILE [...]`.
pub fn import(args: &ImportArgs) -> Result<ExitCode, Failure> {
    // Opened without a lock, like the app: colleagues go on editing the file meanwhile, and the import's
    // save merges in what they saved (a value both changed differently refuses it, naming each).
    let mut session = open_to_change(&args.path)?;
    let meeting = meeting_arg(session.workspace(), args.meeting.as_deref(), &args.path)?;
    let (file, kind) = match (
        &args.delegates,
        &args.replies,
        &args.addresses,
        &args.attendance,
    ) {
        (Some(file), ..) => (file, ImportKind::Delegates),
        (None, Some(file), ..) => (file, ImportKind::Replies),
        (None, None, Some(file), _) => (file, ImportKind::Addresses),
        (None, None, None, Some(file)) => (file, ImportKind::Attendance),
        (None, None, None, None) => return Err(Failure::NothingToImport),
    };
    let mut request = PreviewRequest::new(file, kind, &meeting);
    request.read.encoding = args.encoding;
    if let Some(mapping) = &args.mapping {
        request.delegates.columns = mapping_file(mapping)?;
    }
    request
        .delegates
        .columns
        .extend(args.columns.iter().cloned());
    request.delegates.delegation.clone_from(&args.delegation);
    // The preview the app's Import dialog shows, read by the same job.
    session.start_preview(request, None)?;
    let Outcome::Previewed(previewed) = session.wait_job(&mut |_, _| {})? else {
        return Ok(ExitCode::from(1));
    };
    let preview = match previewed.result {
        Ok(preview) => preview,
        Err(err) => {
            if let crate::session::PreviewError::Table {
                source: crate::exchange::import::ImportError::Columns { .. },
                ..
            } = &err
            {
                eprintln!(
                    "hint: say what a column holds with --column \"HEADER=MEANING\" (meanings: {})",
                    ColumnMeaning::ALL.map(ColumnMeaning::cli_name).join(", ")
                );
            }
            return Err(err.into());
        }
    };
    let decisions = Decisions {
        excluded: args.exclude.iter().copied().collect(),
        confirmed: args.confirm.iter().copied().collect(),
    };
    say!("{} ({})", file.display(), preview.detected);
    print_preview(&preview, &decisions);
    let blocking = preview.blocking(&decisions);
    if !blocking.is_empty() {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "error: {} problem{} in {}; nothing was imported and {} is unchanged:",
            blocking.len(),
            if blocking.len() == 1 { "" } else { "s" },
            file.display(),
            args.path.display()
        );
        for problem in &blocking {
            let _ = writeln!(err, "  {}", described(&preview, problem));
        }
        if blocking.iter().any(|p| p.confirmable) {
            let _ = writeln!(
                err,
                "hint: where a name was split as it should be, confirm its row with --confirm ROW"
            );
        }
        return Ok(ExitCode::from(1));
    }
    say!(
        "{} to add, {} to change.",
        preview.added(),
        preview.changed()
    );
    if args.dry_run {
        say!("Nothing written (--dry-run).");
        return Ok(ExitCode::SUCCESS);
    }
    if session.apply_import(&preview, &decisions)?.is_none() {
        say!("Nothing to import; {} is unchanged.", args.path.display());
        return Ok(ExitCode::SUCCESS);
    }
    save(&mut session)?;
    say!("Saved {}", args.path.display());
    Ok(ExitCode::SUCCESS)
}

/// How the file's columns were read, and the delegation every row goes to when a file names one.
fn print_reading(preview: &Preview) {
    if let Some((_, why)) = &preview.delegation {
        say!("  {why}");
    }
    let Some(mapping) = &preview.mapping else {
        return;
    };
    let lang = crate::i18n::Lang::En;
    let columns: Vec<String> = mapping
        .columns
        .iter()
        .map(|c| {
            let how = match c.reading {
                Reading::Recognised | Reading::Unrecognised => "",
                Reading::Chosen => " (chosen)",
                Reading::Remembered => " (as chosen before)",
                Reading::FormTool => " (the form tool's)",
                Reading::Duplicate => " (another column is read as it)",
            };
            format!(
                "{:?} {}{how}",
                c.header,
                crate::i18n::tr_in(lang, c.meaning.label_id(), &[]).to_lowercase()
            )
        })
        .collect();
    say!("  columns: {}", columns.join("; "));
}

/// A problem or note, with the row as the file (or the folder's file) numbers it.
fn described(preview: &Preview, problem: &crate::exchange::import::RowProblem) -> String {
    format!(
        "{}, column {}: {:?}: {}",
        preview.row_label(problem.row),
        problem.column,
        problem.value,
        problem.reason
    )
}
