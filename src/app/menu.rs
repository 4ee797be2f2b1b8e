//! The menu bar: File, Edit, View, Help. Each item is a [`UiCommand`], so labels and shortcuts are defined
//! once.

use super::{App, UiCommand, View};
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

/// A menu item for a command, with its shortcuts shown, greyed out with the reason when it cannot run.
fn item(app: &mut App, ui: &mut egui::Ui, command: UiCommand) {
    let mut button = egui::Button::new(command.label());
    if let Some(text) = shortcut_text(ui, &command) {
        button = button.shortcut_text(text);
    }
    let enabled = command.enabled(app);
    let response = ui.add_enabled(enabled.is_ok(), button);
    let response = match &enabled {
        Err(reason) => response.on_disabled_hover_text(reason),
        Ok(()) => response,
    };
    if response.clicked() {
        app.request(command);
        ui.close();
    }
}

/// A menu item with its shortcut that shows a checkmark when `on` (the views).
fn checked_item(app: &mut App, ui: &mut egui::Ui, command: UiCommand, on: bool) {
    let mut button = egui::Button::selectable(on, command.label());
    if let Some(text) = shortcut_text(ui, &command) {
        button = button.shortcut_text(text);
    }
    if ui.add(button).clicked() {
        app.request(command);
        ui.close();
    }
}

/// A menu item that shows a checkmark when `on`.
fn toggle(app: &mut App, ui: &mut egui::Ui, command: UiCommand, on: bool) {
    if ui
        .add(egui::Button::selectable(on, command.label()))
        .clicked()
    {
        app.request(command);
        ui.close();
    }
}

pub fn ui(app: &mut App, ui: &mut egui::Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        let file = ui.menu_button(t!("menu-file"), |ui| {
            item(app, ui, UiCommand::New);
            item(app, ui, UiCommand::Open);
            ui.menu_button(t!("menu-open-recent"), |ui| {
                if app.prefs.recent.is_empty() {
                    ui.label(t!("menu-no-recent"));
                }
                for path in app.prefs.recent.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        app.request(UiCommand::OpenPath(path));
                        ui.close();
                    }
                }
            });
            ui.separator();
            item(app, ui, UiCommand::Save);
            item(app, ui, UiCommand::SaveAs);
            ui.separator();
            item(app, ui, UiCommand::Export);
            item(app, ui, UiCommand::Import);
            item(app, ui, UiCommand::RestoreBackup);
            ui.separator();
            item(app, ui, UiCommand::AddOrganisation);
            ui.separator();
            item(app, ui, UiCommand::Quit);
        });
        // F10 or Alt asked for the menus: the File menu opens, the others a hover away.
        if std::mem::take(&mut app.shell.open_menus) {
            egui::Popup::open_id(ui.ctx(), egui::Popup::default_response_id(&file.response));
        }
        ui.menu_button(t!("menu-edit"), |ui| {
            item(app, ui, UiCommand::Undo);
            item(app, ui, UiCommand::Redo);
            ui.separator();
            item(app, ui, UiCommand::Find);
            item(app, ui, UiCommand::SelectAll);
            ui.separator();
            item(app, ui, UiCommand::Copy);
            item(app, ui, UiCommand::Paste);
        });
        ui.menu_button(t!("menu-meeting"), |ui| {
            item(app, ui, UiCommand::NextMeeting);
            item(app, ui, UiCommand::AddOrganisation);
            ui.separator();
            item(app, ui, UiCommand::ShowView(View::MeetingSettings));
        });
        ui.menu_button(t!("menu-view"), |ui| {
            let current = app.view;
            for view in View::ALL {
                checked_item(app, ui, UiCommand::ShowView(view), view == current);
            }
            ui.separator();
            let detail = app.prefs.show_detail;
            toggle(app, ui, UiCommand::ToggleDetail, detail);
            let dark = app.prefs.dark;
            toggle(app, ui, UiCommand::ToggleTheme, dark);
            ui.separator();
            item(app, ui, UiCommand::ZoomIn);
            item(app, ui, UiCommand::ZoomOut);
            item(app, ui, UiCommand::ZoomReset);
            ui.separator();
            ui.menu_button(t!("menu-language"), |ui| {
                let current = crate::i18n::language();
                for lang in Lang::ALL {
                    toggle(app, ui, UiCommand::SetLanguage(lang), lang == current);
                }
            });
        });
        ui.menu_button(t!("menu-help"), |ui| {
            item(app, ui, UiCommand::GettingStarted);
            item(app, ui, UiCommand::Shortcuts);
            ui.separator();
            item(app, ui, UiCommand::About);
        });
    });
}
