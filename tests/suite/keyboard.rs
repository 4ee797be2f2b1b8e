//! Keyboard-first entry, driven through the app: the keyboard goes where the next thing is typed (a new
//! member's first field, a new organisation's name), Enter in the search opens the first invitee found,
//! F10 opens the menus, Ctrl+1 to Ctrl+8 switch views, and Help › Keyboard shortcuts lists them all.

use crate::common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, Dialog, View};
use msp_invitations::model::EntityId;

#[test]
fn enter_on_add_member_puts_the_keyboard_in_the_new_members_first_field() {
    let mut h = builtin();
    select_invitee(&mut h, "peru", "Peru");
    h.get_by_label("Add member").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.run();
    assert!(h.get_by_label("Honorific").is_focused(), "{}", all_text(&h));
    // The user types on: honorific, Tab, given name, Tab, family name.
    h.get_by_label("Honorific").type_text("Ms.");
    h.run();
    h.key_press(Key::Tab);
    h.run();
    assert!(h.get_by_label("Given name").is_focused());
    let peru = &h.state().work().workspace().meetings[0].invitees[&EntityId::state("PER")];
    assert_eq!(peru.delegation.members.len(), 1);
    assert_eq!(peru.delegation.members[0].honorific, "Ms.");
}

#[test]
fn add_organisation_starts_in_its_name_and_proposes_its_id_as_a_value() {
    let mut h = builtin();
    click(&mut h, "File");
    h.get_by_label_contains("Add organisation…").click();
    h.run();
    h.run();
    assert!(matches!(
        h.state().work().dialog(),
        Some(Dialog::NewOrganisation(_))
    ));
    assert!(
        h.get_by_label("Organisation name").is_focused(),
        "{}",
        all_text(&h)
    );
    h.get_by_label("Organisation name")
        .type_text("Mines Advisory Group");
    h.run();
    type_into(&mut h, "Acronym", "MAG");
    // The id is in its field, as a value the user can read and change.
    assert_eq!(h.get_by_label("Id").value().as_deref(), Some("mag"));
}

#[test]
fn enter_in_the_search_opens_the_first_invitee_found() {
    let mut h = builtin();
    search(&mut h, "ivoire");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        h.state().table().selection().iter().collect::<Vec<_>>(),
        [&EntityId::state("CIV")]
    );
    assert!(
        shows(&h, "CIV · State Party on 2 December 2013"),
        "{}",
        all_text(&h)
    );
}

#[test]
fn f10_opens_the_menus_and_ctrl_digits_switch_views() {
    let mut h = builtin();
    assert!(h.query_by_label_contains("Save as…").is_none());
    h.key_press(Key::F10);
    h.run();
    h.run();
    assert!(
        h.query_by_label_contains("Save as…").is_some(),
        "the File menu is open: {}",
        all_text(&h)
    );
    h.key_press(Key::Escape);
    h.run();
    for (key, view) in [
        (Key::Num3, View::Dashboard),
        (Key::Num8, View::MeetingSettings),
        (Key::Num2, View::People),
        (Key::Num1, View::Invitees),
    ] {
        h.key_press_modifiers(Modifiers::COMMAND, key);
        h.run();
        assert_eq!(h.state().view(), view);
    }
}

#[test]
fn help_lists_every_shortcut_from_the_commands() {
    let mut h = harness(App::builtin());
    click(&mut h, "Help");
    h.get_by_label_contains("Keyboard shortcuts").click();
    h.run();
    assert!(matches!(h.state().work().dialog(), Some(Dialog::Shortcuts)));
    for (keys, what) in [
        ("Ctrl+E", "Export…"),
        ("Ctrl+Shift+S", "Save as…"),
        ("Ctrl+2", "People"),
        ("Ctrl+8", "Meeting settings"),
        ("F10 or Alt", "Open the menus"),
    ] {
        assert!(shows(&h, keys), "{keys}: {}", all_text(&h));
        assert!(shows(&h, what), "{what}: {}", all_text(&h));
    }
    click(&mut h, "Close");
    click(&mut h, "Help");
    h.get_by_label_contains("Getting started").click();
    h.run();
    assert!(shows(&h, "1. The meeting"), "{}", all_text(&h));
    assert!(shows(&h, "8. The List of Participants and the figures"));
}
