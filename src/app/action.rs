//! What the views, menus, shortcuts and dialogs ask for: a command, a dialog to open, a file to ask for,
//! an edit. Views hand back an [`Action`] rather than writing into the app, and nothing changes under a
//! view while it draws; `perform.rs` carries them out once the frame is drawn.

use super::commands::UiCommand;
use super::dialogs::Dialog;
use super::files::Ask;
use super::view::FocusTarget;

/// Something asked for while drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Run(UiCommand),
    Open(Dialog),
    /// A file or folder to ask for; the answer goes where [`Ask::purpose`] says.
    Ask(Ask),
    /// A change to the document, through the one edit path.
    Edit(crate::edit::Edit),
    /// A change typed into a field: one undo step with the keystrokes before it under the same key.
    EditTyped(crate::edit::Edit, String),
    /// A person shown in their delegation: the Invitees view, the invitee selected, the person's form
    /// open with the keyboard in it.
    OpenPerson(crate::model::EntityId, crate::model::PersonId),
    /// The detail panel of the invitee selected, shown, with the keyboard in this field if one is given.
    OpenDetail(Option<FocusTarget>),
    /// The invitees a notice concerns, shown: one selected with its detail, several under a filter.
    ShowThem(Vec<crate::model::EntityId>),
    /// The invitee and field a problem is about (the Meeting view for a problem of the meeting).
    GoToProblem(crate::model::Problem),
    /// A message for the status bar, about these invitees (a click shows them).
    Say(String, Vec<crate::model::EntityId>),
    /// The Export dialog, set to a list and a format.
    Export(crate::exchange::ListKind, crate::exchange::Format),
    /// The Export dialog, set to a list, a format and a date (the mail merge, dated as the letters).
    ExportDated(crate::exchange::ListKind, crate::exchange::Format, String),
    /// The Send dialog for messages of this kind (to these only, when given; again to the unknown ones).
    OpenSend(
        crate::model::MailKind,
        Option<Vec<crate::model::EntityId>>,
        bool,
    ),
    /// A colleague's save taken in now (the banner's choice).
    MergeNow,
    /// A colleague's save left until the next save, which merges it anyway.
    MergeLater,
    /// Another meeting of the workspace, shown.
    SelectMeeting(crate::model::MeetingId),
    /// The invitee table, showing exactly these invitees under this label (a figure, a bar).
    ShowOnly(String, std::collections::BTreeSet<crate::model::EntityId>),
}

impl From<UiCommand> for Action {
    fn from(command: UiCommand) -> Self {
        Self::Run(command)
    }
}

impl From<Dialog> for Action {
    fn from(dialog: Dialog) -> Self {
        Self::Open(dialog)
    }
}

impl From<Ask> for Action {
    fn from(ask: Ask) -> Self {
        Self::Ask(ask)
    }
}
