//! Autosave: unsaved changes are written to this app's recovery file every 30 seconds and when the window
//! loses focus, never over the user's file.

use std::path::Path;
use std::time::Instant;

use super::AUTOSAVE_EVERY;
use super::Net;
use crate::storage::recovery;

impl Net<'_> {
    /// Writes the unsaved work to the recovery file now (what the 30-second timer and losing focus do).
    pub fn autosave_now(&mut self) -> bool {
        let Some(dir) = self.safety.data_dir.clone() else {
            return false;
        };
        if !self.work.session().document().is_dirty() {
            return false;
        }
        if self.safety.slot.is_none() {
            self.safety.slot = recovery::Slot::new(&dir).ok();
        }
        let Some(slot) = &self.safety.slot else {
            return false;
        };
        let ok = slot
            .write(
                self.work.path(),
                self.work.session().document().workspace(),
                self.work.session().base(),
            )
            .is_ok();
        self.safety.autosaved = Some((self.work.session().document().revision(), Instant::now()));
        ok
    }
    /// The recovery file this app writes to, once it has written one.
    pub fn recovery_path(&self) -> Option<&Path> {
        self.safety.slot.as_ref().map(recovery::Slot::path)
    }
    /// Per-frame upkeep: autosave, and the watch on the file's folder.
    pub(crate) fn safety_logic(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.viewport().focused.unwrap_or(true));
        let lost_focus = self.safety.was_focused && !focused;
        self.safety.was_focused = focused;
        let due = match self.safety.autosaved {
            None => true,
            Some((revision, at)) => {
                revision != self.work.session().document().revision()
                    && at.elapsed() >= AUTOSAVE_EVERY
            }
        };
        if self.work.session().document().is_dirty()
            && (due || lost_focus)
            && self
                .safety
                .autosaved
                .is_none_or(|(r, _)| r != self.work.session().document().revision())
        {
            self.autosave_now();
        }
        if self.work.session().document().is_dirty() {
            ctx.request_repaint_after(AUTOSAVE_EVERY);
        }
        self.poll_disk();
    }
}
