//! What assistive technology reads of the app (issue #28), through kittest's accessibility tree, the one a
//! screen reader gets through AccessKit: the tables are grids of rows and cells under their column headers,
//! the selected row says it is selected, the arrow keys move the focus with the selection, and the panels
//! and dialogs have names.

use crate::common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{AccessKitNode, NodeT as _, Queryable as _};
use egui_kittest::{Harness, Node};
use msp_invitations::app::App;
use msp_invitations::model::{EntityId, Member, PersonId, Role as MemberRole, builtin_workspace};

/// The texts shown inside `node`, in order.
fn texts(node: &Node<'_>) -> Vec<String> {
    node.children_recursive()
        .filter_map(|n| {
            let n = n.accesskit_node();
            n.value().or_else(|| n.label())
        })
        .collect()
}

/// The grid named `name`, its header row's texts, and its body rows as (texts, selected).
fn read_grid(h: &Harness<'_, App>, name: &str) -> (Vec<String>, Vec<(Vec<String>, bool)>) {
    let grid = h.get_by_role_and_label(Role::Grid, name);
    let rows: Vec<Node<'_>> = grid
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Row)
        .collect();
    assert!(rows.len() > 1, "a header row and rows: {grid:?}");
    let header = rows[0]
        .children()
        .inspect(|cell| assert_eq!(cell.accesskit_node().role(), Role::ColumnHeader))
        .map(|cell| texts(&cell).join(" "))
        .collect();
    let body = rows[1..]
        .iter()
        .map(|row| {
            let cells: Vec<String> = row
                .children()
                .inspect(|cell| assert_eq!(cell.accesskit_node().role(), Role::Cell))
                .map(|cell| texts(&cell).join(" "))
                .collect();
            (cells, row.accesskit_node().is_selected().unwrap_or(false))
        })
        .collect();
    (header, body)
}

/// Whether `node` has the keyboard's focus.
fn is_focused(node: &AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// The texts of the row holding the widget that has the keyboard's focus.
fn focused_row(h: &Harness<'_, App>) -> Vec<String> {
    let focused = h
        .query_all_by(is_focused)
        .next()
        .expect("something has the focus");
    let row = focused.parent().expect("a cell in a row");
    assert_eq!(row.accesskit_node().role(), Role::Row, "{focused:?}");
    row.children().map(|cell| texts(&cell).join(" ")).collect()
}

#[test]
fn the_invitee_table_is_a_grid_whose_selected_row_has_the_focus_and_moves_with_the_arrows() {
    let mut h = builtin();
    search(&mut h, "Ch");
    let (header, rows) = read_grid(&h, "Invitees");
    assert_eq!(header.len(), 9, "{header:?}");
    assert_eq!(header[0], "Name");
    assert_eq!(header[2], "Invitation");
    let names: Vec<&str> = rows.iter().map(|(cells, _)| cells[0].as_str()).collect();
    assert!(
        names.contains(&"Chile") && names.contains(&"Chad"),
        "{names:?}"
    );
    assert!(rows.iter().all(|(cells, _)| cells.len() == 9));
    assert!(
        rows.iter().all(|(_, selected)| !selected),
        "nothing selected yet"
    );

    click(&mut h, "Chad");
    let (_, rows) = read_grid(&h, "Invitees");
    let selected: Vec<&str> = rows
        .iter()
        .filter(|(_, selected)| *selected)
        .map(|(cells, _)| cells[0].as_str())
        .collect();
    assert_eq!(selected, ["Chad"]);
    let at = names.iter().position(|n| *n == "Chad").expect("Chad shown");

    h.key_press(egui::Key::ArrowDown);
    h.run();
    let (_, rows) = read_grid(&h, "Invitees");
    let selected: Vec<&str> = rows
        .iter()
        .filter(|(_, selected)| *selected)
        .map(|(cells, _)| cells[0].as_str())
        .collect();
    assert_eq!(selected, [names[at + 1]], "the arrow moved the selection");
    assert_eq!(
        focused_row(&h)[0],
        names[at + 1],
        "and the focus, for the screen reader to read the row"
    );
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(focused_row(&h)[0], "Chad");
}

#[test]
fn the_people_table_is_a_grid_that_the_arrows_walk_and_enter_opens() {
    let mut ws = builtin_workspace();
    for (n, (iso3, family)) in [("CHL", "ROJAS"), ("PER", "SALAZAR"), ("NOR", "HAGEN")]
        .into_iter()
        .enumerate()
    {
        let invitee = ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("invited");
        invitee.delegation.members = vec![Member {
            family_name: family.to_owned(),
            given_name: "Ana".to_owned(),
            ..Member::new(
                PersonId(u32::try_from(n).unwrap_or(0) + 1),
                MemberRole::HeadOfDelegation,
            )
        }];
    }
    let mut h = harness(App::new(ws, None, Default::default()));
    click_tab(&mut h, "People");
    let (header, rows) = read_grid(&h, "People");
    assert_eq!(header.len(), 6, "{header:?}");
    assert_eq!(header[0], "Name");
    assert!(rows.len() > 2, "the 13MSP has delegates");
    let first = rows[0].0.clone();
    let second = rows[1].0.clone();

    click(&mut h, &first[0]);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let (_, rows) = read_grid(&h, "People");
    assert!(rows[1].1 && !rows[0].1, "the second row selected: {rows:?}");
    assert_eq!(focused_row(&h), second);

    // Enter opens the person's delegation, as a double click does.
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(
        h.query_all_by_role(Role::Grid).next().is_none_or(|g| g
            .accesskit_node()
            .label()
            .as_deref()
            != Some("People")),
        "the People table gave way to the invitee's detail"
    );
}

#[test]
fn the_panels_and_an_opened_dialog_are_named_and_the_dialog_takes_the_focus() {
    let mut h = builtin();
    for name in ["Menus", "Toolbar", "Status bar", "Invitees"] {
        assert!(
            h.query_all_by_role_and_label(Role::Pane, name)
                .next()
                .is_some(),
            "a region named {name}: {}",
            all_text(&h)
        );
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    let dialog = h
        .query_all_by_role(Role::Dialog)
        .find(|d| d.accesskit_node().label().is_some())
        .expect("the Export dialog, named");
    assert_eq!(dialog.accesskit_node().label().as_deref(), Some("Export"));
    let focused = h
        .query_all_by(is_focused)
        .next()
        .expect("the focus is in the dialog");
    assert_eq!(
        focused.accesskit_node().value().as_deref(),
        Some("Export"),
        "the title has the focus, for the reader to say it"
    );
    let mut inside = false;
    let mut node = Some(focused);
    while let Some(n) = node {
        if n.accesskit_node().role() == Role::Dialog {
            inside = true;
            break;
        }
        node = n.parent();
    }
    assert!(inside, "the dialog took the focus");
}
