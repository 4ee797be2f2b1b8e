//! The status bar: the file and whether it is saved, what the filter shows, and the problems validation
//! finds, each a link to the invitee and field concerned.

use super::App;
use crate::t;

pub fn ui(app: &mut App, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let file = app
            .path()
            .map_or_else(|| t!("status-not-saved-yet"), |p| p.display().to_string());
        ui.label(file);
        if app.document().is_dirty() {
            ui.colored_label(ui.visuals().warn_fg_color, t!("status-unsaved"));
        } else if app.path().is_some() {
            ui.label(t!("status-saved"));
        } else {
            ui.label(t!("status-no-changes"));
        }
        // What the view shown shows: the invitees in the Invitees view, the people in the People view.
        match app.view {
            super::View::Invitees => {
                ui.separator();
                ui.label(t!(
                    "status-showing",
                    shown = app.views.table.visible_len(),
                    total = app.views.table.total_len()
                ));
                let selected = app.views.table.selection().len();
                if selected > 0 {
                    ui.label(t!("status-selected", count = selected));
                }
            }
            super::View::People => {
                ui.separator();
                let people = &app.views.people;
                ui.label(t!(
                    "people-shown",
                    shown = people.visible_len(),
                    total = people.total_len()
                ));
                if !people.selected().is_empty() {
                    ui.label(t!("status-selected", count = people.selected().len()));
                }
            }
            _ => {}
        }
        notice(app, ui);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            problems_button(app, ui);
        });
    });
}

/// The notice of the last thing done; a link when it names invitees, which a click shows.
fn notice(app: &mut App, ui: &mut egui::Ui) {
    let Some(text) = app.notice().map(ToOwned::to_owned) else {
        return;
    };
    ui.separator();
    let about = app.notice_about().to_vec();
    if about.is_empty() {
        ui.label(text);
        return;
    }
    if ui
        .link(text)
        .on_hover_text(t!("status-show-them"))
        .clicked()
    {
        app.view = super::View::Invitees;
        match about.as_slice() {
            [one] => {
                app.views.table.reveal(one);
                app.prefs.show_detail = true;
            }
            _ => app
                .views
                .table
                .set_id_filter(t!("status-concerned"), about.into_iter().collect()),
        }
    }
}

fn problems_button(app: &mut App, ui: &mut egui::Ui) {
    let count = app.problems().len();
    if count == 0 {
        ui.label(t!("status-no-problems"));
        return;
    }
    let label = t!("status-problems", count = count);
    let mut chosen = None;
    let problems = app.cached_problems();
    ui.menu_button(
        egui::RichText::new(label).color(ui.visuals().warn_fg_color),
        |ui| {
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for problem in problems {
                        if ui
                            .button(problem.message_in(app.workspace(), crate::i18n::language()))
                            .clicked()
                        {
                            chosen = Some(problem.clone());
                            ui.close();
                        }
                    }
                });
        },
    );
    if let Some(problem) = chosen {
        app.go_to_problem(&problem);
    }
}
