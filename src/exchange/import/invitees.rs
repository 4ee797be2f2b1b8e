//! The invitee a file names, by any name that names one: an ISO code of three or two letters ("RUS",
//! "RU"), an organisation's id or acronym in any language, the UN's names in six languages and its
//! earlier ones, the names everyday usage gives a State in four languages ("Russia", "UK", "Ivory
//! Coast", from Unicode CLDR), or the words of one of those names ("Vatican", "DR Congo"). A name that
//! could mean two invitees ("Korea", "Congo") names neither, and the preview says which two; a name that
//! names none suggests the closest.

use std::collections::{HashMap, HashSet};

use std::cell::RefCell;

use crate::model::{EntityId, Meeting, Text, Workspace, reference};
use crate::text::fold;

/// What a cell names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    One(EntityId),
    /// Several invitees answer to it.
    Several(Vec<EntityId>),
    /// None does; the closest names, best first (none when nothing is close).
    None(Vec<EntityId>),
}

/// Every way a file may name an invitee of a meeting, folded, built once per import so that 50,000 rows
/// do not each search every invitee.
pub struct InviteeIndex {
    /// ISO codes, organisation ids and acronyms.
    codes: HashMap<String, Vec<EntityId>>,
    /// The UN's names (in six languages, earlier ones, formal ones) and the organisations' names.
    names: HashMap<String, Vec<EntityId>>,
    /// The names everyday usage gives the States (CLDR), and the part of any name before " - ", " (" or
    /// ", " ("Congo" of "Congo - Kinshasa", "Bolivia" of "Bolivia (Plurinational State of)").
    everyday: HashMap<String, Vec<EntityId>>,
    /// Each invitee's names as words, for a name given by some of its words.
    words: Vec<(EntityId, Vec<Vec<String>>)>,
    /// Each folded name, for suggestions.
    all: Vec<(String, EntityId)>,
    /// What each text looked up named: a file of 50,000 rows names a few hundred invitees.
    cache: RefCell<HashMap<String, Found>>,
}

/// Words that join a name's words, in the four languages, left out when names are compared by words.
const JOINING: [&str; 22] = [
    "of", "the", "and", "de", "du", "des", "la", "le", "les", "l", "d", "el", "los", "las", "del",
    "y", "e", "et", "и", "da", "do", "st",
];

/// A name's words, folded, without the joining words.
fn words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !JOINING.contains(w))
        .map(str::to_owned)
        .collect()
}

/// The part of a name before the marks that qualify it: "Congo" of "Congo - Kinshasa", "Korea" of
/// "Korea, Republic of", "Bolivia" of "Bolivia (Plurinational State of)".
fn head(name: &str) -> Option<&str> {
    let end = [" - ", " (", ", "]
        .iter()
        .filter_map(|mark| name.find(mark))
        .min()?;
    Some(name[..end].trim()).filter(|h| !h.is_empty())
}

fn push(map: &mut HashMap<String, Vec<EntityId>>, key: String, id: &EntityId) {
    if key.is_empty() {
        return;
    }
    let entry = map.entry(key).or_default();
    if !entry.contains(id) {
        entry.push(id.clone());
    }
}

/// One invitee's names as an index keeps them, folded: its codes, the UN's names, the everyday ones
/// (with the heads of every name), each name's words, and every name for suggestions.
#[derive(Default)]
struct Names {
    codes: Vec<String>,
    un: Vec<String>,
    everyday: Vec<String>,
    words: Vec<Vec<String>>,
    all: Vec<String>,
}

impl Names {
    fn add(&mut self, name: &str, everyday: bool) {
        let name = name.trim();
        let folded = fold(name);
        if folded.is_empty() {
            return;
        }
        if let Some(head) = head(name) {
            self.everyday.push(fold(head));
        }
        let list = words(name);
        if !list.is_empty() {
            self.words.push(list);
        }
        self.all.push(folded.clone());
        if everyday {
            self.everyday.push(folded);
        } else {
            self.un.push(folded);
        }
    }
}

/// Every State's names from the reference data, folded once per process: the index of each import takes
/// them as they are, and adds what the workspace says (a name the user corrected, the organisations).
fn state_names() -> &'static HashMap<String, Names> {
    static STATES: std::sync::OnceLock<HashMap<String, Names>> = std::sync::OnceLock::new();
    STATES.get_or_init(|| {
        reference::states()
            .iter()
            .map(|state| {
                let iso3 = state.iso3.as_str();
                let mut names = Names {
                    codes: vec![fold(iso3)],
                    ..Names::default()
                };
                names.add(&state.name, false);
                if let Some(un) = reference::un_names(iso3) {
                    for name in un.all() {
                        names.add(name, false);
                    }
                }
                for earlier in reference::earlier_names(iso3) {
                    names.add(&earlier.name, false);
                }
                if let Some(formal) = reference::formal_names(iso3) {
                    for lang in crate::i18n::Lang::ALL {
                        names.add(formal.formal(lang), false);
                    }
                }
                if let Some(everyday) = reference::everyday_names(iso3) {
                    names.codes.push(fold(&everyday.iso2));
                    for name in &everyday.names {
                        names.add(name, true);
                    }
                }
                (iso3.to_owned(), names)
            })
            .collect()
    })
}

impl InviteeIndex {
    pub fn new(workspace: &Workspace, meeting: &Meeting) -> Self {
        let mut index = Self {
            codes: HashMap::new(),
            names: HashMap::new(),
            everyday: HashMap::new(),
            words: Vec::new(),
            all: Vec::new(),
            cache: RefCell::new(HashMap::new()),
        };
        for id in meeting.invitees.keys() {
            // What the workspace adds to the reference data: an organisation's names and acronyms, a
            // State's name as the user corrected it.
            let mut own = Names::default();
            let reference = match id {
                EntityId::Org(org) => {
                    own.codes.push(fold(id.code()));
                    for lang in crate::i18n::Lang::ALL {
                        own.codes.push(fold(workspace.org_acronym(org, lang)));
                    }
                    if let Some(org) = workspace.organisation(org) {
                        own.codes.push(fold(&org.acronym));
                    }
                    for name in workspace.all_names(id) {
                        own.add(name, false);
                    }
                    None
                }
                EntityId::State(iso3) => {
                    own.add(workspace.name(id), false);
                    state_names().get(iso3)
                }
            };
            let mut word_lists = Vec::new();
            for names in std::iter::once(&own).chain(reference) {
                for code in &names.codes {
                    push(&mut index.codes, code.clone(), id);
                }
                for name in &names.un {
                    push(&mut index.names, name.clone(), id);
                }
                for name in &names.everyday {
                    push(&mut index.everyday, name.clone(), id);
                }
                word_lists.extend(names.words.iter().cloned());
                index
                    .all
                    .extend(names.all.iter().map(|n| (n.clone(), id.clone())));
            }
            index.words.push((id.clone(), word_lists));
        }
        index
    }

    /// The invitee a cell names, when it names exactly one.
    pub fn find(&self, text: &str) -> Option<EntityId> {
        match self.lookup(text) {
            Found::One(id) => Some(id),
            _ => None,
        }
    }

    /// What a cell names: a code first (an ISO code, an organisation's id or acronym), then one of the
    /// UN's names in any language ("Congo" is the Republic of the Congo), then an everyday name or the
    /// head of a name, then the words of one.
    pub fn lookup(&self, text: &str) -> Found {
        if let Some(found) = self.cache.borrow().get(text) {
            return found.clone();
        }
        let found = self.look_up(text);
        self.cache
            .borrow_mut()
            .insert(text.to_owned(), found.clone());
        found
    }

    fn look_up(&self, text: &str) -> Found {
        let key = fold(text.trim());
        if key.is_empty() {
            return Found::None(Vec::new());
        }
        for map in [&self.codes, &self.names, &self.everyday] {
            match map.get(&key).map(Vec::as_slice) {
                Some([one]) => return Found::One(one.clone()),
                Some(several @ [_, _, ..]) => return Found::Several(several.to_vec()),
                _ => {}
            }
        }
        let wanted = words(&key);
        if !wanted.is_empty() {
            let found: Vec<EntityId> = self
                .words
                .iter()
                .filter(|(_, lists)| lists.iter().any(|name| named_by(&wanted, name)))
                .map(|(id, _)| id.clone())
                .collect();
            match found.as_slice() {
                [one] => return Found::One(one.clone()),
                [_, _, ..] => return Found::Several(found),
                [] => {}
            }
        }
        Found::None(self.closest(&key))
    }

    /// The three names closest to `key` (Jaro-Winkler, at least 0.9), one per invitee, best first.
    fn closest(&self, key: &str) -> Vec<EntityId> {
        let mut scored: Vec<(f64, &EntityId)> = self
            .all
            .iter()
            .map(|(name, id)| (strsim::jaro_winkler(key, name), id))
            .filter(|(score, _)| *score >= 0.9)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut seen = HashSet::new();
        scored
            .into_iter()
            .filter(|(_, id)| seen.insert((*id).clone()))
            .take(3)
            .map(|(_, id)| id.clone())
            .collect()
    }
}

/// The invitee a cell names, or why it names none, as a preview's problem says it: the invitees a name
/// could mean, or the closest names to one that names none, named as the meeting names them.
pub fn named(
    index: &InviteeIndex,
    workspace: &Workspace,
    meeting: &Meeting,
    text: &str,
) -> Result<EntityId, Text> {
    match index.lookup(text) {
        Found::One(id) => Ok(id),
        Found::Several(ids) => Err(Text::new("imp-ambiguous-invitee", Vec::new()).naming(
            &ids,
            workspace,
            meeting.opening,
        )),
        Found::None(close) if !close.is_empty() => Err(Text::new(
            "imp-unknown-invitee-like",
            Vec::new(),
        )
        .naming(&close, workspace, meeting.opening)),
        Found::None(_) => Err(Text::new("imp-unknown-invitee", Vec::new())),
    }
}

/// Whether every word wanted is in the name: as a word of it, or as the initials of words that follow
/// each other in it ("dr" for "democratic republic").
fn named_by(wanted: &[String], name: &[String]) -> bool {
    wanted.iter().all(|word| {
        name.contains(word)
            || (word.chars().count() >= 2
                && word.chars().count() <= 4
                && name
                    .windows(word.chars().count())
                    .any(|run| run.iter().zip(word.chars()).all(|(w, c)| w.starts_with(c))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> (Workspace, InviteeIndex) {
        let ws = crate::model::builtin_workspace();
        let index = InviteeIndex::new(&ws, &ws.meetings[0]);
        (ws, index)
    }

    #[test]
    fn everyday_names_and_codes_name_one_state() {
        let (_, index) = index();
        for (text, iso3) in [
            ("Russia", "RUS"),
            ("UK", "GBR"),
            ("United States", "USA"),
            ("Iran", "IRN"),
            ("Vietnam", "VNM"),
            ("South Korea", "KOR"),
            ("DR Congo", "COD"),
            ("Vatican", "VAT"),
            ("RU", "RUS"),
            ("GB", "GBR"),
            ("Ivory Coast", "CIV"),
            ("Russian Federation", "RUS"),
            ("la Norvège", "NOR"),
            ("NORWAY", "NOR"),
            ("Bolivia", "BOL"),
            ("Sénégal", "SEN"),
            ("Guinea", "GIN"),
            ("Niger", "NER"),
        ] {
            assert_eq!(
                index.lookup(text),
                Found::One(EntityId::state(iso3)),
                "{text}"
            );
        }
        assert_eq!(index.lookup("ICRC"), Found::One(EntityId::org("icrc")));
        assert_eq!(
            index.lookup("Union africaine"),
            Found::One(EntityId::org("au"))
        );
    }

    #[test]
    fn a_name_of_two_is_said_and_one_of_none_suggests() {
        let (_, index) = index();
        assert_eq!(index.lookup("Congo"), Found::One(EntityId::state("COG")));
        for text in ["Korea", "Republic of Congo"] {
            let Found::Several(ids) = index.lookup(text) else {
                panic!("{text}: {:?}", index.lookup(text));
            };
            assert_eq!(ids.len(), 2, "{text}: {ids:?}");
        }
        let Found::None(close) = index.lookup("Ivroy Coast") else {
            panic!("found");
        };
        assert_eq!(close.first(), Some(&EntityId::state("CIV")));
        assert_eq!(index.lookup("Narnia"), Found::None(Vec::new()));
    }
}
