//! Snapshot images of the main screens, rendered by wgpu (lavapipe from Debian's mesa-vulkan-drivers where
//! there is no GPU). `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites them after a deliberate change.

use crate::common;

use common::*;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::App;
use msp_invitations::model::{
    Channel, CredentialKind, Credentials, EntityId, Gender, InvitationStatus, Issuer, Member,
    PersonId, Reply, Role, Workspace, builtin_workspace,
};

fn person(
    id: u32,
    role: Role,
    honorific: &str,
    given: &str,
    family: &str,
    function: &str,
    gender: Gender,
) -> Member {
    Member {
        id: PersonId(id),
        role,
        honorific: honorific.to_owned(),
        given_name: given.to_owned(),
        family_name: family.to_owned(),
        function: function.to_owned(),
        gender,
        email: String::new(),
        phone: String::new(),
        latin_given_name: String::new(),
        latin_family_name: String::new(),
    }
}

/// The 13MSP with a few invitations and one delegation of invented people.
fn sample() -> Workspace {
    let mut ws = builtin_workspace();
    let meeting = &mut ws.meetings[0];
    for (i, iso3) in ["AFG", "ALB", "DZA", "AND", "AGO"].iter().enumerate() {
        let inv = &mut meeting
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("State")
            .invitation;
        inv.status = InvitationStatus::Invited;
        inv.sent = Some(d("2013-06-03"));
        inv.channel = Some(Channel::ByHand);
        inv.reference = format!("APLC/MSP.13/NV/{}", i + 1);
        if i % 2 == 0 {
            inv.reply = Reply::Accepted;
            inv.reply_date = Some(d("2013-07-01"));
        }
    }
    let algeria = meeting
        .invitees
        .get_mut(&EntityId::state("DZA"))
        .expect("Algeria");
    algeria.delegation.members = vec![
        person(
            1,
            Role::HeadOfDelegation,
            "H.E. Ms.",
            "Amira",
            "Benali",
            "Ambassador, Permanent Representative",
            Gender::Female,
        ),
        person(
            2,
            Role::Alternate,
            "Mr.",
            "Karim",
            "Haddad",
            "Counsellor, Permanent Mission",
            Gender::Male,
        ),
        person(
            3,
            Role::Adviser,
            "Ms.",
            "Lina",
            "Saidi",
            "Ministry of Foreign Affairs",
            Gender::Female,
        ),
    ];
    algeria.delegation.credentials = Some(Credentials {
        kind: CredentialKind::Original,
        issuer: Some(Issuer::MinisterForForeignAffairs),
        received: Some(d("2013-11-28")),
    });
    ws
}

#[test]
fn main_screen() {
    let mut h = harness(App::new(sample(), None, Default::default()));
    h.snapshot_options("main_screen", &snapshot_options());
}

#[test]
fn detail_panel_with_a_delegation() {
    let mut h = harness(App::new(sample(), None, Default::default()));
    select_invitee(&mut h, "algeria", "Algeria");
    h.snapshot_options("detail_with_delegation", &snapshot_options());
}

#[test]
fn meeting_settings() {
    let mut h = builtin();
    click(&mut h, "Meeting settings");
    h.snapshot_options("meeting_settings", &snapshot_options());
}

#[test]
fn dashboard() {
    let ws = msp_invitations::model::sample::with_generated_delegations(sample(), 400, 6);
    let mut h = harness(App::new(ws, None, Default::default()));
    click(&mut h, "Dashboard");
    h.snapshot_options("dashboard", &snapshot_options());
}

#[test]
fn letters() {
    let mut h = builtin();
    click(&mut h, "Letters");
    let date = h.get_by_label("Date of the letters");
    date.focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Date of the letters")
        .type_text("2013-06-03");
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
    h.snapshot_options("letters", &snapshot_options());
}

/// The merge dialog: a colleague saved while Chile's invitation and notes were being changed here.
#[test]
fn merge_dialog() {
    // A fixed path, so the status bar under the dialog reads the same in every run.
    let dir = std::env::temp_dir().join("msp-invitations-snapshot-merge");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    let file = dir.join("13msp.ron");
    msp_invitations::storage::save(&file, &builtin_workspace()).expect("saved");
    let mut h = harness(App::start_in(Some(file.clone()), Default::default(), None));
    select_invitee(&mut h, "chile", "Chile");
    choose(&mut h, "Status", "Invited");
    type_into(&mut h, "Notes", "Delivered by hand to the Mission");
    h.key_press(egui::Key::Tab);
    h.run();
    let mut theirs = builtin_workspace();
    let chile = theirs.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile")
        .invitation
        .clone();
    let mut chile = chile;
    chile.status = InvitationStatus::Withdrawn;
    chile.notes = "Mission asked to wait for the new Ambassador".to_owned();
    theirs.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile")
        .invitation = chile;
    msp_invitations::storage::save(&file, &theirs).expect("their save");
    assert!(!h.state_mut().save_to(&file));
    h.run();
    h.snapshot_options("merge_dialog", &snapshot_options());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The import preview of a French form tool's workbook: what each column was read as (the tool's own
/// columns left out), each row's change.
#[test]
fn import_preview() {
    // A fixed path, so the dialog's first line reads the same in every checkout.
    let dir = std::env::temp_dir().join("msp-invitations-snapshot-import");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    let file = dir.join("formulaire.xlsx");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/registrations/formulaire.xlsx"),
        &file,
    )
    .expect("copied");
    let mut h = builtin();
    h.state_mut()
        .jobs()
        .start_import_preview(&file, msp_invitations::app::ImportKind::Delegates);
    wait_for_job(&mut h);
    assert!(shows(&h, "Import: delegates"), "{}", all_text(&h));
    click(&mut h, "Columns of the file");
    h.snapshot_options("import_preview", &snapshot_options());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The registration desk on the meeting's second day: Ms. Benali found and her card open, Algeria's
/// credentials in.
#[test]
fn desk() {
    let mut h = harness(App::new(sample(), None, Default::default()));
    h.state_mut().work_mut().set_today(d("2013-12-03"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num9);
    h.run();
    h.get_by_label("Find a person").type_text("benali");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.snapshot_options("desk", &snapshot_options());
}
