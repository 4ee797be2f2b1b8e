//! The official List of Participants of a meeting, and its addenda.
//!
//! Sections in the order of [`Category`]; within a section, delegations in English alphabetical order by
//! Unicode collation; within a delegation, people in protocol order. Only delegations with at least one
//! member appear, and an organisation under Rule 1.4 only once the meeting has approved it. No contact
//! details are printed; the internal variant of the tables adds them.

use std::collections::BTreeMap;

use super::document::{Block, Document, Header, Listed, MeetingLine, Table};
use crate::i18n::{Lang, tr_in};
use crate::model::words;
use crate::model::{
    Category, Date, EntityId, Gender, Meeting, ObserverStep, PersonId, Role, Workspace,
};
use crate::text::collate_in;

/// Section headings in English, French and Spanish, as the list prints them.
pub fn headings(category: Category) -> [&'static str; 3] {
    match category {
        Category::StateParty => ["States Parties", "États parties", "Estados partes"],
        Category::NotYetInForce => [
            "States for which the Convention has not yet entered into force",
            "États pour lesquels la Convention n’est pas encore entrée en vigueur",
            "Estados para los cuales la Convención aún no ha entrado en vigor",
        ],
        Category::ObserverSignatory => [
            "Signatory States",
            "États signataires",
            "Estados signatarios",
        ],
        Category::ObserverNotParty => [
            "States not parties",
            "États non parties",
            "Estados no partes",
        ],
        Category::UnitedNations => [
            "United Nations",
            "Organisation des Nations Unies",
            "Naciones Unidas",
        ],
        Category::Intergovernmental => [
            "Other international and regional organizations",
            "Autres organisations internationales et régionales",
            "Otras organizaciones internacionales y regionales",
        ],
        Category::RedCrossAndOtherEntities => [
            "International Committee of the Red Cross, International Federation and other entities",
            "Comité international de la Croix-Rouge, Fédération internationale et autres entités",
            "Comité Internacional de la Cruz Roja, Federación Internacional y otras entidades",
        ],
        Category::NonGovernmental => [
            "Non-governmental organizations",
            "Organisations non gouvernementales",
            "Organizaciones no gubernamentales",
        ],
    }
}

/// One person as the list shows them (and, for the internal variant, how to reach them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub id: PersonId,
    pub role: Role,
    pub honorific: String,
    pub given_name: String,
    pub family_name: String,
    pub function: String,
    pub gender: Gender,
    pub email: String,
    pub phone: String,
}

impl Person {
    /// "H.E. Mr. Juan PÉREZ": what the list prints.
    pub fn printed_name(&self) -> String {
        let family = self.family_name.trim().to_uppercase();
        [
            self.honorific.trim(),
            self.given_name.trim(),
            family.as_str(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
    }

    /// Whether what the official list prints of this person differs.
    fn printed_differs(&self, other: &Person) -> bool {
        self.printed_name() != other.printed_name()
            || self.function.trim() != other.function.trim()
            || self.role != other.role
    }
}

/// A delegation in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DelegationEntry {
    pub id: EntityId,
    pub name: String,
    pub people: Vec<Person>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub category: Category,
    pub delegations: Vec<DelegationEntry>,
}

/// The List of Participants of one meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantList {
    pub meeting_name: String,
    pub venue: String,
    pub opening: Date,
    pub closing: Date,
    /// The meeting's symbol prefix, "APLC/MSP.13/2013".
    pub symbol_prefix: String,
    /// The full symbol, "APLC/MSP.13/2013/INF.2".
    pub symbol: String,
    pub date: Date,
    pub sections: Vec<Section>,
    /// The language of the names and labels (the section headings of the official list stay trilingual).
    pub lang: Lang,
}

impl ParticipantList {
    /// The meeting as the list's title block names it.
    pub fn meeting_line(&self) -> MeetingLine<'_> {
        MeetingLine {
            name: &self.meeting_name,
            venue: &self.venue,
            opening: self.opening,
            closing: self.closing,
        }
    }
}

/// Whether an invitee appears in the list: a known category, and for a Rule 1.4 organisation, approval.
fn listed(workspace: &Workspace, meeting: &Meeting, id: &EntityId) -> Option<Category> {
    let category = workspace.category(meeting, id)?;
    if workspace.needs_observer_request(id) {
        let step = meeting
            .invitees
            .get(id)
            .and_then(|i| i.observer_request.as_ref())
            .and_then(crate::model::ObserverRequest::step);
        if step != Some(ObserverStep::Approved) {
            return None;
        }
    }
    Some(category)
}

/// "APLC/MSP.13/2013" and "INF.2" make "APLC/MSP.13/2013/INF.2".
pub fn full_symbol(prefix: &str, number: &str) -> String {
    match (
        prefix.trim().trim_end_matches('/'),
        number.trim().trim_start_matches('/'),
    ) {
        (p, "") => p.to_owned(),
        ("", n) => n.to_owned(),
        (p, n) => format!("{p}/{n}"),
    }
}

/// Builds the list of a meeting. `document_number` is the part after the prefix ("INF.2").
pub fn participant_list(
    workspace: &Workspace,
    meeting: &Meeting,
    document_number: &str,
    date: Date,
) -> ParticipantList {
    participant_list_in(
        workspace,
        meeting,
        document_number,
        date,
        Lang::En,
        Scope::default(),
    )
}

/// Which people a list takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    /// Only the delegations whose designation (note verbale or letter) has come: UN practice lists only
    /// the people a note or letter designated.
    pub designated_only: bool,
    /// Everyone registered, those who came (the final list), or those who did not (for the desk).
    pub people: People,
}

/// The people of a delegation a list takes, by what the registration desk recorded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum People {
    /// Everyone registered.
    #[default]
    Registered,
    /// Those whose arrival the desk recorded on any day: the final list.
    Attended,
    /// Those registered whose arrival no day records: whom the desk follows up.
    NotArrived,
}

/// [`participant_list`] with delegations named in `lang` (as the UN named them when the meeting opened),
/// in that language's alphabetical order, of the people `scope` takes; a delegation none of whose
/// people it takes is left out.
pub fn participant_list_in(
    workspace: &Workspace,
    meeting: &Meeting,
    document_number: &str,
    date: Date,
    lang: Lang,
    scope: Scope,
) -> ParticipantList {
    let mut by_category: BTreeMap<Category, Vec<DelegationEntry>> = BTreeMap::new();
    for (id, invitee) in &meeting.invitees {
        if invitee.delegation.is_empty() || (scope.designated_only && invitee.designation.is_none())
        {
            continue;
        }
        let Some(category) = listed(workspace, meeting, id) else {
            continue;
        };
        let came = |person| {
            meeting
                .attendance
                .get(id)
                .and_then(|people| people.get(&person))
                .is_some_and(|days| !days.is_empty())
        };
        let people: Vec<Person> = invitee
            .delegation
            .protocol_order()
            .into_iter()
            .filter(|m| match scope.people {
                People::Registered => true,
                People::Attended => came(m.id),
                People::NotArrived => !came(m.id),
            })
            .map(|m| {
                let (given, family) = m.names_in(lang);
                Person {
                    id: m.id,
                    role: m.role,
                    honorific: m.honorific.clone(),
                    given_name: given.to_owned(),
                    family_name: family.to_owned(),
                    function: m.function.clone(),
                    gender: m.gender,
                    email: m.email.clone(),
                    phone: m.phone.clone(),
                }
            })
            .collect();
        if people.is_empty() {
            continue;
        }
        by_category
            .entry(category)
            .or_default()
            .push(DelegationEntry {
                id: id.clone(),
                name: workspace.name_at(meeting, id, lang).to_owned(),
                people,
            });
    }
    let sections = by_category
        .into_iter()
        .map(|(category, mut delegations)| {
            delegations
                .sort_by(|a, b| collate_in(lang, &a.name, &b.name).then_with(|| a.id.cmp(&b.id)));
            Section {
                category,
                delegations,
            }
        })
        .collect();
    let words = meeting.words(lang);
    ParticipantList {
        meeting_name: words.name.to_owned(),
        venue: words.venue.to_owned(),
        opening: meeting.opening,
        closing: meeting.closing,
        symbol_prefix: meeting.symbol_prefix.clone(),
        symbol: full_symbol(&meeting.symbol_prefix, document_number),
        date,
        sections,
        lang,
    }
}

/// A section's heading in one language, for the tables (the official list prints all three).
pub fn section_heading(lang: Lang, category: Category) -> String {
    let key = match category {
        Category::StateParty => "section-state-party",
        Category::NotYetInForce => "section-not-yet-in-force",
        Category::ObserverSignatory => "section-observer-signatory",
        Category::ObserverNotParty => "section-observer-not-party",
        Category::UnitedNations => "section-united-nations",
        Category::Intergovernmental => "section-intergovernmental",
        Category::RedCrossAndOtherEntities => "section-red-cross",
        Category::NonGovernmental => "section-ngo",
    };
    tr_in(lang, key, &[])
}

/// The headings of observer States in lists exported before they took the UN's wording, so such a list can
/// still be read back for an addendum.
fn earlier_heading(heading: &str) -> Option<Category> {
    match heading {
        "Observer States: signatories"
        | "États observateurs : signataires"
        | "Estados observadores: signatarios"
        | "Государства-наблюдатели: подписавшие" => {
            Some(Category::ObserverSignatory)
        }
        "Observer States: States not parties"
        | "États observateurs : États non parties"
        | "Estados observadores: Estados no partes"
        | "Государства-наблюдатели: не являющиеся участниками" => {
            Some(Category::ObserverNotParty)
        }
        _ => None,
    }
}

/// What happened to a person since the earlier list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Added,
    Changed,
    Removed,
}

impl Change {
    pub fn label(self) -> &'static str {
        match self {
            Self::Added => "New",
            Self::Changed => "Changed",
            Self::Removed => "Deleted",
        }
    }
}

/// An addendum: only the people added, changed or removed since `earlier`, each with its change, in the
/// list's order (removed people under the delegation they were in). People are matched by id, so the
/// earlier list must come from an earlier version of the same workspace.
pub fn addendum(
    earlier: &ParticipantList,
    current: &ParticipantList,
) -> (ParticipantList, Vec<(PersonId, Change)>) {
    addendum_matching(earlier, current, Matching::ById)
}

/// How people of an earlier list are found again in the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Matching {
    /// By person id: the earlier list comes from an earlier version of the same workspace.
    ById,
    /// By delegation and name, folded: the earlier list is a saved copy of an issued list (CSV or XLSX),
    /// which has no ids. A renamed person then shows as deleted and new.
    ByName,
}

/// Who a person is, for matching.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Id(PersonId),
    Name(String, String, String),
}

fn key(matching: Matching, delegation: &DelegationEntry, person: &Person) -> Key {
    match matching {
        Matching::ById => Key::Id(person.id),
        Matching::ByName => Key::Name(
            delegation.id.code().to_owned(),
            crate::text::fold(person.given_name.trim()),
            crate::text::fold(person.family_name.trim()),
        ),
    }
}

/// [`addendum`], matching people as `matching` says.
pub fn addendum_matching(
    earlier: &ParticipantList,
    current: &ParticipantList,
    matching: Matching,
) -> (ParticipantList, Vec<(PersonId, Change)>) {
    let index = |list: &ParticipantList| -> BTreeMap<Key, (Category, EntityId, Person)> {
        list.sections
            .iter()
            .flat_map(|s| {
                s.delegations.iter().flat_map(move |d| {
                    d.people
                        .iter()
                        .map(move |p| (key(matching, d, p), (s.category, d.id.clone(), p.clone())))
                })
            })
            .collect()
    };
    let before = index(earlier);
    let after = index(current);
    let mut changes = Vec::new();
    let mut kept: BTreeMap<Category, BTreeMap<EntityId, (String, Vec<Person>)>> = BTreeMap::new();
    let mut keep = |category: Category, delegation: &EntityId, name: &str, person: Person| {
        kept.entry(category)
            .or_default()
            .entry(delegation.clone())
            .or_insert_with(|| (name.to_owned(), Vec::new()))
            .1
            .push(person);
    };
    for section in &current.sections {
        for delegation in &section.delegations {
            for person in &delegation.people {
                let change = match before.get(&key(matching, delegation, person)) {
                    None => Some(Change::Added),
                    Some((_, old_delegation, old)) => (old_delegation != &delegation.id
                        || old.printed_differs(person))
                    .then_some(Change::Changed),
                };
                if let Some(change) = change {
                    changes.push((person.id, change));
                    keep(
                        section.category,
                        &delegation.id,
                        &delegation.name,
                        person.clone(),
                    );
                }
            }
        }
    }
    for section in &earlier.sections {
        for delegation in &section.delegations {
            for person in &delegation.people {
                if !after.contains_key(&key(matching, delegation, person)) {
                    changes.push((person.id, Change::Removed));
                    keep(
                        section.category,
                        &delegation.id,
                        &delegation.name,
                        person.clone(),
                    );
                }
            }
        }
    }
    let sections = kept
        .into_iter()
        .map(|(category, delegations)| {
            let mut delegations: Vec<DelegationEntry> = delegations
                .into_iter()
                .map(|(id, (name, people))| DelegationEntry { id, name, people })
                .collect();
            delegations.sort_by(|a, b| {
                collate_in(current.lang, &a.name, &b.name).then_with(|| a.id.cmp(&b.id))
            });
            Section {
                category,
                delegations,
            }
        })
        .collect();
    (
        ParticipantList {
            sections,
            ..current.clone()
        },
        changes,
    )
}

/// An issued list read back from its CSV or XLSX (columns `section,delegation,role,honorific,given_name,
/// family_name,function`), for an addendum against it. Delegations are found by name; people get ids from
/// the top of the range, so they never collide with the workspace's.
pub fn list_from_table(
    workspace: &Workspace,
    meeting: &Meeting,
    table: &super::import::RawTable,
) -> Result<ParticipantList, NotAList> {
    let column = |name: &str| {
        table
            .header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    use super::columns::{DELEGATION, FAMILY_NAME, FUNCTION, GIVEN_NAME, HONORIFIC, ROLE};
    let (Some(section), Some(delegation), Some(role), Some(given), Some(family)) = (
        column("section"),
        column(DELEGATION.name),
        column(ROLE.name),
        column(GIVEN_NAME.name),
        column(FAMILY_NAME.name),
    ) else {
        return Err(NotAList::Columns {
            columns: table.header.join(", "),
        });
    };
    let honorific = column(HONORIFIC.name);
    let function = column(FUNCTION.name);
    let invitees = super::import::InviteeIndex::new(workspace, meeting);
    let mut by_category: BTreeMap<Category, BTreeMap<String, DelegationEntry>> = BTreeMap::new();
    let mut next_id = u32::MAX;
    for (index, row) in table.rows.iter().enumerate() {
        let cell = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map_or("", |c| c.as_str())
                .trim()
                .to_owned()
        };
        let heading = cell(Some(section));
        let Some(category) = Category::ALL
            .into_iter()
            .find(|c| Lang::ALL.iter().any(|l| section_heading(*l, *c) == heading))
            .or_else(|| earlier_heading(&heading))
        else {
            return Err(NotAList::Section {
                row: index + 2,
                heading,
            });
        };
        let name = cell(Some(delegation));
        let id = invitees
            .find(&name)
            .unwrap_or_else(|| EntityId::Org(format!("earlier:{name}")));
        let entry = by_category
            .entry(category)
            .or_default()
            .entry(name.clone())
            .or_insert_with(|| DelegationEntry {
                id,
                name: name.clone(),
                people: Vec::new(),
            });
        entry.people.push(Person {
            id: PersonId(next_id),
            role: super::import::parse_role(&cell(Some(role))).unwrap_or(Role::Representative),
            honorific: cell(honorific),
            given_name: cell(Some(given)),
            family_name: cell(Some(family)),
            function: cell(function),
            gender: Gender::Unknown,
            email: String::new(),
            phone: String::new(),
        });
        next_id -= 1;
    }
    Ok(ParticipantList {
        sections: by_category
            .into_iter()
            .map(|(category, delegations)| Section {
                category,
                delegations: delegations.into_values().collect(),
            })
            .collect(),
        ..participant_list(workspace, meeting, "", Date::default())
    })
}

/// A table that is not a List of Participants as the app exports it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum NotAList {
    Columns { columns: String },
    Section { row: usize, heading: String },
}

/// The list as a document: title block, then sections with trilingual headings.
pub fn to_document(
    list: &ParticipantList,
    title: &[&str],
    changes: &[(PersonId, Change)],
) -> Document {
    let marks: BTreeMap<PersonId, Change> = changes.iter().copied().collect();
    let mut blocks = Vec::new();
    for section in &list.sections {
        blocks.push(Block::Section(
            headings(section.category)
                .iter()
                .map(|h| (*h).to_owned())
                .collect(),
        ));
        for delegation in &section.delegations {
            blocks.push(Block::Delegation(delegation.name.clone()));
            for person in &delegation.people {
                blocks.push(Block::Person(Listed {
                    name: person.printed_name(),
                    function: person.function.trim().to_owned(),
                    mark: marks.get(&person.id).map(|c| c.label().to_owned()),
                    role: role_label(list.lang, person.role),
                }));
            }
        }
    }
    if list.sections.is_empty() {
        blocks.push(Block::Paragraph("No one is registered yet.".to_owned()));
    }
    Document {
        header: Header {
            // The UN's trilingual title: English, French, Spanish.
            title: title.iter().map(|t| (*t).to_owned()).collect(),
            note: tr_in(list.lang, "doc-prepared", &[]),
            ..Header::for_meeting(
                list.meeting_line(),
                title.first().copied().unwrap_or_default().to_owned(),
                list.symbol.clone(),
                list.date,
                list.lang,
            )
        },
        blocks,
    }
}

/// The part the list names beside a person: the Head of Delegation and the Alternate Head, in the list's
/// language, as UN lists mark them; nothing for the others.
fn role_label(lang: Lang, role: Role) -> Option<String> {
    match role {
        Role::HeadOfDelegation => Some(tr_in(lang, "doc-role-head", &[])),
        Role::Alternate => Some(tr_in(lang, "doc-role-alternate", &[])),
        _ => None,
    }
}

/// Title lines of the list and of an addendum.
pub const LIST_TITLE: [&str; 3] = [
    "List of participants",
    "Liste des participants",
    "Lista de participantes",
];
/// The list once the meeting is over, of those who took part.
pub const FINAL_LIST_TITLE: [&str; 3] = [
    "Final list of participants",
    "Liste finale des participants",
    "Lista final de participantes",
];
/// The people registered whose arrival the desk has not recorded, for it to follow up.
pub const NOT_ARRIVED_TITLE: [&str; 3] = [
    "Registered participants not yet arrived",
    "Participants inscrits non encore arrivés",
    "Participantes inscritos que aún no han llegado",
];
pub const ADDENDUM_TITLE: [&str; 3] = [
    "List of participants: addendum",
    "Liste des participants : additif",
    "Lista de participantes: adición",
];

/// One row per person: `section,delegation,role,honorific,given_name,family_name,function`, and with
/// `internal`, `gender,email,phone` as well (plus `change` for an addendum).
pub fn to_table(
    list: &ParticipantList,
    internal: bool,
    changes: Option<&[(PersonId, Change)]>,
) -> Table {
    let mut header = vec!["section"];
    header.extend(super::columns::PRINTED.iter().map(|c| c.name));
    if internal {
        header.extend(super::columns::CONTACT.iter().map(|c| c.name));
    }
    if changes.is_some() {
        header.push("change");
    }
    let marks: BTreeMap<PersonId, Change> = changes.unwrap_or_default().iter().copied().collect();
    let mut table = Table::new(&header);
    for section in &list.sections {
        let heading = section_heading(list.lang, section.category);
        for delegation in &section.delegations {
            for person in &delegation.people {
                let mut row = vec![
                    heading.clone(),
                    delegation.name.clone(),
                    words::role_in(list.lang, person.role),
                    person.honorific.clone(),
                    person.given_name.clone(),
                    person.family_name.clone(),
                    person.function.clone(),
                ];
                if internal {
                    row.extend([
                        words::gender_in(list.lang, person.gender),
                        person.email.clone(),
                        person.phone.clone(),
                    ]);
                }
                if changes.is_some() {
                    row.push(marks.get(&person.id).map_or("", |c| c.label()).to_owned());
                }
                table.rows.push(row);
            }
        }
    }
    table
}
