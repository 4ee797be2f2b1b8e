//! The workspace as a RON file: deterministic to write, atomic to save, and strict to load, with errors that
//! say what is wrong and where (file, line, column) and never touch the file.
//!
//! Around it: [`lock`] (one organiser at a time), [`backups`] (the last ten versions), [`recovery`]
//! (unsaved work written aside every 30 seconds) and `migrate.rs` (older formats brought to this one as
//! they are read).

pub mod backups;
pub mod lock;
mod migrate;
pub mod outbox;
mod packed;
mod parse;
pub mod recovery;
pub mod words;

pub use migrate::Migration;
pub use packed::Packed;
pub use parse::from_ron;
use parse::{location_of, longest_string_over, parse};

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::model::{Workspace, limits};

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

/// Why a file could not be read at all, before anything in it is looked at.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum ReadError {
    Io {
        #[source]
        source: io::Error,
    },
    /// A folder, a named pipe, a device: only regular files are read (a pipe would hang, a device never end).
    NotAFile,
    /// More bytes than the limit, counted as they are read (a file's size can lie: /proc, /dev/zero).
    TooLarge { limit: u64 },
}

/// Reads a regular file of at most `limit` bytes. Symbolic links are followed to what they name, which
/// must be a regular file too; the limit holds for what is read, not for what the file's size says.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read as _;
    let io = |source| ReadError::Io { source };
    let metadata = fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(ReadError::NotAFile);
    }
    let file = File::open(path).map_err(io)?;
    // Room for the whole file at once (one more byte to see the end), rather than doubling as it
    // comes, as long as the size is within the limit; the limit itself holds for what is read.
    let expected = metadata.len().min(limit).saturating_add(1);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// Why a workspace could not be loaded. The file is never modified.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum LoadError {
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    NotAFile {
        path: PathBuf,
    },
    Empty {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
    },
    NotText {
        path: PathBuf,
        at: Location,
    },
    Malformed {
        path: PathBuf,
        at: Location,
        message: String,
    },
    NewerVersion {
        path: PathBuf,
        found: u32,
    },
    UnknownId {
        path: PathBuf,
        what: &'static str,
        id: String,
        at: Location,
    },
    /// A map entry written twice (a hand merge or a bad git merge): the second would silently replace the
    /// first and the next save erase it.
    DuplicateKey {
        path: PathBuf,
        key: String,
        first: Location,
        second: Location,
    },
    /// A text longer than any the app writes.
    TooLong {
        path: PathBuf,
        at: Location,
        chars: usize,
    },
}

impl LoadError {
    /// Where in the file the problem is, when it is at one place.
    pub fn location(&self) -> Option<Location> {
        match self {
            Self::NotText { at, .. }
            | Self::Malformed { at, .. }
            | Self::UnknownId { at, .. }
            | Self::TooLong { at, .. } => Some(*at),
            Self::DuplicateKey { second, .. } => Some(*second),
            _ => None,
        }
    }

    fn from_read(path: &Path, err: ReadError) -> Self {
        let path = path.to_owned();
        match err {
            ReadError::Io { source } => Self::Io { path, source },
            ReadError::NotAFile => Self::NotAFile { path },
            ReadError::TooLarge { limit } => Self::TooLarge {
                path,
                size: limit + 1,
            },
        }
    }
}

/// What a failed write was writing, for its message: the workspace, or another file (an export, letters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Workspace,
    File,
}

/// Why a workspace or a file could not be saved. The previous file, if any, is intact.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum SaveError {
    Io {
        path: PathBuf,
        what: Written,
        #[source]
        source: io::Error,
    },
    /// The workspace would be a file the loader refuses; nothing was written.
    TooLarge { path: PathBuf, size: u64 },
    /// A text longer than the loader takes; nothing was written.
    TooLong { path: PathBuf, chars: usize },
}

impl SaveError {
    /// The file that was being written.
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. } | Self::TooLarge { path, .. } | Self::TooLong { path, .. } => {
                path
            }
        }
    }
}

/// The environment variable that moves the data folder (backups, recovery), for tests and for organisers
/// who keep it on another drive.
pub const DATA_DIR_VARIABLE: &str = "MSP_INVITATIONS_DATA_DIR";

/// The app's own data folder, for backups and recovery files, shared by the app and the command line:
/// [`DATA_DIR_VARIABLE`], else the folder eframe keeps the app's preferences in
/// (`$XDG_DATA_HOME/mspinvitations` or `~/.local/share/mspinvitations` on Linux,
/// `~/Library/Application Support/MSP-Invitations` on macOS, `%APPDATA%\MSP Invitations\data` on Windows).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE) {
        return Some(PathBuf::from(dir));
    }
    let home = std::env::home_dir();
    if cfg!(target_os = "macos") {
        home.map(|h| h.join("Library/Application Support/MSP-Invitations"))
    } else if cfg!(windows) {
        std::env::var_os("APPDATA").map(|a| PathBuf::from(a).join("MSP Invitations").join("data"))
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| home.map(|h| h.join(".local").join("share")))
            .map(|p| p.join("mspinvitations"))
    }
}

/// How long a command that changes a workspace waits for another command holding it to finish, unless
/// [`LOCK_WAIT_VARIABLE`] says otherwise.
pub const COMMAND_WAIT: Duration = Duration::from_secs(10);

/// The environment variable that sets, in seconds, how long a command waits for a workspace another
/// command or app holds.
pub const LOCK_WAIT_VARIABLE: &str = "MSP_INVITATIONS_LOCK_WAIT";

/// How long a command waits for a held workspace: [`LOCK_WAIT_VARIABLE`], else [`COMMAND_WAIT`].
pub fn command_wait() -> Duration {
    std::env::var(LOCK_WAIT_VARIABLE)
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0 && *s < 3600.0)
        .map_or(COMMAND_WAIT, Duration::from_secs_f64)
}

/// The workspace as the bytes of its file. The same workspace always gives the same bytes: maps are ordered,
/// fields come in declaration order, and nothing depends on time or memory addresses.
///
/// # Panics
///
/// Never for a workspace: it is plain data (strings, numbers, maps with orderable keys), which RON always
/// serialises.
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

/// A workspace as loaded, with the fingerprint of the very bytes it was read from: what a later save
/// compares the file on disk with, to notice that someone else changed it meanwhile.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub workspace: Workspace,
    pub fingerprint: u64,
    /// What reading an older format changed (the file itself is untouched until the next save).
    pub migrated: Vec<Migration>,
}

/// Loads a workspace file. Never writes to it.
pub fn load(path: &Path) -> Result<Workspace, LoadError> {
    load_file(path).map(|loaded| loaded.workspace)
}

/// Loads a workspace file and fingerprints the bytes it read. Only a regular file is read, and no more
/// than [`MAX_FILE_BYTES`] of it.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let bytes =
        read_regular(path, MAX_FILE_BYTES).map_err(|err| LoadError::from_read(path, err))?;
    loaded_from(path, &bytes)
}

/// [`load_file`], and the text it read, packed: the base of an open workspace's merges.
pub fn load_file_packed(path: &Path) -> Result<(Loaded, Packed), LoadError> {
    let bytes =
        read_regular(path, MAX_FILE_BYTES).map_err(|err| LoadError::from_read(path, err))?;
    let loaded = loaded_from(path, &bytes)?;
    Ok((loaded, Packed::of_text(&bytes)))
}

fn loaded_from(path: &Path, bytes: &[u8]) -> Result<Loaded, LoadError> {
    let text = match std::str::from_utf8(bytes) {
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
    let (workspace, migrated) = parse(text, path)?;
    Ok(Loaded {
        workspace,
        fingerprint: fingerprint_bytes(bytes),
        migrated,
    })
}

/// Saves a workspace atomically: the file afterwards is the old one or the new one, never a mix. Refuses,
/// writing nothing, a workspace the loader would refuse (too large, a text too long). Returns the
/// fingerprint of what it wrote.
pub fn save(path: &Path, workspace: &Workspace) -> Result<u64, SaveError> {
    save_packed(path, workspace).map(|(fingerprint, _)| fingerprint)
}

/// [`save`], and the text it wrote, packed: the base of an open workspace's next merge.
pub fn save_packed(path: &Path, workspace: &Workspace) -> Result<(u64, Packed), SaveError> {
    let text = to_ron(workspace);
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(SaveError::TooLarge {
            path: path.to_owned(),
            size: text.len() as u64,
        });
    }
    if let Some((_, chars)) = longest_string_over(&text, limits::MAX_TEXT_CHARS) {
        return Err(SaveError::TooLong {
            path: path.to_owned(),
            chars,
        });
    }
    write_atomic(path, text.as_bytes(), Written::Workspace, |file| file)?;
    Ok((
        fingerprint_bytes(text.as_bytes()),
        Packed::of_text(text.as_bytes()),
    ))
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed and synced, renamed over
/// the old file, then the folder synced so the rename itself survives a power cut. On any failure the
/// temporary file is removed and the old file is untouched.
///
/// The new file keeps the replaced file's permissions and group (a colleague on a shared drive keeps
/// access); a new file gets the permissions the user's umask gives, as any program's would.
///
/// `wrap` lets tests put a failing writer between the bytes and the file (a full disk after N bytes, say).
pub fn write_atomic<W: Write>(
    path: &Path,
    bytes: &[u8],
    what: Written,
    wrap: impl FnOnce(File) -> W,
) -> Result<(), SaveError> {
    let error = |source| SaveError::Io {
        path: path.to_owned(),
        what,
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
    let replaced = fs::metadata(path).ok().filter(fs::Metadata::is_file);
    let prefix = format!(".{file_name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Asked for at creation, so the umask applies as to any new file.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    // A random suffix: a temporary file left by a killed process never collides with a later save.
    let temp = builder.tempfile_in(&dir).map_err(error)?;
    let (file, temp_path) = temp.into_parts();
    let result = (|| {
        let mut writer = wrap(file.try_clone()?);
        writer.write_all(bytes)?;
        writer.flush()?;
        drop(writer);
        if let Some(replaced) = &replaced {
            keep_access(&file, replaced)?;
        }
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

/// Gives the new file the replaced one's permissions, and its group where the user may (being a member).
#[cfg(unix)]
fn keep_access(file: &File, replaced: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt as _;
    file.set_permissions(replaced.permissions())?;
    // Only a member of the group may give it; otherwise the file keeps the user's group.
    let _ = std::os::unix::fs::fchown(file, None, Some(replaced.gid()));
    Ok(())
}

#[cfg(not(unix))]
fn keep_access(file: &File, replaced: &fs::Metadata) -> io::Result<()> {
    file.set_permissions(replaced.permissions())
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

impl ReadError {
    /// Whether the file is not there.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::Io { source } if source.kind() == io::ErrorKind::NotFound)
    }
}

/// A fingerprint of a file's bytes, to notice that someone else changed it since it was loaded.
pub fn fingerprint(path: &Path) -> Result<u64, ReadError> {
    read_regular(path, MAX_FILE_BYTES).map(|bytes| fingerprint_bytes(&bytes))
}

fn fingerprint_bytes(bytes: &[u8]) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
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
    use super::parse::{leading_version, locate};
    use super::*;

    #[test]
    fn the_version_is_read_from_the_first_field() {
        assert_eq!(
            leading_version("(\n    format_version: 4,\n    name: \"x\")"),
            Some(4)
        );
        assert_eq!(
            leading_version("Workspace( // a comment\n format_version : 12 )"),
            Some(12)
        );
        assert_eq!(leading_version("/* c */ (format_version: 3, "), Some(3));
        // Anything else is left to the parser.
        assert_eq!(leading_version("(name: \"x\", format_version: 4)"), None);
        assert_eq!(leading_version("(format_version: 4x, )"), None);
        assert_eq!(leading_version("(format_version: 99999999999, )"), None);
        assert_eq!(
            leading_version("#![enable(implicit_some)] (format_version: 4)"),
            None
        );
        assert_eq!(leading_version(""), None);
    }

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
