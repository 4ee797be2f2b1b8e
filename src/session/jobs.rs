//! Work that takes a while, on a worker thread: an export, an import's preview, a run of letters, a batch
//! of e-mail drafted or sent. The session runs its job from start to end: it starts it (one at a time),
//! holds it, and when it is done takes what it brought back ([`Session::poll_job`], or
//! [`Session::wait_job`] for the command line), which puts it in the document (the records of a batch,
//! the invitations marked) and says what happened as an [`Outcome`] each face words its own way. A
//! batch's hold on the file's lock is the job's own ([`Job`] keeps the guard), so it is let go however the
//! job ends: taken, cancelled, failed, or its worker panicked.
//!
//! The app polls each frame and shows the job's progress with Cancel; the command line waits. Cancel stops
//! a job between two pieces of its work: an export or letters write nothing (letters written so far are
//! removed); a batch of e-mail stops after the message being handed over, and what went is recorded all
//! the same.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use super::Session;
use super::preview::{PreviewRequest, preview_table, read_file};
use crate::exchange::LetterOptions;
use crate::exchange::import::{self, ImportError, ImportKind, Preview, RawTable};
use crate::exchange::letters::{LetterIssue, LettersError, LettersJob, LettersOutput};
use crate::exchange::mail::{MailError, MailJob, Server, SmtpSender};
use crate::exchange::{ExportError, ExportRequest, ListKind};
use crate::model::{Date, EntityId, MailRecord, MailState, MeetingId};
use crate::storage::{ReadError, SaveError, lock, outbox};

/// What a job does, for what its progress says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    Export(ListKind),
    Preview(ImportKind),
    Letters { count: usize },
    Drafts { count: usize },
    Send { count: usize },
}

impl JobKind {
    /// Whether the job's result is taken even when it is cancelled: a batch of e-mail stops after the
    /// message being handed over, and what went must be recorded.
    pub fn keeps_result(self) -> bool {
        matches!(self, Self::Send { .. })
    }
}

/// Why a job could not start.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum StartError {
    /// Another job of this session is still running.
    Busy(JobKind),
    /// Sending needs the workspace saved to a file first (its outbox journal lives beside it).
    Unsaved,
    /// Someone else is sending e-mail from the workspace, or writing it, and did not finish within the
    /// wait: two batches at once could send one letter twice.
    #[error(transparent)]
    Held(crate::storage::lock::LockError),
    /// What someone else saved, or recorded as sent, was just taken in: the batch is to be looked at again
    /// before it goes (a colleague may have sent some of its messages).
    CaughtUp(usize),
    /// Someone else saved changes that contradict these: they are to be settled (by saving) before a
    /// batch goes.
    #[error(transparent)]
    Behind(super::SaveRefused),
    /// The connection to the mail server could not be prepared.
    Server(String),
    #[error(transparent)]
    Mail(#[from] MailError),
    /// The letters asked for cannot be written: nobody to write to, or a letter that would be printed
    /// wrong.
    #[error(transparent)]
    Letters(LettersError),
}

/// What a run of letters is asked to be: for which meeting, written how and on which date, where they
/// go (one PDF, a PDF each, a mail-merge table, registration forms), and whether their invitees are then
/// marked invited. The Letters view, the Export dialog's letters, `export --list letters` all ask this.
#[derive(Clone, Debug)]
pub struct LettersRequest {
    pub meeting: MeetingId,
    pub options: LetterOptions,
    pub date: Date,
    pub output: LettersOutput,
    pub mark: bool,
}

/// A job running on a worker thread, held by its session.
#[derive(Debug)]
pub struct Job {
    kind: JobKind,
    receiver: mpsc::Receiver<Done>,
    done: Arc<AtomicUsize>,
    total: Option<usize>,
    cancelled: Arc<AtomicBool>,
    /// The file's lock, for a batch of e-mail: let go when the job is dropped, however it ended.
    lock: Option<lock::WorkspaceLock>,
}

/// A job that ended without a result: its worker stopped (a defect), or the job was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub struct Vanished;

impl Job {
    pub fn kind(&self) -> JobKind {
        self.kind
    }

    /// Whether the job holds the workspace file's lock (a batch of e-mail being sent).
    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }

    /// Done and total, for work that counts (letters, messages).
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.total
            .map(|total| (self.done.load(Ordering::Relaxed), total))
    }

    /// Asks the job to stop between two pieces of its work.
    fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// The result, once there is one; `None` while the job runs.
    fn poll(&self) -> Option<Result<Done, Vanished>> {
        match self.receiver.try_recv() {
            Ok(done) => Some(Ok(done)),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(Vanished)),
        }
    }

    /// Waits for the result, calling `report(done, total)` as work that counts goes on.
    fn wait(&self, report: &mut dyn FnMut(usize, usize)) -> Result<Done, Vanished> {
        let mut last = None;
        loop {
            match self.receiver.recv_timeout(Duration::from_millis(50)) {
                Ok(done) => {
                    if let Some((done, total)) = self.progress()
                        && last != Some(done)
                    {
                        report(done, total);
                    }
                    return Ok(done);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if let Some((done, total)) = self.progress()
                        && last != Some(done)
                    {
                        report(done, total);
                        last = Some(done);
                    }
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err(Vanished),
            }
        }
    }
}

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum ExportFailed {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Write(#[from] SaveError),
}

/// Why a file to import could not be previewed.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum PreviewError {
    Read {
        path: PathBuf,
        #[source]
        source: ReadError,
    },
    Table {
        path: PathBuf,
        #[source]
        source: ImportError,
    },
}

/// What a job brought back, before its session takes it.
#[derive(Debug)]
enum Done {
    /// The export's bytes, written to `path` only when the session takes them (a cancelled export
    /// writes nothing).
    Exported {
        path: PathBuf,
        list: ListKind,
        bytes: Result<Vec<u8>, ExportError>,
    },
    Previewed(Box<Previewed>),
    Letters {
        job: LettersJob,
        output: LettersOutput,
        mark: bool,
        result: Result<usize, LettersError>,
    },
    /// A batch of e-mail, drafted or sent: the record of each message handed over, whatever else
    /// happened, and the error that stopped it, if one did.
    Mail {
        job: MailJob,
        records: Vec<(EntityId, MailRecord)>,
        error: Option<MailError>,
        drafts: bool,
    },
}

/// What a job did, once its session took it: what each face says.
#[derive(Debug)]
pub enum Outcome {
    Exported {
        path: PathBuf,
        list: ListKind,
        result: Result<(), ExportFailed>,
    },
    Previewed(Box<Previewed>),
    Letters {
        output: LettersOutput,
        result: Result<usize, LettersError>,
        /// How many invitees were marked invited (none unless asked).
        marked: usize,
        /// The first reference number the next run continues from.
        next_number: Option<usize>,
    },
    Mail {
        drafts: bool,
        /// Messages drafted or handed over, with their records.
        records: Vec<(EntityId, MailRecord)>,
        error: Option<MailError>,
    },
}

/// An import's preview: what was asked, the file as read (to preview again with other choices without
/// reading it again), and the preview or why there is none.
#[derive(Debug)]
pub struct Previewed {
    pub request: PreviewRequest,
    pub table: Option<std::sync::Arc<RawTable>>,
    pub result: Result<Preview, PreviewError>,
}

/// Starts `work` on a worker thread as the job of `session`, of `kind`, counting to `total`, holding
/// `lock` (a batch's) until it is dropped.
fn spawn(
    session: &mut Session,
    kind: JobKind,
    total: Option<usize>,
    lock: Option<lock::WorkspaceLock>,
    work: impl FnOnce(&dyn Fn(usize, usize), &AtomicBool) -> Done + Send + 'static,
) {
    let (sender, receiver) = mpsc::channel();
    let done = Arc::new(AtomicUsize::new(0));
    let cancelled = Arc::new(AtomicBool::new(false));
    let (counter, stop) = (Arc::clone(&done), Arc::clone(&cancelled));
    // The worker speaks the language of the face that started it (a thread's own; see `i18n`).
    let lang = crate::i18n::language();
    std::thread::spawn(move || {
        crate::i18n::set_language(lang);
        let result = work(&|n, _| counter.store(n, Ordering::Relaxed), &stop);
        // The receiver is gone when the job was abandoned: nothing to do then.
        let _ = sender.send(result);
    });
    session.job = Some(Job {
        kind,
        receiver,
        done,
        total,
        cancelled,
        lock,
    });
}

/// A job of `session` whose worker runs `work` and brings nothing back: for tests of what a job that
/// fails or panics leaves behind.
#[cfg(test)]
pub(super) fn spawn_for_test(
    session: &mut Session,
    lock: Option<lock::WorkspaceLock>,
    work: impl FnOnce() + Send + 'static,
) {
    spawn(
        session,
        JobKind::Send { count: 0 },
        None,
        lock,
        move |_, _| {
            work();
            unreachable!("the work panics")
        },
    );
}

impl Session {
    fn not_busy(&self) -> Result<(), StartError> {
        match self.busy() {
            Some(kind) => Err(StartError::Busy(kind)),
            None => Ok(()),
        }
    }

    /// The job running on the workspace, if any: what it does and how far it is.
    pub fn job(&self) -> Option<&Job> {
        self.job.as_ref()
    }

    /// What the job running on the workspace does, if one runs.
    pub fn busy(&self) -> Option<JobKind> {
        self.job.as_ref().map(Job::kind)
    }

    /// Exports what `request` asks for to `path`, from the workspace as it is now.
    pub fn start_export(&mut self, request: ExportRequest, path: &Path) -> Result<(), StartError> {
        self.not_busy()?;
        let workspace = self.workspace().clone();
        let path = path.to_owned();
        let list = request.list;
        spawn(self, JobKind::Export(list), None, None, move |_, _| {
            let bytes = crate::exchange::export(&workspace, &request);
            Done::Exported { path, list, bytes }
        });
        Ok(())
    }

    /// Reads a file of delegates, replies or addresses (or a folder of returned registration forms) and
    /// prepares its preview, as `request` asks; with `table`, previews that table again (other choices
    /// of columns, encoding aside) without reading the file.
    pub fn start_preview(
        &mut self,
        request: PreviewRequest,
        table: Option<std::sync::Arc<RawTable>>,
    ) -> Result<(), StartError> {
        self.not_busy()?;
        let workspace = self.workspace().clone();
        spawn(
            self,
            JobKind::Preview(request.kind),
            None,
            None,
            move |_, _| {
                let read = match table {
                    Some(table) => Ok(table),
                    None => read_file(&workspace, &request).map(std::sync::Arc::new),
                };
                let (table, result) = match read {
                    Ok(table) => {
                        let result = preview_table(&workspace, &request, &table);
                        (Some(table), result)
                    }
                    Err(err) => (None, Err(err)),
                };
                Done::Previewed(Box::new(Previewed {
                    request,
                    table,
                    result,
                }))
            },
        );
        Ok(())
    }

    /// Prepares the letters `request` asks for (the one check every path that writes letters runs: a
    /// letter that would be printed wrong, or not at all, refuses the run) and writes them to its output
    /// on the worker thread; registration forms are made for each invitee when the output is forms. With
    /// `mark`, the invitees are marked invited when the session takes the result. Returns what is worth a
    /// look but stops nothing (an invitee without an address, a name of the day), for the face to say.
    pub fn start_letters(
        &mut self,
        request: LettersRequest,
    ) -> Result<Vec<LetterIssue>, StartError> {
        self.not_busy()?;
        let LettersRequest {
            meeting,
            options,
            date,
            output,
            mark,
        } = request;
        let mut job = LettersJob::prepare(self.workspace(), &meeting, &options, date)
            .map_err(StartError::Letters)?;
        if matches!(output, LettersOutput::Forms(_)) {
            job = job.with_forms(self.workspace());
        }
        let notes = job.notes.clone();
        let count = job.letters.len();
        spawn(
            self,
            JobKind::Letters { count },
            Some(count),
            None,
            move |progress, cancelled| {
                let result = job.write(&output, progress, cancelled);
                Done::Letters {
                    job,
                    output,
                    mark,
                    result,
                }
            },
        );
        Ok(notes)
    }

    /// Saves a prepared batch as `.eml` drafts in `folder`.
    pub fn start_drafts(&mut self, job: MailJob, folder: &Path) -> Result<(), StartError> {
        self.not_busy()?;
        let folder = folder.to_owned();
        let count = job.messages.len();
        spawn(
            self,
            JobKind::Drafts { count },
            Some(count),
            None,
            move |progress, cancelled| {
                let (records, error) = match job.write_drafts(&folder, progress, cancelled) {
                    Ok(records) => (records, None),
                    Err(err) => (Vec::new(), Some(err)),
                };
                Done::Mail {
                    job,
                    records,
                    error,
                    drafts: true,
                }
            },
        );
        Ok(())
    }

    /// Sends a prepared batch through `server`, each message noted in the outbox journal beside the
    /// workspace's file before and after the server sees it. The batch holds the file's lock until its
    /// result is taken, so that nobody else sends from the workspace meanwhile; before it starts, what
    /// others saved or recorded as sent is taken in, and if anything was, the batch does not start
    /// ([`StartError::CaughtUp`]): prepared again, it leaves out what went meanwhile.
    pub fn start_send(&mut self, job: MailJob, server: &Server) -> Result<(), StartError> {
        self.not_busy()?;
        let path = self.path().ok_or(StartError::Unsaved)?.to_owned();
        // Held from here: let go on any return below that does not hand it to the job.
        let lock = match lock::WorkspaceLock::acquire_waiting(&path, crate::storage::command_wait())
        {
            Ok(held) => Some(held),
            Err(err @ lock::LockError::Held { .. }) => return Err(StartError::Held(err)),
            Err(lock::LockError::Io { .. }) => None,
        };
        let caught_up = match self.merge_from_disk(&crate::model::Choices::new()) {
            Ok(taken) => taken.map_or(0, |t| t.changes.len().max(1)),
            Err(refused) => return Err(StartError::Behind(refused)),
        } + self.recover_outbox().map_or(0, |r| r.count);
        if caught_up > 0 {
            return Err(StartError::CaughtUp(caught_up));
        }
        let sender = SmtpSender::new(server).map_err(StartError::Server)?;
        let mut journal = outbox::Journal::open(&path).map_err(|source| {
            StartError::Mail(MailError::Journal {
                path: outbox::journal_path(&path),
                source,
            })
        })?;
        let count = job.messages.len();
        spawn(
            self,
            JobKind::Send { count },
            Some(count),
            lock,
            move |progress, cancelled| {
                let (records, error) = job.send(&sender, &mut journal, progress, cancelled);
                Done::Mail {
                    job,
                    records,
                    error,
                    drafts: false,
                }
            },
        );
        Ok(())
    }

    /// Asks the running job to stop. An export, letters or a preview stop and write nothing (letters
    /// written so far are removed), and are let go at once: their kind is returned. A batch of e-mail
    /// stops after the message being handed over and is still taken when it ends (what went is
    /// recorded): `None`.
    pub fn cancel_job(&mut self) -> Option<JobKind> {
        let job = self.job.as_ref()?;
        job.cancel();
        if job.kind.keeps_result() {
            return None;
        }
        // Dropped here: the worker finds nobody to hand its result to, and writes nothing more.
        self.job.take().map(|job| job.kind)
    }

    /// Takes the running job's result once it is done (the app calls this every frame): `None` while it
    /// runs or when none does.
    pub fn poll_job(&mut self) -> Option<Result<Outcome, Vanished>> {
        let done = self.job.as_ref()?.poll()?;
        Some(self.finish(done))
    }

    /// Waits for the running job and takes its result, calling `report(done, total)` as work that counts
    /// goes on (the command line).
    pub fn wait_job(&mut self, report: &mut dyn FnMut(usize, usize)) -> Result<Outcome, Vanished> {
        let done = self.job.as_ref().ok_or(Vanished)?.wait(report);
        self.finish(done)
    }

    /// Ends the job with what it brought back: the job (and a batch's lock with it) is let go, and the
    /// result put in the document.
    fn finish(&mut self, done: Result<Done, Vanished>) -> Result<Outcome, Vanished> {
        let job = self.job.take();
        let outcome = done.map(|done| self.take(done));
        // A batch's lock goes with its result: its records are in the document now (and in the journal
        // beside the file until the next save).
        drop(job);
        outcome
    }

    /// Takes what the job brought back: a batch's records go into the outbox (outside the undo history:
    /// what went stays recorded) and what was sent is marked on the invitations as one undo step; letters
    /// mark their invitees if asked.
    fn take(&mut self, done: Done) -> Outcome {
        match done {
            Done::Exported { path, list, bytes } => {
                let result = bytes.map_err(ExportFailed::from).and_then(|bytes| {
                    crate::exchange::write_export(&path, &bytes).map_err(ExportFailed::from)
                });
                Outcome::Exported { path, list, result }
            }
            Done::Previewed(previewed) => Outcome::Previewed(previewed),
            Done::Letters {
                job,
                output,
                mark,
                result,
            } => {
                let written = result.is_ok();
                let mut marked = 0;
                if mark && written {
                    // A meeting removed meanwhile leaves nothing to mark.
                    if self.doc.apply(job.mark_invited(self.workspace())).is_ok() {
                        marked = job.letters.len();
                    }
                }
                Outcome::Letters {
                    output,
                    result,
                    marked,
                    next_number: (marked > 0).then_some(job.letters.len()),
                }
            }
            Done::Mail {
                job,
                records,
                error,
                drafts,
                ..
            } => {
                let marking = job.marking(self.workspace(), &records);
                self.doc.record_mail(&job.meeting, records.clone());
                if !drafts {
                    // The invitations of a meeting removed meanwhile are not there to mark; the
                    // records are kept all the same.
                    let _ = self.doc.apply(marking);
                }
                Outcome::Mail {
                    drafts,
                    records,
                    error,
                }
            }
        }
    }

    /// Imports what `preview` shows, as the officer decided (rows left out, uncertain readings
    /// confirmed), as one undo step: the numbers added and changed, `None` when there was nothing to do,
    /// or the problems that stand in the way.
    pub fn apply_import(
        &mut self,
        preview: &Preview,
        decisions: &import::Decisions,
    ) -> Result<Option<(usize, usize)>, ImportRefused> {
        let edit = preview
            .edit(self.workspace(), decisions)
            .map_err(ImportRefused::Problems)?;
        let Some(edit) = edit else {
            return Ok(None);
        };
        self.doc.apply(edit).map_err(ImportRefused::Edit)?;
        Ok(Some((preview.added(), preview.changed())))
    }
}

/// Why an import did not happen. Nothing changed.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum ImportRefused {
    /// Rows not left out have problems.
    Problems(Vec<import::RowProblem>),
    /// The meeting it was previewed for is gone.
    #[error(transparent)]
    Edit(crate::edit::EditError),
}

impl Outcome {
    /// The messages of a batch in each state: sent, drafted and failed.
    pub fn mail_counts(records: &[(EntityId, MailRecord)]) -> (usize, usize, Vec<EntityId>) {
        let sent = records
            .iter()
            .filter(|(_, r)| matches!(r.state, MailState::Sent { .. }))
            .count();
        let drafted = records
            .iter()
            .filter(|(_, r)| matches!(r.state, MailState::Drafted { .. }))
            .count();
        let failed = records
            .iter()
            .filter(|(_, r)| matches!(r.state, MailState::Failed { .. }))
            .map(|(id, _)| id.clone())
            .collect();
        (sent, drafted, failed)
    }
}
