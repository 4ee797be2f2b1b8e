//! Copy and paste with spreadsheets, driven through the app: Ctrl+C on selected rows copies them as
//! tab-separated text with a header (the invitee table as shown, the People view as a delegates file), and
//! Ctrl+V of rows copied from a spreadsheet opens the import preview, into the delegation selected; a round
//! trip from one delegation to another; rows without a header get a message that says what is missing.

use crate::common;

use common::*;
use egui::{Event, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, Dialog, Prefs, View};
use msp_invitations::model::{
    EntityId, Gender, Member, PersonId, Role, Workspace, builtin_workspace,
};

/// The 13MSP with Chile's delegation of two.
fn with_chile() -> Workspace {
    let mut ws = builtin_workspace();
    let chile = &mut ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile")
        .delegation;
    for (id, role, honorific, given, family, gender) in [
        (
            1,
            Role::HeadOfDelegation,
            "Ms.",
            "Ana",
            "Rojas",
            Gender::Female,
        ),
        (2, Role::Adviser, "Mr.", "Luis", "Soto", Gender::Male),
    ] {
        let mut m = Member::new(PersonId(id), role);
        m.honorific = honorific.into();
        m.given_name = given.into();
        m.family_name = family.into();
        m.function = "Counsellor, Permanent Mission".into();
        m.gender = gender;
        m.email = format!("{}@example.org", given.to_lowercase());
        chile.members.push(m);
    }
    ws
}

/// Sends Ctrl+C as the platform does (a Copy event) and returns what the app put on the clipboard.
fn copy(h: &mut Harness<'_, App>) -> String {
    h.event(Event::Copy);
    for _ in 0..4 {
        h.step();
        let copied = h
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyText(text) => Some(text.clone()),
                _ => None,
            });
        if let Some(text) = copied {
            h.run();
            return text;
        }
    }
    panic!("nothing copied: {}", all_text(h));
}

/// Sends Ctrl+V as the platform does (a Paste event with the clipboard's text).
fn paste(h: &mut Harness<'_, App>, text: &str) {
    h.event(Event::Paste(text.to_owned()));
    h.run();
}

/// Replaces the search with `text`.
fn search_anew(h: &mut Harness<'_, App>, text: &str) {
    h.get_by_label("Search").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.run();
    if !text.is_empty() {
        h.get_by_label("Search").type_text(text);
    }
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
}

#[test]
fn ctrl_c_copies_the_selected_invitees_as_the_table_shows_them() {
    let mut h = harness(App::new(with_chile(), None, Prefs::default()));
    search(&mut h, "chile");
    click(&mut h, "Chile");
    search_anew(&mut h, "peru");
    h.get_by_label("Peru").click_modifiers(Modifiers::COMMAND);
    h.run();
    search_anew(&mut h, "");
    assert_eq!(h.state().table().selection().len(), 2);
    let text = copy(&mut h);
    assert_eq!(
        text,
        "Name\tCategory\tInvitation\tSent\tReply\tPeople\tHead of delegation\tCredentials\tObserver status\n\
         Chile\tState Party\tNot invited\t\t\t2\tMs. Ana ROJAS\t\t\n\
         Peru\tState Party\tNot invited\t\t\t0\t\t\t\n"
    );
    assert!(shows(
        &h,
        "2 rows copied with their header: paste them into a spreadsheet"
    ));
}

#[test]
fn people_copied_from_one_delegation_paste_into_another_through_the_preview() {
    let mut h = harness(App::new(with_chile(), None, Prefs::default()));
    click_tab(&mut h, "People");
    assert_eq!(h.state().view(), View::People);
    click(&mut h, "Ms. Ana ROJAS");
    h.get_by_label("Mr. Luis SOTO")
        .click_modifiers(Modifiers::COMMAND);
    h.run();
    let text = copy(&mut h);
    assert_eq!(
        text,
        "delegation\trole\thonorific\tgiven_name\tfamily_name\tfunction\tgender\temail\tphone\n\
         Chile\tHead of Delegation\tMs.\tAna\tRojas\tCounsellor, Permanent Mission\tFemale\tana@example.org\t\n\
         Chile\tAdviser\tMr.\tLuis\tSoto\tCounsellor, Permanent Mission\tMale\tluis@example.org\t\n"
    );

    // Into Peru: every row goes there, whatever its delegation column says, after the preview.
    click_tab(&mut h, "Invitees");
    select_invitee(&mut h, "peru", "Peru");
    let pasted = text
        .replace("Ana\tRojas", "Eva\tRamos")
        .replace("ana@", "eva@")
        .replace("Luis\tSoto", "Raúl\tVega")
        .replace("luis@", "raul@");
    paste(&mut h, &pasted);
    let Some(Dialog::ImportPreview(state)) = h.state().work().dialog() else {
        panic!("no preview: {}", all_text(&h));
    };
    let preview = state.preview.as_ref().expect("a preview");
    assert_eq!(preview.added(), 2, "{:?}", preview.problems);
    assert!(
        shows_containing(&h, "the rows pasted into Peru"),
        "{}",
        all_text(&h)
    );
    click(&mut h, "Import");
    let peru = &h.state().work().workspace().meetings[0].invitees[&EntityId::state("PER")];
    let names: Vec<(String, Role, Gender)> = peru
        .delegation
        .members
        .iter()
        .map(|m| (m.display_name(), m.role, m.gender))
        .collect();
    assert_eq!(
        names,
        [
            (
                "Ms. Eva RAMOS".to_owned(),
                Role::HeadOfDelegation,
                Gender::Female
            ),
            ("Mr. Raúl VEGA".to_owned(), Role::Adviser, Gender::Male),
        ]
    );
    // One edit: undone at once.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(
        h.state().work().workspace().meetings[0].invitees[&EntityId::state("PER")]
            .delegation
            .members
            .is_empty()
    );
}

#[test]
fn rows_pasted_without_their_header_say_what_is_missing_and_change_nothing() {
    let mut h = harness(App::new(with_chile(), None, Prefs::default()));
    select_invitee(&mut h, "peru", "Peru");
    let before = h.state().work().workspace().clone();
    paste(&mut h, "Ms.\tEva\tRamos\nMr.\tRaúl\tVega\n");
    assert!(matches!(
        h.state().work().dialog(),
        Some(Dialog::Error { .. })
    ));
    assert!(shows(&h, "Could not paste"), "{}", all_text(&h));
    assert!(
        shows_containing(&h, "missing family_name"),
        "{}",
        all_text(&h)
    );
    assert!(shows_containing(&h, "with their header row"));
    assert_eq!(*h.state().work().workspace(), before);
}

#[test]
fn ctrl_c_and_ctrl_v_in_a_text_field_stay_the_fields() {
    let mut h = harness(App::new(with_chile(), None, Prefs::default()));
    select_invitee(&mut h, "chile", "Chile");
    h.get_by_label("Search").focus();
    h.run();
    paste(&mut h, "Peru");
    assert!(h.state().work().dialog().is_none(), "{}", all_text(&h));
    assert_eq!(h.state().table().query(), "chilePeru");
}
