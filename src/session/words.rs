//! The session's errors in words: each says itself in the interface's language through these (the app's
//! dialogs), and in English through the same words (its `Display`, which the command line prints). No
//! error keeps an English text of its own.

use super::{
    ExportFailed, ImportRefused, JobKind, OpenError, PreviewError, SaveRefused, StartError,
};
use crate::exchange::words::mail_error;
use crate::i18n::tr;
use crate::storage::words::{
    load_error, lock_error, read_error, save_error, with_file, write_error,
};
use crate::t;

/// What a running job is doing, for its progress bar.
pub fn job_label(kind: JobKind) -> String {
    match kind {
        JobKind::Export(list) => t!(
            "xfer-exporting",
            list = crate::exchange::words::list(list).to_lowercase()
        ),
        JobKind::Preview(kind) => t!("xfer-reading-kind", what = kind.label().to_lowercase()),
        JobKind::Letters { count } => t!("let-writing", count = count),
        JobKind::Drafts { count } => t!("mail-drafting", count = count),
        JobKind::Send { count } => t!("mail-sending", count = count),
    }
}

/// Why New, Open, Undo and the like wait: a job is running on the workspace.
pub fn busy(kind: JobKind) -> String {
    t!(
        "job-busy",
        what = job_label(kind).trim_end_matches('…').to_owned()
    )
}

/// Why a job did not start.
pub fn start_error(err: &StartError) -> String {
    match err {
        StartError::Busy(kind) => busy(*kind),
        StartError::Unsaved => tr("mail-error-unsaved"),
        StartError::Held(err) => lock_error(err),
        StartError::CaughtUp(count) => t!("mail-error-caught-up", count = *count),
        StartError::Behind(err) => save_refused(err),
        StartError::Server(reason) => t!("mail-error-server", error = reason.clone()),
        StartError::Mail(err) => mail_error(err),
        StartError::Letters(err) => crate::exchange::words::letters_error(err),
    }
}

/// Why an export was not written.
pub fn export_failed(err: &ExportFailed) -> String {
    match err {
        ExportFailed::Export(err) => crate::exchange::words::export_error(err),
        ExportFailed::Write(err) => write_error(err),
    }
}

/// Why a file to import could not be previewed.
pub fn preview_error(err: &PreviewError) -> String {
    match err {
        PreviewError::Read { path, source } => {
            with_file(t!("xfer-read-error", error = read_error(source)), path)
        }
        PreviewError::Table { path, source } => {
            with_file(crate::exchange::words::import_error(source), path)
        }
    }
}

/// Why a workspace did not open.
pub fn open_error(err: &OpenError) -> String {
    load_error(err)
}

/// Why a save (or taking in a colleague's save) did not happen.
pub fn save_refused(err: &SaveRefused) -> String {
    match err {
        SaveRefused::Conflicts(disagreement) => disagreement_words(disagreement),
        SaveRefused::Unreadable(err) => format!("{}\n{}", tr("safe-unreadable"), load_error(err)),
        SaveRefused::Held(err) => lock_error(err),
        SaveRefused::Save(err) => save_error(err),
        SaveRefused::Edit(err) => crate::edit::edit_error(err),
        SaveRefused::NoFile => tr("title-not-saved"),
    }
}

/// Why an import did not happen.
pub fn import_refused(err: &ImportRefused) -> String {
    match err {
        ImportRefused::Problems(problems) => t!("xfer-blocked", count = problems.len()),
        ImportRefused::Edit(err) => crate::edit::edit_error(err),
    }
}

/// A job's worker ended without a result (it panicked).
pub fn vanished() -> String {
    tr("xfer-stopped-text")
}

/// The changes saved meanwhile by someone else that contradict these, a line each, and the file.
pub fn disagreement_words(disagreement: &super::Disagreement) -> String {
    let lang = crate::i18n::language();
    let mut text = t!("merge-conflicts", count = disagreement.conflicts.len());
    for conflict in &disagreement.conflicts {
        text.push_str("\n  ");
        text.push_str(&crate::model::merge::conflict_line(
            &disagreement.merged,
            conflict,
            lang,
        ));
    }
    with_file(text, &disagreement.path)
}

crate::i18n::worded!(
    StartError => start_error,
    ExportFailed => export_failed,
    PreviewError => preview_error,
    ImportRefused => import_refused,
    SaveRefused => save_refused,
    super::Disagreement => disagreement_words,
);

impl crate::i18n::Worded for super::Vanished {
    fn words(&self) -> String {
        vanished()
    }
}
