//! The banner above the work when a colleague saved the workspace while changes here are unsaved: merge
//! their changes in now, or later (saving merges them anyway).

use egui::{RichText, Ui};

use crate::app::action::Action;
use crate::t;

/// The banner above the work while a colleague's save is not yet taken in (`changed_on_disk`); returns
/// the choice made: merge now, or later.
pub fn banners(ui: &mut Ui, changed_on_disk: bool) -> Option<Action> {
    let mut chosen = None;
    if changed_on_disk {
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
                chosen = Some(Action::MergeNow);
            }
            if ui
                .button(t!("safe-later"))
                .on_hover_text(t!("safe-later-hint"))
                .clicked()
            {
                chosen = Some(Action::MergeLater);
            }
        });
    }
    chosen
}
