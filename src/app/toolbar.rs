//! Under the menu: the meeting switcher, the view tabs, the search field and the filter chips.

use super::widgets::chip;
use super::{App, View};
use crate::model::words;
use crate::model::{Category, InvitationStatus};
use crate::t;

/// The window width from which the meeting's full name stands beside its short one.
const FULL_NAME_FROM: f32 = 1300.0;

/// Two rows that wrap rather than run off a narrow window: the meeting and the views; then, in the
/// Invitees view, the search and the chips.
pub fn ui(app: &mut App, ui: &mut egui::Ui) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        meeting_switcher(app, ui);
        ui.separator();
        for view in View::ALL {
            ui.selectable_value(&mut app.view, view, view.label());
        }
    });
    if app.view == View::Invitees && app.meeting().is_some() {
        app.table.refresh(&app.doc, app.meeting);
        ui.horizontal_wrapped(|ui| {
            search_field(app, ui);
            ui.separator();
            ui.spacing_mut().item_spacing.x = 4.0;
            for category in Category::ALL {
                let count = app.table.category_count(category);
                let on = app.table.categories().contains(&category);
                if (count > 0 || on)
                    && chip(
                        ui,
                        on,
                        format!("{} {count}", words::category_chip(category)),
                        t!("toolbar-show-only", what = words::category(category)),
                    )
                {
                    app.table.toggle_category(category);
                }
            }
            ui.separator();
            for status in InvitationStatus::ALL {
                let count = app.table.status_count(status);
                let on = app.table.statuses().contains(&status);
                let name = words::invitation_status(status);
                if chip(
                    ui,
                    on,
                    format!("{name} {count}"),
                    t!("toolbar-show-only-status", status = name.to_lowercase()),
                ) {
                    app.table.toggle_status(status);
                }
            }
            if let Some(label) = app.table.id_filter_label().map(ToOwned::to_owned) {
                ui.separator();
                let chip = egui::Button::selectable(true, format!("{label} ×")).corner_radius(10.0);
                if ui
                    .add(chip)
                    .on_hover_text(t!("toolbar-show-everyone"))
                    .clicked()
                {
                    app.table.clear_id_filter();
                }
            }
            super::filters::chips(app, ui);
            let filtered = !app.table.filter().is_empty() || app.table.id_filter_label().is_some();
            if filtered && ui.button(t!("toolbar-clear-filters")).clicked() {
                app.table.clear_filters();
            }
        });
    }
    ui.add_space(2.0);
}

fn meeting_switcher(app: &mut App, ui: &mut egui::Ui) {
    let meetings: Vec<String> = app
        .workspace()
        .meetings
        .iter()
        .map(|m| m.short_name.clone())
        .collect();
    match meetings.len() {
        0 => {
            ui.label(t!("toolbar-no-meeting"));
        }
        1 => {
            let wide = ui.ctx().content_rect().width() >= FULL_NAME_FROM;
            if let Some(m) = app.meeting() {
                let name = m.words(crate::i18n::language()).name;
                if wide {
                    ui.strong(format!("{} · {name}", m.short_name));
                } else {
                    ui.strong(&m.short_name).on_hover_text(name);
                }
            }
        }
        _ => {
            let mut index = app.meeting_index();
            egui::ComboBox::from_id_salt("meeting_switcher")
                .selected_text(meetings.get(index).cloned().unwrap_or_default())
                .show_ui(ui, |ui| {
                    for (i, name) in meetings.iter().enumerate() {
                        ui.selectable_value(&mut index, i, name);
                    }
                })
                .response
                .on_hover_text(t!("toolbar-meeting-shown"));
            app.select_meeting(index);
        }
    }
}

fn search_field(app: &mut App, ui: &mut egui::Ui) {
    let mut query = app.table.query().to_owned();
    let label = ui.label(t!("toolbar-search"));
    // Wide enough for its hint in every language, so that the hint is never cut.
    let hint = t!("toolbar-search-hint");
    let font = egui::TextStyle::Body.resolve(ui.style());
    let hint_width = ui.fonts_mut(|f| {
        f.layout_no_wrap(hint.clone(), font, egui::Color32::WHITE)
            .size()
            .x
    });
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut query)
                .id_salt("search")
                .hint_text(hint)
                .desired_width((hint_width + 28.0).clamp(220.0, 560.0)),
        )
        .labelled_by(label.id);
    if std::mem::take(&mut app.table.focus_search) {
        response.request_focus();
    }
    if response.changed() {
        app.table.set_query(&query);
    }
    // Enter in the search opens the first invitee found.
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        app.view = super::View::Invitees;
        app.table.select_first_visible();
    }
    // The clear button keeps its place when there is nothing to clear, so the chips do not move as the
    // first letter is typed.
    let clear = ui.add_visible(!query.is_empty(), egui::Button::new("×").small());
    if clear.on_hover_text(t!("toolbar-clear-search")).clicked() {
        app.table.set_query("");
    }
}
