//! What a screen reader reads of a table: a grid with its name, a row of column headers, then rows of
//! cells, the selected rows marked as selected.
//!
//! `egui_extras`' table draws each cell as a `Ui` of its own, a child of the table's body, with nothing
//! between them that stands for a row, so assistive technology meets a flat run of labels. [`GridReading`]
//! collects, while the table is drawn, which cell belongs to which row and column, and [`GridReading::finish`]
//! then rebuilds that part of the accessibility tree: the cells' nodes given the roles `ColumnHeader` and
//! `Cell` with their column's index, and put into `Row` nodes (selected or not) in the place the cells had.
//! The invitee table and the People table both read this way; only the nodes change, never what is drawn.

use egui::accesskit::{NodeId, Role};
use egui::{Context, Id, Ui};

/// The cells of one row as the table drew them.
struct RowCells {
    /// The row's index among those drawn (0 is the header row).
    index: usize,
    selected: bool,
    /// The `Ui` the cells were drawn in: their node's parent, where the row goes in their place.
    parent: Option<Id>,
    cells: Vec<Id>,
}

/// The rows and cells of one table, gathered while it is drawn (see the module's note).
pub struct GridReading {
    id: Id,
    header: RowCells,
    rows: Vec<RowCells>,
}

impl GridReading {
    /// A grid whose rows get ids under `id` (the table's own id salt, so two tables never share one).
    pub fn new(id: Id) -> Self {
        Self {
            id,
            header: RowCells {
                index: 0,
                selected: false,
                parent: None,
                cells: Vec::new(),
            },
            rows: Vec::new(),
        }
    }

    /// The cell `ui` (inside `header.col`) is the heading of the next column.
    pub fn header_cell(&mut self, ui: &Ui) {
        let column = self.header.cells.len();
        mark_cell(ui, Role::ColumnHeader, 0, column);
        self.header.parent = ui.stack().parent.as_ref().map(|p| p.unique_id);
        self.header.cells.push(ui.unique_id());
    }

    /// The cell `ui` (inside `row.col`) is the next cell of the body's row `row`.
    pub fn cell(&mut self, ui: &Ui, row: usize, selected: bool) {
        if self.rows.last().is_none_or(|r| r.index != row + 1) {
            self.rows.push(RowCells {
                index: row + 1,
                selected,
                parent: ui.stack().parent.as_ref().map(|p| p.unique_id),
                cells: Vec::new(),
            });
        }
        if let Some(last) = self.rows.last_mut() {
            mark_cell(ui, Role::Cell, row + 1, last.cells.len());
            last.cells.push(ui.unique_id());
        }
    }

    /// Puts the cells drawn into rows, in the accessibility tree of this pass (nothing when no assistive
    /// technology asked for it). `rows` is how many rows the table has in all, drawn or not, and
    /// `name` is said when the reader enters the grid (`grid_ui` is the `Ui` holding the whole table).
    pub fn finish(self, ctx: &Context, grid_ui: Id, name: &str, rows: usize) {
        let columns = self.header.cells.len();
        ctx.accesskit_node_builder(grid_ui, |node| {
            node.set_role(Role::Grid);
            node.set_label(name);
            node.set_row_count(rows + 1);
            node.set_column_count(columns);
        });
        let mut made = Vec::new();
        for row in std::iter::once(&self.header).chain(&self.rows) {
            if row.cells.is_empty() {
                continue;
            }
            let row_id = self.id.with(("grid-row", row.index));
            let cells: Vec<NodeId> = row.cells.iter().map(egui::Id::accesskit_id).collect();
            let built = ctx.accesskit_node_builder(row_id, |node| {
                node.set_role(Role::Row);
                node.set_row_index(row.index);
                if row.selected {
                    node.set_selected(true);
                }
                node.set_children(cells.clone());
            });
            if built.is_none() {
                return; // no accessibility tree this pass
            }
            made.push(row_id.accesskit_id());
            if let Some(parent) = row.parent {
                ctx.accesskit_node_builder(parent, |node| {
                    let mut children: Vec<NodeId> = Vec::new();
                    let mut placed = false;
                    for child in node.children() {
                        if cells.contains(child) {
                            if !placed {
                                children.push(row_id.accesskit_id());
                                placed = true;
                            }
                        } else {
                            children.push(*child);
                        }
                    }
                    node.set_children(children);
                });
            }
        }
        // A node without a known parent is first hung on the root: the rows now have theirs.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            let children: Vec<NodeId> = node
                .children()
                .iter()
                .filter(|child| !made.contains(child))
                .copied()
                .collect();
            node.set_children(children);
        });
    }
}

/// Gives the cell `ui`'s node its role and its place in the grid. What it reads is what it holds (a
/// label, the heading's button): a name of its own as well would be read twice, and found twice by a test.
fn mark_cell(ui: &Ui, role: Role, row: usize, column: usize) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_role(role);
        node.set_row_index(row);
        node.set_column_index(column);
    });
}
