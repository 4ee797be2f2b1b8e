//! Shared helpers for the tests that drive the real app through `egui_kittest`.
#![allow(dead_code)] // each test file uses a different part of this module

pub mod generate;
pub mod pdf;
pub mod smtp;

use std::time::{Duration, Instant};

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use msp_invitations::app::App;

/// A date written as YYYY-MM-DD.
pub fn d(text: &str) -> msp_invitations::model::Date {
    msp_invitations::model::Date::parse_from_str(text, "%Y-%m-%d").expect("a valid date")
}

/// The tolerance of every snapshot image: rasterisers differ a little between machines.
pub fn snapshot_options() -> egui_kittest::SnapshotOptions {
    egui_kittest::SnapshotOptions::new()
        .threshold(0.6)
        .max_failed_pixels(200)
}

/// The size every app test runs at, so snapshots are comparable.
pub const SIZE: [f32; 2] = [1400.0, 860.0];

/// The day every app test takes as today, so that dates on screen (forms' defaults, the dashboard's days
/// to the opening) and the snapshot images do not change with the calendar.
pub const TODAY: &str = "2013-06-03";

/// The app in a harness, as eframe would run it, on [`TODAY`].
pub fn harness(mut app: App) -> Harness<'static, App> {
    app.work_mut().set_today(d(TODAY));
    // The app's own file dialog: a test answers it with `choose_file`, as a user picks a file there.
    app.use_in_app_file_dialog(true);
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_max_steps(12)
        .build_eframe(move |_cc| app);
    harness.run();
    harness
}

/// The app on the built-in 13MSP workspace.
pub fn builtin() -> Harness<'static, App> {
    harness(App::builtin())
}

/// Focuses the widget labelled `label` and types `text` into it.
pub fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    let node = harness.get_by_label(label);
    node.focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Types into a field and presses Enter, which takes the value (date fields take it only then).
pub fn enter_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    type_into(harness, label, text);
    harness.key_press(Key::Enter);
    harness.run();
}

/// Types a search into the search field.
pub fn search(harness: &mut Harness<'_, App>, text: &str) {
    let node = harness.get_by_label("Search");
    node.focus();
    harness.run();
    harness.get_by_label("Search").type_text(text);
    harness.run();
}

/// Clicks the node with this exact label, scrolling it into view first as a user would.
pub fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks a view's tab in the toolbar (the first node with that label: a table column may share it).
pub fn click_tab(harness: &mut Harness<'_, App>, label: &str) {
    let Some(tab) = harness.get_all_by_label(label).next() else {
        panic!("no tab {label:?}");
    };
    tab.click();
    harness.run();
}

/// Opens the combo box labelled `label` and picks `option` (an entry of the list, not a label elsewhere
/// on the screen with the same text).
pub fn choose(harness: &mut Harness<'_, App>, label: &str, option: &str) {
    click(harness, label);
    let options = harness
        .get_all_by_label(option)
        .filter(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .collect::<Vec<_>>();
    let Some(last) = options.last() else {
        panic!("no option {option:?} in {label:?}");
    };
    last.click();
    harness.run();
}

/// Selects the invitee whose row shows `name`, after searching for it.
pub fn select_invitee(harness: &mut Harness<'_, App>, query: &str, name: &str) {
    search(harness, query);
    click(harness, name);
}

/// Whether some node shows exactly this text.
pub fn shows(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

/// Whether some node's text contains `text`.
pub fn shows_containing(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// The texts of all nodes, for failure messages.
pub fn all_text(harness: &Harness<'_, App>) -> String {
    harness
        .query_all_by(|_| true)
        .filter_map(|n| {
            n.accesskit_node()
                .value()
                .or_else(|| n.accesskit_node().label())
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Clicks the button labelled `button` (one that asks for a file or folder: "Export…", "Generate…") and
/// answers the file dialog it opens with `path`, as choosing it there does. The dialog itself is not
/// drawn: its own fields have no accessible names (see `file_dialog.rs`, which drives it).
pub fn choose_file(h: &mut Harness<'_, App>, button: &str, path: &std::path::Path) {
    let Some(node) = h.get_all_by_label(button).last() else {
        panic!("no button {button:?}");
    };
    node.click();
    h.step();
    assert!(
        h.state_mut().choose_path(path),
        "{button:?} opened no file dialog"
    );
    h.run();
}

/// Runs frames until the app's background job (an export, an import preview, letters) is done.
pub fn wait_for_job(h: &mut Harness<'_, App>) {
    let start = Instant::now();
    while h.state().work().is_busy() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the job did not finish"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run();
}

/// Runs the command line as a process, as a user or a script does.
pub fn run(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// What a process printed, as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The 13MSP with every invitee invited on 1 June 2013 except those of these codes (ISO codes, organisation
/// ids), and the reference prefix of the letters set: what a run of letters "to the uninvited" writes to.
pub fn only_these_uninvited(codes: &[&str]) -> msp_invitations::model::Workspace {
    let mut ws = msp_invitations::model::builtin_workspace();
    for (id, invitee) in &mut ws.meetings[0].invitees {
        if !codes.contains(&id.code()) {
            invitee.invitation.status = msp_invitations::model::InvitationStatus::Invited;
            invitee.invitation.sent = Some(d("2013-06-01"));
        }
    }
    ws.meetings[0].reference_prefix = "ODA/GVA/2013/".to_owned();
    ws
}

/// The body rows of the grid named `name` (the invitee table, the People table), each as the texts of
/// its cells, as assistive technology reads them.
pub fn grid_rows(h: &Harness<'_, App>, name: &str) -> Vec<Vec<String>> {
    use egui::accesskit::Role;
    let grid = h.get_by_role_and_label(Role::Grid, name);
    grid.children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Row)
        .skip(1)
        .map(|row| {
            row.children()
                .map(|cell| {
                    cell.children_recursive()
                        .filter_map(|n| {
                            let n = n.accesskit_node();
                            n.value().or_else(|| n.label())
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        })
        .collect()
}
