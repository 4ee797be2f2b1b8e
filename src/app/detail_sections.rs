//! The sections of the detail panel (`detail.rs`), each over the copy of the invitee's record the panel
//! edits: the invitation, the delegation and its members, the credentials, the Rule 1.4 request, and the
//! user's own organisation.

use egui::{RichText, Ui};

use super::widgets::{Change, Form, any_text, form_grid, required, section, with_none};
use crate::model::words;
use crate::model::{
    Channel, CredentialKind, Credentials, Date, Decision, EntityId, Field, Gender,
    InvitationStatus, Invitee, Issuer, Member, OrgKind, Organisation, PersonId, Reply, Role,
};

pub(super) fn invitation_section(
    ui: &mut Ui,
    form: &mut Form<'_>,
    record: &mut Invitee,
    id: &EntityId,
) {
    section(ui, &crate::t!("detail-invitation"));
    let invitation = &mut record.invitation;
    form_grid(ui, ("invitation", id), |ui| {
        form.choice(
            ui,
            &crate::t!("detail-status"),
            Field::InvitationStatus,
            &mut invitation.status,
            &InvitationStatus::ALL,
            words::invitation_status,
        );
        let status = invitation.status;
        form.date(
            ui,
            &crate::t!("detail-sent-on"),
            Field::InvitationSent,
            &mut invitation.sent,
            |d| {
                (status == InvitationStatus::Invited && d.is_none())
                    .then(|| crate::t!("detail-sent-required"))
            },
        );
        let channels = with_none(&Channel::ALL);
        form.choice(
            ui,
            &crate::t!("detail-channel"),
            Field::InvitationChannel,
            &mut invitation.channel,
            &channels,
            words::channel,
        );
        form.text(
            ui,
            &crate::t!("detail-reference"),
            Field::InvitationReference,
            &mut invitation.reference,
            any_text,
        );
        reminder_rows(ui, form, invitation);
        let sent = invitation.sent;
        let before_sent = |d: Option<Date>| match (d, sent) {
            (Some(d), Some(sent)) if d < sent => Some(crate::t!("detail-before-sent")),
            _ => None,
        };
        form.choice(
            ui,
            &crate::t!("detail-reply"),
            Field::Reply,
            &mut invitation.reply,
            &Reply::ALL,
            words::reply,
        );
        form.date(
            ui,
            &crate::t!("detail-reply-on"),
            Field::ReplyDate,
            &mut invitation.reply_date,
            before_sent,
        );
        form.notes(
            ui,
            &crate::t!("detail-notes"),
            Field::InvitationNotes,
            &mut invitation.notes,
        );
    });
}

/// The reminders sent, each a button that takes it away, and a day to add one (not before the
/// invitation went).
fn reminder_rows(ui: &mut Ui, form: &mut Form<'_>, invitation: &mut crate::model::Invitation) {
    ui.label(crate::t!("detail-reminders"));
    ui.horizontal_wrapped(|ui| {
        if invitation.reminders.is_empty() {
            ui.label(RichText::new(crate::t!("detail-none")).weak());
        }
        let mut removed = None;
        for (i, reminder) in invitation.reminders.iter().enumerate() {
            if ui
                .button(format!("{reminder} ×"))
                .on_hover_text(crate::t!("detail-remove-reminder"))
                .clicked()
            {
                removed = Some(i);
            }
        }
        if let Some(i) = removed {
            invitation.reminders.remove(i);
            form.touched();
        }
    });
    ui.end_row();
    let sent = invitation.sent;
    let before_sent = |d: Option<Date>| match (d, sent) {
        (Some(d), Some(sent)) if d < sent => Some(crate::t!("detail-before-sent")),
        _ => None,
    };
    let mut reminder = None;
    form.date(
        ui,
        &crate::t!("detail-add-reminder"),
        Field::Reminders,
        &mut reminder,
        before_sent,
    );
    if let Some(date) = reminder {
        invitation.reminders.push(date);
    }
}

/// The reason a spelling for lists is not one: it must be in Latin script.
fn latin_check(text: &str) -> Option<String> {
    (!crate::text::is_latin_script(text)).then(|| crate::t!("detail-not-latin"))
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

/// The note verbale or letter that designated the delegation: its date and reference. Only designated
/// delegations go into a List of Participants limited to them.
fn designation_rows(ui: &mut Ui, form: &mut Form<'_>, record: &mut Invitee) {
    let mut date = record.designation.as_ref().map(|d| d.date);
    let mut reference = record
        .designation
        .as_ref()
        .map(|d| d.reference.clone())
        .unwrap_or_default();
    form_grid(ui, "designation", |ui| {
        form.date(
            ui,
            &crate::t!("detail-designated-on"),
            Field::Designation,
            &mut date,
            |_| None,
        );
        if date.is_some() {
            form.text(
                ui,
                &crate::t!("detail-designation-reference"),
                Field::DesignationReference,
                &mut reference,
                any_text,
            );
        }
    });
    record.designation = date.map(|date| crate::model::Designation { date, reference });
}

/// The delegation: a list of its members (only the visible lines are laid out, so a delegation of
/// hundreds stays fast), and the form of the member picked in it.
pub(super) fn delegation_section(
    ui: &mut Ui,
    form: &mut Form<'_>,
    record: &mut Invitee,
    (open_member, found): (&mut Option<PersonId>, &[(PersonId, String)]),
    next_person: impl FnOnce() -> PersonId,
) -> Option<PersonId> {
    let delegation = &mut record.delegation;
    let count = delegation.members.len();
    section(ui, &crate::t!("detail-delegation", count = count));
    let heads = heads_said(ui, &delegation.members);
    designation_rows(ui, form, record);
    let delegation = &mut record.delegation;
    // A problem about a person opens that person's form.
    if let Some(person) = form.focus_person() {
        *open_member = Some(person);
    }
    if !found.is_empty() {
        let names: Vec<&str> = found.iter().map(|(_, name)| name.as_str()).collect();
        ui.label(
            RichText::new(crate::t!("detail-found", names = names.join(", ")))
                .italics()
                .color(ui.visuals().hyperlink_color),
        );
    }
    let found: Vec<PersonId> = found.iter().map(|(id, _)| *id).collect();
    member_list(ui, &delegation.members, open_member, &found);

    // The open member's form.
    let mut moved: Option<(usize, usize)> = None;
    let mut removed: Option<usize> = None;
    if let Some((index, member)) = delegation
        .members
        .iter_mut()
        .enumerate()
        .find(|(_, m)| Some(m.id) == *open_member)
    {
        ui.push_id(member.id, |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.strong(member_title(index, member));
                match member_buttons(ui, index, count) {
                    Some(MemberMove::To(to)) => moved = Some((index, to)),
                    Some(MemberMove::Out) => removed = Some(index),
                    None => {}
                }
                form.person = Some(member.id);
                member_form(ui, form, member);
                form.person = None;
            });
        });
    }
    ui.add_space(4.0);
    if ui
        .checkbox(
            &mut delegation.accessible_seat,
            crate::t!("detail-accessible"),
        )
        .on_hover_text(crate::t!("detail-accessible-hint"))
        .changed()
    {
        form.touched();
    }
    let add = ui
        .button(crate::t!("detail-add-member"))
        .on_hover_text(crate::t!("detail-add-member-hint"));
    if form.wants(Field::Delegation) {
        add.request_focus();
        add.scroll_to_me(Some(egui::Align::Center));
    }
    if let Some((from, to)) = moved {
        delegation.members.swap(from, to);
        form.touched();
    } else if let Some(index) = removed {
        delegation.members.remove(index);
        form.touched();
    } else if add.clicked() {
        let role = if heads == 0 {
            Role::HeadOfDelegation
        } else {
            Role::Representative
        };
        // Only now: finding a free id walks every person of the workspace.
        let id = next_person();
        delegation.members.push(Member::new(id, role));
        *open_member = Some(id);
        form.touched();
        return Some(id);
    }
    None
}

/// Says what is wrong with the delegation's heads (none, or several), or that nobody is registered;
/// returns how many heads it has.
fn heads_said(ui: &mut Ui, members: &[Member]) -> usize {
    let count = members.len();
    let heads = members
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
    heads
}

/// What the open member's buttons do: move them up or down the list, or take them out of it.
enum MemberMove {
    To(usize),
    Out,
}

/// The open member's buttons: up, down (greyed at the ends, so that none moves), remove.
fn member_buttons(ui: &mut Ui, index: usize, count: usize) -> Option<MemberMove> {
    let mut asked = None;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new(crate::t!("detail-move-up")))
            .clicked()
        {
            asked = Some(MemberMove::To(index - 1));
        }
        if ui
            .add_enabled(
                index + 1 < count,
                egui::Button::new(crate::t!("detail-move-down")),
            )
            .clicked()
        {
            asked = Some(MemberMove::To(index + 1));
        }
        if ui
            .button(crate::t!("detail-remove"))
            .on_hover_text(crate::t!("detail-remove-hint"))
            .clicked()
        {
            asked = Some(MemberMove::Out);
        }
    });
    asked
}

/// One line per member, those the search found in bold; a click opens that member's form (or closes it).
fn member_list(
    ui: &mut Ui,
    members: &[Member],
    open_member: &mut Option<PersonId>,
    found: &[PersonId],
) {
    let count = members.len();
    let row_height = ui.spacing().interact_size.y;
    let mut clicked = None;
    let mut line = |ui: &mut Ui, index: usize| {
        if let Some(member) = members.get(index) {
            let selected = *open_member == Some(member.id);
            if ui
                .add(egui::Button::selectable(selected, {
                    let title = RichText::new(member_title(index, member));
                    if found.contains(&member.id) {
                        title.strong()
                    } else {
                        title
                    }
                }))
                .clicked()
            {
                clicked = Some((!selected).then_some(member.id));
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
    if let Some(open) = clicked {
        *open_member = open;
    }
}

/// A member's fields.
fn member_form(ui: &mut Ui, form: &mut Form<'_>, member: &mut Member) {
    form_grid(ui, ("member", member.id), |ui| {
        form.choice(
            ui,
            &crate::t!("detail-role"),
            Field::MemberRole,
            &mut member.role,
            &Role::ALL,
            words::role,
        );
        form.text(
            ui,
            &crate::t!("detail-honorific"),
            Field::MemberHonorific,
            &mut member.honorific,
            any_text,
        );
        form.text(
            ui,
            &crate::t!("detail-given-name"),
            Field::MemberGivenName,
            &mut member.given_name,
            any_text,
        );
        form.text(
            ui,
            &crate::t!("detail-family-name"),
            Field::MemberFamilyName,
            &mut member.family_name,
            required,
        );
        // A name in another script than Latin: the spelling the lists in English, French and Spanish
        // print, beside the name as written.
        let latin_written = crate::text::is_latin_script(&member.given_name)
            && crate::text::is_latin_script(&member.family_name);
        if !latin_written
            || !member.latin_given_name.is_empty()
            || !member.latin_family_name.is_empty()
        {
            if member.needs_latin_spelling() {
                ui.label("");
                ui.colored_label(ui.visuals().warn_fg_color, crate::t!("detail-latin-needed"));
                ui.end_row();
            }
            form.text(
                ui,
                &crate::t!("detail-latin-given-name"),
                Field::MemberLatinGivenName,
                &mut member.latin_given_name,
                latin_check,
            );
            form.text(
                ui,
                &crate::t!("detail-latin-family-name"),
                Field::MemberLatinFamilyName,
                &mut member.latin_family_name,
                latin_check,
            );
        }
        form.text(
            ui,
            &crate::t!("detail-function"),
            Field::MemberFunction,
            &mut member.function,
            any_text,
        );
        form.choice(
            ui,
            &crate::t!("detail-gender"),
            Field::MemberGender,
            &mut member.gender,
            &Gender::ALL,
            words::gender,
        );
        form.text(
            ui,
            &crate::t!("detail-email"),
            Field::MemberEmail,
            &mut member.email,
            email_check,
        );
        form.text(
            ui,
            &crate::t!("detail-phone"),
            Field::MemberPhone,
            &mut member.phone,
            any_text,
        );
    });
}

pub(super) fn credentials_section(ui: &mut Ui, form: &mut Form<'_>, record: &mut Invitee) {
    section(ui, &crate::t!("detail-credentials"));
    let credentials = &mut record.delegation.credentials;
    form_grid(ui, "credentials", |ui| {
        let kinds = with_none(&CredentialKind::ALL);
        let mut kind = credentials.as_ref().map(|c| c.kind);
        form.choice(
            ui,
            &crate::t!("detail-received"),
            Field::Credentials,
            &mut kind,
            &kinds,
            words::credential,
        );
        // A new kind keeps the issuer and date already recorded; none removes the credentials.
        *credentials = kind.map(|kind| Credentials {
            kind,
            issuer: credentials.as_ref().and_then(|c| c.issuer),
            received: credentials.as_ref().and_then(|c| c.received),
        });
        if let Some(current) = credentials {
            let issuers = with_none(&Issuer::ALL);
            form.choice(
                ui,
                &crate::t!("detail-issued-by"),
                Field::CredentialsIssuer,
                &mut current.issuer,
                &issuers,
                words::issuer,
            );
            form.date(
                ui,
                &crate::t!("detail-received-on"),
                Field::CredentialsReceived,
                &mut current.received,
                |_| None,
            );
        }
    });
}

pub(super) fn observer_section(
    ui: &mut Ui,
    form: &mut Form<'_>,
    record: &mut Invitee,
    opening: Date,
) {
    section(ui, &crate::t!("detail-observer"));
    let mut request = record.observer_request.clone().unwrap_or_default();
    ui.label(crate::t!(
        "detail-step",
        step = request
            .step()
            .map_or_else(|| crate::t!("table-not-requested"), words::step)
    ));
    form_grid(ui, "observer", |ui| {
        for (label, field, date) in [
            (
                "detail-requested-on",
                Field::ObserverRequest,
                &mut request.requested,
            ),
            (
                "detail-recommended-on",
                Field::ObserverRecommended,
                &mut request.recommended,
            ),
            (
                "detail-provisionally-on",
                Field::ObserverProvisional,
                &mut request.provisionally_invited,
            ),
        ] {
            form.date(ui, &crate::t!(label), field, date, |_| None);
        }
        let decisions = [None, Some(Decision::Approved), Some(Decision::Rejected)];
        let mut decision = request.decision.map(|(d, _)| d);
        form.choice(
            ui,
            &crate::t!("detail-decision"),
            Field::ObserverDecision,
            &mut decision,
            &decisions,
            words::decision,
        );
        // The meeting decides while it sits: its opening day until the user records the real day.
        let mut day = request.decision.map_or(opening, |(_, day)| day);
        if request.decision.is_some() {
            form.required_date(
                ui,
                &crate::t!("detail-decided-on"),
                Field::ObserverDecisionDate,
                &mut day,
                |d| d.is_none().then(|| crate::t!("detail-decision-day")),
            );
        }
        request.decision = decision.map(|d| (d, day));
    });
    // An organisation without a request gets one only once something is recorded in it.
    if record.observer_request.is_some() || request != Default::default() {
        record.observer_request = Some(request);
    }
}

/// The user's organisation itself. Returns the changed organisation (and how it changed) and whether the
/// user asked to remove it.
pub(super) fn organisation_section(
    ui: &mut Ui,
    focus: Option<&super::view::FocusTarget>,
    org: &Organisation,
) -> (Option<(Organisation, Option<Change>)>, bool) {
    section(ui, &crate::t!("detail-organisation"));
    let mut new = org.clone();
    let mut form = Form::new(focus);
    form_grid(ui, "organisation", |ui| {
        form.text(
            ui,
            &crate::t!("detail-org-name"),
            Field::OrganisationName,
            &mut new.name,
            required,
        );
        form.text(
            ui,
            &crate::t!("detail-acronym"),
            Field::OrganisationAcronym,
            &mut new.acronym,
            any_text,
        );
        form.choice(
            ui,
            &crate::t!("detail-kind"),
            Field::OrganisationKind,
            &mut new.kind,
            &OrgKind::ALL,
            words::org_kind,
        );
    });
    let remove = ui
        .button(crate::t!("detail-remove-org"))
        .on_hover_text(crate::t!("detail-remove-org-hint"))
        .clicked();
    let changed = (new != *org).then_some((new, form.change));
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
