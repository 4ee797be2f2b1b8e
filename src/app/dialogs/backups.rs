//! File › Restore a backup…: the versions kept before each save, each opened as an unsaved copy.

use egui::Ui;

use super::Outcome;
use crate::storage::backups::Backup;
use crate::t;

pub(super) fn ui(ui: &mut Ui, list: &[Backup]) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("dialog-backups-title"));
    if list.is_empty() {
        ui.label(t!("dialog-backups-none"));
    }
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            for backup in list {
                ui.horizontal(|ui| {
                    ui.label(describe(backup));
                    if ui
                        .button(t!("dialog-open"))
                        .on_hover_text(t!("dialog-open-copy-hint"))
                        .clicked()
                    {
                        outcome = Some(Outcome::OpenBackup(backup.path.clone()));
                    }
                });
            }
        });
    if ui.button(t!("dialog-close")).clicked() {
        outcome = Some(Outcome::Close);
    }
    outcome
}

/// Formats a backup's time and size for the list.
pub fn describe(backup: &Backup) -> String {
    let when: chrono::DateTime<chrono::Local> = backup.written.into();
    format!(
        "{} · {} · {:.1} kB",
        backup.of,
        when.format("%Y-%m-%d %H:%M:%S"),
        backup.size as f64 / 1000.0
    )
}
