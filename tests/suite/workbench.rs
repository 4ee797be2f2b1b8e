//! The organiser's workbench, driven through the real UI with `egui_kittest`: each flow checks both the
//! document and what the screen shows.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use msp_invitations::app::{App, Dialog, Prefs, View};
use msp_invitations::model::{
    Category, Channel, EntityId, InvitationStatus, Role, builtin_workspace,
};

fn visible_names(harness: &egui_kittest::Harness<'_, App>) -> Vec<String> {
    harness
        .state()
        .table()
        .visible_rows()
        .map(|r| r.name.clone())
        .collect()
}

#[test]
fn search_ivoire_finds_cote_d_ivoire() {
    let mut h = builtin();
    search(&mut h, "ivoire");
    assert_eq!(visible_names(&h), vec!["Côte d'Ivoire"]);
    assert!(shows(&h, "Côte d'Ivoire"));
    assert!(shows(&h, "Showing 1 of 224 invitees"), "{}", all_text(&h));
}

#[test]
fn search_by_old_name_and_iso_code() {
    // The 13MSP (December 2013) names Eswatini as the UN did then; today's name finds it too.
    let mut h = builtin();
    search(&mut h, "eswatini");
    assert_eq!(visible_names(&h), vec!["Swaziland"]);
    let mut h = builtin();
    search(&mut h, "swaziland");
    assert_eq!(visible_names(&h), vec!["Swaziland"]);
    let mut h = builtin();
    search(&mut h, "CZE");
    assert_eq!(visible_names(&h), vec!["Czech Republic"]);
    let mut h = builtin();
    search(&mut h, "macedonia");
    assert_eq!(
        visible_names(&h),
        vec!["The former Yugoslav Republic of Macedonia"]
    );
}

#[test]
fn search_in_cyrillic_after_a_russian_delegate_is_added() {
    let mut h = builtin();
    select_invitee(&mut h, "russian", "Russian Federation");
    click(&mut h, "Add member");
    type_into(&mut h, "Given name", "Сергей");
    type_into(&mut h, "Family name", "Ёлкин");
    h.key_press(Key::Tab);
    h.run();
    let rus = EntityId::state("RUS");
    let members = &h.state().work().workspace().meetings[0].invitees[&rus]
        .delegation
        .members;
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].family_name, "Ёлкин");
    assert_eq!(members[0].role, Role::HeadOfDelegation);

    // Search without the diacritic, in lower case.
    let search_box = h.get_by_label("Search");
    search_box.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Search").type_text("елкин");
    h.run();
    assert_eq!(visible_names(&h), vec!["Russian Federation"]);
    assert!(shows(&h, "Showing 1 of 224 invitees"), "{}", all_text(&h));
    assert!(
        shows(&h, "Сергей ЁЛКИН"),
        "the head of delegation shows in the table"
    );
}

#[test]
fn filter_to_observer_states_and_read_the_count() {
    let mut h = builtin();
    click(&mut h, "Not parties 35");
    assert_eq!(h.state().table().visible_len(), 35);
    assert!(
        h.state()
            .table()
            .visible_rows()
            .all(|r| r.category == Some(Category::ObserverNotParty))
    );
    assert!(shows(&h, "Showing 35 of 224 invitees"));
    click(&mut h, "Signatories 1");
    assert_eq!(
        h.state().table().visible_len(),
        36,
        "chips of one group add up"
    );
    assert!(shows(&h, "Showing 36 of 224 invitees"));
    // The status chips count within the chosen categories.
    assert!(shows(&h, "Not invited 36"), "{}", all_text(&h));
}

#[test]
fn invite_a_state_with_date_channel_and_reference() {
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    enter_into(&mut h, "Sent on", "2013-06-10");
    choose(&mut h, "Channel", "By hand");
    type_into(&mut h, "Reference", "APLC/MSP.13/NV/12");
    h.key_press(Key::Tab);
    h.run();

    let invitation =
        &h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")].invitation;
    assert_eq!(invitation.status, InvitationStatus::Invited);
    assert_eq!(invitation.sent, Some(d("2013-06-10")));
    assert_eq!(invitation.channel, Some(Channel::ByHand));
    assert_eq!(invitation.reference, "APLC/MSP.13/NV/12");
    assert!(h.state().work().document().is_dirty());
    assert!(shows(&h, "2013-06-10"), "the table shows the date sent");
    assert!(shows(&h, "• Unsaved changes"));
    assert!(
        h.state().work().title().starts_with("● "),
        "{}",
        h.state().work().title()
    );
    // Four edits, the reference typed letter by letter counting as one.
    let mut steps = 0;
    let mut app = h.into_state();
    while app.work_mut().undo() {
        steps += 1;
    }
    assert_eq!(steps, 4);
    assert!(!app.work().document().is_dirty());
}

#[test]
fn a_date_that_is_not_a_date_is_explained_and_not_taken() {
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    enter_into(&mut h, "Sent on", "2013-02-30");
    assert!(
        shows(&h, "Not a date: write it as YYYY-MM-DD, a day that exists"),
        "{}",
        all_text(&h)
    );
    assert_eq!(
        h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")]
            .invitation
            .sent,
        None
    );
    assert!(!h.state().work().document().is_dirty());
}

fn add_member(h: &mut egui_kittest::Harness<'_, App>, given: &str, family: &str) {
    click(h, "Add member");
    // The new member's form is the one open.
    type_into(h, "Given name", given);
    type_into(h, "Family name", family);
    h.key_press(Key::Tab);
    h.run();
}

#[test]
fn a_delegation_of_three_with_a_head_reordered() {
    let mut h = builtin();
    select_invitee(&mut h, "peru", "Peru");
    add_member(&mut h, "Ana", "Rojas");
    add_member(&mut h, "Luis", "Vega");
    add_member(&mut h, "Marta", "Quispe");
    let peru = EntityId::state("PER");
    let delegation = |h: &egui_kittest::Harness<'_, App>| {
        h.state().work().workspace().meetings[0].invitees[&peru]
            .delegation
            .members
            .iter()
            .map(|m| (m.family_name.clone(), m.role))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        delegation(&h),
        vec![
            ("Rojas".to_owned(), Role::HeadOfDelegation),
            ("Vega".to_owned(), Role::Representative),
            ("Quispe".to_owned(), Role::Representative),
        ]
    );
    assert!(shows(&h, "Delegation (3)"));
    // Move Quispe up one place.
    // The last member added is the one open.
    click(&mut h, "Move up");
    assert_eq!(delegation(&h)[1].0, "Quispe");
    assert!(
        shows(&h, "2. Marta QUISPE — Representative"),
        "{}",
        all_text(&h)
    );
    assert!(shows(&h, "Ana ROJAS"), "the head shows in the table");
    assert!(msp_invitations::model::validate(h.state().work().workspace()).is_empty());
}

#[test]
fn undo_and_redo_from_the_keyboard_and_the_menu() {
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    let chile = EntityId::state("CHL");
    let status = |h: &egui_kittest::Harness<'_, App>| {
        h.state().work().workspace().meetings[0].invitees[&chile]
            .invitation
            .status
    };
    assert_eq!(status(&h), InvitationStatus::Invited);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(status(&h), InvitationStatus::NotInvited);
    assert!(
        !h.state().work().document().is_dirty(),
        "undone back to the saved state"
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(status(&h), InvitationStatus::Invited);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(status(&h), InvitationStatus::Invited);
    click(&mut h, "Edit");
    h.get_by_label_contains("Undo").click();
    h.run();
    assert_eq!(status(&h), InvitationStatus::NotInvited);
    assert!(
        shows(&h, "Not invited 1") && shows(&h, "Invited 0"),
        "chips count within the search"
    );
}

#[test]
fn ctrl_z_in_a_text_field_undoes_the_typing_not_the_document() {
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    type_into(&mut h, "Reference", "NV");
    assert_eq!(
        h.get_by_label("Reference")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("NV")
    );
    // Still in the field: the field's own undo takes the key and undoes the typing.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.get_by_label("Reference")
            .accesskit_node()
            .value()
            .as_deref(),
        Some(""),
        "the field shows the typing undone"
    );
    let invitation =
        &h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")].invitation;
    assert_eq!(
        invitation.reference, "",
        "and the document follows the field"
    );
    assert_eq!(
        invitation.status,
        InvitationStatus::Invited,
        "the document edit before the typing stays"
    );
}

#[test]
fn bulk_invite_all_ngos_in_the_filter_as_one_undo_step() {
    let mut h = builtin();
    click(&mut h, "NGOs 2");
    // Ctrl+A selects what the filter shows (the search field does not have focus).
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    assert_eq!(h.state().table().selection().len(), 2);
    assert!(shows(&h, "2 invitees selected"), "{}", all_text(&h));
    type_into(&mut h, "Sent on", "2013-05-15");
    choose(&mut h, "Channel", "Email");
    type_into(&mut h, "Reference", "APLC/MSP.13/NGO");
    click(&mut h, "Mark 2 as invited");
    let ws = h.state().work().workspace();
    for id in ["icbl", "gichd"] {
        let inv = &ws.meetings[0].invitees[&EntityId::org(id)].invitation;
        assert_eq!(inv.status, InvitationStatus::Invited, "{id}");
        assert_eq!(inv.sent, Some(d("2013-05-15")));
        assert_eq!(inv.channel, Some(Channel::Email));
        assert_eq!(inv.reference, "APLC/MSP.13/NGO");
    }
    assert!(shows(&h, "Invited 2"), "{}", all_text(&h));
    assert!(shows(&h, "Marked 2 invitees as invited on 2013-05-15"));
    assert!(h.state_mut().work_mut().undo());
    h.run();
    let ws = h.state().work().workspace();
    assert!(
        ["icbl", "gichd"]
            .iter()
            .all(|id| ws.meetings[0].invitees[&EntityId::org(id)]
                .invitation
                .status
                == InvitationStatus::NotInvited),
        "one undo step undid both"
    );
    assert!(!h.state().work().document().can_undo());
}

#[test]
fn shift_and_ctrl_click_select_several() {
    let mut h = builtin();
    click(&mut h, "Afghanistan");
    h.get_by_label("Albania").click_modifiers(Modifiers::SHIFT);
    h.run();
    assert_eq!(
        h.state().table().selection().len(),
        3,
        "Afghanistan, African Union, Albania"
    );
    h.get_by_label("African Union")
        .click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(h.state().table().selection().len(), 2);
    assert!(shows(&h, "2 invitees selected"));
}

#[test]
fn arrow_keys_move_the_selection() {
    let mut h = builtin();
    click(&mut h, "Afghanistan");
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(
        h.state().table().selected_one(),
        Some(&EntityId::state("ALB"))
    );
    assert_eq!(
        h.get_all_by_label("Albania").count(),
        2,
        "the row and the detail heading"
    );
}

#[test]
fn sort_by_a_column_and_back() {
    let mut h = builtin();
    click(&mut h, "Category");
    let first = visible_names(&h);
    assert_eq!(first.first().map(String::as_str), Some("Afghanistan"));
    click(&mut h, "Category");
    let names = visible_names(&h);
    assert_eq!(
        names.first().map(String::as_str),
        Some("Geneva International Centre for Humanitarian Demining")
    );
    click(&mut h, "Name");
    let names = visible_names(&h);
    let civ = names
        .iter()
        .position(|n| n == "Côte d'Ivoire")
        .expect("present");
    assert_eq!(names[civ - 1], "Costa Rica");
    assert_eq!(names[civ + 1], "Croatia");
}

#[test]
fn changing_the_opening_date_recomputes_categories() {
    let mut h = builtin();
    click(&mut h, "Meeting settings");
    assert_eq!(h.state().view(), View::MeetingSettings);
    let opening = h.get_by_label("Opening");
    opening.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Opening").type_text("2015-11-30");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let ws = h.state().work().workspace();
    let meeting = &ws.meetings[0];
    assert_eq!(meeting.opening, d("2015-11-30"));
    assert_eq!(
        ws.count_by_category(meeting).get(&Category::StateParty),
        Some(&162)
    );
    // Oman joined in 2014, the Marshall Islands was still a signatory, Poland had joined in 2012. The
    // notice names the one invitee that changed, and opens it.
    let notice = "Opening date now 2015-11-30: Oman is now State Party";
    assert!(shows(&h, notice), "{}", all_text(&h));
    click(&mut h, notice);
    assert_eq!(h.state().view(), View::Invitees);
    assert_eq!(
        h.state().table().selected_one(),
        Some(&msp_invitations::model::EntityId::state("OMN"))
    );
    assert!(shows(&h, "States Parties 162"));
    // Undone, the notice goes with what it said.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().work().workspace().meetings[0].opening,
        d("2013-12-02")
    );
    assert!(!shows(&h, notice), "{}", all_text(&h));
    assert!(h.state().work().notice().is_none());
}

#[test]
fn save_reopen_and_find_everything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("13msp.ron");
    let mut h = builtin();
    select_invitee(&mut h, "peru", "Peru");
    add_member(&mut h, "Ana", "Rojas");
    choose(&mut h, "Status", "Invited");
    enter_into(&mut h, "Sent on", "2013-06-01");
    assert!(h.state_mut().save_to(&path));
    h.run();
    assert!(!h.state().work().document().is_dirty());
    assert!(shows(&h, "Saved"));
    assert!(
        h.state().work().title().contains("13msp.ron"),
        "{}",
        h.state().work().title()
    );
    let saved = h.state().work().workspace().clone();
    // Closing the window lets go of the file.
    drop(h);

    let mut h = harness(App::start_in(Some(path.clone()), Prefs::default(), None));
    assert_eq!(h.state().work().workspace(), &saved);
    assert_eq!(h.state().work().path(), Some(path.as_path()));
    search(&mut h, "rojas");
    assert_eq!(visible_names(&h), vec!["Peru"]);
    assert!(shows(&h, "2013-06-01"));
    assert!(shows(&h, "Ana ROJAS"));
}

#[test]
fn quitting_with_unsaved_changes_asks_and_cancel_keeps_the_work() {
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    assert!(matches!(
        h.state().work().dialog(),
        Some(Dialog::Unsaved(_))
    ));
    assert!(shows(&h, "Save changes?"));
    click(&mut h, "Cancel");
    assert!(h.state().work().dialog().is_none());
    assert!(h.query_by_label("Save changes?").is_none());
    assert!(h.state().work().document().is_dirty());
    assert_eq!(
        h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")]
            .invitation
            .status,
        InvitationStatus::Invited
    );
    // Escape closes the dialog as Cancel does.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(shows(&h, "Save changes?"));
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().work().dialog().is_none());
    assert!(h.state().work().document().is_dirty());
}

#[test]
fn discarding_changes_starts_a_new_workspace() {
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    click(&mut h, "Discard changes");
    assert!(!h.state().work().document().is_dirty());
    assert_eq!(h.state().work().workspace(), &builtin_workspace());
}

#[test]
fn a_malformed_file_shows_an_error_and_the_workspace_stays_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("broken.ron");
    std::fs::write(&bad, "(\n  format_version: 1,\n  name: oops\n)").expect("write");
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    assert!(!h.state_mut().open_path(&bad));
    h.run();
    let Some(Dialog::Error { message, .. }) = h.state().work().dialog() else {
        panic!("expected an error dialog");
    };
    assert!(message.contains("line 3, column"), "{message}");
    assert!(shows(&h, "Could not open the workspace"));
    assert!(shows_containing(&h, "broken.ron"));
    assert_eq!(
        h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")]
            .invitation
            .status,
        InvitationStatus::Invited,
        "the unsaved work is still there"
    );
    assert!(h.state().work().document().is_dirty());
    click(&mut h, "OK");
    assert!(h.state().work().dialog().is_none());
}

#[test]
fn a_failed_save_keeps_the_work_and_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("missing-folder").join("ws.ron");
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    assert!(!h.state_mut().save_to(&path));
    h.run();
    assert!(shows(&h, "Could not save the workspace"));
    assert!(shows_containing(&h, "missing-folder"));
    assert!(h.state().work().document().is_dirty());
    assert!(h.state().work().path().is_none());
}

#[test]
fn clicking_a_problem_selects_the_invitee_and_field() {
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    // Another invitee shown: the problem is a click away in the status bar all the same.
    click(&mut h, "Clear filters");
    select_invitee(&mut h, "afghanistan", "Afghanistan");
    assert!(shows(&h, "1 problem"), "{}", all_text(&h));
    click(&mut h, "1 problem");
    click(
        &mut h,
        "13MSP: Chile: invited, but the date the invitation was sent is missing",
    );
    assert_eq!(
        h.state().table().selected_one(),
        Some(&EntityId::state("CHL"))
    );
    assert!(
        h.get_by_label("Sent on").is_focused(),
        "the field has the keyboard"
    );
    assert!(shows(&h, "Required once invited"));
}

#[test]
fn add_an_ngo_and_remove_it_again() {
    let mut h = builtin();
    click(&mut h, "File");
    click(&mut h, "Add organisation…");
    type_into(&mut h, "Organisation name", "Mines Advisory Group");
    type_into(&mut h, "Acronym", "MAG");
    click(&mut h, "Add");
    let id = EntityId::org("mag");
    assert!(
        h.state().work().workspace().meetings[0]
            .invitees
            .contains_key(&id)
    );
    assert_eq!(h.state().table().selected_one(), Some(&id));
    assert!(shows(&h, "Observer status (Rule 1.4)"));
    assert!(shows(&h, "Not requested"), "{}", all_text(&h));
    enter_into(&mut h, "Requested on", "2013-09-01");
    assert!(shows(&h, "Step: Requested"));
    click(&mut h, "Remove organisation");
    assert!(
        !h.state().work().workspace().meetings[0]
            .invitees
            .contains_key(&id)
    );
    assert!(
        !h.state()
            .work()
            .workspace()
            .organisations
            .contains_key("mag")
    );
    assert!(h.state_mut().work_mut().undo());
    h.run();
    assert!(
        h.state()
            .work()
            .workspace()
            .organisations
            .contains_key("mag")
    );
}

#[test]
fn help_about_names_the_data_sources() {
    let mut h = builtin();
    click(&mut h, "Help");
    click(&mut h, "About MSP Invitations");
    assert!(shows_containing(&h, "197 States with their treaty dates"));
    assert!(shows_containing(&h, "UN Treaty Collection"));
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().work().dialog().is_none());
}

/// A file dropped on the window, as the windowing layer hands it to egui.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_file_on_the_window_opens_it_after_asking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("other.ron");
    let mut other = builtin_workspace();
    other.name = "Another workspace".to_owned();
    msp_invitations::storage::save(&path, &other).expect("save");

    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    h.run();
    assert!(
        matches!(h.state().work().dialog(), Some(Dialog::Unsaved(_))),
        "unsaved work: asks first"
    );
    click(&mut h, "Discard changes");
    assert_eq!(h.state().work().workspace().name, "Another workspace");
    assert_eq!(h.state().work().path(), Some(path.as_path()));
    assert!(h.state().work().title().contains("other.ron"));
}

/// The detail form gives an e-mail address the reason validation gives (it used to accept
/// "bruno.martin@example", which validation then refused), and the status bar says the same.
#[test]
fn the_detail_form_and_validation_give_one_reason_for_an_email() {
    let mut h = builtin();
    select_invitee(&mut h, "chile", "Chile");
    click(&mut h, "Add member");
    type_into(&mut h, "Family name", "Martin");
    type_into(&mut h, "Email", "bruno.martin@example");
    h.key_press(Key::Tab);
    h.run();
    assert!(
        shows(&h, "Not an email address (name@example.org)"),
        "{}",
        all_text(&h)
    );
    let problems = h.state_mut().work_mut().problems().to_vec();
    assert!(
        problems.iter().any(|p| p
            .to_string()
            .ends_with("Not an email address (name@example.org)")),
        "{problems:?}"
    );
}

/// A workspace put in place of the open one (File › New, by its shortcut) is a new generation of the
/// workbench: the views start afresh on it (nothing selected, no search, no member's form open), and the
/// window says it is not saved.
#[test]
fn a_new_workspace_starts_the_views_afresh() {
    let mut h = builtin();
    select_invitee(&mut h, "Chile", "Chile");
    assert_eq!(h.state().table().selection().len(), 1);
    assert_eq!(h.state().table().query(), "Chile");
    let generation = h.state().work().generation();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    assert_eq!(h.state().work().generation(), generation + 1);
    assert!(h.state().table().selection().is_empty(), "nothing selected");
    assert_eq!(h.state().table().query(), "", "no search");
    assert!(h.state().open_member().is_none());
    assert!(!h.state().work().document().is_dirty());
    // The table shows the new workspace's invitees from the top, Chile among them again.
    assert!(shows(&h, "Afghanistan"), "{}", all_text(&h));
}
