//! Who came, on which day of the meeting: each person's arrivals, by day, with the time the desk
//! recorded (issue #29). Kept in the meeting apart from the invitees' records, as the outbox is, so
//! that two desks checking people in on one shared file merge as a union: an arrival recorded on either
//! side stays, and an arrival taken back on one side is no conflict with one recorded on the other.

use std::collections::BTreeMap;

use chrono::NaiveTime;

use super::{Date, EntityId, Meeting, PersonId, Workspace};
use crate::text::fold;

/// Each delegation's people who arrived, with the day and the time of each arrival.
pub type Attendance = BTreeMap<EntityId, BTreeMap<PersonId, BTreeMap<Date, NaiveTime>>>;

/// A person of the meeting found at the desk: the invitee whose delegation has them, and their id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    pub invitee: EntityId,
    pub person: PersonId,
}

impl Meeting {
    /// When `person` of `invitee` arrived on `day`, if they did.
    pub fn arrival(&self, invitee: &EntityId, person: PersonId, day: Date) -> Option<NaiveTime> {
        self.attendance
            .get(invitee)
            .and_then(|people| people.get(&person))
            .and_then(|days| days.get(&day))
            .copied()
    }

    /// Whether anyone's arrival is recorded: a final list can then be drawn from who came.
    pub fn has_attendance(&self) -> bool {
        self.attendance
            .values()
            .any(|people| people.values().any(|days| !days.is_empty()))
    }
}

/// Every person of a meeting with what the desk's search looks in (their name, their delegation's
/// name and their e-mail address), folded once: a search over 50,000 people then stays within a frame.
/// Built again only when the people change, not at each arrival (see [`SearchIndex::fingerprint`]).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    people: Vec<(Found, String)>,
    fingerprint: u64,
}

impl SearchIndex {
    /// The index of `meeting`'s people, their delegations named in the interface language.
    pub fn new(workspace: &Workspace, meeting: &Meeting) -> Self {
        let lang = crate::i18n::language();
        let mut people = Vec::with_capacity(meeting.people());
        for (id, invitee) in &meeting.invitees {
            let delegation = fold(workspace.name_at(meeting, id, lang));
            for member in &invitee.delegation.members {
                let haystack = format!(
                    "{} {} {} {delegation}",
                    fold(&member.given_name),
                    fold(&member.family_name),
                    fold(&member.email)
                );
                people.push((
                    Found {
                        invitee: id.clone(),
                        person: member.id,
                    },
                    haystack,
                ));
            }
        }
        Self {
            people,
            fingerprint: Self::fingerprint(workspace, meeting),
        }
    }

    /// What the index is built from, hashed: the people's ids, names and e-mail addresses, the
    /// delegations and their names' corrections. An arrival changes none of them, so the desk keeps its
    /// index from one check-in to the next.
    pub fn fingerprint(workspace: &Workspace, meeting: &Meeting) -> u64 {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        meeting.id.hash(&mut hasher);
        crate::i18n::language().code().hash(&mut hasher);
        workspace.corrections.len().hash(&mut hasher);
        for (id, invitee) in &meeting.invitees {
            id.hash(&mut hasher);
            for member in &invitee.delegation.members {
                member.id.hash(&mut hasher);
                member.given_name.hash(&mut hasher);
                member.family_name.hash(&mut hasher);
                member.email.hash(&mut hasher);
            }
        }
        hasher.finish()
    }

    /// Whether the index is still that of `meeting` (its people unchanged).
    pub fn is_for(&self, workspace: &Workspace, meeting: &Meeting) -> bool {
        self.fingerprint == Self::fingerprint(workspace, meeting)
    }

    /// The people `query` finds: a person's id ("42"), or every word of the query in their name (any
    /// script, accents and case aside), their delegation's name or their e-mail address. Returns at most
    /// `limit` of them, in the meeting's order, and how many there are in all.
    pub fn find(&self, query: &str, limit: usize) -> (Vec<Found>, usize) {
        let query = query.trim();
        let matches: Matcher = if let Ok(number) = query.parse::<u32>() {
            Box::new(move |(found, _): &(Found, String)| found.person == PersonId(number))
        } else {
            let terms: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
            if terms.is_empty() {
                return (Vec::new(), 0);
            }
            Box::new(move |(_, haystack): &(Found, String)| {
                terms.iter().all(|t| haystack.contains(t.as_str()))
            })
        };
        let mut count = 0;
        let mut found = Vec::new();
        for entry in self.people.iter().filter(|e| matches(e)) {
            count += 1;
            if found.len() < limit {
                found.push(entry.0.clone());
            }
        }
        (found, count)
    }
}

/// Whether an entry of the index is one the query finds.
type Matcher = Box<dyn Fn(&(Found, String)) -> bool>;

/// The people of `meeting` that `query` finds (see [`SearchIndex::find`]), every one of them.
pub fn find(workspace: &Workspace, meeting: &Meeting, query: &str) -> Vec<Found> {
    SearchIndex::new(workspace, meeting)
        .find(query, usize::MAX)
        .0
}

/// Who was present on one day: people and delegations, in all and by category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    pub day: Date,
    pub people: usize,
    pub delegations: usize,
    /// (people, delegations) of each category with anyone present.
    pub by_category: BTreeMap<super::Category, (usize, usize)>,
}

/// Each day anyone arrived, in order, with who was present: the dashboard's figures of the meeting
/// week and the final report's.
pub fn by_day(workspace: &Workspace, meeting: &Meeting) -> Vec<Day> {
    let mut days: BTreeMap<Date, Day> = BTreeMap::new();
    for (id, people) in &meeting.attendance {
        let category = workspace.category(meeting, id);
        let mut present: BTreeMap<Date, usize> = BTreeMap::new();
        for days_of in people.values() {
            for day in days_of.keys() {
                *present.entry(*day).or_default() += 1;
            }
        }
        for (day, people) in present {
            let figures = days.entry(day).or_insert_with(|| Day {
                day,
                people: 0,
                delegations: 0,
                by_category: BTreeMap::new(),
            });
            figures.people += people;
            figures.delegations += 1;
            if let Some(category) = category {
                let entry = figures.by_category.entry(category).or_default();
                entry.0 += people;
                entry.1 += 1;
            }
        }
    }
    days.into_values().collect()
}

/// The three-way merge of two sides' attendance: an arrival either side recorded since `base` is kept
/// (the earlier time when both recorded one), and one either side took back is gone, unless the other
/// recorded it anew. Never a conflict: a desk's record of who came is never a choice between two.
pub fn merge(base: Option<&Attendance>, mine: &Attendance, theirs: &Attendance) -> Attendance {
    let empty = Attendance::new();
    let base = base.unwrap_or(&empty);
    let at = |side: &Attendance, id: &EntityId, person: &PersonId, day: &Date| {
        side.get(id)
            .and_then(|p| p.get(person))
            .and_then(|d| d.get(day))
            .copied()
    };
    let mut keys = Vec::new();
    for side in [base, mine, theirs] {
        for (id, people) in side {
            for (person, days) in people {
                for day in days.keys() {
                    keys.push((id.clone(), *person, *day));
                }
            }
        }
    }
    keys.sort();
    keys.dedup();
    let mut merged = Attendance::new();
    for (id, person, day) in keys {
        let (b, m, t) = (
            at(base, &id, &person, &day),
            at(mine, &id, &person, &day),
            at(theirs, &id, &person, &day),
        );
        let kept = match (m, t) {
            (Some(m), Some(t)) => Some(m.min(t)),
            // Taken back on one side, as it was in the base on the other: gone.
            (Some(_), None) | (None, Some(_)) if b.is_some() && (m == b || t == b) => None,
            (Some(one), None) | (None, Some(one)) => Some(one),
            (None, None) => None,
        };
        if let Some(time) = kept {
            merged
                .entry(id)
                .or_default()
                .entry(person)
                .or_default()
                .insert(day, time);
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(id: &str, person: u32, day: &str, time: &str) -> Attendance {
        let mut a = Attendance::new();
        a.entry(EntityId::state(id))
            .or_default()
            .entry(PersonId(person))
            .or_default()
            .insert(
                day.parse().expect("a day"),
                NaiveTime::parse_from_str(time, "%H:%M").expect("a time"),
            );
        a
    }

    #[test]
    fn arrivals_merge_as_a_union_and_a_taken_back_arrival_is_no_conflict() {
        let base = one("CHL", 1, "2013-12-02", "09:00");
        // Mine takes Chile's arrival back; theirs records Peru's.
        let mine = Attendance::new();
        let mut theirs = base.clone();
        theirs.extend(one("PER", 2, "2013-12-02", "09:05"));
        let merged = merge(Some(&base), &mine, &theirs);
        assert_eq!(merged, one("PER", 2, "2013-12-02", "09:05"));
        // Both record one arrival at different times: the earlier stays.
        let a = one("NOR", 3, "2013-12-03", "10:00");
        let b = one("NOR", 3, "2013-12-03", "09:30");
        assert_eq!(merge(None, &a, &b), b);
    }
}
