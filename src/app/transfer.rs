//! File ▸ Export… and File ▸ Import…: the dialogs, and the work they start off the UI thread.
//!
//! Each dialog ends in a plain method ([`App::start_export`], [`App::start_import_preview`],
//! [`App::apply_import`]) that the file pickers call and tests call directly. Exports and import previews run
//! on a worker thread; the window shows a spinner with Cancel, and a cancelled job's result is dropped,
//! so nothing is written.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use egui::{RichText, TextEdit, Ui};

use super::App;
use super::dialogs::Dialog;
use super::widgets::parse_date;
use crate::exchange::import::{self, Preview};
use crate::exchange::tabular::CsvOptions;
use crate::exchange::{ExportRequest, Format, ListKind};
use crate::model::Date;

/// What the Export dialog holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportForm {
    pub list: ListKind,
    pub format: Format,
    /// The document number after the meeting's symbol prefix ("INF.2").
    pub number: String,
    pub date: String,
    pub internal: bool,
    pub semicolon: bool,
    pub bom: bool,
    /// Export the invitation list as the table is filtered now.
    pub use_filter: bool,
    /// For an addendum: the earlier workspace file.
    pub since: String,
}

impl ExportForm {
    pub fn new(today: Date) -> Self {
        Self {
            list: ListKind::Participants,
            format: Format::Pdf,
            number: String::new(),
            date: today.to_string(),
            internal: false,
            semicolon: false,
            bom: true,
            use_filter: true,
            since: String::new(),
        }
    }
}

/// Delegates or replies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    Delegates,
    Replies,
}

impl ImportKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Delegates => "Delegates",
            Self::Replies => "Invitation replies",
        }
    }
}

/// What the import preview holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportState {
    pub path: PathBuf,
    pub kind: ImportKind,
    pub preview: Preview,
    pub excluded: BTreeSet<usize>,
}

/// Work running off the UI thread.
pub struct Job {
    pub label: String,
    receiver: mpsc::Receiver<JobDone>,
}

enum JobDone {
    Exported {
        path: PathBuf,
        result: Result<Vec<u8>, String>,
    },
    Previewed {
        path: PathBuf,
        kind: ImportKind,
        result: Result<Preview, String>,
    },
}

impl App {
    /// Whether an export or import is running.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// Starts exporting with the Export dialog's choices to `path`. Returns `false` (and says why in the
    /// dialog) when a choice is not valid.
    pub fn start_export(&mut self, path: &Path) -> bool {
        let Some(Dialog::Export(form)) = self.dialog.clone() else {
            return false;
        };
        let request = match self.export_request(&form) {
            Ok(request) => request,
            Err(message) => {
                self.dialog = Some(Dialog::Error {
                    title: "Could not export".to_owned(),
                    message,
                });
                return false;
            }
        };
        let workspace = self.workspace().clone();
        let (sender, receiver) = mpsc::channel();
        let target = path.to_owned();
        std::thread::spawn(move || {
            let result =
                crate::exchange::export(&workspace, &request).map_err(|e| format!("{e:#}"));
            // The receiver is gone when the user cancelled: nothing to do then.
            let _ = sender.send(JobDone::Exported {
                path: target,
                result,
            });
        });
        self.job = Some(Job {
            label: format!("Exporting the {}…", form.list.label().to_lowercase()),
            receiver,
        });
        self.dialog = None;
        true
    }

    fn export_request(&self, form: &ExportForm) -> Result<ExportRequest, String> {
        let date = parse_date(&form.date)
            .map_err(|reason| format!("The date {:?}: {reason}.", form.date))?
            .ok_or_else(|| "Enter the date to print on the document.".to_owned())?;
        let since = if form.list == ListKind::Addendum {
            let path = PathBuf::from(form.since.trim());
            if form.since.trim().is_empty() {
                return Err(
                    "An addendum compares with an earlier workspace file: choose it first."
                        .to_owned(),
                );
            }
            Some(crate::exchange::Earlier::load(
                &path,
                self.workspace(),
                self.meeting_index(),
            )?)
        } else {
            None
        };
        let only = (form.list == ListKind::Invitations && form.use_filter)
            .then(|| self.table.visible_rows().map(|r| r.id.clone()).collect());
        Ok(ExportRequest {
            list: form.list,
            format: form.format,
            meeting: self.meeting_index(),
            document_number: form.number.trim().to_owned(),
            date,
            internal: form.internal,
            csv: CsvOptions {
                delimiter: if form.semicolon { b';' } else { b',' },
                bom: form.bom,
            },
            since,
            only,
            first_seat: self.seating_first.clone(),
            letters: self.letter_options(),
        })
    }

    /// Reads a delegates or replies file and prepares its preview, off the UI thread.
    pub fn start_import_preview(&mut self, path: &Path, kind: ImportKind) {
        let workspace = self.workspace().clone();
        let meeting = self.meeting_index();
        let (sender, receiver) = mpsc::channel();
        let target = path.to_owned();
        std::thread::spawn(move || {
            let result = std::fs::read(&target)
                .map_err(|e| format!("Could not read the file: {e}"))
                .and_then(|bytes| import::read_table(&bytes).map_err(|e| e.to_string()))
                .and_then(|table| {
                    match kind {
                        ImportKind::Delegates => {
                            import::preview_delegates(&workspace, meeting, &table)
                        }
                        ImportKind::Replies => import::preview_replies(&workspace, meeting, &table),
                    }
                    .map_err(|e| e.to_string())
                });
            let _ = sender.send(JobDone::Previewed {
                path: target,
                kind,
                result,
            });
        });
        self.job = Some(Job {
            label: format!("Reading {}…", path.display()),
            receiver,
        });
        self.dialog = None;
    }

    /// Imports what the preview shows, less the excluded rows, as one undo step.
    pub fn apply_import(&mut self) -> bool {
        let Some(Dialog::ImportPreview(state)) = self.dialog.clone() else {
            return false;
        };
        match state.preview.edit(self.workspace(), &state.excluded) {
            Err(problems) => {
                self.notice = Some(format!(
                    "{} problems stand in the way; exclude their rows",
                    problems.len()
                ));
                false
            }
            Ok(None) => {
                self.dialog = None;
                self.notice = Some(
                    "Nothing to import: the file says what the workspace already says".to_owned(),
                );
                true
            }
            Ok(Some(edit)) => {
                let (added, changed) = (state.preview.added(), state.preview.changed());
                if self.edit(edit) {
                    self.dialog = None;
                    self.notice = Some(format!(
                        "Imported {} from {}: {added} added, {changed} changed",
                        state.kind.label().to_lowercase(),
                        state.path.display()
                    ));
                    self.table.clear_filters();
                }
                true
            }
        }
    }

    /// Drops the running job: its result will be ignored and nothing written.
    pub fn cancel_job(&mut self) {
        if let Some(job) = self.job.take() {
            self.notice = Some(format!("Cancelled: {}", job.label.trim_end_matches('…')));
        }
    }

    /// Takes the result of a finished job, if any (called every frame).
    pub(crate) fn poll_job(&mut self) {
        let Some(job) = &self.job else {
            return;
        };
        let done = match job.receiver.try_recv() {
            Ok(done) => done,
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.job = None;
                self.dialog = Some(Dialog::Error {
                    title: "The work stopped".to_owned(),
                    message:
                        "The export or import stopped before it finished. Nothing was written."
                            .to_owned(),
                });
                return;
            }
        };
        self.job = None;
        match done {
            JobDone::Exported { path, result } => match result {
                Ok(bytes) => match crate::exchange::write_export(&path, &bytes) {
                    Ok(()) => self.notice = Some(format!("Exported to {}", path.display())),
                    Err(err) => {
                        self.dialog = Some(Dialog::Error {
                            title: "Could not write the export".to_owned(),
                            message: format!("{err:#}"),
                        });
                    }
                },
                Err(message) => {
                    self.dialog = Some(Dialog::Error {
                        title: "Could not export".to_owned(),
                        message,
                    });
                }
            },
            JobDone::Previewed { path, kind, result } => match result {
                Ok(preview) => {
                    self.dialog = Some(Dialog::ImportPreview(ImportState {
                        path,
                        kind,
                        preview,
                        excluded: BTreeSet::new(),
                    }));
                }
                Err(message) => {
                    self.dialog = Some(Dialog::Error {
                        title: "Could not import".to_owned(),
                        message: format!("{message}\nFile: {}", path.display()),
                    });
                }
            },
        }
    }
}

/// What the user asked for in a transfer dialog this frame.
pub enum TransferOutcome {
    Close,
    PickExportPath,
    PickSince,
    PickImportFile(ImportKind),
    Import,
}

/// The Export dialog's body.
pub fn export_ui(ui: &mut Ui, form: &mut ExportForm, filtered: usize) -> Option<TransferOutcome> {
    let mut outcome = None;
    ui.heading("Export");
    egui::Grid::new("export_form")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label("List");
            egui::ComboBox::from_id_salt("export_list")
                .selected_text(form.list.label())
                .width(300.0)
                .show_ui(ui, |ui| {
                    for list in ListKind::ALL {
                        ui.selectable_value(&mut form.list, list, list.label());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Format");
            egui::ComboBox::from_id_salt("export_format")
                .selected_text(form.format.label())
                .show_ui(ui, |ui| {
                    for format in Format::ALL {
                        ui.selectable_value(&mut form.format, format, format.label());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Document number");
            ui.add(
                TextEdit::singleline(&mut form.number)
                    .hint_text("INF.2")
                    .desired_width(120.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Date on the document");
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(&mut form.date)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(100.0),
                )
                .labelled_by(label.id);
                if let Err(reason) = parse_date(&form.date) {
                    ui.colored_label(ui.visuals().error_fg_color, reason);
                }
            });
            ui.end_row();
            if form.list == ListKind::Addendum {
                let label = ui.label("Earlier workspace");
                ui.horizontal(|ui| {
                    ui.add(
                        TextEdit::singleline(&mut form.since)
                            .hint_text(
                                "the earlier workspace (.ron) or the issued list (.csv, .xlsx)",
                            )
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                    if ui.button("Choose…").clicked() {
                        outcome = Some(TransferOutcome::PickSince);
                    }
                });
                ui.end_row();
            }
        });
    if matches!(form.format, Format::Csv | Format::Xlsx)
        && matches!(form.list, ListKind::Participants | ListKind::Addendum)
    {
        ui.checkbox(
            &mut form.internal,
            "Internal list: add gender, email and phone",
        );
    }
    if form.format == Format::Csv {
        ui.checkbox(
            &mut form.semicolon,
            "Semicolons between columns (Excel with a decimal comma)",
        );
        ui.checkbox(&mut form.bom, "Byte-order mark, so Excel reads UTF-8");
    }
    if form.list == ListKind::Invitations {
        ui.checkbox(
            &mut form.use_filter,
            format!("Only the {filtered} invitees the table shows now"),
        );
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let valid = parse_date(&form.date).is_ok_and(|d| d.is_some())
            && (form.list != ListKind::Addendum || !form.since.trim().is_empty());
        if ui
            .add_enabled(valid, egui::Button::new("Export…"))
            .clicked()
        {
            outcome = Some(TransferOutcome::PickExportPath);
        }
        if ui.button("Cancel").clicked() {
            outcome = Some(TransferOutcome::Close);
        }
    });
    outcome
}

/// The Import dialog before a file is chosen.
pub fn import_choice_ui(ui: &mut Ui) -> Option<TransferOutcome> {
    let mut outcome = None;
    ui.heading("Import");
    ui.label("Nothing is written until you have seen a preview of every change and every problem.");
    ui.add_space(6.0);
    ui.label(RichText::new(
        "Delegates: columns delegation (ISO code, organisation id or name), role, honorific, given_name, \
         family_name, function, gender, email, phone, in any order.",
    ).small());
    ui.label(RichText::new("Replies: columns invitee, reply, date, reference.").small());
    ui.label(
        RichText::new("CSV (UTF-8, UTF-16 or Windows-1251; commas, semicolons or tabs) or XLSX.")
            .small(),
    );
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Delegates…").clicked() {
            outcome = Some(TransferOutcome::PickImportFile(ImportKind::Delegates));
        }
        if ui.button("Replies…").clicked() {
            outcome = Some(TransferOutcome::PickImportFile(ImportKind::Replies));
        }
        if ui.button("Cancel").clicked() {
            outcome = Some(TransferOutcome::Close);
        }
    });
    outcome
}

/// The import preview: what would change, what is wrong, rows to leave out.
pub fn preview_ui(ui: &mut Ui, state: &mut ImportState) -> Option<TransferOutcome> {
    let mut outcome = None;
    let preview = &state.preview;
    ui.heading(format!("Import {}", state.kind.label().to_lowercase()));
    ui.label(format!("{} ({})", state.path.display(), preview.detected));
    ui.label(format!(
        "{} to add, {} to change, {} problem{}",
        preview.added(),
        preview.changed(),
        preview.problems.len(),
        if preview.problems.len() == 1 { "" } else { "s" }
    ));
    if !preview.problems.is_empty() {
        ui.add_space(6.0);
        ui.strong("Problems");
        egui::ScrollArea::vertical()
            .id_salt("problems")
            .max_height(180.0)
            .show(ui, |ui| {
                for problem in &preview.problems {
                    let mut excluded = state.excluded.contains(&problem.row);
                    ui.horizontal(|ui| {
                        if ui
                            .checkbox(&mut excluded, format!("Leave out row {}", problem.row))
                            .changed()
                        {
                            if excluded {
                                state.excluded.insert(problem.row);
                            } else {
                                state.excluded.remove(&problem.row);
                            }
                        }
                        ui.colored_label(
                            ui.visuals().error_fg_color,
                            format!(
                                "column {}: {:?}: {}",
                                problem.column, problem.value, problem.reason
                            ),
                        );
                    });
                }
            });
        if ui.button("Leave out every row with a problem").clicked() {
            state.excluded.extend(preview.rows_with_problems());
        }
    }
    ui.add_space(6.0);
    ui.strong("Changes");
    egui::ScrollArea::vertical()
        .id_salt("changes")
        .max_height(220.0)
        .show(ui, |ui| {
            if preview.actions.is_empty() {
                ui.label(RichText::new("None").weak());
            }
            for (row, _, line) in &preview.actions {
                let text = format!("Row {row}: {line}");
                if state.excluded.contains(row) {
                    ui.label(RichText::new(text).strikethrough().weak());
                } else {
                    ui.label(text);
                }
            }
        });
    let blocking = preview.blocking(&state.excluded).len();
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let button = ui
            .add_enabled(blocking == 0, egui::Button::new("Import"))
            .on_disabled_hover_text("Leave out the rows with problems, or fix the file");
        if button.clicked() {
            outcome = Some(TransferOutcome::Import);
        }
        if ui.button("Cancel").clicked() {
            outcome = Some(TransferOutcome::Close);
        }
        if blocking > 0 {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!(
                    "{blocking} problem{} to resolve",
                    if blocking == 1 { "" } else { "s" }
                ),
            );
        }
    });
    outcome
}

/// The spinner shown while a job runs; returns `true` when the user cancels.
pub fn busy_ui(ctx: &egui::Context, label: &str) -> bool {
    let mut cancel = false;
    egui::Modal::new(egui::Id::unique("busy")).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label(label);
        });
        ui.add(
            egui::ProgressBar::new(0.0)
                .animate(true)
                .desired_width(320.0),
        );
        if ui.button("Cancel").clicked() {
            cancel = true;
        }
    });
    cancel
}
