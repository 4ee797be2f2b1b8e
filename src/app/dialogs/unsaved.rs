//! Save, discard or cancel: asked before New, Open or Quit throws away unsaved changes.

use egui::Ui;

use super::Outcome;
use crate::t;

/// What to do once the user has dealt with unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingAction {
    New,
    /// Open this file, or ask which.
    Open(Option<std::path::PathBuf>),
    Quit,
}

pub(super) fn ui(ui: &mut Ui, action: &PendingAction, workspace_name: &str) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("dialog-save-changes"));
    let verb = match action {
        PendingAction::New => t!("dialog-unsaved-new"),
        PendingAction::Open(_) => t!("dialog-unsaved-open"),
        PendingAction::Quit => t!("dialog-unsaved-quit"),
    };
    ui.label(t!(
        "dialog-unsaved",
        name = workspace_name.to_owned(),
        action = verb
    ));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(t!("dialog-save")).clicked() {
            outcome = Some(Outcome::SaveThen(action.clone()));
        }
        if ui.button(t!("dialog-discard")).clicked() {
            outcome = Some(Outcome::Proceed(action.clone()));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}
