//! Unsaved work a crashed app left behind: restore or discard each, or decide later.

use egui::Ui;

use super::Outcome;
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
