//! File › Add organisation…: an organisation that asks for observer status under Rule 1.4.

use egui::Ui;

use super::Outcome;
use crate::app::widgets::labelled_text;
use crate::model::{OrgKind, Organisation, reference};
use crate::t;

/// What the dialog holds while it is filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOrganisationForm {
    pub name: String,
    pub acronym: String,
    /// The id, proposed from the acronym or the name while the user has not typed one.
    pub id: String,
    pub kind: OrgKind,
    /// Whether the user typed the id (it then stops following the acronym).
    pub id_typed: bool,
    /// The name field takes the keyboard when the dialog opens.
    pub focus_name: bool,
}

impl Default for NewOrganisationForm {
    fn default() -> Self {
        Self {
            name: String::new(),
            acronym: String::new(),
            id: String::new(),
            kind: OrgKind::NonGovernmental,
            id_typed: false,
            focus_name: true,
        }
    }
}

/// The form; `existing_ids` are the workspace's organisations, whose ids a new one may not take.
pub(super) fn ui(
    ui: &mut Ui,
    form: &mut NewOrganisationForm,
    existing_ids: &[String],
) -> Option<Outcome> {
    let NewOrganisationForm {
        name,
        acronym,
        id,
        kind,
        id_typed,
        focus_name,
    } = form;
    let mut outcome = None;
    super::title(ui, t!("org-title"));
    ui.label(t!("org-text"));
    egui::Grid::new("new_org")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let name_field = labelled_text(ui, &t!("org-name"), name, 320.0, "");
            // Until the name field has the keyboard (a modal's first frames may give it elsewhere).
            if *focus_name {
                if name_field.has_focus() {
                    *focus_name = false;
                } else {
                    name_field.request_focus();
                }
            }
            labelled_text(ui, &t!("detail-acronym"), acronym, 120.0, "");
            // The id is a value in the field, never a grey hint: it follows the acronym (or the name's
            // initials) until the user types one.
            if !*id_typed {
                *id = suggest_id(acronym, name);
            }
            if labelled_text(ui, &t!("org-id"), id, 120.0, "").changed() {
                *id_typed = true;
            }
            let label = ui.label(t!("detail-kind"));
            egui::ComboBox::from_id_salt("new_org_kind")
                .selected_text(crate::model::words::org_kind(*kind))
                .show_ui(ui, |ui| {
                    for k in OrgKind::ALL {
                        ui.selectable_value(kind, k, crate::model::words::org_kind(k));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
        });
    let final_id = id.trim().to_owned();
    let problem = if name.trim().is_empty() {
        Some(t!("org-need-name"))
    } else if final_id.is_empty() {
        Some(t!("org-need-id"))
    } else if existing_ids.contains(&final_id)
        || reference::standing_organisation(&final_id).is_some()
    {
        Some(t!("org-id-taken", id = final_id.clone()))
    } else {
        None
    };
    if let Some(problem) = &problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(problem.is_none(), egui::Button::new(t!("org-add")))
            .clicked()
        {
            outcome = Some(Outcome::AddOrganisation(Organisation {
                id: final_id.clone(),
                name: name.trim().to_owned(),
                acronym: acronym.trim().to_owned(),
                kind: *kind,
            }));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}
/// A lower-case id from the acronym, else the name's initials.
fn suggest_id(acronym: &str, name: &str) -> String {
    let base: String = if acronym.trim().is_empty() {
        name.split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect()
    } else {
        acronym.to_owned()
    };
    base.chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect()
}
