//! File › Import…: what to import, then the preview of every change and problem: how each column of the
//! file was read (a choice per column, kept in the workspace for files of the same form), the encoding of
//! a text file (a choice), rows the file leaves out itself, rows to leave out, uncertain readings to
//! confirm, and the import as one undo step (`App::apply_import`).

use std::sync::Arc;

use egui::{RichText, Ui};

use super::Outcome;
use crate::exchange::import::{
    Decisions, ImportKind, Preview, RawTable, mapping::Mapping, mapping::Reading, source,
};
use crate::model::{ColumnMeaning, EntityId, Workspace};
use crate::session::PreviewRequest;
use crate::t;

/// What the import preview holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportState {
    /// Where the rows come from, as the preview and the status bar name it: the file's path, or "the
    /// rows pasted".
    pub source: String,
    pub kind: ImportKind,
    /// What was read and how, for a file or a folder (`None` for rows pasted).
    pub request: Option<PreviewRequest>,
    /// The rows as read, to preview again with other choices.
    pub table: Option<Arc<RawTable>>,
    /// The delegation rows pasted go into, if one was selected.
    pub into: Option<EntityId>,
    /// How each column is read (a delegates file).
    pub mapping: Option<Mapping>,
    /// The preview, or why the file's columns make none yet (a needed column not found: the user
    /// chooses it above).
    pub preview: Result<Preview, String>,
    pub decisions: Decisions,
}

impl ImportState {
    /// The preview's state for rows read from `table`, with the choices of `request`.
    pub fn new(
        workspace: &Workspace,
        source: String,
        kind: ImportKind,
        request: Option<PreviewRequest>,
        table: Option<Arc<RawTable>>,
        preview: Result<Preview, String>,
    ) -> Self {
        let chosen = request
            .as_ref()
            .map(|r| r.delegates.columns.clone())
            .unwrap_or_default();
        let mapping = match (&preview, &table) {
            (Ok(preview), _) if preview.mapping.is_some() => preview.mapping.clone(),
            (_, Some(table)) if kind == ImportKind::Delegates => {
                Some(crate::exchange::import::mapping::read(
                    &table.header,
                    &chosen,
                    &workspace.settings.import_mappings,
                    &vec![false; table.header.len()],
                ))
            }
            _ => None,
        };
        Self {
            source,
            kind,
            request,
            table,
            into: None,
            mapping,
            preview,
            decisions: Decisions::default(),
        }
    }
}

/// The Import dialog before a file is chosen.
pub(super) fn choice_ui(ui: &mut Ui) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("xfer-import-title"));
    ui.label(t!("xfer-import-text"));
    ui.add_space(6.0);
    ui.label(RichText::new(t!("xfer-import-delegates-help")).small());
    ui.label(RichText::new(t!("xfer-import-replies-help")).small());
    ui.label(RichText::new(t!("xfer-import-addresses-help")).small());
    ui.label(RichText::new(t!("xfer-import-attendance-help")).small());
    ui.label(RichText::new(t!("xfer-import-files")).small());
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(t!("xfer-delegates-button")).clicked() {
            outcome = Some(Outcome::PickImportFile(ImportKind::Delegates));
        }
        if ui.button(t!("xfer-forms-button")).clicked() {
            outcome = Some(Outcome::PickImportFolder);
        }
        if ui.button(t!("xfer-replies-button")).clicked() {
            outcome = Some(Outcome::PickImportFile(ImportKind::Replies));
        }
        if ui.button(t!("xfer-addresses-button")).clicked() {
            outcome = Some(Outcome::PickImportFile(ImportKind::Addresses));
        }
        if ui.button(t!("xfer-attendance-button")).clicked() {
            outcome = Some(Outcome::PickImportFile(ImportKind::Attendance));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}

/// The rows the file itself leaves out, and what is worth a look without stopping the import.
fn left_out_and_notes(ui: &mut Ui, workspace: &Workspace, preview: &Preview) {
    let lang = crate::i18n::language();
    let at = |row: usize| row_words(preview, row);
    if !preview.left_out.is_empty() {
        titled_list(ui, &t!("imp-left-out"), 100.0, |ui| {
            for (row, why) in &preview.left_out {
                ui.label(format!(
                    "{}: {}",
                    at(*row),
                    why.in_lang_for(workspace, lang)
                ));
            }
        });
    }
    if !preview.notes.is_empty() {
        titled_list(ui, &t!("xfer-notes"), 120.0, |ui| {
            for note in &preview.notes {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!(
                        "{}: {}: {}",
                        at(note.row),
                        note.value,
                        note.reason.in_lang_for(workspace, lang)
                    ),
                );
            }
        });
    }
}

/// How a column came to be read as it is, in words.
fn reading_words(reading: Reading) -> String {
    t!(match reading {
        Reading::Recognised => "imp-read-recognised",
        Reading::Chosen => "imp-read-chosen",
        Reading::Remembered => "imp-read-remembered",
        Reading::FormTool => "imp-read-form-tool",
        Reading::Unrecognised => "imp-read-unrecognised",
        Reading::Duplicate => "imp-read-duplicate",
    })
}

/// The file's columns, each with the meaning it is read as (a choice), how it came to it, and its first
/// value. A change asks for the preview again.
fn columns_ui(ui: &mut Ui, state: &mut ImportState) -> bool {
    let Some(mapping) = state.mapping.clone() else {
        return false;
    };
    let mut changed = false;
    let open = state.preview.is_err()
        || mapping
            .columns
            .iter()
            .any(|c| matches!(c.reading, Reading::Chosen));
    egui::CollapsingHeader::new(RichText::new(t!("imp-columns")).strong())
        .id_salt("import-columns")
        .default_open(open)
        .show(ui, |ui| {
            ui.label(RichText::new(t!("imp-columns-help")).weak());
            egui::ScrollArea::vertical()
                .id_salt("import-columns-scroll")
                .max_height(300.0)
                .show(ui, |ui| {
                    egui::Grid::new("import-columns-grid")
                        .num_columns(4)
                        .striped(true)
                        .show(ui, |ui| {
                            ui.strong(t!("imp-col-header"));
                            ui.strong(t!("imp-col-read-as"));
                            ui.strong(t!("imp-col-how"));
                            ui.strong(t!("imp-col-first"));
                            ui.end_row();
                            for (i, column) in mapping.columns.iter().enumerate() {
                                let header = ui.label(&column.header);
                                let mut meaning = column.meaning;
                                egui::ComboBox::from_id_salt(("import-column", i))
                                    .selected_text(t!(meaning.label_id()))
                                    .width(200.0)
                                    .show_ui(ui, |ui| {
                                        for option in ColumnMeaning::ALL {
                                            ui.selectable_value(
                                                &mut meaning,
                                                option,
                                                t!(option.label_id()),
                                            );
                                        }
                                    })
                                    .response
                                    .labelled_by(header.id);
                                if meaning != column.meaning
                                    && let Some(request) = &mut state.request
                                {
                                    request
                                        .delegates
                                        .columns
                                        .insert(column.header.clone(), meaning);
                                    changed = true;
                                }
                                ui.label(RichText::new(reading_words(column.reading)).weak());
                                let first = state
                                    .table
                                    .as_ref()
                                    .and_then(|t| {
                                        t.rows
                                            .iter()
                                            .find_map(|r| r.get(i).filter(|v| !v.trim().is_empty()))
                                    })
                                    .cloned()
                                    .unwrap_or_default();
                                ui.label(crate::text::shorten(&first, 40).into_owned());
                                ui.end_row();
                            }
                        });
                });
        });
    changed
}

/// The encoding of a text file, a choice: a change reads the file again.
fn encoding_ui(ui: &mut Ui, state: &mut ImportState) -> bool {
    let (Some(table), Some(request)) = (&state.table, &mut state.request) else {
        return false;
    };
    let Some(found) = table.encoding else {
        return false;
    };
    let mut chosen = request.read.encoding.unwrap_or(found);
    let before = chosen;
    ui.horizontal(|ui| {
        let label = ui.label(t!("imp-encoding"));
        egui::ComboBox::from_id_salt("import-encoding")
            .selected_text(source::encoding_label(chosen))
            .width(260.0)
            .show_ui(ui, |ui| {
                for encoding in source::ENCODINGS {
                    ui.selectable_value(&mut chosen, encoding, source::encoding_label(encoding));
                }
            })
            .response
            .labelled_by(label.id);
    });
    if chosen != before {
        request.read.encoding = Some(chosen);
        return true;
    }
    false
}

/// The import preview: how the file was read, what would change, what is wrong, rows to leave out.
pub(super) fn preview_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    state: &mut ImportState,
) -> Option<Outcome> {
    let lang = crate::i18n::language();
    let mut outcome = None;
    super::title(
        ui,
        t!("xfer-import-of", what = state.kind.label().to_lowercase()),
    );
    let detected = state.table.as_ref().map_or_else(
        || {
            state
                .preview
                .as_ref()
                .map(|p| p.detected.clone())
                .unwrap_or_default()
        },
        |t| t.detected.clone(),
    );
    ui.label(format!("{} ({detected})", state.source));
    if encoding_ui(ui, state) {
        return Some(Outcome::Repreview { read_again: true });
    }
    if columns_ui(ui, state) {
        return Some(Outcome::Repreview { read_again: false });
    }
    let preview = match &state.preview {
        Ok(preview) => preview.clone(),
        Err(message) => {
            ui.add_space(6.0);
            ui.colored_label(ui.visuals().error_fg_color, message);
            ui.add_space(8.0);
            if ui.button(t!("dialog-cancel")).clicked() {
                outcome = Some(Outcome::Close);
            }
            return outcome;
        }
    };
    if let Some((_, why)) = &preview.delegation {
        ui.label(RichText::new(why.in_lang_for(workspace, lang)).strong());
    }
    ui.label(t!(
        "xfer-summary",
        added = preview.added(),
        changed = preview.changed(),
        problems = preview.problems.len()
    ));
    let at = |row: usize| row_words(&preview, row);
    problems_ui(ui, workspace, state, &preview);
    left_out_and_notes(ui, workspace, &preview);
    titled_list(ui, &t!("xfer-changes"), 220.0, |ui| {
        if preview.actions.is_empty() {
            ui.label(RichText::new(t!("detail-none")).weak());
        }
        for (row, _, line) in &preview.actions {
            let text = format!("{}: {}", at(*row), line.in_lang_for(workspace, lang));
            if state.decisions.excluded.contains(row) {
                ui.label(RichText::new(text).strikethrough().weak());
            } else {
                ui.label(text);
            }
        }
    });
    let blocking = preview.blocking(&state.decisions).len();
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let button = ui
            .add_enabled(blocking == 0, egui::Button::new(t!("xfer-import-button")))
            .on_disabled_hover_text(t!("xfer-import-disabled"));
        if button.clicked() {
            outcome = Some(Outcome::Import);
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
        if blocking > 0 {
            ui.colored_label(
                ui.visuals().error_fg_color,
                t!("xfer-to-resolve", count = blocking),
            );
        }
    });
    outcome
}

/// Where a row is, in words: "row 9", "row 9 of ghana.xlsx" (a folder of forms).
fn row_words(preview: &Preview, row: usize) -> String {
    match preview.origin(row) {
        Some((file, at)) => t!("imp-row-of-file", row = at.to_string(), file = file.clone()),
        None => t!("imp-row", row = row.to_string()),
    }
}

/// The problems, each with its row to leave out (and to confirm, for an uncertain reading).
fn problems_ui(ui: &mut Ui, workspace: &Workspace, state: &mut ImportState, preview: &Preview) {
    let lang = crate::i18n::language();
    let at = |row: usize| row_words(preview, row);
    if !preview.problems.is_empty() {
        titled_list(ui, &t!("xfer-problems"), 180.0, |ui| {
            for problem in &preview.problems {
                ui.horizontal(|ui| {
                    if problem.confirmable {
                        let mut confirmed = state.decisions.confirmed.contains(&problem.row);
                        if ui
                            .checkbox(&mut confirmed, t!("imp-confirm-row", row = at(problem.row)))
                            .changed()
                        {
                            toggle(&mut state.decisions.confirmed, problem.row, confirmed);
                        }
                    }
                    let mut excluded = state.decisions.excluded.contains(&problem.row);
                    if ui
                        .checkbox(&mut excluded, t!("imp-leave-out", row = at(problem.row)))
                        .changed()
                    {
                        toggle(&mut state.decisions.excluded, problem.row, excluded);
                    }
                    let color = if problem.confirmable {
                        ui.visuals().warn_fg_color
                    } else {
                        ui.visuals().error_fg_color
                    };
                    ui.colored_label(
                        color,
                        t!(
                            "xfer-row-problem",
                            column = problem.column.clone(),
                            value = format!("{:?}", problem.value),
                            reason = problem.reason.in_lang_for(workspace, lang)
                        ),
                    );
                });
            }
        });
        if ui.button(t!("xfer-leave-out-all")).clicked() {
            state
                .decisions
                .excluded
                .extend(preview.rows_with_problems());
        }
    }
}

/// Puts `row` in `set` or takes it out.
fn toggle(set: &mut std::collections::BTreeSet<usize>, row: usize, on: bool) {
    if on {
        set.insert(row);
    } else {
        set.remove(&row);
    }
}

/// A titled list that scrolls beyond `height` points.
fn titled_list(ui: &mut Ui, title: &str, height: f32, add: impl FnOnce(&mut Ui)) {
    ui.add_space(6.0);
    ui.strong(title);
    egui::ScrollArea::vertical()
        .id_salt(title)
        .max_height(height)
        .show(ui, add);
}
