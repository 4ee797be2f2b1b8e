//! Opening a workspace file: its lock is taken before it is read (so what is loaded is what nobody else
//! can change until this app lets go), read-only when another app holds it, and reloading it.

use std::path::Path;

use super::{OPEN_WAIT, ReadOnly};
use crate::app::App;
use crate::app::dialogs::Dialog;
use crate::storage::{self, lock};
use crate::t;

impl App {
    /// Makes `path` the workspace's file: keeps its lock (`None` when it could not be had) and the
    /// fingerprint of what was loaded from or saved to it (`None`: what is on disk now), and watches it.
    pub(crate) fn hold_file(
        &mut self,
        path: &Path,
        held: Option<lock::WorkspaceLock>,
        fingerprint: Option<u64>,
    ) {
        self.safety.lock = held;
        self.safety.read_only = None;
        self.safety.fingerprint = fingerprint.or_else(|| storage::fingerprint(path).ok());
        self.safety.changed_on_disk = false;
        self.watch(path);
        self.set_path(Some(path.to_owned()));
    }
    /// Opens a workspace that another app holds, read-only.
    pub fn open_read_only(&mut self, path: &Path) -> bool {
        match storage::load_file(path) {
            Ok(loaded) => {
                self.replace_document(loaded.workspace, None);
                self.hold_file(path, None, Some(loaded.fingerprint));
                self.say_migrated(&loaded.migrated);
                self.safety.read_only = Some(match lock::holder(path) {
                    Some(holder) => ReadOnly::HeldBy(Some(holder.to_string())),
                    None => ReadOnly::Chosen,
                });
                true
            }
            Err(err) => {
                self.show_error(&t!("error-open"), crate::storage::words::load_error(&err));
                false
            }
        }
    }
    /// Opens `path`: locks it first, then reads it, so that what is loaded is what nobody else can change
    /// until this app lets go, and its fingerprint is that of the bytes read. When another app holds it,
    /// asks whether to open it read-only.
    pub(crate) fn open_checking_lock(&mut self, path: &Path) -> bool {
        // This app's own file: it holds the lock already.
        if self.path() == Some(path) && self.safety.lock.is_some() {
            let held = self.safety.lock.take();
            return self.load_held(path, held);
        }
        let held = match lock::WorkspaceLock::acquire_waiting(path, OPEN_WAIT) {
            Ok(held) => Some(held),
            Err(lock::LockError::Held { holder, .. }) => {
                self.dialog = Some(Dialog::Locked {
                    path: path.to_owned(),
                    holder: holder.map_or_else(|| t!("safe-someone-else"), |h| h.to_string()),
                });
                return false;
            }
            // A folder where no lock file can be made (read-only media): open without one.
            Err(lock::LockError::Io { .. }) => None,
        };
        self.load_held(path, held)
    }
    /// Loads `path` under `held` (its lock, already taken) in place of the current workspace.
    fn load_held(&mut self, path: &Path, held: Option<lock::WorkspaceLock>) -> bool {
        match storage::load_file(path) {
            Ok(loaded) => {
                self.replace_document(loaded.workspace, Some(path));
                self.hold_file(path, held, Some(loaded.fingerprint));
                self.say_migrated(&loaded.migrated);
                self.recover_outbox(path);
                true
            }
            Err(err) => {
                // The file that stays open keeps its lock.
                if self.path() == Some(path) {
                    self.safety.lock = held;
                }
                self.show_error(&t!("error-open"), crate::storage::words::load_error(&err));
                false
            }
        }
    }
    /// Says once what reading a file of an older format changed: the file stays as it is until saved.
    fn say_migrated(&mut self, migrated: &[storage::Migration]) {
        if migrated.is_empty() {
            return;
        }
        let lines: Vec<String> = migrated
            .iter()
            .map(|m| format!("• {}", storage::words::migration(m)))
            .collect();
        self.show_error(
            &t!("migrated-title"),
            format!("{}\n\n{}", t!("migrated-text"), lines.join("\n")),
        );
    }
    /// Reloads the workspace from disk, dropping the changes made here; under the lock this app holds, or
    /// read-only as it was.
    pub fn reload_from_disk(&mut self) -> bool {
        let Some(path) = self.path().map(ToOwned::to_owned) else {
            return false;
        };
        if self.safety.read_only.is_some() {
            return self.open_read_only(&path);
        }
        let held = self.safety.lock.take();
        self.load_held(&path, held)
    }
}

impl App {
    /// Records what the outbox journal beside `path` holds that the workspace does not: a batch of
    /// e-mail that was interrupted (the app or a command stopped mid-way). A message left "sending" is
    /// unknown: the user checks the mail server's sent folder before sending it again. Only the holder
    /// of the lock does this; the journal goes once the workspace is saved.
    fn recover_outbox(&mut self, path: &Path) {
        use crate::storage::outbox;
        if self.safety.lock.is_none() {
            return;
        }
        let pending = outbox::pending(self.doc.workspace(), &outbox::read_journal(path));
        if pending.is_empty() {
            return;
        }
        let unknown = pending
            .iter()
            .filter(|(_, _, r)| matches!(r.state, crate::model::MailState::Unknown { .. }))
            .count();
        let count = pending.len();
        for (meeting, id, record) in pending {
            self.doc.record_mail(meeting, vec![(id, record)]);
        }
        self.say(t!("mail-recovered", count = count, unknown = unknown));
    }
}
