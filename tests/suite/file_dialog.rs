//! The app's own file dialog, the fallback for desktops whose file-chooser does not open: a user saves,
//! opens, exports and imports through it, typing a folder in its path field and a name in its file
//! field, answering the question before a file is replaced, and finding the folder among the recent ones.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use std::path::Path;

use common::{all_text, click, shows, wait_for_job};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, Dialog};
use msp_invitations::model::EntityId;

/// Replaces what the field that now shows `value` holds with `text`, then presses Enter.
fn retype(h: &mut Harness<'_, App>, value: &str, text: &str) {
    let field = || {
        egui_kittest::kittest::by()
            .role(egui::accesskit::Role::TextInput)
            .value(value)
    };
    h.get(field()).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get(field()).type_text(text);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.run();
}

/// In the app's file dialog, goes to `folder` through the path field and enters `name` in the file field
/// (which shows `proposed` when the dialog proposes a name).
#[track_caller]
fn choose(h: &mut Harness<'_, App>, folder: &Path, proposed: &str, name: &str) {
    let shown = h
        .state()
        .file_picker()
        .expect("the app's file dialog is open")
        .folder()
        .display()
        .to_string();
    if shown != folder.display().to_string() {
        retype(h, &shown, &folder.display().to_string());
    }
    assert_eq!(
        h.state().file_picker().map(|p| p.folder().to_owned()),
        Some(folder.to_owned())
    );
    if proposed.is_empty() {
        // The file name field is the dialog's last text field.
        h.get_all_by_role(egui::accesskit::Role::TextInput)
            .last()
            .expect("the file name field")
            .focus();
        h.run();
        h.get_all_by_role(egui::accesskit::Role::TextInput)
            .last()
            .expect("the file name field")
            .type_text(name);
        h.run();
        h.key_press(Key::Enter);
        // The file chosen may start a job (an import's preview), whose spinner repaints until it is done.
        h.step();
        common::wait_for_job(h);
        h.run();
    } else {
        retype(h, proposed, name);
    }
}

/// Opens a menu and clicks an item (an item's label carries its shortcut).
fn menu(h: &mut Harness<'_, App>, menu: &str, item: &str) {
    click(h, menu);
    h.get_by_label_contains(item).click();
    h.run();
}

#[test]
fn save_open_export_and_import_through_the_apps_own_file_dialog() {
    let dir = tempfile::tempdir().expect("dir");
    let folder = dir.path().canonicalize().expect("a real folder");
    // egui_file leaves its path and file name fields without an accessible name (the labels beside them
    // are not tied to them), which the harness's accessibility check refuses; the app's own widgets are
    // checked everywhere else.
    let mut app = App::builtin();
    app.work_mut().set_today(common::d(common::TODAY));
    app.use_in_app_file_dialog(true);
    let mut h = Harness::builder()
        .with_size(common::SIZE)
        .with_max_steps(12)
        .with_accessibility_check(false)
        .build_eframe(move |_cc| app);
    h.run();

    // Save as…: the dialog proposes "13MSP.ron".
    menu(&mut h, "File", "Save as…");
    assert!(h.state().file_picker().is_some(), "{}", all_text(&h));
    assert!(
        common::shows_containing(&h, "Save the workspace"),
        "{}",
        all_text(&h)
    );
    choose(&mut h, &folder, "13MSP.ron", "meeting.ron");
    let saved = folder.join("meeting.ron");
    assert!(saved.is_file(), "{}", all_text(&h));
    assert_eq!(h.state().work().path(), Some(saved.as_path()));
    assert!(h.state().file_picker().is_none());

    // Save as… the same name again: it asks before replacing; Cancel goes back, Replace writes.
    menu(&mut h, "File", "Save as…");
    // The folder just used is the first recent one, and the dialog starts there.
    assert!(shows(&h, "Recent folders"), "{}", all_text(&h));
    choose(&mut h, &folder, "meeting.ron", "meeting.ron");
    assert!(shows(&h, "Replace the file?"), "{}", all_text(&h));
    click(&mut h, "Cancel");
    assert!(h.state().file_picker().is_some(), "back in the dialog");
    choose(&mut h, &folder, "meeting.ron", "meeting.ron");
    click(&mut h, "Replace");
    assert!(h.state().file_picker().is_none());
    assert!(!h.state().work().document().is_dirty());

    // Open… the file: New first, then Open it back.
    menu(&mut h, "File", "New");
    assert_eq!(h.state().work().path(), None);
    menu(&mut h, "File", "Open…");
    choose(&mut h, &folder, "", "meeting.ron");
    assert_eq!(
        h.state().work().path(),
        Some(saved.as_path()),
        "{}",
        all_text(&h)
    );

    // Export…: the List of Participants as CSV, named in the dialog without its extension.
    menu(&mut h, "File", "Export…");
    common::choose(&mut h, "Format", "CSV");
    click(&mut h, "Export…");
    choose(
        &mut h,
        &folder,
        "13MSP participants.csv",
        "list of participants",
    );
    wait_for_job(&mut h);
    let list = folder.join("list of participants.csv");
    assert!(list.is_file(), "the extension is added: {}", all_text(&h));

    // Import…: addresses, the preview, then the import.
    std::fs::write(
        folder.join("addresses.csv"),
        "invitee,kind,city\nNIU,embassy,Wellington\n",
    )
    .expect("csv");
    menu(&mut h, "File", "Import…");
    click(&mut h, "Addresses…");
    choose(&mut h, &folder, "", "addresses.csv");
    wait_for_job(&mut h);
    assert!(
        matches!(h.state().work().dialog(), Some(Dialog::ImportPreview(_))),
        "{}",
        all_text(&h)
    );
    click(&mut h, "Import");
    assert_eq!(
        h.state().work().workspace().addresses[&EntityId::state("NIU")].city,
        "Wellington"
    );
}
