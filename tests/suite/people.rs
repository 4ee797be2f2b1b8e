//! The People view and possible duplicates, through the app and the command line: every delegate in one
//! table, found by any part of the name, the delegation, the function or the e-mail; a person entered
//! twice listed with a click to each entry; `check` warning about it without failing.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, View};
use msp_invitations::model::{
    EntityId, Member, PersonId, Role, Workspace, builtin_workspace,
    sample::with_generated_delegations,
};

/// The 13MSP with invented delegations, and Ana ROJAS entered twice: in Chile and in Peru, with the same
/// e-mail address.
fn with_a_duplicate() -> Workspace {
    let mut ws = with_generated_delegations(builtin_workspace(), 120, 3);
    let next = ws.next_person_id().0;
    for (i, iso3) in ["CHL", "PER"].into_iter().enumerate() {
        let mut m = Member::new(
            PersonId(next + u32::try_from(i).expect("two")),
            Role::Adviser,
        );
        m.honorific = "Ms.".to_owned();
        m.given_name = "Ana".to_owned();
        m.family_name = "Rojas".to_owned();
        m.email = "ana.rojas@example.org".to_owned();
        m.function = if i == 0 { "Counsellor" } else { "Expert" }.to_owned();
        ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("a State")
            .delegation
            .members
            .push(m);
    }
    ws
}

#[test]
fn the_people_view_finds_anyone_and_lists_the_possible_duplicate() {
    let ws = with_a_duplicate();
    let people = ws.meetings[0].people();
    let mut h = harness(App::new(ws, None, Default::default()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    assert_eq!(h.state().view(), View::People);
    assert!(shows(&h, &format!("People ({people})")), "{}", all_text(&h));
    assert!(shows(&h, "Possible duplicates: 1"), "{}", all_text(&h));
    assert!(shows(&h, "Ms. Ana ROJAS (same name and e-mail):"));
    h.get_by_label("Find a person").focus();
    h.run();
    h.get_by_label("Find a person").type_text("rojas");
    h.run();
    assert!(
        shows(&h, &format!("2 of {people} shown")),
        "{}",
        all_text(&h)
    );
    // The rows as a screen reader reads the grid: the name and the delegation of each.
    let shown: Vec<(String, String)> = grid_rows(&h, "People")
        .into_iter()
        .map(|cells| (cells[0].clone(), cells[1].clone()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Ms. Ana ROJAS".to_owned(), "Chile".to_owned()),
            ("Ms. Ana ROJAS".to_owned(), "Peru".to_owned())
        ]
    );
    h.try_snapshot_options("people", &snapshot_options())
        .expect("the People view looks as it did");

    // A click on the second entry's delegation opens that person in Peru's detail.
    let peru = h.get_all_by_label("Peru").count();
    assert!(peru >= 1);
    h.get_all_by_label("Peru")
        .next()
        .expect("the duplicate's link")
        .click();
    h.run();
    h.run();
    assert_eq!(h.state().view(), View::Invitees);
    assert_eq!(
        h.state().table().selected_one(),
        Some(&EntityId::state("PER"))
    );
    assert!(
        h.get_by_label("Family name").is_focused(),
        "the person's form is open, the keyboard in it: {}",
        all_text(&h)
    );
    assert_eq!(
        h.get_by_label("Family name").value().as_deref(),
        Some("Rojas")
    );
}

/// What `msp-invitations check` says on stderr about `ws`, and its exit code.
fn check(ws: &Workspace) -> (String, Option<i32>) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("ws.ron");
    msp_invitations::storage::save(&path, ws).expect("saved");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args(["check", path.to_str().expect("utf-8")])
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn check_warns_of_a_possible_duplicate_without_failing() {
    let mut ws = with_a_duplicate();
    // Without the generated people, the workspace has no other problem.
    for invitee in ws.meetings[0].invitees.values_mut() {
        invitee
            .delegation
            .members
            .retain(|m| m.family_name == "Rojas");
    }
    let (stderr, code) = check(&ws);
    assert!(
        stderr.contains(
            "warning: 13MSP: Ms. Ana ROJAS may be one person entered twice (same name and e-mail): in Chile and in Peru"
        ),
        "{stderr}"
    );
    // Same name in two delegations is a validation problem already; the warning comes with it.
    assert_eq!(code, Some(1), "{stderr}");
}

#[test]
fn a_search_that_finds_a_delegate_names_and_opens_that_person() {
    let mut h = harness(App::new(with_a_duplicate(), None, Default::default()));
    search(&mut h, "rojas");
    // The table names the person found beside each delegation.
    assert_eq!(h.state().table().visible_len(), 2, "{}", all_text(&h));
    assert_eq!(
        h.get_all_by_label("· Ms. Ana ROJAS").count(),
        2,
        "{}",
        all_text(&h)
    );
    // Enter opens the first delegation found, with the person open in it.
    h.key_press(Key::Enter);
    h.run();
    h.run();
    assert_eq!(
        h.state().table().selected_one(),
        Some(&EntityId::state("CHL"))
    );
    assert!(
        shows(&h, "Found by the search: Ms. Ana ROJAS"),
        "{}",
        all_text(&h)
    );
    assert_eq!(
        h.get_by_label("Family name").value().as_deref(),
        Some("Rojas")
    );
    // A search by the delegation's own name finds no one in particular.
    let mut h = harness(App::new(with_a_duplicate(), None, Default::default()));
    search(&mut h, "chile");
    h.key_press(Key::Enter);
    h.run();
    assert!(!shows_containing(&h, "Found by the search"));
    assert!(h.query_by_label("Family name").is_none());
}

#[test]
fn one_person_entered_twice_in_one_delegation_is_told_apart_by_role() {
    let mut ws = builtin_workspace();
    let next = ws.next_person_id().0;
    for (i, role) in [Role::Adviser, Role::Expert].into_iter().enumerate() {
        let mut m = Member::new(PersonId(next + u32::try_from(i).expect("two")), role);
        m.honorific = "Ms.".to_owned();
        m.given_name = "Ana".to_owned();
        m.family_name = "Rojas".to_owned();
        m.email = "ana.rojas@example.org".to_owned();
        ws.meetings[0]
            .invitees
            .entry(EntityId::state("CHL"))
            .or_default()
            .delegation
            .members
            .push(m);
    }
    // The command line says "twice in Chile", not "in Chile and in Chile".
    let (stderr, _) = check(&ws);
    assert!(
        stderr.contains(
            "warning: 13MSP: Ms. Ana ROJAS may be one person entered twice (same name and e-mail): twice in Chile"
        ),
        "{stderr}"
    );
    // The People view links each entry with its role, and each opens its own.
    let mut h = harness(App::new(ws, None, Default::default()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    assert!(shows(&h, "Possible duplicates: 1"), "{}", all_text(&h));
    h.get_by_label("Chile · Expert").click();
    h.run();
    h.run();
    assert_eq!(h.state().view(), View::Invitees);
    assert_eq!(
        h.state().open_member(),
        Some(PersonId(next + 1)),
        "{}",
        all_text(&h)
    );
}
