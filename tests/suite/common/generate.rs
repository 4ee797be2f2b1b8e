//! Generated workspaces and their parts, for the property tests (`roundtrip.rs`, `edits.rs`).
#![allow(dead_code)] // each test file uses a different part of this module

use msp_invitations::model::{
    Channel, CredentialKind, Credentials, Date, Decision, Delegation, EntityId, Gender, Invitation,
    InvitationStatus, Invitee, Issuer, Member, ObserverRequest, OrgKind, Organisation, PersonId,
    Reply, Role, Workspace, new_meeting, reference, workspace_with,
};
use proptest::prelude::*;
use proptest::sample::select;

pub fn date() -> impl Strategy<Value = Date> {
    (1990i32..2040, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| Date::from_ymd_opt(y, m, d).expect("day 1..=28 always exists"))
}

pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[A-Za-zÀ-ÿА-я \"'\\\\#()\\[\\]]{0,20}"]
}

pub fn member() -> impl Strategy<Value = Member> {
    (
        any::<u32>(),
        select(Role::ALL.to_vec()),
        (text(), text(), text(), text()),
        select(Gender::ALL.to_vec()),
        (text(), text()),
        (text(), text()),
    )
        .prop_map(
            |(
                id,
                role,
                (honorific, given_name, family_name, function),
                gender,
                (email, phone),
                (latin_given_name, latin_family_name),
            )| {
                Member {
                    id: PersonId(id),
                    role,
                    honorific,
                    given_name,
                    family_name,
                    function,
                    gender,
                    email,
                    phone,
                    latin_given_name,
                    latin_family_name,
                }
            },
        )
}

pub fn invitee() -> impl Strategy<Value = Invitee> {
    let invitation = (
        select(InvitationStatus::ALL.to_vec()),
        proptest::option::of(date()),
        proptest::option::of(select(Channel::ALL.to_vec())),
        text(),
        proptest::collection::vec(date(), 0..3),
        select(Reply::ALL.to_vec()),
        proptest::option::of(date()),
        text(),
    )
        .prop_map(
            |(status, sent, channel, reference, reminders, reply, reply_date, notes)| Invitation {
                status,
                sent,
                channel,
                reference,
                reminders,
                reply,
                reply_date,
                notes,
            },
        );
    let credentials = proptest::option::of(
        (
            select(CredentialKind::ALL.to_vec()),
            proptest::option::of(select(Issuer::ALL.to_vec())),
            proptest::option::of(date()),
        )
            .prop_map(|(kind, issuer, received)| Credentials {
                kind,
                issuer,
                received,
            }),
    );
    let request = proptest::option::of(
        (
            proptest::option::of(date()),
            proptest::option::of(date()),
            proptest::option::of(date()),
            proptest::option::of((select(vec![Decision::Approved, Decision::Rejected]), date())),
        )
            .prop_map(
                |(requested, recommended, provisionally_invited, decision)| ObserverRequest {
                    requested,
                    recommended,
                    provisionally_invited,
                    decision,
                },
            ),
    );
    (
        invitation,
        proptest::collection::vec(member(), 0..4),
        credentials,
        request,
        any::<bool>(),
    )
        .prop_map(
            |(invitation, members, credentials, observer_request, accessible_seat)| Invitee {
                invitation,
                delegation: Delegation {
                    members,
                    credentials,
                    accessible_seat,
                },
                observer_request,
                designation: None,
            },
        )
}

pub fn workspace() -> impl Strategy<Value = Workspace> {
    let states: Vec<String> = reference::states().iter().map(|s| s.iso3.clone()).collect();
    let organisations = proptest::collection::btree_map(
        "u-[a-z]{1,6}",
        (text(), text(), select(OrgKind::ALL.to_vec())),
        0..3,
    );
    (
        text(),
        organisations,
        1u32..40,
        date(),
        text(),
        proptest::collection::vec((select(states), invitee()), 0..6),
        proptest::collection::vec(invitee(), 0..3),
    )
        .prop_map(
            |(name, orgs, ordinal, opening, venue, state_invitees, org_invitees)| {
                let mut ws = workspace_with(new_meeting(ordinal, opening, opening, &venue));
                ws.name = name;
                for (id, (org_name, acronym, kind)) in &orgs {
                    ws.organisations.insert(
                        id.clone(),
                        Organisation {
                            id: id.clone(),
                            name: org_name.clone(),
                            acronym: acronym.clone(),
                            kind: *kind,
                        },
                    );
                }
                let meeting = &mut ws.meetings[0];
                for (iso3, invitee) in state_invitees {
                    meeting.invitees.insert(EntityId::State(iso3), invitee);
                }
                for (id, invitee) in orgs.keys().zip(org_invitees) {
                    meeting.invitees.insert(EntityId::Org(id.clone()), invitee);
                }
                ws
            },
        )
}
