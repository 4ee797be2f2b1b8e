//! Help › Getting started (a walk through a meeting, from invitations to the List of Participants, in the
//! interface's language) and Help › Keyboard shortcuts (drawn from the command list, so it cannot
//! forget one).

use egui::{RichText, Ui};

use super::Outcome;
use crate::app::commands::UiCommand;
use crate::t;

/// The steps of the guide, each a heading and its text (messages `guide-N-title` and `guide-N`).
const GUIDE_STEPS: usize = 8;

pub(super) fn getting_started(ui: &mut Ui) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("guide-title"));
    ui.label(t!("guide-intro"));
    egui::ScrollArea::vertical()
        .max_height(440.0)
        .show(ui, |ui| {
            for step in 1..=GUIDE_STEPS {
                ui.add_space(6.0);
                ui.strong(t!(&format!("guide-{step}-title")));
                ui.label(t!(&format!("guide-{step}")));
            }
        });
    ui.add_space(8.0);
    if ui.button(t!("dialog-close")).clicked() {
        outcome = Some(Outcome::Close);
    }
    outcome
}

/// Keys that are not commands of the menus: said in words.
const OTHER_KEYS: [(&str, &str); 7] = [
    ("keys-f10", "keys-f10-what"),
    ("keys-enter-search", "keys-enter-search-what"),
    ("keys-arrows", "keys-arrows-what"),
    ("keys-click", "keys-click-what"),
    ("keys-enter-row", "keys-enter-row-what"),
    ("keys-enter-date", "keys-enter-date-what"),
    ("keys-escape", "keys-escape-what"),
];

pub(super) fn shortcuts(ui: &mut Ui) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("cmd-shortcuts"));
    egui::ScrollArea::vertical()
        .max_height(440.0)
        .show(ui, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([24.0, 4.0])
                .striped(true)
                .show(ui, |ui| {
                    for command in UiCommand::with_shortcuts() {
                        if let Some(shortcut) = command.shortcut() {
                            ui.label(RichText::new(ui.ctx().format_shortcut(&shortcut)).strong());
                            ui.label(command.label());
                            ui.end_row();
                        }
                    }
                    for (keys, what) in OTHER_KEYS {
                        ui.label(RichText::new(t!(keys)).strong());
                        ui.label(t!(what));
                        ui.end_row();
                    }
                });
        });
    ui.add_space(8.0);
    if ui.button(t!("dialog-close")).clicked() {
        outcome = Some(Outcome::Close);
    }
    outcome
}
