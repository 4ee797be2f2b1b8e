//! Modal dialogs, one file each. [`Dialog`] says which is open and holds what it is filled with; each
//! file draws its dialog and returns what the user chose this frame ([`Outcome`]); [`ui`] shows the open
//! one and hands the choice back, for `action.rs` to carry out. Escape or a click outside closes any
//! dialog (as Cancel does).
//!
//! - `unsaved.rs`: save, discard or cancel before New, Open or Quit.
//! - `message.rs`: an error or notice to read and dismiss.
//! - `about.rs`: Help › About, with the reference data's sources.
//! - `new_organisation.rs`: File › Add organisation….
//! - `export.rs`, `import.rs`: File › Export… and File › Import… (choice, then preview).
//! - `merge.rs`: a colleague's save contradicts changes made here; which value to keep, for each.
//! - `recover.rs`: unsaved work a crashed app left.
//! - `backups.rs`: File › Restore a backup….
//! - `next_meeting.rs`: Meeting › New meeting from this one….
//! - `draw.rs`: Seating › Draw by lot…: who draws, and what a new draw replaces.
//! - `help.rs`: Help › Getting started and Help › Keyboard shortcuts.
//! - `save_filter.rs`: Save filter…: the name a filter is kept under in the workspace.
//! - `send_mail.rs`: Send by e-mail…: who the batch reaches and leaves out, and the mail server.

mod about;
mod backups;
mod draw;
mod export;
mod help;
mod import;
mod merge;
mod message;
mod new_organisation;
mod next_meeting;
mod recover;
mod save_filter;
mod send_mail;
mod unsaved;

use std::path::PathBuf;

pub use draw::DrawForm;
pub use export::ExportForm;
pub use import::ImportState;
pub use merge::{MergeForm, MergePurpose};
pub use new_organisation::NewOrganisationForm;
pub use next_meeting::NextMeetingForm;
pub use save_filter::{Condition, SaveFilterForm, condition_words, describe};
pub use send_mail::{SendForm, batch_summary, left_out};
pub use unsaved::PendingAction;

use super::letters_state::LettersState;
use super::view::Cx;
use crate::exchange::import::ImportKind;
use crate::model::Organisation;

/// The modal dialog shown, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// Save, discard or cancel before `PendingAction`.
    Unsaved(PendingAction),
    Error {
        title: String,
        message: String,
    },
    About,
    NewOrganisation(NewOrganisationForm),
    Export(ExportForm),
    /// A colleague's save contradicts changes made here: which value to keep, for each.
    Merge(MergeForm),
    /// Unsaved work a crashed app left behind.
    Recover(Vec<crate::storage::recovery::Found>),
    /// File › Restore a backup…
    Backups(Vec<crate::storage::backups::Backup>),
    /// A new meeting from the one shown.
    NextMeeting(NextMeetingForm),
    /// Choosing what to import.
    ImportChoice,
    ImportPreview(Box<ImportState>),
    /// Drawing the first seat of the seating plan by lot.
    Draw(DrawForm),
    /// Help › Getting started.
    GettingStarted,
    /// Help › Keyboard shortcuts.
    Shortcuts,
    /// Keeping the filter shown under a name.
    SaveFilter(SaveFilterForm),
    /// Sending letters by e-mail through the mail server.
    SendMail(SendForm),
}

/// What a dialog reads while it is drawn: what a view reads, how many invitees the table shows (the
/// Export dialog's "only those shown"), and the Letters view's settings (the Send dialog's batch).
pub struct DialogCx<'a> {
    pub cx: Cx<'a>,
    pub filtered: usize,
    pub letters: &'a LettersState,
}

impl Dialog {
    pub fn new_organisation() -> Self {
        Self::NewOrganisation(NewOrganisationForm::default())
    }

    /// Draws the dialog's content; returns what the user chose this frame.
    fn show(&mut self, ui: &mut egui::Ui, dcx: &DialogCx<'_>) -> Option<Outcome> {
        match self {
            Self::Unsaved(action) => unsaved::ui(ui, action, &dcx.cx.workspace.name),
            Self::Error { title, message } => message::ui(ui, title, message),
            Self::About => about::ui(ui),
            Self::NewOrganisation(form) => {
                let existing: Vec<String> =
                    dcx.cx.workspace.organisations.keys().cloned().collect();
                new_organisation::ui(ui, form, &existing)
            }
            Self::Export(form) => export::ui(ui, form, dcx.filtered, dcx.cx.meeting),
            Self::Merge(form) => merge::ui(ui, form),
            Self::Recover(found) => recover::ui(ui, found),
            Self::Backups(list) => backups::ui(ui, list),
            Self::NextMeeting(form) => next_meeting::ui(ui, form),
            Self::ImportChoice => import::choice_ui(ui),
            Self::ImportPreview(state) => import::preview_ui(ui, dcx.cx.workspace, state),
            Self::Draw(form) => draw::ui(ui, form),
            Self::GettingStarted => help::getting_started(ui),
            Self::Shortcuts => help::shortcuts(ui),
            Self::SaveFilter(form) => {
                let taken: Vec<String> = dcx
                    .cx
                    .workspace
                    .settings
                    .saved_filters
                    .keys()
                    .cloned()
                    .collect();
                save_filter::ui(ui, form, &taken)
            }
            Self::SendMail(form) => send_mail::ui(ui, form, dcx),
        }
    }
}

/// What the user chose in a dialog this frame.
pub enum Outcome {
    Close,
    Proceed(PendingAction),
    SaveThen(PendingAction),
    AddOrganisation(Organisation),
    NextMeeting(NextMeetingForm),
    /// Save, or take a colleague's save in, with a side chosen for each conflict.
    Merge(MergePurpose, crate::model::Choices),
    Restore(usize),
    Discard(usize),
    OpenBackup(PathBuf),
    PickExportPath,
    PickSince,
    PickImportFile(ImportKind),
    /// Choose a folder of returned registration forms to import.
    PickImportFolder,
    /// Preview the import again with the choices the dialog now holds (reading the file again when the
    /// encoding changed).
    Repreview {
        read_again: bool,
    },
    Import,
    /// Draw the first seat by lot, by this person.
    Draw(String),
    /// Keep this filter under this name.
    SaveFilter(String, crate::model::Filter),
    /// Send the batch the Send dialog shows.
    SendMail,
}

/// Shows `dialog`; returns what the user chose this frame (the app carries the choice out), or nothing
/// while it stays open.
pub fn ui(dialog: &mut Dialog, dcx: &DialogCx<'_>, ctx: &egui::Context) -> Option<Outcome> {
    let focused_before = ctx.memory(egui::Memory::focused);
    let modal = egui::Modal::new(egui::Id::unique("dialog")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        let outcome = dialog.show(ui, dcx);
        announce(ui, dialog, focused_before);
        outcome
    });
    let closing = modal.should_close();
    modal.inner.or_else(|| closing.then_some(Outcome::Close))
}

/// Where the dialog drawn this frame left its title (see [`title`]).
fn title_key() -> egui::Id {
    egui::Id::unique("dialog-title")
}

/// Draws a dialog's title, its heading. The heading names the dialog for a screen reader, and takes the
/// keyboard's focus when the dialog opens (see [`announce`]), so that the reader says the title at once
/// and Tab goes on to the dialog's first field.
fn title(ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
    let text = text.into();
    // A focusable label underlines itself when focused, in the widgets' colour of text: the heading
    // sets its own, and the underline is left without one (the title does not look like a link).
    let color = ui.visuals().text_color();
    let response = ui
        .scope(|ui| {
            let widgets = &mut ui.visuals_mut().widgets;
            for look in [
                &mut widgets.noninteractive,
                &mut widgets.inactive,
                &mut widgets.hovered,
                &mut widgets.active,
                &mut widgets.open,
            ] {
                look.fg_stroke.color = egui::Color32::TRANSPARENT;
            }
            ui.add(
                egui::Label::new(egui::RichText::new(&text).heading().color(color))
                    .selectable(false)
                    .sense(egui::Sense::FOCUSABLE),
            )
        })
        .inner;
    ui.ctx()
        .data_mut(|d| d.insert_temp(title_key(), Some((response.id, text))));
    response
}

/// Names the dialog (the modal's node) by its title and, on the frame it opens, gives the title the
/// focus, unless one of its fields asked for the focus itself (the name to type in Save filter…).
fn announce(ui: &egui::Ui, dialog: &Dialog, focused_before: Option<egui::Id>) {
    let ctx = ui.ctx();
    let taken = ctx.data_mut(|d| d.remove_temp::<Option<(egui::Id, String)>>(title_key()));
    let Some((heading, text)) = taken.flatten() else {
        return;
    };
    if let Some(modal) = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(egui::UiKind::Modal))
    {
        ctx.accesskit_node_builder(modal.unique_id, |node| node.set_label(text));
    }
    // The dialog shown, by kind, and the frame: another kind (Import's choice, then its preview) opens
    // anew, as does one not shown the frame before.
    let shown = egui::Id::unique("dialog-shown");
    let kind = egui::Id::unique(std::mem::discriminant(dialog));
    let frame = ctx.cumulative_frame_nr();
    let opened = ctx
        .data(|d| d.get_temp::<(egui::Id, u64)>(shown))
        .is_none_or(|(k, f)| k != kind || f + 1 < frame);
    ctx.data_mut(|d| d.insert_temp(shown, (kind, frame)));
    if opened && ctx.memory(egui::Memory::focused) == focused_before {
        ctx.memory_mut(|m| m.request_focus(heading));
    }
}
