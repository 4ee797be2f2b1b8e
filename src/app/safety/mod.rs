//! Work is never lost. [`Safety`] holds what keeps the open workspace safe; each concern has its file:
//!
//! - `file_lock.rs`: opening a file (locked before it is read; read-only when someone else holds it) and
//!   reloading it.
//! - `conflict.rs`: saving, after checking that the file on disk is still the one loaded.
//! - `watch.rs`: the watch on the file's folder that notices someone else's save.
//! - `banners.rs`: the read-only and changed-on-disk banners.
//! - `autosave.rs`: unsaved work written aside every 30 seconds.
//! - `recovery.rs`: offering that work back after a crash.
//! - `backups.rs`: the versions kept before each save, and opening one.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod autosave;
mod backups;
mod banners;
mod conflict;
mod file_lock;
mod recovery;
mod watch;

pub use backups::describe;
pub use banners::banners;

use super::App;
use crate::storage;

/// Unsaved changes are written aside this often.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// How long opening a file waits for a command that holds it (an import saving) to finish.
const OPEN_WAIT: Duration = Duration::from_millis(1500);

pub use storage::DATA_DIR_VARIABLE;

/// The app's own data folder ([`storage::data_dir`]), where eframe keeps the preferences too.
pub fn default_data_dir() -> Option<PathBuf> {
    storage::data_dir()
}

/// What keeps the open workspace safe beyond its session (which holds the lock and what was loaded): the
/// watch on its folder, the recovery slot, when it was last written aside.
#[derive(Default)]
pub struct Safety {
    pub(crate) data_dir: Option<PathBuf>,
    /// The file changed on disk since it was loaded or saved (the banner shows).
    pub(crate) changed_on_disk: bool,
    watcher: Option<(
        notify::RecommendedWatcher,
        mpsc::Receiver<notify::Result<notify::Event>>,
    )>,
    slot: Option<storage::recovery::Slot>,
    autosaved: Option<(u64, Instant)>,
    was_focused: bool,
}

impl Safety {
    /// Lets go of the workspace's file: no watch, no banner.
    pub(crate) fn release_file(&mut self) {
        self.changed_on_disk = false;
        self.watcher = None;
    }
}

impl App {
    /// Uses `dir` for backups and recovery files.
    pub fn with_data_dir(mut self, dir: &Path) -> Self {
        self.safety.data_dir = Some(dir.to_owned());
        self
    }

    /// Whether the workspace was opened read-only, and why.
    pub fn read_only(&self) -> Option<&crate::session::ReadOnly> {
        self.session.read_only()
    }

    /// Whether the file changed on disk since it was loaded or saved.
    pub fn changed_on_disk(&self) -> bool {
        self.safety.changed_on_disk
    }
}

#[cfg(test)]
mod tests {
    /// The command line keeps its backups where the app does, which is where eframe keeps the preferences.
    #[test]
    fn the_data_folder_is_eframes() {
        if std::env::var_os(super::DATA_DIR_VARIABLE).is_none() {
            assert_eq!(
                super::default_data_dir(),
                eframe::storage_dir("MSP Invitations")
            );
        }
    }
}
