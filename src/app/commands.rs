//! User-facing commands: one definition of each (its label, and in [`BINDINGS`] its shortcuts and where
//! they work), from which the menus, the keyboard, Help › Keyboard shortcuts and whether a command can run
//! now are all drawn. What each command does is in `action.rs`.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::view::View;

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

    /// The keyboard shortcut shown beside the command (its first binding).
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        bindings()
            .into_iter()
            .find(|b| b.command == *self)
            .map(|b| b.shortcut)
    }

    /// Every command that has a shortcut, once each, in the order Help › Keyboard shortcuts lists them.
    pub fn with_shortcuts() -> Vec<Self> {
        let mut all: Vec<Self> = Vec::new();
        for binding in bindings() {
            if !all.contains(&binding.command) {
                all.push(binding.command);
            }
        }
        all
    }

    /// Whether the command can run now, or why not (shown on its menu item, and said when a shortcut asks
    /// for it). What changes or replaces the document waits while a job runs on the workspace: the job's
    /// result goes into this document.
    pub fn enabled(&self, can: &Availability) -> Result<(), String> {
        let changes_document = matches!(
            self,
            Self::New
                | Self::Open
                | Self::OpenPath(_)
                | Self::Undo
                | Self::Redo
                | Self::Import
                | Self::Paste
                | Self::RestoreBackup
                | Self::NextMeeting
                | Self::Quit
        );
        if changes_document && let Some(reason) = &can.busy {
            return Err(reason.clone());
        }
        match self {
            Self::Undo if !can.undo => Err(crate::t!("cmd-nothing-to-undo")),
            Self::Redo if !can.redo => Err(crate::t!("cmd-nothing-to-redo")),
            _ => Ok(()),
        }
    }
}

/// What the commands can do this frame: whether a job holds the document (and why), and whether there
/// is something to undo or redo.
#[derive(Clone, Debug, Default)]
pub struct Availability {
    /// Why commands that change the document wait, while a job runs.
    pub busy: Option<String>,
    pub undo: bool,
    pub redo: bool,
}

/// Where a shortcut works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere, even while typing in a field (Save, Find…).
    Anywhere,
    /// Outside a text field: inside one the key is the field's own (Ctrl+Z undoes the typing, Ctrl+A
    /// selects its text).
    OutsideText,
    /// Delivered by the platform as an event (Copy, Paste), read outside a text field.
    Event,
}

/// A shortcut of a command, and where it works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub command: UiCommand,
    pub shortcut: KeyboardShortcut,
    pub scope: Scope,
}

/// Every shortcut of the app: the one list the menus, the keyboard and Help › Keyboard shortcuts read.
/// Redo has two (Ctrl+Shift+Z and Ctrl+Y). Zoom keys are egui's own (Ctrl +, Ctrl -, Ctrl 0).
pub fn bindings() -> Vec<Binding> {
    let cmd = Modifiers::COMMAND;
    let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
    let bind = |command, modifiers, key, scope| Binding {
        command,
        shortcut: KeyboardShortcut::new(modifiers, key),
        scope,
    };
    let mut all = vec![
        bind(UiCommand::New, cmd, Key::N, Scope::Anywhere),
        bind(UiCommand::Open, cmd, Key::O, Scope::Anywhere),
        bind(UiCommand::Save, cmd, Key::S, Scope::Anywhere),
        bind(UiCommand::SaveAs, cmd_shift, Key::S, Scope::Anywhere),
        bind(UiCommand::Export, cmd, Key::E, Scope::Anywhere),
        bind(UiCommand::Import, cmd, Key::I, Scope::Anywhere),
        bind(UiCommand::Quit, cmd, Key::Q, Scope::Anywhere),
        bind(UiCommand::Undo, cmd, Key::Z, Scope::OutsideText),
        bind(UiCommand::Redo, cmd_shift, Key::Z, Scope::OutsideText),
        bind(UiCommand::Redo, cmd, Key::Y, Scope::OutsideText),
        bind(UiCommand::Find, cmd, Key::F, Scope::Anywhere),
        bind(UiCommand::SelectAll, cmd, Key::A, Scope::OutsideText),
        bind(UiCommand::Copy, cmd, Key::C, Scope::Event),
        bind(UiCommand::Paste, cmd, Key::V, Scope::Event),
        bind(UiCommand::ZoomIn, cmd, Key::Plus, Scope::Event),
        bind(UiCommand::ZoomOut, cmd, Key::Minus, Scope::Event),
        bind(UiCommand::ZoomReset, cmd, Key::Num0, Scope::Event),
    ];
    const KEYS: [Key; 9] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    for (view, key) in View::ALL.into_iter().zip(KEYS) {
        all.push(bind(UiCommand::ShowView(view), cmd, key, Scope::Anywhere));
    }
    all
}
