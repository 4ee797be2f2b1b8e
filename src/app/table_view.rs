//! The invitee table drawn: its headings (a click sorts), its rows (a click selects, Ctrl and Shift as
//! spreadsheets do, a double click or Enter opens the detail), the arrow keys, and what a screen reader
//! reads of it (a grid, `grid.rs`). The rows, filter, sort and selection are the view's own state,
//! [`TableState`] in `table.rs`.

use egui::{Key, Modifiers, RichText, Sense};
use egui_extras::{Column, TableBuilder};

use super::action::Action;
use super::grid::GridReading;
use super::table::{Row, SortColumn, TableState};
use super::view::Cx;
use crate::model::words;
use crate::model::{Category, CredentialKind, InvitationStatus, PersonId, Reply};

/// A small triangle beside the sorted column's heading, pointing up for ascending order. Painted, since
/// the bundled fonts have no arrow glyphs.
pub(super) fn sort_arrow(ui: &mut egui::Ui, descending: bool) {
    let size = egui::vec2(10.0, 10.0);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let c = rect.center();
    let (tip, base) = if descending { (3.5, -3.5) } else { (-3.5, 3.5) };
    let points = vec![
        egui::pos2(c.x, c.y + tip),
        egui::pos2(c.x - 4.0, c.y + base),
        egui::pos2(c.x + 4.0, c.y + base),
    ];
    let color = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
}

/// The table's columns, each starting at its words' width (per language), scrolled to the row asked
/// for, or to the top for a workspace just opened.
fn table_builder(ui: &mut egui::Ui, scroll_to: Option<usize>, at_top: bool) -> TableBuilder<'_> {
    let widths = initial_widths(ui);
    let mut builder = TableBuilder::new(ui)
        // Per language: each starts with its own words' widths.
        .id_salt(("invitees", crate::i18n::language()))
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    let last = widths.len() - 1;
    for (i, width) in widths.into_iter().enumerate() {
        builder = builder.column(if i == last {
            Column::remainder().at_least(width).clip(true)
        } else {
            Column::initial(width).at_least(44.0).clip(true)
        });
    }
    if let Some(index) = scroll_to {
        builder = builder.scroll_to_row(index, Some(egui::Align::Center));
    } else if at_top {
        builder = builder.vertical_scroll_offset(0.0);
    }
    builder
}

/// A column's heading: a button that sorts by it, with the arrow of the order when it is the column
/// sorted by. Returns whether it was clicked.
fn heading(
    ui: &mut egui::Ui,
    column: SortColumn,
    (sorted, descending): (SortColumn, bool),
) -> bool {
    let label = RichText::new(column.label()).strong();
    let response = ui
        .add(egui::Button::new(label).frame(false))
        .on_hover_text(crate::t!(
            "table-sort-by",
            column = column.label().to_lowercase()
        ));
    if sorted == column {
        sort_arrow(ui, descending);
    }
    response.clicked()
}

/// Says why the table shows no row, when it shows none (no meeting, no invitee, or none the filter
/// lets through, with a button to clear it); returns whether it said so.
fn empty(ui: &mut egui::Ui, cx: &Cx, table: &mut TableState) -> bool {
    if cx.meeting.is_none() {
        ui.centered_and_justified(|ui| {
            ui.label(crate::t!("table-no-meeting"));
        });
        return true;
    }
    if !table.visible.is_empty() {
        return false;
    }
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        if table.rows.is_empty() {
            ui.label(crate::t!("table-no-invitees"));
        } else {
            let query = table.query().to_owned();
            ui.label(if query.is_empty() {
                crate::t!("table-no-match-filters")
            } else {
                crate::t!("table-no-match", query = query)
            });
            if ui.button(crate::t!("table-clear")).clicked() {
                table.clear_filters();
            }
        }
    });
    true
}

/// Draws the table (refreshed by the app for the document as it is) and returns what a double click or
/// Enter asks for: the detail of the invitee selected. A click, the arrow keys and a heading change the
/// view's own state (the selection, the order).
pub fn ui(ui: &mut egui::Ui, cx: &Cx, table: &mut TableState) -> Vec<Action> {
    let mut actions = Vec::new();
    if empty(ui, cx, table) {
        return actions;
    }

    actions.extend(keyboard(ui, cx, table));

    let scroll_to = table
        .scroll_to
        .take()
        .and_then(|id| table.visible_rows().position(|r| r.id == id));
    let mut clicked: Option<(usize, Modifiers, bool)> = None;
    let mut sort_clicked = None;
    let mut row_ids = Vec::new();
    let at_top = std::mem::take(&mut table.at_top);
    let focus_to = table.focus_to.take();
    let shown_meeting = cx.meeting;
    let terms = table.terms();
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    // Labels must not take the click for text selection: the row does.
    ui.style_mut().interaction.selectable_labels = false;
    let mut reading = GridReading::new(ui.scope_id().with("invitee-grid"));
    let mut focus_response = None;
    // Narrow windows scroll the columns sideways rather than squeezing them.
    let grid_ui = ui
        .scope(|ui| {
            egui::ScrollArea::horizontal()
                .auto_shrink(false)
                .show(ui, |ui| {
                    let builder = table_builder(ui, scroll_to, at_top);
                    builder
                        .header(row_height + 2.0, |mut header| {
                            for column in SortColumn::ALL {
                                header.col(|ui| {
                                    reading.header_cell(ui);
                                    if heading(ui, column, table.sort()) {
                                        sort_clicked = Some(column);
                                    }
                                });
                            }
                        })
                        .body(|body| {
                            body.rows(row_height, table.visible.len(), |mut row| {
                                let index = row.index();
                                super::frame_log::table_row(index);
                                let Some(data) =
                                    table.visible.get(index).and_then(|&i| table.rows.get(i))
                                else {
                                    return;
                                };
                                let selected = table.selection.contains(&data.id);
                                row.set_selected(selected);
                                let found = if terms.is_empty() {
                                    Vec::new()
                                } else {
                                    data.found_people(
                                        &terms,
                                        shown_meeting.and_then(|m| m.invitees.get(&data.id)),
                                    )
                                };
                                row_cells(&mut row, data, &found, &mut reading, selected);
                                let response = row.response();
                                row_ids.push(response.id);
                                if focus_to.as_ref() == Some(&data.id) {
                                    focus_response = Some(response.clone());
                                }
                                if response.clicked() || response.double_clicked() {
                                    response.request_focus();
                                    let modifiers = response.ctx.input(|i| i.modifiers);
                                    clicked = Some((index, modifiers, response.double_clicked()));
                                }
                            });
                        });
                });
        })
        .response
        .id;
    reading.finish(
        ui.ctx(),
        grid_ui,
        &crate::t!("view-invitees"),
        table.visible.len(),
    );
    if let Some(response) = focus_response {
        response.request_focus();
    }
    table.row_ids = row_ids;
    if let Some(column) = sort_clicked {
        table.sort_by(column);
    }
    if let Some((index, modifiers, double)) = clicked {
        table.click(index, modifiers);
        if double {
            actions.push(Action::OpenDetail(None));
        }
    }
    actions
}

/// The width each column starts at: its longest word in the interface language or its heading, whichever
/// is wider, so that nothing that fits in English is cut in French or Russian. The names (of invitees and
/// heads of delegation) take a fixed share.
fn initial_widths(ui: &egui::Ui) -> [f32; 9] {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let measure = |text: String| {
        ui.fonts_mut(|f| {
            f.layout_no_wrap(text, body.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
    };
    // A heading is bold and has the sort arrow beside it.
    let fit = |column: SortColumn, values: Vec<String>| {
        values
            .into_iter()
            .map(&measure)
            .fold(measure(column.label()) * 1.08 + 14.0, f32::max)
            + 12.0
    };
    let kinds = CredentialKind::ALL.map(Some).to_vec();
    [
        184.0,
        fit(
            SortColumn::Category,
            Category::ALL
                .iter()
                .map(|c| words::category_column(*c))
                .collect(),
        ),
        fit(
            SortColumn::Status,
            InvitationStatus::ALL
                .iter()
                .map(|s| words::invitation_status(*s))
                .collect(),
        ),
        fit(SortColumn::Sent, vec!["2013-12-02".to_owned()]),
        fit(
            SortColumn::Reply,
            Reply::ALL.iter().map(|r| words::reply(*r)).collect(),
        ),
        fit(SortColumn::People, vec!["000".to_owned()]),
        150.0,
        fit(
            SortColumn::Credentials,
            kinds.into_iter().map(words::credential).collect(),
        ),
        fit(
            SortColumn::Observer,
            vec![
                crate::t!("table-not-requested"),
                crate::t!("table-standing-observer"),
            ],
        ),
    ]
}

/// Arrow keys move the selection and Enter opens it, while the keyboard is the table's: nothing has it, or
/// one of the table's rows does (a button or a field elsewhere keeps its Enter and its arrows).
fn keyboard(ui: &egui::Ui, cx: &Cx, table: &mut TableState) -> Option<Action> {
    let focused = ui.ctx().memory(egui::Memory::focused);
    let keyboard_free = !cx.dialog_open
        && !ui.ctx().text_edit_focused()
        && focused.is_none_or(|id| table.row_ids.contains(&id));
    if keyboard_free {
        let (up, down, enter) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::Enter),
            )
        });
        if up || down {
            table.move_selection(down);
            // The table moves the focus with the selection: egui's own arrow-key focus move would go
            // one row further.
            ui.ctx()
                .memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        }
        if enter && !table.selection.is_empty() {
            return Some(Action::OpenDetail(Some(super::view::FocusTarget {
                field: crate::model::Field::InvitationStatus,
                person: None,
            })));
        }
    }
    None
}

/// The cells of one invitee's row: the category in its short form, with the full one on hover, and beside
/// the name the delegates the search found.
fn row_cells(
    row: &mut egui_extras::TableRow<'_, '_>,
    data: &Row,
    found: &[(PersonId, String)],
    reading: &mut GridReading,
    selected: bool,
) {
    let index = row.index();
    for (column, text) in SortColumn::ALL.into_iter().zip(data.texts()) {
        row.col(|ui| {
            reading.cell(ui, index, selected);
            if column == SortColumn::Name && !found.is_empty() {
                ui.label(text);
                let names: Vec<&str> = found.iter().map(|(_, name)| name.as_str()).collect();
                ui.label(
                    RichText::new(format!("· {}", names.join(", ")))
                        .italics()
                        .color(ui.visuals().hyperlink_color),
                );
            } else if column == SortColumn::Category {
                ui.label(
                    data.category
                        .map_or_else(|| crate::t!("table-unknown"), words::category_column),
                )
                .on_hover_text(text);
            } else {
                ui.label(text);
            }
        });
    }
}
