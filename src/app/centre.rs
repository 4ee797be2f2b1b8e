//! The centre of the window: the view shown, drawn with what it reads ([`Cx`]) and its own state, its
//! actions handed back to the app. The one place that knows every view; each view knows only [`Cx`].

use super::view::{Cx, View};
use super::{
    action::Action, bulk, dashboard, desk_view, detail, letters_view, meeting_view, people_view,
    registers_view, seating_view, table, table_view,
};

/// Each view's own state, between frames.
#[derive(Default)]
pub(crate) struct Views {
    /// The invitee table: its rows, filter, sort, selection and caches.
    pub(crate) table: table::TableState,
    /// The People view's rows, order and search.
    pub(crate) people: people_view::PeopleState,
    /// The detail panel of the invitee selected.
    pub(crate) detail: detail::DetailState,
    /// The panel for several invitees at once.
    pub(crate) bulk: bulk::BulkDraft,
    /// The register views (Rule 1.4, credentials).
    pub(crate) registers: registers_view::RegistersState,
    pub(crate) dashboard_segments: Vec<dashboard::BarSegment>,
    /// The Letters view, with its e-mail section.
    pub(crate) letters: letters_view::LettersState,
    /// The registration desk.
    pub(crate) desk: desk_view::DeskState,
    /// The workbench's generation the views were last started afresh for ([`super::state::App::follow_session`]).
    pub(crate) generation: u64,
}

/// Draws `view` in the centre of the window with what it reads and its own state, and returns what it
/// asks for.
pub(super) fn ui(ui: &mut egui::Ui, view: View, cx: &Cx, views: &mut Views) -> Vec<Action> {
    match view {
        View::ObserverStatus => registers_view::observers_ui(ui, cx, &mut views.registers),
        View::Credentials => registers_view::credentials_ui(ui, cx, &mut views.registers),
        View::Seating => seating_view::ui(ui, cx),
        View::Dashboard => dashboard::ui(ui, cx, &mut views.dashboard_segments),
        View::MeetingSettings => meeting_view::ui(ui, cx),
        View::People => people_view::ui(ui, cx, &mut views.people),
        View::Invitees => table_view::ui(ui, cx, &mut views.table),
        View::Letters => letters_view::ui(ui, cx, &mut views.letters),
        View::Desk => desk_view::ui(ui, cx, &mut views.desk),
    }
}

/// Before anything draws: the invitee table's rows follow the document (the chips' counts, the rows).
pub(super) fn refresh(
    view: View,
    views: &mut Views,
    document: &crate::edit::Document,
    meeting: &crate::model::MeetingId,
) {
    if view == View::Invitees {
        views.table.refresh(document, meeting);
    }
}

/// The panel beside the invitee table: the selected invitee's detail, or the panel for several at once.
pub(super) fn side(ui: &mut egui::Ui, cx: &Cx, views: &mut Views) -> Vec<Action> {
    if views.table.selection().len() > 1 {
        bulk::ui(ui, cx, &views.table, &mut views.bulk)
    } else {
        detail::ui(ui, cx, &mut views.table, &mut views.detail)
    }
}
