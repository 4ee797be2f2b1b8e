//! The seating plan, as the UN seats delegations: a State drawn by lot takes the first seat and delegations
//! follow in English alphabetical order from it, wrapping round; States Parties first, then observer
//! States, then organisations. Seats at the end of each row (the aisle) are accessible: a delegation that
//! asks for one takes the accessible seat at the start of the row it would have sat in (or the next free
//! one), and the delegations between move along by one.

use super::document::{Block, Document, Listed, Table};
use crate::i18n::{Lang, tr_in};
use crate::model::{Category, Date, EntityId, Meeting, Workspace};
use crate::text::collate;

/// Seats per row in the plan; the first seat of each row is on the aisle.
pub const ROW_LENGTH: usize = 12;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seat {
    /// From 1.
    pub number: usize,
    pub row: usize,
    pub id: EntityId,
    pub name: String,
    pub category: Category,
    pub accessible: bool,
}

fn group(category: Category) -> u8 {
    match category {
        Category::StateParty | Category::NotYetInForce => 0,
        Category::ObserverSignatory | Category::ObserverNotParty => 1,
        _ => 2,
    }
}

/// Whether seat `number` (from 1) is accessible.
pub fn is_accessible_seat(number: usize) -> bool {
    number % ROW_LENGTH == 1
}

/// The plan for the delegations registered (at least one member), the first seat going to `first` (an ISO
/// code). `None` when `first` is not a registered State.
pub fn seating_plan(
    workspace: &Workspace,
    meeting: &Meeting,
    first: &EntityId,
) -> Option<Vec<Seat>> {
    let mut delegations: Vec<(EntityId, String, Category, bool)> = meeting
        .invitees
        .iter()
        .filter(|(_, invitee)| !invitee.delegation.is_empty())
        .filter_map(|(id, invitee)| {
            let category = workspace.category(meeting, id)?;
            Some((
                id.clone(),
                workspace.name_at(meeting, id, Lang::En).to_owned(),
                category,
                invitee.delegation.accessible_seat,
            ))
        })
        .collect();
    let drawn = delegations.iter().find(|d| &d.0 == first)?.1.clone();
    delegations.sort_by(|a, b| {
        group(a.2)
            .cmp(&group(b.2))
            .then_with(|| collate(&a.1, &b.1))
            .then_with(|| a.0.cmp(&b.0))
    });
    // Rotate each group of States so that it starts at the drawn name (or the first name after it).
    let mut ordered = Vec::with_capacity(delegations.len());
    for g in 0..=2u8 {
        let members: Vec<_> = delegations
            .iter()
            .filter(|d| group(d.2) == g)
            .cloned()
            .collect();
        let start = if g < 2 {
            members
                .iter()
                .position(|d| collate(&d.1, &drawn) != std::cmp::Ordering::Less)
                .unwrap_or(0)
        } else {
            0
        };
        ordered.extend(members[start..].iter().cloned());
        ordered.extend(members[..start].iter().cloned());
    }
    // Accessible seats: each requester moves forward to the accessible seat that starts its row, or the
    // next one free; the others move along by one.
    let mut seats: Vec<Option<(EntityId, String, Category, bool)>> = Vec::new();
    let requesters: Vec<usize> = (0..ordered.len()).filter(|&i| ordered[i].3).collect();
    let mut placed: Vec<(usize, (EntityId, String, Category, bool))> = Vec::new();
    for &i in &requesters {
        let natural = i + 1;
        let mut seat = natural - (natural - 1) % ROW_LENGTH;
        while placed.iter().any(|(s, _)| *s == seat) {
            seat += ROW_LENGTH;
        }
        placed.push((seat, ordered[i].clone()));
    }
    let mut others = ordered
        .iter()
        .enumerate()
        .filter(|(i, _)| !requesters.contains(i))
        .map(|(_, d)| d.clone());
    let total = ordered
        .len()
        .max(placed.iter().map(|(s, _)| *s).max().unwrap_or(0));
    for number in 1..=total {
        let entry = match placed.iter().find(|(s, _)| *s == number) {
            Some((_, d)) => Some(d.clone()),
            None => others.next(),
        };
        seats.push(entry);
    }
    // Any left over (requesters pushed past the end) follow.
    seats.extend(others.map(Some));
    Some(
        seats
            .into_iter()
            .enumerate()
            .filter_map(|(i, d)| {
                let (id, name, category, _) = d?;
                Some(Seat {
                    number: i + 1,
                    row: i / ROW_LENGTH + 1,
                    id,
                    name,
                    category,
                    accessible: is_accessible_seat(i + 1),
                })
            })
            .collect(),
    )
}

pub fn seating_table(plan: &[Seat]) -> Table {
    let mut table = Table::new(&["seat", "row", "delegation", "category", "accessible_seat"]);
    for seat in plan {
        table.rows.push(vec![
            seat.number.to_string(),
            seat.row.to_string(),
            seat.name.clone(),
            seat.category.label().to_owned(),
            if seat.accessible { "yes" } else { "" }.to_owned(),
        ]);
    }
    table
}

/// The plan as a meeting document, in `lang`. The order stays the English alphabetical one, as the rule
/// says; only the names and words change.
pub fn seating_document(
    workspace: &Workspace,
    meeting: &Meeting,
    plan: &[Seat],
    drawn: &EntityId,
    number: &str,
    date: Date,
    lang: Lang,
) -> Document {
    let name = workspace.name_at(meeting, drawn, lang).to_owned();
    let mut intro = tr_in(lang, "doc-seating-intro", &[("drawn", name.clone().into())]);
    // How the first seat was given, as the meeting recorded it.
    if let Some(first) = meeting
        .first_seat
        .as_ref()
        .filter(|f| EntityId::state(&f.state) == *drawn)
    {
        let key = match (first.by_lot, first.by.trim().is_empty()) {
            (true, false) => "doc-seating-drawn-by",
            (true, true) => "doc-seating-drawn",
            (false, false) => "doc-seating-chosen-by",
            (false, true) => "doc-seating-chosen",
        };
        let how = tr_in(
            lang,
            key,
            &[
                ("drawn", name.into()),
                ("date", crate::i18n::long_date_in(lang, first.on).into()),
                ("by", first.by.trim().to_owned().into()),
            ],
        );
        intro = format!("{how} {intro}");
    }
    let mut blocks = vec![Block::Paragraph(intro)];
    let mut row = 0;
    for seat in plan {
        if seat.row != row {
            row = seat.row;
            blocks.push(Block::Delegation(tr_in(
                lang,
                "doc-seating-row",
                &[("row", row.into())],
            )));
        }
        blocks.push(Block::Person(Listed {
            name: format!(
                "{}. {}",
                seat.number,
                workspace.name_at(meeting, &seat.id, lang)
            ),
            function: String::new(),
            mark: seat
                .accessible
                .then(|| tr_in(lang, "doc-seating-accessible", &[])),
            role: None,
        }));
    }
    Document {
        header: super::registers::header(
            meeting,
            crate::exchange::words::list_in(lang, super::ListKind::Seating),
            number,
            date,
            lang,
        ),
        blocks,
    }
}
