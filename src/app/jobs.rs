//! The app's side of the session's jobs: starting them from the Export, Import and Letters dialogs (and the
//! Letters view's e-mail: drafts and sending), showing their progress with Cancel, and saying what they
//! did once the session has taken their result.
//!
//! Each dialog ends in a plain method ([`Jobs::start_export`], [`Jobs::start_import_preview`],
//! [`Jobs::apply_import`], [`Jobs::write_letters`]…) that the file pickers call and tests call directly. The
//! job itself is the session's ([`crate::session::Job`]): bound to the workspace it started from, and while
//! it runs, what would change or replace the document waits ([`Workbench::busy_reason`]).

use std::path::Path;
use std::sync::Arc;

use super::dialogs::{Dialog, ExportForm, ImportState, SendForm};
use super::errors::{ExportRefused, SendError, Shared};
use super::widgets::parse_date;
use super::{centre::Views, prefs::Prefs, workbench::Workbench};
pub use crate::exchange::import::ImportKind;
use crate::exchange::mail::{MailJob, Server};
use crate::exchange::tabular::CsvOptions;
use crate::exchange::{ExportRequest, ListKind};
use crate::model::MailKind;
use crate::session::Outcome;

use crate::t;

impl ImportKind {
    pub fn label(self) -> String {
        match self {
            Self::Delegates => t!("import-delegates"),
            Self::Replies => t!("import-replies"),
            Self::Addresses => t!("import-addresses"),
            Self::Attendance => t!("import-attendance"),
        }
    }
}

/// The job starter: what starting a job reads and writes, borrowed from the app ([`super::state::App::jobs`]). The
/// session runs the job; this prepares its request from the dialogs and the views, and says what it did.
pub struct Jobs<'a> {
    pub(crate) work: &'a mut Workbench,
    pub(crate) views: &'a mut Views,
    pub(crate) prefs: &'a mut Prefs,
}

impl Jobs<'_> {
    /// Starts exporting what `form` (the Export dialog's) asks for to `path`, and records the document's
    /// number in the meeting. Returns `false` (and says why) when a choice is not valid.
    pub fn start_export(&mut self, form: &ExportForm, path: &Path) -> bool {
        let started = self
            .export_request(form)
            .and_then(|request| Ok(self.work.session_mut().start_export(request, path)?));
        match started {
            Ok(()) => {
                // One undo step, for the next export of the list, by anyone.
                if let Some(edit) = self.work.meeting().and_then(|m| form.number_edit(m)) {
                    self.work.edit(edit);
                }
                self.work.dialog = None;
                true
            }
            Err(err) => {
                self.work
                    .show_error(&t!("xfer-error-export"), super::words::export_refused(&err));
                false
            }
        }
    }

    fn export_request(&self, form: &ExportForm) -> Result<ExportRequest, ExportRefused> {
        let date = parse_date(&form.date)
            .ok()
            .flatten()
            .ok_or_else(|| ExportRefused::Date(form.date.clone()))?;
        let meeting = self.work.meeting_id();
        let since = if form.list == ListKind::Addendum {
            if form.since.trim().is_empty() {
                return Err(ExportRefused::NoEarlier);
            }
            let path = Path::new(form.since.trim());
            Some(crate::exchange::Earlier::load(
                path,
                self.work.workspace(),
                &meeting,
            )?)
        } else {
            None
        };
        let only = (form.list == ListKind::Invitations && form.use_filter).then(|| {
            self.views
                .table
                .visible_rows()
                .map(|r| r.id.clone())
                .collect()
        });
        Ok(ExportRequest {
            list: form.list,
            format: form.format,
            meeting,
            document_number: form.number.trim().to_owned(),
            date,
            internal: form.internal,
            csv: CsvOptions {
                delimiter: if form.semicolon { b';' } else { b',' },
                bom: form.bom,
            },
            since,
            only,
            first_seat: self
                .work
                .meeting()
                .and_then(crate::model::Meeting::first_seat_id),
            letters: self.views.letters.form.options(self.work.meeting())?,
            lang: form.lang,
            designated_only: form.designated_only,
            attended: form.attended,
        })
    }

    /// Reads a file of delegates, replies or addresses (or a folder of returned registration forms) and
    /// prepares its preview, off the UI thread. Refused while another job runs.
    pub fn start_import_preview(&mut self, path: &Path, kind: ImportKind) {
        let request = crate::session::PreviewRequest::new(path, kind, &self.work.meeting_id());
        self.start_preview_job(request, None);
    }

    fn start_preview_job(
        &mut self,
        request: crate::session::PreviewRequest,
        table: Option<std::sync::Arc<crate::exchange::import::RawTable>>,
    ) {
        match self.work.session_mut().start_preview(request, table) {
            Ok(()) => self.work.dialog = None,
            Err(err) => self
                .work
                .show_error(&t!("xfer-error-import"), super::words::start_error(&err)),
        }
    }

    /// Previews an import again with the choices its dialog now holds: the columns' meanings (the rows
    /// as read), or another encoding (the file read again). Rows pasted are previewed at once.
    pub fn repreview_import(&mut self, state: ImportState, read_again: bool) {
        match (state.request.clone(), state.table.clone()) {
            (Some(request), table) => {
                self.start_preview_job(request, if read_again { None } else { table });
            }
            (None, Some(table)) => {
                let table: std::sync::Arc<crate::exchange::import::RawTable> = table;
                let options = crate::exchange::import::DelegateOptions {
                    into: state.into.clone(),
                    ..Default::default()
                };
                let preview = crate::exchange::import::preview_delegates_with(
                    self.work.workspace(),
                    &self.work.meeting_id(),
                    &table,
                    &options,
                )
                .map_err(|err| crate::exchange::words::import_error(&err));
                let mut next = ImportState::new(
                    self.work.workspace(),
                    state.source,
                    state.kind,
                    None,
                    Some(table),
                    preview,
                );
                next.into = state.into;
                self.work.dialog = Some(Dialog::ImportPreview(Box::new(next)));
            }
            (None, None) => self.work.dialog = Some(Dialog::ImportPreview(Box::new(state))),
        }
    }

    /// Imports what the preview shows, less the excluded rows, as one undo step; the preview stays open
    /// while a problem stands.
    pub fn apply_import(&mut self, state: ImportState) -> bool {
        if let Some(reason) = self.work.busy_reason() {
            self.work.say(reason);
            self.work.dialog = Some(Dialog::ImportPreview(Box::new(state)));
            return false;
        }
        let Ok(preview) = &state.preview else {
            self.work.dialog = Some(Dialog::ImportPreview(Box::new(state)));
            return false;
        };
        match self
            .work
            .session_mut()
            .apply_import(preview, &state.decisions)
        {
            Err(crate::session::ImportRefused::Problems(problems)) => {
                self.work.say(t!("xfer-blocked", count = problems.len()));
                self.work.dialog = Some(Dialog::ImportPreview(Box::new(state)));
                false
            }
            Err(crate::session::ImportRefused::Edit(err)) => {
                self.work
                    .show_error(&t!("error-edit"), super::words::edit_error(&err));
                false
            }
            Ok(None) => {
                self.work.say(t!("xfer-nothing"));
                true
            }
            Ok(Some((added, changed))) => {
                self.work.say(t!(
                    "xfer-imported",
                    what = state.kind.label().to_lowercase(),
                    path = state.source.clone(),
                    added = added,
                    changed = changed
                ));
                self.views.table.clear_filters();
                true
            }
        }
    }

    /// Writes the letters the Letters view is set to, to `output`, on the worker thread with progress;
    /// then, if the view says so, marks the invitees as invited as one undo step. Returns whether the
    /// run started (else a dialog says why).
    pub(crate) fn write_letters(
        &mut self,
        output: crate::exchange::letters::LettersOutput,
    ) -> bool {
        let request = match self.work.meeting() {
            Some(meeting) => self.views.letters.form.request(meeting, output),
            None => return false,
        };
        let request = match request {
            Ok(request) => request,
            Err(err) => {
                self.work
                    .show_error(&t!("let-error-write"), super::words::prepare_error(&err));
                return false;
            }
        };
        match self.work.session_mut().start_letters(request) {
            Ok(_) => {
                self.work.dialog = None;
                true
            }
            Err(err) => {
                use crate::exchange::letters::LettersError;
                use crate::session::StartError;
                match err {
                    StartError::Letters(LettersError::NoRecipients) => {
                        self.work
                            .show_error(&t!("let-none-title"), t!("let-none-text"));
                    }
                    // Each letter that cannot go, its invitee named as the interface names it.
                    StartError::Letters(LettersError::Blocked(issues)) => {
                        let lang = crate::i18n::language();
                        let mut lines = vec![t!("let-blocked")];
                        lines.extend(
                            issues
                                .iter()
                                .filter(|issue| issue.blocking)
                                .map(|issue| issue.text.in_lang_for(self.work.workspace(), lang)),
                        );
                        self.work
                            .show_error(&t!("let-error-write"), lines.join("\n"));
                    }
                    err => self
                        .work
                        .show_error(&t!("let-error-write"), super::words::start_error(&err)),
                }
                false
            }
        }
    }

    /// Saves the batch of invitations the Letters view is set to as `.eml` drafts in `folder`, on the
    /// worker thread; each is recorded in the outbox as drafted. Returns whether it started.
    pub fn save_drafts(&mut self, folder: &Path) -> bool {
        let job = match self.ready_batch(MailKind::Invitation, None, false) {
            Ok(job) => job,
            Err(err) => {
                self.work.show_error(
                    &t!("mail-error-title"),
                    super::words::send_error(self.work.workspace(), &err),
                );
                return false;
            }
        };
        match self.work.session_mut().start_drafts(job, folder) {
            Ok(()) => true,
            Err(err) => {
                self.work
                    .show_error(&t!("mail-error-title"), super::words::start_error(&err));
                false
            }
        }
    }

    /// The batch of `kind` the Letters view is set to, when it can go: prepared, with someone to send to
    /// and nothing that stops its letters.
    fn ready_batch(
        &self,
        kind: MailKind,
        only: Option<Vec<crate::model::EntityId>>,
        again: bool,
    ) -> Result<MailJob, SendError> {
        let job = self
            .views
            .letters
            .mail_job(&self.work.cx(&self.prefs.organiser), kind, only, again)
            .map_err(|err| SendError::Prepare(err.0))?;
        if job.blocked() {
            return Err(SendError::Blocked(
                job.issues
                    .iter()
                    .filter(|i| i.blocking)
                    .map(|i| i.text.clone())
                    .collect(),
            ));
        }
        if job.messages.is_empty() {
            return Err(SendError::Nothing);
        }
        Ok(job)
    }

    /// Sends the batch the Send dialog shows through the server it names, on the worker thread, with
    /// the outbox journal beside the workspace's file. Remembers the server (not the password) in the
    /// preferences and the password while the app runs. Returns why it could not start.
    pub fn start_mail_send(&mut self, form: &SendForm) -> Result<(), Shared<SendError>> {
        let shared = |err: SendError| Shared(Arc::new(err));
        let port = form
            .port_number()
            .ok_or_else(|| shared(SendError::BadPort))?;
        let mut job = self
            .ready_batch(form.kind, form.only.clone(), form.send_unknown_again)
            .map_err(shared)?;
        if form.with_form {
            job.attach_forms(self.work.workspace()).map_err(|err| {
                shared(SendError::Prepare(Arc::new(
                    super::errors::PrepareError::Mail(err),
                )))
            })?;
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
        self.work
            .session_mut()
            .start_send(job, &server)
            .map_err(|err| shared(err.into()))?;
        self.prefs.mail_server = super::prefs::MailServer {
            host: server.host.clone(),
            port,
            security: server.security,
            user: server.user.clone(),
        };
        if !form.password.is_empty() {
            self.views.letters.smtp_password = Some(form.password.clone());
        }
        self.work.dialog = None;
        Ok(())
    }

    /// Cancels the running job. An export, letters or a preview stop and write nothing (letters written so
    /// far are removed); a batch of e-mail stops after the message being handed over, and its result is
    /// still taken: the messages that went are recorded.
    pub fn cancel_job(&mut self) {
        if let Some(kind) = self.work.session_mut().cancel_job() {
            let what = super::words::job_label(kind);
            self.work.say(t!(
                "xfer-cancelled",
                what = what.trim_end_matches('…').to_owned()
            ));
        }
    }

    /// Takes the result of a finished job, if any (called every frame), and says what it did.
    pub(crate) fn poll_job(&mut self) {
        match self.work.session_mut().poll_job() {
            None => {}
            Some(Ok(outcome)) => self.took(outcome),
            Some(Err(crate::session::Vanished)) => {
                self.work
                    .show_error(&t!("xfer-stopped-title"), t!("xfer-stopped-text"));
            }
        }
    }

    /// Shows an import's preview, or the dialog that says why its columns make none yet (a delegates file:
    /// the user chooses what each column holds), or why the file could not be read.
    fn took_preview(
        &mut self,
        request: crate::session::PreviewRequest,
        table: Option<std::sync::Arc<crate::exchange::import::RawTable>>,
        result: Result<crate::exchange::import::Preview, crate::session::PreviewError>,
    ) {
        let shown = match (result, &table) {
            // A file read whose columns make no preview yet: the dialog shows how they were read,
            // for the user to choose what is missing.
            (
                Err(crate::session::PreviewError::Table {
                    source: source @ crate::exchange::import::ImportError::Columns { .. },
                    ..
                }),
                Some(_),
            ) if request.kind == ImportKind::Delegates => {
                Err(crate::exchange::words::import_error(&source))
            }
            (Ok(preview), _) => Ok(preview),
            (Err(err), _) => {
                self.work
                    .show_error(&t!("xfer-error-import"), super::words::preview_error(&err));
                return;
            }
        };
        self.work.dialog = Some(Dialog::ImportPreview(Box::new(ImportState::new(
            self.work.workspace(),
            request.path.display().to_string(),
            request.kind,
            Some(request),
            table,
            shown,
        ))));
    }

    /// Says what a job did, once the session has put its result in the document.
    fn took(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Exported { path, result, .. } => match result {
                Ok(()) => self
                    .work
                    .say(t!("xfer-exported", path = path.display().to_string())),
                Err(err) => {
                    self.work
                        .show_error(&t!("xfer-error-export"), super::words::export_failed(&err));
                }
            },
            Outcome::Previewed(previewed) => {
                let crate::session::Previewed {
                    request,
                    table,
                    result,
                } = *previewed;
                self.took_preview(request, table, result);
            }
            Outcome::Letters {
                output,
                result,
                marked,
                next_number,
            } => {
                let path = output.path().display().to_string();
                match result {
                    Err(err) => self.work.show_error(
                        &t!("let-error-write"),
                        crate::exchange::words::letters_error(&err),
                    ),
                    Ok(count) if marked > 0 => {
                        // The next run continues the numbering.
                        if let Some(written) = next_number {
                            let first = super::letters_view::parse_first_number(
                                &self.views.letters.form.first_number,
                            )
                            .unwrap_or(1);
                            self.views.letters.form.first_number = (first + written).to_string();
                        }
                        self.work
                            .say(t!("let-wrote-marked", count = count, path = path));
                    }
                    Ok(count)
                        if matches!(output, crate::exchange::letters::LettersOutput::Forms(_)) =>
                    {
                        self.work
                            .say(t!("let-wrote-forms", count = count, path = path));
                    }
                    Ok(count) => self.work.say(t!("let-wrote", count = count, path = path)),
                }
            }
            Outcome::Mail {
                drafts,
                records,
                error,
            } => {
                let (sent, drafted, failed) = Outcome::mail_counts(&records);
                let failed: Vec<String> = failed.iter().map(|id| self.work.name_of(id)).collect();
                if let Some(err) = error {
                    self.work.show_error(
                        &t!("mail-error-title"),
                        crate::exchange::words::mail_error(&err),
                    );
                }
                if drafts {
                    self.work.say(t!("mail-drafted", count = drafted));
                } else if failed.is_empty() {
                    self.work.say(t!("mail-sent", count = sent));
                } else {
                    self.work.say(t!(
                        "mail-sent-failed",
                        count = sent,
                        failed = failed.len(),
                        names = failed.join(", ")
                    ));
                }
            }
        }
    }
}

/// The progress shown while a job runs; returns `true` when the user cancels.
pub fn busy_ui(ctx: &egui::Context, job: &crate::session::Job) -> bool {
    let mut cancel = false;
    egui::Modal::new(egui::Id::unique("busy")).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new());
            let label = if job.is_cancelled() {
                t!("mail-stopping")
            } else {
                super::words::job_label(job.kind())
            };
            ui.label(label);
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
