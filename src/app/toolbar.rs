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
        ui.horizontal_wrapped(|ui| {
            search_field(app, ui);
            ui.separator();
            ui.spacing_mut().item_spacing.x = 4.0;
            for category in Category::ALL {
                let count = app.views.table.category_count(category);
                let on = app.views.table.categories().contains(&category);
                if (count > 0 || on)
                    && chip(
                        ui,
                        on,
                        format!("{} {count}", words::category_chip(category)),
                        t!("toolbar-show-only", what = words::category(category)),
                    )
                {
                    app.views.table.toggle_category(category);
                }
            }
            ui.separator();
            for status in InvitationStatus::ALL {
                let count = app.views.table.status_count(status);
                let on = app.views.table.statuses().contains(&status);
                let name = words::invitation_status(status);
                if chip(
                    ui,
                    on,
                    format!("{name} {count}"),
                    t!("toolbar-show-only-status", status = name.to_lowercase()),
                ) {
                    app.views.table.toggle_status(status);
                }
            }
            if let Some(label) = app.views.table.id_filter_label().map(ToOwned::to_owned) {
                ui.separator();
                let chip = egui::Button::selectable(true, format!("{label} ×")).corner_radius(10.0);
                if ui
                    .add(chip)
                    .on_hover_text(t!("toolbar-show-everyone"))
                    .clicked()
                {
                    app.views.table.clear_id_filter();
                }
            }
            super::filters::chips(app, ui);
            let filtered =
                !app.views.table.filter().is_empty() || app.views.table.id_filter_label().is_some();
            if filtered && ui.button(t!("toolbar-clear-filters")).clicked() {
                app.views.table.clear_filters();
            }
        });
    }
    ui.add_space(2.0);
}

fn meeting_switcher(app: &mut App, ui: &mut egui::Ui) {
    let meetings: Vec<(crate::model::MeetingId, String)> = app
        .workspace()
        .meetings
        .iter()
        .map(|m| (m.id.clone(), m.short_name.clone()))
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
            let mut shown = app.meeting_id();
            let selected = meetings
                .iter()
                .find(|(id, _)| *id == shown)
                .map(|(_, name)| name.clone())
                .unwrap_or_default();
            egui::ComboBox::from_id_salt("meeting_switcher")
                .selected_text(selected)
                .show_ui(ui, |ui| {
                    for (id, name) in &meetings {
                        ui.selectable_value(&mut shown, id.clone(), name);
                    }
                })
                .response
                .on_hover_text(t!("toolbar-meeting-shown"));
            app.select_meeting(&shown);
        }
    }
}

fn search_field(app: &mut App, ui: &mut egui::Ui) {
    let mut query = app.views.table.query().to_owned();
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
    if std::mem::take(&mut app.views.table.focus_search) {
        response.request_focus();
    }
    if response.changed() {
        app.views.table.set_query(&query);
    }
    // Enter in the search opens the first invitee found.
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        app.view = super::View::Invitees;
        app.views.table.select_first_visible();
    }
    // The clear button keeps its place when there is nothing to clear, so the chips do not move as the
    // first letter is typed.
    let clear = ui.add_visible(!query.is_empty(), egui::Button::new("×").small());
    if clear.on_hover_text(t!("toolbar-clear-search")).clicked() {
        app.views.table.set_query("");
    }
}
