//! File ▸ Export… and File ▸ Import…: the dialogs, and the work they start off the UI thread.
//!
//! Each dialog ends in a plain method ([`App::start_export`], [`App::start_import_preview`],
//! [`App::apply_import`]) that the file pickers call and tests call directly. Exports and import previews run
//! on a worker thread; the window shows a spinner with Cancel, and a cancelled job's result is dropped,
//! so nothing is written.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};

use egui::{RichText, TextEdit, Ui};

use super::App;
use super::dialogs::Dialog;
use super::widgets::parse_date;
pub use crate::exchange::import::ImportKind;
use crate::exchange::import::{self, Preview};
use crate::exchange::letters::{LettersJob, LettersOutput};
use crate::exchange::tabular::CsvOptions;
use crate::exchange::{ExportRequest, Format, ListKind};

use crate::model::{Date, Workspace};
use crate::t;

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
    /// The language of the document.
    pub lang: crate::i18n::Lang,
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
            lang: crate::i18n::language(),
        }
    }
}

impl ImportKind {
    pub fn label(self) -> String {
        match self {
            Self::Delegates => t!("import-delegates"),
            Self::Replies => t!("import-replies"),
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
    /// How much is done, of how much, for work that counts (letters); `None` otherwise.
    progress: Option<(Arc<AtomicUsize>, usize)>,
    /// Set by Cancel: work that can stop half-way (letters) stops and removes what it wrote.
    cancelled: Arc<AtomicBool>,
}

impl Job {
    fn new(label: String, receiver: mpsc::Receiver<JobDone>) -> Self {
        Self {
            label,
            receiver,
            progress: None,
            cancelled: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Done and total, when the work counts.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.progress
            .as_ref()
            .map(|(done, total)| (done.load(Ordering::Relaxed), *total))
    }
}

enum JobDone {
    Letters {
        job: LettersJob,
        output: LettersOutput,
        mark: bool,
        result: Result<usize, String>,
    },
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
                    title: t!("xfer-error-export"),
                    message,
                });
                return false;
            }
        };
        let workspace = self.workspace().clone();
        let (sender, receiver) = mpsc::channel();
        let target = path.to_owned();
        std::thread::spawn(move || {
            let result = crate::exchange::export(&workspace, &request)
                .map_err(|e| crate::exchange::words::export_error(&e));
            // The receiver is gone when the user cancelled: nothing to do then.
            let _ = sender.send(JobDone::Exported {
                path: target,
                result,
            });
        });
        self.job = Some(Job::new(
            t!(
                "xfer-exporting",
                list = crate::exchange::words::list(form.list).to_lowercase()
            ),
            receiver,
        ));
        self.dialog = None;
        true
    }

    fn export_request(&self, form: &ExportForm) -> Result<ExportRequest, String> {
        let date = parse_date(&form.date)
            .map_err(|reason| t!("xfer-bad-date", date = form.date.clone(), reason = reason))?
            .ok_or_else(|| t!("xfer-need-date"))?;
        let since = if form.list == ListKind::Addendum {
            let path = PathBuf::from(form.since.trim());
            if form.since.trim().is_empty() {
                return Err(t!("xfer-need-earlier"));
            }
            Some(
                crate::exchange::Earlier::load(&path, self.workspace(), self.meeting_index())
                    .map_err(|e| crate::exchange::words::earlier_error(&e))?,
            )
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
            letters: self.letter_options()?,
            lang: form.lang,
        })
    }

    /// Reads a delegates or replies file and prepares its preview, off the UI thread.
    pub fn start_import_preview(&mut self, path: &Path, kind: ImportKind) {
        let workspace = self.workspace().clone();
        let meeting = self.meeting_index();
        let (sender, receiver) = mpsc::channel();
        let target = path.to_owned();
        std::thread::spawn(move || {
            let result =
                crate::storage::read_regular(&target, crate::model::limits::MAX_IMPORT_BYTES)
                    .map_err(|e| {
                        t!(
                            "xfer-read-error",
                            error = crate::storage::words::read_error(&e)
                        )
                    })
                    .and_then(|bytes| {
                        import::read_table(&bytes)
                            .map_err(|e| crate::exchange::words::import_error(&e))
                    })
                    .and_then(|table| {
                        match kind {
                            ImportKind::Delegates => {
                                import::preview_delegates(&workspace, meeting, &table)
                            }
                            ImportKind::Replies => {
                                import::preview_replies(&workspace, meeting, &table)
                            }
                        }
                        .map_err(|e| crate::exchange::words::import_error(&e))
                    });
            let _ = sender.send(JobDone::Previewed {
                path: target,
                kind,
                result,
            });
        });
        self.job = Some(Job::new(
            t!("xfer-reading", path = path.display().to_string()),
            receiver,
        ));
        self.dialog = None;
    }

    /// Imports what the preview shows, less the excluded rows, as one undo step.
    pub fn apply_import(&mut self) -> bool {
        let Some(Dialog::ImportPreview(state)) = self.dialog.clone() else {
            return false;
        };
        match state.preview.edit(self.workspace(), &state.excluded) {
            Err(problems) => {
                self.notice = Some(t!("xfer-blocked", count = problems.len()));
                false
            }
            Ok(None) => {
                self.dialog = None;
                self.notice = Some(t!("xfer-nothing"));
                true
            }
            Ok(Some(edit)) => {
                let (added, changed) = (state.preview.added(), state.preview.changed());
                if self.edit(edit) {
                    self.dialog = None;
                    self.notice = Some(t!(
                        "xfer-imported",
                        what = state.kind.label().to_lowercase(),
                        path = state.path.display().to_string(),
                        added = added,
                        changed = changed
                    ));
                    self.table.clear_filters();
                }
                true
            }
        }
    }

    /// Writes a prepared run of letters on the worker thread, with progress; then, if `mark`, marks the
    /// invitees as invited as one undo step.
    pub(crate) fn start_letters(&mut self, job: LettersJob, output: LettersOutput, mark: bool) {
        let (sender, receiver) = mpsc::channel();
        let mut running = Job::new(t!("let-writing", count = job.letters.len()), receiver);
        let done = Arc::new(AtomicUsize::new(0));
        running.progress = Some((done.clone(), job.letters.len()));
        let cancelled = running.cancelled.clone();
        std::thread::spawn(move || {
            let result = job
                .write(
                    &output,
                    &|n, _| done.store(n, Ordering::Relaxed),
                    &cancelled,
                )
                .map_err(|e| crate::exchange::words::letters_error(&e));
            let _ = sender.send(JobDone::Letters {
                job,
                output,
                mark,
                result,
            });
        });
        self.job = Some(running);
        self.dialog = None;
    }

    /// Drops the running job: its result will be ignored and nothing written (letters written so far are
    /// removed by the worker).
    pub fn cancel_job(&mut self) {
        if let Some(job) = self.job.take() {
            job.cancelled.store(true, Ordering::Relaxed);
            self.notice = Some(t!(
                "xfer-cancelled",
                what = job.label.trim_end_matches('…').to_owned()
            ));
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
                    title: t!("xfer-stopped-title"),
                    message: t!("xfer-stopped-text"),
                });
                return;
            }
        };
        self.job = None;
        match done {
            JobDone::Letters {
                job,
                output,
                mark,
                result,
            } => self.letters_done(&job, &output, mark, result),
            JobDone::Exported { path, result } => match result {
                Ok(bytes) => match crate::exchange::write_export(&path, &bytes) {
                    Ok(()) => {
                        self.notice = Some(t!("xfer-exported", path = path.display().to_string()))
                    }
                    Err(err) => {
                        self.dialog = Some(Dialog::Error {
                            title: t!("xfer-error-write"),
                            message: crate::storage::words::write_error(&err),
                        });
                    }
                },
                Err(message) => {
                    self.dialog = Some(Dialog::Error {
                        title: t!("xfer-error-export"),
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
                        title: t!("xfer-error-import"),
                        message: format!(
                            "{message}\n{}",
                            t!("dialog-file", path = path.display().to_string())
                        ),
                    });
                }
            },
        }
    }
}

impl App {
    /// Takes a finished run of letters: marks the invitees if asked, and says what was written.
    fn letters_done(
        &mut self,
        job: &LettersJob,
        output: &LettersOutput,
        mark: bool,
        result: Result<usize, String>,
    ) {
        let path = output.path().display().to_string();
        let count = match result {
            Ok(count) => count,
            Err(message) => {
                self.show_error(&t!("let-error-write"), message);
                return;
            }
        };
        if mark {
            self.edit(job.mark_invited(self.workspace()));
            // The next run continues the numbering.
            let first = job.letters.len()
                + super::letters_view::parse_first_number(&self.letters_form.first_number)
                    .unwrap_or(1);
            self.letters_form.first_number = first.to_string();
            self.notice = Some(t!("let-wrote-marked", count = count, path = path));
        } else {
            self.notice = Some(t!("let-wrote", count = count, path = path));
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
    ui.heading(t!("xfer-export-title"));
    egui::Grid::new("export_form")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(t!("xfer-list"));
            egui::ComboBox::from_id_salt("export_list")
                .selected_text(crate::exchange::words::list(form.list))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for list in ListKind::ALL {
                        ui.selectable_value(
                            &mut form.list,
                            list,
                            crate::exchange::words::list(list),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("xfer-format"));
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
            let label = ui.label(t!("xfer-lang"));
            egui::ComboBox::from_id_salt("export_lang")
                .selected_text(form.lang.native_name())
                .show_ui(ui, |ui| {
                    for lang in crate::i18n::Lang::ALL {
                        ui.selectable_value(&mut form.lang, lang, lang.native_name());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("xfer-number"));
            ui.add(
                TextEdit::singleline(&mut form.number)
                    .hint_text(t!("INF.2"))
                    .desired_width(120.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("xfer-date"));
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(&mut form.date)
                        .hint_text(t!("date-hint"))
                        .desired_width(100.0),
                )
                .labelled_by(label.id);
                if let Err(reason) = parse_date(&form.date) {
                    ui.colored_label(ui.visuals().error_fg_color, reason);
                }
            });
            ui.end_row();
            if form.list == ListKind::Addendum {
                let label = ui.label(t!("xfer-earlier"));
                ui.horizontal(|ui| {
                    ui.add(
                        TextEdit::singleline(&mut form.since)
                            .hint_text(t!("xfer-earlier-hint"))
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                    if ui.button(t!("xfer-choose")).clicked() {
                        outcome = Some(TransferOutcome::PickSince);
                    }
                });
                ui.end_row();
            }
        });
    if matches!(form.format, Format::Csv | Format::Xlsx)
        && matches!(form.list, ListKind::Participants | ListKind::Addendum)
    {
        ui.checkbox(&mut form.internal, t!("xfer-internal"));
    }
    if form.format == Format::Csv {
        ui.checkbox(&mut form.semicolon, t!("xfer-semicolons"));
        ui.checkbox(&mut form.bom, t!("xfer-bom"));
    }
    if form.list == ListKind::Invitations {
        ui.checkbox(
            &mut form.use_filter,
            t!("xfer-only-filtered", count = filtered),
        );
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let valid = parse_date(&form.date).is_ok_and(|d| d.is_some())
            && (form.list != ListKind::Addendum || !form.since.trim().is_empty());
        if ui
            .add_enabled(valid, egui::Button::new(t!("cmd-export")))
            .clicked()
        {
            outcome = Some(TransferOutcome::PickExportPath);
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(TransferOutcome::Close);
        }
    });
    outcome
}

/// The Import dialog before a file is chosen.
pub fn import_choice_ui(ui: &mut Ui) -> Option<TransferOutcome> {
    let mut outcome = None;
    ui.heading(t!("xfer-import-title"));
    ui.label(t!("xfer-import-text"));
    ui.add_space(6.0);
    ui.label(RichText::new(t!("xfer-import-delegates-help")).small());
    ui.label(RichText::new(t!("xfer-import-replies-help")).small());
    ui.label(RichText::new(t!("xfer-import-files")).small());
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(t!("xfer-delegates-button")).clicked() {
            outcome = Some(TransferOutcome::PickImportFile(ImportKind::Delegates));
        }
        if ui.button(t!("xfer-replies-button")).clicked() {
            outcome = Some(TransferOutcome::PickImportFile(ImportKind::Replies));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(TransferOutcome::Close);
        }
    });
    outcome
}

/// The import preview: what would change, what is wrong, rows to leave out.
pub fn preview_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    state: &mut ImportState,
) -> Option<TransferOutcome> {
    let lang = crate::i18n::language();
    let mut outcome = None;
    let preview = &state.preview;
    ui.heading(t!(
        "xfer-import-of",
        what = state.kind.label().to_lowercase()
    ));
    ui.label(format!("{} ({})", state.path.display(), preview.detected));
    ui.label(t!(
        "xfer-summary",
        added = preview.added(),
        changed = preview.changed(),
        problems = preview.problems.len()
    ));
    if !preview.problems.is_empty() {
        ui.add_space(6.0);
        ui.strong(t!("xfer-problems"));
        egui::ScrollArea::vertical()
            .id_salt("problems")
            .max_height(180.0)
            .show(ui, |ui| {
                for problem in &preview.problems {
                    let mut excluded = state.excluded.contains(&problem.row);
                    ui.horizontal(|ui| {
                        if ui
                            .checkbox(&mut excluded, t!("xfer-leave-out-row", row = problem.row))
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
                            t!(
                                "xfer-row-problem",
                                column = problem.column.clone(),
                                value = format!("{:?}", problem.value),
                                reason = problem.reason.in_lang_for(workspace, lang)
                            ),
                        );
                    });
                }
            });
        if ui.button(t!("xfer-leave-out-all")).clicked() {
            state.excluded.extend(preview.rows_with_problems());
        }
    }
    ui.add_space(6.0);
    ui.strong(t!("xfer-changes"));
    egui::ScrollArea::vertical()
        .id_salt("changes")
        .max_height(220.0)
        .show(ui, |ui| {
            if preview.actions.is_empty() {
                ui.label(RichText::new(t!("detail-none")).weak());
            }
            for (row, _, line) in &preview.actions {
                let text = t!(
                    "xfer-row",
                    row = *row,
                    line = line.in_lang_for(workspace, lang)
                );
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
            .add_enabled(blocking == 0, egui::Button::new(t!("xfer-import-button")))
            .on_disabled_hover_text(t!("xfer-import-disabled"));
        if button.clicked() {
            outcome = Some(TransferOutcome::Import);
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(TransferOutcome::Close);
        }
        if blocking > 0 {
            ui.colored_label(
                ui.visuals().error_fg_color,
                t!("xfer-to-resolve", count = blocking),
            );
        }
    });
    outcome
}

/// The spinner shown while a job runs; returns `true` when the user cancels.
pub fn busy_ui(ctx: &egui::Context, job: &Job) -> bool {
    let mut cancel = false;
    egui::Modal::new(egui::Id::unique("busy")).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            ui.label(&job.label);
        });
        let bar = match job.progress() {
            Some((done, total)) => egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                .text(t!("xfer-progress", done = done, total = total)),
            None => egui::ProgressBar::new(0.0).animate(true),
        };
        ui.add(bar.desired_width(320.0));
        if ui.button(t!("dialog-cancel")).clicked() {
            cancel = true;
        }
    });
    cancel
}
