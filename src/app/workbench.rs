//! The workspace open in the app, and what the app says back about it: the [`Session`] (document, file,
//! job), the meeting shown, the day taken as today, the status bar's notice, the validation problems and
//! the dialog open. Every change of the document goes through [`Workbench::edit`] (or an undo, a job's
//! result, a merge: the session's own paths), never through a view.
//!
//! It knows nothing of the views or the window: the shell ([`super::state::App`]) holds it beside them, and the
//! job starter ([`super::jobs::Jobs`]) and the safety net ([`super::safety::Net`]) borrow it for what
//! they do. A session put in place of another ([`Workbench::replace`]) counts a new generation, by which
//! the views know to start afresh.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use super::commands::Availability;
use super::dialogs::{Dialog, NextMeetingForm};
use super::widgets;
use crate::edit::{Document, Edit};
use crate::exchange::seating;
use crate::model::{
    Date, EntityId, Invitee, MeetingId, ObserverRequest, Organisation, Problem, Validator,
    Workspace,
};
use crate::session::{OpenError, Opened, Session};
use crate::t;

/// A message in the status bar about the last thing done, with what it was true of.
#[derive(Debug)]
pub(crate) struct Notice {
    pub(crate) text: String,
    /// The document's revision when it was said: a later change (an undo) makes it stale.
    revision: u64,
    lang: crate::i18n::Lang,
    /// The invitees it concerns ("Peru changed category"), shown by a click.
    pub(crate) show: Vec<EntityId>,
}

/// A workspace file read on a worker thread, so that the window shows at once however large the file
/// (50,000 people take most of a second to read): the views wait for it, and what changes or replaces
/// the document waits too.
pub(crate) struct Opening {
    pub(crate) path: PathBuf,
    /// The file's size, to say what is being read.
    pub(crate) bytes: u64,
    receiver: mpsc::Receiver<Result<Opened, OpenError>>,
}

/// Where the reading of an [`Opening`] is.
pub(crate) enum Reading {
    /// Still being read.
    Still,
    /// Read: the session opened, or why it could not be.
    Read(Box<Result<Opened, OpenError>>),
    /// The reading stopped without a result (a defect: said to the user, the workspace open staying).
    Stopped,
}

impl Opening {
    /// Starts reading `path` on a worker thread.
    pub(crate) fn start(path: &Path) -> Self {
        let (sender, receiver) = mpsc::channel();
        let owned = path.to_owned();
        std::thread::spawn(move || {
            // The app may have quit meanwhile: nobody to hand the result to, then.
            let _ = sender.send(Session::open(&owned));
        });
        Self {
            path: path.to_owned(),
            bytes: std::fs::metadata(path).map_or(0, |m| m.len()),
            receiver,
        }
    }

    /// Where the reading is.
    pub(crate) fn poll(&self) -> Reading {
        match self.receiver.try_recv() {
            Ok(result) => Reading::Read(Box::new(result)),
            Err(mpsc::TryRecvError::Empty) => Reading::Still,
            Err(mpsc::TryRecvError::Disconnected) => Reading::Stopped,
        }
    }
}

/// The open workspace as the app works on it. See the module's documentation.
pub struct Workbench {
    session: Session,
    /// The meeting shown.
    meeting: MeetingId,
    /// A passing message for the status bar ("3 invitees changed category").
    notice: Option<Notice>,
    problems: (u64, Validator),
    /// The day the app takes as today, when set (tests fix it so that screens do not change with the
    /// calendar); the system's date otherwise.
    today: Option<Date>,
    /// The dialog open over the window, if any.
    pub(crate) dialog: Option<Dialog>,
    /// The workspace being read on a worker thread when the app started on a file, if it still is.
    pub(crate) opening: Option<Opening>,
    /// How many sessions were put in place of the first: a view that saw another starts afresh.
    generation: u64,
}

impl Workbench {
    pub fn new(session: Session) -> Self {
        Self {
            session,
            meeting: MeetingId::default(),
            notice: None,
            problems: (u64::MAX, Validator::default()),
            today: None,
            dialog: None,
            opening: None,
            generation: 0,
        }
    }

    /// Puts another session in place of the current one: the first meeting shown, nothing said yet, and a
    /// new generation for the views.
    pub(crate) fn replace(&mut self, session: Session) {
        self.session = session;
        self.meeting = MeetingId::default();
        self.problems = (u64::MAX, Validator::default());
        self.notice = None;
        self.generation += 1;
    }

    /// How many sessions were put in place of the first: a view that saw another starts afresh.
    pub fn generation(&self) -> u64 {
        self.generation
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

    pub(crate) fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    /// The meeting shown, if the workspace has any: the one chosen, else (when it is gone, or none was
    /// chosen yet) the first.
    pub fn meeting(&self) -> Option<&crate::model::Meeting> {
        self.workspace()
            .meeting(&self.meeting)
            .or_else(|| self.workspace().meetings.first())
    }

    /// The id of the meeting shown (the first meeting's when the one shown is gone).
    pub fn meeting_id(&self) -> MeetingId {
        self.meeting().map(|m| m.id.clone()).unwrap_or_default()
    }

    /// Shows another meeting of the workspace. Whether it is another one.
    pub(crate) fn select_meeting(&mut self, id: &MeetingId) -> bool {
        if self.workspace().meeting(id).is_some() && *id != self.meeting_id() {
            self.meeting = id.clone();
            return true;
        }
        false
    }

    /// What a view or a dialog reads of the workbench: the workspace, the meeting shown, the day, the
    /// document's revision, whether a dialog holds the keyboard; `organiser` the name the desk goes by.
    pub(crate) fn cx<'a>(&'a self, organiser: &'a str) -> super::view::Cx<'a> {
        super::view::Cx::of_session(
            &self.session,
            &self.meeting,
            self.today(),
            organiser,
            self.dialog.is_some(),
        )
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

    /// Today, as forms default their dates to it and the dashboard counts days from it.
    pub fn today(&self) -> Date {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Fixes the day the app takes as today (tests: screens that show the date stay the same).
    pub fn set_today(&mut self, today: Date) {
        self.today = Some(today);
    }

    /// The dialog open, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
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

    pub(crate) fn current_notice(&self) -> Option<&Notice> {
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

    /// Shows a message the user reads and dismisses.
    pub(crate) fn show_error(&mut self, title: &str, message: String) {
        self.dialog = Some(Dialog::Error {
            title: title.to_owned(),
            message,
        });
    }

    /// The one path by which the app changes the document. Errors are shown, never lost.
    pub fn edit(&mut self, edit: Edit) -> bool {
        self.session
            .document_mut()
            .apply(edit)
            .unwrap_or_else(|err| self.report_edit_error(&err))
    }

    /// Like [`Workbench::edit`], merging with the previous edit of the same `key` (typing in one field).
    pub fn edit_coalesced(&mut self, edit: Edit, key: &str) -> bool {
        self.session
            .document_mut()
            .apply_coalesced(edit, key)
            .unwrap_or_else(|err| self.report_edit_error(&err))
    }

    fn report_edit_error(&mut self, err: &crate::edit::EditError) -> bool {
        self.show_error(&t!("error-edit"), super::words::edit_error(err));
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

    /// Whether a job is running on the workspace.
    pub fn is_busy(&self) -> bool {
        self.session.job().is_some()
    }

    /// Whether a workspace is being read in the background.
    pub fn is_opening(&self) -> bool {
        self.opening.is_some()
    }

    /// Why what changes or replaces the document (New, Open, a file dropped, Undo, Redo, an import)
    /// must wait: a workspace is being read, or a job is running on this one and its result goes into
    /// this document.
    pub fn busy_reason(&self) -> Option<String> {
        if let Some(opening) = &self.opening {
            return Some(t!(
                "open-wait",
                file = super::words::file_name(&opening.path)
            ));
        }
        self.session.busy().map(super::words::busy)
    }

    /// What the commands can do on the workbench as it is: wait for a job, undo, redo.
    pub(crate) fn availability(&self) -> Availability {
        Availability {
            busy: self.busy_reason(),
            undo: self.document().can_undo(),
            redo: self.document().can_redo(),
        }
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

    /// The problems as last counted by [`Workbench::problems`] (the frame counts them before it draws).
    pub(crate) fn known_problems(&self) -> &[Problem] {
        self.problems.1.problems()
    }

    /// The window title: workspace, file, and a mark for unsaved changes.
    pub fn title(&self) -> String {
        let file = self.path().and_then(|p| p.file_name()).map_or_else(
            || t!("title-not-saved"),
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

    /// Adds the next meeting from the one shown, as one undo step, and says so. Its id, or `None` when
    /// the form is not valid.
    pub(crate) fn create_next_meeting(&mut self, form: &NextMeetingForm) -> Option<MeetingId> {
        let parse = |t: &str| widgets::parse_date(t).ok().flatten();
        let (Ok(number), Some(opening), Some(closing)) = (
            form.number.trim().parse::<u32>(),
            parse(&form.opening),
            parse(&form.closing),
        ) else {
            return None;
        };
        let current = self.meeting()?;
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
            self.dialog = None;
            self.say(t!("next-created", name = name));
        }
        Some(id)
    }

    /// Adds the organisation and makes it an invitee of the meeting shown, with a Rule 1.4 request to fill
    /// in, as one undo step. Its id as an invitee, when added.
    pub(crate) fn add_organisation(&mut self, mut org: Organisation) -> Option<EntityId> {
        use crate::model::limits::clean_line;
        org.name = clean_line(&org.name).trim().to_owned();
        org.acronym = clean_line(&org.acronym).trim().to_owned();
        org.id = clean_line(&org.id).trim().to_owned();
        let id = EntityId::Org(org.id.clone());
        let edit = Edit::Batch(vec![
            Edit::PutOrganisation {
                id: org.id.clone(),
                value: Some(org.clone()),
            },
            Edit::PutInvitee {
                meeting: self.meeting_id(),
                id: id.clone(),
                value: Some(Invitee {
                    observer_request: Some(ObserverRequest::default()),
                    ..Invitee::default()
                }),
            },
        ]);
        if !self.edit(edit) {
            return None;
        }
        self.say(t!("org-added", name = org.name.clone()));
        Some(id)
    }

    /// The seating plan as it stands, if a first seat is chosen.
    pub fn seating_plan(&self) -> Option<Vec<seating::Seat>> {
        let meeting = self.meeting()?;
        seating::seating_plan(self.workspace(), meeting, &meeting.first_seat_id()?)
    }
}
