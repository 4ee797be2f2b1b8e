//! A workspace: one file with one or more meetings, the user's organisations and corrections, and settings.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::TemplateKind;
use super::reference;
use super::{Address, Category, Channel, Date, EntityId, Filter, Meeting, Organisation, PersonId};
use crate::i18n::Lang;

/// The format version this build writes; the loader ([`crate::storage::from_ron`]) refuses newer ones and
/// migrates older ones.
///
/// - 1: the first.
/// - 2: UNODA is no longer a standing observer (it is the secretariat); addresses, designations, the
///   meeting's names in other languages, its mandate, reference prefix and signatory; letter templates by
///   language. A file of format 1 is migrated as it is read ([`crate::storage::from_ron`]).
/// - 3: the outbox (each meeting's messages to its invitees, with their states) and the settings for
///   messages; the saved filters of the invitee table. A reader of format 2 would drop them unseen (and
///   could then send a message twice), so it refuses the file instead. Nothing to migrate.
/// - 4: each meeting's id (which edits, jobs and merges point at, whatever the meeting's position or
///   name), the letterhead (settings), the document numbers each meeting's lists were issued under, and a
///   person's name in Latin script for lists. A reader of format 3 would drop them unseen. A file of
///   format 3 or before gets its meetings' ids (their short names) as it is read.
pub const FORMAT_VERSION: u32 = 5;

/// A user's correction of a name in the reference data (a State's name as a meeting prints it, say), and
/// their own wording of the name in running text, by language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Correction {
    pub name: Option<String>,
    /// An organisation's name in a language, where the user gives one: an organisation of their own
    /// (an NGO under Rule 1.4), or a standing observer whose name in that language the reference data
    /// lacks or words otherwise.
    #[serde(
        deserialize_with = "super::unique::map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub names: BTreeMap<Lang, String>,
    /// The name as letters write it in running text ("the Kingdom of Swaziland"), where the user knows
    /// better than the reference data ([`super::naming::running_name`]).
    #[serde(deserialize_with = "super::unique::map")]
    pub running: BTreeMap<Lang, String>,
}

impl Correction {
    /// Whether the correction says nothing (and can be dropped).
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.names.values().all(|t| t.trim().is_empty())
            && self.running.values().all(|t| t.trim().is_empty())
    }
}

/// Defaults the workspace keeps for its users.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The channel proposed when marking invitees as invited.
    pub default_channel: Option<Channel>,
    /// The user's own letter templates, by language and kind, replacing the built-in ones (English,
    /// French, Spanish) or adding one in a language that has none (Russian).
    #[serde(deserialize_with = "super::unique::map")]
    pub letter_templates: BTreeMap<(Lang, TemplateKind), String>,
    /// Format 1's templates (English, by kind): read from old files only, and moved into
    /// `letter_templates` as the file is read.
    #[serde(
        rename = "templates",
        deserialize_with = "super::unique::map",
        skip_serializing
    )]
    pub v1_templates: BTreeMap<TemplateKind, String>,
    /// Format 1's reference prefix: read from old files only, and moved to each meeting as the file is
    /// read ([`Meeting::reference_prefix`]).
    #[serde(rename = "reference_prefix", skip_serializing)]
    pub v1_reference_prefix: String,
    /// The user's filters on the invitee table, by name, shown as chips for everyone who opens the file.
    #[serde(deserialize_with = "super::unique::map")]
    pub saved_filters: BTreeMap<String, Filter>,
    /// Who messages are from, who is copied, and their cover texts.
    pub mail: super::MailSettings,
    /// The office's letterhead, printed at the head of each letter's first page; none until the user
    /// sets one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub letterhead: Option<Box<super::Letterhead>>,
    /// What officers chose each column of a registration file to mean, by the headers of its form
    /// (format 5): the next file of that form imports the same way, for everyone who opens the workspace.
    #[serde(
        deserialize_with = "super::unique::map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub import_mappings: super::Mappings,
}

/// Everything one workspace file holds. Reference data (States, standing observers) stays in the binary and
/// is referred to by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub format_version: u32,
    /// A name for the title bar ("13MSP, Geneva 2013").
    pub name: String,
    /// Organisations the user added, by id; standing observers come from [`mod@reference`].
    #[serde(default, deserialize_with = "super::unique::map")]
    pub organisations: BTreeMap<String, Organisation>,
    #[serde(default, deserialize_with = "super::unique::map")]
    pub corrections: BTreeMap<EntityId, Correction>,
    /// Where letters to each invitee go, for every meeting of the workspace.
    #[serde(default, deserialize_with = "super::unique::map")]
    pub addresses: BTreeMap<EntityId, Address>,
    #[serde(default)]
    pub settings: Settings,
    pub meetings: Vec<Meeting>,
}

impl Workspace {
    /// Gives back the room the delegations' lists were read with: a list read from a file grows by
    /// doubling, so that a third of it on average is room no one uses, a few megabytes at 50,000 people.
    pub fn shrink_to_fit(&mut self) {
        for meeting in &mut self.meetings {
            for invitee in meeting.invitees.values_mut() {
                invitee.delegation.members.shrink_to_fit();
            }
        }
    }

    /// An organisation, whether the user's own or a standing observer.
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations
            .get(id)
            .or_else(|| reference::standing_organisation(id).map(|o| &o.organisation))
    }

    /// Whether `id` is known: a State of the reference data or an organisation of this workspace.
    pub fn knows(&self, id: &EntityId) -> bool {
        match id {
            EntityId::State(iso3) => reference::state(iso3).is_some(),
            EntityId::Org(org) => self.organisation(org).is_some(),
        }
    }

    /// Whether an organisation must come in through a Rule 1.4 request: every organisation that is not a
    /// standing observer.
    pub fn needs_observer_request(&self, id: &EntityId) -> bool {
        match id {
            EntityId::State(_) => false,
            EntityId::Org(org) => reference::standing_organisation(org).is_none(),
        }
    }

    /// The name to show and print: the user's correction, else the UN short name or the organisation's
    /// name; the bare id for an unknown entity.
    pub fn name<'a>(&'a self, id: &'a EntityId) -> &'a str {
        if let Some(name) = self.corrections.get(id).and_then(|c| c.name.as_deref()) {
            return name;
        }
        match id {
            EntityId::State(iso3) => {
                reference::state(iso3).map_or(iso3.as_str(), |s| s.name.as_str())
            }
            EntityId::Org(org) => self
                .organisation(org)
                .map_or(org.as_str(), |o| o.name.as_str()),
        }
    }

    /// Today's name in `lang`: a State's by the user's correction if any, else its UN name in that
    /// language; an organisation's in that language ([`Self::org_name`]).
    pub fn name_in<'a>(&'a self, id: &'a EntityId, lang: Lang) -> &'a str {
        let EntityId::State(iso3) = id else {
            return self.org_name(id.code(), lang);
        };
        if lang == Lang::En {
            return self.name(id);
        }
        self.correction(id)
            .or_else(|| reference::un_names(iso3).map(|n| n.get(lang)))
            .unwrap_or_else(|| self.name(id))
    }

    /// An organisation's name in `lang`, where one is known: the user's (from its detail panel; in
    /// English also their correction of its name), else the reference data's for a standing observer,
    /// else, in English, its own name.
    pub fn org_name_given(&self, org: &str, lang: Lang) -> Option<&str> {
        let id = EntityId::Org(org.to_owned());
        let given = self
            .corrections
            .get(&id)
            .and_then(|c| c.names.get(&lang))
            .map(String::as_str)
            .filter(|n| !n.trim().is_empty());
        let corrected = || self.corrections.get(&id).and_then(|c| c.name.as_deref());
        given
            .or_else(|| (lang == Lang::En).then(corrected).flatten())
            .or_else(|| reference::org_names(org).and_then(|n| n.name(lang)))
            .or_else(|| {
                (lang == Lang::En)
                    .then(|| self.organisation(org).map(|o| o.name.as_str()))
                    .flatten()
            })
    }

    /// An organisation's name in `lang`, as screens and documents in that language print it: the name
    /// known in that language ([`Self::org_name_given`]), else its English name (a document's check
    /// says which names are missing before it goes out).
    pub fn org_name<'a>(&'a self, org: &'a str, lang: Lang) -> &'a str {
        self.org_name_given(org, lang)
            .unwrap_or_else(|| self.organisation(org).map_or(org, |o| o.name.as_str()))
    }

    /// An organisation's acronym in `lang`: the reference data's for a standing observer in French,
    /// Spanish or Russian, else its own.
    pub fn org_acronym<'a>(&'a self, org: &'a str, lang: Lang) -> &'a str {
        reference::org_names(org)
            .and_then(|n| n.acronym(lang))
            .or_else(|| self.organisation(org).map(|o| o.acronym.as_str()))
            .unwrap_or_default()
    }

    /// The name in `lang` as the UN wrote it on `date`: a State's by the user's correction if any, else its
    /// short name in force that day ("Swaziland" until 18 April 2018, then "Eswatini"); an organisation's in
    /// that language ([`Self::org_name`]).
    pub fn name_on<'a>(&'a self, id: &'a EntityId, lang: Lang, date: Date) -> &'a str {
        let EntityId::State(iso3) = id else {
            return self.org_name(id.code(), lang);
        };
        self.correction(id)
            .or_else(|| reference::short_name_on(iso3, lang, date))
            .unwrap_or_else(|| self.name(id))
    }

    /// The name a meeting's views and documents print: [`Self::name_on`] its opening day.
    pub fn name_at<'a>(&'a self, meeting: &Meeting, id: &'a EntityId, lang: Lang) -> &'a str {
        self.name_on(id, lang, meeting.opening)
    }

    /// Every name an invitee has had, in any of the app's languages, for search and for matching imports:
    /// today's names, the earlier UN names, and the user's correction.
    pub fn all_names<'a>(&'a self, id: &'a EntityId) -> Vec<&'a str> {
        let mut names = vec![self.name(id)];
        if let EntityId::Org(org) = id {
            // In every language, with the acronyms: "Union africaine", "UA", "ВОЗ".
            for lang in Lang::ALL {
                names.extend(self.org_name_given(org, lang));
                names.push(self.org_acronym(org, lang));
            }
            names.retain(|n| !n.is_empty());
        }
        if let EntityId::State(iso3) = id {
            if let Some(state) = reference::state(iso3) {
                names.push(&state.name);
            }
            if let Some(un) = reference::un_names(iso3) {
                names.extend(un.all());
            }
            names.extend(
                reference::earlier_names(iso3)
                    .iter()
                    .map(|n| n.name.as_str()),
            );
        }
        names.sort_unstable();
        names.dedup();
        names
    }

    fn correction(&self, id: &EntityId) -> Option<&str> {
        self.corrections.get(id).and_then(|c| c.name.as_deref())
    }

    /// The participation category of an invitee in a meeting; `None` for an unknown entity.
    pub fn category(&self, meeting: &Meeting, id: &EntityId) -> Option<Category> {
        self.category_on(meeting.opening, id)
    }

    /// An invitee's category were the meeting to open on `opening` (a State's depends on the day:
    /// its treaty status then).
    pub fn category_on(&self, opening: super::Date, id: &EntityId) -> Option<Category> {
        match id {
            EntityId::State(iso3) => {
                reference::state(iso3).map(|s| Category::of_state(s.status_on(opening)))
            }
            EntityId::Org(org) => self.organisation(org).map(|o| Category::of_org(o.kind)),
        }
    }

    /// The meeting with this id.
    pub fn meeting(&self, id: &super::MeetingId) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == *id)
    }

    pub fn meeting_mut(&mut self, id: &super::MeetingId) -> Option<&mut Meeting> {
        self.meetings.iter_mut().find(|m| m.id == *id)
    }

    /// Where the meeting with this id stands among the workspace's meetings.
    pub fn meeting_position(&self, id: &super::MeetingId) -> Option<usize> {
        self.meetings.iter().position(|m| m.id == *id)
    }

    /// The meeting with this short name ("13MSP"), compared without regard to case.
    pub fn meeting_named(&self, short_name: &str) -> Option<&Meeting> {
        self.meetings
            .iter()
            .find(|m| m.short_name.eq_ignore_ascii_case(short_name))
    }

    /// An id for a new meeting of this short name: the name itself, or the name and a number when a
    /// meeting of the workspace has it already.
    pub fn new_meeting_id(&self, short_name: &str) -> super::MeetingId {
        let base = if short_name.trim().is_empty() {
            "meeting"
        } else {
            short_name.trim()
        };
        let taken = |id: &str| self.meetings.iter().any(|m| m.id.0 == id);
        let mut id = base.to_owned();
        let mut n = 2;
        while taken(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        super::MeetingId(id)
    }

    /// The meeting with this short name ("13MSP"), compared without regard to case.
    pub fn meeting_index(&self, short_name: &str) -> Option<usize> {
        self.meetings
            .iter()
            .position(|m| m.short_name.eq_ignore_ascii_case(short_name))
    }

    /// A person id not used anywhere in the workspace (see [`FreshPersonIds`]).
    pub fn next_person_id(&self) -> PersonId {
        self.fresh_person_ids().next().unwrap_or(PersonId(1))
    }

    /// Person ids not used anywhere in the workspace, for adding several people at once.
    pub fn fresh_person_ids(&self) -> FreshPersonIds {
        FreshPersonIds::avoiding(self.person_ids())
    }

    /// Every person id in the workspace.
    pub fn person_ids(&self) -> impl Iterator<Item = PersonId> + '_ {
        self.meetings
            .iter()
            .flat_map(|m| m.invitees.values())
            .flat_map(|i| i.delegation.members.iter())
            .map(|m| m.id)
    }

    /// The highest person id in the workspace (0 when there is nobody).
    pub fn highest_person_id(&self) -> u32 {
        self.person_ids().map(|id| id.0).max().unwrap_or(0)
    }

    /// The number of invitees of a meeting in each category, in list order.
    pub fn count_by_category(&self, meeting: &Meeting) -> BTreeMap<Category, usize> {
        let mut counts = BTreeMap::new();
        for id in meeting.invitees.keys() {
            if let Some(category) = self.category(meeting, id) {
                *counts.entry(category).or_insert(0) += 1;
            }
        }
        counts
    }
}

/// Person ids drawn at random from a range far larger than any workspace, skipping those in use.
///
/// Not "the highest plus one": two officers who each add someone to their copy of a workspace would
/// give the two people the same id, and an id freed by a removal would be given again to someone else
/// while a colleague's copy still has the first person under it. A merge matches people by id
/// ([`mod@super::merge`]), so either would join two people into one. Drawn at random, two copies' new ids
/// meet with a chance of about one in two billion per pair, and the merge gives a new id to the rare one
/// that does.
pub struct FreshPersonIds {
    used: std::collections::HashSet<u32>,
    keys: std::hash::RandomState,
    drawn: u64,
}

impl FreshPersonIds {
    /// Below [`u32::MAX`] / 2: the List of Participants numbers its own temporary entries from the top.
    const RANGE: u32 = 1 << 31;

    pub fn avoiding(used: impl IntoIterator<Item = PersonId>) -> Self {
        Self {
            used: used.into_iter().map(|id| id.0).collect(),
            keys: std::hash::RandomState::new(),
            drawn: 0,
        }
    }

    /// Also avoids `more` (the ids of another version of the workspace).
    #[must_use]
    pub fn and_avoiding(mut self, more: impl IntoIterator<Item = PersonId>) -> Self {
        self.used.extend(more.into_iter().map(|id| id.0));
        self
    }
}

impl Iterator for FreshPersonIds {
    type Item = PersonId;

    fn next(&mut self) -> Option<PersonId> {
        use std::hash::BuildHasher;
        loop {
            self.drawn += 1;
            let drawn = self.keys.hash_one(self.drawn);
            let id = u32::try_from(drawn % u64::from(Self::RANGE)).unwrap_or(0);
            if id != 0 && self.used.insert(id) {
                return Some(PersonId(id));
            }
        }
    }
}
