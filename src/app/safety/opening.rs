//! Opening a workspace file through the session (no lock is kept while it is open: several officers
//! edit one workspace at once), and taking in what a colleague saved to it meanwhile.

use std::path::Path;

use crate::app::App;
use crate::app::dialogs::{Dialog, MergeForm, MergePurpose};
use crate::model::Choices;
use crate::session::{Opened, SaveRefused, Session};
use crate::storage;
use crate::t;

impl App {
    /// Opens `path` in place of the current workspace; on failure says why and keeps the current one.
    pub(crate) fn open_file(&mut self, path: &Path) -> bool {
        match Session::open(path) {
            Ok(opened) => {
                self.take_opened(opened, Some(path));
                true
            }
            Err(err) => {
                self.show_error(&t!("error-open"), crate::app::words::open_error(&err));
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

    /// Takes in what a colleague saved to the file since it was loaded or saved here, merged with the
    /// changes made here, as one undo step; the view, the selection and the changes made here stay.
    /// Conflicts open the merge dialog, settled by `choices` so far. Whether it was taken in.
    pub fn take_in_from_disk(&mut self, choices: &Choices) -> bool {
        if let Some(reason) = self.busy_reason() {
            self.say(reason);
            return false;
        }
        match self.session.merge_from_disk(choices) {
            Ok(taken) => {
                self.safety.changed_on_disk = false;
                if let Some(taken) = taken {
                    let notice = crate::app::words::taken(self.workspace(), &taken);
                    self.say(notice);
                }
                true
            }
            Err(SaveRefused::Conflicts(disagreement)) => {
                self.dialog = Some(Dialog::Merge(MergeForm::new(
                    &disagreement,
                    MergePurpose::TakeIn,
                    choices,
                )));
                false
            }
            Err(err) => {
                self.show_error(&t!("error-open"), crate::app::words::save_refused(&err));
                false
            }
        }
    }
}
