//! Unsaved work a crashed app left behind: restore or discard each, or decide later.

use egui::Ui;

use super::{Dialog, Outcome};
use crate::app::App;
use crate::storage::recovery::Found;
use crate::t;

pub(super) fn ui(ui: &mut Ui, found: &[Found]) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("dialog-recover-title"));
    ui.label(t!("dialog-recover-text"));
    for (i, item) in found.iter().enumerate() {
        ui.separator();
        ui.label(crate::storage::words::recovery_summary(item));
        ui.horizontal(|ui| {
            if ui.button(t!("dialog-restore")).clicked() {
                outcome = Some(Outcome::Restore(i));
            }
            if ui.button(t!("dialog-discard-file")).clicked() {
                outcome = Some(Outcome::Discard(i));
            }
        });
    }
    ui.separator();
    if ui
        .button(t!("dialog-decide-later"))
        .on_hover_text(t!("dialog-decide-later-hint"))
        .clicked()
    {
        outcome = Some(Outcome::Close);
    }
    outcome
}

impl App {
    /// Restores (or discards) the `i`th file found, then offers the others again.
    pub(crate) fn settle_recovery(&mut self, found: &[Found], i: usize, restore: bool) {
        let Some(item) = found.get(i) else {
            return;
        };
        if restore {
            self.restore_recovery(item);
        } else {
            self.discard_recovery(item);
        }
        let rest: Vec<Found> = found
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, f)| f.clone())
            .collect();
        if !rest.is_empty() {
            self.request(Dialog::Recover(rest));
        }
    }
}
