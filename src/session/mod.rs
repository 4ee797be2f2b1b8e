//! An open workspace, and the work done on it, below both faces.
//!
//! A [`Session`] holds what one open workspace is: the [`Document`] (the workspace and its history), the
//! file it lives in, the lock on that file, what was loaded from it (to notice someone else's save), and
//! why it is read-only, if it is. The use cases live here, each written once for the command line and the
//! app: opening (with the outbox journal of an interrupted batch taken in), the checked save, the letters,
//! the e-mail batches and what "send the failed again" sends, exports and imports. The faces only parse
//! and print (the CLI) or draw and ask (the app) around the same calls.
//!
//! Work that takes a while runs as a [`Job`] on a worker thread, bound to the session it started from by
//! the session's [`SessionId`]: its result is taken only by that session ([`Session::take`]), so the
//! records of a batch of e-mail never land in another workspace opened meanwhile.
//!
//! - `jobs.rs`: the jobs (export, import preview, letters, drafts, sending) and what comes back.
//! - `mail.rs`: which messages a batch sends, and the retry and unknown candidates.

mod jobs;
mod mail;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

pub use jobs::{
    Done, ExportFailed, Finished, Foreign, ImportRefused, Job, JobKind, Outcome, PreviewError,
    StartError, Vanished,
};
pub use mail::{MailRequest, candidates};

use crate::edit::{Document, Edit, EditError};
use crate::model::{MeetingId, Workspace};
use crate::storage::{self, LoadError, Migration, SaveError, lock, outbox};

/// A session's id, unique in this process: what a job carries to say which workspace it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SessionId(u64);

static NEXT_SESSION: AtomicU64 = AtomicU64::new(1);

impl SessionId {
    fn next() -> Self {
        Self(NEXT_SESSION.fetch_add(1, Ordering::Relaxed))
    }
}

/// Why the open workspace is read-only: kept as a reason, not a sentence, so that each face says it in its
/// own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another app or command holds the file's lock; who, when the lock says.
    HeldBy(Option<lock::Holder>),
    /// The user asked to open it read-only.
    Chosen,
}

/// The file an open workspace lives in.
#[derive(Debug)]
struct OpenFile {
    path: PathBuf,
    /// The lock, while this session holds it; `None` read-only, or where no lock can be made (a
    /// read-only medium).
    lock: Option<lock::WorkspaceLock>,
    read_only: Option<ReadOnly>,
    /// The fingerprint of the bytes last loaded from or saved to the file: a save compares the file with
    /// it, to notice that someone else changed it meanwhile.
    fingerprint: u64,
}

/// An open workspace: its document, its file and what keeps it safe.
#[derive(Debug)]
pub struct Session {
    id: SessionId,
    doc: Document,
    file: Option<OpenFile>,
    /// The job started from this session and not yet taken back, if any.
    busy: Option<JobKind>,
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
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Another app or command holds it (and did not let go within the wait).
    #[error(transparent)]
    Held(lock::LockError),
    #[error(transparent)]
    Load(#[from] LoadError),
}

impl OpenError {
    /// Who holds the workspace, when that is why it did not open.
    pub fn holder(&self) -> Option<Option<&lock::Holder>> {
        match self {
            Self::Held(lock::LockError::Held { holder, .. }) => Some(holder.as_ref()),
            _ => None,
        }
    }
}

/// Why a save did not happen. The file is as it was, and the work is still open, unsaved.
#[derive(Debug, thiserror::Error)]
pub enum SaveRefused {
    /// The workspace was opened read-only.
    #[error("The workspace is open read-only; Save as… keeps your changes in another file.\nFile: {}", path.display())]
    ReadOnly { path: PathBuf, reason: ReadOnly },
    /// The file changed on disk since it was loaded or saved here.
    #[error("Someone else saved the workspace since you opened it; nothing was saved.\nFile: {}", path.display())]
    ChangedOnDisk { path: PathBuf },
    /// Another app or command holds the file saved to.
    #[error(transparent)]
    Held(lock::LockError),
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The workspace has no file yet: it must be saved as something first.
    #[error("The workspace is not saved to a file yet.")]
    NoFile,
}

/// A save that happened.
#[derive(Debug)]
pub struct Saved {
    pub path: PathBuf,
    /// The version replaced could not be kept among the backups (the save went ahead).
    pub backup_failed: Option<std::io::Error>,
}

impl Session {
    /// A session on a workspace that has no file yet (the built-in 13MSP, a new workspace).
    pub fn new(workspace: Workspace) -> Self {
        Self {
            id: SessionId::next(),
            doc: Document::new(workspace, true),
            file: None,
            busy: None,
        }
    }

    /// Opens the workspace at `path` to change it: locks it first (waiting up to `wait` for another
    /// holder to let go), then reads it, so that what is loaded is what nobody else can change until this
    /// session lets go. Takes in what the outbox journal of an interrupted batch holds.
    pub fn open(path: &Path, wait: Duration) -> Result<Opened, OpenError> {
        let held = match lock::WorkspaceLock::acquire_waiting(path, wait) {
            Ok(held) => Some(held),
            Err(err @ lock::LockError::Held { .. }) => return Err(OpenError::Held(err)),
            // A folder where no lock file can be made (read-only media): open without one.
            Err(lock::LockError::Io { .. }) => None,
        };
        Self::open_held(path, held)
    }

    /// Opens the workspace at `path` under `held`, its lock already taken (or none to be had).
    pub fn open_held(path: &Path, held: Option<lock::WorkspaceLock>) -> Result<Opened, OpenError> {
        let loaded = storage::load_file(path)?;
        let mut session = Self::new(loaded.workspace);
        let holds_lock = held.is_some();
        session.file = Some(OpenFile {
            path: path.to_owned(),
            lock: held,
            read_only: None,
            fingerprint: loaded.fingerprint,
        });
        // Only the holder of the lock keeps (and so replays) the outbox journal.
        let recovered = if holds_lock {
            session.recover_outbox()
        } else {
            None
        };
        Ok(Opened {
            session,
            migrated: loaded.migrated,
            recovered,
        })
    }

    /// Opens the workspace at `path` read-only: no lock is taken and it cannot be saved over.
    pub fn open_read_only(path: &Path) -> Result<Opened, OpenError> {
        let loaded = storage::load_file(path)?;
        let mut session = Self::new(loaded.workspace);
        session.file = Some(OpenFile {
            path: path.to_owned(),
            lock: None,
            read_only: Some(match lock::holder(path) {
                Some(holder) => ReadOnly::HeldBy(Some(holder)),
                None => ReadOnly::Chosen,
            }),
            fingerprint: loaded.fingerprint,
        });
        Ok(Opened {
            session,
            migrated: loaded.migrated,
            recovered: None,
        })
    }

    /// Records what the outbox journal beside the file holds that the workspace does not: a batch of
    /// e-mail that was interrupted. A message left "sending" is unknown: the user checks the mail
    /// server's sent folder before sending it again. The journal goes once the workspace is saved.
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

    pub fn id(&self) -> SessionId {
        self.id
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

    /// Why the workspace cannot be saved over its file, if it cannot.
    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.file.as_ref().and_then(|f| f.read_only.as_ref())
    }

    /// Whether this session holds its file's lock.
    pub fn holds_lock(&self) -> bool {
        self.file.as_ref().is_some_and(|f| f.lock.is_some())
    }

    /// Whether the file on disk is no longer what was loaded or saved here (someone else saved it).
    pub fn changed_on_disk(&self) -> bool {
        self.file
            .as_ref()
            .is_some_and(|f| storage::fingerprint(&f.path).is_ok_and(|now| now != f.fingerprint))
    }

    /// The job started from this session and not yet taken back.
    pub fn busy(&self) -> Option<JobKind> {
        self.busy
    }

    /// Lets go of the file (its lock, its watch): the session goes on without one.
    pub fn release_file(&mut self) {
        self.file = None;
    }

    /// Gives the session back a lock taken from it (a reload that failed keeps the file open as it was).
    pub fn give_lock(&mut self, lock: Option<lock::WorkspaceLock>) {
        if let Some(file) = &mut self.file {
            file.lock = lock;
        }
    }

    /// Makes `path` the workspace's file as it stands, without its lock: a workspace handed over with the
    /// file it came from (tests, and a workspace restored from a recovery file, which then takes the lock
    /// with [`Session::relock`]).
    pub fn attach(&mut self, path: &Path) {
        self.file = Some(OpenFile {
            path: path.to_owned(),
            lock: None,
            read_only: None,
            fingerprint: storage::fingerprint(path).unwrap_or_default(),
        });
    }

    /// Takes the lock of the workspace's file (waiting up to `wait`); read-only when another holds it.
    pub fn relock(&mut self, wait: Duration) {
        let Some(file) = &mut self.file else {
            return;
        };
        match lock::WorkspaceLock::acquire_waiting(&file.path, wait) {
            Ok(held) => file.lock = Some(held),
            Err(lock::LockError::Held { holder, .. }) => {
                file.read_only = Some(ReadOnly::HeldBy(holder));
            }
            Err(lock::LockError::Io { .. }) => {}
        }
    }

    /// A session on a workspace that is not what any file holds (work restored after a crash, a backup
    /// opened): unsaved until saved.
    pub fn unsaved(workspace: Workspace) -> Self {
        Self {
            id: SessionId::next(),
            doc: Document::new(workspace, false),
            file: None,
            busy: None,
        }
    }

    /// Takes the file's lock back from the session, for a reload under the same lock.
    pub fn take_lock(&mut self) -> Option<lock::WorkspaceLock> {
        self.file.as_mut().and_then(|f| f.lock.take())
    }

    /// Saves over the workspace's own file: refused when it was opened read-only, and when someone else
    /// changed the file since it was loaded or saved here (unless `overwrite`), keeping the version it
    /// replaces among the backups in `data_dir`.
    pub fn save(&mut self, data_dir: Option<&Path>, overwrite: bool) -> Result<Saved, SaveRefused> {
        let Some(file) = &self.file else {
            return Err(SaveRefused::NoFile);
        };
        let path = file.path.clone();
        if let Some(reason) = &file.read_only {
            return Err(SaveRefused::ReadOnly {
                path,
                reason: reason.clone(),
            });
        }
        if !overwrite && storage::fingerprint(&path).is_ok_and(|now| now != file.fingerprint) {
            return Err(SaveRefused::ChangedOnDisk { path });
        }
        let backup_failed = back_up(data_dir, &path);
        let fingerprint = storage::save(&path, self.doc.workspace())?;
        self.doc.mark_saved();
        // The outbox journal's lines are all in the file now, unless a batch is still running.
        if !matches!(self.busy, Some(JobKind::Send { .. })) {
            outbox::remove_journal(&path);
        }
        if let Some(file) = &mut self.file {
            file.fingerprint = fingerprint;
        }
        Ok(Saved {
            path,
            backup_failed,
        })
    }

    /// Saves to `path` and makes it the workspace's file, under that file's lock (taken first, waiting up
    /// to `wait`, so nobody saves it in between). Saving to its own file is [`Session::save`].
    pub fn save_as(
        &mut self,
        path: &Path,
        data_dir: Option<&Path>,
        wait: Duration,
    ) -> Result<Saved, SaveRefused> {
        if self.path() == Some(path) && self.read_only().is_none() {
            return self.save(data_dir, false);
        }
        let held = match lock::WorkspaceLock::acquire_waiting(path, wait) {
            Ok(held) => Some(held),
            Err(err @ lock::LockError::Held { .. }) => return Err(SaveRefused::Held(err)),
            Err(lock::LockError::Io { .. }) => None,
        };
        let backup_failed = back_up(data_dir, path);
        let fingerprint = storage::save(path, self.doc.workspace())?;
        self.doc.mark_saved();
        self.file = Some(OpenFile {
            path: path.to_owned(),
            lock: held,
            read_only: None,
            fingerprint,
        });
        Ok(Saved {
            path: path.to_owned(),
            backup_failed,
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

    #[test]
    fn a_session_saves_only_what_it_loaded_and_says_when_someone_else_saved() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("13msp.ron");
        storage::save(&path, &crate::model::builtin_workspace()).expect("saved");
        let mut opened = Session::open(&path, Duration::ZERO).expect("opens");
        assert!(opened.session.holds_lock());
        let mut other = crate::model::builtin_workspace();
        other.name = "Someone else's".to_owned();
        storage::save(&path, &other).expect("someone else saves");
        assert!(opened.session.changed_on_disk());
        assert!(matches!(
            opened.session.save(None, false),
            Err(SaveRefused::ChangedOnDisk { .. })
        ));
        assert_eq!(storage::load(&path).expect("loads").name, "Someone else's");
        opened
            .session
            .save(None, true)
            .expect("overwrites when asked");
        assert!(!opened.session.changed_on_disk());
        // A second session cannot have it while the first holds it.
        assert!(matches!(
            Session::open(&path, Duration::ZERO),
            Err(OpenError::Held(_))
        ));
    }

    /// A job's result is taken only by the session it started from: another workspace opened meanwhile
    /// refuses it, and nothing of it enters that workspace.
    #[test]
    fn a_result_of_another_session_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let mut first = Session::new(crate::model::builtin_workspace());
        let request = crate::exchange::ExportRequest {
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
        };
        let job = first
            .start_export(request, &dir.path().join("list.csv"))
            .expect("starts");
        assert!(first.busy().is_some());
        assert!(matches!(
            first.start_preview(
                &dir.path().join("x.csv"),
                crate::exchange::import::ImportKind::Replies,
                &"13MSP".into()
            ),
            Err(StartError::Busy(_))
        ));
        let finished = job.wait(&mut |_, _| {}).expect("finishes");
        let mut second = Session::new(crate::model::builtin_workspace());
        let before = second.document().revision();
        assert!(second.take(finished).is_err());
        assert_eq!(second.document().revision(), before);
    }

    #[test]
    fn a_third_session_cannot_have_it_either() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("13msp.ron");
        storage::save(&path, &crate::model::builtin_workspace()).expect("saved");
        let _opened = Session::open(&path, Duration::ZERO).expect("opens");
        assert!(matches!(
            Session::open(&path, Duration::ZERO),
            Err(OpenError::Held(_))
        ));
    }
}
