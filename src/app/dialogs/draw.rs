//! Seating › Draw by lot…: who draws, and, when a State was drawn or chosen already, what a new draw
//! replaces. Nothing is drawn until the user says so; the draw is recorded in the meeting.

use egui::Ui;

use super::Outcome;
use crate::app::widgets::labelled_text;
use crate::t;

/// What the draw dialog holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrawForm {
    /// Who draws, as the plan will print it.
    pub by: String,
    /// What the meeting has now ("Chile, drawn by lot on 25 November 2013 by Ms. A. Officer").
    pub current: Option<String>,
}

pub(super) fn ui(ui: &mut Ui, form: &mut DrawForm) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("draw-title"));
    ui.label(t!("draw-text"));
    if let Some(current) = &form.current {
        ui.add_space(4.0);
        ui.colored_label(
            ui.visuals().warn_fg_color,
            t!("draw-replaces", current = current.clone()),
        );
    }
    ui.add_space(6.0);
    egui::Grid::new("draw_form")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            labelled_text(ui, &t!("draw-by"), &mut form.by, 260.0, "");
        });
    let named = !form.by.trim().is_empty();
    if !named {
        ui.colored_label(ui.visuals().error_fg_color, t!("draw-needs-name"));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label = if form.current.is_some() {
            t!("draw-again")
        } else {
            t!("draw-now")
        };
        if ui.add_enabled(named, egui::Button::new(label)).clicked() {
            outcome = Some(Outcome::Draw(form.by.trim().to_owned()));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}
