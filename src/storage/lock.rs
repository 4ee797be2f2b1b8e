//! The lock that keeps two writers of one workspace apart for the moment one of them writes (a save reads
//! the file, merges and writes under it) and for as long as a batch of e-mail is sent from it (so that
//! two batches never send one letter twice): a file beside the workspace (`13msp.ron.lock`) locked with
//! the operating system's file lock. Nobody holds it merely for having the workspace open.
//! The operating system releases the lock when the process ends, even by a crash or a kill, so a lock never
//! outlives its holder; the file's content only says who holds it (user, host, process, since).
//!
//! The lock file is removed when the lock is released, so none is left beside a workspace that nobody has
//! open (one killed process may leave an empty-handed file, which the next holder takes over). Because the
//! file can vanish, a lock is only taken once the locked file is checked to still be the one at that path.
//! Readers never take the lock: [`holder`] only looks, so `check` or an export never keep a writer out.

use std::fs::{File, OpenOptions};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Who holds a workspace, as the lock file says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// When the holder opened it, as RFC 3339.
    pub since: String,
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} on {} (process {}) since {}",
            self.user, self.host, self.pid, self.since
        )
    }
}

impl Holder {
    fn me() -> Self {
        let user = std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_else(|_| "unknown user".to_owned());
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .map(|h| h.trim().to_owned())
            .ok()
            .filter(|h| !h.is_empty())
            .or_else(|| std::env::var("COMPUTERNAME").ok())
            .or_else(|| std::env::var("HOSTNAME").ok())
            .unwrap_or_else(|| "unknown host".to_owned());
        Self {
            user,
            host,
            pid: std::process::id(),
            since: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        }
    }

    fn to_text(&self) -> String {
        format!(
            "user={}\nhost={}\npid={}\nsince={}\n",
            self.user, self.host, self.pid, self.since
        )
    }

    fn parse(text: &str) -> Option<Self> {
        let field = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
                .map(str::to_owned)
        };
        Some(Self {
            user: field("user")?,
            host: field("host")?,
            pid: field("pid")?.parse().ok()?,
            since: field("since")?,
        })
    }
}

/// Why a workspace could not be locked.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum LockError {
    Held {
        path: PathBuf,
        holder: Option<Holder>,
    },
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The lock file of a workspace: `13msp.ron` → `13msp.ron.lock`, in the same folder.
pub fn lock_path(workspace: &Path) -> PathBuf {
    let mut name = workspace
        .file_name()
        .map_or_else(|| "workspace".into(), std::ffi::OsStr::to_os_string);
    name.push(".lock");
    workspace.with_file_name(name)
}

/// A held lock. Dropping it releases the lock (and empties the file, so a stale file says nothing).
#[derive(Debug)]
pub struct WorkspaceLock {
    file: File,
    path: PathBuf,
}

impl WorkspaceLock {
    /// Locks `workspace` for this process, or says who holds it.
    pub fn acquire(workspace: &Path) -> Result<Self, LockError> {
        Self::acquire_waiting(workspace, Duration::ZERO)
    }

    /// Locks `workspace`, waiting up to `wait` for another holder to let go (a command that saves within
    /// a second, say); then says who holds it.
    pub fn acquire_waiting(workspace: &Path, wait: Duration) -> Result<Self, LockError> {
        let started = Instant::now();
        loop {
            match Self::try_once(workspace) {
                Err(LockError::Held { .. }) if started.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Ok(Some(lock)) => return Ok(lock),
                // The file was removed or replaced between opening and locking it: take the new one.
                Ok(None) => {}
                Err(err) => return Err(err),
            }
        }
    }

    /// One attempt: `None` when the locked file turned out not to be the one at the path any more.
    fn try_once(workspace: &Path) -> Result<Option<Self>, LockError> {
        let path = lock_path(workspace);
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                return Err(LockError::Held {
                    path: workspace.to_owned(),
                    holder: Holder::parse(&text),
                });
            }
            Err(std::fs::TryLockError::Error(err)) => return Err(io(err)),
        }
        if !same_file(&file, &path) {
            return Ok(None);
        }
        file.set_len(0).map_err(io)?;
        file.seek(SeekFrom::Start(0)).map_err(io)?;
        file.write_all(Holder::me().to_text().as_bytes())
            .map_err(io)?;
        file.sync_all().map_err(io)?;
        Ok(Some(Self { file, path }))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Whether the open `file` is still the file at `path` (a holder that let go removes it, and a third
/// process may have made a new one).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

impl Drop for WorkspaceLock {
    fn drop(&mut self) {
        // Removed while still held, so nobody can lock the old file after us and believe it theirs.
        if std::fs::remove_file(&self.path).is_err() {
            let _ = self.file.set_len(0);
        }
        let _ = self.file.unlock();
    }
}

/// Who holds `workspace`, if anyone does right now. Only looks: it creates no lock file and holds nothing
/// (a shared lock for an instant, to ask the operating system), so it never keeps a writer out for long.
pub fn holder(workspace: &Path) -> Option<Holder> {
    let mut file = File::open(lock_path(workspace)).ok()?;
    match file.try_lock_shared() {
        Ok(()) => {
            let _ = file.unlock();
            None
        }
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            Some(Holder::parse(&text).unwrap_or_else(|| Holder {
                user: "someone".to_owned(),
                host: "another computer".to_owned(),
                pid: 0,
                since: String::new(),
            }))
        }
        Err(std::fs::TryLockError::Error(_)) => None,
    }
}
