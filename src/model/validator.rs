//! Validation kept up to date edit by edit. Checking 50,000 people from scratch takes a good part of a
//! second, too long for every character typed in a field; after an edit that touched a few invitees, only
//! their own problems are checked again and only their people's entries in the meeting's index of
//! names, e-mails and person ids are taken out and put back. The result is the same, in the same order,
//! as checking from scratch, which is what [`super::validate`] does with a new [`Validator`].

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;
use smallvec::SmallVec;

use super::validation::{Out, validate_invitee, validate_meeting};
use super::{EntityId, Field, Invitee, Meeting, MeetingId, PersonId, Problem, Workspace};
use crate::i18n::{Arg, Lang};
use crate::text::fold;

/// The problems of a workspace, and what it takes to update them after a small edit.
#[derive(Default)]
pub struct Validator {
    meetings: Vec<MeetingProblems>,
    problems: Vec<Problem>,
    /// The language whose collation orders the invitees' problems, as the table sorts their names.
    lang: Lang,
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

    /// Orders the problems as the table sorts names in `lang` (the interface's language; English on
    /// the command line), from the next refresh on.
    pub fn set_language(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The language the problems are ordered in.
    pub fn language(&self) -> Lang {
        self.lang
    }

    /// Every problem, in a stable order: meeting by meeting, the meeting's own, then each invitee's in
    /// the order the table sorts their names (as the meeting names them when it opens, collated in the
    /// validator's language), then those of the meeting's people across delegations.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The problems, taken.
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    fn rebuild(&mut self, workspace: &Workspace) {
        let mut short_names: HashMap<String, usize> = HashMap::default();
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
        let lang = self.lang;
        for (meeting, problems) in workspace.meetings.iter().zip(&self.meetings) {
            self.problems.extend(problems.own.iter().cloned());
            let mut invitees: Vec<(&str, &EntityId, &Vec<Problem>)> = problems
                .invitees
                .iter()
                .filter(|(_, list)| !list.is_empty())
                .map(|(id, list)| (workspace.name_at(meeting, id, lang), id, list))
                .collect();
            invitees
                .sort_by(|a, b| crate::text::collate_in(lang, a.0, b.0).then_with(|| a.1.cmp(b.1)));
            for (_, _, list) in invitees {
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

/// A name (given and family name, folded) or an e-mail (lower-cased) as compared, hashed: eight bytes in
/// the index rather than a copy of the text, for each of 50,000 people. Texts that share a hash (about
/// one chance in ten billion among 50,000 people) are told apart when a report is made, by the texts.
type Key = u64;

fn key_of(parts: &[&str]) -> Key {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::hash::DefaultHasher::new();
    parts.hash(&mut hasher);
    hasher.finish()
}

/// A person's name as compared: given and family name, folded; `None` without a family name.
fn name_of(member: &super::Member) -> Option<(String, String)> {
    let family = fold(member.family_name.trim());
    (!family.is_empty()).then(|| (fold(member.given_name.trim()), family))
}

/// A person's e-mail as compared; `None` without one.
fn email_of(member: &super::Member) -> Option<String> {
    let email = member.email.trim();
    (!email.is_empty()).then(|| email.to_lowercase())
}

/// An invitee, by its number in [`PeopleIndex::invitees`]: four bytes in the index, not a copy of its id.
type Slot = u32;

/// What one invitee's delegation puts in the index, kept so it can be taken out again.
#[derive(Default)]
struct Entries {
    names: Vec<Key>,
    emails: Vec<Key>,
    ids: Vec<PersonId>,
}

/// The meeting's people by folded name, by e-mail and by person id, with the keys that more than one
/// delegation (or person) shares kept apart, so a report reads only those.
///
/// Built for 50,000 people at once and kept while the app runs: keys are made once and shared, invitees
/// are numbers, and a person's name for a message is looked up only when a report needs it.
#[derive(Default)]
struct PeopleIndex {
    /// The invitees met so far, by number; a number is never given to another invitee.
    invitees: Vec<EntityId>,
    slots: HashMap<EntityId, Slot>,
    entries: HashMap<Slot, Entries>,
    /// For each name, the delegations with a person of that name and, for each, the first such person.
    by_name: HashMap<Key, SmallVec<[(Slot, PersonId); 1]>>,
    /// For each e-mail, the delegations with a person who has it and, for each, the first such person.
    by_email: HashMap<Key, SmallVec<[(Slot, PersonId); 1]>>,
    ids: HashMap<PersonId, usize>,
    shared_names: BTreeSet<Key>,
    shared_emails: BTreeSet<Key>,
    ids_twice: BTreeSet<PersonId>,
}

impl PeopleIndex {
    fn slot(&mut self, id: &EntityId) -> Slot {
        if let Some(slot) = self.slots.get(id) {
            return *slot;
        }
        let slot = Slot::try_from(self.invitees.len()).unwrap_or(Slot::MAX);
        self.invitees.push(id.clone());
        self.slots.insert(id.clone(), slot);
        slot
    }

    fn add(&mut self, id: &EntityId, invitee: &Invitee) {
        let slot = self.slot(id);
        let mut entries = Entries::default();
        for member in &invitee.delegation.members {
            entries.ids.push(member.id);
            let count = self.ids.entry(member.id).or_default();
            *count += 1;
            if *count > 1 {
                self.ids_twice.insert(member.id);
            }
            if let Some((given, family)) = name_of(member) {
                let key = key_of(&[&given, &family]);
                if add_to(
                    &mut self.by_name,
                    &mut self.shared_names,
                    key,
                    slot,
                    member.id,
                ) {
                    entries.names.push(key);
                }
            }
            if let Some(email) = email_of(member) {
                let key = key_of(&[&email]);
                if add_to(
                    &mut self.by_email,
                    &mut self.shared_emails,
                    key,
                    slot,
                    member.id,
                ) {
                    entries.emails.push(key);
                }
            }
        }
        self.entries.insert(slot, entries);
    }

    fn remove(&mut self, id: &EntityId) {
        let Some(slot) = self.slots.get(id).copied() else {
            return;
        };
        let Some(entries) = self.entries.remove(&slot) else {
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
                d.retain(|(s, _)| *s != slot);
                d.len()
            });
        }
        for email in entries.emails {
            take_out(&mut self.by_email, &mut self.shared_emails, &email, |d| {
                d.retain(|(s, _)| *s != slot);
                d.len()
            });
        }
    }

    /// The delegations that share one text under each shared key, as (the text, the delegations in the
    /// order of their ids, the first delegation's person), in the order of the texts. `text` gives the
    /// text a person was indexed under; holders whose texts differ share only a hash and are apart.
    fn shared<'m>(
        &'m self,
        meeting: &'m Meeting,
        keys: &BTreeSet<Key>,
        map: &HashMap<Key, SmallVec<[(Slot, PersonId); 1]>>,
        text: impl Fn(&super::Member) -> Option<String>,
    ) -> Vec<(String, Vec<&'m EntityId>, Option<&'m super::Member>)> {
        let mut found = Vec::new();
        for key in keys {
            let Some(holders) = map.get(key) else {
                continue;
            };
            let mut by_text: BTreeMap<String, Vec<(&EntityId, &super::Member)>> = BTreeMap::new();
            for (slot, person) in holders {
                let Some(id) = self.invitees.get(*slot as usize) else {
                    continue;
                };
                let member = meeting
                    .invitees
                    .get(id)
                    .and_then(|invitee| invitee.delegation.member(*person));
                if let Some((member, text)) = member.and_then(|m| Some((m, text(m)?))) {
                    by_text.entry(text).or_default().push((id, member));
                }
            }
            for (text, mut holders) in by_text {
                if holders.len() < 2 {
                    continue;
                }
                holders.sort_by_key(|(id, _)| *id);
                let person = holders.first().map(|(_, member)| *member);
                found.push((
                    text,
                    holders.into_iter().map(|(id, _)| id).collect(),
                    person,
                ));
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found
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
        let name_text =
            |m: &super::Member| name_of(m).map(|(given, family)| format!("{given}\u{1f}{family}"));
        for (_, delegations, person) in
            self.shared(meeting, &self.shared_names, &self.by_name, name_text)
        {
            // The person as the first delegation (in the order of ids) writes them.
            let person = person.map(super::Member::plain_name).unwrap_or_default();
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
        for (email, delegations, _) in
            self.shared(meeting, &self.shared_emails, &self.by_email, email_of)
        {
            if !reported.contains(&delegations) {
                out.push(
                    delegations.first().copied(),
                    None,
                    Field::MemberEmail,
                    (
                        "problem-email-twice",
                        vec![
                            ("email", Arg::from(email)),
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

/// Lists `person` of delegation `slot` under `key`, unless the delegation is listed there already (with
/// another person of that name or e-mail); says whether it was listed. Two delegations under one key make
/// it shared.
fn add_to(
    map: &mut HashMap<Key, SmallVec<[(Slot, PersonId); 1]>>,
    shared: &mut BTreeSet<Key>,
    key: Key,
    slot: Slot,
    person: PersonId,
) -> bool {
    let delegations = map.entry(key).or_default();
    if delegations.iter().any(|(s, _)| *s == slot) {
        return false;
    }
    delegations.push((slot, person));
    if delegations.len() > 1 {
        shared.insert(key);
    }
    true
}

/// Takes a delegation out of those listed under `key` (`remove` does it and says how many are left): the key
/// is no longer shared once one is left, and is forgotten once none is.
fn take_out<K: Ord + std::hash::Hash, D>(
    map: &mut HashMap<K, D>,
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
