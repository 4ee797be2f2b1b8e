//! A day at the registration desk (issue #29), in the app as a desk officer works it: Ctrl+9, a name
//! typed, Enter and Enter; a walk-in registered; credentials handed over; an arrival taken back.

use crate::common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use msp_invitations::app::App;
use msp_invitations::model::{
    CredentialKind, EntityId, InvitationStatus, Member, PersonId, Role, builtin_workspace,
};

/// The 13MSP with Chile and Peru invited, Chile with one delegate.
fn desk_app() -> egui_kittest::Harness<'static, App> {
    let mut ws = builtin_workspace();
    for iso3 in ["CHL", "PER"] {
        let invitee = ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("invited");
        invitee.invitation.status = InvitationStatus::Invited;
    }
    ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile")
        .delegation
        .members = vec![Member {
        honorific: "Ms.".to_owned(),
        given_name: "Ana".to_owned(),
        family_name: "Rojas".to_owned(),
        function: "Ambassador".to_owned(),
        ..Member::new(PersonId(1), Role::HeadOfDelegation)
    }];
    harness(App::new(ws, None, Default::default()))
}

fn arrived(h: &egui_kittest::Harness<'_, App>, iso3: &str, person: u32) -> bool {
    h.state().work().workspace().meetings[0]
        .arrival(&EntityId::state(iso3), PersonId(person), d(TODAY))
        .is_some()
}

#[test]
fn a_day_at_the_desk_search_enter_enter_a_walk_in_credentials_and_an_undone_arrival() {
    let mut h = desk_app();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num9);
    h.run();
    assert!(
        shows_containing(&h, "Registration desk"),
        "{}",
        all_text(&h)
    );
    // The search has the keyboard: the desk types at once.
    h.get_by_label("Find a person").type_text("rojas");
    h.run();
    assert!(shows(&h, "1 found"), "{}", all_text(&h));
    h.key_press(Key::Enter);
    h.run();
    assert!(shows(&h, "Ms. Ana ROJAS"), "the card: {}", all_text(&h));
    assert!(shows(&h, "Chile · Head of Delegation · Ambassador"));
    assert!(shows(&h, "Credentials: not received"));
    assert!(shows(&h, "⚠ The delegation's credentials are not in."));
    assert!(!arrived(&h, "CHL", 1));
    // The second Enter records the arrival, and the search is ready for the next person.
    h.key_press(Key::Enter);
    h.run();
    assert!(arrived(&h, "CHL", 1), "{}", all_text(&h));
    assert!(shows_containing(&h, "Arrived today at"), "{}", all_text(&h));
    assert!(shows(&h, "1 person arrived today"), "{}", all_text(&h));

    // Credentials handed over at the desk.
    choose(&mut h, "Credentials handed over", "Original");
    click(&mut h, "Record the credentials");
    let chile = &h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")];
    let credentials = chile.delegation.credentials.clone().expect("recorded");
    assert_eq!(credentials.kind, CredentialKind::Original);
    assert_eq!(credentials.received, Some(d(TODAY)));
    assert!(
        shows(&h, "Credentials: Original · received on 3 June 2013"),
        "{}",
        all_text(&h)
    );
    // What is on record is what the form shows: nothing more to record until it changes.
    assert!(
        h.get_by_label("Record the credentials")
            .accesskit_node()
            .is_disabled(),
        "{}",
        all_text(&h)
    );

    // The arrival taken back.
    click(&mut h, "Undo the arrival");
    assert!(!arrived(&h, "CHL", 1));

    // Someone who never registered, registered on the spot into Peru's delegation, then checked in.
    click(&mut h, "Register someone on the spot");
    type_into(&mut h, "Delegation", "peru");
    click(&mut h, "Peru");
    type_into(&mut h, "Given name", "Rosa");
    type_into(&mut h, "Family name", "Quispe");
    click(&mut h, "Register");
    let peru = &h.state().work().workspace().meetings[0].invitees[&EntityId::state("PER")];
    let rosa = peru
        .delegation
        .members
        .iter()
        .find(|m| m.family_name == "Quispe")
        .expect("registered on the spot")
        .id;
    assert!(shows(&h, "Rosa QUISPE"), "her card: {}", all_text(&h));
    click(&mut h, "Record the arrival (Enter)");
    assert!(arrived(&h, "PER", rosa.0));
    // The dashboard counts who is present today.
    click_tab(&mut h, "Dashboard");
    assert!(
        shows(&h, "Present at the meeting, by day"),
        "{}",
        all_text(&h)
    );
    assert!(shows(&h, "1 person, 1 delegation"), "{}", all_text(&h));
    assert!(shows(&h, "States Parties: 1 (1)"), "{}", all_text(&h));
    // Each is one undo step (Edit › Undo: the search has the keyboard, and Ctrl+Z there is its own).
    click(&mut h, "Edit");
    h.query_all_by_role(egui::accesskit::Role::Button)
        .find(|n| {
            egui_kittest::kittest::NodeT::accesskit_node(n)
                .label()
                .is_some_and(|l| l.starts_with("Undo") && !l.contains("arrival"))
        })
        .expect("Edit › Undo")
        .click();
    h.run();
    assert!(!arrived(&h, "PER", rosa.0));
}

/// The check-ins of a badge system through the app's Import: the preview names each row's arrival
/// and the row naming nobody, the row is left out, and the arrivals come in as one undo step.
#[test]
fn check_ins_from_a_badge_system_come_in_through_the_apps_import() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("checkins.csv");
    std::fs::write(
        &file,
        "Name,Checked in at\nAna Rojas,2013-12-02 09:14\nNobody Byname,2013-12-02 09:20\n",
    )
    .expect("write");
    let mut h = desk_app();
    click(&mut h, "File");
    h.get_by_label_contains("Import…").click();
    h.run();
    // Check-ins…, and the file chosen in the file dialog.
    h.get_by_label("Check-ins…").click();
    h.step();
    assert!(
        h.state_mut().choose_path(&file),
        "Check-ins… asks for a file"
    );
    h.step();
    wait_for_job(&mut h);
    assert!(
        shows_containing(&h, "Ms. Ana ROJAS (Chile): arrived on 2013-12-02 at 09:14"),
        "{}",
        all_text(&h)
    );
    assert!(
        shows_containing(&h, "Nobody of the meeting is found by \"Nobody Byname\""),
        "{}",
        all_text(&h)
    );
    assert!(
        !h.state().work().workspace().meetings[0].has_attendance(),
        "nothing yet"
    );
    click(&mut h, "Leave out row 3");
    click(&mut h, "Import");
    let chile = EntityId::state("CHL");
    assert!(
        h.state().work().workspace().meetings[0]
            .arrival(&chile, PersonId(1), d("2013-12-02"))
            .is_some(),
        "{}",
        all_text(&h)
    );
}

/// The card says what the desk should know (a delegation not invited), and corrects a name and a
/// function as one edit.
#[test]
fn the_card_says_a_delegation_was_not_invited_and_the_desk_corrects_a_name() {
    let mut ws = builtin_workspace();
    ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("NOR"))
        .expect("Norway")
        .delegation
        .members = vec![Member {
        given_name: "Kari".to_owned(),
        family_name: "Nordman".to_owned(),
        function: "Advisor".to_owned(),
        ..Member::new(PersonId(7), Role::Adviser)
    }];
    let mut h = harness(App::new(ws, None, Default::default()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num9);
    h.run();
    h.get_by_label("Find a person").type_text("nordman");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(
        shows(&h, "⚠ The delegation was not invited to the meeting."),
        "{}",
        all_text(&h)
    );
    click(&mut h, "Correct the name or function");
    let family = h.get_by_label("Family name");
    family.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Family name").type_text("Nordmann");
    h.run();
    let function = h.get_by_label("Function");
    function.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Function")
        .type_text("Adviser, Ministry of Foreign Affairs");
    h.run();
    click(&mut h, "Save the correction");
    let member = h.state().work().workspace().meetings[0].invitees[&EntityId::state("NOR")]
        .delegation
        .members[0]
        .clone();
    assert_eq!(
        (member.family_name.as_str(), member.function.as_str()),
        ("Nordmann", "Adviser, Ministry of Foreign Affairs")
    );
    assert!(shows(&h, "Kari NORDMANN"), "{}", all_text(&h));
}

/// The desk says when the day it records arrivals on is not a day of the meeting (a rehearsal, a wrong
/// date on the computer), and, on a meeting where nobody is registered yet, where delegates come from.
#[test]
fn the_desk_says_a_day_outside_the_meeting_and_that_nobody_is_registered() {
    let mut h = desk_app();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num9);
    h.run();
    // The tests' day, 3 June 2013, is months before the 13MSP.
    assert!(
        shows(
            &h,
            "Today is not a day of the meeting (2–5 December 2013): arrivals are recorded on 3 June 2013."
        ),
        "{}",
        all_text(&h)
    );
    assert!(
        !shows_containing(&h, "Nobody is registered"),
        "Ana Rojas is"
    );
    h.state_mut().work_mut().set_today(d("2013-12-02"));
    h.run();
    assert!(
        !shows_containing(&h, "not a day of the meeting"),
        "{}",
        all_text(&h)
    );

    let mut h = builtin();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num9);
    h.run();
    assert!(
        shows_containing(
            &h,
            "Nobody is registered for the meeting yet: delegates come in from the Invitees view or a delegates file (File › Import)"
        ),
        "{}",
        all_text(&h)
    );
}
