//! The filter chips beyond category and status: the reminder list, the further conditions (reply, sent so
//! many days ago, the head of delegation's gender), the filters saved in the workspace, and saving the one
//! shown. Saved filters change through the workspace's settings, one edit, so they undo and travel with the
//! file.

use egui::Ui;

use super::App;
use super::dialogs::{Condition, condition_words, describe};
use super::widgets::chip;
use crate::edit::Edit;
use crate::model::words;
use crate::model::{Filter, Gender, REMINDER_AFTER_DAYS, Reply};
use crate::t;

/// The chips after the status chips: the conditions in force (a click takes one off), "More filters",
/// the reminder list, the saved filters and "Save filter…".
pub fn chips(app: &mut App, ui: &mut Ui) {
    let conditions = condition_words(app.views.table.filter());
    if !conditions.is_empty() {
        ui.separator();
    }
    for (condition, text) in conditions {
        let chip = egui::Button::selectable(true, format!("{text} ×")).corner_radius(10.0);
        if ui.add(chip).on_hover_text(t!("filter-take-off")).clicked() {
            app.views.table.change_conditions(|f| match condition {
                Condition::Reply(reply) => {
                    f.replies.remove(&reply);
                }
                Condition::Sent => f.sent_days_ago = None,
                Condition::Head => f.head_gender = None,
            });
        }
    }
    more_filters(app, ui);
    ui.separator();
    let reminders = Filter::reminders_due();
    if chip(
        ui,
        *app.views.table.filter() == reminders,
        t!("filter-reminders"),
        t!("filter-reminders-hint", days = REMINDER_AFTER_DAYS),
    ) {
        toggle(app, reminders);
    }
    saved(app, ui);
}

/// Shows `filter`, or everything when it is the one shown already.
fn toggle(app: &mut App, filter: Filter) {
    if *app.views.table.filter() == filter {
        app.views.table.clear_filters();
    } else {
        app.views.table.apply_filter(filter);
    }
}

/// The conditions the chips do not cover, in a menu.
fn more_filters(app: &mut App, ui: &mut Ui) {
    ui.menu_button(t!("filter-more"), |ui| {
        let mut filter = app.views.table.filter().clone();
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
        app.views.table.change_conditions(|f| {
            f.replies = filter.replies;
            f.sent_days_ago = filter.sent_days_ago;
            f.head_gender = filter.head_gender;
        });
    });
}

/// The workspace's saved filters as chips (right-click to delete), and "Save filter…" when the filter
/// shown is new.
fn saved(app: &mut App, ui: &mut Ui) {
    let saved: Vec<(String, Filter)> = app
        .workspace()
        .settings
        .saved_filters
        .iter()
        .map(|(name, filter)| (name.clone(), filter.clone()))
        .collect();
    let shown = app.views.table.filter().clone();
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
            toggle(app, filter.clone());
        }
        response.context_menu(|ui| {
            if ui.button(t!("filter-delete")).clicked() {
                app.delete_saved_filter(name);
            }
        });
    }
    let known = shown.is_empty() || saved.iter().any(|(_, f)| *f == shown);
    if !known && ui.button(t!("filter-save")).clicked() {
        app.request(super::Dialog::SaveFilter(
            super::dialogs::SaveFilterForm::new(shown),
        ));
    }
}

impl App {
    /// Keeps `filter` in the workspace under `name`, replacing a filter of that name: one edit.
    pub fn save_filter(&mut self, name: &str, filter: Filter) -> bool {
        let name = name.trim();
        if name.is_empty() {
            return false;
        }
        let mut settings = self.workspace().settings.clone();
        settings.saved_filters.insert(name.to_owned(), filter);
        self.edit(Edit::SetWorkspaceInfo {
            name: self.workspace().name.clone(),
            settings,
        })
    }

    /// Takes a saved filter out of the workspace: one edit.
    pub fn delete_saved_filter(&mut self, name: &str) -> bool {
        let mut settings = self.workspace().settings.clone();
        if settings.saved_filters.remove(name).is_none() {
            return false;
        }
        self.edit(Edit::SetWorkspaceInfo {
            name: self.workspace().name.clone(),
            settings,
        })
    }
}
