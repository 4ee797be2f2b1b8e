//! Save filter…: the name the filter shown is kept under in the workspace. The name starts as the filter's
//! conditions in words, which the user may keep or change; saving under a name in use replaces that filter,
//! and the button says so.

use egui::Ui;

use super::Outcome;
use crate::app::widgets::labelled_text;
use crate::model::words;
use crate::model::{Filter, Reply};
use crate::t;

/// What the save-filter dialog holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveFilterForm {
    pub name: String,
    pub filter: Filter,
}

impl SaveFilterForm {
    pub fn new(filter: Filter) -> Self {
        Self {
            name: describe(&filter).join(", "),
            filter,
        }
    }
}

pub(super) fn ui(ui: &mut Ui, form: &mut SaveFilterForm, taken: &[String]) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("save-filter-title"));
    ui.label(t!("save-filter-text"));
    ui.add_space(4.0);
    ui.label(egui::RichText::new(describe(&form.filter).join(" · ")).weak());
    ui.add_space(6.0);
    egui::Grid::new("save_filter")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            labelled_text(ui, &t!("save-filter-name"), &mut form.name, 320.0, "");
        });
    let name = form.name.trim().to_owned();
    if name.is_empty() {
        ui.colored_label(ui.visuals().error_fg_color, t!("save-filter-needs-name"));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label = if taken.contains(&name) {
            t!("save-filter-replace", name = name.clone())
        } else {
            t!("save-filter-save")
        };
        if ui
            .add_enabled(!name.is_empty(), egui::Button::new(label))
            .clicked()
        {
            outcome = Some(Outcome::SaveFilter(name.clone(), form.filter.clone()));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}

/// The filter's conditions in words, one per condition, for a chip's hover and a saved filter's proposed
/// name ("Invited", "No reply", "Sent 30 days ago or more").
pub fn describe(filter: &Filter) -> Vec<String> {
    let mut parts = Vec::new();
    if !filter.search.trim().is_empty() {
        parts.push(format!("“{}”", filter.search.trim()));
    }
    parts.extend(filter.categories.iter().map(|c| words::category(*c)));
    parts.extend(filter.statuses.iter().map(|s| words::invitation_status(*s)));
    parts.extend(condition_words(filter).into_iter().map(|(_, words)| words));
    parts
}

/// One condition beyond the search and the chips, to show and to take off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    Reply(Reply),
    Sent,
    Head,
}

/// The conditions beyond the search and the chips, each with its words.
pub fn condition_words(filter: &Filter) -> Vec<(Condition, String)> {
    let mut out: Vec<(Condition, String)> = filter
        .replies
        .iter()
        .map(|r| (Condition::Reply(*r), words::reply(*r)))
        .collect();
    if let Some(days) = filter.sent_days_ago {
        out.push((Condition::Sent, t!("filter-sent-chip", days = days)));
    }
    if let Some(gender) = filter.head_gender {
        out.push((
            Condition::Head,
            t!(
                "filter-head-chip",
                gender = words::gender(gender).to_lowercase()
            ),
        ));
    }
    out
}
