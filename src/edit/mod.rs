//! The one path by which a workspace changes. Every change is an [`Edit`] that, when applied, returns its
//! inverse; [`Document`] keeps the undo and redo stacks and knows exactly whether the workspace differs
//! from what was last saved.
//!
//! Edits replace whole, small records (an invitee, a meeting's details) rather than single fields: the
//! inverse is then simply the old record, and a form can build the new record however it likes.

use std::collections::BTreeMap;

mod document;

pub use document::Document;

use crate::model::{
    Address, Correction, EntityId, Invitee, Meeting, MeetingId, Organisation, Settings, Workspace,
};

/// One change to a workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Sets (`Some`) or removes (`None`) one invitee's record in a meeting: invitation, delegation, Rule 1.4
    /// request.
    PutInvitee {
        meeting: MeetingId,
        id: EntityId,
        value: Option<Invitee>,
    },
    /// Sets a meeting's own details from `details` ([`Meeting::details`]: the meeting without its
    /// invitees and outbox, which this edit leaves as they are).
    SetMeetingDetails {
        meeting: MeetingId,
        details: Box<Meeting>,
    },
    /// Adds (`Some`), changes or removes (`None`) an organisation of the user's.
    PutOrganisation {
        id: String,
        value: Option<Organisation>,
    },
    /// Sets or removes an invitee's address, for every meeting of the workspace.
    PutAddress {
        id: EntityId,
        value: Option<Address>,
    },
    /// Sets or removes the user's correction of an invitee's name (and its wording in running text).
    PutCorrection {
        id: EntityId,
        value: Option<Correction>,
    },
    /// Puts a meeting at this position among the workspace's meetings (the end, when beyond it).
    InsertMeeting {
        index: usize,
        meeting: Box<Meeting>,
    },
    RemoveMeeting {
        id: MeetingId,
    },
    SetWorkspaceInfo {
        name: String,
        settings: Settings,
    },
    /// Records (`Some`, the time) or takes back (`None`) a person's arrival on a day of the meeting: the
    /// registration desk's check-in (see `model/attendance.rs`).
    PutArrival {
        meeting: MeetingId,
        invitee: EntityId,
        person: crate::model::PersonId,
        day: crate::model::Date,
        time: Option<chrono::NaiveTime>,
    },
    /// Several edits as one undo step (a bulk action, an import).
    Batch(Vec<Edit>),
}

/// The entries of a map that differ between `old` and `new`: the new value, or `None` for one removed.
fn changed_entries<K: Ord + Clone, V: Clone + PartialEq>(
    old: &BTreeMap<K, V>,
    new: &BTreeMap<K, V>,
) -> Vec<(K, Option<V>)> {
    let removed = old
        .keys()
        .filter(|key| !new.contains_key(*key))
        .map(|key| (key.clone(), None));
    let changed = new
        .iter()
        .filter(|(key, value)| old.get(*key) != Some(*value))
        .map(|(key, value)| (key.clone(), Some(value.clone())));
    removed.chain(changed).collect()
}

/// An edit that cannot apply to the workspace as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum EditError {
    /// The meeting it points at is not in the workspace (removed meanwhile).
    NoMeeting(MeetingId),
    /// A meeting with this id is in the workspace already.
    MeetingExists(MeetingId),
}

/// Why a change could not be made, in the interface's words (its `Display` is the same in English).
pub fn edit_error(err: &crate::edit::EditError) -> String {
    use crate::edit::EditError;
    match err {
        EditError::NoMeeting(id) => crate::t!("edit-error-no-meeting", meeting = id.to_string()),
        EditError::MeetingExists(id) => {
            crate::t!("edit-error-meeting-exists", meeting = id.to_string())
        }
    }
}

fn no_meeting(id: &MeetingId) -> EditError {
    EditError::NoMeeting(id.clone())
}

impl Edit {
    /// The edit that turns `old` into `new`, as one undo step (a colleague's changes taken in by a
    /// merge); `None` when they are the same. The outbox is left out: it is a record outside the history
    /// ([`Document::bring_to`] takes it in).
    pub fn between(old: &Workspace, new: &Workspace) -> Option<Edit> {
        let mut edits = Vec::new();
        if old.name != new.name || old.settings != new.settings {
            edits.push(Edit::SetWorkspaceInfo {
                name: new.name.clone(),
                settings: new.settings.clone(),
            });
        }
        for (id, value) in changed_entries(&old.organisations, &new.organisations) {
            edits.push(Edit::PutOrganisation { id, value });
        }
        for (id, value) in changed_entries(&old.addresses, &new.addresses) {
            edits.push(Edit::PutAddress { id, value });
        }
        for (id, value) in changed_entries(&old.corrections, &new.corrections) {
            edits.push(Edit::PutCorrection { id, value });
        }
        let ids = |list: &[Meeting], other: &[Meeting]| -> Vec<MeetingId> {
            list.iter()
                .map(|m| m.id.clone())
                .filter(|id| other.iter().any(|o| o.id == *id))
                .collect()
        };
        // Meetings both have, in another order: each is put again where it stands now.
        let reordered = ids(&old.meetings, &new.meetings) != ids(&new.meetings, &old.meetings);
        for meeting in &old.meetings {
            if reordered || new.meeting(&meeting.id).is_none() {
                edits.push(Edit::RemoveMeeting {
                    id: meeting.id.clone(),
                });
            }
        }
        for (index, meeting) in new.meetings.iter().enumerate() {
            match old.meeting(&meeting.id).filter(|_| !reordered) {
                None => edits.push(Edit::InsertMeeting {
                    index,
                    meeting: Box::new(meeting.clone()),
                }),
                Some(before) => {
                    if !before.same_details(meeting) {
                        edits.push(Edit::SetMeetingDetails {
                            meeting: meeting.id.clone(),
                            details: Box::new(meeting.details()),
                        });
                    }
                    for (id, value) in changed_entries(&before.invitees, &meeting.invitees) {
                        edits.push(Edit::PutInvitee {
                            meeting: meeting.id.clone(),
                            id,
                            value,
                        });
                    }
                    edits.extend(arrivals_between(before, meeting));
                }
            }
        }
        match edits.len() {
            0 => None,
            1 => edits.pop(),
            _ => Some(Edit::Batch(edits)),
        }
    }

    /// The invitees this edit touches, as (meeting, id); `None` when it may touch anything (a meeting's
    /// dates change every State's category). Views use it to refresh only what changed.
    pub fn touched(&self) -> Option<Vec<(MeetingId, EntityId)>> {
        match self {
            Edit::PutInvitee { meeting, id, .. } => Some(vec![(meeting.clone(), id.clone())]),
            // An arrival is the desk's record: no invitee's record, so no problem, changes with it.
            Edit::PutArrival { .. } => Some(Vec::new()),
            Edit::Batch(edits) => {
                let mut all = Vec::new();
                for edit in edits {
                    all.extend(edit.touched()?);
                }
                Some(all)
            }
            _ => None,
        }
    }

    /// Whether applying this edit would change nothing.
    fn is_noop_on(&self, workspace: &Workspace) -> bool {
        match self {
            Edit::PutInvitee { meeting, id, value } => workspace
                .meeting(meeting)
                .is_some_and(|m| m.invitees.get(id) == value.as_ref()),
            Edit::SetMeetingDetails { meeting, details } => workspace
                .meeting(meeting)
                .is_some_and(|m| m.same_details(details)),
            Edit::PutOrganisation { id, value } => {
                workspace.organisations.get(id) == value.as_ref()
            }
            Edit::PutAddress { id, value } => workspace.addresses.get(id) == value.as_ref(),
            Edit::PutCorrection { id, value } => workspace.corrections.get(id) == value.as_ref(),
            Edit::SetWorkspaceInfo { name, settings } => {
                workspace.name == *name && workspace.settings == *settings
            }
            Edit::PutArrival {
                meeting,
                invitee,
                person,
                day,
                time,
            } => workspace
                .meeting(meeting)
                .is_some_and(|m| m.arrival(invitee, *person, *day) == *time),
            Edit::Batch(edits) => edits.iter().all(|e| e.is_noop_on(workspace)),
            Edit::InsertMeeting { .. } | Edit::RemoveMeeting { .. } => false,
        }
    }

    /// Applies the edit and returns its inverse, or `None` when it changed nothing. A batch that fails part
    /// way is rolled back, so the workspace is never left half-changed.
    pub fn apply(self, workspace: &mut Workspace) -> Result<Option<Edit>, EditError> {
        Ok(match self {
            Edit::PutInvitee { meeting, id, value } => {
                let invitees = &mut workspace
                    .meeting_mut(&meeting)
                    .ok_or_else(|| no_meeting(&meeting))?
                    .invitees;
                if invitees.get(&id) == value.as_ref() {
                    return Ok(None);
                }
                let old = match value {
                    Some(value) => invitees.insert(id.clone(), value),
                    None => invitees.remove(&id),
                };
                Some(Edit::PutInvitee {
                    meeting,
                    id,
                    value: old,
                })
            }
            Edit::SetMeetingDetails { meeting, details } => {
                let target = workspace
                    .meeting_mut(&meeting)
                    .ok_or_else(|| no_meeting(&meeting))?;
                if target.same_details(&details) {
                    return Ok(None);
                }
                let old = target.swap_details(*details);
                Some(Edit::SetMeetingDetails {
                    meeting,
                    details: Box::new(old),
                })
            }
            Edit::PutOrganisation { id, value } => {
                put(&mut workspace.organisations, id, value, |id, value| {
                    Edit::PutOrganisation { id, value }
                })
            }
            Edit::PutAddress { id, value } => {
                put(&mut workspace.addresses, id, value, |id, value| {
                    Edit::PutAddress { id, value }
                })
            }
            Edit::PutCorrection { id, value } => {
                put(&mut workspace.corrections, id, value, |id, value| {
                    Edit::PutCorrection { id, value }
                })
            }
            Edit::InsertMeeting { index, meeting } => {
                if workspace.meeting(&meeting.id).is_some() {
                    return Err(EditError::MeetingExists(meeting.id.clone()));
                }
                let id = meeting.id.clone();
                let index = index.min(workspace.meetings.len());
                workspace.meetings.insert(index, *meeting);
                Some(Edit::RemoveMeeting { id })
            }
            Edit::RemoveMeeting { id } => {
                let index = workspace
                    .meeting_position(&id)
                    .ok_or_else(|| no_meeting(&id))?;
                let meeting = workspace.meetings.remove(index);
                Some(Edit::InsertMeeting {
                    index,
                    meeting: Box::new(meeting),
                })
            }
            Edit::SetWorkspaceInfo { name, settings } => {
                // Taken apart so that a new field of the workspace is placed here or elsewhere on purpose.
                let Workspace {
                    format_version: _,
                    name: current_name,
                    organisations: _,
                    corrections: _,
                    addresses: _,
                    settings: current_settings,
                    meetings: _,
                } = workspace;
                if *current_name == name && *current_settings == settings {
                    return Ok(None);
                }
                Some(Edit::SetWorkspaceInfo {
                    name: std::mem::replace(current_name, name),
                    settings: std::mem::replace(current_settings, settings),
                })
            }
            Edit::PutArrival {
                meeting,
                invitee,
                person,
                day,
                time,
            } => {
                let target = workspace
                    .meeting_mut(&meeting)
                    .ok_or_else(|| no_meeting(&meeting))?;
                let old = target.arrival(&invitee, person, day);
                if old == time {
                    return Ok(None);
                }
                let people = target.attendance.entry(invitee.clone()).or_default();
                let days = people.entry(person).or_default();
                match time {
                    Some(time) => {
                        days.insert(day, time);
                    }
                    None => {
                        days.remove(&day);
                        if days.is_empty() {
                            people.remove(&person);
                        }
                        if people.is_empty() {
                            target.attendance.remove(&invitee);
                        }
                    }
                }
                Some(Edit::PutArrival {
                    meeting,
                    invitee,
                    person,
                    day,
                    time: old,
                })
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::new();
                for edit in edits {
                    match edit.apply(workspace) {
                        Ok(Some(inverse)) => inverses.push(inverse),
                        Ok(None) => {}
                        Err(err) => {
                            for inverse in inverses.into_iter().rev() {
                                // Inverses of edits that just applied always apply.
                                let _ = inverse.apply(workspace);
                            }
                            return Err(err);
                        }
                    }
                }
                if inverses.is_empty() {
                    None
                } else {
                    inverses.reverse();
                    Some(Edit::Batch(inverses))
                }
            }
        })
    }
}

/// The arrivals that differ between two states of a meeting, as the edits that turn `old`'s into `new`'s.
fn arrivals_between(old: &Meeting, new: &Meeting) -> Vec<Edit> {
    let mut keys = Vec::new();
    for side in [&old.attendance, &new.attendance] {
        for (invitee, people) in side {
            for (person, days) in people {
                for day in days.keys() {
                    keys.push((invitee.clone(), *person, *day));
                }
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|(invitee, person, day)| {
            let time = new.arrival(&invitee, person, day);
            (old.arrival(&invitee, person, day) != time).then(|| Edit::PutArrival {
                meeting: new.id.clone(),
                invitee,
                person,
                day,
                time,
            })
        })
        .collect()
}

/// Sets (`Some`) or removes (`None`) the entry `key` of `map`: `None` when that changes nothing, else the
/// inverse, made by `inverse` from the key and the entry it had.
fn put<K: Ord + Clone, V: PartialEq>(
    map: &mut BTreeMap<K, V>,
    key: K,
    value: Option<V>,
    inverse: impl FnOnce(K, Option<V>) -> Edit,
) -> Option<Edit> {
    if map.get(&key) == value.as_ref() {
        return None;
    }
    let old = match value {
        Some(value) => map.insert(key.clone(), value),
        None => map.remove(&key),
    };
    Some(inverse(key, old))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InvitationStatus, builtin_workspace};

    fn invite(doc: &Document, iso3: &str) -> Edit {
        let id = EntityId::state(iso3);
        let mut invitee = doc.workspace().meetings[0].invitees[&id].clone();
        invitee.invitation.status = InvitationStatus::Invited;
        Edit::PutInvitee {
            meeting: "13MSP".into(),
            id,
            value: Some(invitee),
        }
    }

    #[test]
    fn undo_back_to_saved_is_clean_and_noops_are_not_recorded() {
        let mut doc = Document::new(builtin_workspace(), true);
        assert!(!doc.is_dirty());
        let same = Edit::PutInvitee {
            meeting: "13MSP".into(),
            id: EntityId::state("CHL"),
            value: doc.workspace().meetings[0]
                .invitees
                .get(&EntityId::state("CHL"))
                .cloned(),
        };
        assert_eq!(doc.apply(same), Ok(false));
        assert!(!doc.is_dirty() && !doc.can_undo());

        let edit = invite(&doc, "CHL");
        assert_eq!(doc.apply(edit), Ok(true));
        assert!(doc.is_dirty());
        assert!(doc.undo());
        assert!(!doc.is_dirty());
        assert!(doc.redo());
        assert!(doc.is_dirty());
        doc.mark_saved();
        assert!(!doc.is_dirty());
        assert!(doc.undo());
        assert!(doc.is_dirty());
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step_and_typing_it_back_is_clean() {
        let mut doc = Document::new(builtin_workspace(), true);
        let id = EntityId::state("CHL");
        let with_reference = |doc: &Document, text: &str| {
            let mut invitee = doc.workspace().meetings[0].invitees[&id].clone();
            invitee.invitation.reference = text.to_owned();
            Edit::PutInvitee {
                meeting: "13MSP".into(),
                id: id.clone(),
                value: Some(invitee),
            }
        };
        for text in ["N", "NV", "NV/1"] {
            let edit = with_reference(&doc, text);
            assert_eq!(doc.apply_coalesced(edit, "CHL.reference"), Ok(true));
        }
        assert!(doc.is_dirty());
        assert!(doc.undo());
        assert_eq!(
            doc.workspace().meetings[0].invitees[&id]
                .invitation
                .reference,
            ""
        );
        assert!(!doc.can_undo() && !doc.is_dirty());
        assert!(doc.redo());
        assert_eq!(
            doc.workspace().meetings[0].invitees[&id]
                .invitation
                .reference,
            "NV/1"
        );

        // Typed and erased again: nothing to save, nothing to undo.
        let mut doc = Document::new(builtin_workspace(), true);
        for text in ["x", ""] {
            let edit = with_reference(&doc, text);
            assert_eq!(doc.apply_coalesced(edit, "CHL.reference"), Ok(true));
        }
        assert!(!doc.is_dirty() && !doc.can_undo());
    }

    #[test]
    fn a_failing_batch_leaves_nothing_behind() {
        let mut doc = Document::new(builtin_workspace(), true);
        let before = doc.workspace().clone();
        let batch = Edit::Batch(vec![
            invite(&doc, "CHL"),
            Edit::PutInvitee {
                meeting: "nowhere".into(),
                id: EntityId::state("PER"),
                value: None,
            },
        ]);
        assert!(doc.apply(batch).is_err());
        assert_eq!(doc.workspace(), &before);
        assert!(!doc.can_undo());
    }
}

crate::i18n::worded!(EditError => edit_error);
