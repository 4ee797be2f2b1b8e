//! Asking for a path, and carrying out the answer: the system's file dialog first, the app's own
//! ([`Picker`]) when that cannot open; the path chosen goes where the question's [`Purpose`] says (open,
//! save, export, import, letters, drafts, a letterhead), and a question abandoned brings back the dialog
//! that asked.

use std::path::Path;

use super::dialogs::Dialog;
use super::files::{Ask, Native, Picker, Purpose, RECENT_FOLDERS, Step, native, picker_step};
use super::state::App;
use crate::exchange::letters::LettersOutput;

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
