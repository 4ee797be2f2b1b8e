//! The app's own typed errors, said in the interface's language where they are drawn. Each layer below
//! keeps its errors typed and words them in its own words module (`storage::words`, `exchange::words`,
//! `session::words`), whose sentences are also the errors' English `Display` (the command line).

use std::path::Path;

use crate::i18n::tr;
use crate::t;

pub use crate::edit::edit_error;
use crate::exchange::words::mail_error;
pub use crate::session::words::{
    busy, export_failed, job_label, open_error, preview_error, save_refused, start_error,
};

/// Why a batch of e-mail did not start.
pub fn send_error(workspace: &crate::model::Workspace, err: &super::errors::SendError) -> String {
    use super::errors::SendError;
    match err {
        SendError::BadPort => tr("send-bad-port"),
        SendError::Nothing => tr("let-none-text"),
        SendError::Blocked(texts) => texts
            .iter()
            .map(|t| t.in_lang_for(workspace, crate::i18n::language()))
            .collect::<Vec<_>>()
            .join("\n"),
        SendError::Prepare(err) => prepare_error(err),
        SendError::Start(err) => start_error(err),
    }
}

/// Why the Letters view's letters or batch cannot be prepared.
pub fn prepare_error(err: &super::errors::PrepareError) -> String {
    use super::errors::PrepareError;
    match err {
        PrepareError::Date(_) => tr("let-error-date"),
        PrepareError::FirstNumber(text) => t!("let-bad-first-number", text = text.clone()),
        PrepareError::Mail(err) => mail_error(err),
    }
}

/// Why an export did not start.
pub fn export_refused(err: &super::errors::ExportRefused) -> String {
    use super::errors::ExportRefused;
    match err {
        ExportRefused::Date(text) if text.trim().is_empty() => tr("xfer-need-date"),
        ExportRefused::Date(text) => t!(
            "xfer-bad-date",
            date = text.clone(),
            reason = tr("date-invalid")
        ),
        ExportRefused::NoEarlier => tr("xfer-need-earlier"),
        ExportRefused::Earlier(err) => crate::exchange::words::earlier_error(err),
        ExportRefused::Letters(err) => prepare_error(err),
        ExportRefused::Start(err) => start_error(err),
    }
}

/// What a merge took in from a colleague's save, for the notice: how many changes, and the first few.
pub fn taken(workspace: &crate::model::Workspace, taken: &crate::session::Taken) -> String {
    const SHOWN: usize = 3;
    let lang = crate::i18n::language();
    let mut changes: Vec<String> = taken
        .changes
        .iter()
        .take(SHOWN)
        .map(|c| crate::model::merge::describe(workspace, c, lang))
        .collect();
    if taken.changes.len() > SHOWN {
        changes.push("…".to_owned());
    }
    t!(
        "merge-taken",
        count = taken.changes.len(),
        changes = changes.join("; ")
    )
}

/// A file's name, for what the window says of it.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
