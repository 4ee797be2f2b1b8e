//! Two registers: observer status under Rule 1.4 (each request with its steps, and the actions that move it
//! along), and the credentials of the States Parties' delegations (what arrived, and what is missing).
//! Every action is one edit of the invitee, so Ctrl+Z undoes it.

use egui::Ui;

use super::action::Action;
use super::view::Cx;
use super::widgets::register_table;
use crate::edit::Edit;
use crate::exchange::registers;
use crate::exchange::{Format, ListKind};
use crate::model::words;
use crate::model::{CredentialKind, Credentials, Date, Decision, EntityId, Invitee};
use crate::t;

/// The register views' state between frames.
#[derive(Default)]
pub struct RegistersState {
    /// The day the register views record their actions with, as typed.
    date: String,
    /// The credentials register shows only the delegations whose credentials are missing.
    missing_only: bool,
}

/// The day the actions of a register record, typed at the top of the view; today until changed.
fn action_date(ui: &mut Ui, text: &mut String, label: &str, today: Date) -> Option<Date> {
    if text.is_empty() {
        *text = today.to_string();
    }
    ui.horizontal(|ui| {
        let label_response = ui.label(label);
        match super::widgets::date_text(ui, label, text, label_response.id) {
            Ok(Some(date)) => Some(date),
            Ok(None) => {
                ui.colored_label(ui.visuals().error_fg_color, t!("reg-enter-day"));
                None
            }
            Err(_) => None,
        }
    })
    .inner
}

/// The edit that puts `invitee` back in the meeting shown.
fn put(cx: &Cx, id: EntityId, invitee: Invitee) -> Action {
    Action::Edit(Edit::PutInvitee {
        meeting: cx.meeting_id(),
        id,
        value: Some(invitee),
    })
}

/// The Rule 1.4 register; returns what its buttons ask for (an edit of the invitee, a dialog).
pub fn observers_ui(ui: &mut Ui, cx: &Cx, state: &mut RegistersState) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(meeting) = cx.meeting else {
        return actions;
    };
    let requests: Vec<(EntityId, crate::model::ObserverRequest)> =
        registers::observer_requests(cx.workspace, meeting)
            .into_iter()
            .map(|(id, r)| (id.clone(), r))
            .collect();
    let names: Vec<String> = requests.iter().map(|(id, _)| cx.name_of(id)).collect();
    ui.heading(t!("reg-observer-title"));
    ui.label(t!("reg-observer-text"));
    let date = action_date(ui, &mut state.date, &t!("reg-step-date"), cx.today);
    ui.horizontal(|ui| {
        if ui.button(t!("cmd-add-organisation")).clicked() {
            actions.push(super::commands::UiCommand::AddOrganisation.into());
        }
        if ui.button(t!("reg-president-doc")).clicked() {
            actions.push(Action::Export(ListKind::ObserverRequests, Format::Pdf));
        }
    });
    ui.separator();
    if requests.is_empty() {
        ui.add_space(20.0);
        ui.label(t!("reg-no-requests"));
        return actions;
    }
    let mut change: Option<(EntityId, crate::model::ObserverRequest)> = None;
    let titles = [
        t!("reg-organisation"),
        t!("reg-next"),
        t!("reg-step"),
        t!("reg-requested"),
        t!("reg-recommended"),
        t!("reg-provisionally"),
        t!("reg-decision"),
    ];
    register_table(ui, "rule14", &titles, |ui| {
        let day = |d: Option<Date>| d.map_or_else(|| "—".to_owned(), |d| d.to_string());
        for ((id, request), name) in requests.iter().zip(&names) {
            ui.label(name);
            // The buttons come before the texts they change, and all of them are always there (greyed
            // when they do not apply), so that none moves after a click.
            ui.push_id(id, |ui| {
                ui.horizontal(|ui| {
                    let next = step_buttons(ui, request, date);
                    if next != *request {
                        change = Some((id.clone(), next));
                    }
                });
            });
            ui.label(
                request
                    .step()
                    .map_or_else(|| t!("table-not-requested"), words::step),
            );
            ui.label(day(request.requested));
            ui.label(day(request.recommended));
            ui.label(day(request.provisionally_invited));
            ui.label(match request.decision {
                Some((Decision::Approved, d)) => {
                    t!("reg-approved-on", date = d.to_string())
                }
                Some((Decision::Rejected, d)) => {
                    t!("reg-rejected-on", date = d.to_string())
                }
                None => "—".to_owned(),
            });
            ui.end_row();
        }
    });
    if let Some((id, request)) = change
        && let Some(mut invitee) = meeting.invitees.get(&id).cloned()
    {
        invitee.observer_request = Some(request);
        actions.push(put(cx, id, invitee));
    }
    actions
}

/// The steps of a Rule 1.4 request as buttons, each enabled when it applies on `date`; returns the request
/// as a click leaves it.
fn step_buttons(
    ui: &mut Ui,
    request: &crate::model::ObserverRequest,
    date: Option<Date>,
) -> crate::model::ObserverRequest {
    let mut next = request.clone();
    let open = request.requested.is_some() && request.decision.is_none();
    let mut step = |label: String,
                    applies: bool,
                    apply: &mut dyn FnMut(&mut crate::model::ObserverRequest)| {
        let button = ui
            .add_enabled(applies && date.is_some(), egui::Button::new(label))
            .on_disabled_hover_text(if date.is_none() {
                t!("reg-date-first")
            } else {
                t!("reg-step-not-now")
            });
        if button.clicked() {
            apply(&mut next);
        }
    };
    // Without a valid day every button is greyed, so none is clicked with this stand-in.
    let day = date.unwrap_or_default();
    step(
        t!("reg-request-received"),
        request.requested.is_none(),
        &mut |r| {
            r.requested = Some(day);
        },
    );
    step(
        t!("reg-recommend"),
        open && request.recommended.is_none(),
        &mut |r| {
            r.recommended = Some(day);
        },
    );
    step(
        t!("reg-invite-provisionally"),
        open && request.provisionally_invited.is_none(),
        &mut |r| r.provisionally_invited = Some(day),
    );
    step(t!("reg-approve"), open, &mut |r| {
        r.decision = Some((Decision::Approved, day));
    });
    step(t!("reg-reject"), open, &mut |r| {
        r.decision = Some((Decision::Rejected, day));
    });
    step(t!("reg-reopen"), request.decision.is_some(), &mut |r| {
        r.decision = None;
    });
    next
}

/// What a click on the credentials register does to a delegation's credentials.
enum CredentialsClick {
    Set(Credentials),
    Clear,
}

/// The buttons that record the credentials a State's delegation handed in (one per kind, on `date`)
/// or clear them; returns what a click does.
fn credential_buttons(
    ui: &mut Ui,
    row: &registers::CredentialRow,
    date: Option<Date>,
) -> Option<CredentialsClick> {
    let mut change = None;
    ui.horizontal(|ui| {
        for kind in CredentialKind::ALL {
            if ui
                .add_enabled(
                    date.is_some(),
                    egui::Button::new(words::credential(Some(kind))),
                )
                .on_hover_text(t!(
                    "reg-received-hint",
                    kind = words::credential(Some(kind))
                ))
                .clicked()
            {
                change = Some(CredentialsClick::Set(Credentials {
                    kind,
                    issuer: row.credentials.as_ref().and_then(|c| c.issuer),
                    received: date,
                }));
            }
        }
        // Always there, greyed when there is nothing to clear, so that nothing moves.
        if ui
            .add_enabled(
                row.credentials.is_some(),
                egui::Button::new(t!("reg-clear")),
            )
            .clicked()
        {
            change = Some(CredentialsClick::Clear);
        }
    });
    change
}

/// The credentials register; returns what its buttons ask for (an edit of the invitee, a dialog).
pub fn credentials_ui(ui: &mut Ui, cx: &Cx, state: &mut RegistersState) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(meeting) = cx.meeting else {
        return actions;
    };
    let rows = registers::credentials(cx.workspace, meeting, crate::i18n::language());
    let missing = rows.iter().filter(|r| r.credentials.is_none()).count();
    ui.heading(t!("reg-credentials-title"));
    ui.label(t!(
        "reg-credentials-count",
        registered = rows.len(),
        received = rows.len() - missing,
        missing = missing
    ));
    let date = action_date(ui, &mut state.date, &t!("reg-received-on"), cx.today);
    ui.horizontal(|ui| {
        ui.checkbox(&mut state.missing_only, t!("reg-only-missing"));
        if ui.button(t!("reg-missing-list")).clicked() {
            actions.push(Action::Export(ListKind::Credentials, Format::Pdf));
        }
    });
    ui.separator();
    if rows.is_empty() {
        ui.add_space(20.0);
        ui.label(t!("reg-no-credentials"));
        return actions;
    }
    let mut change: Option<(EntityId, Option<Credentials>)> = None;
    let only_missing = state.missing_only;
    let titles = [
        t!("reg-state"),
        t!("reg-people"),
        t!("reg-record"),
        t!("reg-credentials-title"),
    ];
    register_table(ui, "credentials", &titles, |ui| {
        for row in rows
            .iter()
            .filter(|r| !only_missing || r.credentials.is_none())
        {
            ui.label(&row.name);
            ui.label(row.people.to_string());
            match ui
                .push_id(&row.id, |ui| credential_buttons(ui, row, date))
                .inner
            {
                Some(CredentialsClick::Set(credentials)) => {
                    change = Some((row.id.clone(), Some(credentials)));
                }
                Some(CredentialsClick::Clear) => change = Some((row.id.clone(), None)),
                None => {}
            }
            match &row.credentials {
                Some(c) => {
                    let issuer = c
                        .issuer
                        .map(|i| format!(", {}", words::issuer(Some(i))))
                        .unwrap_or_default();
                    let received = c
                        .received
                        .map(|d| t!("reg-received-suffix", date = d.to_string()))
                        .unwrap_or_default();
                    ui.label(format!(
                        "{}{issuer}{received}",
                        words::credential(Some(c.kind))
                    ));
                }
                None => {
                    ui.colored_label(ui.visuals().warn_fg_color, t!("reg-missing"));
                }
            }
            ui.end_row();
        }
    });
    if let Some((id, credentials)) = change
        && let Some(mut invitee) = meeting.invitees.get(&id).cloned()
    {
        invitee.delegation.credentials = credentials;
        actions.push(put(cx, id, invitee));
    }
    actions
}
