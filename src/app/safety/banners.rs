//! The banners above the work: read-only (and why), and changed on disk (reload or keep mine).

use egui::{RichText, Ui};

use crate::app::App;
use crate::t;

/// The banners above the work: read-only, changed on disk.
pub fn banners(app: &mut App, ui: &mut Ui) {
    if let Some(read_only) = app.session().read_only().cloned() {
        ui.horizontal(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                RichText::new(t!("safe-read-only")).strong(),
            );
            ui.label(crate::app::words::read_only_banner(&read_only));
        });
    }
    if app.safety.changed_on_disk {
        ui.horizontal(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                RichText::new(t!("safe-changed")).strong(),
            );
            ui.label(t!("safe-changed-text"));
            if ui
                .button(t!("safe-reload"))
                .on_hover_text(t!("safe-reload-hint"))
                .clicked()
            {
                app.reload_from_disk();
            }
            if ui
                .button(t!("safe-keep"))
                .on_hover_text(t!("safe-keep-hint"))
                .clicked()
            {
                app.safety.changed_on_disk = false;
            }
        });
    }
}
