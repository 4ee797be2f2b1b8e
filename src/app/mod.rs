//! The desktop app: the organiser's workbench on one workspace.
//!
//! - `mod.rs`: the [`App`] state, the one edit path ([`App::edit`]) and the file operations behind the
//!   dialogs; `frame.rs` the app in its window (`run`, each frame's panels); `centre.rs` the view shown;
//!   `shell.rs` the frame's own state (title, theme, keyboard, file dialog).
//! - `view.rs`: what a view reads ([`view::Cx`]); `action.rs` what it hands back ([`Action`]) and where
//!   that is carried out once the frame is drawn.
//! - `commands.rs`: user-facing actions ([`UiCommand`]) with their labels and shortcuts, and what they do.
//! - `menu.rs`, `toolbar.rs`, `status_bar.rs`: the frame around the work.
//! - `table.rs` the invitee table's rows, filter, sort, selection and caches, `table_view.rs` the table
//!   drawn; `filters.rs` the condition chips, the reminder list and the saved filters; `selection.rs` the
//!   click and arrow-key logic both tables share; `grid.rs` what a screen reader reads of them.
//! - `people_view.rs`: every delegate in one table, and the possible duplicates.
//! - `detail.rs` (with `detail_sections.rs`), `bulk.rs`: the panel for the selected invitee, or for
//!   several at once.
//! - `meeting_view.rs`: the meeting's settings.
//! - `dashboard.rs`, `registers_view.rs` (Rule 1.4, credentials), `letters_view.rs` (with `mail_view.rs`,
//!   the letters as e-mail and the outbox), `seating_view.rs`, `desk_view.rs` (the registration desk):
//!   the other views.
//! - `dialogs/`: the modal dialogs, one file each.
//! - `files.rs`: the file dialogs, the system's or the app's own when the system's cannot open.
//! - `clipboard.rs`: copy rows as tab-separated text; paste rows into the import preview.
//! - `jobs.rs`: the work of exports, import previews and letters on a worker thread, with Cancel.
//! - `safety/`: the lock, the conflict check before saving, the folder watch, the banners, autosave,
//!   recovery and backups, a file each.
//! - `widgets.rs`: form rows (`Form`) and small widgets shared by the views; `date_picker.rs` the
//!   calendar beside date fields.
//! - `prefs.rs`: UI preferences kept in eframe's storage.
//! - `frame_log.rs`: a line per frame for measuring responsiveness, when asked for.

mod action;
mod bulk;
mod centre;
mod clipboard;
mod commands;
mod correspondence;
mod dashboard;
mod date_picker;
mod desk_view;
mod detail;
mod detail_sections;
mod dialogs;
mod errors;
mod files;
mod filters;
mod frame;
mod frame_log;
mod grid;
mod jobs;
mod letters_state;
mod letters_view;
mod mail_view;
mod meeting_view;
mod menu;
mod people_view;
mod prefs;
mod registers_view;
mod safety;
pub mod seating_view;
mod selection;
mod shell;
mod status_bar;
mod table;
mod table_view;
mod toolbar;
pub mod view;
mod widgets;
mod words;

use std::path::{Path, PathBuf};

pub use crate::exchange::import::ImportKind;
pub use action::Action;
pub use centre::View;
pub(crate) use centre::Views;
pub use commands::UiCommand;
pub use dialogs::{Dialog, NextMeetingForm, PendingAction};
pub use dialogs::{DrawForm, ExportForm, ImportState, NewOrganisationForm, SendForm};
pub use errors::{PrepareError, SendError, Shared};
pub use files::{Ask, PickKind, Purpose};
pub use frame::run;
pub use prefs::Prefs;
pub use safety::{DATA_DIR_VARIABLE, default_data_dir};
use shell::Shell;
pub use table::{SortColumn, TableState};

use crate::edit::{Document, Edit};
use crate::model::{
    EntityId, Field, MeetingId, PersonId, Problem, Validator, Workspace, builtin_workspace,
};
use crate::session::Session;

/// A field the user asked to go to (from a validation problem), for the detail panel to focus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusTarget {
    pub field: Field,
    pub person: Option<PersonId>,
}

/// A message in the status bar about the last thing done, with what it was true of.
#[derive(Debug)]
struct Notice {
    text: String,
    /// The document's revision when it was said: a later change (an undo) makes it stale.
    revision: u64,
    lang: crate::i18n::Lang,
    /// The invitees it concerns ("Peru changed category"), shown by a click.
    show: Vec<EntityId>,
}

/// The whole app state. Fields the views read are public to the crate; tests go through the methods.
pub struct App {
    /// The open workspace: its document, file, lock and the job running on it ([`Session`]).
    session: Session,
    /// The meeting shown.
    meeting: MeetingId,
    pub(crate) view: View,
    pub(crate) views: Views,
    pub(crate) prefs: Prefs,
    pub(crate) dialog: Option<Dialog>,
    /// A passing message for the status bar ("3 invitees changed category").
    notice: Option<Notice>,
    problems: (u64, Validator),
    /// The watch on the file, autosave, backups and recovery.
    pub(crate) safety: safety::Safety,
    pub(crate) shell: Shell,
    /// The day the app takes as today, when set (tests fix it so that screens do not change with the
    /// calendar); the system's date otherwise.
    today: Option<crate::model::Date>,
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
            session,
            meeting: MeetingId::default(),
            view: View::Invitees,
            views: Views::default(),
            prefs,
            dialog: None,
            notice: None,
            problems: (u64::MAX, Validator::default()),
            safety: safety::Safety::default(),
            shell: Shell::default(),
            today: None,
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
    /// file read on a worker thread so that the window shows at once ([`App::open_in_background`]). A
    /// file that fails to load leaves the built-in workspace open and says why.
    pub fn start(path: Option<PathBuf>, prefs: Prefs) -> Self {
        Self::start_opening(path, prefs, safety::default_data_dir())
    }

    /// [`App::start`] with backups and recovery files in `data_dir`: the file is read in the background,
    /// and unsaved work a crashed app left is offered once it is open.
    pub fn start_opening(path: Option<PathBuf>, prefs: Prefs, data_dir: Option<PathBuf>) -> Self {
        let (mut app, candidate) = Self::starting(path, prefs, data_dir);
        match candidate {
            Some(path) => app.open_in_background(&path),
            None => app.offer_recovery(),
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
        if app.dialog.is_none() {
            app.offer_recovery();
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

    pub fn document(&self) -> &Document {
        self.session.document()
    }

    pub fn workspace(&self) -> &Workspace {
        self.session.workspace()
    }

    pub fn path(&self) -> Option<&Path> {
        self.session.path()
    }

    /// The open workspace.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The id of the meeting shown (the first meeting's when the one shown is gone).
    pub fn meeting_id(&self) -> MeetingId {
        self.meeting().map(|m| m.id.clone()).unwrap_or_default()
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

    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// Today, as forms default their dates to it and the dashboard counts days from it.
    /// What a view or a dialog reads: the workspace, the meeting shown, the day, the document's revision.
    pub(crate) fn cx(&self) -> view::Cx<'_> {
        view::Cx::of_session(
            &self.session,
            &self.meeting,
            self.today(),
            &self.prefs.organiser,
            self.dialog.is_some(),
        )
    }

    /// The dashboard's bar segments as last drawn (a pointer finds a bar there; a test clicks one).
    pub fn dashboard_segments(&self) -> &[dashboard::BarSegment] {
        &self.views.dashboard_segments
    }

    pub fn today(&self) -> crate::model::Date {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Fixes the day the app takes as today (tests: screens that show the date stay the same).
    pub fn set_today(&mut self, today: crate::model::Date) {
        self.today = Some(today);
    }

    /// The open dialog, to fill in (tests, and the file pickers' results).
    pub fn dialog_mut(&mut self) -> Option<&mut Dialog> {
        self.dialog.as_mut()
    }

    /// What the status bar says of the last thing done, while it is still true: until the document
    /// changes again (an undo, another edit) or the interface changes language.
    pub fn notice(&self) -> Option<&str> {
        self.current_notice().map(|n| n.text.as_str())
    }

    fn current_notice(&self) -> Option<&Notice> {
        self.notice.as_ref().filter(|n| {
            n.revision == self.session.document().revision() && n.lang == crate::i18n::language()
        })
    }

    /// Says in the status bar what was just done.
    pub(crate) fn say(&mut self, text: String) {
        self.say_about(text, Vec::new());
    }

    /// Says what was just done and which invitees it concerns: the message is a link that shows them.
    pub(crate) fn say_about(&mut self, text: String, show: Vec<EntityId>) {
        self.notice = Some(Notice {
            text,
            revision: self.session.document().revision(),
            lang: crate::i18n::language(),
            show,
        });
    }

    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    pub fn view(&self) -> View {
        self.view
    }

    /// The window title: workspace, file, and a mark for unsaved changes.
    pub fn title(&self) -> String {
        let file = self.path().and_then(|p| p.file_name()).map_or_else(
            || crate::t!("title-not-saved"),
            |n| n.to_string_lossy().into_owned(),
        );
        let dirty = if self.session.document().is_dirty() {
            "● "
        } else {
            ""
        };
        // Window systems limit a title's length (X11 refuses one of many megabytes).
        format!(
            "{dirty}{} ({}) — MSP Invitations",
            crate::text::shorten(&self.workspace().name, 80),
            crate::text::shorten(&file, 80)
        )
    }

    /// The meeting shown, if the workspace has any: the one chosen, else (when it is gone, or none was
    /// chosen yet) the first.
    pub fn meeting(&self) -> Option<&crate::model::Meeting> {
        self.workspace()
            .meeting(&self.meeting)
            .or_else(|| self.workspace().meetings.first())
    }

    /// An invitee's name in the interface language, as the UN wrote it when the meeting shown opened
    /// (today's name when the workspace has no meeting).
    pub fn name_of(&self, id: &EntityId) -> String {
        let lang = crate::i18n::language();
        match self.meeting() {
            Some(meeting) => self.workspace().name_at(meeting, id, lang).to_owned(),
            None => self.workspace().name_in(id, lang).to_owned(),
        }
    }

    /// Shows another meeting of the workspace.
    pub fn select_meeting(&mut self, id: &crate::model::MeetingId) {
        if self.workspace().meeting(id).is_some() && *id != self.meeting_id() {
            self.meeting = id.clone();
            self.views.table.clear_selection();
        }
    }

    /// The one path by which the app changes the document. Errors are shown, never lost.
    pub fn edit(&mut self, edit: Edit) -> bool {
        self.session
            .document_mut()
            .apply(edit)
            .unwrap_or_else(|err| self.report_edit_error(&err))
    }

    /// Like [`App::edit`], merging with the previous edit of the same `key` (typing in one field).
    pub fn edit_coalesced(&mut self, edit: Edit, key: &str) -> bool {
        self.session
            .document_mut()
            .apply_coalesced(edit, key)
            .unwrap_or_else(|err| self.report_edit_error(&err))
    }

    /// Shows a message the user reads and dismisses.
    pub(crate) fn show_error(&mut self, title: &str, message: String) {
        self.dialog = Some(Dialog::Error {
            title: title.to_owned(),
            message,
        });
    }

    fn report_edit_error(&mut self, err: &crate::edit::EditError) -> bool {
        self.show_error(&crate::t!("error-edit"), words::edit_error(err));
        false
    }

    /// Takes back the last change, unless a job is running (its result is put in the document as it
    /// stands when it ends); says why not.
    pub fn undo(&mut self) -> bool {
        if let Some(reason) = self.busy_reason() {
            self.say(reason);
            return false;
        }
        self.session.document_mut().undo()
    }

    pub fn redo(&mut self) -> bool {
        if let Some(reason) = self.busy_reason() {
            self.say(reason);
            return false;
        }
        self.session.document_mut().redo()
    }

    /// Why what changes or replaces the document (New, Open, a file dropped, Undo, Redo, an import)
    /// must wait: a job is running on the workspace, and its result goes into this document.
    pub fn busy_reason(&self) -> Option<String> {
        if let Some(opening) = &self.safety.opening {
            return Some(crate::t!("open-wait", file = file_name(&opening.path)));
        }
        self.session.busy().map(words::busy)
    }

    /// Validation problems of the workspace, recomputed only when it changed.
    pub fn problems(&mut self) -> &[Problem] {
        let revision = self.session.document().revision();
        if self.problems.0 != revision {
            // Right after the one change the document says it made, only what it touched is checked
            // again: typing in a field of a 50,000-person workspace stays within a frame.
            let touched = if self.problems.0 == revision.wrapping_sub(1) {
                self.session.document().last_touched()
            } else {
                None
            };
            self.problems
                .1
                .refresh(self.session.document().workspace(), touched);
            self.problems.0 = revision;
        }
        // Listed in the order the table sorts names in the interface's language.
        let lang = crate::i18n::language();
        if self.problems.1.language() != lang {
            self.problems.1.set_language(lang);
            self.problems
                .1
                .refresh(self.session.document().workspace(), Some(&[]));
        }
        self.problems.1.problems()
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

    /// Adds the next meeting from the one shown, as one undo step, and shows it. Returns `false` when the
    /// form is not valid.
    pub fn create_next_meeting(&mut self, form: &NextMeetingForm) -> bool {
        let parse = |t: &str| widgets::parse_date(t).ok().flatten();
        let (Ok(number), Some(opening), Some(closing)) = (
            form.number.trim().parse::<u32>(),
            parse(&form.opening),
            parse(&form.closing),
        ) else {
            return false;
        };
        let Some(current) = self.meeting() else {
            return false;
        };
        let meeting = crate::model::next_meeting(
            self.workspace(),
            current,
            number,
            opening,
            closing,
            form.venue.trim(),
            form.copy_delegations,
        );
        let name = meeting.short_name.clone();
        let id = meeting.id.clone();
        let index = self.workspace().meetings.len();
        if self.edit(Edit::InsertMeeting {
            index,
            meeting: Box::new(meeting),
        }) {
            self.select_meeting(&id);
            self.dialog = None;
            self.say(crate::t!("next-created", name = name));
        }
        true
    }

    /// Opens a workspace file in place of the current one. On failure, shows why and keeps the current
    /// workspace open, unsaved changes and all. Does not ask about unsaved changes: [`UiCommand::Open`]
    /// does that first. Refused while a job runs on the current workspace.
    pub fn open_path(&mut self, path: &Path) -> bool {
        if let Some(reason) = self.busy_reason() {
            self.show_error(&crate::t!("error-open"), reason);
            return false;
        }
        self.open_file(path)
    }

    /// Saves to `path` and makes it the workspace's file. On failure the previous file is intact, the work
    /// stays open and unsaved, and the message says why. Saving over the workspace's own file merges in
    /// first what a colleague saved since it was loaded, and asks about the values both changed.
    pub fn save_to(&mut self, path: &Path) -> bool {
        self.save_checked(path, &crate::model::Choices::new(), None)
    }

    /// Starts a new workspace: the built-in 13MSP, not yet saved anywhere. Refused while a job runs.
    pub fn new_workspace(&mut self) {
        if let Some(reason) = self.busy_reason() {
            self.say(reason);
            return;
        }
        self.replace_session(Session::new(builtin_workspace()), None);
    }

    /// Puts another session in place of the current one: the views start afresh on it, and the file it
    /// has (if any) is watched and remembered among the recent ones.
    fn replace_session(&mut self, session: Session, opened: Option<&Path>) {
        self.session = session;
        self.meeting = MeetingId::default();
        self.views.table = TableState::default();
        self.problems = (u64::MAX, Validator::default());
        self.views.detail = detail::DetailState::default();
        self.views.people = people_view::PeopleState::default();
        self.views.table.start_at_top();
        self.notice = None;
        self.safety.release_file();
        self.forget_recovery();
        if let Some(path) = self.session.path().map(Path::to_owned) {
            self.watch(&path);
            self.prefs.remember(&path);
        }
        if let Some(path) = opened {
            self.say(crate::t!(
                "notice-opened",
                path = path.display().to_string()
            ));
        }
    }

    /// Asks for something to be done once this frame is drawn: a command, a dialog, a file.
    pub fn request(&mut self, action: impl Into<Action>) {
        self.shell.actions.push(action.into());
    }

    /// Runs a command now (tests and the end of each frame).
    pub fn run_command(&mut self, ctx: &egui::Context, command: UiCommand) {
        action::run(self, ctx, command);
    }

    /// Carries out what was asked for during the frame, and ends it.
    fn end_frame(&mut self, ctx: &egui::Context) {
        let requested = std::mem::take(&mut self.shell.actions);
        if !requested.is_empty() {
            // What was asked for (a dialog, a view) is drawn in the next frame.
            ctx.request_repaint();
        }
        for requested in requested {
            action::carry_out(self, ctx, requested);
        }
        let title = self.title();
        self.shell.show_title(ctx, title);
        if let Some(log) = &mut self.shell.frame_log {
            log.frame_end();
        }
    }
}

/// A file's name, for what the window says of it.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
