//! Views that hand back what they want done (issue #28): a view drawn alone, with what it reads, returns
//! the action for a click; nothing has changed until the app carries the action out, and then the
//! document has it.

use crate::common;

use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::view::Cx;
use msp_invitations::app::{Action, App, seating_view};
use msp_invitations::edit::Edit;
use msp_invitations::model::{EntityId, Member, PersonId, Role, builtin_workspace};

#[test]
fn the_seating_views_choice_is_an_edit_it_returns_and_the_app_applies() {
    let mut ws = builtin_workspace();
    for (n, iso3) in ["CHL", "PER"].into_iter().enumerate() {
        let invitee = ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("invited");
        invitee.delegation.members = vec![Member {
            family_name: format!("DELEGATE{n}"),
            ..Member::new(
                PersonId(u32::try_from(n).unwrap_or(0) + 1),
                Role::HeadOfDelegation,
            )
        }];
    }
    let before = ws.clone();
    let meeting = ws.meetings[0].id.clone();
    let mut actions: Vec<Action> = Vec::new();
    {
        let cx = Cx::new(&ws, &meeting, d(TODAY), "Ms. A. Officer");
        let mut h = Harness::builder()
            .with_size([900.0, 600.0])
            .build_ui(|ui| actions.extend(seating_view::ui(ui, &cx)));
        h.run();
        h.get_by_label("First seat").click();
        h.run();
        h.get_by_label("Peru").click();
        h.run();
    }
    // The view changed nothing: it returned the edit.
    assert_eq!(ws, before);
    let [Action::Edit(Edit::SetMeetingDetails { details, .. })] = actions.as_slice() else {
        panic!("one edit: {actions:?}");
    };
    let first = details.first_seat.as_ref().expect("a first seat");
    assert_eq!(
        (first.state.as_str(), first.by.as_str(), first.by_lot),
        ("PER", "Ms. A. Officer", false)
    );
    // Carried out by the app at the end of its frame, the document has it.
    let mut h = harness(App::new(ws, None, Default::default()));
    h.state_mut().request(actions.remove(0));
    h.run();
    let plan = h.state().work().seating_plan().expect("a plan");
    assert_eq!(plan[0].id, EntityId::state("PER"));
    assert!(h.state().work().document().can_undo(), "one undo step");
}
