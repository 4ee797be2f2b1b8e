//! Saving through the session: over the workspace's own file, what a colleague saved meanwhile is merged
//! in first (conflicts go to the merge dialog, and nothing is written until each is decided); to another
//! file, under that file's lock; always after keeping the replaced version as a backup.

use std::path::Path;

use super::Net;
use super::WRITE_WAIT;
use crate::app::dialogs::{Dialog, MergeForm, MergePurpose, PendingAction};
use crate::model::Choices;
use crate::session::SaveRefused;
use crate::t;

impl Net<'_> {
    /// Saves to `path`, merging in what a colleague saved over the workspace's own file meanwhile (its
    /// conflicts settled by `choices`, or asked in the merge dialog), and keeping the previous version as
    /// a backup.
    /// `then` is what waits for the save (New, Open, Quit), kept in the merge dialog if one opens.
    pub(crate) fn save_checked(
        &mut self,
        path: &Path,
        choices: &Choices,
        then: Option<PendingAction>,
    ) -> bool {
        let data_dir = self.safety.data_dir.clone();
        let same_file = self.work.path() == Some(path);
        let saved = if same_file {
            self.work
                .session_mut()
                .save(data_dir.as_deref(), choices, WRITE_WAIT)
        } else {
            self.work
                .session_mut()
                .save_as(path, data_dir.as_deref(), WRITE_WAIT)
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
                let merged = saved
                    .merged
                    .map(|taken| {
                        format!(
                            ". {}",
                            crate::app::words::taken(self.work.workspace(), &taken)
                        )
                    })
                    .unwrap_or_default();
                self.work.say(format!(
                    "{}{note}{merged}",
                    t!("notice-saved", path = saved.path.display().to_string())
                ));
                true
            }
            Err(SaveRefused::Conflicts(disagreement)) => {
                self.work.dialog = Some(Dialog::Merge(MergeForm::new(
                    &disagreement,
                    MergePurpose::Save {
                        path: path.to_owned(),
                        then,
                    },
                    choices,
                )));
                false
            }
            Err(err) => {
                self.work
                    .show_error(&t!("error-save"), crate::app::words::save_refused(&err));
                false
            }
        }
    }
}
