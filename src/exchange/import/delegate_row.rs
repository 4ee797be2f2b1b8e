//! One row of a delegates file read: which column holds what (`Columns`), and the person the row
//! describes, with the problems of its values (a role, a yes or no, a gender that cannot be read; a name
//! in another script without its spelling in lists).

use super::mapping::Mapping;
use super::values::{self, SplitName, tidy};
use super::{RawTable, RowProblem, cell, parse_role, single_line_fault};
use crate::model::{ColumnMeaning, Gender, Member, PersonId, Role, Text, limits};

/// Where each meaning is in a file (`None` for one it lacks).
#[derive(Clone, Copy, Default)]
pub(super) struct Columns {
    pub(super) delegation: Option<usize>,
    pub(super) role: Option<usize>,
    pub(super) head: Option<usize>,
    pub(super) honorific: Option<usize>,
    pub(super) given: Option<usize>,
    pub(super) family: Option<usize>,
    pub(super) full: Option<usize>,
    pub(super) function: Option<usize>,
    pub(super) gender: Option<usize>,
    pub(super) email: Option<usize>,
    pub(super) phone: Option<usize>,
    pub(super) latin_given: Option<usize>,
    pub(super) latin_family: Option<usize>,
    pub(super) state: Option<usize>,
}

impl Columns {
    pub(super) fn of(mapping: &Mapping) -> Self {
        let at = |m| mapping.column(m);
        Self {
            delegation: at(ColumnMeaning::Delegation),
            role: at(ColumnMeaning::Role),
            head: at(ColumnMeaning::Head),
            honorific: at(ColumnMeaning::Honorific),
            given: at(ColumnMeaning::GivenName),
            family: at(ColumnMeaning::FamilyName),
            full: at(ColumnMeaning::FullName),
            function: at(ColumnMeaning::Function),
            gender: at(ColumnMeaning::Gender),
            email: at(ColumnMeaning::Email),
            phone: at(ColumnMeaning::Phone),
            latin_given: at(ColumnMeaning::GivenNameLatin),
            latin_family: at(ColumnMeaning::FamilyNameLatin),
            state: at(ColumnMeaning::RegistrationState),
        }
    }

    /// The values printed on one line, which take no line break or control character.
    pub(super) fn one_line(&self) -> [Option<usize>; 9] {
        [
            self.honorific,
            self.given,
            self.family,
            self.full,
            self.function,
            self.email,
            self.phone,
            self.latin_given,
            self.latin_family,
        ]
    }

    /// Where the family name comes from: its column, or the whole name's.
    pub(super) fn family_column(&self) -> Option<usize> {
        self.family.or(self.full)
    }
}

/// What a row says of a person, read from its cells.
pub(super) struct Read {
    pub(super) member: Member,
    /// How a whole name was split, when it was one.
    pub(super) split: Option<SplitName>,
    /// The role stated in the function line, taken out of it.
    pub(super) role_from_function: bool,
}

/// The row's honorific, given and family names: from their own columns, or split from a whole name
/// (with the split, for the preview to show how it was read). `None` when no column names the person.
fn names(
    cells: &[String],
    columns: &Columns,
) -> Option<(String, String, String, Option<values::SplitName>)> {
    let value = |column: Option<usize>| tidy(&cell(cells, column));
    Some(match (columns.family, columns.full) {
        (Some(family), _) => (
            value(columns.honorific),
            value(columns.given),
            value(Some(family)),
            None,
        ),
        (None, Some(full)) => {
            let split = values::split_name(&value(Some(full)));
            let honorific = if columns.honorific.is_some() {
                value(columns.honorific)
            } else {
                split.honorific.clone()
            };
            (
                honorific,
                split.given.clone(),
                split.family.clone(),
                Some(split),
            )
        }
        (None, None) => return None,
    })
}

/// The person a row describes, read from its cells: the names from their columns or split from a whole
/// name, the role from its column, a head-of-delegation column or the function line, every value tidied.
/// Problems with a role, a Yes/No or a gender that cannot be read are reported through `problem`.
pub(super) fn read_row(
    cells: &[String],
    columns: &Columns,
    problem: &mut dyn FnMut(Option<usize>, String, Text),
) -> Option<Read> {
    let value = |column: Option<usize>| tidy(&cell(cells, column));
    let (honorific, given, family, split) = names(cells, columns)?;
    let mut function = value(columns.function);
    let mut role = Role::Representative;
    let mut role_from_function = false;
    let mut known = true;
    if let Some(column) = columns.role
        && !value(Some(column)).is_empty()
    {
        match parse_role(&value(Some(column))) {
            Some(parsed) => role = parsed,
            None => {
                problem(
                    Some(column),
                    value(Some(column)),
                    Text::new("imp-bad-role", vec![]),
                );
                known = false;
            }
        }
    } else if let Some(column) = columns.head {
        match values::yes_no(&value(Some(column))) {
            Some(true) => role = Role::HeadOfDelegation,
            Some(false) => {}
            None => {
                problem(
                    Some(column),
                    value(Some(column)),
                    Text::new("imp-bad-yes-no", vec![]),
                );
                known = false;
            }
        }
    }
    if columns.role.is_none()
        && let Some((stated, rest)) = values::role_in_function(&function)
    {
        // "Minister Counsellor, Alternate Head of Delegation": the list marks the role itself.
        if columns.head.is_none() || role == Role::Representative || role == stated {
            role = stated;
            function = rest;
            role_from_function = true;
        }
    }
    let gender = match values::gender(&value(columns.gender)) {
        Some(gender) => gender,
        None => {
            problem(
                columns.gender,
                value(columns.gender),
                Text::new("imp-bad-gender", vec![]),
            );
            known = false;
            Gender::Unknown
        }
    };
    known.then(|| Read {
        member: Member {
            id: PersonId(0),
            role,
            honorific,
            given_name: given,
            family_name: family,
            function,
            gender,
            email: value(columns.email),
            phone: value(columns.phone),
            latin_given_name: value(columns.latin_given),
            latin_family_name: value(columns.latin_family),
        },
        split,
        role_from_function,
    })
}

/// The checks of a row's values: no value longer than a name may be or holding a line break, a family
/// name, an e-mail address that looks like one. The person when nothing stops them.
pub(super) fn read_valid(
    read: Option<Read>,
    cells: &[String],
    columns: &Columns,
    problem: &mut dyn FnMut(Option<usize>, String, Text),
) -> Option<Read> {
    let raw = |column: Option<usize>| cell(cells, column);
    let mut fine = true;
    for column in columns.one_line() {
        let value = raw(column);
        if let Some(reason) = single_line_fault(&value) {
            let start: String = value.chars().take(40).collect();
            let shown = if start.len() < value.len() {
                format!("{start}…")
            } else {
                value
            };
            problem(column, shown, reason);
            fine = false;
        }
    }
    let read = read?;
    if read.member.family_name.is_empty() {
        problem(
            columns.family_column(),
            raw(columns.family_column()),
            Text::new("imp-no-family", vec![]),
        );
        fine = false;
    }
    let email = &read.member.email;
    if !email.is_empty()
        && limits::line_fault(email).is_none()
        && !crate::model::looks_like_email(email)
    {
        problem(
            columns.email,
            email.clone(),
            Text::new("reason-bad-email", vec![]),
        );
        fine = false;
    }
    fine.then_some(read)
}

/// What a list in English, French or Spanish could not print as it stands of a delegate row: a name
/// not in Latin script without its spelling in lists, an honorific or function in another script. Notes,
/// not problems: the name is as its owner writes it.
pub(super) fn script_notes(
    table: &RawTable,
    row: usize,
    member: &Member,
    columns: &Columns,
) -> Vec<RowProblem> {
    let mut notes = Vec::new();
    if member.needs_latin_spelling() {
        let column = if crate::text::is_latin_script(&member.family_name) {
            columns.given.or(columns.full)
        } else {
            columns.family_column()
        };
        notes.push(table.problem(
            row,
            column,
            crate::text::visible(&member.plain_name()).into_owned(),
            Text::new("imp-not-latin", Vec::new()),
        ));
    }
    for (label, value) in member.titles_not_in_latin() {
        let column = if label == "detail-honorific" {
            columns.honorific.or(columns.full)
        } else {
            columns.function
        };
        notes.push(table.problem(
            row,
            column,
            crate::text::visible(value).into_owned(),
            Text::new("imp-title-not-latin", Vec::new()),
        ));
    }
    notes
}
