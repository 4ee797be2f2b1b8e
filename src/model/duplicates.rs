//! Possible duplicates among a meeting's delegates: the same person registered twice, in one delegation or
//! in two. Two entries are taken for one person when their names are the same once folded (case, accents,
//! invisible characters) and they share an e-mail address or a function line. A warning, not an error:
//! namesakes exist, and the organiser decides.

use rustc_hash::FxHashMap as HashMap;

use super::{EntityId, Meeting, PersonId};
use crate::text::fold;

/// What two entries have in common besides the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Shared {
    Email,
    Function,
}

/// Two entries that may be one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub first: (EntityId, PersonId),
    pub second: (EntityId, PersonId),
    /// The name, as the first entry prints it.
    pub name: String,
    pub shared: Shared,
}

/// One delegate as compared: invitee, person, display name, e-mail (lower case), function (folded).
type Entry = (EntityId, PersonId, String, String, String);

/// Every pair of entries of `meeting` that may be one person: by folded name, then in the order of the
/// file (invitee, then protocol order).
pub fn possible_duplicates(meeting: &Meeting) -> Vec<Duplicate> {
    // First the names alone, which almost all differ; only people who share one are compared further.
    let mut by_name: HashMap<String, Vec<(&EntityId, &super::Member)>> = HashMap::default();
    for (id, invitee) in &meeting.invitees {
        for member in &invitee.delegation.members {
            let family = member.family_name.trim();
            if family.is_empty() {
                continue;
            }
            let mut key = fold(member.given_name.trim());
            key.push('\u{1f}');
            key.push_str(&fold(family));
            by_name.entry(key).or_default().push((id, member));
        }
    }
    let mut shared: Vec<(String, Vec<(&EntityId, &super::Member)>)> =
        by_name.into_iter().filter(|(_, m)| m.len() > 1).collect();
    shared.sort_by(|a, b| a.0.cmp(&b.0));
    let mut found = Vec::new();
    for (_, members) in shared {
        let entries: Vec<Entry> = members
            .iter()
            .map(|(id, m)| {
                (
                    (*id).clone(),
                    m.id,
                    m.display_name(),
                    m.email.trim().to_lowercase(),
                    fold(m.function.trim()),
                )
            })
            .collect();
        for (i, a) in entries.iter().enumerate() {
            for b in entries.iter().skip(i + 1) {
                let shared = if !a.3.is_empty() && a.3 == b.3 {
                    Some(Shared::Email)
                } else if !a.4.is_empty() && a.4 == b.4 {
                    Some(Shared::Function)
                } else {
                    None
                };
                if let Some(shared) = shared {
                    found.push(Duplicate {
                        first: (a.0.clone(), a.1),
                        second: (b.0.clone(), b.1),
                        name: a.2.clone(),
                        shared,
                    });
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Member, Role, builtin_workspace};

    fn member(id: u32, given: &str, family: &str, email: &str, function: &str) -> Member {
        let mut m = Member::new(PersonId(id), Role::Representative);
        m.given_name = given.to_owned();
        m.family_name = family.to_owned();
        m.email = email.to_owned();
        m.function = function.to_owned();
        m
    }

    #[test]
    fn the_same_person_twice_is_found_and_namesakes_are_not() {
        let mut ws = builtin_workspace();
        let meeting = &mut ws.meetings[0];
        let chile = &mut meeting
            .invitees
            .get_mut(&EntityId::state("CHL"))
            .expect("Chile")
            .delegation
            .members;
        chile.push(member(1, "Ana", "Rojas", "ana@example.cl", "Counsellor"));
        chile.push(member(2, "ANA", "ROJAS", "", "counsellor"));
        chile.push(member(3, "Luis", "Vega", "luis@example.cl", "Adviser"));
        let peru = &mut meeting
            .invitees
            .get_mut(&EntityId::state("PER"))
            .expect("Peru")
            .delegation
            .members;
        peru.push(member(4, "Ána", "Rojas", "ANA@example.cl", "Ambassador"));
        peru.push(member(5, "Luis", "Vega", "other@example.pe", "Minister"));
        let found = possible_duplicates(meeting);
        let pairs: Vec<(u32, u32, Shared)> = found
            .iter()
            .map(|d| (d.first.1.0, d.second.1.0, d.shared))
            .collect();
        // Ana Rojas twice in Chile (the same function) and once in Peru (the same e-mail); the two Luis
        // Vega share nothing but the name.
        assert_eq!(pairs, [(1, 2, Shared::Function), (1, 4, Shared::Email),]);
    }
}
