//! The session's and the app's typed errors, said in the interface's language where they are drawn: each
//! layer below keeps its errors typed (with an English `Display` for the command line), and the app turns
//! them into sentences only here and in the words modules of the layers (`storage::words`,
//! `exchange::words`).

use crate::exchange::words::mail_error;
use crate::i18n::tr;
use crate::session::{ExportFailed, JobKind, OpenError, PreviewError, SaveRefused, StartError};
use crate::storage::words::{load_error, read_error, save_error, with_file, write_error};
use crate::t;

/// Why a change could not be made.
pub fn edit_error(err: &crate::edit::EditError) -> String {
    use crate::edit::EditError;
    match err {
        EditError::NoMeeting(id) => t!("edit-error-no-meeting", meeting = id.to_string()),
        EditError::MeetingExists(id) => t!("edit-error-meeting-exists", meeting = id.to_string()),
    }
}

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
        StartError::Held(err) => with_file(
            t!("safe-busy-elsewhere", holder = holder_name(err_holder(err))),
            err_path(err),
        ),
        StartError::CaughtUp(count) => t!("mail-error-caught-up", count = *count),
        StartError::Behind(err) => save_refused(err),
        StartError::Server(reason) => t!("mail-error-server", error = reason.clone()),
        StartError::Mail(err) => mail_error(err),
        StartError::Letters(err) => crate::exchange::words::letters_error(err),
    }
}

/// Why a batch of e-mail did not start.
pub fn send_error(app: &super::App, err: &super::errors::SendError) -> String {
    use super::errors::SendError;
    match err {
        SendError::BadPort => tr("send-bad-port"),
        SendError::Nothing => tr("let-none-text"),
        SendError::Blocked(texts) => texts
            .iter()
            .map(|t| t.in_lang_for(app.workspace(), crate::i18n::language()))
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
        SaveRefused::Conflicts(disagreement) => with_file(
            t!("merge-conflicts", count = disagreement.conflicts.len()),
            &disagreement.path,
        ),
        SaveRefused::Unreadable(err) => format!("{}\n{}", tr("safe-unreadable"), load_error(err)),
        SaveRefused::Held(err) => with_file(
            t!("safe-busy-elsewhere", holder = holder_name(err_holder(err))),
            err_path(err),
        ),
        SaveRefused::Save(err) => save_error(err),
        SaveRefused::Edit(err) => edit_error(err),
        SaveRefused::NoFile => tr("title-not-saved"),
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

fn err_holder(err: &crate::storage::lock::LockError) -> Option<&crate::storage::lock::Holder> {
    match err {
        crate::storage::lock::LockError::Held { holder, .. } => holder.as_ref(),
        crate::storage::lock::LockError::Io { .. } => None,
    }
}

fn err_path(err: &crate::storage::lock::LockError) -> &std::path::Path {
    match err {
        crate::storage::lock::LockError::Held { path, .. }
        | crate::storage::lock::LockError::Io { path, .. } => path,
    }
}

/// Who holds a workspace, as a sentence names them.
pub fn holder_name(holder: Option<&crate::storage::lock::Holder>) -> String {
    holder.map_or_else(|| tr("safe-someone-else"), ToString::to_string)
}
