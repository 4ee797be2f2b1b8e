//! The command line's failures in words, from the same messages (`assets/i18n`) as the app's dialogs:
//! a failure shared with the app (a workspace that does not load, an export refused) is said by the
//! layer's own words, and the command line's own (a flag missing, a file that exists) by messages of
//! its own, `cli-…`. `Display` says them in English, which is what `msp-invitations` prints.

use super::Failure;
use super::import::MappingError;
use super::names::{NameField, NamesError};
use crate::exchange::words as exchange;
use crate::i18n::{tr, tr_args};
use crate::session::words as session;
use crate::storage::words::{load_error, read_error, save_error, with_file};

/// Why a command failed.
pub fn failure(err: &Failure) -> String {
    let path_arg = |path: &std::path::Path| path.display().to_string();
    match err {
        Failure::Load(err) => load_error(err),
        Failure::Save(err) => save_error(err),
        Failure::Refused(err) => session::save_refused(err),
        Failure::Start(err) => session::start_error(err),
        Failure::Vanished(_) => session::vanished(),
        Failure::Preview(err) => session::preview_error(err),
        Failure::Exported(err) => session::export_failed(err),
        Failure::ImportRefused(err) => session::import_refused(err),
        Failure::Export(err) => exchange::export_error(err),
        Failure::Pdf(err) => exchange::pdf_error(err),
        Failure::Earlier(err) => exchange::earlier_error(err),
        Failure::Edit(err) => crate::edit::edit_error(err),
        Failure::Letters(err) => exchange::letters_error(err),
        Failure::Mail(err) => exchange::mail_error(err),
        Failure::Letterhead(err) => exchange::letterhead_error(err),
        Failure::Names(err) => names_error(err),
        Failure::NobodyFound(query) => {
            tr_args("cli-nobody-found", &[("query", query.clone().into())])
        }
        Failure::SeveralFound(query, names) => format!(
            "{}\n  {}",
            tr_args(
                "cli-several-found",
                &[
                    ("query", query.clone().into()),
                    ("count", names.len().into())
                ]
            ),
            names.join("\n  ")
        ),
        Failure::Mapping(err) => mapping_error(err),
        Failure::Read { path, source } => with_file(
            tr_args("xfer-read-error", &[("error", read_error(source).into())]),
            path,
        ),
        Failure::Import { path, source } => with_file(exchange::import_error(source), path),
        Failure::CreateFolder { path, source } => with_file(
            tr_args("cli-create-folder", &[("error", source.to_string().into())]),
            path,
        ),
        Failure::ClosingBeforeOpening { opening, closing } => tr_args(
            "cli-closing-before-opening",
            &[
                ("opening", opening.to_string().into()),
                ("closing", closing.to_string().into()),
            ],
        ),
        Failure::NothingToStartFrom { path } => tr_args(
            "cli-nothing-to-start-from",
            &[("path", path_arg(path).into())],
        ),
        Failure::Exists { path } => tr_args("cli-exists", &[("path", path_arg(path).into())]),
        Failure::NoMeetings { path } => {
            tr_args("cli-no-meetings", &[("path", path_arg(path).into())])
        }
        Failure::UnknownMeeting { name, path, known } => tr_args(
            "cli-unknown-meeting",
            &[
                ("name", name.clone().into()),
                ("path", path_arg(path).into()),
                ("known", known.clone().into()),
            ],
        ),
        Failure::NoFormat { path } => tr_args("cli-no-format", &[("path", path_arg(path).into())]),
        Failure::NoRecipients => tr("exp-no-recipients"),
        Failure::NothingToImport => tr("cli-nothing-to-import"),
        Failure::LettersBlocked(issues) => {
            format!("{}\n  {}", tr("cli-letters-blocked"), issues.join("\n  "))
        }
        Failure::BadServer(server) => {
            tr_args("cli-bad-server", &[("server", server.clone().into())])
        }
        Failure::Password(error) => tr_args("cli-password", &[("error", error.clone().into())]),
        Failure::Connection(error) => {
            tr_args("mail-error-server", &[("error", error.clone().into())])
        }
        Failure::SendFailed(failed) => tr_args(
            "cli-send-failed",
            &[
                ("count", failed.len().into()),
                ("failed", failed.join("; ").into()),
            ],
        ),
    }
}

/// What to give on the command line, where the app's words say what to choose in a dialog (the
/// earlier list of an addendum, the first seat of the seating plan).
pub fn hint(err: &Failure) -> Option<String> {
    use crate::exchange::ExportError;
    use crate::session::ExportFailed;
    let (Failure::Export(export) | Failure::Exported(ExportFailed::Export(export))) = err else {
        return None;
    };
    match export {
        ExportError::NoEarlier => Some(crate::i18n::in_english(|| tr("cli-hint-since"))),
        ExportError::NoFirstSeat => Some(crate::i18n::in_english(|| tr("cli-hint-first-seat"))),
        _ => None,
    }
}

/// Why a name given to `names` is not taken.
pub fn names_error(err: &NamesError) -> String {
    let field = |what: &NameField| match what {
        NameField::Name => "name",
        NameField::Running => "running",
    };
    match err {
        NamesError::Unknown(name) => tr_args("cli-names-unknown", &[("name", name.clone().into())]),
        NamesError::StateName => tr("cli-names-state"),
        NamesError::NotOneLine {
            what,
            invitee,
            fault,
        } => tr_args(
            "cli-names-not-one-line",
            &[
                ("what", field(what).into()),
                ("invitee", invitee.clone().into()),
                (
                    "fault",
                    format!("{} ({})", tr(fault.key()), fault.code_point()).into(),
                ),
            ],
        ),
        NamesError::TooLong {
            what,
            invitee,
            chars,
            limit,
        } => tr_args(
            "cli-names-too-long",
            &[
                ("what", field(what).into()),
                ("invitee", invitee.clone().into()),
                ("chars", (*chars).into()),
                ("limit", (*limit).into()),
            ],
        ),
    }
}

/// Why a mapping file (`--mapping`) cannot be read.
pub fn mapping_error(err: &MappingError) -> String {
    match err {
        MappingError::Read { path, source } => with_file(
            tr_args("cli-mapping-read", &[("error", read_error(source).into())]),
            path,
        ),
        MappingError::Line {
            path,
            line,
            text,
            meanings,
        } => with_file(
            tr_args(
                "cli-mapping-line",
                &[
                    ("line", (*line).into()),
                    ("text", text.clone().into()),
                    ("meanings", meanings.clone().into()),
                ],
            ),
            path,
        ),
    }
}

crate::i18n::worded!(
    Failure => failure,
    NamesError => names_error,
    MappingError => mapping_error,
);
