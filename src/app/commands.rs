//! User-facing actions: one definition of each (label, shortcut) shared by the menus and the keyboard, and
//! what each does.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::dialogs::{Dialog, PendingAction};
use super::{App, View};

/// Everything a user can ask for from a menu or a shortcut.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UiCommand {
    New,
    Open,
    /// Open this file (recent files, a dropped file), after asking about unsaved changes.
    OpenPath(PathBuf),
    Save,
    SaveAs,
    Export,
    Import,
    Quit,
    Undo,
    Redo,
    Find,
    SelectAll,
    /// The selected rows to the clipboard, tab-separated with a header (Ctrl+C outside a text field).
    Copy,
    /// Rows from a spreadsheet, read as delegates, into the import preview (Ctrl+V outside a text
    /// field).
    Paste,
    ToggleDetail,
    ToggleTheme,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    /// Show one of the views (Ctrl+1 to Ctrl+8, in the toolbar's order).
    ShowView(View),
    AddOrganisation,
    RestoreBackup,
    NextMeeting,
    /// View › Language: switches the interface at once and remembers the choice.
    SetLanguage(crate::i18n::Lang),
    /// Help › Getting started: a walk through a meeting, from invitations to the List of Participants.
    GettingStarted,
    /// Help › Keyboard shortcuts, drawn from this list.
    Shortcuts,
    About,
}

impl UiCommand {
    /// The label in the interface language.
    pub fn label(&self) -> String {
        crate::t!(match self {
            Self::New => "cmd-new",
            Self::Open | Self::OpenPath(_) => "cmd-open",
            Self::Save => "cmd-save",
            Self::SaveAs => "cmd-save-as",
            Self::Export => "cmd-export",
            Self::Import => "cmd-import",
            Self::Quit => "cmd-quit",
            Self::Undo => "cmd-undo",
            Self::Redo => "cmd-redo",
            Self::Find => "cmd-find",
            Self::SelectAll => "cmd-select-all",
            Self::Copy => "cmd-copy-rows",
            Self::Paste => "cmd-paste-rows",
            Self::ToggleDetail => "cmd-detail-panel",
            Self::ToggleTheme => "cmd-dark-theme",
            Self::ZoomIn => "cmd-zoom-in",
            Self::ZoomOut => "cmd-zoom-out",
            Self::ZoomReset => "cmd-zoom-reset",
            Self::ShowView(view) => return view.label(),
            Self::GettingStarted => "cmd-getting-started",
            Self::Shortcuts => "cmd-shortcuts",
            Self::AddOrganisation => "cmd-add-organisation",
            Self::NextMeeting => "cmd-next-meeting",
            Self::RestoreBackup => "cmd-restore-backup",
            Self::About => "cmd-about",
            Self::SetLanguage(lang) => return lang.native_name().to_owned(),
        })
    }

    /// The keyboard shortcut, where there is one. Zoom keys are egui's own (Ctrl +, Ctrl -, Ctrl 0).
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        Some(match self {
            Self::New => KeyboardShortcut::new(cmd, Key::N),
            Self::Open => KeyboardShortcut::new(cmd, Key::O),
            Self::Save => KeyboardShortcut::new(cmd, Key::S),
            Self::SaveAs => KeyboardShortcut::new(cmd_shift, Key::S),
            Self::Export => KeyboardShortcut::new(cmd, Key::E),
            Self::Import => KeyboardShortcut::new(cmd, Key::I),
            Self::Quit => KeyboardShortcut::new(cmd, Key::Q),
            Self::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Self::Redo => KeyboardShortcut::new(cmd_shift, Key::Z),
            Self::Find => KeyboardShortcut::new(cmd, Key::F),
            Self::SelectAll => KeyboardShortcut::new(cmd, Key::A),
            // Shown in the menus and the list of shortcuts; the platform delivers them as Copy and
            // Paste events, read in `handle_shortcuts`.
            Self::Copy => KeyboardShortcut::new(cmd, Key::C),
            Self::Paste => KeyboardShortcut::new(cmd, Key::V),
            Self::ZoomIn => KeyboardShortcut::new(cmd, Key::Plus),
            Self::ZoomOut => KeyboardShortcut::new(cmd, Key::Minus),
            Self::ZoomReset => KeyboardShortcut::new(cmd, Key::Num0),
            Self::ShowView(view) => KeyboardShortcut::new(cmd, view_key(*view)?),
            _ => return None,
        })
    }

    /// Every command that has a shortcut, in the order Help › Keyboard shortcuts lists them.
    pub fn with_shortcuts() -> Vec<Self> {
        let mut all = vec![
            Self::New,
            Self::Open,
            Self::Save,
            Self::SaveAs,
            Self::Export,
            Self::Import,
            Self::Quit,
            Self::Undo,
            Self::Redo,
            Self::Find,
            Self::SelectAll,
            Self::Copy,
            Self::Paste,
            Self::ZoomIn,
            Self::ZoomOut,
            Self::ZoomReset,
        ];
        all.extend(View::ALL.into_iter().map(Self::ShowView));
        all
    }

    /// Whether the command can run now (greys out menu items).
    pub fn enabled(&self, app: &App) -> bool {
        match self {
            Self::Undo => app.document().can_undo(),
            Self::Redo => app.document().can_redo(),
            _ => true,
        }
    }
}

/// Ctrl+1 to Ctrl+8: the views in the toolbar's order.
fn view_key(view: View) -> Option<Key> {
    const KEYS: [Key; 8] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
    ];
    View::ALL
        .iter()
        .position(|v| *v == view)
        .and_then(|i| KEYS.get(i).copied())
}

/// Commands whose shortcuts work anywhere, even while typing in a field. Shift+S before S: egui matches
/// shortcuts with extra modifiers only if asked, but the longer one must be tried first all the same.
const GLOBAL: [UiCommand; 8] = [
    UiCommand::SaveAs,
    UiCommand::Save,
    UiCommand::Export,
    UiCommand::Import,
    UiCommand::New,
    UiCommand::Open,
    UiCommand::Quit,
    UiCommand::Find,
];

/// Reads the shortcuts of this frame. Undo, redo and select-all belong to a text field while one has
/// focus (its own typing undo), and to the document otherwise.
pub fn handle_shortcuts(app: &mut App, ctx: &egui::Context) {
    if app.dialog.is_some() {
        return; // a modal dialog has the keyboard
    }
    for command in GLOBAL
        .into_iter()
        .chain(View::ALL.into_iter().map(UiCommand::ShowView))
    {
        if let Some(shortcut) = command.shortcut()
            && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
        {
            app.request(command);
        }
    }
    // F10, or Alt pressed and let go alone, opens the menus, as desktop apps do.
    if ctx.input(|i| i.key_pressed(Key::F10)) || alt_alone(app, ctx) {
        app.open_menus = true;
    }
    if ctx.text_edit_focused() {
        return;
    }
    let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
    let redo = UiCommand::Redo.shortcut();
    if ctx
        .input_mut(|i| redo.is_some_and(|s| i.consume_shortcut(&s)) || i.consume_shortcut(&redo_y))
    {
        app.request(UiCommand::Redo);
    }
    for command in [UiCommand::Undo, UiCommand::SelectAll] {
        if let Some(shortcut) = command.shortcut()
            && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
        {
            app.request(command);
        }
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
        app.paste_rows(&text);
    }
}

/// Whether Alt was just let go without anything pressed while it was down.
fn alt_alone(app: &mut App, ctx: &egui::Context) -> bool {
    let (alt, anything_else) = ctx.input(|i| {
        let pressed = i.events.iter().any(|e| {
            matches!(
                e,
                egui::Event::Key { pressed: true, .. }
                    | egui::Event::PointerButton { pressed: true, .. }
                    | egui::Event::Text(_)
            )
        });
        (i.modifiers.alt, pressed)
    });
    let was = app.alt_down;
    app.alt_down = match (alt, was) {
        // Alt went down: alone so far.
        (true, None) => Some(!anything_else),
        // Still down: alone until something else is pressed.
        (true, Some(alone)) => Some(alone && !anything_else),
        (false, _) => None,
    };
    !alt && was == Some(true) && !anything_else
}

/// What each command does.
pub fn run(app: &mut App, ctx: &egui::Context, command: UiCommand) {
    match command {
        UiCommand::New => confirm_then(app, ctx, PendingAction::New),
        UiCommand::Open => confirm_then(app, ctx, PendingAction::Open(None)),
        UiCommand::OpenPath(path) => confirm_then(app, ctx, PendingAction::Open(Some(path))),
        UiCommand::Quit => confirm_then(app, ctx, PendingAction::Quit),
        UiCommand::Save => save_then(app, ctx, None),
        UiCommand::SaveAs => save_as(app, None),
        UiCommand::Export => {
            app.open_export(
                crate::exchange::ListKind::Participants,
                crate::exchange::Format::Pdf,
            );
        }
        UiCommand::Import => app.dialog = Some(Dialog::ImportChoice),
        UiCommand::Undo => {
            app.undo();
        }
        UiCommand::Redo => {
            app.redo();
        }
        UiCommand::Find => {
            app.view = View::Invitees;
            app.table.focus_search = true;
        }
        UiCommand::SelectAll => match app.view {
            View::Invitees => app.table.select_all_visible(),
            View::People => app.people.select_all_visible(),
            _ => {}
        },
        UiCommand::Copy => app.copy_rows(ctx),
        // The platform answers with a Paste event, which `handle_shortcuts` reads next frame.
        UiCommand::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
        UiCommand::ToggleDetail => app.prefs.show_detail = !app.prefs.show_detail,
        UiCommand::ToggleTheme => app.prefs.dark = !app.prefs.dark,
        UiCommand::ZoomIn => app.prefs.zoom = (app.prefs.zoom + 0.1).min(2.5),
        UiCommand::ZoomOut => app.prefs.zoom = (app.prefs.zoom - 0.1).max(0.5),
        UiCommand::ZoomReset => app.prefs.zoom = 1.0,
        UiCommand::ShowView(view) => app.view = view,
        UiCommand::GettingStarted => app.dialog = Some(Dialog::GettingStarted),
        UiCommand::Shortcuts => app.dialog = Some(Dialog::Shortcuts),
        UiCommand::AddOrganisation => app.dialog = Some(Dialog::new_organisation()),
        UiCommand::RestoreBackup => app.dialog = Some(Dialog::Backups(app.backups())),
        UiCommand::NextMeeting => {
            let Some(meeting) = app.meeting() else {
                return;
            };
            app.dialog = Some(Dialog::NextMeeting(super::NextMeetingForm {
                number: (meeting.ordinal + 1).to_string(),
                opening: String::new(),
                closing: String::new(),
                venue: meeting.venue.clone(),
                copy_delegations: false,
            }));
        }
        UiCommand::About => app.dialog = Some(Dialog::About),
        UiCommand::SetLanguage(lang) => app.set_language(lang),
    }
}

/// Runs `action` now if there is nothing unsaved, else asks first: save, discard or cancel.
fn confirm_then(app: &mut App, ctx: &egui::Context, action: PendingAction) {
    if app.document().is_dirty() {
        app.dialog = Some(Dialog::Unsaved(action));
    } else {
        proceed(app, ctx, action);
    }
}

/// Carries out an action once unsaved changes are dealt with.
pub fn proceed(app: &mut App, ctx: &egui::Context, action: PendingAction) {
    match action {
        PendingAction::New => app.new_workspace(),
        PendingAction::Open(Some(path)) => {
            app.open_path(&path);
        }
        PendingAction::Open(None) => app.ask_for_path(super::files::Ask {
            purpose: super::files::Purpose::Open,
            kind: super::files::PickKind::OpenFile,
            title: crate::t!("file-dialog-open"),
            filter: Some((crate::t!("file-filter-workspace"), vec!["ron".to_owned()])),
            file_name: None,
        }),
        PendingAction::Quit => {
            // The user chose: saved, or discarded on purpose. Nothing is left to recover.
            app.forget_recovery();
            app.quitting = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// Saves to the workspace's file, then does `then`; without a file, asks for one first (and `then` waits
/// until the workspace is saved there).
pub fn save_then(app: &mut App, ctx: &egui::Context, then: Option<PendingAction>) {
    match app.path().map(ToOwned::to_owned) {
        Some(path) => {
            if app.save_to(&path)
                && let Some(action) = then
            {
                proceed(app, ctx, action);
            }
        }
        None => save_as(app, then),
    }
}

/// Asks where to save the workspace, then saves it there and does `then`.
fn save_as(app: &mut App, then: Option<PendingAction>) {
    let suggested = app.path().and_then(|p| p.file_name()).map_or_else(
        || format!("{}.ron", suggested_stem(app)),
        |n| n.to_string_lossy().into_owned(),
    );
    app.ask_for_path(super::files::Ask {
        purpose: super::files::Purpose::SaveAs(then),
        kind: super::files::PickKind::SaveFile,
        title: crate::t!("file-dialog-save"),
        filter: Some((crate::t!("file-filter-workspace"), vec!["ron".to_owned()])),
        file_name: Some(suggested),
    });
}

fn suggested_stem(app: &App) -> String {
    app.meeting()
        .map_or_else(|| "workspace".to_owned(), |m| m.short_name.clone())
}
