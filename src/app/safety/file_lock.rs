//! Opening a workspace file through the session: its lock is taken before it is read (so what is loaded is
//! what nobody else can change until this app lets go), read-only when another app holds it, and reloading
//! it.

use std::path::Path;

use super::OPEN_WAIT;
use crate::app::App;
use crate::app::dialogs::Dialog;
use crate::session::{OpenError, Opened, Session};
use crate::storage;
use crate::t;

impl App {
    /// Opens a workspace that another app holds, read-only.
    pub fn open_read_only(&mut self, path: &Path) -> bool {
        match Session::open_read_only(path) {
            Ok(opened) => {
                self.take_opened(opened, None);
                true
            }
            Err(err) => {
                self.show_error(&t!("error-open"), crate::app::words::open_error(&err));
                false
            }
        }
    }

    /// Opens `path`: locks it first, then reads it. When another app holds it, asks whether to open it
    /// read-only.
    pub(crate) fn open_checking_lock(&mut self, path: &Path) -> bool {
        // This app's own file: it holds the lock already.
        if self.path() == Some(path) && self.session.holds_lock() {
            let held = self.session.take_lock();
            return self.load_held(path, held);
        }
        match Session::open(path, OPEN_WAIT) {
            Ok(opened) => {
                self.take_opened(opened, Some(path));
                true
            }
            Err(err) => {
                if let Some(holder) = err.holder() {
                    self.dialog = Some(Dialog::Locked {
                        path: path.to_owned(),
                        holder: crate::app::words::holder_name(holder),
                    });
                } else {
                    self.show_error(&t!("error-open"), crate::app::words::open_error(&err));
                }
                false
            }
        }
    }

    /// Loads `path` under `held` (its lock, already taken) in place of the current workspace; on failure
    /// the workspace that stays open keeps its lock.
    fn load_held(&mut self, path: &Path, held: Option<storage::lock::WorkspaceLock>) -> bool {
        match storage::load_file(path) {
            Ok(_) => match Session::open_held(path, held) {
                Ok(opened) => {
                    self.take_opened(opened, Some(path));
                    true
                }
                Err(err) => {
                    self.show_error(&t!("error-open"), crate::app::words::open_error(&err));
                    false
                }
            },
            Err(err) => {
                self.session.give_lock(held);
                self.show_error(
                    &t!("error-open"),
                    crate::app::words::open_error(&OpenError::Load(err)),
                );
                false
            }
        }
    }

    /// Puts a session just opened in place of the current one, and says once what reading an older
    /// format changed and what an interrupted batch left.
    fn take_opened(&mut self, opened: Opened, path: Option<&Path>) {
        let Opened {
            session,
            migrated,
            recovered,
        } = opened;
        self.replace_session(session, path);
        if let Some(recovered) = recovered {
            self.say(t!(
                "mail-recovered",
                count = recovered.count,
                unknown = recovered.unknown
            ));
        }
        if !migrated.is_empty() {
            let lines: Vec<String> = migrated
                .iter()
                .map(|m| format!("• {}", storage::words::migration(m)))
                .collect();
            self.show_error(
                &t!("migrated-title"),
                format!("{}\n\n{}", t!("migrated-text"), lines.join("\n")),
            );
        }
    }

    /// Reloads the workspace from disk, dropping the changes made here; under the lock this app holds, or
    /// read-only as it was.
    pub fn reload_from_disk(&mut self) -> bool {
        let Some(path) = self.path().map(ToOwned::to_owned) else {
            return false;
        };
        if self.session.read_only().is_some() {
            return self.open_read_only(&path);
        }
        let held = self.session.take_lock();
        self.load_held(&path, held)
    }
}
