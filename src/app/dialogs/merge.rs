//! A colleague saved the workspace meanwhile, and some of their changes contradict the ones made here:
//! each conflict (the record, the field, this side's value and theirs) waits for a choice, one by one or
//! all at once. Nothing is written, and nothing taken in, until every conflict is decided; Cancel leaves
//! the work here as it is, unsaved.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::{Outcome, PendingAction};
use crate::model::merge::{self, Side};
use crate::model::{Choices, Workspace};
use crate::session::Disagreement;
use crate::t;

/// What the merge is for: a save (and what was to follow it), or taking a colleague's save in now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergePurpose {
    Save {
        path: PathBuf,
        /// New, Open or Quit, asked to wait for the save.
        then: Option<PendingAction>,
    },
    TakeIn,
}

/// One conflict as the dialog shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictRow {
    /// What the choice is kept under ([`merge::Conflict::key`]).
    pub key: merge::ConflictKey,
    pub record: String,
    pub field: String,
    pub mine: String,
    pub theirs: String,
}

/// The conflicts and the choices made so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeForm {
    pub purpose: MergePurpose,
    pub rows: Vec<ConflictRow>,
    /// The side chosen for each conflict, by key; choices made before this merge (for conflicts that
    /// stand again after a colleague saved once more) are kept.
    pub choices: Choices,
}

impl MergeForm {
    /// The form for `disagreement`, with the choices already made.
    pub fn new(disagreement: &Disagreement, purpose: MergePurpose, choices: &Choices) -> Self {
        let lang = crate::i18n::language();
        let workspace: &Workspace = &disagreement.merged;
        let rows = disagreement
            .conflicts
            .iter()
            .map(|c| ConflictRow {
                key: c.key.clone(),
                record: merge::record_name(workspace, &c.record, lang),
                field: merge::field_label(c.field, c.entry.as_ref(), lang),
                mine: c.mine.in_lang(lang),
                theirs: c.theirs.in_lang(lang),
            })
            .collect();
        Self {
            purpose,
            rows,
            choices: choices.clone(),
        }
    }

    /// Whether every conflict has a side.
    pub fn decided(&self) -> bool {
        self.rows.iter().all(|r| self.choices.contains_key(&r.key))
    }

    fn choose_all(&mut self, side: Side) {
        for row in &self.rows {
            self.choices.insert(row.key.clone(), side);
        }
    }
}

/// Values longer than this many characters are cut in the table (and shown whole on hover).
const SHOWN_CHARS: usize = 48;

/// The value as the table shows it, and whether it was cut.
fn shorten(value: &str) -> (String, bool) {
    let line = value.lines().next().unwrap_or_default();
    if line.chars().count() <= SHOWN_CHARS && line.len() == value.len() {
        return (value.to_owned(), false);
    }
    let mut cut: String = line.chars().take(SHOWN_CHARS).collect();
    cut.push('…');
    (cut, true)
}

pub(super) fn ui(ui: &mut Ui, form: &mut MergeForm) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("merge-title"));
    ui.label(t!("merge-text", count = form.rows.len()));
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            egui::Grid::new("merge-conflicts")
                .num_columns(4)
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(t!("merge-col-record")).strong());
                    ui.label(RichText::new(t!("merge-col-field")).strong());
                    ui.label(RichText::new(t!("merge-col-mine")).strong());
                    ui.label(RichText::new(t!("merge-col-theirs")).strong());
                    ui.end_row();
                    for row in &form.rows {
                        ui.label(&row.record);
                        ui.label(&row.field);
                        let chosen = form.choices.get(&row.key).copied();
                        for (side, value) in [(Side::Mine, &row.mine), (Side::Theirs, &row.theirs)]
                        {
                            let hint = t!(match side {
                                Side::Mine => "merge-keep-mine-hint",
                                Side::Theirs => "merge-take-theirs-hint",
                            });
                            let (shown, cut) = shorten(value);
                            // A long value (a note, a cover text) shows whole on hover.
                            let hover = if cut {
                                format!("{value}\n\n{hint}")
                            } else {
                                hint
                            };
                            if ui
                                .radio(chosen == Some(side), shown)
                                .on_hover_text(hover)
                                .clicked()
                            {
                                form.choices.insert(row.key.clone(), side);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(t!("merge-all-mine")).clicked() {
            form.choose_all(Side::Mine);
        }
        if ui.button(t!("merge-all-theirs")).clicked() {
            form.choose_all(Side::Theirs);
        }
    });
    ui.add_space(4.0);
    let decided = form.decided();
    if !decided {
        ui.label(
            RichText::new(t!(
                "merge-undecided",
                count = form
                    .rows
                    .iter()
                    .filter(|r| !form.choices.contains_key(&r.key))
                    .count()
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    ui.horizontal(|ui| {
        let label = match form.purpose {
            MergePurpose::Save { .. } => t!("merge-save"),
            MergePurpose::TakeIn => t!("merge-take-in"),
        };
        if ui.add_enabled(decided, egui::Button::new(label)).clicked() {
            outcome = Some(Outcome::Merge(form.purpose.clone(), form.choices.clone()));
        }
        if ui
            .button(t!("dialog-cancel"))
            .on_hover_text(t!("merge-cancel-hint"))
            .clicked()
        {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}
