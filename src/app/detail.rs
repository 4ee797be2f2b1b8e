//! The detail panel for the selected invitee: invitation, delegation, credentials, Rule 1.4 observer
//! status, and, for the user's own organisations, the organisation itself.
//!
//! The panel edits a copy of the invitee's record; when anything differs at the end of the frame, the new
//! record goes to the document as one [`Edit::PutInvitee`]. Typing in one field is one undo step.

use egui::{RichText, Ui};

use super::widgets::{any_text, choice_row, date_row, form_grid, section, text_row};
use super::{App, FocusTarget};
use crate::edit::Edit;
use crate::model::words;
use crate::model::{
    Channel, CredentialKind, Credentials, Date, Decision, EntityId, Field, Gender,
    InvitationStatus, Invitee, Issuer, Member, OrgKind, Organisation, PersonId, Reply, Role,
    reference,
};

/// How an edit of this frame should enter the history.
enum Change {
    /// Typing: merges with the previous keystrokes in the same field.
    Typed(String),
    /// A choice, a date, a button: a step of its own.
    Discrete,
}

/// Collects the change the form made this frame.
struct Form<'a> {
    invitee: Invitee,
    change: Option<Change>,
    focus: Option<&'a FocusTarget>,
    /// The member whose form is open; the others show as one line each.
    open_member: Option<PersonId>,
}

impl Form<'_> {
    fn typed(&mut self, key: String) {
        self.change = Some(Change::Typed(key));
    }

    fn discrete(&mut self) {
        self.change = Some(Change::Discrete);
    }

    fn wants(&self, field: Field, person: Option<PersonId>) -> bool {
        self.focus
            .is_some_and(|f| f.field == field && (person.is_none() || f.person == person))
    }
}

pub fn ui(app: &mut App, ui: &mut Ui) {
    let Some(id) = app.table.selected_one().cloned() else {
        ui.add_space(24.0);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(crate::t!("detail-none-title")).heading());
            ui.add_space(8.0);
            ui.label(crate::t!("detail-none-1"));
            ui.label(crate::t!("detail-none-2"));
        });
        return;
    };
    let meeting_index = app.meeting_index();
    let Some(meeting) = app.meeting() else {
        return;
    };
    let Some(invitee) = meeting.invitees.get(&id).cloned() else {
        ui.label(crate::t!("detail-gone"));
        return;
    };
    let opening = meeting.opening;
    let category = app.workspace().category(meeting, &id);
    let name = app
        .workspace()
        .name_in(&id, crate::i18n::language())
        .to_owned();
    let needs_request = app.workspace().needs_observer_request(&id);
    let user_org = match &id {
        EntityId::Org(org) => app.workspace().organisations.get(org).cloned(),
        EntityId::State(_) => None,
    };
    let focus = app.focus.take();

    let mut form = Form {
        invitee: invitee.clone(),
        change: None,
        focus: focus.as_ref(),
        open_member: app.open_member,
    };
    let mut org_edit: Option<(Organisation, bool)> = None;
    let mut remove_org = false;

    egui::ScrollArea::vertical()
        .id_salt(("detail", &id))
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.push_id(&id, |ui| {
                ui.heading(&name);
                ui.label(category.map_or_else(|| crate::t!("table-unknown"), words::category));
                if let EntityId::State(iso3) = &id
                    && let Some(state) = reference::state(iso3)
                {
                    ui.label(
                        RichText::new(crate::t!(
                            "treaty-on",
                            code = iso3.clone(),
                            status = words::treaty_status(state.status_on(opening)),
                            date = crate::i18n::long_date(opening)
                        ))
                        .weak(),
                    );
                }
                invitation_section(ui, &mut form, &id);
                delegation_section(ui, &mut form, || app.workspace().next_person_id());
                if matches!(id, EntityId::State(_)) {
                    credentials_section(ui, &mut form);
                }
                if needs_request {
                    observer_section(ui, &mut form, opening);
                }
                if let Some(org) = &user_org {
                    let (edited, remove) = organisation_section(ui, org);
                    org_edit = edited;
                    remove_org = remove;
                }
            });
        });

    app.open_member = form.open_member;
    if let Some(change) = form.change
        && form.invitee != invitee
    {
        let edit = Edit::PutInvitee {
            meeting: meeting_index,
            id: id.clone(),
            value: Some(form.invitee),
        };
        match change {
            Change::Typed(key) => app.edit_coalesced(edit, &format!("{meeting_index}/{id}/{key}")),
            Change::Discrete => app.edit(edit),
        };
    }
    if let Some((org, typed)) = org_edit {
        let edit = Edit::PutOrganisation {
            id: org.id.clone(),
            value: Some(org),
        };
        if typed {
            app.edit_coalesced(edit, &format!("org/{id}"));
        } else {
            app.edit(edit);
        }
    }
    if remove_org {
        remove_organisation(app, &id);
    }
}

/// Removes one of the user's organisations and its records in every meeting, as one undo step.
fn remove_organisation(app: &mut App, id: &EntityId) {
    let EntityId::Org(org) = id else {
        return;
    };
    let mut edits: Vec<Edit> = app
        .workspace()
        .meetings
        .iter()
        .enumerate()
        .filter(|(_, m)| m.invitees.contains_key(id))
        .map(|(meeting, _)| Edit::PutInvitee {
            meeting,
            id: id.clone(),
            value: None,
        })
        .collect();
    edits.push(Edit::PutOrganisation {
        id: org.clone(),
        value: None,
    });
    let name = app.workspace().name(id).to_owned();
    if app.edit(Edit::Batch(edits)) {
        app.table.clear_selection();
        app.notice = Some(crate::t!("detail-removed-org", id = name));
    }
}

fn invitation_section(ui: &mut Ui, form: &mut Form<'_>, id: &EntityId) {
    section(ui, &crate::t!("detail-invitation"));
    let invitation = form.invitee.invitation.clone();
    let mut new = invitation.clone();
    let mut typed = None;
    form_grid(ui, ("invitation", id), |ui| {
        let focus = form.wants(Field::InvitationStatus, None);
        if let Some(status) = choice_row(
            ui,
            &crate::t!("detail-status"),
            invitation.status,
            &InvitationStatus::ALL,
            words::invitation_status,
            focus,
        ) {
            new.status = status;
        }
        let focus = form.wants(Field::InvitationSent, None);
        let status = invitation.status;
        if let Some(date) = date_row(
            ui,
            &crate::t!("detail-sent-on"),
            invitation.sent,
            focus,
            |d| {
                (status == InvitationStatus::Invited && d.is_none())
                    .then(|| crate::t!("detail-sent-required"))
            },
        ) {
            new.sent = date;
        }
        let channels: Vec<Option<Channel>> = std::iter::once(None)
            .chain(Channel::ALL.into_iter().map(Some))
            .collect();
        if let Some(channel) = choice_row(
            ui,
            &crate::t!("detail-channel"),
            invitation.channel,
            &channels,
            words::channel,
            false,
        ) {
            new.channel = channel;
        }
        if let Some(text) = text_row(
            ui,
            &crate::t!("detail-reference"),
            &invitation.reference,
            false,
            false,
            any_text,
        ) {
            new.reference = text;
            typed = Some("reference");
        }
        ui.label(crate::t!("detail-reminders"));
        ui.horizontal_wrapped(|ui| {
            if invitation.reminders.is_empty() {
                ui.label(RichText::new(crate::t!("detail-none")).weak());
            }
            for (i, reminder) in invitation.reminders.iter().enumerate() {
                if ui
                    .button(format!("{reminder} ×"))
                    .on_hover_text(crate::t!("detail-remove-reminder"))
                    .clicked()
                {
                    new.reminders.remove(i);
                }
            }
        });
        ui.end_row();
        let sent = invitation.sent;
        let focus = form.wants(Field::Reminders, None);
        if let Some(Some(date)) = date_row(
            ui,
            &crate::t!("detail-add-reminder"),
            None,
            focus,
            |d| match (d, sent) {
                (Some(d), Some(sent)) if d < sent => Some(crate::t!("detail-before-sent")),
                _ => None,
            },
        ) {
            new.reminders.push(date);
        }
        let focus = form.wants(Field::Reply, None);
        if let Some(reply) = choice_row(
            ui,
            &crate::t!("detail-reply"),
            invitation.reply,
            &Reply::ALL,
            words::reply,
            focus,
        ) {
            new.reply = reply;
        }
        if let Some(date) = date_row(
            ui,
            &crate::t!("detail-reply-on"),
            invitation.reply_date,
            false,
            |d| match (d, sent) {
                (Some(d), Some(sent)) if d < sent => Some(crate::t!("detail-before-sent")),
                _ => None,
            },
        ) {
            new.reply_date = date;
        }
        if let Some(text) = text_row(
            ui,
            &crate::t!("detail-notes"),
            &invitation.notes,
            true,
            false,
            any_text,
        ) {
            new.notes = text;
            typed = Some("notes");
        }
    });
    if new != invitation {
        form.invitee.invitation = new;
        match typed {
            Some(key) => form.typed(key.to_owned()),
            None => form.discrete(),
        }
    }
}

/// The reason validation gives for an e-mail address, as the field is typed.
fn email_check(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty() && !crate::model::looks_like_email(text))
        .then(|| crate::t!("reason-bad-email"))
}

/// A member's one-line summary in the delegation list.
fn member_title(index: usize, member: &Member) -> String {
    let name = member.display_name();
    format!(
        "{}. {} — {}",
        index + 1,
        if name.is_empty() {
            crate::t!("detail-no-name")
        } else {
            name
        },
        words::role(member.role)
    )
}

/// The delegation: a list of its members (only the visible lines are laid out, so a delegation of
/// hundreds stays fast), and the form of the member picked in it.
fn delegation_section(ui: &mut Ui, form: &mut Form<'_>, next_person: impl FnOnce() -> PersonId) {
    let count = form.invitee.delegation.members.len();
    section(ui, &crate::t!("detail-delegation", count = count));
    let heads = form
        .invitee
        .delegation
        .members
        .iter()
        .filter(|m| m.role == Role::HeadOfDelegation)
        .count();
    if count > 0 && heads == 0 {
        ui.colored_label(ui.visuals().error_fg_color, crate::t!("detail-no-head"));
    } else if heads > 1 {
        ui.colored_label(
            ui.visuals().error_fg_color,
            crate::t!("detail-heads", count = heads),
        );
    }
    if count == 0 {
        ui.label(RichText::new(crate::t!("detail-nobody")).weak());
    }
    if let Some(person) = form.focus.and_then(|f| f.person) {
        form.open_member = Some(person);
    }

    // The list: one line per member; a click opens that member's form below.
    let row_height = ui.spacing().interact_size.y;
    let mut clicked = None;
    {
        let members = &form.invitee.delegation.members;
        let open = form.open_member;
        let mut line = |ui: &mut Ui, index: usize| {
            if let Some(member) = members.get(index) {
                let selected = open == Some(member.id);
                if ui
                    .add(egui::Button::selectable(
                        selected,
                        member_title(index, member),
                    ))
                    .clicked()
                {
                    clicked = Some(if selected { None } else { Some(member.id) });
                }
            }
        };
        if count > 12 {
            egui::ScrollArea::vertical()
                .id_salt("members")
                .max_height(row_height * 12.0)
                .auto_shrink([false, true])
                .show_rows(ui, row_height, count, |ui, range| {
                    for index in range {
                        line(ui, index);
                    }
                });
        } else {
            for index in 0..count {
                line(ui, index);
            }
        }
    }
    if let Some(open) = clicked {
        form.open_member = open;
    }

    // The open member's form.
    let members = form.invitee.delegation.members.clone();
    let mut moved: Option<(usize, usize)> = None;
    let mut removed: Option<usize> = None;
    let mut changed: Option<(usize, Member, Option<&'static str>)> = None;
    if let Some((index, member)) = members
        .iter()
        .enumerate()
        .find(|(_, m)| Some(m.id) == form.open_member)
    {
        ui.push_id(member.id, |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.strong(member_title(index, member));
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(index > 0, egui::Button::new(crate::t!("detail-move-up")))
                        .clicked()
                    {
                        moved = Some((index, index - 1));
                    }
                    if ui
                        .add_enabled(
                            index + 1 < count,
                            egui::Button::new(crate::t!("detail-move-down")),
                        )
                        .clicked()
                    {
                        moved = Some((index, index + 1));
                    }
                    if ui
                        .button(crate::t!("detail-remove"))
                        .on_hover_text(crate::t!("detail-remove-hint"))
                        .clicked()
                    {
                        removed = Some(index);
                    }
                });
                let mut new = member.clone();
                let mut typed = None;
                form_grid(ui, ("member", member.id), |ui| {
                    if let Some(role) = choice_row(
                        ui,
                        &crate::t!("detail-role"),
                        member.role,
                        &Role::ALL,
                        words::role,
                        false,
                    ) {
                        new.role = role;
                    }
                    let fields: [(String, &String, &'static str); 4] = [
                        (
                            crate::t!("detail-honorific"),
                            &member.honorific,
                            "honorific",
                        ),
                        (crate::t!("detail-given-name"), &member.given_name, "given"),
                        (
                            crate::t!("detail-family-name"),
                            &member.family_name,
                            "family",
                        ),
                        (crate::t!("detail-function"), &member.function, "function"),
                    ];
                    for (label, value, key) in fields {
                        let focus =
                            key == "family" && form.wants(Field::MemberFamilyName, Some(member.id));
                        let check = |text: &str| {
                            (key == "family" && text.trim().is_empty())
                                .then(|| crate::t!("detail-required"))
                        };
                        if let Some(text) = text_row(ui, &label, value, false, focus, check) {
                            match key {
                                "honorific" => new.honorific = text,
                                "given" => new.given_name = text,
                                "family" => new.family_name = text,
                                _ => new.function = text,
                            }
                            typed = Some(key);
                        }
                    }
                    if let Some(gender) = choice_row(
                        ui,
                        &crate::t!("detail-gender"),
                        member.gender,
                        &Gender::ALL,
                        words::gender,
                        false,
                    ) {
                        new.gender = gender;
                    }
                    let focus = form.wants(Field::MemberEmail, Some(member.id));
                    if let Some(text) = text_row(
                        ui,
                        &crate::t!("detail-email"),
                        &member.email,
                        false,
                        focus,
                        email_check,
                    ) {
                        new.email = text;
                        typed = Some("email");
                    }
                    if let Some(text) = text_row(
                        ui,
                        &crate::t!("detail-phone"),
                        &member.phone,
                        false,
                        false,
                        any_text,
                    ) {
                        new.phone = text;
                        typed = Some("phone");
                    }
                });
                if new != *member {
                    changed = Some((index, new, typed));
                }
            });
        });
    }
    ui.add_space(4.0);
    let mut accessible = form.invitee.delegation.accessible_seat;
    if ui
        .checkbox(&mut accessible, crate::t!("detail-accessible"))
        .on_hover_text(crate::t!("detail-accessible-hint"))
        .changed()
    {
        form.invitee.delegation.accessible_seat = accessible;
        form.discrete();
    }
    let focus_add = form.wants(Field::Delegation, None);
    let add = ui
        .button(crate::t!("detail-add-member"))
        .on_hover_text(crate::t!("detail-add-member-hint"));
    if focus_add {
        add.request_focus();
        add.scroll_to_me(Some(egui::Align::Center));
    }
    let delegation = &mut form.invitee.delegation;
    if let Some((index, member, typed)) = changed {
        let person = member.id.0;
        if let Some(slot) = delegation.members.get_mut(index) {
            *slot = member;
        }
        match typed {
            Some(key) => form.typed(format!("member/{person}/{key}")),
            None => form.discrete(),
        }
    } else if let Some((from, to)) = moved {
        delegation.members.swap(from, to);
        form.discrete();
    } else if let Some(index) = removed {
        delegation.members.remove(index);
        form.discrete();
    } else if add.clicked() {
        let role = if heads == 0 {
            Role::HeadOfDelegation
        } else {
            Role::Representative
        };
        // Only now: finding a free id walks every person of the workspace.
        let id = next_person();
        delegation.members.push(Member::new(id, role));
        form.open_member = Some(id);
        form.discrete();
    }
}

fn credentials_section(ui: &mut Ui, form: &mut Form<'_>) {
    section(ui, &crate::t!("detail-credentials"));
    let credentials = form.invitee.delegation.credentials.clone();
    let mut new = credentials.clone();
    let focus = form.wants(Field::Credentials, None);
    form_grid(ui, "credentials", |ui| {
        let kinds: Vec<Option<CredentialKind>> = std::iter::once(None)
            .chain(CredentialKind::ALL.into_iter().map(Some))
            .collect();
        let current = credentials.as_ref().map(|c| c.kind);
        if let Some(kind) = choice_row(
            ui,
            &crate::t!("detail-received"),
            current,
            &kinds,
            words::credential,
            focus,
        ) {
            new = kind.map(|kind| Credentials {
                kind,
                issuer: credentials.as_ref().and_then(|c| c.issuer),
                received: credentials.as_ref().and_then(|c| c.received),
            });
        }
        if let Some(current) = &credentials {
            let issuers: Vec<Option<Issuer>> = std::iter::once(None)
                .chain(Issuer::ALL.into_iter().map(Some))
                .collect();
            if let Some(issuer) = choice_row(
                ui,
                &crate::t!("detail-issued-by"),
                current.issuer,
                &issuers,
                words::issuer,
                false,
            ) && let Some(new) = &mut new
            {
                new.issuer = issuer;
            }
            if let Some(date) = date_row(
                ui,
                &crate::t!("detail-received-on"),
                current.received,
                false,
                |_| None,
            ) && let Some(new) = &mut new
            {
                new.received = date;
            }
        }
    });
    if new != credentials {
        form.invitee.delegation.credentials = new;
        form.discrete();
    }
}

fn observer_section(ui: &mut Ui, form: &mut Form<'_>, opening: Date) {
    section(ui, &crate::t!("detail-observer"));
    let request = form.invitee.observer_request.clone().unwrap_or_default();
    let mut new = request.clone();
    ui.label(
        crate::t!(
            "detail-step",
            step = request
                .step()
                .map_or_else(|| crate::t!("table-not-requested"), words::step)
        )
        .to_string(),
    );
    let focus = form.wants(Field::ObserverRequest, None);
    form_grid(ui, "observer", |ui| {
        if let Some(date) = date_row(
            ui,
            &crate::t!("detail-requested-on"),
            request.requested,
            focus,
            |_| None,
        ) {
            new.requested = date;
        }
        if let Some(date) = date_row(
            ui,
            &crate::t!("detail-recommended-on"),
            request.recommended,
            false,
            |_| None,
        ) {
            new.recommended = date;
        }
        if let Some(date) = date_row(
            ui,
            &crate::t!("detail-provisionally-on"),
            request.provisionally_invited,
            false,
            |_| None,
        ) {
            new.provisionally_invited = date;
        }
        let decisions = [None, Some(Decision::Approved), Some(Decision::Rejected)];
        let current = request.decision.map(|(d, _)| d);
        if let Some(decision) = choice_row(
            ui,
            &crate::t!("detail-decision"),
            current,
            &decisions,
            words::decision,
            false,
        ) {
            // The meeting decides while it sits: its opening day until the user records the real day.
            let day = request.decision.map_or(opening, |(_, day)| day);
            new.decision = decision.map(|d| (d, day));
        }
        if let Some((decision, day)) = request.decision
            && let Some(Some(date)) =
                date_row(ui, &crate::t!("detail-decided-on"), Some(day), false, |d| {
                    d.is_none().then(|| crate::t!("detail-decision-day"))
                })
        {
            new.decision = Some((decision, date));
        }
    });
    if new != request {
        form.invitee.observer_request = Some(new);
        form.discrete();
    }
}

/// The user's organisation itself. Returns the changed organisation (and whether by typing) and whether
/// the user asked to remove it.
fn organisation_section(ui: &mut Ui, org: &Organisation) -> (Option<(Organisation, bool)>, bool) {
    section(ui, &crate::t!("detail-organisation"));
    let mut new = org.clone();
    let mut typed = false;
    form_grid(ui, "organisation", |ui| {
        if let Some(text) = text_row(
            ui,
            &crate::t!("detail-org-name"),
            &org.name,
            false,
            false,
            |t| t.trim().is_empty().then(|| crate::t!("detail-required")),
        ) {
            new.name = text;
            typed = true;
        }
        if let Some(text) = text_row(
            ui,
            &crate::t!("detail-acronym"),
            &org.acronym,
            false,
            false,
            any_text,
        ) {
            new.acronym = text;
            typed = true;
        }
        if let Some(kind) = choice_row(
            ui,
            &crate::t!("detail-kind"),
            org.kind,
            &OrgKind::ALL,
            words::org_kind,
            false,
        ) {
            new.kind = kind;
        }
    });
    let remove = ui
        .button(crate::t!("detail-remove-org"))
        .on_hover_text(crate::t!("detail-remove-org-hint"))
        .clicked();
    let changed = (new != *org).then_some((new, typed));
    (changed, remove)
}

#[cfg(test)]
mod tests {
    use super::email_check;

    #[test]
    fn email_reasons() {
        assert_eq!(email_check(""), None);
        assert_eq!(email_check("a@b.org"), None);
        assert!(email_check("a.b.org").is_some());
        assert!(email_check("a@b").is_some());
    }
}
