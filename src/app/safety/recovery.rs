//! Recovery: at start, the unsaved work of apps that crashed or were killed is offered back; restored, it
//! opens unsaved on its original file.

use crate::app::dialogs::Dialog;
use crate::app::safety::Net;
use crate::session::Session;
use crate::storage::recovery::{self, Found};
use crate::t;

impl Net<'_> {
    /// Offers the unsaved work that a crashed or killed app left behind.
    pub(crate) fn offer_recovery(&mut self) {
        let Some(dir) = &self.safety.data_dir else {
            return;
        };
        let found = recovery::left_behind(dir);
        if !found.is_empty() {
            self.work.dialog = Some(Dialog::Recover(found));
        }
    }
    /// Restores unsaved work from a recovery file: it opens unsaved, on its original file if it had one, and
    /// the recovery file is removed.
    pub fn restore_recovery(&mut self, found: &recovery::Found) {
        let mut session = Session::unsaved(found.file.workspace.clone());
        if let Some(path) = &found.file.original {
            // Its next save merges with whatever colleagues saved to the file since the work began.
            match &found.base {
                Some(base) => session.attach_from(path, base),
                None => session.attach(path),
            }
        }
        self.replace_session(session, None);
        recovery::remove(found);
        self.work.say(t!("safe-restored"));
    }

    /// Drops the recovery file when the user discarded the unsaved work on purpose.
    pub(crate) fn forget_recovery(&mut self) {
        if let Some(slot) = &self.safety.slot {
            slot.clear();
        }
    }

    /// Restores (or discards) the `i`th file found, then offers the others again.
    pub(crate) fn settle_recovery(&mut self, found: &[Found], i: usize, restore: bool) {
        let Some(item) = found.get(i) else {
            return;
        };
        if restore {
            self.restore_recovery(item);
        } else {
            // Discarded on purpose: the file goes.
            recovery::remove(item);
        }
        let rest: Vec<Found> = found
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, f)| f.clone())
            .collect();
        if !rest.is_empty() {
            self.work.dialog = Some(Dialog::Recover(rest));
        }
    }
}
