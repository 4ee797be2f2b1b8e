//! The status bar: the file and whether it is saved, what the filter shows, the notice of the last thing
//! done, and the problems validation finds, each a link to the invitee and field concerned. It reads a
//! [`Status`] and returns what its links ask for.

use std::path::Path;

use super::action::Action;
use crate::model::{EntityId, Problem, Workspace};
use crate::t;

/// What the status bar reads.
pub struct Status<'a> {
    pub workspace: &'a Workspace,
    pub path: Option<&'a Path>,
    pub dirty: bool,
    /// What the view shown shows: (shown, of all, selected), for the invitee table and the People view.
    pub shown: Option<(usize, usize, usize)>,
    /// Whether the view shown is the People view (its count says people, not invitees).
    pub people: bool,
    /// The notice of the last thing done, if it is still true, and the invitees it concerns.
    pub notice: Option<(&'a str, &'a [EntityId])>,
    pub problems: &'a [Problem],
}

/// The bar; returns what a click on the notice or on a problem asks for.
pub fn ui(ui: &mut egui::Ui, status: &Status) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        let file = status
            .path
            .map_or_else(|| t!("status-not-saved-yet"), |p| p.display().to_string());
        ui.label(file);
        if status.dirty {
            ui.colored_label(ui.visuals().warn_fg_color, t!("status-unsaved"));
        } else if status.path.is_some() {
            ui.label(t!("status-saved"));
        } else {
            ui.label(t!("status-no-changes"));
        }
        if let Some((shown, total, selected)) = status.shown {
            ui.separator();
            ui.label(if status.people {
                t!("people-shown", shown = shown, total = total)
            } else {
                t!("status-showing", shown = shown, total = total)
            });
            if selected > 0 {
                ui.label(t!("status-selected", count = selected));
            }
        }
        actions.extend(notice(ui, status));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            actions.extend(problems_button(ui, status));
        });
    });
    actions
}

/// The notice of the last thing done; a link when it names invitees, which a click shows.
fn notice(ui: &mut egui::Ui, status: &Status) -> Option<Action> {
    let (text, about) = status.notice?;
    ui.separator();
    if about.is_empty() {
        ui.label(text);
        return None;
    }
    ui.link(text)
        .on_hover_text(t!("status-show-them"))
        .clicked()
        .then(|| Action::ShowThem(about.to_vec()))
}

fn problems_button(ui: &mut egui::Ui, status: &Status) -> Option<Action> {
    let count = status.problems.len();
    if count == 0 {
        ui.label(t!("status-no-problems"));
        return None;
    }
    let label = t!("status-problems", count = count);
    let mut chosen = None;
    ui.menu_button(
        egui::RichText::new(label).color(ui.visuals().warn_fg_color),
        |ui| {
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for problem in status.problems {
                        if ui
                            .button(problem.message_in(status.workspace, crate::i18n::language()))
                            .clicked()
                        {
                            chosen = Some(Action::GoToProblem(problem.clone()));
                            ui.close();
                        }
                    }
                });
        },
    );
    chosen
}
