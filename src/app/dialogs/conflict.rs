//! The file on disk changed since it was loaded: save elsewhere, reload theirs, or overwrite theirs?

use std::path::Path;

use egui::Ui;

use super::Outcome;
use crate::t;

pub(super) fn ui(ui: &mut Ui, path: &Path) -> Option<Outcome> {
    let mut outcome = None;
    ui.heading(t!("dialog-conflict-title"));
    ui.label(t!("dialog-conflict-text"));
    ui.label(t!("dialog-file", path = path.display().to_string()));
    ui.horizontal(|ui| {
        if ui.button(t!("dialog-save-elsewhere")).clicked() {
            outcome = Some(Outcome::SaveElsewhere);
        }
        if ui
            .button(t!("dialog-reload-theirs"))
            .on_hover_text(t!("dialog-reload-hint"))
            .clicked()
        {
            outcome = Some(Outcome::Reload);
        }
        if ui.button(t!("dialog-overwrite-theirs")).clicked() {
            outcome = Some(Outcome::Overwrite(path.to_owned()));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}
