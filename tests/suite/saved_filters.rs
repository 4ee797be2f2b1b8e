//! Filters beyond the chips and filters saved in the workspace, driven through the app: the reminder list
//! one click away, the conditions of "More filters" shown as chips, "Save filter…" keeping the filter under
//! a name, the saved chip surviving save and reload, and deleting it as one edit that undoes.

use crate::common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, Dialog, Prefs};
use msp_invitations::model::{
    EntityId, Gender, InvitationStatus, Member, PersonId, Reply, Role, Workspace, builtin_workspace,
};
use msp_invitations::storage;

/// The 13MSP with three invitations out on `TODAY` (3 June 2013): Chile 63 days ago, unanswered, with a
/// woman heading its delegation; Peru 14 days ago, unanswered; Colombia 63 days ago, accepted.
fn with_invitations() -> Workspace {
    let mut ws = builtin_workspace();
    let meeting = &mut ws.meetings[0];
    for (code, sent, reply) in [
        ("CHL", "2013-04-01", Reply::NoReply),
        ("PER", "2013-05-20", Reply::NoReply),
        ("COL", "2013-04-01", Reply::Accepted),
    ] {
        let invitee = meeting
            .invitees
            .get_mut(&EntityId::state(code))
            .expect("invited State");
        invitee.invitation.status = InvitationStatus::Invited;
        invitee.invitation.sent = Some(d(sent));
        invitee.invitation.reply = reply;
    }
    let chile = meeting
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile");
    let mut head = Member::new(PersonId(1), Role::HeadOfDelegation);
    head.given_name = "Ana".into();
    head.family_name = "Rojas".into();
    head.gender = Gender::Female;
    chile.delegation.members.push(head);
    ws
}

fn shown(h: &Harness<'_, App>) -> Vec<String> {
    h.state()
        .table()
        .visible_rows()
        .map(|r| r.id.code().to_owned())
        .collect()
}

#[test]
fn the_reminder_list_is_one_click_away() {
    let mut h = harness(App::new(with_invitations(), None, Prefs::default()));
    click(&mut h, "Reminders due");
    assert_eq!(shown(&h), ["CHL"], "{}", all_text(&h));
    // What it is made of shows as chips, each of which can be taken off.
    assert!(shows(&h, "No reply ×"), "{}", all_text(&h));
    assert!(shows(&h, "Sent 30 days ago or more ×"));
    click(&mut h, "Sent 30 days ago or more ×");
    assert_eq!(shown(&h), ["CHL", "PER"]);
    // A second click on the chip of the filter shown shows everyone again.
    click(&mut h, "Reminders due");
    click(&mut h, "Reminders due");
    assert_eq!(
        h.state().table().visible_len(),
        h.state().table().total_len()
    );
}

#[test]
fn a_filter_saved_under_a_name_survives_save_and_reload_and_deletes_as_one_edit() {
    let data = tempfile::tempdir().expect("data dir");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ws.ron");
    storage::save(&file, &with_invitations()).expect("save");
    let start = || {
        App::start_in(
            Some(file.clone()),
            Prefs::default(),
            Some(data.path().to_owned()),
        )
    };
    let mut h = harness(start());

    // Heads of delegation who are women, among the States Parties.
    click(&mut h, "States Parties 161");
    click(&mut h, "More filters");
    click(&mut h, "Female");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(shown(&h), ["CHL"], "{}", all_text(&h));
    assert!(
        shows(&h, "Head of delegation: female ×"),
        "{}",
        all_text(&h)
    );

    click(&mut h, "Save filter…");
    assert!(matches!(
        h.state().work().dialog(),
        Some(Dialog::SaveFilter(_))
    ));
    // The name starts as the filter in words; the officer names it.
    assert_eq!(
        h.get_by_label("Filter name").value().as_deref(),
        Some("State Party, Head of delegation: female")
    );
    h.get_by_label("Filter name").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Filter name")
        .type_text("Women heading delegations");
    h.run();
    click(&mut h, "Save");
    assert!(h.state().work().dialog().is_none());
    assert!(shows(&h, "Women heading delegations"), "{}", all_text(&h));
    assert!(
        h.query_by_label("Save filter…").is_none(),
        "the filter shown is saved now"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().work().document().is_dirty(), "{}", all_text(&h));
    drop(h);

    // Reopened: the chip is there for everyone who opens the file, and shows the same invitees.
    let mut h = harness(start());
    assert_eq!(
        h.state().table().visible_len(),
        h.state().table().total_len()
    );
    click(&mut h, "Women heading delegations");
    assert_eq!(shown(&h), ["CHL"]);
    assert!(shows(&h, "Head of delegation: female ×"));

    // Deleted from its chip's menu: one edit, undone like any other.
    h.get_by_label("Women heading delegations")
        .click_secondary();
    h.run();
    click(&mut h, "Delete this saved filter");
    assert!(
        h.state()
            .work()
            .workspace()
            .settings
            .saved_filters
            .is_empty()
    );
    assert!(h.query_by_label("Women heading delegations").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(shows(&h, "Women heading delegations"));
    assert_eq!(
        storage::load(&file)
            .expect("loads")
            .settings
            .saved_filters
            .keys()
            .collect::<Vec<_>>(),
        ["Women heading delegations"]
    );
}
