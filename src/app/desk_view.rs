//! The registration desk (issue #29), keyboard first: one search field finds a person by any part of
//! their name in any script (accents and case aside), their delegation or their e-mail address; Enter
//! opens the first found, and a second Enter records them as arrived today, with the time, and puts the
//! keyboard back in the search for the next person. The person's card says their delegation, role and
//! function, whether the credentials are in, and what is missing; from it the desk records the
//! credentials handed over, corrects the name or function, takes an arrival back, or registers someone
//! on the spot into a delegation. Every one of these is an edit (one undo step, merged in a team).

use egui::Ui;

use super::action::Action;
use super::view::Cx;
use crate::edit::Edit;
use crate::model::attendance::{Found, SearchIndex};
use crate::model::words;
use crate::model::{
    CredentialKind, Credentials, Date, EntityId, InvitationStatus, Invitee, Issuer, Meeting,
    Member, Role,
};
use crate::t;
use crate::text::fold;

/// How many people the desk lists under the search.
const SHOWN: usize = 12;

/// The desk's state between frames.
#[derive(Default)]
pub struct DeskState {
    query: String,
    /// The search's index of the meeting shown, and the document's revision it was last checked at.
    index: Option<((u64, crate::i18n::Lang), SearchIndex)>,
    /// The person whose card is open.
    open: Option<Found>,
    /// The search takes the keyboard next frame (the view just shown, an arrival just recorded).
    focus_search: bool,
    /// The credentials the desk records as handed over, starting at those on record for the person whose
    /// card it was set for.
    kind: Option<CredentialKind>,
    issuer: Option<Issuer>,
    credentials_for: Option<Found>,
    /// The card's correction of the name and function, as typed, for the person it was opened for.
    correction: Option<(Found, [String; 3])>,
    walk_in: WalkIn,
}

/// Someone registered on the spot: the delegation (found by name) and the few fields the list needs.
#[derive(Default)]
struct WalkIn {
    delegation: String,
    chosen: Option<EntityId>,
    honorific: String,
    given_name: String,
    family_name: String,
    function: String,
    role: Option<Role>,
}

impl DeskState {
    /// The search takes the keyboard (Ctrl+9 shows the desk).
    pub fn focus_search(&mut self) {
        self.focus_search = true;
    }

    /// The people the query finds, in the meeting's order, at most `limit`, and how many in all.
    fn found(&mut self, cx: &Cx, limit: usize) -> (Vec<Found>, usize) {
        let Some(meeting) = cx.meeting else {
            return (Vec::new(), 0);
        };
        let now = (cx.revision, crate::i18n::language());
        let fresh = match &self.index {
            Some((at, _)) if *at == now => true,
            Some((_, index)) => index.is_for(cx.workspace, meeting),
            None => false,
        };
        if fresh {
            if let Some((at, _)) = &mut self.index {
                *at = now;
            }
        } else {
            self.index = Some((now, SearchIndex::new(cx.workspace, meeting)));
        }
        self.index
            .as_ref()
            .map_or((Vec::new(), 0), |(_, index)| index.find(&self.query, limit))
    }
}

/// The time of an arrival recorded now, to the minute.
fn now() -> chrono::NaiveTime {
    use chrono::Timelike as _;
    let now = chrono::Local::now();
    chrono::NaiveTime::from_hms_opt(now.hour(), now.minute(), 0).unwrap_or_default()
}

/// The edit that records `who` as arrived on `day` (now), or takes it back (`None`).
fn arrival(meeting: &Meeting, who: &Found, day: Date, time: Option<chrono::NaiveTime>) -> Action {
    Action::Edit(Edit::PutArrival {
        meeting: meeting.id.clone(),
        invitee: who.invitee.clone(),
        person: who.person,
        day,
        time,
    })
}

/// The edit that puts `invitee` back in the meeting as `change` leaves it.
fn put_invitee(
    meeting: &Meeting,
    id: &EntityId,
    change: impl FnOnce(&mut Invitee),
) -> Option<Action> {
    let mut invitee = meeting.invitees.get(id)?.clone();
    change(&mut invitee);
    Some(Action::Edit(Edit::PutInvitee {
        meeting: meeting.id.clone(),
        id: id.clone(),
        value: Some(invitee),
    }))
}

/// The desk; returns the edits it makes (an arrival, credentials, a correction, a walk-in).
pub fn ui(ui: &mut Ui, cx: &Cx, desk: &mut DeskState) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(meeting) = cx.meeting else {
        ui.label(t!("dash-no-meeting"));
        return actions;
    };
    let day = cx.today;
    ui.heading(t!(
        "desk-title",
        meeting = meeting.short_name.clone(),
        day = crate::i18n::long_date(day)
    ));
    let today = meeting
        .attendance
        .values()
        .flat_map(|people| people.values())
        .filter(|days| days.contains_key(&day))
        .count();
    ui.label(t!("desk-today-count", count = today));
    // An arrival is recorded on the day the desk takes as today: a day outside the meeting is said, so
    // that a rehearsal the week before, or a computer's wrong date, is seen before anyone checks in.
    if day < meeting.opening || day > meeting.closing {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            t!(
                "desk-not-a-meeting-day",
                dates = crate::exchange::document::date_range_in(
                    crate::i18n::language(),
                    meeting.opening,
                    meeting.closing
                ),
                day = crate::i18n::long_date(day)
            ),
        );
    }
    if meeting
        .invitees
        .values()
        .all(|invitee| invitee.delegation.members.is_empty())
    {
        ui.label(t!("desk-nobody-registered"));
    }
    let (found, count) = desk.found(cx, SHOWN);
    let search = ui
        .horizontal(|ui| {
            let label = ui.label(t!("desk-search"));
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut desk.query)
                        .id_salt("desk_search")
                        .hint_text(t!("desk-search-hint"))
                        .desired_width(560.0),
                )
                .labelled_by(label.id);
            if !desk.query.trim().is_empty() {
                ui.label(t!("desk-found", count = count));
            }
            response
        })
        .inner;
    if std::mem::take(&mut desk.focus_search) {
        search.request_focus();
    }
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    if search.lost_focus() && enter {
        // The first Enter opens the first person found.
        desk.open = found.first().cloned();
    } else if enter
        && !ui.ctx().text_edit_focused()
        && let Some(open) = &desk.open
    {
        // The second, with the card open and the keyboard nowhere else, records the arrival.
        actions.push(arrival(meeting, open, day, Some(now())));
        desk.query.clear();
        desk.focus_search = true;
    }
    results(ui, cx, meeting, desk, &found, day);
    ui.separator();
    if let Some(open) = desk.open.clone() {
        actions.extend(card(ui, cx, meeting, desk, &open, day));
        ui.separator();
    }
    actions.extend(walk_in(ui, cx, meeting, desk));
    actions
}

/// The people found, a line each: a click opens the card.
fn results(
    ui: &mut Ui,
    cx: &Cx,
    meeting: &Meeting,
    desk: &mut DeskState,
    found: &[Found],
    day: Date,
) {
    for who in found {
        let Some(member) = member(meeting, who) else {
            continue;
        };
        let arrived = meeting
            .arrival(&who.invitee, who.person, day)
            .map(|time| t!("desk-arrived-at", time = time.format("%H:%M").to_string()))
            .unwrap_or_default();
        let line = format!(
            "{} · {} · {} {arrived}",
            member.display_name(),
            cx.name_of(&who.invitee),
            words::role(member.role)
        );
        if ui
            .selectable_label(desk.open.as_ref() == Some(who), line.trim_end())
            .clicked()
        {
            desk.open = Some(who.clone());
        }
    }
}

fn member<'a>(meeting: &'a Meeting, who: &Found) -> Option<&'a Member> {
    meeting
        .invitees
        .get(&who.invitee)?
        .delegation
        .members
        .iter()
        .find(|m| m.id == who.person)
}

/// What the desk should know of a person's delegation before letting them in: not invited, an
/// organisation without observer status, credentials not in.
fn missing(cx: &Cx, meeting: &Meeting, id: &EntityId, invitee: &Invitee) -> Vec<String> {
    let mut said = Vec::new();
    if invitee.invitation.status != InvitationStatus::Invited {
        said.push(t!("desk-not-invited"));
    }
    let step = invitee
        .observer_request
        .as_ref()
        .and_then(crate::model::ObserverRequest::step);
    if cx.workspace.needs_observer_request(id)
        && !matches!(
            step,
            Some(
                crate::model::ObserverStep::Approved
                    | crate::model::ObserverStep::ProvisionallyInvited
            )
        )
    {
        said.push(t!("desk-no-observer-status"));
    }
    if matches!(id, EntityId::State(_))
        && cx.workspace.category(meeting, id) == Some(crate::model::Category::StateParty)
        && invitee.delegation.credentials.is_none()
    {
        said.push(t!("desk-no-credentials"));
    }
    said
}

/// The open person's card, with what the desk can do for them.
fn card(
    ui: &mut Ui,
    cx: &Cx,
    meeting: &Meeting,
    desk: &mut DeskState,
    who: &Found,
    day: Date,
) -> Vec<Action> {
    let mut actions = Vec::new();
    let (Some(invitee), Some(member)) = (meeting.invitees.get(&who.invitee), member(meeting, who))
    else {
        desk.open = None;
        return actions;
    };
    ui.heading(member.display_name());
    ui.label(format!(
        "{} · {}{}",
        cx.name_of(&who.invitee),
        words::role(member.role),
        if member.function.is_empty() {
            String::new()
        } else {
            format!(" · {}", member.function)
        }
    ));
    let recorded = invitee.delegation.credentials.as_ref();
    ui.label(match recorded {
        Some(c) => {
            // "Original · Minister for Foreign Affairs · received on 28 November 2013"
            let mut what = vec![words::credential(Some(c.kind))];
            what.extend(c.issuer.map(|i| words::issuer(Some(i))));
            what.extend(
                c.received
                    .map(|day| t!("desk-received-on", day = crate::i18n::long_date(day))),
            );
            t!("desk-credentials-in", kind = what.join(" · "))
        }
        None => t!("desk-credentials-missing"),
    });
    for line in missing(cx, meeting, &who.invitee, invitee) {
        ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {line}"));
    }
    let arrived = meeting.arrival(&who.invitee, who.person, day);
    ui.horizontal(|ui| match arrived {
        Some(time) => {
            ui.strong(t!(
                "desk-arrived-today",
                time = time.format("%H:%M").to_string()
            ));
            if ui.button(t!("desk-undo-arrival")).clicked() {
                actions.push(arrival(meeting, who, day, None));
            }
        }
        None => {
            if ui.button(t!("desk-record-arrival")).clicked() {
                actions.push(arrival(meeting, who, day, Some(now())));
                desk.focus_search = true;
            }
        }
    });
    ui.add_space(6.0);
    actions.extend(credentials_row(ui, meeting, desk, who, recorded, day));
    actions.extend(correction(ui, meeting, desk, who, member));
    actions
}

/// The credentials handed over at the desk (kind, issuer), recorded as received today; the form starts
/// at what is on record, and records only what differs from it.
fn credentials_row(
    ui: &mut Ui,
    meeting: &Meeting,
    desk: &mut DeskState,
    who: &Found,
    recorded: Option<&Credentials>,
    day: Date,
) -> Vec<Action> {
    let mut actions = Vec::new();
    if desk.credentials_for.as_ref() != Some(who) {
        desk.credentials_for = Some(who.clone());
        desk.kind = recorded.map(|c| c.kind);
        desk.issuer = recorded.and_then(|c| c.issuer);
    }
    ui.horizontal(|ui| {
        super::widgets::labelled_choice(
            ui,
            &t!("desk-credentials-kind"),
            &mut desk.kind,
            &super::widgets::with_none(&CredentialKind::ALL),
            words::credential,
        );
        super::widgets::labelled_choice(
            ui,
            &t!("desk-credentials-issuer"),
            &mut desk.issuer,
            &super::widgets::with_none(&Issuer::ALL),
            words::issuer,
        );
        if ui
            .add_enabled(
                // Something handed over that the record does not say yet.
                desk.kind.is_some()
                    && recorded.map(|c| (Some(c.kind), c.issuer)) != Some((desk.kind, desk.issuer)),
                egui::Button::new(t!("desk-credentials-handed")),
            )
            .clicked()
            && let Some(kind) = desk.kind
        {
            let issuer = desk.issuer;
            actions.extend(put_invitee(meeting, &who.invitee, |inv| {
                inv.delegation.credentials = Some(Credentials {
                    kind,
                    issuer,
                    received: Some(day),
                });
            }));
        }
    });
    actions
}

/// The name and function as the desk corrects them.
fn correction(
    ui: &mut Ui,
    meeting: &Meeting,
    desk: &mut DeskState,
    who: &Found,
    member: &Member,
) -> Option<Action> {
    if desk.correction.as_ref().is_none_or(|(f, _)| f != who) {
        desk.correction = Some((
            who.clone(),
            [
                member.given_name.clone(),
                member.family_name.clone(),
                member.function.clone(),
            ],
        ));
    }
    let (_, fields) = desk.correction.as_mut()?;
    let mut save = false;
    egui::CollapsingHeader::new(t!("desk-correct"))
        .id_salt("desk_correct")
        .show(ui, |ui| {
            for (label, value) in [
                t!("desk-given-name"),
                t!("desk-family-name"),
                t!("desk-function"),
            ]
            .iter()
            .zip(fields.iter_mut())
            {
                super::widgets::labelled_text(ui, label, value, 260.0, "");
            }
            save = ui.button(t!("desk-save-correction")).clicked();
        });
    if !save {
        return None;
    }
    let [given, family, function] = fields.clone().map(|v| crate::model::limits::clean_line(&v));
    let person = who.person;
    put_invitee(meeting, &who.invitee, |inv| {
        if let Some(m) = inv.delegation.members.iter_mut().find(|m| m.id == person) {
            m.given_name = given;
            m.family_name = family;
            m.function = function;
        }
    })
}

/// Someone who never registered, registered on the spot into a delegation.
fn walk_in(ui: &mut Ui, cx: &Cx, meeting: &Meeting, desk: &mut DeskState) -> Option<Action> {
    let mut registered = None;
    egui::CollapsingHeader::new(t!("desk-walk-in"))
        .id_salt("desk_walk_in")
        .show(ui, |ui| {
            let form = &mut desk.walk_in;
            super::widgets::labelled_text(
                ui,
                &t!("desk-delegation"),
                &mut form.delegation,
                260.0,
                "",
            );
            let terms: Vec<String> = fold(&form.delegation)
                .split_whitespace()
                .map(str::to_owned)
                .collect();
            if !terms.is_empty() {
                let lang = crate::i18n::language();
                for id in meeting
                    .invitees
                    .keys()
                    .filter(|id| {
                        let name = fold(cx.workspace.name_at(meeting, id, lang));
                        terms.iter().all(|t| name.contains(t.as_str()))
                    })
                    .take(6)
                {
                    if ui
                        .selectable_label(form.chosen.as_ref() == Some(id), cx.name_of(id))
                        .clicked()
                    {
                        form.chosen = Some(id.clone());
                    }
                }
            }
            super::widgets::labelled_text(
                ui,
                &t!("desk-honorific"),
                &mut form.honorific,
                120.0,
                "",
            );
            super::widgets::labelled_text(
                ui,
                &t!("desk-given-name"),
                &mut form.given_name,
                260.0,
                "",
            );
            super::widgets::labelled_text(
                ui,
                &t!("desk-family-name"),
                &mut form.family_name,
                260.0,
                "",
            );
            super::widgets::labelled_text(ui, &t!("desk-function"), &mut form.function, 260.0, "");
            super::widgets::labelled_choice(
                ui,
                &t!("desk-role"),
                &mut form.role,
                &super::widgets::with_none(&Role::ALL),
                |r| r.map_or_else(|| "—".to_owned(), words::role),
            );
            let ready = form.chosen.is_some() && !form.family_name.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(t!("desk-register")))
                .clicked()
                && let Some(id) = form.chosen.clone()
            {
                let person = cx.workspace.next_person_id();
                let member = Member {
                    honorific: crate::model::limits::clean_line(&form.honorific),
                    given_name: crate::model::limits::clean_line(&form.given_name),
                    family_name: crate::model::limits::clean_line(&form.family_name),
                    function: crate::model::limits::clean_line(&form.function),
                    ..Member::new(person, form.role.unwrap_or(Role::Representative))
                };
                registered = put_invitee(meeting, &id, |inv| inv.delegation.members.push(member));
                *form = WalkIn::default();
                desk.open = Some(Found {
                    invitee: id,
                    person,
                });
            }
        });
    registered
}
