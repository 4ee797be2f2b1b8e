//! Validation kept up to date edit by edit. Checking 50,000 people from scratch takes a good part of a
//! second, too long for every character typed in a field; after an edit that touched a few invitees, only
//! their own problems are checked again and only their people's entries in the meeting's index of
//! names, e-mails and person ids are taken out and put back. The result is the same, in the same order,
//! as checking from scratch, which is what [`super::validate`] does with a new [`Validator`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::validation::{Out, validate_invitee, validate_meeting};
use super::{EntityId, Field, Invitee, Meeting, MeetingId, PersonId, Problem, Workspace};
use crate::i18n::{Arg, Lang};
use crate::text::fold;

/// The problems of a workspace, and what it takes to update them after a small edit.
#[derive(Default)]
pub struct Validator {
    meetings: Vec<MeetingProblems>,
    problems: Vec<Problem>,
}

/// One meeting's problems, by where they come from.
#[derive(Default)]
struct MeetingProblems {
    /// The meeting's own record (names, dates, officers) and its short name shared with another meeting.
    own: Vec<Problem>,
    /// Each invitee's record, delegation and Rule 1.4 request.
    invitees: BTreeMap<EntityId, Vec<Problem>>,
    /// Who appears in two delegations, and person ids used twice.
    people: PeopleIndex,
}

impl Validator {
    /// Brings the problems up to date with `workspace`. `touched` names the invitees the one change
    /// since the last call touched, as [`crate::edit::Document::last_touched`] says; `None` checks
    /// everything.
    pub fn refresh(&mut self, workspace: &Workspace, touched: Option<&[(MeetingId, EntityId)]>) {
        match touched {
            Some(touched) if self.meetings.len() == workspace.meetings.len() => {
                for (meeting_id, id) in touched {
                    let Some(index) = workspace.meeting_position(meeting_id) else {
                        continue;
                    };
                    if let (Some(meeting), Some(problems)) =
                        (workspace.meetings.get(index), self.meetings.get_mut(index))
                    {
                        problems.update_invitee(workspace, meeting, id);
                    }
                }
            }
            _ => self.rebuild(workspace),
        }
        self.assemble(workspace);
    }

    /// Every problem, in a stable order (meeting, then invitee id, then the meeting's people).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The problems, taken.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    fn rebuild(&mut self, workspace: &Workspace) {
        let mut short_names: HashMap<String, usize> = HashMap::new();
        for meeting in &workspace.meetings {
            *short_names
                .entry(meeting.short_name.to_lowercase())
                .or_default() += 1;
        }
        self.meetings = workspace
            .meetings
            .iter()
            .map(|meeting| {
                let mut own = Vec::new();
                let mut out = Out::new(meeting, &mut own);
                if short_names
                    .get(&meeting.short_name.to_lowercase())
                    .is_some_and(|&n| n > 1)
                {
                    out.meeting(
                        Field::MeetingName,
                        (
                            "problem-short-name-shared",
                            vec![("name", Arg::from(meeting.short_name.clone()))],
                        ),
                    );
                }
                validate_meeting(workspace, meeting, &mut out);
                let mut problems = MeetingProblems {
                    own,
                    ..MeetingProblems::default()
                };
                for id in meeting.invitees.keys() {
                    problems.update_invitee(workspace, meeting, id);
                }
                problems
            })
            .collect();
    }

    fn assemble(&mut self, workspace: &Workspace) {
        self.problems.clear();
        for (meeting, problems) in workspace.meetings.iter().zip(&self.meetings) {
            self.problems.extend(problems.own.iter().cloned());
            for list in problems.invitees.values() {
                self.problems.extend(list.iter().cloned());
            }
            let mut out = Out::new(meeting, &mut self.problems);
            problems.people.report(workspace, meeting, &mut out);
        }
    }
}

impl MeetingProblems {
    /// Checks invitee `id` again, as it now is in `meeting` (or takes it out, when it is gone).
    fn update_invitee(&mut self, workspace: &Workspace, meeting: &Meeting, id: &EntityId) {
        self.people.remove(id);
        match meeting.invitees.get(id) {
            Some(invitee) => {
                let mut list = Vec::new();
                validate_invitee(
                    workspace,
                    meeting,
                    id,
                    invitee,
                    &mut Out::new(meeting, &mut list),
                );
                self.invitees.insert(id.clone(), list);
                self.people.add(id, invitee);
            }
            None => {
                self.invitees.remove(id);
            }
        }
    }
}

/// A name as compared: given and family name, folded.
type NameKey = (String, String);

/// What one invitee's delegation puts in the index, kept so it can be taken out again.
#[derive(Default)]
struct Entries {
    names: Vec<NameKey>,
    emails: Vec<String>,
    ids: Vec<PersonId>,
}

/// The meeting's people by folded name, by e-mail and by person id, with the keys that more than one
/// delegation (or person) shares kept apart, so a report reads only those.
#[derive(Default)]
struct PeopleIndex {
    entries: HashMap<EntityId, Entries>,
    /// For each name, the delegations with a person of that name and, for each, how the first of them
    /// is written.
    by_name: BTreeMap<NameKey, BTreeMap<EntityId, String>>,
    by_email: BTreeMap<String, BTreeSet<EntityId>>,
    ids: HashMap<PersonId, usize>,
    shared_names: BTreeSet<NameKey>,
    shared_emails: BTreeSet<String>,
    ids_twice: BTreeSet<PersonId>,
}

impl PeopleIndex {
    fn add(&mut self, id: &EntityId, invitee: &Invitee) {
        let mut entries = Entries::default();
        for member in &invitee.delegation.members {
            entries.ids.push(member.id);
            let count = self.ids.entry(member.id).or_default();
            *count += 1;
            if *count > 1 {
                self.ids_twice.insert(member.id);
            }
            let family = fold(member.family_name.trim());
            if !family.is_empty() {
                let key = (fold(member.given_name.trim()), family);
                let delegations = self.by_name.entry(key.clone()).or_default();
                if !delegations.contains_key(id) {
                    delegations.insert(id.clone(), member.plain_name());
                    if delegations.len() > 1 {
                        self.shared_names.insert(key.clone());
                    }
                    entries.names.push(key);
                }
            }
            let email = member.email.trim().to_lowercase();
            if !email.is_empty() {
                let delegations = self.by_email.entry(email.clone()).or_default();
                if delegations.insert(id.clone()) {
                    if delegations.len() > 1 {
                        self.shared_emails.insert(email.clone());
                    }
                    entries.emails.push(email);
                }
            }
        }
        self.entries.insert(id.clone(), entries);
    }

    fn remove(&mut self, id: &EntityId) {
        let Some(entries) = self.entries.remove(id) else {
            return;
        };
        for person in entries.ids {
            if let Some(count) = self.ids.get_mut(&person) {
                *count -= 1;
                if *count <= 1 {
                    self.ids_twice.remove(&person);
                }
                if *count == 0 {
                    self.ids.remove(&person);
                }
            }
        }
        for key in entries.names {
            take_out(&mut self.by_name, &mut self.shared_names, &key, |d| {
                d.remove(id);
                d.len()
            });
        }
        for email in entries.emails {
            take_out(&mut self.by_email, &mut self.shared_emails, &email, |d| {
                d.remove(id);
                d.len()
            });
        }
    }

    /// One person in two delegations (same given and family name, or same e-mail, compared folded) and
    /// person ids used twice. An e-mail shared by the same delegations as a name is said once.
    fn report(&self, workspace: &Workspace, meeting: &Meeting, out: &mut Out<'_>) {
        // The delegations, named as the meeting names them, for the sentence.
        let names = |delegations: &[&EntityId]| -> String {
            delegations
                .iter()
                .map(|d| workspace.name_at(meeting, d, Lang::En))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut reported: Vec<Vec<&EntityId>> = Vec::new();
        for key in &self.shared_names {
            let Some(by_delegation) = self.by_name.get(key) else {
                continue;
            };
            let delegations: Vec<&EntityId> = by_delegation.keys().collect();
            let person = by_delegation.values().next().cloned().unwrap_or_default();
            out.push(
                delegations.first().copied(),
                None,
                Field::Delegation,
                (
                    "problem-two-delegations",
                    vec![
                        ("person", Arg::from(person)),
                        ("delegations", Arg::from(names(&delegations))),
                    ],
                ),
            );
            reported.push(delegations);
        }
        for email in &self.shared_emails {
            let Some(by_delegation) = self.by_email.get(email) else {
                continue;
            };
            let delegations: Vec<&EntityId> = by_delegation.iter().collect();
            if !reported.contains(&delegations) {
                out.push(
                    delegations.first().copied(),
                    None,
                    Field::MemberEmail,
                    (
                        "problem-email-twice",
                        vec![
                            ("email", Arg::from(email.clone())),
                            ("delegations", Arg::from(names(&delegations))),
                        ],
                    ),
                );
            }
        }
        for person in &self.ids_twice {
            let count = self.ids.get(person).copied().unwrap_or_default();
            out.meeting(
                Field::Delegation,
                (
                    "problem-person-id-twice",
                    vec![
                        ("id", Arg::from(person.0.to_string())),
                        ("count", Arg::from(count.to_string())),
                    ],
                ),
            );
        }
    }
}

/// Takes a delegation out of those listed under `key` (`remove` does it and says how many are left): the key
/// is no longer shared once one is left, and is forgotten once none is.
fn take_out<K: Ord, D>(
    map: &mut BTreeMap<K, D>,
    shared: &mut BTreeSet<K>,
    key: &K,
    remove: impl FnOnce(&mut D) -> usize,
) {
    let Some(delegations) = map.get_mut(key) else {
        return;
    };
    let left = remove(delegations);
    if left <= 1 {
        shared.remove(key);
    }
    if left == 0 {
        map.remove(key);
    }
}
