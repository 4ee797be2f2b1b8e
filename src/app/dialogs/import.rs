//! File › Import…: what to import, then the preview of every change and problem, rows to leave out, and
//! the import as one undo step (`App::apply_import`).

use std::collections::BTreeSet;

use egui::{RichText, Ui};

use super::Outcome;
use crate::exchange::import::{ImportKind, Preview};
use crate::model::Workspace;
use crate::t;

/// What the import preview holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportState {
    /// Where the rows come from, as the preview and the status bar name it: the file's path, or "the
    /// rows pasted".
    pub source: String,
    pub kind: ImportKind,
    pub preview: Preview,
    pub excluded: BTreeSet<usize>,
}

/// The Import dialog before a file is chosen.
pub(super) fn choice_ui(ui: &mut Ui) -> Option<Outcome> {
    let mut outcome = None;
    ui.heading(t!("xfer-import-title"));
    ui.label(t!("xfer-import-text"));
    ui.add_space(6.0);
    ui.label(RichText::new(t!("xfer-import-delegates-help")).small());
    ui.label(RichText::new(t!("xfer-import-replies-help")).small());
    ui.label(RichText::new(t!("xfer-import-addresses-help")).small());
    ui.label(RichText::new(t!("xfer-import-files")).small());
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(t!("xfer-delegates-button")).clicked() {
            outcome = Some(Outcome::PickImportFile(ImportKind::Delegates));
        }
        if ui.button(t!("xfer-replies-button")).clicked() {
            outcome = Some(Outcome::PickImportFile(ImportKind::Replies));
        }
        if ui.button(t!("xfer-addresses-button")).clicked() {
            outcome = Some(Outcome::PickImportFile(ImportKind::Addresses));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}

/// The import preview: what would change, what is wrong, rows to leave out.
pub(super) fn preview_ui(
    ui: &mut Ui,
    workspace: &Workspace,
    state: &mut ImportState,
) -> Option<Outcome> {
    let lang = crate::i18n::language();
    let mut outcome = None;
    let preview = &state.preview;
    ui.heading(t!(
        "xfer-import-of",
        what = state.kind.label().to_lowercase()
    ));
    ui.label(format!("{} ({})", state.source, preview.detected));
    ui.label(t!(
        "xfer-summary",
        added = preview.added(),
        changed = preview.changed(),
        problems = preview.problems.len()
    ));
    if !preview.problems.is_empty() {
        titled_list(ui, &t!("xfer-problems"), 180.0, |ui| {
            for problem in &preview.problems {
                let mut excluded = state.excluded.contains(&problem.row);
                ui.horizontal(|ui| {
                    if ui
                        .checkbox(&mut excluded, t!("xfer-leave-out-row", row = problem.row))
                        .changed()
                    {
                        if excluded {
                            state.excluded.insert(problem.row);
                        } else {
                            state.excluded.remove(&problem.row);
                        }
                    }
                    ui.colored_label(
                        ui.visuals().error_fg_color,
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
            state.excluded.extend(preview.rows_with_problems());
        }
    }
    if !preview.notes.is_empty() {
        titled_list(ui, &t!("xfer-notes"), 120.0, |ui| {
            for note in &preview.notes {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    t!(
                        "xfer-row-note",
                        row = note.row,
                        value = note.value.clone(),
                        reason = note.reason.in_lang_for(workspace, lang)
                    ),
                );
            }
        });
    }
    titled_list(ui, &t!("xfer-changes"), 220.0, |ui| {
        if preview.actions.is_empty() {
            ui.label(RichText::new(t!("detail-none")).weak());
        }
        for (row, _, line) in &preview.actions {
            let text = t!(
                "xfer-row",
                row = *row,
                line = line.in_lang_for(workspace, lang)
            );
            if state.excluded.contains(row) {
                ui.label(RichText::new(text).strikethrough().weak());
            } else {
                ui.label(text);
            }
        }
    });
    let blocking = preview.blocking(&state.excluded).len();
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

/// A titled list that scrolls beyond `height` points.
fn titled_list(ui: &mut Ui, title: &str, height: f32, add: impl FnOnce(&mut Ui)) {
    ui.add_space(6.0);
    ui.strong(title);
    egui::ScrollArea::vertical()
        .id_salt(title)
        .max_height(height)
        .show(ui, add);
}
