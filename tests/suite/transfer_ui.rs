//! File › Export… and File › Import… driven through the app: the dialogs, the work off the UI thread, the
//! preview with its problems, and the import as one undo step.

use crate::common;

use std::time::Duration;

use common::*;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, Dialog, ImportKind};
use msp_invitations::model::{EntityId, Role};

/// Steps the app until its export or import has finished.

#[test]
fn export_the_list_of_participants_as_csv_from_the_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("lop.csv");
    let ws = msp_invitations::model::sample::with_generated_delegations(
        msp_invitations::model::builtin_workspace(),
        50,
        2,
    );
    let mut h = harness(App::new(ws, None, Default::default()));
    click(&mut h, "File");
    h.get_by_label_contains("Export…").click();
    h.run();
    assert!(matches!(h.state().work().dialog(), Some(Dialog::Export(_))));
    choose(&mut h, "Format", "CSV");
    type_into(&mut h, "Document number", "INF.2");
    assert!(shows(&h, "Byte-order mark, so Excel reads UTF-8"));
    choose_file(&mut h, "Export…", &path);
    wait_for_job(&mut h);
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(text.starts_with(
        "\u{feff}section,delegation,role,honorific,given_name,family_name,function\n"
    ));
    assert_eq!(text.lines().count(), 51);
    assert!(shows_containing(&h, "Exported to"), "{}", all_text(&h));
}

/// The document number is a value, never a grey hint: empty at first with what that means said beside
/// it, then remembered for that list of that meeting.
#[test]
fn the_export_dialog_remembers_each_lists_number() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = builtin();
    click(&mut h, "File");
    h.get_by_label_contains("Export…").click();
    h.run();
    assert_eq!(
        h.get_by_label("Document number").value().as_deref(),
        Some("")
    );
    assert!(
        shows(
            &h,
            "Without a number the document carries the meeting’s prefix alone: APLC/MSP.13/2013"
        ),
        "{}",
        all_text(&h)
    );
    type_into(&mut h, "Document number", "INF.2");
    assert!(
        shows(&h, "Symbol: APLC/MSP.13/2013/INF.2"),
        "{}",
        all_text(&h)
    );
    choose_file(&mut h, "Export…", &dir.path().join("list.pdf"));
    wait_for_job(&mut h);

    click(&mut h, "File");
    h.get_by_label_contains("Export…").click();
    h.run();
    assert_eq!(
        h.get_by_label("Document number").value().as_deref(),
        Some("INF.2")
    );
    choose(&mut h, "List", "Figures for the final report");
    assert_eq!(
        h.get_by_label("Document number").value().as_deref(),
        Some("")
    );
    choose(&mut h, "List", "List of participants");
    assert_eq!(
        h.get_by_label("Document number").value().as_deref(),
        Some("INF.2")
    );
    // The invitation list is no numbered document: no number to give.
    choose(&mut h, "List", "Invitation list");
    assert!(h.query_by_label("Document number").is_none());
}

#[test]
fn the_invitation_list_exports_the_current_filter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ngos.csv");
    let mut h = builtin();
    click(&mut h, "NGOs 2");
    click(&mut h, "File");
    h.get_by_label_contains("Export…").click();
    h.run();
    choose(&mut h, "List", "Invitation list");
    choose(&mut h, "Format", "CSV");
    assert!(shows(&h, "Only the 2 invitees the table shows now"));
    choose_file(&mut h, "Export…", &path);
    wait_for_job(&mut h);
    let text = std::fs::read_to_string(&path).expect("written");
    let names: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        vec![
            "Geneva International Centre for Humanitarian Demining",
            "International Campaign to Ban Landmines"
        ]
    );
}

#[test]
fn a_cancelled_export_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("never.pdf");
    let mut h = builtin();
    click(&mut h, "File");
    h.get_by_label_contains("Export…").click();
    h.run();
    // The file is chosen and Cancel pressed before the export can finish.
    h.get_all_by_label("Export…")
        .last()
        .expect("the button")
        .click();
    h.step();
    assert!(h.state_mut().choose_path(&path));
    h.state_mut().jobs().cancel_job();
    h.run();
    std::thread::sleep(Duration::from_millis(300));
    h.run();
    assert!(!path.exists());
    assert!(shows_containing(&h, "Cancelled"));
}

#[test]
fn import_delegates_with_a_preview_excluding_a_bad_row_as_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("delegates.csv");
    std::fs::write(
        &file,
        "delegation;role;honorific;given_name;family_name;function\n\
         CHL;Head;H.E. Ms.;Ana;Rojas;Ambassador\n\
         Narnia;Head;;Lucy;Pevensie;Queen\n\
         CHL;Adviser;Mr.;Luis;Vega;Counsellor\n",
    )
    .expect("write");
    let mut h = builtin();
    click(&mut h, "File");
    h.get_by_label_contains("Import…").click();
    h.run();
    assert!(matches!(
        h.state().work().dialog(),
        Some(Dialog::ImportChoice)
    ));
    // What the file picker does once a file is chosen.
    h.state_mut()
        .jobs()
        .start_import_preview(&file, ImportKind::Delegates);
    wait_for_job(&mut h);
    assert!(
        matches!(h.state().work().dialog(), Some(Dialog::ImportPreview(_))),
        "{}",
        all_text(&h)
    );
    assert!(
        shows(&h, "2 to add, 0 to change, 1 problem"),
        "{}",
        all_text(&h)
    );
    assert!(shows_containing(
        &h,
        "no State or organisation of the meeting has this code or name"
    ));
    assert!(shows(&h, "1 problem to resolve"));
    assert!(
        h.state().work().document().workspace().meetings[0].invitees[&EntityId::state("CHL")]
            .delegation
            .is_empty()
    );

    click(&mut h, "Leave out row 3");
    click(&mut h, "Import");
    let chile =
        &h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")].delegation;
    assert_eq!(chile.members.len(), 2);
    assert_eq!(chile.members[0].role, Role::HeadOfDelegation);
    assert_eq!(chile.members[1].family_name, "Vega");
    assert!(h.state().work().dialog().is_none());
    assert!(
        shows_containing(&h, "Imported delegates from"),
        "{}",
        all_text(&h)
    );
    assert!(h.state_mut().work_mut().undo());
    h.run();
    assert!(
        h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")]
            .delegation
            .is_empty(),
        "one undo step undoes the whole import"
    );
}

#[test]
fn a_file_with_the_wrong_columns_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("wrong.csv");
    std::fs::write(&file, "a,b\n1,2\n").expect("write");
    let mut h = builtin();
    h.state_mut()
        .jobs()
        .start_import_preview(&file, ImportKind::Replies);
    wait_for_job(&mut h);
    assert!(shows(&h, "Could not import"));
    assert!(
        shows_containing(&h, "missing invitee, reply"),
        "{}",
        all_text(&h)
    );
    assert!(shows_containing(&h, "wrong.csv"));
}

#[test]
fn import_addresses_with_a_preview_and_a_refused_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("addresses.csv");
    std::fs::write(
        &file,
        "invitee,kind,city,postal_address,email,fax,contact_name,contact_title\n\
         NIU,Embassy,Wellington,,niue@example.org,,,\n\
         Chile,permanent_mission,Geneva,,not-an-address,,,\n\
         ICRC,office,Geneva,19 avenue de la Paix,,,Ms. A. Example,President\n",
    )
    .expect("write");
    let mut h = builtin();
    click(&mut h, "File");
    h.get_by_label_contains("Import…").click();
    h.run();
    assert!(shows(&h, "Addresses…"), "{}", all_text(&h));
    h.state_mut()
        .jobs()
        .start_import_preview(&file, ImportKind::Addresses);
    wait_for_job(&mut h);
    assert!(
        shows(&h, "2 to add, 0 to change, 1 problem"),
        "{}",
        all_text(&h)
    );
    assert!(
        shows_containing(&h, "Niue: address added"),
        "{}",
        all_text(&h)
    );
    assert!(
        h.state().work().workspace().addresses.is_empty(),
        "nothing yet"
    );
    click(&mut h, "Leave out row 3");
    click(&mut h, "Import");
    let addresses = &h.state().work().workspace().addresses;
    assert_eq!(addresses.len(), 2);
    assert_eq!(addresses[&EntityId::org("icrc")].contact_title, "President");
    assert!(!addresses.contains_key(&EntityId::state("CHL")));
    assert!(h.state_mut().work_mut().undo());
    h.run();
    assert!(
        h.state().work().workspace().addresses.is_empty(),
        "one undo step"
    );
}
