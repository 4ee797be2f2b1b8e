//! The seating plan: a State drawn by lot (or chosen) takes the first seat; the plan follows the UN
//! practice of `exchange::seating`, with accessible seats for the delegations that ask (ticked in the
//! detail panel). The draw asks first (who draws, what it replaces) and is recorded in the meeting (the
//! State, the day, by whom), so the plan prints it and it survives save and reload.

use std::hash::{BuildHasher as _, Hasher as _};

use egui::{RichText, Ui};

use super::App;
use super::widgets::register_table;
use crate::edit::Edit;
use crate::exchange::seating::{self, ROW_LENGTH};
use crate::exchange::{Format, ListKind};
use crate::model::{Category, EntityId, FirstSeat};
use crate::t;

impl App {
    /// The State that takes the first seat, as the meeting recorded it.
    pub fn seating_first(&self) -> Option<EntityId> {
        self.meeting()?
            .first_seat
            .as_ref()
            .map(|f| EntityId::state(&f.state))
    }

    /// Draws the first seat by lot among the States whose delegations are registered, and records the
    /// draw (the State, today, `by`) in the meeting as one undo step.
    pub fn draw_first_seat(&mut self, by: &str) -> Option<EntityId> {
        let states = self.seatable_states();
        if states.is_empty() {
            return None;
        }
        // The standard library's per-process random keys are a fair lot for this.
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(self.document().revision());
        let pick = usize::try_from(hasher.finish() % states.len() as u64).unwrap_or(0);
        let chosen = states.get(pick).map(|(id, _)| id.clone())?;
        self.prefs.organiser = by.to_owned();
        self.record_first_seat(&chosen, true);
        Some(chosen)
    }

    /// Chooses the State that takes the first seat (not by lot), and records the choice.
    pub fn set_first_seat(&mut self, id: &EntityId) {
        self.record_first_seat(id, false);
    }

    fn record_first_seat(&mut self, id: &EntityId, by_lot: bool) {
        let Some(meeting) = self.meeting() else {
            return;
        };
        let mut details = meeting.details();
        details.first_seat = Some(FirstSeat {
            state: id.code().to_owned(),
            on: self.today(),
            by: self.prefs.organiser.clone(),
            by_lot,
        });
        let meeting = self.meeting_id();
        self.edit(Edit::SetMeetingDetails {
            meeting,
            details: Box::new(details),
        });
    }

    /// Opens the draw: who draws, and what a new draw would replace.
    fn ask_to_draw(&mut self) {
        let current = self.meeting().and_then(|m| m.first_seat.clone()).map(|f| {
            let name = self.name_of(&EntityId::state(&f.state));
            let date = crate::i18n::long_date(f.on);
            match (f.by_lot, f.by.trim().is_empty()) {
                (true, false) => t!("draw-was-drawn-by", name = name, date = date, by = f.by),
                (true, true) => t!("draw-was-drawn", name = name, date = date),
                (false, false) => t!("draw-was-chosen-by", name = name, date = date, by = f.by),
                (false, true) => t!("draw-was-chosen", name = name, date = date),
            }
        });
        self.request(super::Dialog::Draw(super::DrawForm {
            by: self.prefs.organiser.clone(),
            current,
        }));
    }

    /// The States that can take the first seat: those with a registered delegation, alphabetically.
    fn seatable_states(&self) -> Vec<(EntityId, String)> {
        let Some(meeting) = self.meeting() else {
            return Vec::new();
        };
        let lang = crate::i18n::language();
        let mut states: Vec<(EntityId, String)> = meeting
            .invitees
            .iter()
            .filter(|(id, i)| matches!(id, EntityId::State(_)) && !i.delegation.is_empty())
            .map(|(id, _)| (id.clone(), self.name_of(id)))
            .collect();
        states.sort_by(|a, b| crate::text::collate_in(lang, &a.1, &b.1));
        states
    }

    /// The plan as it stands, if a first seat is chosen.
    pub fn seating_plan(&self) -> Option<Vec<seating::Seat>> {
        let first = self.seating_first()?;
        seating::seating_plan(self.workspace(), self.meeting()?, &first)
    }
}

pub fn ui(app: &mut App, ui: &mut Ui) {
    ui.heading(t!("seat-title"));
    let states = app.seatable_states();
    if states.is_empty() {
        ui.add_space(20.0);
        ui.label(t!("seat-none"));
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label(t!("seat-first"));
        let first = app.seating_first();
        let current = first
            .as_ref()
            .map_or_else(|| t!("seat-not-drawn"), |id| app.name_of(id));
        let mut chosen = first.clone();
        egui::ComboBox::from_id_salt("first_seat")
            .selected_text(current)
            .width(260.0)
            .height(360.0)
            .show_ui(ui, |ui| {
                for (id, name) in &states {
                    ui.selectable_value(&mut chosen, Some(id.clone()), name);
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != first
            && let Some(id) = &chosen
        {
            app.set_first_seat(id);
        }
        if ui.button(t!("seat-draw")).clicked() {
            app.ask_to_draw();
        }
        if first.is_some() {
            for (format, label) in [(Format::Pdf, t!("seat-pdf")), (Format::Csv, t!("seat-csv"))] {
                if ui.button(label).clicked() {
                    app.open_export(ListKind::Seating, format);
                }
            }
        }
    });
    ui.label(RichText::new(t!("seat-rule", row = ROW_LENGTH)).weak());
    ui.separator();
    let Some(plan) = app.seating_plan() else {
        ui.add_space(20.0);
        ui.label(t!("seat-draw-first"));
        return;
    };
    let titles = [
        t!("seat-seat"),
        t!("seat-row"),
        t!("seat-delegation"),
        String::new(),
    ];
    register_table(ui, "seating", &titles, |ui| {
        for seat in &plan {
            ui.label(seat.number.to_string());
            ui.label(seat.row.to_string());
            let text = RichText::new(app.name_of(&seat.id));
            ui.label(if seat.category == Category::StateParty {
                text.strong()
            } else {
                text
            });
            ui.label(if seat.accessible {
                t!("seat-accessible")
            } else {
                String::new()
            });
            ui.end_row();
        }
    });
}
