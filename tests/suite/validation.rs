//! Each validation rule names what is wrong and where; and the validation the app keeps up to date edit
//! by edit finds what checking from scratch finds, in the same order.

use crate::common;

use common::d;

use msp_invitations::edit::{Document, Edit};
use msp_invitations::model::{
    Decision, EntityId, Field, InvitationStatus, Invitee, Member, ObserverRequest, OrgKind,
    Organisation, PersonId, Reply, Role, Validator, Workspace, builtin_workspace, validate,
};
use proptest::prelude::*;

fn member(id: u32, role: Role, given: &str, family: &str) -> Member {
    let mut m = Member::new(PersonId(id), role);
    m.given_name = given.to_owned();
    m.family_name = family.to_owned();
    m
}

fn invitee<'a>(ws: &'a mut Workspace, id: &EntityId) -> &'a mut Invitee {
    ws.meetings[0].invitees.entry(id.clone()).or_default()
}

/// The messages of the problems found, after `change` is made to the built-in workspace.
fn problems_after(change: impl FnOnce(&mut Workspace)) -> Vec<(Option<EntityId>, Field, String)> {
    let mut ws = builtin_workspace();
    change(&mut ws);
    validate(&ws)
        .into_iter()
        .map(|p| (p.invitee.clone(), p.field, p.to_string()))
        .collect()
}

fn single(problems: &[(Option<EntityId>, Field, String)]) -> &(Option<EntityId>, Field, String) {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    &problems[0]
}

#[test]
fn a_delegation_without_a_head() {
    let chile = EntityId::state("CHL");
    let p = problems_after(|ws| {
        invitee(ws, &chile)
            .delegation
            .members
            .push(member(1, Role::Adviser, "Ana", "Rojas"));
    });
    let (who, field, message) = single(&p);
    assert_eq!(who.as_ref(), Some(&chile));
    assert_eq!(*field, Field::Delegation);
    assert_eq!(
        message,
        "13MSP: Chile: the delegation has no Head of Delegation"
    );
}

#[test]
fn a_delegation_with_two_heads() {
    let p = problems_after(|ws| {
        let members = &mut invitee(ws, &EntityId::state("PER")).delegation.members;
        members.push(member(1, Role::HeadOfDelegation, "Ana", "Rojas"));
        members.push(member(2, Role::HeadOfDelegation, "Luis", "Vega"));
    });
    assert_eq!(
        single(&p).2,
        "13MSP: Peru: the delegation has 2 Heads of Delegation; it can have only one"
    );
}

#[test]
fn one_person_in_two_delegations() {
    let p = problems_after(|ws| {
        invitee(ws, &EntityId::state("PER"))
            .delegation
            .members
            .push(member(1, Role::HeadOfDelegation, "Ana", "Rojas"));
        invitee(ws, &EntityId::state("CHL"))
            .delegation
            .members
            .push(member(2, Role::HeadOfDelegation, "ANA", "Rójas"));
    });
    assert_eq!(
        single(&p).2,
        "13MSP: ANA Rójas is listed in more than one delegation: Chile, Peru"
    );
}

#[test]
fn a_rule_1_4_organisation_listed_without_approval() {
    let ngo = EntityId::org("mag");
    let add = |ws: &mut Workspace| {
        ws.organisations.insert(
            "mag".to_owned(),
            Organisation {
                id: "mag".to_owned(),
                name: "Mines Advisory Group".to_owned(),
                acronym: "MAG".to_owned(),
                kind: OrgKind::NonGovernmental,
            },
        );
        let record = invitee(ws, &ngo);
        record
            .delegation
            .members
            .push(member(1, Role::HeadOfDelegation, "Sam", "Lee"));
        record.observer_request = Some(ObserverRequest {
            requested: Some(d("2013-10-01")),
            ..ObserverRequest::default()
        });
    };
    let p = problems_after(add);
    let (who, field, message) = single(&p);
    assert_eq!(who.as_ref(), Some(&ngo));
    assert_eq!(*field, Field::ObserverRequest);
    assert_eq!(
        message,
        "13MSP: Mines Advisory Group has a delegation but its observer status under Rule 1.4 is requested"
    );
    let p = problems_after(|ws| {
        add(ws);
        if let Some(request) = &mut invitee(ws, &ngo).observer_request {
            request.decision = Some((Decision::Approved, d("2013-12-02")));
        }
    });
    assert!(p.is_empty(), "{p:#?}");
}

#[test]
fn an_unknown_entity() {
    let p = problems_after(|ws| {
        invitee(ws, &EntityId::org("ghost"));
    });
    assert_eq!(single(&p).2, "13MSP: \"ghost\" is not a known organisation");
    assert_eq!(single(&p).1, Field::Entity);
}

#[test]
fn dates_out_of_order() {
    let chile = EntityId::state("CHL");
    let p = problems_after(|ws| {
        let inv = &mut invitee(ws, &chile).invitation;
        inv.status = InvitationStatus::Invited;
        inv.sent = Some(d("2013-06-10"));
        inv.reminders = vec![d("2013-06-01")];
        inv.reply = Reply::Accepted;
        inv.reply_date = Some(d("2013-06-05"));
    });
    let messages: Vec<&str> = p.iter().map(|p| p.2.as_str()).collect();
    assert_eq!(
        messages,
        vec![
            "13MSP: Chile: a reminder dated 2013-06-01 comes before the invitation sent on 2013-06-10",
            "13MSP: Chile: the reply dated 2013-06-05 comes before the invitation sent on 2013-06-10",
        ]
    );
    let p = problems_after(|ws| {
        ws.meetings[0].closing = d("2013-12-01");
    });
    assert_eq!(
        single(&p).2,
        "13MSP: the meeting closes on 2013-12-01 before it opens on 2013-12-02"
    );
}

#[test]
fn invited_without_a_date_and_a_reply_without_an_invitation() {
    let p = problems_after(|ws| {
        invitee(ws, &EntityId::state("CHL")).invitation.status = InvitationStatus::Invited;
        invitee(ws, &EntityId::state("PER")).invitation.reply = Reply::Declined;
    });
    let messages: Vec<&str> = p.iter().map(|p| p.2.as_str()).collect();
    assert_eq!(
        messages,
        vec![
            "13MSP: Chile: invited, but the date the invitation was sent is missing",
            "13MSP: Peru: a reply (declined) is recorded but no invitation was sent",
        ]
    );
}

#[test]
fn missing_family_name_and_bad_email() {
    let p = problems_after(|ws| {
        let mut head = member(7, Role::HeadOfDelegation, "Ana", "");
        head.email = "ana.example.org".to_owned();
        invitee(ws, &EntityId::state("CHL"))
            .delegation
            .members
            .push(head);
    });
    let messages: Vec<&str> = p.iter().map(|p| p.2.as_str()).collect();
    assert_eq!(
        messages,
        vec![
            "13MSP: Chile: Ana has no family name",
            "13MSP: Chile: the email address “ana.example.org” of Ana: Not an email address (name@example.org)",
        ]
    );
}

/// A change to the document, as the app makes them.
#[derive(Clone, Debug)]
enum Step {
    /// Puts (or removes) the delegation of one of a few States, as one edit or as typing.
    Put {
        state: usize,
        members: Option<Vec<Member>>,
        typing: bool,
    },
    /// Two delegations in one edit (a bulk change, an import).
    Both(usize, Vec<Member>, usize, Vec<Member>),
    Undo,
    Redo,
    /// An edit that does not say which invitees it touched: everything is checked again.
    RenameMeeting(String),
}

const STATES: [&str; 4] = ["CHL", "PER", "NOR", "FRA"];

/// A person from a small pool, so that names, e-mails and person ids are shared often.
fn pooled_member() -> impl Strategy<Value = Member> {
    (0u32..6, 0usize..3, 0usize..3, 0usize..3, 0usize..3).prop_map(
        |(id, given, family, email, role)| {
            let mut m = member(
                id,
                [Role::HeadOfDelegation, Role::Representative, Role::Adviser][role],
                ["Ana", "Ána", "Luis"][given],
                ["Pérez", "PEREZ", ""][family],
            );
            m.email = ["", "a@example.org", "A@Example.org "][email].to_owned();
            m
        },
    )
}

fn step() -> impl Strategy<Value = Step> {
    let members = || proptest::collection::vec(pooled_member(), 0..4);
    prop_oneof![
        6 => (0..STATES.len(), proptest::option::of(members()), any::<bool>())
            .prop_map(|(state, members, typing)| Step::Put { state, members, typing }),
        1 => (0..STATES.len(), members(), 0..STATES.len(), members())
            .prop_map(|(a, ma, b, mb)| Step::Both(a, ma, b, mb)),
        2 => Just(Step::Undo),
        1 => Just(Step::Redo),
        1 => "[A-Z]{0,3}".prop_map(Step::RenameMeeting),
    ]
}

fn put(doc: &Document, state: usize, members: Option<Vec<Member>>) -> Edit {
    let id = EntityId::state(STATES[state]);
    let value = members.map(|members| {
        let mut invitee = doc.workspace().meetings[0]
            .invitees
            .get(&id)
            .cloned()
            .unwrap_or_default();
        invitee.delegation.members = members;
        invitee
    });
    Edit::PutInvitee {
        meeting: "13MSP".into(),
        id,
        value,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn validation_kept_up_to_date_finds_what_checking_from_scratch_finds(
        steps in proptest::collection::vec(step(), 1..14),
    ) {
        let mut doc = Document::new(builtin_workspace(), true);
        let mut validator = Validator::default();
        // As the app does: the change just made is described by what it touched; anything else
        // (the first check, two changes at once) checks everything.
        let mut at = doc.revision();
        validator.refresh(doc.workspace(), None);
        for step in steps {
            match step.clone() {
                Step::Put { state, members, typing } => {
                    let edit = put(&doc, state, members);
                    let _ = if typing {
                        doc.apply_coalesced(edit, "typing")
                    } else {
                        doc.apply(edit)
                    };
                }
                Step::Both(a, ma, b, mb) => {
                    let edits = vec![put(&doc, a, Some(ma)), put(&doc, b, Some(mb))];
                    let _ = doc.apply(Edit::Batch(edits));
                }
                Step::Undo => {
                    doc.undo();
                }
                Step::Redo => {
                    doc.redo();
                }
                Step::RenameMeeting(name) => {
                    let mut details = doc.workspace().meetings[0].details();
                    details.short_name = name;
                    let _ = doc.apply(Edit::SetMeetingDetails { meeting: "13MSP".into(), details: Box::new(details) });
                }
            }
            if doc.revision() != at {
                let touched = if doc.revision() == at + 1 { doc.last_touched() } else { None };
                validator.refresh(doc.workspace(), touched);
                at = doc.revision();
            }
            let from_scratch = validate(doc.workspace());
            prop_assert_eq!(validator.problems(), from_scratch.as_slice(), "after {:?}", step);
        }
    }
}

#[test]
fn the_same_person_in_two_delegations_is_found_and_forgotten_edit_by_edit() {
    let mut doc = Document::new(builtin_workspace(), true);
    let mut validator = Validator::default();
    validator.refresh(doc.workspace(), None);
    let refresh = |doc: &Document, validator: &mut Validator| {
        validator.refresh(doc.workspace(), doc.last_touched());
        validator
            .problems()
            .iter()
            .filter(|p| p.key == "problem-two-delegations")
            .count()
    };
    let ana = || vec![member(1, Role::HeadOfDelegation, "Ana", "Pérez")];
    let ana_again = || vec![member(2, Role::HeadOfDelegation, "ANA", "Perez")];
    doc.apply(put(&doc, 0, Some(ana()))).expect("put");
    assert_eq!(refresh(&doc, &mut validator), 0);
    doc.apply(put(&doc, 1, Some(ana_again()))).expect("put");
    assert_eq!(
        refresh(&doc, &mut validator),
        1,
        "{:?}",
        validator.problems()
    );
    doc.apply(put(&doc, 1, None)).expect("removed");
    assert_eq!(refresh(&doc, &mut validator), 0);
    assert!(doc.undo());
    assert_eq!(refresh(&doc, &mut validator), 1);
}
