//! The centre of the window: the view shown, drawn with what it reads ([`Cx`]) and its own state, its
//! actions handed back to the app. The one place that knows every view; each view knows only [`Cx`].

use super::view::Cx;
use super::{
    Action, View, Views, dashboard, desk_view, letters_view, meeting_view, people_view,
    registers_view, seating_view, table_view,
};

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
