//! The detail panel for the selected invitee: invitation, delegation, credentials, Rule 1.4 observer
//! status, and, for the user's own organisations, the organisation itself.
//!
//! The panel edits a copy of the invitee's record; when anything differs at the end of the frame, the new
//! record goes to the document as one [`Edit::PutInvitee`]. Typing in one field is one undo step.

use egui::{RichText, Ui};

use super::action::Action;
use super::detail_sections::{
    credentials_section, delegation_section, invitation_section, observer_section,
    organisation_section,
};
use super::table::TableState;
use super::view::Cx;
use super::widgets::{Change, Form};
use crate::edit::Edit;
use crate::model::words;
use crate::model::{EntityId, Field, Organisation, PersonId, reference};

/// The detail panel's state between frames.
#[derive(Default)]
pub(crate) struct DetailState {
    /// A field the user asked to go to (from a validation problem), for the panel to focus.
    pub(crate) focus: Option<super::view::FocusTarget>,
    /// The delegation member whose form is open.
    pub(crate) open_member: Option<crate::model::PersonId>,
    /// The invitee and the search the panel last looked for delegates found with: when either changes,
    /// the first delegate the search found opens.
    pub(crate) found_for: Option<(crate::model::EntityId, String)>,
}

/// The filter changed since the invitee was selected and hides it now: the panel says so, rather than
/// showing a record the table does not, and offers to show it.
fn hidden_notice(ui: &mut Ui, table: &mut TableState, id: &EntityId) {
    if !table.shows(id) {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(ui.visuals().warn_fg_color, crate::t!("detail-hidden"));
            if ui.button(crate::t!("detail-show-in-table")).clicked() {
                table.reveal(id);
            }
        });
        ui.separator();
    }
}

/// The delegates of `id` that the search found (not the invitee's own name). Selected after a search, or
/// searched while selected, the first of them opens once, and the list marks them all.
fn open_found(
    cx: &Cx,
    table: &TableState,
    detail: &mut DetailState,
    id: &EntityId,
) -> Vec<(PersonId, String)> {
    let found: Vec<(PersonId, String)> = table.found_people(id, cx.meeting);
    let found_key = (id.clone(), table.query().to_owned());
    if detail.found_for.as_ref() != Some(&found_key) {
        detail.found_for = Some(found_key);
        if let Some((person, _)) = found.first() {
            detail.open_member = Some(*person);
        }
    }
    found
}

/// The panel of the invitee selected in `table`; returns the edits its fields make (the record as one
/// edit, typing in a field one undo step), and what removing an organisation says.
pub fn ui(ui: &mut Ui, cx: &Cx, table: &mut TableState, detail: &mut DetailState) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(id) = table.selected_one().cloned() else {
        nothing_selected(ui);
        return actions;
    };
    let Some(meeting) = cx.meeting else {
        return actions;
    };
    let meeting_index = meeting.id.clone();
    let Some(invitee) = meeting.invitees.get(&id).cloned() else {
        ui.label(crate::t!("detail-gone"));
        return actions;
    };
    hidden_notice(ui, table, &id);
    let workspace = cx.workspace;
    let opening = meeting.opening;
    let category = workspace.category(meeting, &id);
    let name = shown_name(workspace, meeting, &id);
    let needs_request = workspace.needs_observer_request(&id);
    let user_org = match &id {
        EntityId::Org(org) => workspace.organisations.get(org).cloned(),
        EntityId::State(_) => None,
    };
    let found = open_found(cx, table, detail, &id);
    let focus = detail.focus.take();

    let mut record = invitee.clone();
    let mut form = Form::new(focus.as_ref());
    let mut open_member = detail.open_member;
    let mut org_edit: Option<(Organisation, Option<Change>)> = None;
    let mut remove_org = false;
    let mut correspondence_edits: Vec<(Edit, Option<Change>)> = Vec::new();
    let mut added = None;

    egui::ScrollArea::vertical()
        .id_salt(("detail", &id))
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.push_id(&id, |ui| {
                heading(ui, &name, category, &id, opening);
                invitation_section(ui, &mut form, &mut record, &id);
                super::mail_view::messages_of(ui, meeting.mail_to(&id));
                added = delegation_section(
                    ui,
                    &mut form,
                    &mut record,
                    (&mut open_member, &found),
                    || workspace.next_person_id(),
                );
                if matches!(id, EntityId::State(_)) {
                    credentials_section(ui, &mut form, &mut record);
                }
                if needs_request {
                    observer_section(ui, &mut form, &mut record, opening);
                }
                correspondence_edits.extend(super::correspondence::address_section(
                    ui,
                    focus.as_ref(),
                    workspace,
                    &id,
                ));
                correspondence_edits.extend(super::correspondence::running_names_section(
                    ui,
                    focus.as_ref(),
                    workspace,
                    (&id, opening),
                ));
                if let Some(org) = &user_org {
                    let (edited, remove) = organisation_section(ui, focus.as_ref(), org);
                    org_edit = edited;
                    remove_org = remove;
                }
            });
        });

    detail.open_member = open_member;
    // A member just added: the keyboard goes to its first field, so the user types on.
    if let Some(person) = added {
        detail.focus = Some(super::view::FocusTarget {
            field: Field::MemberHonorific,
            person: Some(person),
        });
    }
    let edits = Edits {
        record: form
            .change
            .filter(|_| record != invitee)
            .map(|c| (record, c)),
        org: org_edit,
        correspondence: correspondence_edits,
    };
    actions.extend(edits.actions(&meeting_index, &id));
    if remove_org {
        table.clear_selection();
        actions.extend(remove_organisation(workspace, &id));
    }
    actions
}

/// What the panel's forms changed this frame: the invitee's record, the user's organisation, the
/// address and names (each with how the change enters the history).
struct Edits {
    record: Option<(crate::model::Invitee, Change)>,
    org: Option<(Organisation, Option<Change>)>,
    correspondence: Vec<(Edit, Option<Change>)>,
}

impl Edits {
    /// The edits, typing in a field merged with the keystrokes before it.
    fn actions(self, meeting: &crate::model::MeetingId, id: &EntityId) -> Vec<Action> {
        let mut actions = Vec::new();
        if let Some((record, change)) = self.record {
            let edit = Edit::PutInvitee {
                meeting: meeting.clone(),
                id: id.clone(),
                value: Some(record),
            };
            actions.push(edit_action(
                edit,
                change.undo_key(&format!("{meeting}/{id}")),
            ));
        }
        if let Some((org, change)) = self.org {
            let edit = Edit::PutOrganisation {
                id: org.id.clone(),
                value: Some(org),
            };
            actions.push(edit_action(
                edit,
                change.and_then(|c| c.undo_key(&format!("org/{id}"))),
            ));
        }
        for (edit, change) in self.correspondence {
            actions.push(edit_action(
                edit,
                change.and_then(|c| c.undo_key(&format!("correspondence/{id}"))),
            ));
        }
        actions
    }
}

/// What the panel says with no invitee selected.
fn nothing_selected(ui: &mut Ui) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(crate::t!("detail-none-title")).heading());
        ui.add_space(8.0);
        ui.label(crate::t!("detail-none-1"));
        ui.label(crate::t!("detail-none-2"));
    });
}

/// The name the meeting's documents print, and today's when the UN has renamed the State since.
fn shown_name(
    workspace: &crate::model::Workspace,
    meeting: &crate::model::Meeting,
    id: &EntityId,
) -> String {
    let lang = crate::i18n::language();
    let then = workspace.name_at(meeting, id, lang);
    let now = workspace.name_in(id, lang);
    if then == now {
        then.to_owned()
    } else {
        crate::t!("detail-now", then = then.to_owned(), now = now.to_owned())
    }
}

/// The panel's heading: the name, the category, and a State's treaty status on the opening day.
fn heading(
    ui: &mut Ui,
    name: &str,
    category: Option<crate::model::Category>,
    id: &EntityId,
    opening: crate::model::Date,
) {
    ui.heading(name);
    ui.label(category.map_or_else(|| crate::t!("table-unknown"), words::category));
    if let EntityId::State(iso3) = id
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
}

/// An edit, merged with the keystrokes before it under `key` when it is typing.
fn edit_action(edit: Edit, key: Option<String>) -> Action {
    match key {
        Some(key) => Action::EditTyped(edit, key),
        None => Action::Edit(edit),
    }
}

/// Removes one of the user's organisations and its records in every meeting, as one undo step.
fn remove_organisation(workspace: &crate::model::Workspace, id: &EntityId) -> Vec<Action> {
    let EntityId::Org(org) = id else {
        return Vec::new();
    };
    let mut edits: Vec<Edit> = workspace
        .meetings
        .iter()
        .filter(|m| m.invitees.contains_key(id))
        .map(|m| Edit::PutInvitee {
            meeting: m.id.clone(),
            id: id.clone(),
            value: None,
        })
        .collect();
    edits.push(Edit::PutOrganisation {
        id: org.clone(),
        value: None,
    });
    let name = workspace.name(id).to_owned();
    vec![
        Action::Edit(Edit::Batch(edits)),
        Action::Say(crate::t!("detail-removed-org", id = name), Vec::new()),
    ]
}
