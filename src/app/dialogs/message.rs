//! A message the user reads and dismisses (why a file did not open, say).

use egui::Ui;

use super::Outcome;
use crate::t;

pub(super) fn ui(ui: &mut Ui, title: &str, message: &str) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, title);
    ui.add_space(4.0);
    ui.label(message);
    ui.add_space(8.0);
    if ui.button(t!("dialog-ok")).clicked() {
        outcome = Some(Outcome::Close);
    }
    outcome
}
