//! Choosing a file or a folder. The system's dialog (rfd, through the desktop's file-chooser portal) comes
//! first; when it cannot open (no portal, as on many Linux desktops, or none at all) the app shows its own
//! (`egui_file`) with a path field, the recent folders and a question before a file is replaced. Either
//! way the chosen path goes to the same plain method (`open_path`, `save_to`, `start_export`…), which
//! tests call directly too.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::dialogs::{ExportForm, PendingAction};
use crate::exchange::import::ImportKind;
use crate::t;

/// What a chosen path is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A workspace to open.
    Open,
    /// Where to save the workspace, then what to do once saved (New, Open or Quit after "Save").
    SaveAs(Option<PendingAction>),
    /// Where to write the export the Export dialog was set to (the dialog's form, which the answer
    /// starts, or which comes back if no file is chosen).
    Export(ExportForm),
    /// The earlier workspace or list an addendum is measured against, for the Export dialog's form.
    Since(ExportForm),
    /// A file to import.
    Import(ImportKind),
    /// Where the Letters view writes its letters: a PDF, or a folder for a PDF per invitee.
    Letters,
    /// The folder the Letters view writes each invitee's registration form to.
    Forms,
    /// The folder the letters are saved to as e-mail drafts.
    Drafts,
    /// The office's letterhead (an image or a one-page PDF).
    Letterhead,
}

/// What to ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ask {
    pub purpose: Purpose,
    pub kind: PickKind,
    pub title: String,
    /// The kind of file, and the extensions it may have (`("PDF", ["pdf"])`).
    pub filter: Option<(String, Vec<String>)>,
    /// The name proposed for a file to save.
    pub file_name: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickKind {
    OpenFile,
    SaveFile,
    Folder,
}

/// How the system's dialog answered.
pub(super) enum Native {
    Chosen(PathBuf),
    Cancelled,
    /// It did not open: nothing answered, faster than anyone can cancel a dialog.
    Unavailable,
}

/// Faster than this, a dialog that returned nothing never opened.
const NO_DIALOG: Duration = Duration::from_millis(400);

/// The folders most recently used, first the latest, kept in the preferences.
pub(super) const RECENT_FOLDERS: usize = 8;

pub(super) fn native(ask: &Ask) -> Native {
    let mut dialog = rfd::FileDialog::new().set_title(&ask.title);
    if let Some((name, extensions)) = &ask.filter {
        dialog = dialog.add_filter(name, extensions);
    }
    if let Some(name) = &ask.file_name {
        dialog = dialog.set_file_name(name);
    }
    let started = Instant::now();
    let chosen = match ask.kind {
        PickKind::OpenFile => dialog.pick_file(),
        PickKind::SaveFile => dialog.save_file(),
        PickKind::Folder => dialog.pick_folder(),
    };
    match chosen {
        Some(path) => Native::Chosen(path),
        None if started.elapsed() < NO_DIALOG => Native::Unavailable,
        None => Native::Cancelled,
    }
}

/// The app's own file dialog, open over the window.
#[derive(Debug)]
pub struct Picker {
    pub ask: Ask,
    dialog: egui_file::FileDialog,
    /// The path chosen for a file that exists, waiting for "Replace".
    replace: Option<PathBuf>,
}

impl Picker {
    pub(super) fn new(ask: Ask, folder: &Path) -> Self {
        let dialog = match ask.kind {
            PickKind::OpenFile => egui_file::FileDialog::open_file(),
            PickKind::SaveFile => egui_file::FileDialog::save_file(),
            PickKind::Folder => egui_file::FileDialog::select_folder(),
        };
        let mut dialog = dialog
            .initial_path(folder)
            .title(&ask.title)
            .id(egui::Id::unique("in_app_file_dialog"))
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .default_size([560.0, 420.0])
            .keep_on_top(true)
            .show_rename(false)
            .open_button_text(t!("file-open").into())
            .save_button_text(t!("file-save").into())
            .cancel_button_text(t!("dialog-cancel").into())
            .new_folder_button_text(t!("file-new-folder").into())
            .new_folder_name_text(t!("file-new-folder-name").into())
            .refresh_button_hover_text(t!("file-refresh").into())
            .parent_folder_button_hover_text(t!("file-parent").into())
            .file_label_text(t!("file-name-label").into())
            .show_hidden_checkbox_text(t!("file-show-hidden").into());
        if let Some(name) = &ask.file_name {
            dialog = dialog.default_filename(name.clone());
        }
        if let Some((_, extensions)) = &ask.filter {
            let extensions = extensions.clone();
            // Folders always show, to walk into; files only of the kind asked for.
            dialog = dialog.show_files_filter(Box::new(move |path: &Path| {
                path.is_dir()
                    || path
                        .extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
            }));
        }
        dialog.open();
        Self {
            ask,
            dialog,
            replace: None,
        }
    }

    /// The folder shown.
    pub fn folder(&self) -> &Path {
        self.dialog.directory()
    }

    /// Shows another folder (a recent one, or one typed in).
    pub fn show_folder(&mut self, folder: &Path) {
        self.dialog.set_path(folder);
    }
}

/// What the picker did this frame.
pub(super) enum Step {
    Open,
    Chosen(PathBuf),
    Closed,
}

/// One frame of the app's file dialog: the dialog, the recent folders beside it, and the question
/// before a file is replaced.
pub(super) fn picker_step(ctx: &egui::Context, picker: &mut Picker, recent: &[PathBuf]) -> Step {
    if let Some(path) = picker.replace.clone() {
        return replace_question(ctx, picker, &path);
    }
    picker.dialog.show(ctx);
    match picker.dialog.state() {
        egui_file::State::Selected => {
            let Some(path) = picker.dialog.path().map(Path::to_owned) else {
                return Step::Closed;
            };
            let path = with_extension(&picker.ask, path);
            if picker.ask.kind == PickKind::SaveFile && path.exists() {
                picker.replace = Some(path);
                return Step::Open;
            }
            Step::Chosen(path)
        }
        egui_file::State::Cancelled | egui_file::State::Closed => Step::Closed,
        egui_file::State::Open => {
            recent_folders(ctx, picker, recent);
            Step::Open
        }
    }
}

/// A file saved without its extension gets the one asked for ("list" becomes "list.pdf").
fn with_extension(ask: &Ask, path: PathBuf) -> PathBuf {
    match (&ask.kind, &ask.filter) {
        (PickKind::SaveFile, Some((_, extensions))) if path.extension().is_none() => {
            match extensions.first() {
                Some(extension) => path.with_extension(extension),
                None => path,
            }
        }
        _ => path,
    }
}

/// The recent folders, beside the dialog: a click shows one.
fn recent_folders(ctx: &egui::Context, picker: &mut Picker, recent: &[PathBuf]) {
    if recent.is_empty() {
        return;
    }
    let mut chosen = None;
    egui::Window::new(t!("file-recent"))
        .id(egui::Id::unique("in_app_file_dialog_recent"))
        .anchor(egui::Align2::LEFT_CENTER, [12.0, 0.0])
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.ctx().move_to_top(ui.layer_id());
            for folder in recent {
                let name = folder.file_name().map_or_else(
                    || folder.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                if ui
                    .selectable_label(folder.as_path() == picker.folder(), name)
                    .on_hover_text(folder.display().to_string())
                    .clicked()
                {
                    chosen = Some(folder.clone());
                }
            }
        });
    if let Some(folder) = chosen {
        picker.show_folder(&folder);
    }
}

/// "The file exists: replace it?" Replace writes over it; Cancel goes back to the dialog.
fn replace_question(ctx: &egui::Context, picker: &mut Picker, path: &Path) -> Step {
    let mut step = Step::Open;
    egui::Modal::new(egui::Id::unique("replace_question")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(t!("file-replace-title"));
        ui.label(t!("file-replace-text", path = path.display().to_string()));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t!("file-replace")).clicked() {
                step = Step::Chosen(path.to_path_buf());
            }
            if ui.button(t!("dialog-cancel")).clicked() {
                picker.replace = None;
                picker.dialog.open();
            }
        });
    });
    step
}
