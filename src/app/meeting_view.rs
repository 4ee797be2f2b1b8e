//! The meeting's settings: names, dates, venue, document symbol, officers, registration deadline and seats.
//! Changing the opening date recomputes every State's category, and the view says how many changed.

use egui::{RichText, Ui};

use super::App;
use super::widgets::{any_text, date_row, form_grid, section, text_row};
use crate::edit::{Edit, MeetingDetails};
use crate::model::{Category, EntityId, Meeting, Officer, Workspace, reference};
use crate::t;

/// Which kind of change this frame made, for the history.
enum Change {
    Typed(&'static str),
    Discrete,
}

fn categories(workspace: &Workspace, meeting: &Meeting) -> Vec<(EntityId, Option<Category>)> {
    meeting
        .invitees
        .keys()
        .map(|id| (id.clone(), workspace.category(meeting, id)))
        .collect()
}

/// A State's name in the interface's language.
fn state_name(workspace: &Workspace, iso3: &str) -> String {
    workspace
        .name_in(&EntityId::state(iso3), crate::i18n::language())
        .to_owned()
}

/// A choice of State by name, in the interface's language and its order; `None` is "—".
fn state_choice(
    ui: &mut Ui,
    workspace: &Workspace,
    id_salt: &str,
    label: egui::Id,
    current: Option<&str>,
) -> Option<Option<String>> {
    let name = |iso3: Option<&str>| {
        iso3.map_or_else(|| "—".to_owned(), |iso3| state_name(workspace, iso3))
    };
    let mut selected = current.map(ToOwned::to_owned);
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(name(current))
        .width(260.0)
        .height(320.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut selected, None, "—");
            let lang = crate::i18n::language();
            let mut states: Vec<(String, String)> = reference::states()
                .iter()
                .map(|s| (s.iso3.clone(), state_name(workspace, &s.iso3)))
                .collect();
            states.sort_by(|a, b| crate::text::collate_in(lang, &a.1, &b.1));
            for (iso3, name) in states {
                ui.selectable_value(&mut selected, Some(iso3), name);
            }
        })
        .response
        .labelled_by(label);
    (selected.as_deref() != current).then_some(selected)
}

pub fn ui(app: &mut App, ui: &mut Ui) {
    let meeting_index = app.meeting_index();
    let Some(meeting) = app.meeting() else {
        ui.centered_and_justified(|ui| {
            ui.label(t!("table-no-meeting"));
        });
        return;
    };
    let details = MeetingDetails::of(meeting);
    let workspace = app.workspace();
    let mut new = details.clone();
    let mut change = None;

    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(760.0);
            ui.heading(&details.full_name);
            ui.label(RichText::new(t!("ms-note")).weak());
            section(ui, &t!("ms-meeting"));
            form_grid(ui, "meeting", |ui| {
                let ordinal_check = |t: &str| {
                    t.trim()
                        .parse::<u32>()
                        .is_err()
                        .then(|| t!("ms-number-hint"))
                };
                if let Some(text) = text_row(
                    ui,
                    &t!("ms-number"),
                    &details.ordinal.to_string(),
                    false,
                    false,
                    ordinal_check,
                ) && let Ok(n) = text.trim().parse::<u32>()
                {
                    new.ordinal = n;
                    change = Some(Change::Typed("ordinal"));
                }
                let required = |t: &str| t.trim().is_empty().then(|| t!("detail-required"));
                if let Some(text) = text_row(
                    ui,
                    &t!("ms-full-name"),
                    &details.full_name,
                    false,
                    false,
                    required,
                ) {
                    new.full_name = text;
                    change = Some(Change::Typed("full_name"));
                }
                if let Some(text) = text_row(
                    ui,
                    &t!("ms-short-name"),
                    &details.short_name,
                    false,
                    false,
                    required,
                ) {
                    new.short_name = text;
                    change = Some(Change::Typed("short_name"));
                }
                if let Some(text) =
                    text_row(ui, &t!("ms-venue"), &details.venue, false, false, any_text)
                {
                    new.venue = text;
                    change = Some(Change::Typed("venue"));
                }
                if let Some(Some(date)) =
                    date_row(ui, &t!("ms-opening"), Some(details.opening), false, |d| {
                        d.is_none().then(|| t!("ms-needs-opening"))
                    })
                {
                    new.opening = date;
                    change = Some(Change::Discrete);
                }
                let opening = details.opening;
                if let Some(Some(date)) = date_row(
                    ui,
                    &t!("ms-closing"),
                    Some(details.closing),
                    false,
                    |d| match d {
                        None => Some(t!("ms-needs-closing")),
                        Some(d) if d < opening => Some(t!("ms-before-opening")),
                        Some(_) => None,
                    },
                ) {
                    new.closing = date;
                    change = Some(Change::Discrete);
                }
                if let Some(text) = text_row(
                    ui,
                    &t!("ms-symbol"),
                    &details.symbol_prefix,
                    false,
                    false,
                    any_text,
                ) {
                    new.symbol_prefix = text;
                    change = Some(Change::Typed("symbol_prefix"));
                }
                let closing = details.closing;
                if let Some(date) = date_row(
                    ui,
                    &t!("ms-deadline"),
                    details.registration_deadline,
                    false,
                    |d| {
                        d.is_some_and(|d| d > closing)
                            .then(|| t!("ms-after-closing"))
                    },
                ) {
                    new.registration_deadline = date;
                    change = Some(Change::Discrete);
                }
                let seats = details
                    .seats_per_delegation
                    .map(|n| n.to_string())
                    .unwrap_or_default();
                let seats_check = |t: &str| {
                    (!t.trim().is_empty() && t.trim().parse::<u32>().is_err())
                        .then(|| t!("ms-seats-hint"))
                };
                if let Some(text) = text_row(ui, &t!("ms-seats"), &seats, false, false, seats_check)
                {
                    let text = text.trim();
                    if text.is_empty() {
                        new.seats_per_delegation = None;
                        change = Some(Change::Typed("seats"));
                    } else if let Ok(n) = text.parse() {
                        new.seats_per_delegation = Some(n);
                        change = Some(Change::Typed("seats"));
                    }
                }
            });

            section(ui, &t!("ms-officers"));
            form_grid(ui, "officers", |ui| {
                for (label, key) in [
                    (t!("ms-president"), "president"),
                    (t!("ms-secretary-general"), "secretary_general"),
                ] {
                    let officer = if key == "president" {
                        &details.officers.president
                    } else {
                        &details.officers.secretary_general
                    };
                    let (name, state) = match officer {
                        Some(Officer::Person { name, state }) => (name.clone(), state.clone()),
                        Some(Officer::State(iso3)) => (String::new(), Some(iso3.clone())),
                        None => (String::new(), None),
                    };
                    let mut person = (name.clone(), state.clone());
                    if let Some(text) = text_row(ui, &label, &name, false, false, any_text) {
                        person.0 = text;
                        change = Some(Change::Typed(key));
                    }
                    let state_label = ui.label(t!("ms-state-of", office = label.clone()));
                    if let Some(state) =
                        state_choice(ui, workspace, key, state_label.id, state.as_deref())
                    {
                        person.1 = state;
                        change = Some(Change::Discrete);
                    }
                    ui.end_row();
                    if person != (name, state) {
                        let officer = match person {
                            (name, None) if name.trim().is_empty() => None,
                            (name, Some(state)) if name.trim().is_empty() => {
                                Some(Officer::State(state))
                            }
                            (name, state) => Some(Officer::Person { name, state }),
                        };
                        if key == "president" {
                            new.officers.president = officer;
                        } else {
                            new.officers.secretary_general = officer;
                        }
                    }
                }
                ui.label(t!("ms-vice-presidents"));
                ui.vertical(|ui| {
                    for (i, officer) in details.officers.vice_presidents.iter().enumerate() {
                        let text = match officer {
                            Officer::State(iso3) => state_name(workspace, iso3),
                            Officer::Person { name, .. } => name.clone(),
                        };
                        ui.horizontal(|ui| {
                            ui.label(text);
                            if ui.small_button(t!("ms-remove")).clicked() {
                                new.officers.vice_presidents.remove(i);
                                change = Some(Change::Discrete);
                            }
                        });
                    }
                    ui.horizontal(|ui| {
                        let label = ui.label(t!("ms-add"));
                        if let Some(Some(iso3)) =
                            state_choice(ui, workspace, "add_vice_president", label.id, None)
                        {
                            new.officers.vice_presidents.push(Officer::State(iso3));
                            change = Some(Change::Discrete);
                        }
                    });
                });
                ui.end_row();
            });
        });

    let Some(change) = change else {
        return;
    };
    if new == details {
        return;
    }
    let opening_changed = new.opening != details.opening;
    let before = opening_changed.then(|| categories(app.workspace(), meeting));
    let new_opening = new.opening;
    let edit = Edit::SetMeetingDetails {
        meeting: meeting_index,
        details: Box::new(new),
    };
    let applied = match change {
        Change::Typed(key) => app.edit_coalesced(edit, &format!("meeting/{meeting_index}/{key}")),
        Change::Discrete => app.edit(edit),
    };
    if applied
        && let Some(before) = before
        && let Some(meeting) = app.meeting()
    {
        let after = categories(app.workspace(), meeting);
        let changed = before
            .iter()
            .zip(&after)
            .filter(|(a, b)| a.1 != b.1)
            .count();
        app.notice = Some(t!(
            "ms-opening-changed",
            date = new_opening.to_string(),
            count = changed
        ));
    }
}
