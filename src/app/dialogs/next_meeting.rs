//! Meeting › New meeting from this one…: the next meeting's number, dates and venue.

use egui::Ui;

use super::Outcome;
use crate::app::widgets::{labelled_date_text, labelled_text};
use crate::t;

/// What the next-meeting dialog holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextMeetingForm {
    pub number: String,
    pub opening: String,
    pub closing: String,
    pub venue: String,
    pub copy_delegations: bool,
}

pub(super) fn ui(ui: &mut Ui, form: &mut NextMeetingForm) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("next-title"));
    ui.label(t!("next-text"));
    let mut valid = true;
    egui::Grid::new("next_meeting")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            labelled_text(ui, &t!("next-number"), &mut form.number, 260.0, "");
            labelled_date_text(ui, &t!("next-opening"), &mut form.opening);
            labelled_date_text(ui, &t!("next-closing"), &mut form.closing);
            labelled_text(ui, &t!("next-venue"), &mut form.venue, 260.0, "");
        });
    let opening = crate::app::widgets::parse_date(&form.opening)
        .ok()
        .flatten();
    let closing = crate::app::widgets::parse_date(&form.closing)
        .ok()
        .flatten();
    let problem = if form.number.trim().parse::<u32>().is_err() {
        Some(&t!("next-bad-number"))
    } else if opening.is_none() || closing.is_none() {
        Some(&t!("next-bad-dates"))
    } else if closing < opening {
        Some(&t!("next-closes-before"))
    } else {
        None
    };
    if let Some(problem) = problem {
        valid = false;
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    ui.checkbox(&mut form.copy_delegations, t!("next-copy"));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(valid, egui::Button::new(t!("next-create")))
            .clicked()
        {
            outcome = Some(Outcome::NextMeeting(form.clone()));
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}
