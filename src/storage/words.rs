//! Why a workspace file did not load or save, in the interface language. The errors' `Display` is these
//! words in English (the command line).

use super::{LoadError, MAX_FILE_BYTES, ReadError, SaveError, Written, recovery};
use crate::i18n::tr_args;

/// A message and the file it is about, as every file dialog says it.
pub fn with_file(text: impl AsRef<str>, path: &std::path::Path) -> String {
    format!(
        "{}\n{}",
        text.as_ref(),
        tr_args(
            "dialog-file",
            &[("path", path.display().to_string().into())]
        )
    )
}

/// Why the workspace could not be locked for a save or a batch: who holds it, or the system's reason.
pub fn lock_error(err: &super::lock::LockError) -> String {
    match err {
        super::lock::LockError::Held { path, holder } => with_file(
            tr_args(
                "safe-busy-elsewhere",
                &[("holder", holder_name(holder.as_ref()).into())],
            ),
            path,
        ),
        super::lock::LockError::Io { path, source } => with_file(
            tr_args("lock-io", &[("error", source.to_string().into())]),
            path,
        ),
    }
}

/// Who holds a workspace, as a sentence names them.
pub fn holder_name(holder: Option<&super::lock::Holder>) -> String {
    holder.map_or_else(|| crate::i18n::tr("safe-someone-else"), ToString::to_string)
}

/// Why a file could not be read at all (the system's reason, or that it is no regular file or too
/// large).
pub fn read_error(err: &ReadError) -> String {
    match err {
        ReadError::Io { source } => source.to_string(),
        ReadError::NotAFile => crate::i18n::tr("read-not-a-file"),
        ReadError::TooLarge { limit } => {
            tr_args("read-too-large", &[("limit", limit.to_string().into())])
        }
    }
}

/// Why a workspace did not load, and which file.
pub fn load_error(err: &LoadError) -> String {
    match err {
        LoadError::Io { path, source } => with_file(
            tr_args("load-io", &[("error", source.to_string().into())]),
            path,
        ),
        LoadError::Empty { path } => with_file(crate::i18n::tr("load-empty"), path),
        LoadError::NotAFile { path } => with_file(crate::i18n::tr("load-not-a-file"), path),
        LoadError::DuplicateKey {
            path,
            key,
            first,
            second,
        } => with_file(
            tr_args(
                "load-duplicate",
                &[
                    ("key", key.clone().into()),
                    ("first", first.line.to_string().into()),
                    ("second", second.line.to_string().into()),
                ],
            ),
            path,
        ),
        LoadError::TooLong { path, at, chars } => with_file(
            tr_args(
                "load-too-long",
                &[
                    ("chars", chars.to_string().into()),
                    ("line", at.line.to_string().into()),
                    ("column", at.column.to_string().into()),
                    (
                        "limit",
                        crate::model::limits::MAX_TEXT_CHARS.to_string().into(),
                    ),
                ],
            ),
            path,
        ),
        LoadError::TooLarge { path, size } => with_file(
            tr_args(
                "load-too-large",
                &[
                    ("size", size.to_string().into()),
                    ("limit", MAX_FILE_BYTES.to_string().into()),
                ],
            ),
            path,
        ),
        LoadError::NotText { path, at } => with_file(
            tr_args(
                "load-not-text",
                &[
                    ("line", at.line.to_string().into()),
                    ("column", at.column.to_string().into()),
                ],
            ),
            path,
        ),
        LoadError::Malformed { path, at, message } => with_file(
            tr_args(
                "load-malformed",
                &[
                    ("line", at.line.to_string().into()),
                    ("column", at.column.to_string().into()),
                    ("message", message.clone().into()),
                ],
            ),
            path,
        ),
        LoadError::NewerVersion { path, found } => with_file(
            tr_args(
                "load-newer",
                &[
                    ("found", found.to_string().into()),
                    ("supported", crate::model::FORMAT_VERSION.to_string().into()),
                ],
            ),
            path,
        ),
        LoadError::UnknownId { path, what, id, at } => {
            let key = match *what {
                "State" => "load-unknown-state",
                "organisation" => "load-unknown-org",
                _ => "load-unknown-entity",
            };
            with_file(
                tr_args(
                    key,
                    &[
                        ("id", id.clone().into()),
                        ("line", at.line.to_string().into()),
                        ("column", at.column.to_string().into()),
                    ],
                ),
                path,
            )
        }
    }
}

/// Why an export's file could not be written (the system's reason), and which file; the dialog's title
/// says what was being written.
pub fn write_error(err: &SaveError) -> String {
    save_error(err)
}

/// Why a workspace or a file was not saved, and which file.
pub fn save_error(err: &SaveError) -> String {
    let text = match err {
        SaveError::Io {
            what: Written::Workspace,
            source,
            ..
        } => tr_args("save-error", &[("error", source.to_string().into())]),
        SaveError::Io {
            what: Written::File,
            source,
            ..
        } => tr_args("write-error", &[("error", source.to_string().into())]),
        SaveError::TooLarge { size, .. } => tr_args(
            "save-too-large",
            &[
                ("size", size.to_string().into()),
                ("limit", MAX_FILE_BYTES.to_string().into()),
            ],
        ),
        SaveError::TooLong { chars, .. } => tr_args(
            "save-too-long",
            &[
                ("chars", chars.to_string().into()),
                (
                    "limit",
                    crate::model::limits::MAX_TEXT_CHARS.to_string().into(),
                ),
            ],
        ),
    };
    with_file(text, err.path())
}

/// What a recovery file holds, for the offer to restore it.
pub fn recovery_summary(found: &recovery::Found) -> String {
    let workspace = &found.file.workspace;
    let people: usize = workspace
        .meetings
        .iter()
        .map(crate::model::Meeting::people)
        .sum();
    let from = found.file.original.as_ref().map_or_else(
        || crate::i18n::tr("recover-never-saved"),
        |p| p.display().to_string(),
    );
    tr_args(
        "recover-summary",
        &[
            ("name", workspace.name.clone().into()),
            ("meetings", workspace.meetings.len().into()),
            ("people", people.to_string().into()),
            ("written", found.file.written.clone().into()),
            ("from", from.into()),
        ],
    )
}

/// What reading an older format changed, in the interface's words.
pub fn migration(migration: &super::Migration) -> String {
    use super::Migration;
    match migration {
        Migration::UnodaKept { meetings } => {
            tr_args("migrated-unoda", &[("meetings", (*meetings).into())])
        }
        Migration::UnodaDropped => crate::i18n::tr("migrated-unoda-dropped"),
        Migration::ReferencePrefixMoved { prefix } => {
            tr_args("migrated-prefix", &[("prefix", prefix.clone().into())])
        }
        Migration::TemplatesMoved { count } => {
            tr_args("migrated-templates", &[("count", (*count).into())])
        }
    }
}

crate::i18n::worded!(
    ReadError => read_error,
    LoadError => load_error,
    SaveError => save_error,
    super::lock::LockError => lock_error,
);
