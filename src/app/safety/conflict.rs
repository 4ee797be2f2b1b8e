//! Saving: refused over a read-only file; over the workspace's own file only once its fingerprint shows
//! nobody else changed it since it was loaded (otherwise the conflict dialog asks); to another file only
//! under that file's lock; always after keeping the replaced version as a backup.

use std::path::Path;

use super::{OPEN_WAIT, ReadOnly};
use crate::app::App;
use crate::app::dialogs::Dialog;
use crate::storage::{self, backups, lock};
use crate::t;

impl App {
    /// Saves, refusing to overwrite a file someone else changed since it was loaded (asks instead), and
    /// keeping the previous version as a backup.
    pub(crate) fn save_checked(&mut self, path: &Path, overwrite: bool) -> bool {
        let same_file = self.path() == Some(path);
        if same_file && self.safety.read_only.is_some() {
            self.show_error(
                &t!("safe-read-only-title"),
                format!(
                    "{}\n{}",
                    self.safety
                        .read_only
                        .as_ref()
                        .map(ReadOnly::refusal)
                        .unwrap_or_default(),
                    t!("dialog-file", path = path.display().to_string())
                ),
            );
            return false;
        }
        if same_file
            && !overwrite
            && let Some(loaded) = self.safety.fingerprint
            && storage::fingerprint(path).is_ok_and(|now| now != loaded)
        {
            self.dialog = Some(Dialog::Conflict {
                path: path.to_owned(),
            });
            return false;
        }
        // Saving to another file takes that file's lock first, so nobody saves it in between.
        let new_lock = if same_file {
            None
        } else {
            match lock::WorkspaceLock::acquire_waiting(path, OPEN_WAIT) {
                Ok(held) => Some(held),
                Err(lock::LockError::Held { holder, .. }) => {
                    self.show_error(
                        &t!("error-save"),
                        format!(
                            "{}\n{}",
                            t!(
                                "safe-other-window",
                                holder = holder
                                    .map_or_else(|| t!("safe-someone-else"), |h| h.to_string())
                            ),
                            t!("dialog-file", path = path.display().to_string())
                        ),
                    );
                    return false;
                }
                Err(lock::LockError::Io { .. }) => None,
            }
        };
        let mut backup_note = None;
        if let Some(dir) = &self.safety.data_dir
            && let Err(err) = backups::back_up(dir, path)
        {
            backup_note = Some(t!("safe-no-backup", error = err.to_string()));
        }
        match storage::save(path, self.doc.workspace()) {
            Ok(fingerprint) => {
                self.doc.mark_saved();
                // The outbox journal's lines are all in the file now (a batch runs to its end before
                // anything is saved).
                if same_file && self.job.is_none() {
                    crate::storage::outbox::remove_journal(path);
                }
                if same_file {
                    self.safety.fingerprint = Some(fingerprint);
                    self.safety.changed_on_disk = false;
                    self.set_path(Some(path.to_owned()));
                } else {
                    self.hold_file(path, new_lock, Some(fingerprint));
                }
                if let Some(slot) = &self.safety.slot {
                    slot.clear();
                }
                self.say(format!(
                    "{}{}",
                    t!("notice-saved", path = path.display().to_string()),
                    backup_note.unwrap_or_default()
                ));
                true
            }
            Err(err) => {
                self.show_error(&t!("error-save"), crate::storage::words::save_error(&err));
                false
            }
        }
    }
}
