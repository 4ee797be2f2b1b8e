//! Opening a workspace file through the session (no lock is kept while it is open: several officers
//! edit one workspace at once), and taking in what a colleague saved to it meanwhile.

use std::path::Path;

use super::Net;
use crate::app::dialogs::{Dialog, MergeForm, MergePurpose};
use crate::app::workbench::{Opening, Reading};
use crate::model::Choices;
use crate::session::{Opened, SaveRefused, Session};
use crate::storage;
use crate::t;

impl Net<'_> {
    /// Starts reading `path` on a worker thread; the next frames put it in place once read. The
    /// workspace shown meanwhile is not drawn: the central panel says what is being opened.
    pub fn open_in_background(&mut self, path: &Path) {
        self.work.opening = Some(Opening::start(path));
    }

    /// Puts the workspace read in the background in place once it is read (or says why it could not be,
    /// keeping the one open), then offers what a crashed app left unsaved.
    pub(crate) fn poll_opening(&mut self) {
        let Some(opening) = &self.work.opening else {
            return;
        };
        let result = match opening.poll() {
            Reading::Still => return,
            Reading::Read(result) => Some(*result),
            Reading::Stopped => None,
        };
        let path = opening.path.clone();
        self.work.opening = None;
        match result {
            Some(Ok(opened)) => self.take_opened(opened, Some(&path)),
            Some(Err(err)) => {
                self.work
                    .show_error(&t!("error-open"), crate::app::words::open_error(&err));
            }
            None => self.work.show_error(
                &t!("error-open"),
                storage::words::with_file(t!("open-stopped"), &path),
            ),
        }
        if self.work.dialog.is_none() {
            self.offer_recovery();
        }
    }

    /// Opens `path` in place of the current workspace; on failure says why and keeps the current one.
    pub(crate) fn open_file(&mut self, path: &Path) -> bool {
        match Session::open(path) {
            Ok(opened) => {
                self.take_opened(opened, Some(path));
                true
            }
            Err(err) => {
                self.work
                    .show_error(&t!("error-open"), crate::app::words::open_error(&err));
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
            self.work.say(t!(
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
            self.work.show_error(
                &t!("migrated-title"),
                format!("{}\n\n{}", t!("migrated-text"), lines.join("\n")),
            );
        }
    }

    /// Takes in what a colleague saved to the file since it was loaded or saved here, merged with the
    /// changes made here, as one undo step; the view, the selection and the changes made here stay.
    /// Conflicts open the merge dialog, settled by `choices` so far. Whether it was taken in.
    pub fn take_in_from_disk(&mut self, choices: &Choices) -> bool {
        if let Some(reason) = self.work.busy_reason() {
            self.work.say(reason);
            return false;
        }
        match self.work.session_mut().merge_from_disk(choices) {
            Ok(taken) => {
                self.safety.changed_on_disk = false;
                if let Some(taken) = taken {
                    let notice = crate::app::words::taken(self.work.workspace(), &taken);
                    self.work.say(notice);
                }
                true
            }
            Err(SaveRefused::Conflicts(disagreement)) => {
                self.work.dialog = Some(Dialog::Merge(MergeForm::new(
                    &disagreement,
                    MergePurpose::TakeIn,
                    choices,
                )));
                false
            }
            Err(err) => {
                self.work
                    .show_error(&t!("error-open"), crate::app::words::save_refused(&err));
                false
            }
        }
    }
}
