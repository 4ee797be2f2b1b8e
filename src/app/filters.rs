//! The filter chips beyond category and status: the reminder list, the further conditions (reply, sent so
//! many days ago, the head of delegation's gender), the filters saved in the workspace, and saving the one
//! shown. Saved filters change through the workspace's settings, one edit, so they undo and travel with the
//! file.

use egui::Ui;

use super::action::Action;
use super::dialogs::{Condition, condition_words, describe};
use super::table::TableState;
use super::view::Cx;
use super::widgets::chip;
use crate::edit::Edit;
use crate::model::words;
use crate::model::{Filter, Gender, REMINDER_AFTER_DAYS, Reply};
use crate::t;

/// The chips after the status chips: the conditions in force (a click takes one off), "More filters",
/// the reminder list, the saved filters and "Save filter…".
pub fn chips(ui: &mut Ui, cx: &Cx, table: &mut TableState) -> Vec<Action> {
    let conditions = condition_words(table.filter());
    if !conditions.is_empty() {
        ui.separator();
    }
    for (condition, text) in conditions {
        let chip = egui::Button::selectable(true, format!("{text} ×")).corner_radius(10.0);
        if ui.add(chip).on_hover_text(t!("filter-take-off")).clicked() {
            table.change_conditions(|f| match condition {
                Condition::Reply(reply) => {
                    f.replies.remove(&reply);
                }
                Condition::Sent => f.sent_days_ago = None,
                Condition::Head => f.head_gender = None,
            });
        }
    }
    more_filters(ui, table);
    ui.separator();
    let reminders = Filter::reminders_due();
    if chip(
        ui,
        *table.filter() == reminders,
        t!("filter-reminders"),
        t!("filter-reminders-hint", days = REMINDER_AFTER_DAYS),
    ) {
        toggle(table, reminders);
    }
    saved(ui, cx, table)
}

/// Shows `filter`, or everything when it is the one shown already.
fn toggle(table: &mut TableState, filter: Filter) {
    if *table.filter() == filter {
        table.clear_filters();
    } else {
        table.apply_filter(filter);
    }
}

/// The conditions the chips do not cover, in a menu.
fn more_filters(ui: &mut Ui, table: &mut TableState) {
    ui.menu_button(t!("filter-more"), |ui| {
        let mut filter = table.filter().clone();
        ui.label(egui::RichText::new(t!("filter-reply")).strong());
        for reply in Reply::ALL {
            let mut on = filter.replies.contains(&reply);
            if ui.checkbox(&mut on, words::reply(reply)).changed() {
                if on {
                    filter.replies.insert(reply);
                } else {
                    filter.replies.remove(&reply);
                }
            }
        }
        ui.separator();
        ui.horizontal(|ui| {
            let mut on = filter.sent_days_ago.is_some();
            let mut days = filter.sent_days_ago.unwrap_or(REMINDER_AFTER_DAYS);
            let check = ui.checkbox(&mut on, t!("filter-sent-at-least"));
            ui.add_enabled(on, egui::DragValue::new(&mut days).range(0..=3650))
                .labelled_by(check.id);
            ui.label(t!("filter-days"));
            filter.sent_days_ago = on.then_some(days);
        });
        ui.separator();
        ui.label(egui::RichText::new(t!("filter-head")).strong());
        ui.radio_value(&mut filter.head_gender, None, t!("filter-head-any"));
        for gender in Gender::ALL {
            ui.radio_value(&mut filter.head_gender, Some(gender), words::gender(gender));
        }
        table.change_conditions(|f| {
            f.replies = filter.replies;
            f.sent_days_ago = filter.sent_days_ago;
            f.head_gender = filter.head_gender;
        });
    });
}

/// The workspace's saved filters as chips (right-click to delete), and "Save filter…" when the filter
/// shown is new.
fn saved(ui: &mut Ui, cx: &Cx, table: &mut TableState) -> Vec<Action> {
    let mut actions = Vec::new();
    let saved: Vec<(String, Filter)> = cx
        .workspace
        .settings
        .saved_filters
        .iter()
        .map(|(name, filter)| (name.clone(), filter.clone()))
        .collect();
    let shown = table.filter().clone();
    for (name, filter) in &saved {
        let on = *filter == shown;
        let response = ui
            .add(egui::Button::selectable(on, name.as_str()).corner_radius(10.0))
            .on_hover_text(format!(
                "{}\n{}",
                describe(filter).join(", "),
                t!("filter-saved-hint")
            ));
        if response.clicked() {
            toggle(table, filter.clone());
        }
        response.context_menu(|ui| {
            if ui.button(t!("filter-delete")).clicked() {
                let mut settings = cx.workspace.settings.clone();
                settings.saved_filters.remove(name);
                actions.push(Action::Edit(Edit::SetWorkspaceInfo {
                    name: cx.workspace.name.clone(),
                    settings,
                }));
            }
        });
    }
    let known = shown.is_empty() || saved.iter().any(|(_, f)| *f == shown);
    if !known && ui.button(t!("filter-save")).clicked() {
        actions.push(Action::Open(super::dialogs::Dialog::SaveFilter(
            super::dialogs::SaveFilterForm::new(shown),
        )));
    }
    actions
}

/// The edit that keeps `filter` in `workspace` under `name`, replacing a filter of that name; none for
/// a name of nothing but spaces.
pub fn save_edit(workspace: &crate::model::Workspace, name: &str, filter: Filter) -> Option<Edit> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let mut settings = workspace.settings.clone();
    settings.saved_filters.insert(name.to_owned(), filter);
    Some(Edit::SetWorkspaceInfo {
        name: workspace.name.clone(),
        settings,
    })
}
