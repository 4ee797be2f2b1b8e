//! The banner above the work when a colleague saved the workspace while changes here are unsaved: merge
//! their changes in now, or later (saving merges them anyway).

use egui::{RichText, Ui};

use crate::app::App;
use crate::t;

/// The banner above the work: a colleague's save not yet taken in.
pub fn banners(app: &mut App, ui: &mut Ui) {
    if app.safety.changed_on_disk {
        ui.horizontal(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                RichText::new(t!("safe-changed")).strong(),
            );
            ui.label(t!("safe-changed-text"));
            if ui
                .button(t!("safe-merge-now"))
                .on_hover_text(t!("safe-merge-now-hint"))
                .clicked()
            {
                app.take_in_from_disk(&crate::model::Choices::new());
            }
            if ui
                .button(t!("safe-later"))
                .on_hover_text(t!("safe-later-hint"))
                .clicked()
            {
                app.safety.changed_on_disk = false;
            }
        });
    }
}
