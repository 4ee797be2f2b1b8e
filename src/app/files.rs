//! Choosing a file or a folder. The system's dialog (rfd, through the desktop's file-chooser portal) comes
//! first; when it cannot open (no portal, as on many Linux desktops, or none at all) the app shows its own
//! (`egui_file`) with a path field, the recent folders and a question before a file is replaced. Either
//! way the chosen path goes to the same plain method (`open_path`, `save_to`, `start_export`…), which
//! tests call directly too.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::App;
use super::dialogs::{Dialog, ExportForm, PendingAction};
use crate::exchange::import::ImportKind;
use crate::exchange::letters::LettersOutput;
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
enum Native {
    Chosen(PathBuf),
    Cancelled,
    /// It did not open: nothing answered, faster than anyone can cancel a dialog.
    Unavailable,
}

/// Faster than this, a dialog that returned nothing never opened.
const NO_DIALOG: Duration = Duration::from_millis(400);

/// The folders most recently used, first the latest, kept in the preferences.
const RECENT_FOLDERS: usize = 8;

fn native(ask: &Ask) -> Native {
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
    fn new(ask: Ask, folder: &Path) -> Self {
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
enum Step {
    Open,
    Chosen(PathBuf),
    Closed,
}

impl App {
    /// Asks for a path for `ask.purpose`: the system's dialog first, the app's own when that cannot open
    /// (or when the app is set to use its own). The chosen path is handled now or, with the app's dialog,
    /// when the user chooses.
    pub fn ask_for_path(&mut self, ask: Ask) {
        if !self.shell.in_app_file_dialog {
            match native(&ask) {
                Native::Chosen(path) => {
                    self.path_chosen(ask.purpose, &path);
                    return;
                }
                Native::Cancelled => {
                    self.path_abandoned(ask.purpose);
                    return;
                }
                // From now on this session goes straight to the app's own dialog.
                Native::Unavailable => self.shell.in_app_file_dialog = true,
            }
        }
        let folder = self
            .prefs
            .recent_folders
            .first()
            .cloned()
            .or_else(|| self.work.path().and_then(Path::parent).map(Path::to_owned))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        self.shell.file_picker = Some(Picker::new(ask, &folder));
    }

    /// Uses the app's own file dialog rather than the system's (tests, and desktops whose dialog does not
    /// open).
    pub fn use_in_app_file_dialog(&mut self, yes: bool) {
        self.shell.in_app_file_dialog = yes;
    }

    /// The app's own file dialog, if it is open.
    pub fn file_picker(&self) -> Option<&Picker> {
        self.shell.file_picker.as_ref()
    }

    /// Carries out what a path was chosen for, and remembers its folder.
    fn path_chosen(&mut self, purpose: Purpose, path: &Path) {
        let folder = if path.is_dir() {
            Some(path)
        } else {
            path.parent()
        };
        if let Some(folder) = folder.filter(|f| !f.as_os_str().is_empty()) {
            let folder = folder.to_owned();
            self.prefs.recent_folders.retain(|f| *f != folder);
            self.prefs.recent_folders.insert(0, folder);
            self.prefs.recent_folders.truncate(RECENT_FOLDERS);
        }
        match purpose {
            Purpose::Open => {
                self.open_path(path);
            }
            Purpose::SaveAs(then) => {
                if self.save_to(path)
                    && let Some(action) = then
                {
                    self.shell.after_save = Some(action);
                }
            }
            Purpose::Export(form) => {
                self.jobs().start_export(&form, path);
            }
            Purpose::Since(mut form) => {
                form.since = path.display().to_string();
                self.work.dialog = Some(Dialog::Export(form));
            }
            Purpose::Import(kind) => self.jobs().start_import_preview(path, kind),
            Purpose::Letters => {
                let output = if self.views.letters.form.per_invitee {
                    LettersOutput::PdfPerInvitee(path.to_owned())
                } else {
                    LettersOutput::OnePdf(path.to_owned())
                };
                self.jobs().write_letters(output);
            }
            Purpose::Forms => {
                self.jobs()
                    .write_letters(LettersOutput::Forms(path.to_owned()));
            }
            Purpose::Drafts => {
                self.jobs().save_drafts(path);
            }
            Purpose::Letterhead => match crate::exchange::letterhead::read(path) {
                // The image (or one-page PDF) becomes the workspace's letterhead, as one undo step.
                Ok(letterhead) => {
                    let mut settings = self.work.workspace().settings.clone();
                    settings.letterhead = Some(Box::new(letterhead));
                    self.work.edit(crate::edit::Edit::SetWorkspaceInfo {
                        name: self.work.workspace().name.clone(),
                        settings,
                    });
                }
                Err(err) => self.work.show_error(
                    &crate::t!("head-title"),
                    crate::exchange::words::letterhead_error(&err),
                ),
            },
        }
    }

    /// Answers the file dialog that is open with `path`, as choosing it there does (tests, which cannot
    /// type into the dialog's own fields). Returns whether a dialog was open.
    pub fn choose_path(&mut self, path: &Path) -> bool {
        let Some(picker) = self.shell.file_picker.take() else {
            return false;
        };
        self.path_chosen(picker.ask.purpose, path);
        true
    }

    /// No path was chosen: the dialog that asked comes back as it was.
    fn path_abandoned(&mut self, purpose: Purpose) {
        match purpose {
            Purpose::Export(form) | Purpose::Since(form) => {
                self.work.dialog = Some(Dialog::Export(form));
            }
            Purpose::Import(_) => self.work.dialog = Some(Dialog::ImportChoice),
            _ => {}
        }
    }

    /// Shows the app's file dialog, if open, and carries out the choice.
    pub(super) fn file_picker_ui(&mut self, ctx: &egui::Context) {
        let Some(mut picker) = self.shell.file_picker.take() else {
            return;
        };
        match picker_step(ctx, &mut picker, &self.prefs.recent_folders) {
            Step::Open => self.shell.file_picker = Some(picker),
            Step::Closed => self.path_abandoned(picker.ask.purpose),
            Step::Chosen(path) => self.path_chosen(picker.ask.purpose, &path),
        }
    }
}

/// One frame of the app's file dialog: the dialog, the recent folders beside it, and the question
/// before a file is replaced.
fn picker_step(ctx: &egui::Context, picker: &mut Picker, recent: &[PathBuf]) -> Step {
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
