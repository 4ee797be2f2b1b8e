//! The menu bar: File, Edit, View, Help. Each item is a [`UiCommand`], so labels and shortcuts are defined
//! once; the bar reads a [`MenuCx`] and returns the commands chosen.

use std::path::PathBuf;

use super::commands::Availability;
use super::{action::Action, commands::UiCommand, view::View};
use crate::i18n::Lang;
use crate::t;

/// The shortcuts of a command as a menu shows them: "Ctrl+Shift+Z or Ctrl+Y".
fn shortcut_text(ui: &egui::Ui, command: &UiCommand) -> Option<String> {
    let keys: Vec<String> = super::commands::bindings()
        .into_iter()
        .filter(|b| b.command == *command)
        .map(|b| ui.ctx().format_shortcut(&b.shortcut))
        .collect();
    let (first, rest) = keys.split_first()?;
    Some(rest.iter().fold(first.clone(), |text, next| {
        t!("menu-or", first = text, second = next.clone())
    }))
}

/// What the menus read.
pub struct MenuCx<'a> {
    pub can: &'a Availability,
    pub recent: &'a [PathBuf],
    pub view: View,
    pub show_detail: bool,
    pub dark: bool,
    /// F10 or Alt asked for the menus this frame.
    pub open_menus: bool,
}

/// A menu item for a command, with its shortcuts shown, greyed out with the reason when it cannot run.
fn item(cx: &MenuCx, chosen: &mut Vec<Action>, ui: &mut egui::Ui, command: UiCommand) {
    let mut button = egui::Button::new(command.label());
    if let Some(text) = shortcut_text(ui, &command) {
        button = button.shortcut_text(text);
    }
    let enabled = command.enabled(cx.can);
    let response = ui.add_enabled(enabled.is_ok(), button);
    let response = match &enabled {
        Err(reason) => response.on_disabled_hover_text(reason),
        Ok(()) => response,
    };
    if response.clicked() {
        chosen.push(command.into());
        ui.close();
    }
}

/// A menu item with its shortcut that shows a checkmark when `on` (the views).
fn checked_item(chosen: &mut Vec<Action>, ui: &mut egui::Ui, command: UiCommand, on: bool) {
    let mut button = egui::Button::selectable(on, command.label());
    if let Some(text) = shortcut_text(ui, &command) {
        button = button.shortcut_text(text);
    }
    if ui.add(button).clicked() {
        chosen.push(command.into());
        ui.close();
    }
}

/// A menu item that shows a checkmark when `on`.
fn toggle(chosen: &mut Vec<Action>, ui: &mut egui::Ui, command: UiCommand, on: bool) {
    if ui
        .add(egui::Button::selectable(on, command.label()))
        .clicked()
    {
        chosen.push(command.into());
        ui.close();
    }
}

/// The menu bar; returns the commands chosen.
pub fn ui(ui: &mut egui::Ui, cx: &MenuCx) -> Vec<Action> {
    let mut chosen = Vec::new();
    let chosen_ref = &mut chosen;
    egui::MenuBar::new().ui(ui, |ui| {
        let chosen = chosen_ref;
        let file = ui.menu_button(t!("menu-file"), |ui| {
            item(cx, chosen, ui, UiCommand::New);
            item(cx, chosen, ui, UiCommand::Open);
            ui.menu_button(t!("menu-open-recent"), |ui| {
                if cx.recent.is_empty() {
                    ui.label(t!("menu-no-recent"));
                }
                for path in cx.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        chosen.push(UiCommand::OpenPath(path.clone()).into());
                        ui.close();
                    }
                }
            });
            ui.separator();
            item(cx, chosen, ui, UiCommand::Save);
            item(cx, chosen, ui, UiCommand::SaveAs);
            ui.separator();
            item(cx, chosen, ui, UiCommand::Export);
            item(cx, chosen, ui, UiCommand::Import);
            item(cx, chosen, ui, UiCommand::RestoreBackup);
            ui.separator();
            item(cx, chosen, ui, UiCommand::AddOrganisation);
            ui.separator();
            item(cx, chosen, ui, UiCommand::Quit);
        });
        // F10 or Alt asked for the menus: the File menu opens, the others a hover away.
        if cx.open_menus {
            egui::Popup::open_id(ui.ctx(), egui::Popup::default_response_id(&file.response));
        }
        ui.menu_button(t!("menu-edit"), |ui| {
            item(cx, chosen, ui, UiCommand::Undo);
            item(cx, chosen, ui, UiCommand::Redo);
            ui.separator();
            item(cx, chosen, ui, UiCommand::Find);
            item(cx, chosen, ui, UiCommand::SelectAll);
            ui.separator();
            item(cx, chosen, ui, UiCommand::Copy);
            item(cx, chosen, ui, UiCommand::Paste);
        });
        ui.menu_button(t!("menu-meeting"), |ui| {
            item(cx, chosen, ui, UiCommand::NextMeeting);
            item(cx, chosen, ui, UiCommand::AddOrganisation);
            ui.separator();
            item(cx, chosen, ui, UiCommand::ShowView(View::MeetingSettings));
        });
        ui.menu_button(t!("menu-view"), |ui| {
            for view in View::ALL {
                checked_item(chosen, ui, UiCommand::ShowView(view), view == cx.view);
            }
            ui.separator();
            toggle(chosen, ui, UiCommand::ToggleDetail, cx.show_detail);
            toggle(chosen, ui, UiCommand::ToggleTheme, cx.dark);
            ui.separator();
            item(cx, chosen, ui, UiCommand::ZoomIn);
            item(cx, chosen, ui, UiCommand::ZoomOut);
            item(cx, chosen, ui, UiCommand::ZoomReset);
            ui.separator();
            ui.menu_button(t!("menu-language"), |ui| {
                let current = crate::i18n::language();
                for lang in Lang::ALL {
                    toggle(chosen, ui, UiCommand::SetLanguage(lang), lang == current);
                }
            });
        });
        ui.menu_button(t!("menu-help"), |ui| {
            item(cx, chosen, ui, UiCommand::GettingStarted);
            item(cx, chosen, ui, UiCommand::Shortcuts);
            ui.separator();
            item(cx, chosen, ui, UiCommand::About);
        });
    });
    chosen
}
