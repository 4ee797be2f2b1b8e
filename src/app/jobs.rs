//! The work the Export, Import and Letters dialogs start off the UI thread (and the Letters view's
//! e-mail: drafts and sending), and what comes back.
//!
//! Each dialog ends in a plain method ([`App::start_export`], [`App::start_import_preview`],
//! [`App::apply_import`], `App::start_letters`) that the file pickers call and tests call directly. The
//! work runs on a worker thread; the window shows a progress bar with Cancel, and a cancelled job writes
//! nothing (letters written so far are removed).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};

use super::App;
use super::dialogs::{Dialog, ExportForm, ImportState};
use super::widgets::parse_date;
pub use crate::exchange::import::ImportKind;
use crate::exchange::import::{self, Preview};
use crate::exchange::letters::{LettersJob, LettersOutput};
use crate::exchange::mail::{MailJob, Server, SmtpSender};
use crate::exchange::tabular::CsvOptions;
use crate::exchange::{ExportRequest, ListKind};
use crate::model::{EntityId, MailKind, MailRecord, MailState};
use crate::storage::outbox;

use crate::t;

impl ImportKind {
    pub fn label(self) -> String {
        match self {
            Self::Delegates => t!("import-delegates"),
            Self::Replies => t!("import-replies"),
            Self::Addresses => t!("import-addresses"),
        }
    }
}

/// Work running off the UI thread.
pub struct Job {
    pub label: String,
    receiver: mpsc::Receiver<JobDone>,
    /// How much is done, of how much, for work that counts (letters); `None` otherwise.
    progress: Option<(Arc<AtomicUsize>, usize)>,
    /// Set by Cancel: work that can stop half-way (letters) stops and removes what it wrote.
    cancelled: Arc<AtomicBool>,
    /// Work whose result must be taken even when cancelled: a batch of e-mail stops after the message
    /// being handed over, and what went is recorded all the same.
    keep_result: bool,
}

impl Job {
    fn new(label: String, receiver: mpsc::Receiver<JobDone>) -> Self {
        Self {
            label,
            receiver,
            progress: None,
            cancelled: Arc::new(AtomicBool::new(false)),
            keep_result: false,
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
    /// A batch of e-mail, drafted or sent: the record of each message handed over, whatever else
    /// happened, and the error that stopped it, if one did.
    Mail {
        job: MailJob,
        records: Vec<(EntityId, MailRecord)>,
        error: Option<String>,
        drafts: bool,
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
        self.remember_number(&form);
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
            first_seat: self.seating_first(),
            letters: self.letter_options()?,
            lang: form.lang,
            designated_only: form.designated_only,
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
                            ImportKind::Addresses => {
                                import::preview_addresses(&workspace, meeting, &table)
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
                self.say(t!("xfer-blocked", count = problems.len()));
                false
            }
            Ok(None) => {
                self.dialog = None;
                self.say(t!("xfer-nothing"));
                true
            }
            Ok(Some(edit)) => {
                let (added, changed) = (state.preview.added(), state.preview.changed());
                if self.edit(edit) {
                    self.dialog = None;
                    self.say(t!(
                        "xfer-imported",
                        what = state.kind.label().to_lowercase(),
                        path = state.source.clone(),
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

    /// Saves the batch of invitations the Letters view is set to as `.eml` drafts in `folder`, on the
    /// worker thread; each is recorded in the outbox as drafted. Returns whether it started.
    pub fn save_drafts(&mut self, folder: &Path) -> bool {
        let job = match self.mail_job(MailKind::Invitation, None, false) {
            Ok(job) if job.blocked() => {
                self.show_error(&t!("mail-error-title"), blocking_text(self, &job));
                return false;
            }
            Ok(job) if !job.messages.is_empty() => job,
            Ok(_) => {
                self.show_error(&t!("let-none-title"), t!("let-none-text"));
                return false;
            }
            Err(reason) => {
                self.show_error(&t!("mail-error-title"), reason);
                return false;
            }
        };
        let folder = folder.to_owned();
        self.start_mail(job, true, move |job, progress, cancelled| {
            match job.write_drafts(&folder, progress, cancelled) {
                Ok(records) => (records, None),
                Err(err) => (Vec::new(), Some(crate::exchange::words::mail_error(&err))),
            }
        });
        true
    }

    /// Sends the batch the Send dialog shows through the server it names, on the worker thread, with
    /// the outbox journal beside the workspace's file. Remembers the server (not the password) in the
    /// preferences and the password for the session. Returns why it could not start.
    pub fn start_mail_send(&mut self, form: &super::dialogs::SendForm) -> Result<(), String> {
        let Some(path) = self.path().map(Path::to_owned) else {
            return Err(t!("mail-error-unsaved"));
        };
        // Only the holder of the workspace's lock keeps its outbox journal.
        if self.safety.read_only.is_some() {
            return Err(t!("mail-error-read-only"));
        }
        let port = form.port_number().ok_or_else(|| t!("send-bad-port"))?;
        let job = self.mail_job(form.kind, form.only.clone(), form.send_unknown_again)?;
        if job.blocked() {
            return Err(blocking_text(self, &job));
        }
        if job.messages.is_empty() {
            return Err(t!("let-none-text"));
        }
        let server = Server {
            host: form.host.trim().to_owned(),
            port,
            security: form.security,
            user: form.user.trim().to_owned(),
            password: form.password.clone(),
            ca_certificate: None,
            timeout: None,
        };
        let sender = SmtpSender::new(&server).map_err(|e| t!("mail-error-server", error = e))?;
        let mut journal = outbox::Journal::open(&path).map_err(|e| {
            crate::storage::words::with_file(
                t!("mail-error-journal", error = e.to_string()),
                &outbox::journal_path(&path),
            )
        })?;
        self.prefs.mail_server = super::prefs::MailServer {
            host: server.host.clone(),
            port,
            security: server.security,
            user: server.user.clone(),
        };
        if !form.password.is_empty() {
            self.smtp_password = Some(form.password.clone());
        }
        self.start_mail(job, false, move |job, progress, cancelled| {
            let (records, error) = job.send(&sender, &mut journal, progress, cancelled);
            (
                records,
                error.map(|e| crate::exchange::words::mail_error(&e)),
            )
        });
        self.dialog = None;
        Ok(())
    }

    /// Runs `work` on `job` (drafts, or sending) on the worker thread, with progress; the records of a
    /// send come back even if it is cancelled.
    fn start_mail(
        &mut self,
        job: MailJob,
        drafts: bool,
        work: impl FnOnce(
            &MailJob,
            &dyn Fn(usize, usize),
            &AtomicBool,
        ) -> (Vec<(EntityId, MailRecord)>, Option<String>)
        + Send
        + 'static,
    ) {
        let label = if drafts {
            t!("mail-drafting", count = job.messages.len())
        } else {
            t!("mail-sending", count = job.messages.len())
        };
        let (sender, receiver) = mpsc::channel();
        let mut running = Job::new(label, receiver);
        let done = Arc::new(AtomicUsize::new(0));
        running.progress = Some((done.clone(), job.messages.len()));
        running.keep_result = !drafts;
        let cancelled = running.cancelled.clone();
        std::thread::spawn(move || {
            let (records, error) = work(&job, &|n, _| done.store(n, Ordering::Relaxed), &cancelled);
            let _ = sender.send(JobDone::Mail {
                job,
                records,
                error,
                drafts,
            });
        });
        self.job = Some(running);
    }

    /// Drops the running job: its result will be ignored and nothing written (letters written so far are
    /// removed by the worker). A batch of e-mail is asked to stop instead, and its result still taken:
    /// the messages that went are recorded.
    pub fn cancel_job(&mut self) {
        if let Some(job) = &mut self.job
            && job.keep_result
        {
            job.cancelled.store(true, Ordering::Relaxed);
            job.label = t!("mail-stopping");
            return;
        }
        if let Some(job) = self.job.take() {
            job.cancelled.store(true, Ordering::Relaxed);
            self.say(t!(
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
                        self.say(t!("xfer-exported", path = path.display().to_string()));
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
            JobDone::Mail {
                job,
                records,
                error,
                drafts,
            } => self.mail_done(&job, records, error, drafts),
            JobDone::Previewed { path, kind, result } => match result {
                Ok(preview) => {
                    self.dialog = Some(Dialog::ImportPreview(ImportState {
                        source: path.display().to_string(),
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
            self.say(t!("let-wrote-marked", count = count, path = path));
        } else {
            self.say(t!("let-wrote", count = count, path = path));
        }
    }
}

impl App {
    /// Takes a finished batch of e-mail: records every message in the outbox (outside the undo history:
    /// what went stays recorded), marks what was sent as one undo step, and says how it went.
    fn mail_done(
        &mut self,
        job: &MailJob,
        records: Vec<(EntityId, MailRecord)>,
        error: Option<String>,
        drafts: bool,
    ) {
        let sent = records
            .iter()
            .filter(|(_, r)| matches!(r.state, MailState::Sent { .. }))
            .count();
        let failed: Vec<String> = records
            .iter()
            .filter(|(_, r)| matches!(r.state, MailState::Failed { .. }))
            .map(|(id, _)| self.name_of(id))
            .collect();
        let marking = job.marking(self.workspace(), &records);
        let count = records.len();
        self.doc.record_mail(job.meeting, records);
        if !drafts {
            self.edit(marking);
        }
        if let Some(message) = error {
            self.show_error(&t!("mail-error-title"), message);
        }
        if drafts {
            self.say(t!("mail-drafted", count = count));
        } else if failed.is_empty() {
            self.say(t!("mail-sent", count = sent));
        } else {
            self.say(t!(
                "mail-sent-failed",
                count = sent,
                failed = failed.len(),
                names = failed.join(", ")
            ));
        }
    }
}

/// What stops a batch's letters, a line each, in the interface's language.
fn blocking_text(app: &App, job: &MailJob) -> String {
    job.issues
        .iter()
        .filter(|i| i.blocking)
        .map(|i| i.text.in_lang_for(app.workspace(), crate::i18n::language()))
        .collect::<Vec<_>>()
        .join("\n")
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
