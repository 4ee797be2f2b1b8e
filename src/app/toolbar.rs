//! Under the menu: the meeting switcher, the view tabs, the search field and the filter chips.

use super::table::TableState;
use super::view::Cx;
use super::widgets::chip;
use super::{action::Action, commands::UiCommand, view::View};
use crate::model::words;
use crate::model::{Category, InvitationStatus};
use crate::t;

/// The window width from which the meeting's full name stands beside its short one.
const FULL_NAME_FROM: f32 = 1300.0;

/// Two rows that wrap rather than run off a narrow window: the meeting and the views; then, in the
/// Invitees view, the search and the chips.
/// Returns what a tab or the meeting switcher asks for; the search and the chips change the table's own
/// state.
pub fn ui(ui: &mut egui::Ui, cx: &Cx, view: View, table: &mut TableState) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        actions.extend(meeting_switcher(ui, cx));
        ui.separator();
        for tab in View::ALL {
            if ui.selectable_label(view == tab, tab.label()).clicked() && view != tab {
                actions.push(UiCommand::ShowView(tab).into());
            }
        }
    });
    if view == View::Invitees && cx.meeting.is_some() {
        ui.horizontal_wrapped(|ui| {
            search_field(ui, table);
            ui.separator();
            ui.spacing_mut().item_spacing.x = 4.0;
            for category in Category::ALL {
                let count = table.category_count(category);
                let on = table.categories().contains(&category);
                if (count > 0 || on)
                    && chip(
                        ui,
                        on,
                        format!("{} {count}", words::category_chip(category)),
                        t!("toolbar-show-only", what = words::category(category)),
                    )
                {
                    table.toggle_category(category);
                }
            }
            ui.separator();
            for status in InvitationStatus::ALL {
                let count = table.status_count(status);
                let on = table.statuses().contains(&status);
                let name = words::invitation_status(status);
                if chip(
                    ui,
                    on,
                    format!("{name} {count}"),
                    t!("toolbar-show-only-status", status = name.to_lowercase()),
                ) {
                    table.toggle_status(status);
                }
            }
            if let Some(label) = table.id_filter_label().map(ToOwned::to_owned) {
                ui.separator();
                let chip = egui::Button::selectable(true, format!("{label} ×")).corner_radius(10.0);
                if ui
                    .add(chip)
                    .on_hover_text(t!("toolbar-show-everyone"))
                    .clicked()
                {
                    table.clear_id_filter();
                }
            }
            actions.extend(super::filters::chips(ui, cx, table));
            let filtered = !table.filter().is_empty() || table.id_filter_label().is_some();
            if filtered && ui.button(t!("toolbar-clear-filters")).clicked() {
                table.clear_filters();
            }
        });
    }
    ui.add_space(2.0);
    actions
}

fn meeting_switcher(ui: &mut egui::Ui, cx: &Cx) -> Option<Action> {
    let meetings: Vec<(crate::model::MeetingId, String)> = cx
        .workspace
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
            if let Some(m) = cx.meeting {
                let name = m.words(crate::i18n::language()).name;
                if wide {
                    ui.strong(format!("{} · {name}", m.short_name));
                } else {
                    ui.strong(&m.short_name).on_hover_text(name);
                }
            }
        }
        _ => {
            let mut shown = cx.meeting_id();
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
            if shown != cx.meeting_id() {
                return Some(Action::SelectMeeting(shown));
            }
        }
    }
    None
}

fn search_field(ui: &mut egui::Ui, table: &mut TableState) {
    let mut query = table.query().to_owned();
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
    if std::mem::take(&mut table.focus_search) {
        response.request_focus();
    }
    if response.changed() {
        table.set_query(&query);
    }
    // Enter in the search opens the first invitee found.
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        table.select_first_visible();
    }
    // The clear button keeps its place when there is nothing to clear, so the chips do not move as the
    // first letter is typed.
    let clear = ui.add_visible(!query.is_empty(), egui::Button::new("×").small());
    if clear.on_hover_text(t!("toolbar-clear-search")).clicked() {
        table.set_query("");
    }
}
