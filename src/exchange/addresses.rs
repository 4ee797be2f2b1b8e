//! The directory of addresses: every invitee of a meeting with the address letters to it go to, as a
//! document (PDF, HTML) or a table (CSV, XLSX) whose columns are the ones an addresses import reads, so a
//! directory edited in a spreadsheet can be imported back.

use super::document::{Block, Document, Table};
use crate::i18n::{Lang, tr_in};
use crate::model::{Address, EntityId, Meeting, Workspace, words};
use crate::text::collate_in;

/// The columns of the directory, in the order an import reads them.
pub const COLUMNS: [&str; 11] = [
    "invitee",
    "kind",
    "city",
    "postal_address",
    "email",
    "fax",
    "contact_name",
    "contact_title",
    "salutation",
    "language",
    "code",
];

/// The invitees of the meeting with their addresses (`None` for those without one), alphabetically in
/// `lang`, as the UN named them when the meeting opened.
fn entries<'a>(
    workspace: &'a Workspace,
    meeting: &'a Meeting,
    lang: Lang,
) -> Vec<(&'a EntityId, String, Option<&'a Address>)> {
    let mut entries: Vec<_> = meeting
        .invitees
        .keys()
        .map(|id| {
            (
                id,
                workspace.name_at(meeting, id, lang).to_owned(),
                workspace.addresses.get(id),
            )
        })
        .collect();
    entries.sort_by(|a, b| collate_in(lang, &a.1, &b.1).then_with(|| a.0.cmp(b.0)));
    entries
}

/// The directory as a table, one row per invitee (with an empty address where there is none, so the
/// file shows who is missing and can be filled in and imported).
pub fn table(workspace: &Workspace, meeting: &Meeting, lang: Lang) -> Table {
    let mut table = Table::new(&COLUMNS);
    for (id, name, address) in entries(workspace, meeting, lang) {
        let empty = Address::default();
        let address = address.unwrap_or(&empty);
        let known = workspace.addresses.contains_key(id);
        table.rows.push(vec![
            name,
            if known {
                address.kind.code().to_owned()
            } else {
                String::new()
            },
            address.city.clone(),
            address.postal_address.clone(),
            address.email.clone(),
            address.fax.clone(),
            address.contact_name.clone(),
            address.contact_title.clone(),
            address.salutation.clone(),
            address
                .language
                .map(|l| l.code().to_owned())
                .unwrap_or_default(),
            id.code().to_owned(),
        ]);
    }
    table
}

/// The directory as a document: each invitee and its address, and "No address on record" where there is
/// none.
pub fn document(
    workspace: &Workspace,
    meeting: &Meeting,
    date: crate::model::Date,
    lang: Lang,
) -> Document {
    let mut blocks = Vec::new();
    for (_, name, address) in entries(workspace, meeting, lang) {
        blocks.push(Block::Delegation(name));
        let lines = match address {
            None => vec![tr_in(lang, "doc-no-address", &[])],
            Some(address) => {
                let mut lines = vec![words::address_kind_in(lang, address.kind)];
                lines.extend(
                    [&address.contact_name, &address.contact_title]
                        .into_iter()
                        .filter(|l| !l.trim().is_empty())
                        .cloned(),
                );
                lines.extend(address.postal_lines().into_iter().map(str::to_owned));
                if !address.city.trim().is_empty() {
                    lines.push(address.city.clone());
                }
                for (key, value) in [("doc-email", &address.email), ("doc-fax", &address.fax)] {
                    if !value.trim().is_empty() {
                        lines.push(tr_in(lang, key, &[("value", value.clone().into())]));
                    }
                }
                lines
            }
        };
        blocks.push(Block::Lines(lines));
    }
    Document {
        header: super::registers::header(
            meeting,
            tr_in(lang, "doc-addresses-title", &[]),
            "",
            date,
            lang,
        ),
        blocks,
    }
}
