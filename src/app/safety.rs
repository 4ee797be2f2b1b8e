//! Work is never lost: the workspace lock (one organiser at a time, read-only for the others), the check
//! that the file on disk is still the one loaded before saving over it, the banner when it changes on disk,
//! autosave to a recovery file and the offer to restore it after a crash, and backups.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use egui::{RichText, Ui};

use super::App;
use super::dialogs::Dialog;
use crate::edit::Document;
use crate::storage::{self, backups, lock, recovery};
use crate::t;

/// Unsaved changes are written aside this often.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// How long opening a file waits for a command that holds it (an import saving) to finish.
const OPEN_WAIT: Duration = Duration::from_millis(1500);

pub use storage::DATA_DIR_VARIABLE;

/// The app's own data folder ([`storage::data_dir`]), where eframe keeps the preferences too.
pub fn default_data_dir() -> Option<PathBuf> {
    storage::data_dir()
}

/// What keeps the open workspace safe: its lock, what was on disk, the watch on its folder, the recovery
/// slot.
#[derive(Default)]
pub struct Safety {
    pub(crate) data_dir: Option<PathBuf>,
    lock: Option<lock::WorkspaceLock>,
    /// Set when the workspace was opened read-only.
    pub(crate) read_only: Option<ReadOnly>,
    fingerprint: Option<u64>,
    /// The file changed on disk since it was loaded or saved.
    pub(crate) changed_on_disk: bool,
    watcher: Option<(
        notify::RecommendedWatcher,
        mpsc::Receiver<notify::Result<notify::Event>>,
    )>,
    slot: Option<recovery::Slot>,
    autosaved: Option<(u64, Instant)>,
    was_focused: bool,
}

/// Why the open workspace is read-only; kept as a reason, not a sentence, so the banner follows a change
/// of language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another app holds the file's lock; who, when the lock says.
    HeldBy(Option<String>),
    /// The user asked to open it read-only, and nobody holds it any more.
    Chosen,
}

impl ReadOnly {
    /// The line under the "Read-only" mark.
    fn banner(&self) -> String {
        match self {
            Self::HeldBy(holder) => t!("safe-read-only-banner", holder = holder_name(holder)),
            Self::Chosen => t!("safe-read-only-chosen"),
        }
    }

    /// Why saving over the file is refused.
    fn refusal(&self) -> String {
        match self {
            Self::HeldBy(holder) => t!("safe-read-only-text", holder = holder_name(holder)),
            Self::Chosen => t!("safe-read-only-chosen"),
        }
    }
}

fn holder_name(holder: &Option<String>) -> String {
    holder.clone().unwrap_or_else(|| t!("safe-someone-else"))
}

impl Safety {
    /// Lets go of the workspace's file: no lock, no watch.
    pub(crate) fn release_file(&mut self) {
        self.lock = None;
        self.read_only = None;
        self.fingerprint = None;
        self.changed_on_disk = false;
        self.watcher = None;
    }
}

impl App {
    /// Uses `dir` for backups and recovery files.
    pub fn with_data_dir(mut self, dir: &Path) -> Self {
        self.safety.data_dir = Some(dir.to_owned());
        self
    }

    /// Whether the workspace was opened read-only, and why.
    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.safety.read_only.as_ref()
    }

    /// Whether the file changed on disk since it was loaded or saved.
    pub fn changed_on_disk(&self) -> bool {
        self.safety.changed_on_disk
    }

    /// Offers the unsaved work that a crashed or killed app left behind.
    pub(crate) fn offer_recovery(&mut self) {
        let Some(dir) = &self.safety.data_dir else {
            return;
        };
        let found = recovery::left_behind(dir);
        if !found.is_empty() {
            self.dialog = Some(Dialog::Recover(found));
        }
    }

    /// Restores unsaved work from a recovery file: it opens unsaved, on its original file if it had one, and
    /// the recovery file is removed.
    pub fn restore_recovery(&mut self, found: &recovery::Found) {
        let original = found.file.original.clone();
        self.replace_document(found.file.workspace.clone(), None);
        self.doc = Document::new(found.file.workspace.clone(), false);
        if let Some(path) = original {
            // The work goes back on its file as it is on disk now: saving compares with that.
            match lock::WorkspaceLock::acquire_waiting(&path, OPEN_WAIT) {
                Ok(held) => self.hold_file(&path, Some(held), None),
                Err(lock::LockError::Held { holder, .. }) => {
                    self.hold_file(&path, None, None);
                    self.safety.read_only = Some(ReadOnly::HeldBy(holder.map(|h| h.to_string())));
                }
                Err(lock::LockError::Io { .. }) => self.hold_file(&path, None, None),
            }
        }
        recovery::remove(found);
        self.notice = Some(t!("safe-restored"));
    }

    /// Discards a recovery file.
    pub fn discard_recovery(&mut self, found: &recovery::Found) {
        recovery::remove(found);
    }

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

    /// Watches the workspace's folder: an atomic save replaces the file, so the folder is what to watch.
    fn watch(&mut self, path: &Path) {
        use notify::Watcher as _;
        self.safety.watcher = None;
        let (sender, receiver) = mpsc::channel();
        let Ok(mut watcher) = notify::recommended_watcher(move |event| {
            let _ = sender.send(event);
        }) else {
            return;
        };
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if watcher
            .watch(folder, notify::RecursiveMode::NonRecursive)
            .is_ok()
        {
            self.safety.watcher = Some((watcher, receiver));
        }
    }

    /// Opens a workspace that another app holds, read-only.
    pub fn open_read_only(&mut self, path: &Path) -> bool {
        match storage::load_file(path) {
            Ok(loaded) => {
                self.replace_document(loaded.workspace, None);
                self.hold_file(path, None, Some(loaded.fingerprint));
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
                self.replace_document(loaded.workspace, Some(path.to_owned()));
                self.hold_file(path, held, Some(loaded.fingerprint));
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

    /// Saves, refusing to overwrite a file someone else changed since it was loaded (asks instead), and
    /// keeping the previous version as a backup.
    pub(crate) fn save_checked(&mut self, path: &Path, overwrite: bool) -> bool {
        let same_file = self.path() == Some(path);
        if same_file && self.safety.read_only.is_some() {
            self.show_error(
                &t!("safe-read-only-title"),
                format!(
                    "{}\n{}",
                    self.safety
                        .read_only
                        .as_ref()
                        .map(ReadOnly::refusal)
                        .unwrap_or_default(),
                    t!("dialog-file", path = path.display().to_string())
                ),
            );
            return false;
        }
        if same_file
            && !overwrite
            && let Some(loaded) = self.safety.fingerprint
            && storage::fingerprint(path).is_ok_and(|now| now != loaded)
        {
            self.dialog = Some(Dialog::Conflict {
                path: path.to_owned(),
            });
            return false;
        }
        // Saving to another file takes that file's lock first, so nobody saves it in between.
        let new_lock = if same_file {
            None
        } else {
            match lock::WorkspaceLock::acquire_waiting(path, OPEN_WAIT) {
                Ok(held) => Some(held),
                Err(lock::LockError::Held { holder, .. }) => {
                    self.show_error(
                        &t!("error-save"),
                        format!(
                            "{}\n{}",
                            t!(
                                "safe-other-window",
                                holder = holder
                                    .map_or_else(|| t!("safe-someone-else"), |h| h.to_string())
                            ),
                            t!("dialog-file", path = path.display().to_string())
                        ),
                    );
                    return false;
                }
                Err(lock::LockError::Io { .. }) => None,
            }
        };
        let mut backup_note = None;
        if let Some(dir) = &self.safety.data_dir
            && let Err(err) = backups::back_up(dir, path)
        {
            backup_note = Some(t!("safe-no-backup", error = err.to_string()));
        }
        match storage::save(path, self.doc.workspace()) {
            Ok(fingerprint) => {
                self.doc.mark_saved();
                if same_file {
                    self.safety.fingerprint = Some(fingerprint);
                    self.safety.changed_on_disk = false;
                    self.set_path(Some(path.to_owned()));
                } else {
                    self.hold_file(path, new_lock, Some(fingerprint));
                }
                if let Some(slot) = &self.safety.slot {
                    slot.clear();
                }
                self.notice = Some(format!(
                    "{}{}",
                    t!("notice-saved", path = path.display().to_string()),
                    backup_note.unwrap_or_default()
                ));
                true
            }
            Err(err) => {
                self.show_error(&t!("error-save"), crate::storage::words::save_error(&err));
                false
            }
        }
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

    /// Writes the unsaved work to the recovery file now (what the 30-second timer and losing focus do).
    pub fn autosave_now(&mut self) -> bool {
        let Some(dir) = self.safety.data_dir.clone() else {
            return false;
        };
        if !self.doc.is_dirty() {
            return false;
        }
        if self.safety.slot.is_none() {
            self.safety.slot = recovery::Slot::new(&dir).ok();
        }
        let Some(slot) = &self.safety.slot else {
            return false;
        };
        let ok = slot.write(self.path(), self.doc.workspace()).is_ok();
        self.safety.autosaved = Some((self.doc.revision(), Instant::now()));
        ok
    }

    /// The recovery file this app writes to, once it has written one.
    pub fn recovery_path(&self) -> Option<&Path> {
        self.safety.slot.as_ref().map(recovery::Slot::path)
    }

    /// Per-frame upkeep: autosave, and the watch on the file's folder.
    pub(crate) fn safety_logic(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.viewport().focused.unwrap_or(true));
        let lost_focus = self.safety.was_focused && !focused;
        self.safety.was_focused = focused;
        let due = match self.safety.autosaved {
            None => true,
            Some((revision, at)) => {
                revision != self.doc.revision() && at.elapsed() >= AUTOSAVE_EVERY
            }
        };
        if self.doc.is_dirty()
            && (due || lost_focus)
            && self
                .safety
                .autosaved
                .is_none_or(|(r, _)| r != self.doc.revision())
        {
            self.autosave_now();
        }
        if self.doc.is_dirty() {
            ctx.request_repaint_after(AUTOSAVE_EVERY);
        }
        self.poll_disk();
    }

    /// Notices a change of the workspace file on disk (someone else saved it).
    fn poll_disk(&mut self) {
        let Some((_, receiver)) = &self.safety.watcher else {
            return;
        };
        let mut touched = false;
        while let Ok(event) = receiver.try_recv() {
            if let Ok(event) = event
                && let Some(path) = self.path()
                && event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == path.file_name())
            {
                touched = true;
            }
        }
        if touched && let Some(path) = self.path() {
            let now = storage::fingerprint(path).ok();
            if now.is_some() && now != self.safety.fingerprint {
                self.safety.changed_on_disk = true;
            }
        }
    }

    /// Checks the file on disk now, as the folder watch does when it reports a change.
    pub fn check_disk_now(&mut self) {
        if let Some(path) = self.path() {
            let now = storage::fingerprint(path).ok();
            self.safety.changed_on_disk = now.is_some() && now != self.safety.fingerprint;
        }
    }

    /// Drops the recovery file when the user discarded the unsaved work on purpose.
    pub(crate) fn forget_recovery(&mut self) {
        if let Some(slot) = &self.safety.slot {
            slot.clear();
        }
    }

    /// The backups kept of the open workspace (of all workspaces if none is open from a file).
    pub fn backups(&self) -> Vec<backups::Backup> {
        self.safety
            .data_dir
            .as_deref()
            .map(|dir| backups::list_for(dir, self.path()))
            .unwrap_or_default()
    }

    /// Opens a backup as an unsaved copy: no file, nothing overwritten until the user saves somewhere.
    pub fn open_backup(&mut self, backup: &Path) -> bool {
        match storage::load(backup) {
            Ok(workspace) => {
                self.replace_document(workspace.clone(), None);
                self.doc = Document::new(workspace, false);
                self.notice = Some(t!("safe-backup-opened"));
                true
            }
            Err(err) => {
                self.show_error(
                    &t!("safe-backup-error"),
                    crate::storage::words::load_error(&err),
                );
                false
            }
        }
    }
}

/// The banners above the work: read-only, changed on disk.
pub fn banners(app: &mut App, ui: &mut Ui) {
    if let Some(read_only) = app.safety.read_only.clone() {
        ui.horizontal(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                RichText::new(t!("safe-read-only")).strong(),
            );
            ui.label(read_only.banner());
        });
    }
    if app.safety.changed_on_disk {
        ui.horizontal(|ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                RichText::new(t!("safe-changed")).strong(),
            );
            ui.label(t!("safe-changed-text"));
            if ui
                .button(t!("safe-reload"))
                .on_hover_text(t!("safe-reload-hint"))
                .clicked()
            {
                app.reload_from_disk();
            }
            if ui
                .button(t!("safe-keep"))
                .on_hover_text(t!("safe-keep-hint"))
                .clicked()
            {
                app.safety.changed_on_disk = false;
            }
        });
    }
}

/// Formats a backup's time and size for the list.
pub fn describe(backup: &backups::Backup) -> String {
    let when: chrono::DateTime<chrono::Local> = backup.written.into();
    format!(
        "{} · {} · {:.1} kB",
        backup.of,
        when.format("%Y-%m-%d %H:%M:%S"),
        backup.size as f64 / 1000.0
    )
}

#[cfg(test)]
mod tests {
    /// The command line keeps its backups where the app does, which is where eframe keeps the preferences.
    #[test]
    fn the_data_folder_is_eframes() {
        if std::env::var_os(super::DATA_DIR_VARIABLE).is_none() {
            assert_eq!(
                super::default_data_dir(),
                eframe::storage_dir("MSP Invitations")
            );
        }
    }
}
