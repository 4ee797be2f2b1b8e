//! Someone else has the workspace open: open it read-only?

use std::path::Path;

use egui::Ui;

use super::Outcome;
use crate::t;

pub(super) fn ui(ui: &mut Ui, path: &Path, holder: &str) -> Option<Outcome> {
    let mut outcome = None;
    ui.heading(t!("dialog-elsewhere-title"));
    ui.label(t!("dialog-elsewhere-holder", holder = holder.to_owned()));
    ui.label(t!("dialog-file", path = path.display().to_string()));
    ui.label(t!("dialog-elsewhere-text"));
    ui.horizontal(|ui| {
        if ui.button(t!("dialog-open-read-only")).clicked() {
            outcome = Some(Outcome::OpenReadOnly(path.to_owned()));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}
