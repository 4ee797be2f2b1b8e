//! Saving through the session: refused over a read-only file; over the workspace's own file only once its
//! fingerprint shows nobody else changed it since it was loaded (otherwise the conflict dialog asks); to
//! another file only under that file's lock; always after keeping the replaced version as a backup.

use std::path::Path;

use super::OPEN_WAIT;
use crate::app::App;
use crate::app::dialogs::Dialog;
use crate::session::SaveRefused;
use crate::t;

impl App {
    /// Saves, refusing to overwrite a file someone else changed since it was loaded (asks instead), and
    /// keeping the previous version as a backup.
    pub(crate) fn save_checked(&mut self, path: &Path, overwrite: bool) -> bool {
        let data_dir = self.safety.data_dir.clone();
        let same_file = self.path() == Some(path);
        let saved = if same_file {
            self.session.save(data_dir.as_deref(), overwrite)
        } else {
            self.session.save_as(path, data_dir.as_deref(), OPEN_WAIT)
        };
        match saved {
            Ok(saved) => {
                if !same_file {
                    self.watch(path);
                    self.prefs.remember(path);
                }
                self.safety.changed_on_disk = false;
                if let Some(slot) = &self.safety.slot {
                    slot.clear();
                }
                let note = saved
                    .backup_failed
                    .map(|err| t!("safe-no-backup", error = err.to_string()))
                    .unwrap_or_default();
                self.say(format!(
                    "{}{note}",
                    t!("notice-saved", path = saved.path.display().to_string())
                ));
                true
            }
            Err(SaveRefused::ChangedOnDisk { path }) => {
                self.dialog = Some(Dialog::Conflict { path });
                false
            }
            Err(err @ SaveRefused::ReadOnly { .. }) => {
                self.show_error(
                    &t!("safe-read-only-title"),
                    crate::app::words::save_refused(&err),
                );
                false
            }
            Err(err) => {
                self.show_error(&t!("error-save"), crate::app::words::save_refused(&err));
                false
            }
        }
    }
}
