//! The app's state: the shell around the open workspace ([`App`]), holding the [`Workbench`], the views'
//! own state, the preferences, the safety net and the window's own state, and lending them out narrowly:
//! the job starter ([`App::jobs`]), the safety net ([`App::net`]), what a view reads ([`App::cx`]).

use std::path::{Path, PathBuf};

use super::action::Action;
use super::centre::Views;
use super::dashboard;
use super::detail;
use super::jobs;
use super::people_view;
use super::prefs::Prefs;
use super::safety;
use super::shell::Shell;
use super::table::TableState;
use super::view::{self, FocusTarget, View};
use super::workbench::Workbench;
use crate::model::{EntityId, MeetingId, PersonId, Problem, Workspace, builtin_workspace};
use crate::session::Session;

/// The whole app: the shell around the open workspace. It holds the [`Workbench`] (the session, the
/// meeting shown, the notice and the dialog), the views with their own state, the preferences, the safety
/// net and the window's own state; views read it through [`view::Cx`] and hand back [`Action`]s, which
/// `perform.rs` carries out once the frame is drawn. Tests read the workbench through [`App::work`].
pub struct App {
    /// The open workspace and what the app says back about it.
    pub(crate) work: Workbench,
    pub(crate) view: View,
    pub(crate) views: Views,
    pub(crate) prefs: Prefs,
    /// The watch on the file, autosave, backups and recovery.
    pub(crate) safety: safety::Safety,
    pub(crate) shell: Shell,
}

impl App {
    /// An app on a workspace. `path` is the file it lives in, if any (taken as it is: no lock; opening a
    /// file from the app goes through [`App::open_path`]).
    pub fn new(workspace: Workspace, path: Option<PathBuf>, prefs: Prefs) -> Self {
        let mut session = Session::new(workspace);
        if let Some(path) = path.as_deref() {
            session.attach(path);
        }
        let mut app = Self {
            work: Workbench::new(session),
            view: View::Invitees,
            views: Views::default(),
            prefs,
            safety: safety::Safety::default(),
            shell: Shell::default(),
        };
        if let Some(path) = path {
            app.prefs.remember(&path);
        }
        app
    }

    /// The app on the built-in 13MSP workspace, not saved anywhere.
    pub fn builtin() -> Self {
        Self::new(builtin_workspace(), None, Prefs::default())
    }

    /// Switches the interface language at once, and remembers it for the next start.
    pub fn set_language(&mut self, lang: crate::i18n::Lang) {
        crate::i18n::set_language(lang);
        self.prefs.language = Some(lang);
        // Labels cached with the rows (categories, statuses) are in the old language.
        self.views.table.invalidate();
    }

    /// Starts as the desktop app does: on `path`, else the last workspace, else the built-in one, the
    /// file read on a worker thread so that the window shows at once. A file that fails to load leaves
    /// the built-in workspace open and says why.
    pub fn start(path: Option<PathBuf>, prefs: Prefs) -> Self {
        Self::start_opening(path, prefs, safety::default_data_dir())
    }

    /// [`App::start`] with backups and recovery files in `data_dir`: the file is read in the background,
    /// and unsaved work a crashed app left is offered once it is open.
    pub fn start_opening(path: Option<PathBuf>, prefs: Prefs, data_dir: Option<PathBuf>) -> Self {
        let (mut app, candidate) = Self::starting(path, prefs, data_dir);
        match candidate {
            Some(path) => app.net().open_in_background(&path),
            None => app.net().offer_recovery(),
        }
        app
    }

    /// [`App::start`] with backups and recovery files in `data_dir`, the file read before it returns.
    /// Unsaved work a crashed app left there is offered first.
    pub fn start_in(path: Option<PathBuf>, prefs: Prefs, data_dir: Option<PathBuf>) -> Self {
        let (mut app, candidate) = Self::starting(path, prefs, data_dir);
        if let Some(path) = candidate {
            app.open_path(&path);
        }
        if app.work.dialog.is_none() {
            app.net().offer_recovery();
        }
        app
    }

    /// The app on the built-in workspace in the language chosen before (else the system's), and the
    /// file to open: `path`, else the last workspace.
    fn starting(
        path: Option<PathBuf>,
        prefs: Prefs,
        data_dir: Option<PathBuf>,
    ) -> (Self, Option<PathBuf>) {
        let candidate = path.or_else(|| prefs.last_workspace.clone().filter(|p| p.exists()));
        let mut app = Self::new(builtin_workspace(), None, prefs);
        let lang = app
            .prefs
            .language
            .unwrap_or_else(crate::i18n::Lang::from_system);
        app.set_language(lang);
        app.safety.data_dir = data_dir;
        (app, candidate)
    }

    /// Uses `dir` for backups and recovery files.
    #[must_use]
    pub fn with_data_dir(mut self, dir: &Path) -> Self {
        self.safety.data_dir = Some(dir.to_owned());
        self
    }

    /// The open workspace, the meeting shown, the notice and the dialog.
    pub fn work(&self) -> &Workbench {
        &self.work
    }

    /// The workbench to change: an edit, an undo, the day taken as today, the dialog's fields.
    pub fn work_mut(&mut self) -> &mut Workbench {
        &mut self.work
    }

    /// The job starter: exports, import previews and imports, letters, e-mail.
    pub fn jobs(&mut self) -> jobs::Jobs<'_> {
        jobs::Jobs {
            work: &mut self.work,
            views: &mut self.views,
            prefs: &mut self.prefs,
        }
    }

    /// The safety net: opening, saving with a merge, the folder watch, autosave, recovery and backups.
    pub fn net(&mut self) -> safety::Net<'_> {
        safety::Net {
            safety: &mut self.safety,
            work: &mut self.work,
            prefs: &mut self.prefs,
        }
    }

    /// Whether the file changed on disk since it was loaded or saved.
    pub fn changed_on_disk(&self) -> bool {
        self.safety.changed_on_disk
    }

    /// The views start afresh on a session put in place of the one they showed.
    pub(crate) fn follow_session(&mut self) {
        if self.views.generation != self.work.generation() {
            self.views.generation = self.work.generation();
            self.views.table = TableState::default();
            self.views.detail = detail::DetailState::default();
            self.views.people = people_view::PeopleState::default();
            self.views.table.start_at_top();
        }
    }

    /// The delegation member whose form is open in the detail panel, if any.
    pub fn open_member(&self) -> Option<PersonId> {
        self.views.detail.open_member
    }

    pub fn table(&self) -> &TableState {
        &self.views.table
    }

    pub fn table_mut(&mut self) -> &mut TableState {
        &mut self.views.table
    }

    /// What a view or a dialog reads: the workspace, the meeting shown, the day, the document's revision.
    pub(crate) fn cx(&self) -> view::Cx<'_> {
        self.work.cx(&self.prefs.organiser)
    }

    /// The dashboard's bar segments as last drawn (a pointer finds a bar there; a test clicks one).
    pub fn dashboard_segments(&self) -> &[dashboard::BarSegment] {
        &self.views.dashboard_segments
    }

    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    pub fn view(&self) -> View {
        self.view
    }

    /// Shows another meeting of the workspace, nothing selected in it.
    pub fn select_meeting(&mut self, id: &MeetingId) {
        if self.work.select_meeting(id) {
            self.views.table.clear_selection();
        }
    }

    /// Selects the invitee and field a problem is about, showing the invitee table and the detail panel.
    pub fn go_to_problem(&mut self, problem: &Problem) {
        self.select_meeting(&problem.meeting_id);
        match &problem.invitee {
            Some(id) => {
                self.view = View::Invitees;
                self.views.table.reveal(id);
                self.prefs.show_detail = true;
                self.views.detail.focus = Some(FocusTarget {
                    field: problem.field,
                    person: problem.person,
                });
            }
            None => self.view = View::MeetingSettings,
        }
    }

    /// Selects one invitee, as a click on its row does.
    pub fn select(&mut self, id: &EntityId) {
        self.views.table.select_only(id);
    }

    /// Opens a workspace file in place of the current one. On failure, shows why and keeps the current
    /// workspace open, unsaved changes and all. Does not ask about unsaved changes: [`UiCommand::Open`](super::commands::UiCommand::Open)
    /// does that first. Refused while a job runs on the current workspace.
    pub fn open_path(&mut self, path: &Path) -> bool {
        if let Some(reason) = self.work.busy_reason() {
            self.work.show_error(&crate::t!("error-open"), reason);
            return false;
        }
        let opened = self.net().open_file(path);
        self.follow_session();
        opened
    }

    /// Saves to `path` and makes it the workspace's file. On failure the previous file is intact, the work
    /// stays open and unsaved, and the message says why. Saving over the workspace's own file merges in
    /// first what a colleague saved since it was loaded, and asks about the values both changed.
    pub fn save_to(&mut self, path: &Path) -> bool {
        self.net()
            .save_checked(path, &crate::model::Choices::new(), None)
    }

    /// Starts a new workspace: the built-in 13MSP, not yet saved anywhere. Refused while a job runs.
    pub fn new_workspace(&mut self) {
        if let Some(reason) = self.work.busy_reason() {
            self.work.say(reason);
            return;
        }
        self.net()
            .replace_session(Session::new(builtin_workspace()), None);
        self.follow_session();
    }

    /// Asks for something to be done once this frame is drawn: a command, a dialog, a file.
    pub fn request(&mut self, action: impl Into<Action>) {
        self.shell.actions.push(action.into());
    }
}
