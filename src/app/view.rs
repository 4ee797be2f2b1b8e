//! What a view is handed while it draws, and what it hands back. A view reads the document through a
//! [`Cx`] (the workspace, the meeting shown, the day, the preferences: all read-only) and returns the
//! [`Action`](super::action::Action)s it wants: an edit, a dialog, a command. `App::end_frame` carries them out
//! once the frame is drawn, the one place that writes the document, the dialog and the selection, so
//! nothing changes under a view while it draws and a view can be tested alone (its actions for a click,
//! the workspace as it was).

use crate::model::{Date, EntityId, Field, Meeting, MeetingId, PersonId, Workspace};

/// What a view reads while it draws.
pub struct Cx<'a> {
    pub workspace: &'a Workspace,
    /// The meeting shown, if the workspace has any.
    pub meeting: Option<&'a Meeting>,
    /// The day the app takes as today (fixed in tests).
    pub today: Date,
    /// Who organises the meeting, as the user last gave it (the draw for the first seat names them).
    pub organiser: &'a str,
    /// The document's revision: a view keeps what it computed from the workspace until it changes.
    pub revision: u64,
    /// A dialog is open: the keyboard is the dialog's.
    pub dialog_open: bool,
}

impl<'a> Cx<'a> {
    /// What a view reads of `workspace`, showing `meeting` (else the first).
    pub fn new(
        workspace: &'a Workspace,
        meeting: &MeetingId,
        today: Date,
        organiser: &'a str,
    ) -> Self {
        Self {
            workspace,
            meeting: workspace
                .meeting(meeting)
                .or_else(|| workspace.meetings.first()),
            today,
            organiser,
            revision: 0,
            dialog_open: false,
        }
    }

    /// The same, while a dialog is open (or not).
    #[must_use]
    pub fn with_dialog_open(mut self, open: bool) -> Self {
        self.dialog_open = open;
        self
    }

    /// What a view reads of the session's workspace, at its document's revision, showing `meeting` (else
    /// the first), and whether a dialog has the keyboard: what every panel of the app is handed.
    pub fn of_session(
        session: &'a crate::session::Session,
        meeting: &MeetingId,
        today: Date,
        organiser: &'a str,
        dialog_open: bool,
    ) -> Self {
        Self::new(session.workspace(), meeting, today, organiser)
            .at_revision(session.document().revision())
            .with_dialog_open(dialog_open)
    }

    /// The same, of the document at `revision`.
    #[must_use]
    pub fn at_revision(mut self, revision: u64) -> Self {
        self.revision = revision;
        self
    }

    /// The id of the meeting shown.
    pub fn meeting_id(&self) -> MeetingId {
        self.meeting.map(|m| m.id.clone()).unwrap_or_default()
    }

    /// An invitee's name in the interface language, as the UN wrote it when the meeting shown opened.
    pub fn name_of(&self, id: &EntityId) -> String {
        let lang = crate::i18n::language();
        match self.meeting {
            Some(meeting) => self.workspace.name_at(meeting, id, lang).to_owned(),
            None => self.workspace.name_in(id, lang).to_owned(),
        }
    }
}

/// Which view fills the centre of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Invitees,
    /// Every delegate of the meeting.
    People,
    Dashboard,
    /// The Rule 1.4 register.
    ObserverStatus,
    Credentials,
    Letters,
    Seating,
    MeetingSettings,
    /// The registration desk, during the meeting.
    Desk,
}

impl View {
    pub const ALL: [Self; 9] = [
        Self::Invitees,
        Self::People,
        Self::Dashboard,
        Self::ObserverStatus,
        Self::Credentials,
        Self::Letters,
        Self::Seating,
        Self::MeetingSettings,
        Self::Desk,
    ];

    /// The tab's name in the interface language.
    pub fn label(self) -> String {
        crate::t!(match self {
            Self::Invitees => "view-invitees",
            Self::People => "view-people",
            Self::Dashboard => "view-dashboard",
            Self::ObserverStatus => "view-observer-status",
            Self::Credentials => "view-credentials",
            Self::Letters => "view-letters",
            Self::Seating => "view-seating",
            Self::MeetingSettings => "view-meeting-settings",
            Self::Desk => "view-desk",
        })
    }
}

/// A field the user asked to go to (from a validation problem), for the detail panel to focus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusTarget {
    pub field: Field,
    pub person: Option<PersonId>,
}
