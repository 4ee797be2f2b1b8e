//! The watch on the workspace's folder: an atomic save replaces the file, so the folder is watched. When a
//! colleague's save changes the file's fingerprint, it is taken in at once if nothing here is unsaved (the
//! view and selection stay); otherwise the banner offers to merge it in.

use std::path::Path;
use std::sync::mpsc;

use super::Net;

impl Net<'_> {
    /// Watches the workspace's folder: an atomic save replaces the file, so the folder is what to watch.
    pub(crate) fn watch(&mut self, path: &Path) {
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
    /// Notices a change of the workspace file on disk (someone else saved it).
    pub(super) fn poll_disk(&mut self) {
        let Some((_, receiver)) = &self.safety.watcher else {
            return;
        };
        let mut touched = false;
        while let Ok(event) = receiver.try_recv() {
            if let Ok(event) = event
                && let Some(path) = self.work.path()
                && event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == path.file_name())
            {
                touched = true;
            }
        }
        if touched {
            self.check_disk_now();
        }
    }

    /// Checks the file on disk now, as the folder watch does when it reports a change: a colleague's
    /// save is taken in at once when nothing here is unsaved and no job runs; otherwise the banner says
    /// so.
    pub fn check_disk_now(&mut self) {
        if !self.work.session().changed_on_disk() {
            self.safety.changed_on_disk = false;
            return;
        }
        let quiet = !self.work.session().document().is_dirty()
            && self.work.session().busy().is_none()
            && self.work.dialog.is_none();
        if !(quiet && self.take_in_from_disk(&crate::model::Choices::new())) {
            self.safety.changed_on_disk = true;
        }
    }
}
