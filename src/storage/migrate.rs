//! Older workspace files, brought to the format this build writes as they are read: one explicit step per
//! version. The file itself is never touched; the next save writes the new format. Each step says what it
//! did, so the app and the command line can tell the user once.

use crate::i18n::Lang;
use crate::model::{EntityId, OrgKind, Organisation, Workspace};

/// What reading an older file changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Migration {
    /// UNODA was a standing observer in format 1; it is the meeting's secretariat, so it no longer is.
    /// Its records (in this many meetings) are kept under an organisation of the workspace.
    UnodaKept { meetings: usize },
    /// UNODA was among the invitees with nothing recorded for it: it is simply left out.
    UnodaDropped,
    /// The workspace's letter reference prefix now belongs to each meeting.
    ReferencePrefixMoved { prefix: String },
    /// The user's letter templates of format 1 are now the English ones.
    TemplatesMoved { count: usize },
}

/// In English, for the command line.
impl std::fmt::Display for Migration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnodaKept { meetings } => write!(
                f,
                "UNODA is the meetings' secretariat, no longer a standing observer; its records in {meetings} meeting(s) are kept under an organisation of this workspace (remove it if it is not an observer)"
            ),
            Self::ReferencePrefixMoved { prefix } => write!(
                f,
                "the letter reference prefix {prefix:?} is now each meeting's own"
            ),
            Self::UnodaDropped => write!(
                f,
                "UNODA, the meetings' secretariat, is no longer among the observers (nothing was recorded for it)"
            ),
            Self::TemplatesMoved { count } => {
                write!(
                    f,
                    "your {count} letter template(s) are now the English ones"
                )
            }
        }
    }
}

/// UNODA's id and record as format 1 had it among the standing observers.
const UNODA: &str = "unoda";

/// Brings `workspace`, read from a file of format `version`, to the current format, and says what changed.
pub fn migrate(workspace: &mut Workspace, version: u32) -> Vec<Migration> {
    let mut done = Vec::new();
    if version < 2 {
        done.extend(to_2(workspace));
    }
    // Files before format 4 have no ids; a hand-edited one may have lost one.
    give_meetings_ids(workspace);
    workspace.format_version = crate::model::FORMAT_VERSION;
    done
}

/// Format 3 to 4 (and a meeting whose id a hand removed): each meeting gets an id, its short name (with a number when two share one). Nothing to
/// tell the user: the ids are the names they already use.
fn give_meetings_ids(workspace: &mut Workspace) {
    for index in 0..workspace.meetings.len() {
        if workspace.meetings[index].id.0.is_empty() {
            let id = workspace.new_meeting_id(&workspace.meetings[index].short_name.clone());
            workspace.meetings[index].id = id;
        }
    }
}

/// Format 1 to 2: UNODA leaves the standing observers; the reference prefix moves to the meetings; the
/// templates become English ones.
fn to_2(workspace: &mut Workspace) -> Vec<Migration> {
    let mut done = Vec::new();
    let unoda = EntityId::org(UNODA);
    let recorded = |m: &crate::model::Meeting| {
        m.invitees
            .get(&unoda)
            .is_some_and(|i| *i != crate::model::Invitee::default())
    };
    let meetings = workspace.meetings.iter().filter(|m| recorded(m)).count();
    let corrected = workspace.corrections.contains_key(&unoda);
    let own = workspace.organisations.contains_key(UNODA);
    if !own && meetings == 0 && !corrected {
        // Every meeting of format 1 listed it among the invitees, untouched: nothing to keep.
        let mut listed = false;
        for meeting in &mut workspace.meetings {
            listed |= meeting.invitees.remove(&unoda).is_some();
        }
        if listed {
            done.push(Migration::UnodaDropped);
        }
    } else if !own {
        workspace.organisations.insert(
            UNODA.to_owned(),
            Organisation {
                id: UNODA.to_owned(),
                name: "United Nations Office for Disarmament Affairs".to_owned(),
                acronym: "UNODA".to_owned(),
                kind: OrgKind::UnitedNations,
            },
        );
        done.push(Migration::UnodaKept { meetings });
    }
    let prefix = std::mem::take(&mut workspace.settings.v1_reference_prefix);
    if !prefix.trim().is_empty() {
        for meeting in &mut workspace.meetings {
            if meeting.reference_prefix.is_empty() {
                meeting.reference_prefix.clone_from(&prefix);
            }
        }
        done.push(Migration::ReferencePrefixMoved { prefix });
    }
    let templates = std::mem::take(&mut workspace.settings.v1_templates);
    if !templates.is_empty() {
        done.push(Migration::TemplatesMoved {
            count: templates.len(),
        });
        for (kind, text) in templates {
            workspace
                .settings
                .letter_templates
                .entry((Lang::En, kind))
                .or_insert(text);
        }
    }
    done
}
