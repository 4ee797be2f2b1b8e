//! A workspace: one file with one or more meetings, the user's organisations and corrections, and settings.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::TemplateKind;
use super::reference;
use super::{Category, Channel, EntityId, Meeting, Organisation, PersonId};

/// The format version this build writes; the loader ([`crate::storage::from_ron`]) refuses newer ones and
/// migrates older ones.
pub const FORMAT_VERSION: u32 = 1;

/// A user's correction of a name in the reference data (a State's name as a meeting prints it, say).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Correction {
    pub name: Option<String>,
}

/// Defaults the workspace keeps for its users.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The channel proposed when marking invitees as invited.
    pub default_channel: Option<Channel>,
    /// Prepended to letter references numbered in sequence ("APLC/MSP.13/NV/").
    pub reference_prefix: String,
    /// The user's own letter templates, replacing the built-in ones.
    #[serde(deserialize_with = "super::unique::map")]
    pub templates: BTreeMap<TemplateKind, String>,
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
    #[serde(default)]
    pub settings: Settings,
    pub meetings: Vec<Meeting>,
}

impl Workspace {
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

    /// The name in `lang`: the user's correction if any; a State's UN name in that language; an
    /// organisation's own name (organisations have one).
    pub fn name_in<'a>(&'a self, id: &'a EntityId, lang: crate::i18n::Lang) -> &'a str {
        use crate::i18n::Lang;
        if self
            .corrections
            .get(id)
            .and_then(|c| c.name.as_deref())
            .is_some()
            || lang == Lang::En
        {
            return self.name(id);
        }
        match id {
            EntityId::State(iso3) => reference::un_names(iso3).map_or_else(
                || self.name(id),
                |names| match lang {
                    Lang::Fr => names.fr.as_str(),
                    Lang::Es => names.es.as_str(),
                    Lang::Ru => names.ru.as_str(),
                    Lang::En => names.en.as_str(),
                },
            ),
            EntityId::Org(_) => self.name(id),
        }
    }

    /// The participation category of an invitee in a meeting; `None` for an unknown entity.
    pub fn category(&self, meeting: &Meeting, id: &EntityId) -> Option<Category> {
        match id {
            EntityId::State(iso3) => {
                reference::state(iso3).map(|s| Category::of_state(s.status_on(meeting.opening)))
            }
            EntityId::Org(org) => self.organisation(org).map(|o| Category::of_org(o.kind)),
        }
    }

    /// The meeting with this short name ("13MSP"), compared without regard to case.
    pub fn meeting_index(&self, short_name: &str) -> Option<usize> {
        self.meetings
            .iter()
            .position(|m| m.short_name.eq_ignore_ascii_case(short_name))
    }

    /// A person id not yet used anywhere in the workspace.
    pub fn next_person_id(&self) -> PersonId {
        let max = self
            .meetings
            .iter()
            .flat_map(|m| m.invitees.values())
            .flat_map(|i| i.delegation.members.iter())
            .map(|m| m.id.0)
            .max()
            .unwrap_or(0);
        PersonId(max + 1)
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
