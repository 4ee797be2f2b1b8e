//! What an import's preview reads and how, and the reading itself: the file (or a folder of returned
//! registration forms) read as a table, then previewed as delegates, replies or addresses. The preview
//! job (`jobs.rs`) runs this on its worker thread.

use std::path::{Path, PathBuf};

use super::PreviewError;
use crate::exchange::import::{self, ImportError, ImportKind, Preview, RawTable};
use crate::model::MeetingId;

/// What an import's preview reads and how: the file (or the folder of returned forms), what it brings
/// in, for which meeting, and the choices made (the encoding, what columns mean, the delegation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewRequest {
    pub path: PathBuf,
    pub kind: ImportKind,
    pub meeting: MeetingId,
    pub read: import::ReadOptions,
    pub delegates: import::DelegateOptions,
}

impl PreviewRequest {
    /// A preview of the file at `path` with nothing chosen yet.
    pub fn new(path: &Path, kind: ImportKind, meeting: &MeetingId) -> Self {
        Self {
            path: path.to_owned(),
            kind,
            meeting: meeting.clone(),
            read: import::ReadOptions::default(),
            delegates: import::DelegateOptions::default(),
        }
    }
}

/// The file (or folder) a preview reads, as a table.
pub(super) fn read_file(
    workspace: &crate::model::Workspace,
    request: &PreviewRequest,
) -> Result<RawTable, PreviewError> {
    let path = &request.path;
    let table = |source| PreviewError::Table {
        path: path.clone(),
        source,
    };
    if path.is_dir() {
        let meeting = workspace
            .meeting(&request.meeting)
            .ok_or_else(|| table(ImportError::Empty))?;
        return import::form::read_folder(path, meeting).map_err(table);
    }
    let bytes = crate::storage::read_regular(path, crate::model::limits::MAX_IMPORT_BYTES)
        .map_err(|source| PreviewError::Read {
            path: path.clone(),
            source,
        })?;
    import::source::read(&bytes, request.read).map_err(table)
}

/// The preview of a table read from `request`'s file.
pub(super) fn preview_table(
    workspace: &crate::model::Workspace,
    request: &PreviewRequest,
    raw: &RawTable,
) -> Result<Preview, PreviewError> {
    let meeting = &request.meeting;
    match request.kind {
        ImportKind::Delegates => {
            import::preview_delegates_with(workspace, meeting, raw, &request.delegates)
        }
        ImportKind::Replies => import::preview_replies(workspace, meeting, raw),
        ImportKind::Addresses => import::preview_addresses(workspace, meeting, raw),
        ImportKind::Attendance => import::preview_attendance(workspace, meeting, raw),
    }
    .map_err(|source| PreviewError::Table {
        path: request.path.clone(),
        source,
    })
}
