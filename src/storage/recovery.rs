//! Recovery: unsaved changes are written every 30 seconds (and when the window loses focus) to a file in the
//! app's own data folder, never over the user's file. A running app holds an operating-system lock on its
//! recovery file, so the next start offers to restore only the files whose app is gone (crashed or killed),
//! and removes one only when the user restores or discards it.

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Workspace;

/// What a recovery file holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryFile {
    /// The workspace file the work belongs to; `None` for one never saved.
    pub original: Option<PathBuf>,
    /// When it was written, RFC 3339.
    pub written: String,
    pub workspace: Workspace,
}

/// A recovery file found at start, with a one-line account of what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub file: RecoveryFile,
    /// What the workspace's file held when the unsaved work started from it (kept beside the recovery
    /// file, `recovery-….base`): the base its save merges with what colleagues saved since. `None` for
    /// work never saved.
    pub base: Option<Workspace>,
    pub summary: String,
}

/// The file beside a recovery file that holds the base of its work.
fn base_path(recovery: &Path) -> PathBuf {
    recovery.with_extension("base")
}

fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("recovery")
}

/// The recovery slot of one running app: its file, locked for as long as the app runs.
#[derive(Debug)]
pub struct Slot {
    path: PathBuf,
    // Held only for its lock.
    _lock: File,
    /// The fingerprint of the base last written beside the recovery file: written again only when it
    /// changes (after a save or a merge), not every 30 seconds.
    base_written: std::cell::Cell<Option<u64>>,
}

impl Slot {
    /// A new slot for this process, in `data_dir`.
    pub fn new(data_dir: &Path) -> std::io::Result<Self> {
        let dir = folder(data_dir);
        fs::create_dir_all(&dir)?;
        let path = dir.join(format!(
            "recovery-{}-{}.ron",
            chrono::Local::now().format("%Y%m%d-%H%M%S%.6f"),
            std::process::id()
        ));
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path.with_extension("lock"))?;
        lock.try_lock()
            .map_err(|_| std::io::Error::other("the recovery slot is taken"))?;
        Ok(Self {
            path,
            _lock: lock,
            base_written: std::cell::Cell::new(None),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the unsaved work atomically, and beside it the version it started from (`base`: the
    /// fingerprint of the file's bytes it was, and the text packed) when that changed.
    pub fn write(
        &self,
        original: Option<&Path>,
        workspace: &Workspace,
        base: Option<(u64, &super::Packed)>,
    ) -> Result<(), super::SaveError> {
        match base {
            Some((fingerprint, packed)) if self.base_written.get() != Some(fingerprint) => {
                super::write_atomic(
                    &base_path(&self.path),
                    packed.text().as_bytes(),
                    super::Written::Workspace,
                    |f| f,
                )?;
                self.base_written.set(Some(fingerprint));
            }
            Some(_) => {}
            None => {
                let _ = fs::remove_file(base_path(&self.path));
                self.base_written.set(None);
            }
        }
        let file = RecoveryFile {
            original: original.map(ToOwned::to_owned),
            written: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            workspace: workspace.clone(),
        };
        let text =
            ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::new()).unwrap_or_default();
        super::write_atomic(
            &self.path,
            text.as_bytes(),
            super::Written::Workspace,
            |f| f,
        )
    }

    /// Removes the recovery file: the work was saved or deliberately discarded.
    pub fn clear(&self) {
        let _ = fs::remove_file(&self.path);
        let _ = fs::remove_file(base_path(&self.path));
        self.base_written.set(None);
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let _ = fs::remove_file(self.path.with_extension("lock"));
    }
}

/// Recovery files left by apps that are no longer running, newest first.
pub fn left_behind(data_dir: &Path) -> Vec<Found> {
    let Ok(entries) = fs::read_dir(folder(data_dir)) else {
        return Vec::new();
    };
    let mut found: Vec<Found> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .filter(|p| {
            // A recovery file whose lock someone holds belongs to a running app.
            match File::open(p.with_extension("lock")) {
                Ok(lock) => lock.try_lock().is_ok(),
                Err(_) => true,
            }
        })
        .filter_map(|path| {
            let bytes = super::read_regular(&path, super::MAX_FILE_BYTES).ok()?;
            let text = String::from_utf8(bytes).ok()?;
            let file: RecoveryFile = ron::from_str(&text).ok()?;
            let people: usize = file
                .workspace
                .meetings
                .iter()
                .map(crate::model::Meeting::people)
                .sum();
            let summary = format!(
                "“{}”, {} meeting{}, {people} people; written {}; from {}",
                file.workspace.name,
                file.workspace.meetings.len(),
                if file.workspace.meetings.len() == 1 {
                    ""
                } else {
                    "s"
                },
                file.written,
                file.original.as_ref().map_or_else(
                    || "a workspace never saved".to_owned(),
                    |p| p.display().to_string()
                )
            );
            let base = file.original.as_ref().and_then(|original| {
                let bytes = super::read_regular(&base_path(&path), super::MAX_FILE_BYTES).ok()?;
                super::from_ron(std::str::from_utf8(&bytes).ok()?, original).ok()
            });
            Some(Found {
                path,
                file,
                base,
                summary,
            })
        })
        .collect();
    found.sort_by(|a, b| b.file.written.cmp(&a.file.written));
    found
}

/// Removes a recovery file the user restored or discarded.
pub fn remove(found: &Found) {
    let _ = fs::remove_file(&found.path);
    let _ = fs::remove_file(found.path.with_extension("lock"));
    let _ = fs::remove_file(base_path(&found.path));
}
