//! Recovery: at start, the unsaved work of apps that crashed or were killed is offered back; restored, it
//! opens unsaved on its original file.

use super::{OPEN_WAIT, ReadOnly};
use crate::app::App;
use crate::app::dialogs::Dialog;
use crate::edit::Document;
use crate::storage::{lock, recovery};
use crate::t;

impl App {
    /// Offers the unsaved work that a crashed or killed app left behind.
    pub(crate) fn offer_recovery(&mut self) {
        let Some(dir) = &self.safety.data_dir else {
            return;
        };
        let found = recovery::left_behind(dir);
        if !found.is_empty() {
            self.dialog = Some(Dialog::Recover(found));
        }
    }
    /// Restores unsaved work from a recovery file: it opens unsaved, on its original file if it had one, and
    /// the recovery file is removed.
    pub fn restore_recovery(&mut self, found: &recovery::Found) {
        let original = found.file.original.clone();
        self.replace_document(found.file.workspace.clone(), None);
        self.doc = Document::new(found.file.workspace.clone(), false);
        if let Some(path) = original {
            // The work goes back on its file as it is on disk now: saving compares with that.
            match lock::WorkspaceLock::acquire_waiting(&path, OPEN_WAIT) {
                Ok(held) => self.hold_file(&path, Some(held), None),
                Err(lock::LockError::Held { holder, .. }) => {
                    self.hold_file(&path, None, None);
                    self.safety.read_only = Some(ReadOnly::HeldBy(holder.map(|h| h.to_string())));
                }
                Err(lock::LockError::Io { .. }) => self.hold_file(&path, None, None),
            }
        }
        recovery::remove(found);
        self.say(t!("safe-restored"));
    }
    /// Discards a recovery file.
    pub fn discard_recovery(&mut self, found: &recovery::Found) {
        recovery::remove(found);
    }
    /// Drops the recovery file when the user discarded the unsaved work on purpose.
    pub(crate) fn forget_recovery(&mut self) {
        if let Some(slot) = &self.safety.slot {
            slot.clear();
        }
    }
}
