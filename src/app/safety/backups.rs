//! Backups: the versions kept before each save (File › Restore a backup…), each opened as an unsaved copy.

use std::path::Path;

use super::Net;
use crate::storage::{self, backups};
use crate::t;

impl Net<'_> {
    /// The backups kept of the open workspace (of all workspaces if none is open from a file).
    pub fn backups(&self) -> Vec<backups::Backup> {
        self.safety
            .data_dir
            .as_deref()
            .map(|dir| backups::list_for(dir, self.work.path()))
            .unwrap_or_default()
    }
    /// Opens a backup as an unsaved copy: no file, nothing overwritten until the user saves somewhere.
    pub fn open_backup(&mut self, backup: &Path) -> bool {
        match storage::load(backup) {
            Ok(workspace) => {
                self.replace_session(crate::session::Session::unsaved(workspace), None);
                self.work.say(t!("safe-backup-opened"));
                true
            }
            Err(err) => {
                self.work.show_error(
                    &t!("safe-backup-error"),
                    crate::storage::words::load_error(&err),
                );
                false
            }
        }
    }
}
