//! Addresses from CSV or XLSX: one row per invitee (`invitee,kind,city,postal_address,email,fax,
//! contact_name,contact_title`, and optionally `salutation` and `language`), the invitee by ISO code,
//! acronym or any of its names. A column the file lacks keeps what the workspace has; a column it has,
//! even empty, sets the value.

use std::collections::BTreeMap;

use super::{ImportError, ImportKind, Preview, RawTable, RowAction, cell, columns, problem_at};
use crate::i18n::Lang;
use crate::model::{Address, AddressKind, EntityId, Text, Workspace, limits};

/// The columns of an addresses file, with other spellings accepted, and whether each is required.
const ADDRESS_COLUMNS: [(&str, &[&str], bool); 10] = [
    (
        "invitee",
        &[
            "delegation",
            "country",
            "state",
            "organisation",
            "organization",
        ],
        true,
    ),
    ("kind", &["type", "mission"], false),
    ("city", &["town"], false),
    ("postal_address", &["address", "postal", "street"], false),
    ("email", &["e-mail", "mail", "email address"], false),
    ("fax", &["telefax", "fax number"], false),
    ("contact_name", &["contact", "addressee"], false),
    ("contact_title", &["title", "function"], false),
    ("salutation", &["greeting"], false),
    ("language", &["lang", "letter language"], false),
];

/// A language as a file may spell it: its code or its name in itself or in English.
fn parse_language(text: &str) -> Option<Lang> {
    let key = crate::text::fold(text.trim());
    Lang::from_code(&key).or_else(|| {
        Lang::ALL.into_iter().find(|lang| {
            crate::text::fold(lang.native_name()) == key
                || crate::text::fold(english_name(*lang)) == key
        })
    })
}

fn english_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "French",
        Lang::Es => "Spanish",
        Lang::Ru => "Russian",
    }
}

/// What importing these address rows would do: each invitee's address set or changed as one edit, every
/// problem listed with its row and column (an unknown invitee or kind, a kind that does not fit the
/// invitee, an e-mail address that is not one, an invitee named twice).
pub fn preview_addresses(
    workspace: &Workspace,
    meeting: &crate::model::MeetingId,
    table: &RawTable,
) -> Result<Preview, ImportError> {
    let found = columns(table, ImportKind::Addresses, ADDRESS_COLUMNS)?;
    let [
        invitee_col,
        kind_col,
        city,
        postal,
        email,
        fax,
        contact,
        title,
        salutation,
        language,
    ] = found;
    let mut preview = Preview::of(table, meeting);
    let Some(current) = workspace.meeting(meeting) else {
        return Ok(preview);
    };
    let invitees = super::InviteeIndex::new(workspace, current);
    let mut seen: BTreeMap<EntityId, usize> = BTreeMap::new();
    for (row, cells) in table.data_rows() {
        let value = |column: Option<usize>| cell(cells, column);
        let before = preview.problems.len();
        let mut problem = |column: Option<usize>, reason: Text| {
            preview
                .problems
                .push(problem_at(table, cells, row, column, reason));
        };
        let id = match super::invitees::named(&invitees, workspace, current, &value(invitee_col)) {
            Ok(id) => id,
            Err(reason) => {
                problem(invitee_col, reason);
                continue;
            }
        };
        if let Some(first) = seen.get(&id) {
            problem(
                invitee_col,
                Text::new("imp-invitee-twice", vec![("row", first.to_string())]),
            );
            continue;
        }
        seen.insert(id.clone(), row);
        let old = workspace.addresses.get(&id).cloned();
        let mut address = old.clone().unwrap_or_else(|| Address::new_for(&id));
        for (column, field, one_line) in [
            (city, &mut address.city, true),
            (postal, &mut address.postal_address, false),
            (email, &mut address.email, true),
            (fax, &mut address.fax, true),
            (contact, &mut address.contact_name, true),
            (title, &mut address.contact_title, true),
            (salutation, &mut address.salutation, true),
        ] {
            if column.is_none() {
                continue;
            }
            let text = value(column);
            if one_line {
                if let Some(reason) = super::single_line_fault(&text) {
                    problem(column, reason);
                }
            } else {
                let chars = text.chars().count();
                if chars > limits::MAX_NAME_CHARS {
                    problem(
                        column,
                        Text::new(
                            "imp-too-long",
                            vec![
                                ("chars", chars.to_string()),
                                ("limit", limits::MAX_NAME_CHARS.to_string()),
                            ],
                        ),
                    );
                }
            }
            *field = limits::clean(&text);
        }
        if kind_col.is_some() && !value(kind_col).is_empty() {
            match AddressKind::parse(&value(kind_col)) {
                None => problem(kind_col, Text::new("imp-bad-address-kind", vec![])),
                Some(AddressKind::Office) if matches!(id, EntityId::State(_)) => {
                    problem(kind_col, Text::new("imp-office-for-state", vec![]));
                }
                Some(kind) if matches!(id, EntityId::Org(_)) && kind != AddressKind::Office => {
                    problem(kind_col, Text::new("imp-mission-for-org", vec![]));
                }
                Some(kind) => address.kind = kind,
            }
        }
        if language.is_some() {
            let text = value(language);
            if text.is_empty() {
                address.language = None;
            } else {
                match parse_language(&text) {
                    Some(lang) => address.language = Some(lang),
                    None => problem(language, Text::new("imp-bad-language", vec![])),
                }
            }
        }
        if !address.email.is_empty()
            && limits::line_fault(&address.email).is_none()
            && !crate::model::looks_like_email_list(&address.email)
        {
            problem(email, Text::new("reason-bad-email-list", vec![]));
        }
        if preview.problems.len() > before {
            continue;
        }
        let name = workspace.name_at(current, &id, Lang::En).to_owned();
        let on = current.opening;
        let (action, line) = match &old {
            Some(old) if *old == address => (
                RowAction::Unchanged,
                Text::new("imp-address-unchanged", vec![("name", name)]).about(&id, on),
            ),
            Some(_) => (
                RowAction::SetAddress {
                    invitee: id.clone(),
                    address,
                    new: false,
                },
                Text::new("imp-address-update", vec![("name", name)]).about(&id, on),
            ),
            None => (
                RowAction::SetAddress {
                    invitee: id.clone(),
                    address,
                    new: true,
                },
                Text::new("imp-address-add", vec![("name", name)]).about(&id, on),
            ),
        };
        preview.actions.push((row, action, line));
    }
    Ok(preview)
}
