//! The workspace as a RON file: deterministic to write, atomic to save, and strict to load, with errors that
//! say what is wrong and where (file, line, column) and never touch the file.
//!
//! Around it: [`lock`] (one organiser at a time), [`backups`] (the last ten versions) and [`recovery`]
//! (unsaved work written aside every 30 seconds).

pub mod backups;
pub mod lock;
pub mod recovery;

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::{EntityId, FORMAT_VERSION, Officer, Workspace};

/// Files larger than this are refused before reading: a workspace of 50,000 people is about 15 MB.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Nesting deeper than this is refused (a workspace needs about 10 levels); it keeps a hostile file from
/// overflowing the stack.
const RECURSION_LIMIT: usize = 64;

/// A place in a file, counted from 1 as editors do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Why a workspace could not be loaded. The file is never modified.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("Could not read the workspace: {source}\nFile: {}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("The workspace file is empty.\nFile: {}", path.display())]
    Empty { path: PathBuf },
    #[error(
        "The workspace file is too large ({size} bytes; the limit is {MAX_FILE_BYTES}).\nFile: {}",
        path.display()
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error(
        "The workspace file is not text (invalid UTF-8 at line {}, column {}); is it a workspace?\nFile: {}",
        at.line, at.column, path.display()
    )]
    NotText { path: PathBuf, at: Location },
    #[error("The workspace file is malformed at line {}, column {}: {message}\nFile: {}", at.line, at.column, path.display())]
    Malformed {
        path: PathBuf,
        at: Location,
        message: String,
    },
    #[error(
        "The workspace was written by a newer version of MSP Invitations (format {found}; this version reads up to {FORMAT_VERSION}). Update the app to open it.\nFile: {}",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: u32 },
    #[error("The workspace refers to an unknown {what} {id:?} at line {}, column {}.\nFile: {}", at.line, at.column, path.display())]
    UnknownId {
        path: PathBuf,
        what: &'static str,
        id: String,
        at: Location,
    },
}

impl LoadError {
    /// Where in the file the problem is, when it is at one place.
    pub fn location(&self) -> Option<Location> {
        match self {
            Self::NotText { at, .. } | Self::Malformed { at, .. } | Self::UnknownId { at, .. } => {
                Some(*at)
            }
            _ => None,
        }
    }
}

/// Why a workspace could not be saved. The previous file, if any, is intact.
#[derive(Debug, thiserror::Error)]
#[error("Could not save the workspace: {source}\nFile: {}", path.display())]
pub struct SaveError {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

/// The workspace as the bytes of its file. The same workspace always gives the same bytes: maps are ordered,
/// fields come in declaration order, and nothing depends on time or memory addresses.
pub fn to_ron(workspace: &Workspace) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .new_line("\n")
        .struct_names(false);
    // Serialising plain data (strings, numbers, maps with orderable keys) cannot fail.
    let mut text = ron::ser::to_string_pretty(workspace, config)
        .unwrap_or_else(|err| panic!("a workspace always serialises: {err}"));
    text.push('\n');
    text
}

/// Parses a workspace from text; `path` only names the file in errors.
pub fn from_ron(text: &str, path: &Path) -> Result<Workspace, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let malformed = |err: ron::error::SpannedError| LoadError::Malformed {
        path: path.to_owned(),
        at: Location {
            line: err.span.start.line,
            column: err.span.start.col,
        },
        message: err.code.to_string(),
    };

    // Read the version first, so that a newer file is refused as newer rather than as malformed.
    #[derive(Deserialize)]
    struct Header {
        format_version: u32,
    }
    let header: Header = options.from_str(text).map_err(malformed)?;
    if header.format_version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            path: path.to_owned(),
            found: header.format_version,
        });
    }
    // TODO(format 2): migrate older versions here, one explicit step per version.
    let workspace: Workspace = options.from_str(text).map_err(malformed)?;
    check_ids(&workspace, text, path)?;
    Ok(workspace)
}

/// Refuses references to States or organisations that neither the reference data nor the file defines,
/// pointing at the first place the id appears.
fn check_ids(workspace: &Workspace, text: &str, path: &Path) -> Result<(), LoadError> {
    let unknown = |what: &'static str, id: &str, needle: String| LoadError::UnknownId {
        path: path.to_owned(),
        what,
        id: id.to_owned(),
        at: locate(text, &needle).unwrap_or(Location { line: 1, column: 1 }),
    };
    for meeting in &workspace.meetings {
        for id in meeting.invitees.keys() {
            if !workspace.knows(id) {
                return Err(match id {
                    EntityId::State(code) => unknown("State", code, format!("State(\"{code}\")")),
                    EntityId::Org(org) => unknown("organisation", org, format!("Org(\"{org}\")")),
                });
            }
        }
        let officers = &meeting.officers;
        for officer in officers
            .president
            .iter()
            .chain(&officers.vice_presidents)
            .chain(&officers.secretary_general)
        {
            let state = match officer {
                Officer::State(iso3) => Some(iso3),
                Officer::Person { state, .. } => state.as_ref(),
            };
            if let Some(iso3) = state
                && crate::model::reference::state(iso3).is_none()
            {
                return Err(unknown("State", iso3, format!("\"{iso3}\"")));
            }
        }
    }
    for id in workspace.corrections.keys() {
        if !workspace.knows(id) {
            return Err(unknown("entity", id.code(), format!("\"{}\"", id.code())));
        }
    }
    Ok(())
}

/// The line and column (from 1, in characters) of the first occurrence of `needle`.
fn locate(text: &str, needle: &str) -> Option<Location> {
    let offset = text.find(needle)?;
    Some(location_of(text, offset))
}

fn location_of(text: &str, offset: usize) -> Location {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    Location { line, column }
}

/// Loads a workspace file. Never writes to it.
pub fn load(path: &Path) -> Result<Workspace, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let size = fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let bytes = fs::read(path).map_err(io_error)?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = std::str::from_utf8(bytes.get(..err.valid_up_to()).unwrap_or_default())
                .unwrap_or_default();
            return Err(LoadError::NotText {
                path: path.to_owned(),
                at: location_of(valid, valid.len()),
            });
        }
    };
    if text.contains('\0') {
        let offset = text.find('\0').unwrap_or(0);
        return Err(LoadError::NotText {
            path: path.to_owned(),
            at: location_of(text, offset),
        });
    }
    from_ron(text, path)
}

/// Saves a workspace atomically: the file afterwards is the old one or the new one, never a mix.
pub fn save(path: &Path, workspace: &Workspace) -> Result<(), SaveError> {
    write_atomic(path, to_ron(workspace).as_bytes(), |file| file)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed and synced, renamed over
/// the old file, then the folder synced so the rename itself survives a power cut. On any failure the
/// temporary file is removed and the old file is untouched.
///
/// `wrap` lets tests put a failing writer between the bytes and the file (a full disk after N bytes, say).
pub fn write_atomic<W: Write>(
    path: &Path,
    bytes: &[u8],
    wrap: impl FnOnce(File) -> W,
) -> Result<(), SaveError> {
    let error = |source| SaveError {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map_or_else(|| "workspace".into(), |n| n.to_string_lossy().into_owned());
    remove_stale_temporaries(&dir, &file_name);
    // A random suffix: a temporary file left by a killed process never collides with a later save.
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(error)?;
    let (file, temp_path) = temp.into_parts();
    let result = (|| {
        let mut writer = wrap(file.try_clone()?);
        writer.write_all(bytes)?;
        writer.flush()?;
        drop(writer);
        file.sync_all()?;
        Ok(())
    })();
    if let Err(source) = result {
        // Dropping the TempPath removes the temporary file.
        drop(temp_path);
        return Err(error(source));
    }
    temp_path.persist(path).map_err(|err| error(err.error))?;
    sync_dir(&dir).map_err(error)?;
    Ok(())
}

/// Removes temporary files an earlier save of `file_name` left when its process was killed mid-write, so
/// they do not pile up. Only ours match: a dot, the file's name, a random part, `.tmp`.
fn remove_stale_temporaries(dir: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A fingerprint of a file's bytes, to notice that someone else changed it since it was loaded.
pub fn fingerprint(path: &Path) -> io::Result<u64> {
    use std::hash::{Hash as _, Hasher as _};
    let bytes = fs::read(path)?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    Ok(hasher.finish())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_from_one_in_characters() {
        let text = "ab\ncdé\nfg";
        assert_eq!(location_of(text, 0), Location { line: 1, column: 1 });
        assert_eq!(location_of(text, 3), Location { line: 2, column: 1 });
        assert_eq!(
            location_of(text, text.find('f').unwrap_or(0)),
            Location { line: 3, column: 1 }
        );
        assert_eq!(locate(text, "é"), Some(Location { line: 2, column: 3 }));
    }
}
