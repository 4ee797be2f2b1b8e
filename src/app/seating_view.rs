//! The seating plan: a State drawn by lot (or chosen) takes the first seat; the plan follows the UN
//! practice of `exchange::seating`, with accessible seats for the delegations that ask (ticked in the
//! detail panel). The draw asks first (who draws, what it replaces) and is recorded in the meeting (the
//! State, the day, by whom), so the plan prints it and it survives save and reload.

use std::hash::{BuildHasher as _, Hasher as _};

use egui::{RichText, Ui};

use super::action::Action;
use super::view::Cx;
use super::widgets::register_table;
use crate::edit::Edit;
use crate::exchange::seating::{self, ROW_LENGTH};
use crate::exchange::{Format, ListKind};
use crate::model::{Category, EntityId, FirstSeat};
use crate::t;

/// A State drawn by lot among those that can take the first seat, and the edit that records the draw.
/// `salt` varies the lot from one draw to the next.
pub(crate) fn draw(cx: &Cx<'_>, salt: u64) -> Option<(EntityId, Edit)> {
    let states = seatable_states(cx);
    if states.is_empty() {
        return None;
    }
    // The standard library's per-process random keys are a fair lot for this.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(salt);
    let pick = usize::try_from(hasher.finish() % states.len() as u64).unwrap_or(0);
    let chosen = states.get(pick).map(|(id, _)| id.clone())?;
    let edit = record_first_seat(cx, &chosen, true)?;
    Some((chosen, edit))
}

/// The edit that records `id` as taking the first seat, drawn by lot or chosen, today, by the organiser.
fn record_first_seat(cx: &Cx<'_>, id: &EntityId, by_lot: bool) -> Option<Edit> {
    let meeting = cx.meeting?;
    let mut details = meeting.details();
    details.first_seat = Some(FirstSeat {
        state: id.code().to_owned(),
        on: cx.today,
        by: cx.organiser.to_owned(),
        by_lot,
    });
    Some(Edit::SetMeetingDetails {
        meeting: meeting.id.clone(),
        details: Box::new(details),
    })
}

/// The draw's dialog: who draws, and what a new draw would replace.
fn ask_to_draw(cx: &Cx<'_>) -> Action {
    let current = cx.meeting.and_then(|m| m.first_seat.clone()).map(|f| {
        let name = cx.name_of(&EntityId::state(&f.state));
        let date = crate::i18n::long_date(f.on);
        match (f.by_lot, f.by.trim().is_empty()) {
            (true, false) => t!("draw-was-drawn-by", name = name, date = date, by = f.by),
            (true, true) => t!("draw-was-drawn", name = name, date = date),
            (false, false) => t!("draw-was-chosen-by", name = name, date = date, by = f.by),
            (false, true) => t!("draw-was-chosen", name = name, date = date),
        }
    });
    Action::Open(super::dialogs::Dialog::Draw(super::dialogs::DrawForm {
        by: cx.organiser.to_owned(),
        current,
    }))
}

/// The States that can take the first seat: those with a registered delegation, alphabetically.
fn seatable_states(cx: &Cx<'_>) -> Vec<(EntityId, String)> {
    let Some(meeting) = cx.meeting else {
        return Vec::new();
    };
    let lang = crate::i18n::language();
    let mut states: Vec<(EntityId, String)> = meeting
        .invitees
        .iter()
        .filter(|(id, i)| matches!(id, EntityId::State(_)) && !i.delegation.is_empty())
        .map(|(id, _)| (id.clone(), cx.name_of(id)))
        .collect();
    states.sort_by(|a, b| crate::text::collate_in(lang, &a.1, &b.1));
    states
}

/// The Seating view: the first seat chosen or drawn, and the plan. Returns what it asks for (the edit
/// that records a choice, the draw's dialog, an export); it changes nothing itself.
pub fn ui(ui: &mut Ui, cx: &Cx<'_>) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.heading(t!("seat-title"));
    let states = seatable_states(cx);
    if states.is_empty() {
        ui.add_space(20.0);
        ui.label(t!("seat-none"));
        return actions;
    }
    let first = cx.meeting.and_then(crate::model::Meeting::first_seat_id);
    ui.horizontal(|ui| {
        let label = ui.label(t!("seat-first"));
        let current = first
            .as_ref()
            .map_or_else(|| t!("seat-not-drawn"), |id| cx.name_of(id));
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
            && let Some(edit) = record_first_seat(cx, id, false)
        {
            actions.push(Action::Edit(edit));
        }
        if ui.button(t!("seat-draw")).clicked() {
            actions.push(ask_to_draw(cx));
        }
        if first.is_some() {
            for (format, label) in [(Format::Pdf, t!("seat-pdf")), (Format::Csv, t!("seat-csv"))] {
                if ui.button(label).clicked() {
                    actions.push(Action::Export(ListKind::Seating, format));
                }
            }
        }
    });
    ui.label(RichText::new(t!("seat-rule", row = ROW_LENGTH)).weak());
    ui.separator();
    let Some(plan) = cx
        .meeting
        .and_then(|m| seating::seating_plan(cx.workspace, m, &m.first_seat_id()?))
    else {
        ui.add_space(20.0);
        ui.label(t!("seat-draw-first"));
        return actions;
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
            let text = RichText::new(cx.name_of(&seat.id));
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
    actions
}
