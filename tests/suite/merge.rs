//! The three-way merge of workspaces (`model::merge`), by property: from one generated base, edits made
//! on two sides to different fields merge into what applying both gives; merging a side with itself, or
//! with the base, gives that side; every conflict reported is a real disagreement, and none is missed.
//! And by example: the outbox, a delegation's order, people both sides added, a diff in words.

use crate::common::generate;

use std::collections::{BTreeMap, BTreeSet};

use generate::workspace;
use msp_invitations::model::merge::{Part, merge_order};
use msp_invitations::model::{
    Choices, CredentialKind, Credentials, EntityId, InvitationStatus, Invitee, MailKind,
    MailRecord, MailState, Member, Merged, PersonId, Record, Reply, Role, Side, Workspace, diff,
    merge, reference,
};
use proptest::prelude::*;

/// One change an officer makes on one side. People and invitees are named by id, as the merge matches
/// them.
#[derive(Clone, Debug)]
enum Op {
    Name(String),
    Venue(String),
    OrgName(String, String),
    Reply(EntityId, Reply),
    Notes(EntityId, String),
    Status(EntityId, InvitationStatus),
    Credentials(EntityId, Option<CredentialKind>),
    Seat(EntityId, bool),
    RemoveInvitee(EntityId),
    AddInvitee(EntityId, Reply),
    Function(EntityId, PersonId, String),
    Email(EntityId, PersonId, String),
    Role(EntityId, PersonId, Role),
    RemovePerson(EntityId, PersonId),
    /// A new person, under a name no other op gives.
    AddPerson(EntityId, String),
    /// Moves a person to the head of the delegation's list.
    ToFront(EntityId, PersonId),
}

/// What an op touches: a record (by path) and one of its fields; `""` for the record as a whole
/// (removed or added).
struct Touch {
    record: String,
    field: &'static str,
}

impl Op {
    fn touch(&self) -> Touch {
        let inv = |id: &EntityId| format!("inv/{id:?}");
        let person = |id: &EntityId, p: &PersonId| format!("inv/{id:?}/p/{}", p.0);
        let (record, field) = match self {
            Self::Name(_) => ("ws".to_owned(), "name"),
            Self::Venue(_) => ("meeting".to_owned(), "venue"),
            Self::OrgName(id, _) => (format!("org/{id}"), "name"),
            Self::Reply(id, _) => (inv(id), "reply"),
            Self::Notes(id, _) => (inv(id), "notes"),
            Self::Status(id, _) => (inv(id), "status"),
            Self::Credentials(id, _) => (inv(id), "credentials"),
            Self::Seat(id, _) => (inv(id), "accessible_seat"),
            Self::RemoveInvitee(id) | Self::AddInvitee(id, _) => (inv(id), ""),
            Self::Function(id, p, _) => (person(id, p), "function"),
            Self::Email(id, p, _) => (person(id, p), "email"),
            Self::Role(id, p, _) => (person(id, p), "role"),
            Self::RemovePerson(id, p) => (person(id, p), ""),
            Self::AddPerson(id, _) => (inv(id), "add"),
            Self::ToFront(id, _) => (inv(id), "order"),
        };
        Touch { record, field }
    }

    /// The invitee an op is about, for the ops on an invitee or a person.
    fn invitee(&self) -> Option<&EntityId> {
        match self {
            Self::Reply(id, _)
            | Self::Notes(id, _)
            | Self::Status(id, _)
            | Self::Credentials(id, _)
            | Self::Seat(id, _)
            | Self::Function(id, _, _)
            | Self::Email(id, _, _)
            | Self::Role(id, _, _)
            | Self::RemovePerson(id, _)
            | Self::AddPerson(id, _)
            | Self::ToFront(id, _) => Some(id),
            _ => None,
        }
    }

    /// Applies the op to the first meeting; false when what it names is not there.
    fn apply(&self, ws: &mut Workspace, ids: &mut impl FnMut(&Workspace) -> PersonId) -> bool {
        let next = ids(ws);
        let meeting = &mut ws.meetings[0];
        match self {
            Self::Name(name) => ws.name.clone_from(name),
            Self::Venue(venue) => meeting.venue.clone_from(venue),
            Self::OrgName(id, name) => match ws.organisations.get_mut(id) {
                Some(org) => org.name.clone_from(name),
                None => return false,
            },
            Self::AddInvitee(id, reply) => {
                if meeting.invitees.contains_key(id) {
                    return false;
                }
                let mut new = Invitee::default();
                new.invitation.reply = *reply;
                meeting.invitees.insert(id.clone(), new);
            }
            Self::RemoveInvitee(id) => return meeting.invitees.remove(id).is_some(),
            _ => {
                let Some(inv) = self.invitee().and_then(|id| meeting.invitees.get_mut(id)) else {
                    return false;
                };
                return Self::apply_to_invitee(self, inv, next);
            }
        }
        true
    }

    fn apply_to_invitee(&self, inv: &mut Invitee, next: PersonId) -> bool {
        let members = &mut inv.delegation.members;
        let at = |p: &PersonId| members.iter().position(|m| m.id == *p);
        match self {
            Self::Reply(_, reply) => inv.invitation.reply = *reply,
            Self::Notes(_, notes) => inv.invitation.notes.clone_from(notes),
            Self::Status(_, status) => inv.invitation.status = *status,
            Self::Credentials(_, kind) => {
                inv.delegation.credentials = kind.map(|kind| Credentials {
                    kind,
                    issuer: None,
                    received: None,
                });
            }
            Self::Seat(_, seat) => inv.delegation.accessible_seat = *seat,
            Self::AddPerson(_, name) => members.push(Member {
                given_name: name.clone(),
                family_name: "ADDED".to_owned(),
                ..Member::new(next, Role::Representative)
            }),
            // Moving someone who is not there moves nobody.
            Self::ToFront(_, p) => {
                if let Some(n) = at(p) {
                    let who = members.remove(n);
                    members.insert(0, who);
                }
            }
            Self::Function(_, p, _)
            | Self::Email(_, p, _)
            | Self::Role(_, p, _)
            | Self::RemovePerson(_, p) => {
                let Some(n) = at(p) else {
                    return false;
                };
                match self {
                    Self::Function(_, _, value) => members[n].function.clone_from(value),
                    Self::Email(_, _, value) => members[n].email.clone_from(value),
                    Self::Role(_, _, role) => members[n].role = *role,
                    _ => {
                        members.remove(n);
                    }
                }
            }
            _ => return false,
        }
        true
    }
}

/// Whether `a` on one side and `b` on the other contradict each other.
fn contradict(a: &Touch, b: &Touch) -> bool {
    let within =
        |inner: &str, outer: &str| inner == outer || inner.starts_with(&format!("{outer}/"));
    (a.record == b.record && a.field == b.field && a.field != "add")
        || (a.field.is_empty() && within(&b.record, &a.record))
        || (b.field.is_empty() && within(&a.record, &b.record))
}

/// A raw op: which kind, which side, which invitee and person (as indexes into what is there), a value.
type Raw = (u8, bool, u16, u16, u32);

fn raw_ops() -> impl Strategy<Value = Vec<Raw>> {
    proptest::collection::vec(any::<Raw>(), 0..14)
}

/// The ops that `raw` names in `base`, each with its side (`true`: theirs).
fn ops_for(base: &Workspace, raw: &[Raw]) -> Vec<(bool, Op)> {
    let invitees: Vec<EntityId> = base.meetings[0].invitees.keys().cloned().collect();
    let orgs: Vec<String> = base.organisations.keys().cloned().collect();
    let states = reference::states();
    let mut ops = Vec::new();
    for (n, &(kind, theirs, a, b, seed)) in raw.iter().enumerate() {
        let text = format!("{}{seed}", if theirs { "t" } else { "m" });
        let pick_inv = || {
            invitees
                .get(usize::from(a) % invitees.len().max(1))
                .cloned()
        };
        let pick_person = |id: &EntityId| {
            let members = &base.meetings[0].invitees[id].delegation.members;
            members
                .get(usize::from(b) % members.len().max(1))
                .map(|m| m.id)
        };
        let op = match kind % 16 {
            0 => Some(Op::Name(text)),
            1 => Some(Op::Venue(text)),
            2 => orgs
                .get(usize::from(a) % orgs.len().max(1))
                .map(|id| Op::OrgName(id.clone(), text)),
            3 => pick_inv().map(|id| Op::Reply(id, Reply::ALL[seed as usize % 3])),
            4 => pick_inv().map(|id| Op::Notes(id, text)),
            5 => pick_inv().map(|id| Op::Status(id, InvitationStatus::ALL[seed as usize % 3])),
            6 => pick_inv()
                .map(|id| Op::Credentials(id, CredentialKind::ALL.get(seed as usize % 4).copied())),
            7 => pick_inv().map(|id| Op::Seat(id, seed % 2 == 0)),
            8 => pick_inv().map(Op::RemoveInvitee),
            9 => {
                let iso3 = &states[usize::from(a) % states.len()].iso3;
                Some(Op::AddInvitee(
                    EntityId::state(iso3),
                    Reply::ALL[seed as usize % 3],
                ))
            }
            10 => pick_inv().and_then(|id| pick_person(&id).map(|p| Op::Function(id, p, text))),
            11 => pick_inv().and_then(|id| pick_person(&id).map(|p| Op::Email(id, p, text))),
            12 => pick_inv().and_then(|id| {
                pick_person(&id).map(|p| Op::Role(id, p, Role::ALL[seed as usize % 5]))
            }),
            13 => pick_inv().and_then(|id| pick_person(&id).map(|p| Op::RemovePerson(id, p))),
            14 => pick_inv().map(|id| Op::AddPerson(id, format!("{text}n{n}"))),
            _ => pick_inv().and_then(|id| pick_person(&id).map(|p| Op::ToFront(id, p))),
        };
        if let Some(op) = op {
            ops.push((theirs, op));
        }
    }
    ops
}

/// A base whose people each have their own id, as the app gives them.
fn base() -> impl Strategy<Value = Workspace> {
    workspace().prop_map(|mut ws| {
        let mut next = 0;
        for meeting in &mut ws.meetings {
            for invitee in meeting.invitees.values_mut() {
                for member in &mut invitee.delegation.members {
                    next += 1;
                    member.id = PersonId(next);
                }
            }
        }
        ws
    })
}

/// One above the highest person id: what two sides would give if ids were not drawn at random.
fn app_ids(ws: &Workspace) -> PersonId {
    PersonId(ws.highest_person_id() + 1)
}

/// People added after the base keep whatever id the merge gave them: compared without it.
fn without_new_ids(mut ws: Workspace, base: &Workspace) -> Workspace {
    let known: BTreeSet<PersonId> = base.meetings[0]
        .invitees
        .values()
        .flat_map(|i| i.delegation.members.iter().map(|m| m.id))
        .collect();
    for invitee in ws.meetings[0].invitees.values_mut() {
        for member in &mut invitee.delegation.members {
            if !known.contains(&member.id) {
                member.id = PersonId(0);
            }
        }
    }
    ws
}

/// Each side's ops applied to the base, keeping only those that apply on their own side and, when
/// `disjoint`, those that contradict nothing the other side did. Gives (mine, theirs, both, kept ops).
fn sides(
    base: &Workspace,
    ops: Vec<(bool, Op)>,
    disjoint: bool,
    ids: &mut impl FnMut(bool, &Workspace) -> PersonId,
) -> (Workspace, Workspace, Vec<(bool, Op)>) {
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let mut kept: Vec<(bool, Op)> = Vec::new();
    for (side, op) in ops {
        let touch = op.touch();
        if disjoint
            && kept
                .iter()
                .any(|(other, done)| *other != side && contradict(&touch, &done.touch()))
        {
            continue;
        }
        let target = if side { &mut theirs } else { &mut mine };
        if op.apply(target, &mut |ws| ids(side, ws)) {
            kept.push((side, op));
        }
    }
    (mine, theirs, kept)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn edits_to_different_fields_merge_into_both(base in base(), raw in raw_ops()) {
        let ops = ops_for(&base, &raw);
        let (mine, theirs, kept) = sides(&base, ops, true, &mut |_, ws| ws.next_person_id());
        let mut both = base.clone();
        for side in [false, true] {
            for (_, op) in kept.iter().filter(|(s, _)| *s == side) {
                op.apply(&mut both, &mut Workspace::next_person_id);
            }
        }
        let merged = merge(&base, &mine, &theirs, &Choices::new());
        prop_assert!(merged.conflicts.is_empty(), "conflicts: {:#?}\nops: {kept:#?}", merged.conflicts);
        let (got, want) = (without_new_ids(merged.workspace.clone(), &base), without_new_ids(both, &base));
        prop_assert!(got == want, "{}\nops: {:#?}", lines_apart(&got, &want), kept);
        // Taken into this side's document, the merge is one undo step, and undone it gives this side back.
        let mut doc = msp_invitations::edit::Document::new(mine.clone(), true);
        let changed = doc.bring_to(&merged.workspace).expect("the merge applies");
        prop_assert_eq!(doc.workspace(), &merged.workspace);
        prop_assert_eq!(changed, merged.workspace != mine);
        if changed {
            prop_assert!(doc.undo());
            prop_assert!(!doc.can_undo(), "one step");
            prop_assert_eq!(doc.workspace(), &mine);
        }
        // Every person once, each with their own id.
        let ids: Vec<PersonId> = merged.workspace.meetings[0]
            .invitees
            .values()
            .flat_map(|i| i.delegation.members.iter().map(|m| m.id))
            .collect();
        let distinct: BTreeSet<&PersonId> = ids.iter().collect();
        prop_assert_eq!(ids.len(), distinct.len());
    }

    #[test]
    fn a_side_merged_with_itself_or_with_the_base_is_that_side(base in base(), raw in raw_ops()) {
        let ops = ops_for(&base, &raw);
        let (x, _, _) = sides(&base, ops, false, &mut |_, ws| ws.next_person_id());
        let none = Choices::new();
        let same = merge(&base, &x, &x, &none);
        prop_assert!(same.conflicts.is_empty());
        prop_assert!(same.taken.is_empty(), "nothing comes from a side that is this one");
        prop_assert_eq!(&same.workspace, &x);
        let theirs = merge(&base, &base, &x, &none);
        prop_assert!(theirs.conflicts.is_empty());
        prop_assert_eq!(&theirs.workspace, &x);
        prop_assert_eq!(theirs.taken.is_empty(), x == base, "a change taken for each change made");
        let mine = merge(&base, &x, &base, &none);
        prop_assert!(mine.conflicts.is_empty());
        prop_assert!(mine.taken.is_empty());
        prop_assert_eq!(&mine.workspace, &x);
    }

    #[test]
    fn every_conflict_is_a_real_disagreement_and_none_is_missed(base in base(), raw in raw_ops()) {
        let ops = ops_for(&base, &raw);
        // Ids from two ranges, so that a person added on each side is told apart by id alone.
        let (mine, theirs, kept) = sides(&base, ops, false, &mut |side, ws| {
            PersonId(app_ids(ws).0 + if side { 2_000_000 } else { 1_000_000 })
        });
        let merged = merge(&base, &mine, &theirs, &Choices::new());
        let reported: BTreeSet<String> = merged.conflicts.iter().map(path_of).collect();
        let real = disagreements(&base, &mine, &theirs);
        prop_assert_eq!(&reported, &real, "ops: {:#?}", kept);
        for conflict in &merged.conflicts {
            prop_assert_ne!(&conflict.mine, &conflict.theirs, "{:?}", conflict);
        }
        // Settled for this side, the merge is the one that kept this side's values; settled either
        // way, nothing is left to decide.
        let settle = |side| -> Choices {
            merged.conflicts.iter().map(|c| (c.key.clone(), side)).collect()
        };
        let kept_mine: Merged = merge(&base, &mine, &theirs, &settle(Side::Mine));
        prop_assert!(kept_mine.conflicts.is_empty());
        prop_assert_eq!(&kept_mine.workspace, &merged.workspace);
        let took_theirs = merge(&base, &mine, &theirs, &settle(Side::Theirs));
        prop_assert!(took_theirs.conflicts.is_empty());
        // And taking theirs is what their side has, field by field, where the two disagreed.
        prop_assert!(disagreements(&base, &took_theirs.workspace, &theirs).is_empty());
    }
}

/// The lines where two workspaces, written as RON, differ: what a failure shows.
fn lines_apart(got: &Workspace, want: &Workspace) -> String {
    let write = |ws: &Workspace| {
        ron::ser::to_string_pretty(ws, ron::ser::PrettyConfig::default()).unwrap_or_default()
    };
    let (got, want) = (write(got), write(want));
    got.lines()
        .zip(want.lines())
        .enumerate()
        .filter(|(_, (g, w))| g != w)
        .take(10)
        .map(|(n, (g, w))| format!("line {n}: merged {g:?}, both applied {w:?}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where a conflict is, as [`disagreements`] names it.
fn path_of(conflict: &msp_invitations::model::Conflict) -> String {
    let record = match &conflict.record {
        Record::Workspace => "ws".to_owned(),
        Record::Meeting(_) => "meeting".to_owned(),
        Record::Organisation(id) => format!("org/{id}"),
        Record::Invitee(_, id) => format!("inv/{id:?}"),
        Record::Person(_, id, p) => format!("inv/{id:?}/p/{}", p.0),
        other => format!("{other:?}"),
    };
    format!("{record}#{}", part_name(conflict.field))
}

/// A part as [`disagreements`] names it: the field's name in the file, or for fields that move together
/// the first one's.
fn part_name(part: Part) -> String {
    match part {
        Part::Invitation => "status".to_owned(),
        Part::WorkspaceName | Part::OrgName => "name".to_owned(),
        Part::OrgKind => "kind".to_owned(),
        Part::PersonEmail => "email".to_owned(),
        other => {
            let mut name = String::new();
            for (i, c) in format!("{other:?}").chars().enumerate() {
                if c.is_uppercase() && i > 0 {
                    name.push('_');
                }
                name.extend(c.to_lowercase());
            }
            name
        }
    }
}

/// The fields on which `mine` and `theirs` each changed the base to a different value, and the records
/// one removed and the other changed, found without the merge: by comparing the three versions' fields
/// as text.
fn disagreements(base: &Workspace, mine: &Workspace, theirs: &Workspace) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut leaf = |path: String, b: Option<String>, m: String, t: String| {
        if m != t && b.as_ref() != Some(&m) && b.as_ref() != Some(&t) {
            found.insert(path);
        }
    };
    leaf(
        "ws#name".into(),
        Some(base.name.clone()),
        mine.name.clone(),
        theirs.name.clone(),
    );
    let (bm, mm, tm) = (&base.meetings[0], &mine.meetings[0], &theirs.meetings[0]);
    leaf(
        "meeting#venue".into(),
        Some(bm.venue.clone()),
        mm.venue.clone(),
        tm.venue.clone(),
    );
    let mut records = BTreeSet::new();
    let orgs = |ws: &Workspace| -> BTreeMap<String, Vec<(&'static str, String)>> {
        ws.organisations
            .iter()
            .map(|(id, o)| {
                (
                    id.clone(),
                    vec![
                        ("name", o.name.clone()),
                        ("acronym", o.acronym.clone()),
                        ("kind", format!("{:?}", o.kind)),
                    ],
                )
            })
            .collect()
    };
    compare(
        "org/",
        &orgs(base),
        &orgs(mine),
        &orgs(theirs),
        &mut records,
        &mut leaf,
    );
    let invitees =
        |m: &msp_invitations::model::Meeting| -> BTreeMap<String, Vec<(&'static str, String)>> {
            m.invitees
                .iter()
                .map(|(id, i)| {
                    let v = &i.invitation;
                    let d = &i.delegation;
                    (
                        format!("inv/{id:?}"),
                        vec![
                            // Fields that move together are compared together: the invitation
                            // as sent, and the reply with its date.
                            (
                                "status",
                                format!("{:?}", (v.status, v.sent, v.channel, &v.reference)),
                            ),
                            ("reminders", format!("{:?}", v.reminders)),
                            ("reply", format!("{:?}", (v.reply, v.reply_date))),
                            ("notes", v.notes.clone()),
                            ("credentials", format!("{:?}", d.credentials)),
                            ("accessible_seat", format!("{:?}", d.accessible_seat)),
                            ("observer_request", format!("{:?}", i.observer_request)),
                            ("designation", format!("{:?}", i.designation)),
                            // Part of the record (a record removed on one side and reordered on the other is
                            // a conflict), never a field's conflict of its own: orders merge.
                            ("~people", format!("{:?}", d.members)),
                        ],
                    )
                })
                .collect()
        };
    compare(
        "",
        &invitees(bm),
        &invitees(mm),
        &invitees(tm),
        &mut records,
        &mut leaf,
    );
    // People, in the invitees both sides kept.
    let people =
        |m: &msp_invitations::model::Meeting| -> BTreeMap<String, Vec<(&'static str, String)>> {
            m.invitees
                .iter()
                .flat_map(|(id, i)| {
                    i.delegation.members.iter().map(move |p| {
                        (
                            format!("inv/{id:?}/p/{}", p.id.0),
                            vec![
                                ("role", format!("{:?}", p.role)),
                                ("honorific", p.honorific.clone()),
                                ("given_name", p.given_name.clone()),
                                ("family_name", p.family_name.clone()),
                                ("function", p.function.clone()),
                                ("gender", format!("{:?}", p.gender)),
                                ("email", p.email.clone()),
                                ("phone", p.phone.clone()),
                                ("latin_given_name", p.latin_given_name.clone()),
                                ("latin_family_name", p.latin_family_name.clone()),
                            ],
                        )
                    })
                })
                .filter(|(path, _)| {
                    let invitee = path.split("/p/").next().unwrap_or_default();
                    mm.invitees
                        .keys()
                        .any(|id| format!("inv/{id:?}") == invitee)
                        && tm
                            .invitees
                            .keys()
                            .any(|id| format!("inv/{id:?}") == invitee)
                })
                .collect()
        };
    compare(
        "",
        &people(bm),
        &people(mm),
        &people(tm),
        &mut records,
        &mut leaf,
    );
    let mut all = records;
    all.extend(found);
    all
}

type Fields = BTreeMap<String, Vec<(&'static str, String)>>;

/// Records by path: one removed on one side and changed on the other is a disagreement about the
/// record; one both sides have is compared field by field.
fn compare(
    prefix: &str,
    base: &Fields,
    mine: &Fields,
    theirs: &Fields,
    records: &mut BTreeSet<String>,
    leaf: &mut impl FnMut(String, Option<String>, String, String),
) {
    let keys: BTreeSet<&String> = base
        .keys()
        .chain(mine.keys())
        .chain(theirs.keys())
        .collect();
    for key in keys {
        let path = format!("{prefix}{key}");
        match (base.get(key), mine.get(key), theirs.get(key)) {
            (b, Some(m), Some(t)) => {
                for (n, (field, value)) in m.iter().enumerate() {
                    if field.starts_with('~') {
                        continue;
                    }
                    leaf(
                        format!("{path}#{field}"),
                        b.map(|b| b[n].1.clone()),
                        value.clone(),
                        t[n].1.clone(),
                    );
                }
            }
            (Some(b), Some(kept), None) | (Some(b), None, Some(kept)) if kept != b => {
                records.insert(format!("{path}#record"));
            }
            _ => {}
        }
    }
}

// By example.

fn sample() -> Workspace {
    msp_invitations::model::sample::with_generated_delegations(
        msp_invitations::model::builtin_workspace(),
        40,
        1,
    )
}

fn chile() -> EntityId {
    EntityId::state("CHL")
}

fn with_member(mut ws: Workspace, id: &EntityId, member: Member) -> Workspace {
    ws.meetings[0]
        .invitees
        .entry(id.clone())
        .or_default()
        .delegation
        .members
        .push(member);
    ws
}

#[test]
fn people_both_sides_added_under_one_id_are_both_kept() {
    let base = sample();
    let next = app_ids(&base);
    let ana = Member {
        given_name: "Ana".into(),
        family_name: "ROJAS".into(),
        ..Member::new(next, Role::Representative)
    };
    let pedro = Member {
        given_name: "Pedro".into(),
        family_name: "SOTO".into(),
        ..Member::new(next, Role::Representative)
    };
    let mine = with_member(base.clone(), &chile(), ana);
    let theirs = with_member(base.clone(), &EntityId::state("PER"), pedro);
    let merged = merge(&base, &mine, &theirs, &Choices::new());
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.renumbered, 1, "this side's new person gets a new id");
    let find = |name: &str| {
        merged.workspace.meetings[0]
            .invitees
            .values()
            .flat_map(|i| &i.delegation.members)
            .find(|m| m.given_name == name)
            .map(|m| m.id)
    };
    assert_eq!(
        find("Pedro"),
        Some(next),
        "the other side's file stands as it is"
    );
    assert!(find("Ana").is_some_and(|id| id != next));
}

#[test]
fn moves_on_both_sides_stand_where_they_do_not_cross() {
    // Mine moves 5 to the front; theirs swaps 2 and 3; both stand.
    assert_eq!(
        merge_order(&[1, 2, 3, 4, 5], &[5, 1, 2, 3, 4], &[1, 3, 2, 4, 5]),
        vec![5, 1, 3, 2, 4]
    );
    // One side adds at the end, the other in the middle.
    assert_eq!(
        merge_order(&[1, 2, 3], &[1, 2, 3, 9], &[1, 8, 2, 3]),
        vec![1, 8, 2, 3, 9]
    );
    // Both move the same person to different places: this side's place, once.
    assert_eq!(
        merge_order(&[1, 2, 3], &[3, 1, 2], &[1, 3, 2]),
        vec![3, 1, 2]
    );
}

#[test]
fn a_message_sent_on_either_side_stays_sent() {
    let base = sample();
    let id = base.meetings[0]
        .invitees
        .keys()
        .next()
        .cloned()
        .expect("sample invitees");
    let at = msp_invitations::model::mail_now();
    let record = |state: MailState| MailRecord {
        message_id: "m1@unoda.example".into(),
        kind: MailKind::Invitation,
        to: "mission@example.org".into(),
        reference: "ODA/2013-00001/13MSP".into(),
        state,
    };
    let mut mine = base.clone();
    mine.meetings[0]
        .outbox
        .insert(id.clone(), vec![record(MailState::Sending { since: at })]);
    let mut theirs = base.clone();
    theirs.meetings[0].outbox.insert(
        id.clone(),
        vec![record(MailState::Sent {
            at,
            reply: String::new(),
        })],
    );
    let merged = merge(&base, &mine, &theirs, &Choices::new());
    assert!(merged.conflicts.is_empty());
    let kept = &merged.workspace.meetings[0].outbox[&id];
    assert_eq!(kept.len(), 1, "one message, once");
    assert!(matches!(kept[0].state, MailState::Sent { .. }));
}

#[test]
fn a_diff_says_what_changed_record_by_record() {
    let old = sample();
    let mut new = old.clone();
    let chile = chile();
    let invitee = new.meetings[0].invitees.entry(chile.clone()).or_default();
    invitee.invitation.reply = Reply::Declined;
    let new = with_member(
        new,
        &chile,
        Member {
            honorific: "Ms.".into(),
            given_name: "Ana".into(),
            family_name: "ROJAS".into(),
            ..Member::new(app_ids(&old), Role::Representative)
        },
    );
    let changes = diff(&old, &new);
    let on_chile: Vec<_> = changes
        .iter()
        .filter(|c| matches!(&c.record, Record::Invitee(_, id) | Record::Person(_, id, _) if *id == chile))
        .collect();
    assert!(
        on_chile.iter().any(|c| c.field == Part::Reply),
        "{changes:#?}"
    );
    assert!(
        on_chile
            .iter()
            .any(|c| c.field == Part::Record && c.to.to_string().contains("ROJAS")),
        "{changes:#?}"
    );
}
