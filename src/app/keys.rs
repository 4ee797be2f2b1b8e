//! The keyboard, read once a frame: the shortcuts of [`bindings`] become commands, F10 or Alt alone
//! opens the menus, and Ctrl+C and Ctrl+V outside a text field copy and paste rows.

use egui::{Key, Modifiers};

use super::clipboard;
use super::commands::{Scope, UiCommand, bindings};
use super::state::App;

/// Reads the shortcuts of this frame from [`bindings`]. A shortcut with more modifiers is tried before
/// one with fewer (Ctrl+Shift+S before Ctrl+S).
pub fn handle_shortcuts(app: &mut App, ctx: &egui::Context) {
    if app.work.dialog.is_some() {
        return; // a modal dialog has the keyboard
    }
    let typing = ctx.text_edit_focused();
    let mut keyed = bindings();
    keyed.sort_by_key(|b| std::cmp::Reverse(modifier_count(b.shortcut.modifiers)));
    for binding in keyed {
        let live = match binding.scope {
            Scope::Anywhere => true,
            Scope::OutsideText => !typing,
            Scope::Event => false,
        };
        if live && ctx.input_mut(|i| i.consume_shortcut(&binding.shortcut)) {
            app.request(binding.command);
        }
    }
    // F10, or Alt pressed and let go alone, opens the menus, as desktop apps do.
    if ctx.input(|i| i.key_pressed(Key::F10)) || app.shell.alt_alone(ctx) {
        app.shell.open_menus = true;
    }
    if typing {
        return;
    }
    // Outside a text field, Ctrl+C and Ctrl+V copy and paste rows.
    let (copy, pasted) = ctx.input(|i| {
        let copy = i.events.iter().any(|e| matches!(e, egui::Event::Copy));
        let pasted = i.events.iter().find_map(|e| match e {
            egui::Event::Paste(text) => Some(text.clone()),
            _ => None,
        });
        (copy, pasted)
    });
    if copy {
        app.request(UiCommand::Copy);
    }
    if let Some(text) = pasted {
        match UiCommand::Paste.enabled(&app.work.availability()) {
            Ok(()) => {
                let dialog = clipboard::pasted(&text, app.view, &app.views, &app.work);
                app.request(dialog);
            }
            Err(reason) => app.work.say(reason),
        }
    }
}

fn modifier_count(modifiers: Modifiers) -> u8 {
    u8::from(modifiers.alt)
        + u8::from(modifiers.shift)
        + u8::from(modifiers.command || modifiers.ctrl)
}
