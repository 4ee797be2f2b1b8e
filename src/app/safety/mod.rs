//! Work is never lost. [`Safety`] holds what keeps the open workspace safe; each concern has its file:
//!
//! - `opening.rs`: opening a file, and taking in what a colleague saved to it meanwhile.
//! - `saving.rs`: saving, merging in first what a colleague saved meanwhile.
//! - `watch.rs`: the watch on the file's folder that notices a colleague's save, and takes it in at once
//!   when nothing here is unsaved.
//! - `banners.rs`: the banner that offers to merge a colleague's save into unsaved work.
//! - `autosave.rs`: unsaved work written aside every 30 seconds.
//! - `recovery.rs`: offering that work back after a crash.
//! - `backups.rs`: the versions kept before each save, and opening one.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod autosave;
mod backups;
mod banners;
mod opening;
mod recovery;
mod saving;
mod watch;

pub use banners::banners;

use super::prefs::Prefs;
use super::workbench::Workbench;
use crate::session::Session;
use crate::storage;

/// Unsaved changes are written aside this often.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// How long a save waits for another app or command that is writing the file (a colleague's save, an
/// import) to finish.
const WRITE_WAIT: Duration = Duration::from_millis(1500);

pub use storage::DATA_DIR_VARIABLE;

/// The app's own data folder ([`storage::data_dir`]), where eframe keeps the preferences too.
pub fn default_data_dir() -> Option<PathBuf> {
    storage::data_dir()
}

/// What keeps the open workspace safe beyond its session (which holds what was loaded, the base of a
/// merge): the watch on its folder, the recovery slot, when it was last written aside.
#[derive(Default)]
pub struct Safety {
    pub(crate) data_dir: Option<PathBuf>,
    /// A colleague saved the file since it was loaded or saved here, and what they saved is not taken in
    /// yet (the banner shows).
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

/// The safety net at work: its own state, and the workbench and preferences it opens, saves and
/// recovers, borrowed from the app ([`super::state::App::net`]). Each concern's methods are in its file.
pub struct Net<'a> {
    pub(crate) safety: &'a mut Safety,
    pub(crate) work: &'a mut Workbench,
    pub(crate) prefs: &'a mut Prefs,
}

impl Net<'_> {
    /// Puts another session in place of the current one (the views start afresh on it: see
    /// [`Workbench::replace`]); the file it has, if any, is watched and remembered among the recent ones.
    pub(crate) fn replace_session(&mut self, session: Session, opened: Option<&Path>) {
        self.work.replace(session);
        self.safety.release_file();
        self.forget_recovery();
        if let Some(path) = self.work.path().map(Path::to_owned) {
            self.watch(&path);
            self.prefs.remember(&path);
        }
        if let Some(path) = opened {
            self.work.say(crate::t!(
                "notice-opened",
                path = path.display().to_string()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    /// The command line keeps its backups where the app does, which is where eframe keeps the preferences.
    #[test]
    fn the_data_folder_is_eframes() {
        if std::env::var_os(crate::storage::DATA_DIR_VARIABLE).is_none() {
            assert_eq!(
                super::default_data_dir(),
                eframe::storage_dir("MSP Invitations")
            );
        }
    }
}
