//! The other lists: invitations (one row per invitee) and the figures and paragraphs of the final report.

use super::document::{Block, Document, Header, Listed, Table, long_date_in};
use super::participants::{ParticipantList, full_symbol};
use crate::i18n::{Lang, count_in, tr_in};
use crate::model::words;
use crate::model::{Category, EntityId, GenderCount, Meeting, Role, Workspace};
use crate::text::collate_in;

/// The invitation list: each invitee (or only `ids`, the table's current filter) with its category and
/// what was sent and answered, in alphabetical order, in `lang`. Column names stay English, for scripts.
pub fn invitations_table(
    workspace: &Workspace,
    meeting: &Meeting,
    ids: Option<&[EntityId]>,
    lang: Lang,
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
    for (id, invitee) in sorted_invitees(workspace, meeting, ids, lang) {
        let inv = &invitee.invitation;
        let date = |d: Option<crate::model::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        table.rows.push(vec![
            workspace.name_at(meeting, id, lang).to_owned(),
            id.code().to_owned(),
            workspace
                .category(meeting, id)
                .map(|c| words::category_in(lang, c))
                .unwrap_or_default(),
            words::invitation_status_in(lang, inv.status),
            date(inv.sent),
            inv.channel
                .map(|c| words::channel_in(lang, Some(c)))
                .unwrap_or_default(),
            inv.reference.clone(),
            inv.reminders
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            words::reply_in(lang, inv.reply),
            date(inv.reply_date),
            inv.notes.clone(),
        ]);
    }
    table
}

fn sorted_invitees<'a>(
    workspace: &'a Workspace,
    meeting: &'a Meeting,
    ids: Option<&[EntityId]>,
    lang: Lang,
) -> Vec<(&'a EntityId, &'a crate::model::Invitee)> {
    let mut invitees: Vec<(&EntityId, &crate::model::Invitee)> = match ids {
        Some(ids) => ids
            .iter()
            .filter_map(|id| meeting.invitees.get_key_value(id))
            .collect(),
        None => meeting.invitees.iter().collect(),
    };
    invitees.sort_by(|a, b| {
        collate_in(
            lang,
            workspace.name_at(meeting, a.0, lang),
            workspace.name_at(meeting, b.0, lang),
        )
        .then_with(|| a.0.cmp(b.0))
    });
    invitees
}

/// The invitation list as a document (for HTML and PDF): one entry per invitee.
pub fn invitations_document(
    workspace: &Workspace,
    meeting: &Meeting,
    ids: Option<&[EntityId]>,
    date: crate::model::Date,
    lang: Lang,
) -> Document {
    let mut blocks = Vec::new();
    for (id, invitee) in sorted_invitees(workspace, meeting, ids, lang) {
        let inv = &invitee.invitation;
        blocks.push(Block::Delegation(
            workspace.name_at(meeting, id, lang).to_owned(),
        ));
        let mut facts = vec![
            workspace
                .category(meeting, id)
                .map(|c| words::category_in(lang, c))
                .unwrap_or_default(),
            words::invitation_status_in(lang, inv.status),
        ];
        if let Some(sent) = inv.sent {
            facts.push(tr_in(
                lang,
                "doc-sent",
                &[("date", long_date_in(lang, sent).into())],
            ));
        }
        if let Some(channel) = inv.channel {
            facts.push(words::channel_in(lang, Some(channel)).to_lowercase());
        }
        if !inv.reference.is_empty() {
            facts.push(tr_in(
                lang,
                "doc-ref",
                &[("reference", inv.reference.clone().into())],
            ));
        }
        if !inv.reminders.is_empty() {
            let dates: Vec<String> = inv
                .reminders
                .iter()
                .map(|d| long_date_in(lang, *d))
                .collect();
            facts.push(tr_in(
                lang,
                "doc-reminders",
                &[("dates", dates.join(", ").into())],
            ));
        }
        if inv.status != crate::model::InvitationStatus::NotInvited {
            let reply = words::reply_in(lang, inv.reply).to_lowercase();
            facts.push(tr_in(lang, "doc-reply", &[("reply", reply.into())]));
        }
        blocks.push(Block::Person(Listed {
            name: facts.join(" · "),
            function: inv.notes.clone(),
            mark: None,
            role: None,
        }));
    }
    Document {
        header: super::registers::header(
            meeting,
            tr_in(lang, "doc-invitations-title", &[]),
            "",
            date,
            lang,
        ),
        blocks,
    }
}

/// The figures of the final report, from the List of Participants (in its language).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Statistics {
    pub by_category: Vec<(Category, usize)>,
    pub people: usize,
    /// Women among the people whose gender is stated.
    pub genders: GenderCount,
    pub heads: usize,
    pub head_genders: GenderCount,
    /// Names of the delegations per category, in list order.
    pub names: Vec<(Category, Vec<String>)>,
    pub lang: Lang,
}

pub fn statistics(list: &ParticipantList) -> Statistics {
    let mut stats = Statistics {
        lang: list.lang,
        ..Statistics::default()
    };
    for section in &list.sections {
        stats
            .by_category
            .push((section.category, section.delegations.len()));
        stats.names.push((
            section.category,
            section.delegations.iter().map(|d| d.name.clone()).collect(),
        ));
    }
    let everyone = || {
        list.sections
            .iter()
            .flat_map(|s| &s.delegations)
            .flat_map(|d| &d.people)
    };
    let heads = || everyone().filter(|p| p.role == Role::HeadOfDelegation);
    stats.people = everyone().count();
    stats.heads = heads().count();
    stats.genders = GenderCount::of(everyone().map(|p| p.gender));
    stats.head_genders = GenderCount::of(heads().map(|p| p.gender));
    stats
}

/// "12 (30.0% of the 40 whose gender is stated)", in `lang`, the percentage as `lang` writes it
/// ("30,0 %" in French).
fn share(lang: Lang, count: GenderCount) -> String {
    let percent = count
        .women_percent()
        .map_or_else(|| "—".to_owned(), |p| crate::i18n::percent_in(lang, p, 1));
    tr_in(
        lang,
        "stats-share",
        &[
            ("count", count.women.into()),
            ("percent", percent.into()),
            ("stated", count.stated.into()),
        ],
    )
}

/// "A, B and C", with the language's "and".
fn enumerate(lang: Lang, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!(
            "{} {} {last}",
            init.join(", "),
            tr_in(lang, "stats-and", &[])
        ),
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
        names.sort_by(|a, b| collate_in(self.lang, a, b));
        names
    }

    /// Label and value of each figure.
    pub fn figures(&self) -> Vec<(String, String)> {
        let lang = self.lang;
        let mut rows: Vec<(String, String)> = Category::ALL
            .iter()
            .map(|c| {
                (
                    tr_in(
                        lang,
                        "stats-delegations",
                        &[("category", words::category_in(lang, *c).into())],
                    ),
                    count_in(lang, self.count(*c)),
                )
            })
            .collect();
        rows.push((
            tr_in(lang, "stats-people", &[]),
            count_in(lang, self.people),
        ));
        rows.push((tr_in(lang, "stats-women", &[]), share(lang, self.genders)));
        rows.push((
            tr_in(lang, "stats-not-stated", &[]),
            count_in(lang, self.genders.not_stated),
        ));
        rows.push((tr_in(lang, "stats-heads", &[]), count_in(lang, self.heads)));
        rows.push((
            tr_in(lang, "stats-women-heads", &[]),
            share(lang, self.head_genders),
        ));
        rows.push((
            tr_in(lang, "stats-heads-not-stated", &[]),
            count_in(lang, self.head_genders.not_stated),
        ));
        rows
    }

    /// The paragraphs of the final report that name who took part, in alphabetical order.
    pub fn paragraphs(&self) -> Vec<String> {
        let lang = self.lang;
        let groups: [(&str, &[Category]); 4] = [
            ("stats-parties", &[Category::StateParty]),
            ("stats-pending", &[Category::NotYetInForce]),
            (
                "stats-observers",
                &[Category::ObserverSignatory, Category::ObserverNotParty],
            ),
            (
                "stats-organisations",
                &[
                    Category::UnitedNations,
                    Category::Intergovernmental,
                    Category::RedCrossAndOtherEntities,
                    Category::NonGovernmental,
                ],
            ),
        ];
        groups
            .iter()
            .filter_map(|(id, categories)| {
                let names = self.names_of(categories);
                (!names.is_empty())
                    .then(|| tr_in(lang, id, &[("names", enumerate(lang, &names).into())]))
            })
            .collect()
    }

    pub fn table(&self) -> Table {
        let mut table = Table::new(&["figure", "value"]);
        for (label, value) in self.figures() {
            table.rows.push(vec![label, value]);
        }
        table
    }

    pub fn document(&self, list: &ParticipantList, document_number: &str) -> Document {
        let lang = self.lang;
        let mut blocks = vec![Block::Figures(self.figures())];
        blocks.extend(self.paragraphs().into_iter().map(Block::Paragraph));
        Document {
            header: Header {
                note: tr_in(lang, "doc-prepared", &[]),
                ..Header::for_meeting(
                    list.meeting_line(),
                    tr_in(lang, "stats-title", &[]),
                    full_symbol(&list.symbol_prefix, document_number),
                    list.date,
                    lang,
                )
            },
            blocks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::enumerate;
    use crate::i18n::Lang;

    #[test]
    fn names_are_enumerated_in_each_language() {
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(enumerate(Lang::En, &names(&["Chile"])), "Chile");
        assert_eq!(
            enumerate(Lang::En, &names(&["Chile", "Peru"])),
            "Chile and Peru"
        );
        assert_eq!(
            enumerate(Lang::En, &names(&["Chile", "Peru", "Togo"])),
            "Chile, Peru and Togo"
        );
        assert_eq!(
            enumerate(Lang::Fr, &names(&["Chili", "Pérou"])),
            "Chili et Pérou"
        );
        assert_eq!(
            enumerate(Lang::Ru, &names(&["Чили", "Перу"])),
            "Чили и Перу"
        );
    }
}
