//! An open workspace, and the work done on it, below both faces.
//!
//! A [`Session`] holds what one open workspace is: the [`Document`] (the workspace and its history), the
//! file it lives in, and what was last read from or written to that file (its fingerprint, to notice
//! someone else's save, and its text, packed, the base of a merge with that save). No lock is held
//! while a workspace is open: several officers edit one workspace at once, and a save merges what others
//! saved meanwhile (`model::merge`), under the file's lock for the moment it writes; a batch of e-mail
//! holds the lock while it is sent. The use cases live here, each written once for the command line and the
//! app: opening (with the outbox journal of an interrupted batch taken in), the checked save, the letters,
//! the e-mail batches and what "send the failed again" sends, exports and imports. The faces only parse
//! and print (the CLI) or draw and ask (the app) around the same calls.
//!
//! Work that takes a while runs as a [`Job`] on a worker thread, held by the session it started from, which
//! takes its result ([`Session::poll_job`], [`Session::wait_job`]): the records of a batch of e-mail land
//! in the workspace that sent it, and nothing replaces that workspace while the job runs.
//!
//! - `jobs.rs`: the jobs (export, import preview, letters, drafts, sending) and what comes back.
//! - `mail.rs`: which messages a batch sends, and the retry and unknown candidates.

mod jobs;
mod mail;
mod preview;
pub mod words;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use jobs::{
    ExportFailed, ImportRefused, Job, JobKind, LettersRequest, Outcome, PreviewError, Previewed,
    StartError, Vanished,
};
pub use mail::{MailRequest, candidates};
pub use preview::PreviewRequest;

use crate::edit::{Document, Edit, EditError};
use crate::model::merge::{self, Change, Choices, Conflict};
use crate::model::{MeetingId, Workspace};
use crate::storage::{self, LoadError, Migration, SaveError, lock, outbox};

/// The file an open workspace lives in.
#[derive(Debug)]
struct OpenFile {
    path: PathBuf,
    /// The fingerprint of the bytes last read from or written to the file: a save compares the file with
    /// it, to notice that someone else saved meanwhile.
    fingerprint: u64,
    /// Those bytes, packed: the version this session's changes were made from, the base of a merge
    /// with what someone else saved (read again only when a merge needs it).
    base: storage::Packed,
}

/// An open workspace: its document, its file and what keeps it safe.
#[derive(Debug)]
pub struct Session {
    doc: Document,
    file: Option<OpenFile>,
    /// The job started from this session and not yet taken back, if any. A batch of e-mail holds the
    /// file's lock in it; opening takes no lock, and a save takes it for the moment it writes.
    job: Option<Job>,
}

/// A workspace just opened, and what the user should be told once.
#[derive(Debug)]
pub struct Opened {
    pub session: Session,
    /// What reading an older format changed (the file is untouched until saved).
    pub migrated: Vec<Migration>,
    /// What the outbox journal of an interrupted batch held that the file did not, now recorded.
    pub recovered: Option<Recovered>,
}

/// The messages of an interrupted batch taken in from the outbox journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recovered {
    pub count: usize,
    /// Of them, those whose fate only the mail server knows (the batch stopped while handing them over).
    pub unknown: usize,
}

/// Why a workspace did not open. Nothing was changed.
pub type OpenError = LoadError;

/// What a merge took in from someone else's save.
#[derive(Clone, Debug, Default)]
pub struct Taken {
    /// Their changes, record by record and field by field.
    pub changes: Vec<Change>,
    /// People added here whose id the other side had given to someone else, now under a new one.
    pub renumbered: usize,
}

/// Someone else's save contradicts changes made here: each conflict waits for a person's choice.
/// Nothing was written and nothing taken in.
#[derive(Clone, Debug)]
pub struct Disagreement {
    pub path: PathBuf,
    pub conflicts: Vec<Conflict>,
    /// The workspace as it will be once the conflicts are settled for this side, to name records by.
    pub merged: Box<Workspace>,
}

/// In English, for the command line: each conflict on a line.
impl std::fmt::Display for Disagreement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::english(self))
    }
}

/// Why a save (or a merge with what is on disk) did not happen. The file is as it was, and the work is
/// still open, unsaved.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum SaveRefused {
    /// Someone else saved changes that contradict these; each needs a choice ([`Choices`]).
    Conflicts(Box<Disagreement>),
    /// The file on disk cannot be read any more (someone else wrote something that is not a
    /// workspace), so it cannot be merged with.
    Unreadable(LoadError),
    /// Another app or command is writing the file, or sending e-mail from it, and did not finish within
    /// the wait.
    #[error(transparent)]
    Held(lock::LockError),
    #[error(transparent)]
    Save(#[from] SaveError),
    /// Taking in the other side's changes failed (a defect: the merge gave a workspace its own edits
    /// cannot reach).
    #[error(transparent)]
    Edit(#[from] EditError),
    /// The workspace has no file yet: it must be saved as something first.
    NoFile,
}

/// A save that happened.
#[derive(Debug)]
pub struct Saved {
    pub path: PathBuf,
    /// The version replaced could not be kept among the backups (the save went ahead).
    pub backup_failed: Option<std::io::Error>,
    /// What was merged in from someone else's save first, if the file had changed.
    pub merged: Option<Taken>,
}

impl Session {
    /// A session on a workspace that has no file yet (the built-in 13MSP, a new workspace).
    pub fn new(workspace: Workspace) -> Self {
        Self {
            doc: Document::new(workspace, true),
            file: None,
            job: None,
        }
    }

    /// Opens the workspace at `path`. No lock is kept: several apps and commands edit one workspace at
    /// once, and each save merges with what the others saved. Takes in what the outbox journal of an
    /// interrupted batch holds, unless a batch is being sent from the workspace right now.
    pub fn open(path: &Path) -> Result<Opened, OpenError> {
        let (loaded, base) = storage::load_file_packed(path)?;
        let mut session = Self::new(loaded.workspace);
        session.file = Some(OpenFile {
            path: path.to_owned(),
            fingerprint: loaded.fingerprint,
            base,
        });
        // A batch that is running holds the lock and keeps its journal; one that was interrupted left it.
        let recovered = match lock::WorkspaceLock::acquire(path) {
            Err(lock::LockError::Held { .. }) => None,
            _ => session.recover_outbox(),
        };
        Ok(Opened {
            session,
            migrated: loaded.migrated,
            recovered,
        })
    }

    /// Records what the outbox journal beside the file holds that the workspace does not: a batch of
    /// e-mail that was interrupted, or one sent from another app that has not saved yet. A message left
    /// "sending" is unknown: the user checks the mail server's sent folder before sending it again. The
    /// journal goes once the workspace is saved.
    fn recover_outbox(&mut self) -> Option<Recovered> {
        let path = self.path()?.to_owned();
        let pending = outbox::pending(self.doc.workspace(), &outbox::read_journal(&path));
        if pending.is_empty() {
            return None;
        }
        let unknown = pending
            .iter()
            .filter(|(_, _, r)| matches!(r.state, crate::model::MailState::Unknown { .. }))
            .count();
        let count = pending.len();
        for (meeting, id, record) in pending {
            self.doc.record_mail(&meeting, vec![(id, record)]);
        }
        Some(Recovered { count, unknown })
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The document, to edit (the one edit path: [`Document::apply`]) or to undo.
    pub fn document_mut(&mut self) -> &mut Document {
        &mut self.doc
    }

    pub fn workspace(&self) -> &Workspace {
        self.doc.workspace()
    }

    /// Applies an edit as one undo step; whether it changed anything.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        self.doc.apply(edit)
    }

    /// The workspace's file, if it has one.
    pub fn path(&self) -> Option<&Path> {
        self.file.as_ref().map(|f| f.path.as_path())
    }

    /// Whether this session holds its file's lock (while it sends a batch of e-mail).
    pub fn holds_lock(&self) -> bool {
        self.job.as_ref().is_some_and(Job::holds_lock)
    }

    /// Whether the file on disk is no longer what was loaded or saved here (someone else saved it).
    pub fn changed_on_disk(&self) -> bool {
        self.file
            .as_ref()
            .is_some_and(|f| storage::fingerprint(&f.path).is_ok_and(|now| now != f.fingerprint))
    }

    /// Lets go of the file (its lock, its watch): the session goes on without one.
    pub fn release_file(&mut self) {
        self.file = None;
    }

    /// Makes `path` the workspace's file: a workspace handed over with the file it came from (tests, and
    /// work restored after a crash). What the file holds now is the base its next save merges with; a
    /// file that cannot be read gives this workspace as the base.
    pub fn attach(&mut self, path: &Path) {
        let (fingerprint, base) = match storage::load_file_packed(path) {
            Ok((loaded, base)) => (loaded.fingerprint, base),
            Err(_) => (
                storage::fingerprint(path).unwrap_or_default(),
                storage::Packed::of(self.workspace()),
            ),
        };
        self.file = Some(OpenFile {
            path: path.to_owned(),
            fingerprint,
            base,
        });
    }

    /// Makes `path` the workspace's file, with `base` the version its work started from (work restored
    /// after a crash, whose recovery file kept it): the next save merges what the file holds by then.
    pub fn attach_from(&mut self, path: &Path, base: &Workspace) {
        // The file as it is, when it still holds the base; otherwise no fingerprint matches, so the file
        // shows as changed by a colleague and the next save reads it and merges.
        let fingerprint = match storage::load_file(path) {
            Ok(loaded) if loaded.workspace == *base => loaded.fingerprint,
            _ => 0,
        };
        self.file = Some(OpenFile {
            path: path.to_owned(),
            fingerprint,
            base: storage::Packed::of(base),
        });
    }

    /// The version the changes made here started from (what the file held when last read or written
    /// here), packed, with the fingerprint of the file's bytes it was, if the workspace has a file.
    pub fn base(&self) -> Option<(u64, &storage::Packed)> {
        self.file.as_ref().map(|f| (f.fingerprint, &f.base))
    }

    /// A session on a workspace that is not what any file holds (work restored after a crash, a backup
    /// opened): unsaved until saved.
    pub fn unsaved(workspace: Workspace) -> Self {
        Self {
            doc: Document::new(workspace, false),
            file: None,
            job: None,
        }
    }

    /// Takes in what someone else saved to the file since it was loaded or saved here, merged with the
    /// changes made here, as one undo step; settles the conflicts by `choices`, and refuses (taking
    /// nothing in) while any is left. `None` when the file has not changed. When nothing had changed
    /// here, the workspace is then what the file holds, and clean.
    pub fn merge_from_disk(&mut self, choices: &Choices) -> Result<Option<Taken>, SaveRefused> {
        let Some(file) = &self.file else {
            return Err(SaveRefused::NoFile);
        };
        let path = file.path.clone();
        match storage::fingerprint(&path) {
            Ok(now) if now == file.fingerprint => return Ok(None),
            // Gone: the next save writes it anew.
            Err(err) if err.is_not_found() => return Ok(None),
            _ => {}
        }
        let (loaded, theirs) = storage::load_file_packed(&path).map_err(SaveRefused::Unreadable)?;
        let base = file
            .base
            .workspace(&path)
            .map_err(SaveRefused::Unreadable)?;
        let was_clean = !self.doc.is_dirty();
        let merged = merge::merge(&base, self.doc.workspace(), &loaded.workspace, choices);
        if !merged.conflicts.is_empty() {
            return Err(SaveRefused::Conflicts(Box::new(Disagreement {
                path,
                conflicts: merged.conflicts,
                merged: Box::new(merged.workspace),
            })));
        }
        self.doc.bring_to(&merged.workspace)?;
        if was_clean || *self.doc.workspace() == loaded.workspace {
            self.doc.mark_saved();
        }
        if let Some(file) = &mut self.file {
            file.fingerprint = loaded.fingerprint;
            file.base = theirs;
        }
        Ok(Some(Taken {
            changes: merged.taken,
            renumbered: merged.renumbered,
        }))
    }

    /// Saves over the workspace's own file. Under the file's lock (waiting up to `wait` for another
    /// writer): what someone else saved since this session loaded or saved is merged in first
    /// ([`Session::merge_from_disk`]: their changes and these both kept, conflicts settled by `choices`
    /// or refused), then the result is written, keeping the version it replaces among the backups in
    /// `data_dir`.
    pub fn save(
        &mut self,
        data_dir: Option<&Path>,
        choices: &Choices,
        wait: Duration,
    ) -> Result<Saved, SaveRefused> {
        let path = self.path().ok_or(SaveRefused::NoFile)?.to_owned();
        let _held = self.lock_to_write(&path, wait)?;
        let merged = self.merge_from_disk(choices)?;
        // What a batch sent from elsewhere left in the journal goes into the file before the journal goes.
        let sending = matches!(self.busy(), Some(JobKind::Send { .. }));
        if !sending {
            self.recover_outbox();
        }
        let backup_failed = back_up(data_dir, &path);
        let (fingerprint, base) = storage::save_packed(&path, self.doc.workspace())?;
        self.doc.mark_saved();
        if !sending {
            outbox::remove_journal(&path);
        }
        if let Some(file) = &mut self.file {
            file.fingerprint = fingerprint;
            file.base = base;
        }
        Ok(Saved {
            path,
            backup_failed,
            merged,
        })
    }

    /// The file's lock for one write: none to take when this session holds it already (it is sending),
    /// or where no lock can be made (a read-only medium, where the write then fails on its own).
    fn lock_to_write(
        &self,
        path: &Path,
        wait: Duration,
    ) -> Result<Option<lock::WorkspaceLock>, SaveRefused> {
        if self.holds_lock() {
            return Ok(None);
        }
        match lock::WorkspaceLock::acquire_waiting(path, wait) {
            Ok(held) => Ok(Some(held)),
            Err(err @ lock::LockError::Held { .. }) => Err(SaveRefused::Held(err)),
            Err(lock::LockError::Io { .. }) => Ok(None),
        }
    }

    /// Saves to `path` and makes it the workspace's file (taking its lock for the write, waiting up to
    /// `wait`). The user chose to replace whatever `path` held. Saving to its own file is
    /// [`Session::save`].
    pub fn save_as(
        &mut self,
        path: &Path,
        data_dir: Option<&Path>,
        wait: Duration,
    ) -> Result<Saved, SaveRefused> {
        if self.path() == Some(path) {
            return self.save(data_dir, &Choices::new(), wait);
        }
        let _held = match lock::WorkspaceLock::acquire_waiting(path, wait) {
            Ok(held) => Some(held),
            Err(err @ lock::LockError::Held { .. }) => return Err(SaveRefused::Held(err)),
            Err(lock::LockError::Io { .. }) => None,
        };
        let backup_failed = back_up(data_dir, path);
        let (fingerprint, base) = storage::save_packed(path, self.doc.workspace())?;
        self.doc.mark_saved();
        self.file = Some(OpenFile {
            path: path.to_owned(),
            fingerprint,
            base,
        });
        Ok(Saved {
            path: path.to_owned(),
            backup_failed,
            merged: None,
        })
    }

    /// The meeting named `short_name` on the command line, or the first.
    pub fn meeting_named(&self, short_name: Option<&str>) -> Option<MeetingId> {
        let workspace = self.workspace();
        match short_name {
            None => workspace.meetings.first(),
            Some(name) => workspace.meeting_named(name),
        }
        .map(|m| m.id.clone())
    }
}

/// Keeps the version at `path` among the backups in `data_dir`; the error when it could not.
fn back_up(data_dir: Option<&Path>, path: &Path) -> Option<std::io::Error> {
    data_dir.and_then(|dir| storage::backups::back_up(dir, path).err())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(session: &mut Session, iso3: &str, reply: crate::model::Reply) {
        let meeting = session.workspace().meetings[0].id.clone();
        let id = crate::model::EntityId::state(iso3);
        let mut invitee = session.workspace().meetings[0]
            .invitees
            .get(&id)
            .cloned()
            .unwrap_or_default();
        invitee.invitation.reply = reply;
        session
            .apply(Edit::PutInvitee {
                meeting,
                id,
                value: Some(invitee),
            })
            .expect("applies");
    }

    fn reply_in(path: &Path, iso3: &str) -> crate::model::Reply {
        let workspace = storage::load(path).expect("loads");
        workspace.meetings[0]
            .invitees
            .get(&crate::model::EntityId::state(iso3))
            .map(|i| i.invitation.reply)
            .unwrap_or_default()
    }

    const WAIT: Duration = Duration::from_secs(2);

    /// Two sessions on one file at once: neither is read-only, each save merges the other's, and a value
    /// both changed differently waits for a choice, writing nothing until it is made.
    #[test]
    fn two_sessions_edit_one_file_and_each_save_keeps_the_others_changes() {
        use crate::model::Reply;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("13msp.ron");
        storage::save(&path, &crate::model::builtin_workspace()).expect("saved");
        let mut first = Session::open(&path).expect("opens").session;
        let mut second = Session::open(&path).expect("opens too").session;
        assert!(!first.holds_lock() && !second.holds_lock());
        reply(&mut first, "CHL", Reply::Accepted);
        reply(&mut second, "PER", Reply::Declined);
        first
            .save(None, &Choices::new(), WAIT)
            .expect("first saves");
        assert!(second.changed_on_disk());
        let saved = second
            .save(None, &Choices::new(), WAIT)
            .expect("second saves, merging");
        let taken = saved.merged.expect("merged the first's save");
        assert_eq!(taken.changes.len(), 1, "{:?}", taken.changes);
        assert_eq!(reply_in(&path, "CHL"), Reply::Accepted);
        assert_eq!(reply_in(&path, "PER"), Reply::Declined);
        // The merge was one undo step: undone, the second has only its own change again.
        assert!(second.document_mut().undo());
        assert_eq!(
            second.workspace().meetings[0].invitees[&crate::model::EntityId::state("CHL")]
                .invitation
                .reply,
            Reply::NoReply
        );
        assert!(second.document_mut().redo());

        // Both change one value: the second save is refused, naming it, and writes nothing.
        reply(&mut first, "ARG", Reply::Accepted);
        first.save(None, &Choices::new(), WAIT).expect("saves");
        reply(&mut second, "ARG", Reply::Declined);
        let before = storage::read_regular(&path, u64::MAX).expect("reads");
        let Err(SaveRefused::Conflicts(disagreement)) = second.save(None, &Choices::new(), WAIT)
        else {
            panic!("a conflict");
        };
        assert_eq!(
            storage::read_regular(&path, u64::MAX).expect("reads"),
            before,
            "nothing written"
        );
        assert_eq!(disagreement.conflicts.len(), 1);
        let line = disagreement.to_string();
        assert!(
            line.contains("Argentina: reply: Declined on this side, Accepted on the other"),
            "{line}"
        );
        assert!(
            second.document().is_dirty(),
            "the work is still here, unsaved"
        );
        let choices: Choices = disagreement
            .conflicts
            .iter()
            .map(|c| (c.key.clone(), merge::Side::Theirs))
            .collect();
        second.save(None, &choices, WAIT).expect("saves as chosen");
        assert_eq!(reply_in(&path, "ARG"), Reply::Accepted);
        assert!(!second.document().is_dirty());
    }

    /// A session with nothing unsaved takes a colleague's save in as it is, and stays clean.
    #[test]
    fn a_clean_session_takes_a_colleagues_save_in_and_stays_clean() {
        use crate::model::Reply;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("13msp.ron");
        storage::save(&path, &crate::model::builtin_workspace()).expect("saved");
        let mut first = Session::open(&path).expect("opens").session;
        let mut second = Session::open(&path).expect("opens").session;
        reply(&mut first, "CHL", Reply::Accepted);
        first.save(None, &Choices::new(), WAIT).expect("saves");
        let taken = second.merge_from_disk(&Choices::new()).expect("merges");
        assert!(taken.is_some());
        assert!(!second.document().is_dirty());
        assert!(!second.changed_on_disk());
        assert_eq!(second.workspace(), &storage::load(&path).expect("loads"));
    }

    fn export_request() -> crate::exchange::ExportRequest {
        crate::exchange::ExportRequest {
            list: crate::exchange::ListKind::Participants,
            format: crate::exchange::Format::Csv,
            meeting: "13MSP".into(),
            document_number: "INF.2".to_owned(),
            date: crate::model::Date::from_ymd_opt(2013, 12, 5).expect("a date"),
            internal: false,
            csv: crate::exchange::tabular::CsvOptions::default(),
            since: None,
            only: None,
            first_seat: None,
            letters: crate::exchange::LetterOptions::default(),
            lang: crate::i18n::Lang::En,
            designated_only: false,
            attended: false,
        }
    }

    /// A session runs one job at a time, from start to end: a second is refused while the first runs,
    /// and the session takes the first's result itself.
    #[test]
    fn a_session_runs_one_job_from_start_to_end() {
        let dir = tempfile::tempdir().expect("dir");
        let mut session = Session::new(crate::model::builtin_workspace());
        session
            .start_export(export_request(), &dir.path().join("list.csv"))
            .expect("starts");
        assert!(session.busy().is_some());
        assert!(matches!(
            session.start_preview(
                PreviewRequest::new(
                    &dir.path().join("x.csv"),
                    crate::exchange::import::ImportKind::Replies,
                    &"13MSP".into()
                ),
                None
            ),
            Err(StartError::Busy(_))
        ));
        let outcome = session.wait_job(&mut |_, _| {}).expect("finishes");
        assert!(matches!(outcome, Outcome::Exported { result: Ok(()), .. }));
        assert!(session.busy().is_none());
        assert!(dir.path().join("list.csv").is_file());
    }

    /// A batch's hold on the file's lock is its job's: when the job's worker fails or panics, the lock
    /// goes with it, and the file can be locked again.
    #[test]
    fn a_jobs_lock_is_let_go_when_the_job_panics() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("13msp.ron");
        storage::save(&path, &crate::model::builtin_workspace()).expect("saved");
        let mut session = Session::open(&path).expect("opens").session;
        let held = lock::WorkspaceLock::acquire(&path).expect("locks");
        jobs::spawn_for_test(&mut session, Some(held), || {
            panic!("a defect in the worker")
        });
        assert!(session.holds_lock());
        assert!(
            lock::WorkspaceLock::acquire(&path).is_err(),
            "held by the job"
        );
        let ended = session.wait_job(&mut |_, _| {});
        assert!(matches!(ended, Err(Vanished)));
        assert!(!session.holds_lock());
        assert!(session.busy().is_none());
        assert!(
            lock::WorkspaceLock::acquire(&path).is_ok(),
            "let go with the job"
        );
    }
}
