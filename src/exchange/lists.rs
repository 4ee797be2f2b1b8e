//! The other lists: invitations (one row per invitee) and the figures and paragraphs of the final report.

use super::document::{Block, Document, Header, Table, date_range, long_date};
use super::participants::{ParticipantList, full_symbol};
use crate::model::{Category, EntityId, Gender, Meeting, Role, Workspace};
use crate::text::collate;

/// The invitation list: each invitee (or only `ids`, the table's current filter) with its category and
/// what was sent and answered, in alphabetical order.
pub fn invitations_table(
    workspace: &Workspace,
    meeting: &Meeting,
    ids: Option<&[EntityId]>,
) -> Table {
    let mut table = Table::new(&[
        "invitee",
        "code",
        "category",
        "status",
        "sent",
        "channel",
        "reference",
        "reminders",
        "reply",
        "reply_date",
        "notes",
    ]);
    let mut invitees: Vec<(&EntityId, &crate::model::Invitee)> = match ids {
        Some(ids) => ids
            .iter()
            .filter_map(|id| meeting.invitees.get_key_value(id))
            .collect(),
        None => meeting.invitees.iter().collect(),
    };
    invitees.sort_by(|a, b| {
        collate(workspace.name(a.0), workspace.name(b.0)).then_with(|| a.0.cmp(b.0))
    });
    for (id, invitee) in invitees {
        let inv = &invitee.invitation;
        let date = |d: Option<crate::model::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        table.rows.push(vec![
            workspace.name(id).to_owned(),
            id.code().to_owned(),
            workspace
                .category(meeting, id)
                .map_or("Unknown", Category::label)
                .to_owned(),
            inv.status.label().to_owned(),
            date(inv.sent),
            inv.channel
                .map(|c| c.label().to_owned())
                .unwrap_or_default(),
            inv.reference.clone(),
            inv.reminders
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            inv.reply.label().to_owned(),
            date(inv.reply_date),
            inv.notes.clone(),
        ]);
    }
    table
}

/// The invitation list as a document (for HTML and PDF): one entry per invitee.
pub fn invitations_document(
    workspace: &Workspace,
    meeting: &Meeting,
    ids: Option<&[EntityId]>,
    date: crate::model::Date,
) -> Document {
    let table = invitations_table(workspace, meeting, ids);
    let mut blocks = Vec::new();
    for row in &table.rows {
        let cell = |i: usize| row.get(i).map_or("", String::as_str);
        blocks.push(Block::Delegation(cell(0).to_owned()));
        let mut facts = vec![cell(2).to_owned(), cell(3).to_owned()];
        if !cell(4).is_empty() {
            facts.push(format!("sent {}", cell(4)));
        }
        if !cell(5).is_empty() {
            facts.push(cell(5).to_lowercase());
        }
        if !cell(6).is_empty() {
            facts.push(format!("ref. {}", cell(6)));
        }
        if !cell(7).is_empty() {
            facts.push(format!("reminders {}", cell(7)));
        }
        if cell(3) != "Not invited" {
            facts.push(format!("reply: {}", cell(8).to_lowercase()));
        }
        blocks.push(Block::Person {
            name: facts.join(" · "),
            function: cell(10).to_owned(),
            mark: None,
        });
    }
    Document {
        header: Header {
            meeting: meeting.full_name.clone(),
            place_and_dates: format!(
                "{}, {}",
                meeting.venue,
                date_range(meeting.opening, meeting.closing)
            ),
            title: vec!["Invitations".to_owned()],
            symbol: meeting.symbol_prefix.clone(),
            date: long_date(date),
            note: String::new(),
            page_numbers: true,
        },
        blocks,
    }
}

/// The figures of the final report, from the List of Participants.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Statistics {
    pub by_category: Vec<(Category, usize)>,
    pub people: usize,
    pub women: usize,
    pub heads: usize,
    pub women_heads: usize,
    /// Names of the delegations per category, in list order.
    pub names: Vec<(Category, Vec<String>)>,
}

pub fn statistics(list: &ParticipantList) -> Statistics {
    let mut stats = Statistics::default();
    for section in &list.sections {
        stats
            .by_category
            .push((section.category, section.delegations.len()));
        stats.names.push((
            section.category,
            section.delegations.iter().map(|d| d.name.clone()).collect(),
        ));
        for person in section.delegations.iter().flat_map(|d| &d.people) {
            stats.people += 1;
            let woman = person.gender == Gender::Female;
            stats.women += usize::from(woman);
            if person.role == Role::HeadOfDelegation {
                stats.heads += 1;
                stats.women_heads += usize::from(woman);
            }
        }
    }
    stats
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "—".to_owned()
    } else {
        format!("{:.1}%", part as f64 * 100.0 / whole as f64)
    }
}

/// "A, B and C".
fn enumerate(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

impl Statistics {
    fn count(&self, category: Category) -> usize {
        self.by_category
            .iter()
            .find(|(c, _)| *c == category)
            .map_or(0, |(_, n)| *n)
    }

    fn names_of(&self, categories: &[Category]) -> Vec<String> {
        let mut names: Vec<String> = self
            .names
            .iter()
            .filter(|(c, _)| categories.contains(c))
            .flat_map(|(_, n)| n.iter().cloned())
            .collect();
        names.sort_by(|a, b| collate(a, b));
        names
    }

    /// Label and value of each figure.
    pub fn figures(&self) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = Category::ALL
            .iter()
            .map(|c| {
                (
                    format!("Delegations: {}", c.label()),
                    self.count(*c).to_string(),
                )
            })
            .collect();
        rows.push(("People".to_owned(), self.people.to_string()));
        rows.push((
            "Women".to_owned(),
            format!("{} ({})", self.women, percent(self.women, self.people)),
        ));
        rows.push(("Heads of delegation".to_owned(), self.heads.to_string()));
        rows.push((
            "Women among heads of delegation".to_owned(),
            format!(
                "{} ({})",
                self.women_heads,
                percent(self.women_heads, self.heads)
            ),
        ));
        rows
    }

    /// The paragraphs of the final report that name who took part, in alphabetical order.
    pub fn paragraphs(&self) -> Vec<String> {
        let mut paragraphs = Vec::new();
        let parties = self.names_of(&[Category::StateParty]);
        if !parties.is_empty() {
            paragraphs.push(format!(
                "The following States Parties participated in the Meeting: {}.",
                enumerate(&parties)
            ));
        }
        let pending = self.names_of(&[Category::NotYetInForce]);
        if !pending.is_empty() {
            paragraphs.push(format!(
                "The following States which have ratified or acceded to the Convention, but for which it has not yet entered into force, participated in the Meeting: {}.",
                enumerate(&pending)
            ));
        }
        let observers = self.names_of(&[Category::ObserverSignatory, Category::ObserverNotParty]);
        if !observers.is_empty() {
            paragraphs.push(format!(
                "The following States not parties to the Convention participated in the Meeting as observers: {}.",
                enumerate(&observers)
            ));
        }
        let organisations = self.names_of(&[
            Category::UnitedNations,
            Category::Intergovernmental,
            Category::RedCrossAndOtherEntities,
            Category::NonGovernmental,
        ]);
        if !organisations.is_empty() {
            paragraphs.push(format!(
                "In accordance with Article 11, paragraph 4, of the Convention, the following international organizations and institutions, regional organizations, entities and non-governmental organizations attended the Meeting as observers: {}.",
                enumerate(&organisations)
            ));
        }
        paragraphs
    }

    pub fn table(&self) -> Table {
        let mut table = Table::new(&["figure", "value"]);
        for (label, value) in self.figures() {
            table.rows.push(vec![label, value]);
        }
        table
    }

    pub fn document(&self, list: &ParticipantList, document_number: &str) -> Document {
        let mut blocks = vec![Block::Figures(self.figures())];
        blocks.extend(self.paragraphs().into_iter().map(Block::Paragraph));
        Document {
            header: Header {
                meeting: list.meeting_name.clone(),
                place_and_dates: format!(
                    "{}, {}",
                    list.venue,
                    date_range(list.opening, list.closing)
                ),
                title: vec!["Participation: figures for the final report".to_owned()],
                symbol: full_symbol(&list.symbol_prefix, document_number),
                date: long_date(list.date),
                note: "Prepared by the Secretariat".to_owned(),
                page_numbers: true,
            },
            blocks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::enumerate;

    #[test]
    fn names_are_enumerated_in_english() {
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(enumerate(&names(&["Chile"])), "Chile");
        assert_eq!(enumerate(&names(&["Chile", "Peru"])), "Chile and Peru");
        assert_eq!(
            enumerate(&names(&["Chile", "Peru", "Togo"])),
            "Chile, Peru and Togo"
        );
    }
}
