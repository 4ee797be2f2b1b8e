//! Three versions of a workspace brought together: the version both sides started from (`base`), this
//! side's (`mine`) and the other side's (`theirs`: a colleague's save, the other branch).
//!
//! Records are matched by their stable ids (meetings by [`MeetingId`], invitees by [`EntityId`], people by
//! [`PersonId`], organisations, addresses and corrections by their keys, saved filters by their names), then
//! compared field by field: a change on one side is taken; the same change on both sides is one change; two
//! different values for one field, or a change on one side to what the other removed, are a [`Conflict`]
//! naming the record, the field and both values. A delegation's protocol order follows the side that
//! changed it. The outbox is a union: a message recorded as sent on either side stays sent.
//!
//! Conflicts are settled by [`Choices`]: merging again with a side chosen for each conflict gives the
//! workspace the user decided on. Until then the merged workspace holds this side's values.

mod meeting;
mod order;
mod part;
mod shown;
mod words;

use std::collections::{BTreeMap, BTreeSet};

pub use order::merge_order;
pub use part::{Part, Together};
pub use shown::{Shown, ToShown};
pub use words::{conflict_line, describe, field_label, field_name, record_name};

use super::{
    Address, Correction, EntityId, MeetingId, Member, Organisation, PersonId, Settings, Workspace,
};

/// Which side a conflict is settled for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Mine,
    Theirs,
}

/// A side chosen for each conflict, by the conflict's key.
pub type Choices = BTreeMap<ConflictKey, Side>;

/// What a conflict is settled by: its record, its part and, for a part that holds a value per key (a
/// template per language), the entry.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ConflictKey {
    pub record: Record,
    pub part: Part,
    pub entry: Option<Shown>,
}

/// The record a conflict or a change is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Record {
    /// The workspace itself (its name, its settings).
    Workspace,
    Organisation(String),
    Correction(EntityId),
    Address(EntityId),
    Meeting(MeetingId),
    Invitee(MeetingId, EntityId),
    Person(MeetingId, EntityId, PersonId),
}

/// One field two sides changed differently, or a record one side changed and the other removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// What [`Choices`] settle it by.
    pub key: ConflictKey,
    pub record: Record,
    /// The part ([`Part::Reply`], [`Part::Function`]), or [`Part::Record`] when one side removed the
    /// record.
    pub field: Part,
    /// The entry of a field that holds a value per key (the French template), if any.
    pub entry: Option<Shown>,
    pub base: Shown,
    pub mine: Shown,
    pub theirs: Shown,
}

/// A change taken from the other side (or, for a diff, from the newer version).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub record: Record,
    /// The part, or [`Part::Record`] for a record added or removed.
    pub field: Part,
    /// The entry of a field that holds a value per key (the French template), if any.
    pub entry: Option<Shown>,
    pub from: Shown,
    pub to: Shown,
}

/// The merged workspace, the changes it took from the other side, and what a person must decide.
#[derive(Clone, Debug)]
pub struct Merged {
    /// With this side's values where a conflict stands.
    pub workspace: Workspace,
    pub conflicts: Vec<Conflict>,
    pub taken: Vec<Change>,
    /// People this side added whose id the other side had given to someone else: they have a new one.
    pub renumbered: usize,
}

/// Merges `mine` and `theirs`, both made from `base`, settling conflicts by `choices`.
pub fn merge(base: &Workspace, mine: &Workspace, theirs: &Workspace, choices: &Choices) -> Merged {
    let (mine, renumbered) = renumber_new_people(base, mine, theirs);
    let mut merger = Merger {
        choices,
        conflicts: Vec::new(),
        taken: Vec::new(),
    };
    let workspace = merger.workspace(base, &mine, theirs);
    Merged {
        workspace,
        conflicts: merger.conflicts,
        taken: merger.taken,
        renumbered,
    }
}

/// What changed from `old` to `new`, record by record and field by field.
pub fn diff(old: &Workspace, new: &Workspace) -> Vec<Change> {
    merge(old, old, new, &Choices::new()).taken
}

/// This side's new people whose id the other side gave to someone else (another person, or the same
/// name in another delegation) get a new one. Ids are drawn at random ([`super::FreshPersonIds`]), so
/// this is rare; this side is the one renumbered because the other side's version is already in a file
/// that colleagues may have opened.
fn renumber_new_people(
    base: &Workspace,
    mine: &Workspace,
    theirs: &Workspace,
) -> (Workspace, usize) {
    let in_base: BTreeSet<PersonId> = base.person_ids().collect();
    let theirs_people: BTreeMap<PersonId, (&EntityId, &Member)> = theirs
        .meetings
        .iter()
        .flat_map(|m| {
            m.invitees.iter().flat_map(|(id, i)| {
                i.delegation
                    .members
                    .iter()
                    .map(move |member| (member.id, (id, member)))
            })
        })
        .collect();
    let mut fresh = base
        .fresh_person_ids()
        .and_avoiding(mine.person_ids())
        .and_avoiding(theirs.person_ids());
    let mut mine = mine.clone();
    let mut renumbered = 0;
    for meeting in &mut mine.meetings {
        for (invitee, record) in &mut meeting.invitees {
            for member in &mut record.delegation.members {
                if in_base.contains(&member.id) {
                    continue;
                }
                let someone_else = theirs_people.get(&member.id).is_some_and(|(at, other)| {
                    *at != invitee
                        || other.given_name != member.given_name
                        || other.family_name != member.family_name
                });
                if someone_else && let Some(id) = fresh.next() {
                    member.id = id;
                    renumbered += 1;
                }
            }
        }
    }
    (mine, renumbered)
}

/// The three versions of something: the base, this side's and the other side's.
type Three<'a, T> = (&'a T, &'a T, &'a T);

struct Merger<'a> {
    choices: &'a Choices,
    conflicts: Vec<Conflict>,
    taken: Vec<Change>,
}

impl Merger<'_> {
    /// One field: a change on one side is taken, the same change on both is one, two different changes
    /// are a conflict (this side's value kept, unless the choices say otherwise). `base` is `None` for a
    /// record both sides added.
    fn field<T: Clone + PartialEq + ToShown>(
        &mut self,
        record: &Record,
        field: Part,
        values: (Option<&T>, &T, &T),
    ) -> T {
        self.entry(record, field, None, values)
    }

    /// One field, or one entry of a field that holds a value per key (a template per language).
    fn entry<T: Clone + PartialEq + ToShown>(
        &mut self,
        record: &Record,
        field: Part,
        entry: Option<Shown>,
        (base, mine, theirs): (Option<&T>, &T, &T),
    ) -> T {
        if mine == theirs || base == Some(theirs) {
            return mine.clone();
        }
        if base == Some(mine) {
            self.taken.push(Change {
                record: record.clone(),
                field,
                entry,
                from: mine.shown(),
                to: theirs.shown(),
            });
            return theirs.clone();
        }
        let key = ConflictKey {
            record: record.clone(),
            part: field,
            entry: entry.clone(),
        };
        match self.choices.get(&key) {
            Some(Side::Theirs) => theirs.clone(),
            Some(Side::Mine) => mine.clone(),
            None => {
                self.conflicts.push(Conflict {
                    key,
                    record: record.clone(),
                    field,
                    entry,
                    base: base.map_or(Shown::Absent, ToShown::shown),
                    mine: mine.shown(),
                    theirs: theirs.shown(),
                });
                mine.clone()
            }
        }
    }

    /// A map of records by key: each record merged by `merge_record` where both sides have it; a record
    /// added on one side taken; a record removed on one side and left alone on the other removed; a
    /// record removed on one side and changed on the other a conflict.
    fn records<K: Ord + Clone, V: Clone + PartialEq>(
        &mut self,
        (base, mine, theirs): Three<'_, BTreeMap<K, V>>,
        record: impl Fn(&K) -> Record,
        shown: impl Fn(&V) -> Shown,
        mut merge_record: impl FnMut(&mut Self, &Record, (Option<&V>, &V, &V)) -> V,
    ) -> BTreeMap<K, V> {
        let keys: BTreeSet<&K> = base
            .keys()
            .chain(mine.keys())
            .chain(theirs.keys())
            .collect();
        let mut merged = BTreeMap::new();
        for key in keys {
            let at = record(key);
            let kept = match (base.get(key), mine.get(key), theirs.get(key)) {
                (b, Some(m), Some(t)) => Some(merge_record(self, &at, (b, m, t))),
                (None, Some(m), None) => Some(m.clone()),
                (None, None, Some(t)) => {
                    self.taken.push(Change {
                        record: at,
                        field: Part::Record,
                        entry: None,
                        from: Shown::Absent,
                        to: shown(t),
                    });
                    Some(t.clone())
                }
                (Some(b), Some(m), None) => self.removed(&at, b, m, Side::Theirs, &shown),
                (Some(b), None, Some(t)) => self.removed(&at, b, t, Side::Mine, &shown),
                (Some(_) | None, None, None) => None,
            };
            if let Some(value) = kept {
                merged.insert(key.clone(), value);
            }
        }
        merged
    }

    /// A record `remover` removed, which the other side kept as `kept`: removed when the other side left
    /// it alone, a conflict when it changed it.
    fn removed<V: Clone + PartialEq>(
        &mut self,
        at: &Record,
        base: &V,
        kept: &V,
        remover: Side,
        shown: &impl Fn(&V) -> Shown,
    ) -> Option<V> {
        if kept == base {
            if remover == Side::Theirs {
                self.taken.push(Change {
                    record: at.clone(),
                    field: Part::Record,
                    entry: None,
                    from: shown(base),
                    to: Shown::Absent,
                });
            }
            return None;
        }
        let key = ConflictKey {
            record: at.clone(),
            part: Part::Record,
            entry: None,
        };
        let keep_it = match self.choices.get(&key) {
            Some(side) => *side != remover,
            None => {
                let (mine, theirs) = match remover {
                    Side::Theirs => (shown(kept), Shown::Absent),
                    Side::Mine => (Shown::Absent, shown(kept)),
                };
                self.conflicts.push(Conflict {
                    key,
                    record: at.clone(),
                    field: Part::Record,
                    entry: None,
                    base: shown(base),
                    mine,
                    theirs,
                });
                // This side's version stands until the user decides.
                remover == Side::Theirs
            }
        };
        keep_it.then(|| kept.clone())
    }

    fn workspace(&mut self, base: &Workspace, mine: &Workspace, theirs: &Workspace) -> Workspace {
        // Taken apart, so that a field added to the workspace fails to compile until it is merged.
        let Workspace {
            format_version,
            name,
            organisations,
            corrections,
            addresses,
            settings,
            meetings,
        } = mine;
        let at = Record::Workspace;
        Workspace {
            format_version: *format_version,
            name: self.field(
                &at,
                Part::WorkspaceName,
                (Some(&base.name), name, &theirs.name),
            ),
            organisations: self.records(
                (&base.organisations, organisations, &theirs.organisations),
                |id| Record::Organisation(id.clone()),
                |o| Shown::Text(o.name.clone()),
                Self::organisation,
            ),
            corrections: self.records(
                (&base.corrections, corrections, &theirs.corrections),
                |id| Record::Correction(id.clone()),
                |c| c.name.shown(),
                Self::correction,
            ),
            addresses: self.records(
                (&base.addresses, addresses, &theirs.addresses),
                |id| Record::Address(id.clone()),
                |a| a.email.shown(),
                Self::address,
            ),
            settings: self.settings(&base.settings, settings, &theirs.settings),
            meetings: self.meetings(&base.meetings, meetings, &theirs.meetings),
        }
    }

    fn organisation(
        &mut self,
        at: &Record,
        (base, mine, theirs): (Option<&Organisation>, &Organisation, &Organisation),
    ) -> Organisation {
        let Organisation {
            id,
            name,
            acronym,
            kind,
        } = mine;
        Organisation {
            id: id.clone(),
            name: self.field(
                at,
                Part::OrgName,
                (base.map(|b| &b.name), name, &theirs.name),
            ),
            acronym: self.field(
                at,
                Part::Acronym,
                (base.map(|b| &b.acronym), acronym, &theirs.acronym),
            ),
            kind: self.field(
                at,
                Part::OrgKind,
                (base.map(|b| &b.kind), kind, &theirs.kind),
            ),
        }
    }

    fn correction(
        &mut self,
        at: &Record,
        (base, mine, theirs): (Option<&Correction>, &Correction, &Correction),
    ) -> Correction {
        let Correction {
            name,
            names,
            running,
        } = mine;
        let empty = BTreeMap::new();
        Correction {
            name: self.field(
                at,
                Part::CorrectedName,
                (base.map(|b| &b.name), name, &theirs.name),
            ),
            names: self.values(
                at,
                Part::Names,
                (base.map_or(&empty, |b| &b.names), names, &theirs.names),
            ),
            running: self.values(
                at,
                Part::Running,
                (
                    base.map_or(&empty, |b| &b.running),
                    running,
                    &theirs.running,
                ),
            ),
        }
    }

    fn address(
        &mut self,
        at: &Record,
        (base, mine, theirs): (Option<&Address>, &Address, &Address),
    ) -> Address {
        // Taken apart, so that a field added to the address fails to compile until it is merged.
        let Address {
            kind: _,
            city: _,
            postal_address: _,
            email,
            fax,
            contact_name: _,
            contact_title: _,
            salutation: _,
            language,
        } = mine;
        let b = |f: fn(&Address) -> &String| base.map(f);
        // The lines of the address block move together, and so do the addressee's name, title and
        // salutation: a letter never goes to one side's city with the other side's street.
        let lines = |a: &Address| Together((a.kind, a.city.clone(), a.postal_address.clone()));
        let addressee = |a: &Address| {
            Together((
                a.contact_name.clone(),
                a.contact_title.clone(),
                a.salutation.clone(),
            ))
        };
        let Together((kind, city, postal_address)) = self.field(
            at,
            Part::AddressLines,
            (base.map(lines).as_ref(), &lines(mine), &lines(theirs)),
        );
        let Together((contact_name, contact_title, salutation)) = self.field(
            at,
            Part::Addressee,
            (
                base.map(addressee).as_ref(),
                &addressee(mine),
                &addressee(theirs),
            ),
        );
        Address {
            kind,
            city,
            postal_address,
            email: self.field(
                at,
                Part::AddressEmail,
                (b(|a| &a.email), email, &theirs.email),
            ),
            fax: self.field(at, Part::Fax, (b(|a| &a.fax), fax, &theirs.fax)),
            contact_name,
            contact_title,
            salutation,
            language: self.field(
                at,
                Part::LetterLanguage,
                (base.map(|b| &b.language), language, &theirs.language),
            ),
        }
    }

    /// A map of plain values (not records), each key a field of its own: a template per language, a
    /// name in running text per language. Absent is a value like any other: a template removed on one
    /// side and left alone on the other is removed.
    fn values<K: Ord + Clone + ToShown, V: Clone + PartialEq + ToShown>(
        &mut self,
        at: &Record,
        field: Part,
        (base, mine, theirs): Three<'_, BTreeMap<K, V>>,
    ) -> BTreeMap<K, V> {
        let keys: BTreeSet<&K> = base
            .keys()
            .chain(mine.keys())
            .chain(theirs.keys())
            .collect();
        let mut merged = BTreeMap::new();
        for key in keys {
            let (b, m, t) = (
                base.get(key).cloned(),
                mine.get(key).cloned(),
                theirs.get(key).cloned(),
            );
            if let Some(value) = self.entry(at, field, Some(key.shown()), (Some(&b), &m, &t)) {
                merged.insert(key.clone(), value);
            }
        }
        merged
    }

    fn settings(&mut self, base: &Settings, mine: &Settings, theirs: &Settings) -> Settings {
        let Settings {
            default_channel,
            letter_templates,
            v1_templates,
            v1_reference_prefix,
            saved_filters,
            mail,
            letterhead,
            import_mappings,
        } = mine;
        let at = Record::Workspace;
        let mail = {
            let super::MailSettings {
                from,
                cc,
                reply_to,
                cover,
            } = mail;
            let (b, t) = (&base.mail, &theirs.mail);
            super::MailSettings {
                from: self.field(&at, Part::MailFrom, (Some(&b.from), from, &t.from)),
                cc: self.field(&at, Part::MailCc, (Some(&b.cc), cc, &t.cc)),
                reply_to: self.field(
                    &at,
                    Part::MailReplyTo,
                    (Some(&b.reply_to), reply_to, &t.reply_to),
                ),
                cover: self.values(&at, Part::MailCover, (&b.cover, cover, &t.cover)),
            }
        };
        Settings {
            default_channel: self.field(
                &at,
                Part::DefaultChannel,
                (
                    Some(&base.default_channel),
                    default_channel,
                    &theirs.default_channel,
                ),
            ),
            letter_templates: self.values(
                &at,
                Part::LetterTemplate,
                (
                    &base.letter_templates,
                    letter_templates,
                    &theirs.letter_templates,
                ),
            ),
            // Read from files of format 1 only, and moved as they are read.
            v1_templates: v1_templates.clone(),
            v1_reference_prefix: v1_reference_prefix.clone(),
            saved_filters: self.values(
                &at,
                Part::SavedFilter,
                (&base.saved_filters, saved_filters, &theirs.saved_filters),
            ),
            mail,
            letterhead: self.field(
                &at,
                Part::Letterhead,
                (Some(&base.letterhead), letterhead, &theirs.letterhead),
            ),
            import_mappings: self.values(
                &at,
                Part::ImportMapping,
                (
                    &base.import_mappings,
                    import_mappings,
                    &theirs.import_mappings,
                ),
            ),
        }
    }
}

/// The messages of both sides: every message once (by its Message-ID), in the state that says the most
/// (sent above all: a message sent on either side stays sent).
fn union_outbox(
    mine: &BTreeMap<EntityId, Vec<super::MailRecord>>,
    theirs: &BTreeMap<EntityId, Vec<super::MailRecord>>,
) -> BTreeMap<EntityId, Vec<super::MailRecord>> {
    use super::MailState;
    let rank = |state: &MailState| match state {
        MailState::Sent { .. } => 4,
        MailState::Failed { .. } | MailState::Unknown { .. } => 3,
        MailState::Sending { .. } => 2,
        MailState::Drafted { .. } => 1,
    };
    let mut merged = mine.clone();
    for (id, records) in theirs {
        let list = merged.entry(id.clone()).or_default();
        for record in records {
            match list.iter_mut().find(|r| r.message_id == record.message_id) {
                Some(existing) => {
                    let better = rank(&record.state) > rank(&existing.state)
                        || (rank(&record.state) == rank(&existing.state)
                            && record.state.at() > existing.state.at());
                    if better {
                        *existing = record.clone();
                    }
                }
                None => list.push(record.clone()),
            }
        }
    }
    merged
}

/// The records of `records` in `order`, and any the order does not name (a record one side removed
/// from the order and the other changed, kept until the user decides) after them.
fn in_order<K: Ord, V>(order: Vec<K>, mut records: BTreeMap<K, V>) -> Vec<V> {
    let mut list: Vec<V> = order
        .into_iter()
        .filter_map(|key| records.remove(&key))
        .collect();
    list.extend(records.into_values());
    list
}
