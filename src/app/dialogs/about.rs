//! Help › About: the version, and where the reference data comes from.

use egui::{RichText, Ui};

use super::Outcome;
use crate::model::reference;
use crate::t;

pub(super) fn ui(ui: &mut Ui) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, "MSP Invitations");
    ui.label(t!("about-version", version = env!("CARGO_PKG_VERSION")));
    ui.label(t!("about-text"));
    ui.add_space(8.0);
    ui.strong(t!("about-data"));
    ui.label(t!(
        "about-sources",
        states = reference::states().len(),
        organisations = reference::standing_organisations().len()
    ));
    egui::ScrollArea::vertical()
        .max_height(260.0)
        .show(ui, |ui| {
            ui.label(RichText::new(reference::SOURCES_MD).small());
        });
    ui.add_space(8.0);
    if ui.button(t!("dialog-close")).clicked() {
        outcome = Some(Outcome::Close);
    }
    outcome
}
