//! The next meeting: the same invitees as a meeting that took place, with invitations, replies and Rule 1.4
//! requests reset. Categories need no resetting: they follow from the new opening date.

use super::{Date, Delegation, Invitee, Meeting, ObserverRequest, Workspace, new_meeting};

/// A meeting numbered `ordinal` with the invitees of `from`: invitations and replies reset, Rule 1.4
/// requests reset (the new meeting decides anew), credentials dropped, and delegations copied as a
/// starting point when `copy_delegations` (with fresh person ids from `first_person`), else left empty.
/// States and standing observers missing from `from` are added, so nobody is forgotten.
pub fn next_meeting(
    workspace: &Workspace,
    from: &Meeting,
    ordinal: u32,
    opening: Date,
    closing: Date,
    venue: &str,
    copy_delegations: bool,
) -> Meeting {
    let mut meeting = new_meeting(ordinal, opening, closing, venue);
    meeting.id = workspace.new_meeting_id(&meeting.short_name);
    meeting.seats_per_delegation = from.seats_per_delegation;
    // The same place keeps its names in every language; the signatory stays until the organisers say.
    if meeting.venue.trim() == from.venue.trim() {
        meeting.at_venue.clone_from(&from.at_venue);
        for (lang, words) in &mut meeting.translations {
            if let Some(old) = from.translations.get(lang) {
                words.venue.clone_from(&old.venue);
                words.at_venue.clone_from(&old.at_venue);
            }
        }
    }
    meeting.signatory = from.signatory.clone();
    for (lang, words) in &mut meeting.translations {
        if let Some(old) = from.translations.get(lang) {
            words.signatory_title.clone_from(&old.signatory_title);
        }
    }
    let mut fresh = workspace.fresh_person_ids();
    for (id, old) in &from.invitees {
        let mut delegation = Delegation::default();
        if copy_delegations {
            delegation.members = old
                .delegation
                .members
                .iter()
                .map(|m| {
                    let mut m = m.clone();
                    m.id = fresh.next().unwrap_or(m.id);
                    m
                })
                .collect();
        }
        let observer_request = workspace
            .needs_observer_request(id)
            .then(ObserverRequest::default);
        meeting.invitees.insert(
            id.clone(),
            Invitee {
                invitation: Default::default(),
                delegation,
                observer_request,
                designation: None,
            },
        );
    }
    meeting
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Category, EntityId, InvitationStatus, Member, PersonId, Role, builtin_workspace,
    };

    #[test]
    fn the_14msp_from_the_13msp() {
        let mut ws = builtin_workspace();
        let chile = ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state("CHL"))
            .expect("Chile");
        chile.invitation.status = InvitationStatus::Invited;
        chile
            .delegation
            .members
            .push(Member::new(PersonId(1), Role::HeadOfDelegation));
        let d = |s: &str| Date::parse_from_str(s, "%Y-%m-%d").unwrap_or_default();
        let next = next_meeting(
            &ws,
            &ws.meetings[0],
            14,
            d("2015-11-30"),
            d("2015-12-04"),
            "Geneva",
            true,
        );
        assert_eq!(next.short_name, "14MSP");
        assert_eq!(next.symbol_prefix, "APLC/MSP.14/2015");
        let chile = &next.invitees[&EntityId::state("CHL")];
        assert_eq!(chile.invitation.status, InvitationStatus::NotInvited);
        assert_eq!(chile.delegation.members.len(), 1);
        assert_ne!(chile.delegation.members[0].id, PersonId(1), "a fresh id");
        ws.meetings.push(next);
        let counts = ws.count_by_category(&ws.meetings[1]);
        assert_eq!(counts.get(&Category::StateParty), Some(&162));
        assert_eq!(
            ws.category(&ws.meetings[1], &EntityId::state("OMN")),
            Some(Category::StateParty)
        );
    }
}
