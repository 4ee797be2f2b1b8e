//! Delegates from a registration file, read by what its columns and values mean: each row a person in a
//! delegation, added or updated, with every problem named by row and column. Rows the file itself leaves
//! out (a registration withdrawn, one received again later) are said; a name split where nothing marked
//! its family name stands as a problem until an officer confirms it.

use std::collections::BTreeMap;

use super::invitees::{Found, InviteeIndex, named};
use super::mapping::{self, Mapping};
use super::values::{self, SplitName, tidy};
use super::{
    ImportError, ImportKind, Preview, RawTable, RowAction, RowProblem, cell, parse_role,
    single_line_fault,
};
use crate::model::{
    ColumnMeaning, Date, EntityId, Gender, Meeting, MeetingId, Member, PersonId, Role, Text,
    Workspace, limits, words,
};
use crate::text::fold;

/// How to read a delegates file besides what its own columns say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DelegateOptions {
    /// Every row into this delegation (rows pasted into the delegation selected): a delegation column is
    /// not read.
    pub into: Option<EntityId>,
    /// What columns mean, as chosen for this file (the preview's choices, `--column`), by header.
    pub columns: BTreeMap<String, ColumnMeaning>,
    /// The delegation every row goes to when no column names one (`--delegation`), by any of its names.
    pub delegation: Option<String>,
}

pub fn preview_delegates(
    workspace: &Workspace,
    meeting: &MeetingId,
    table: &RawTable,
) -> Result<Preview, ImportError> {
    preview_delegates_with(workspace, meeting, table, &DelegateOptions::default())
}

/// What importing these delegate rows would do, every row going into the delegation `into` when it is
/// given (rows pasted into a delegation need no delegation column, and one they have is not read).
pub fn preview_delegates_into(
    workspace: &Workspace,
    meeting: &MeetingId,
    table: &RawTable,
    into: Option<&EntityId>,
) -> Result<Preview, ImportError> {
    let options = DelegateOptions {
        into: into.cloned(),
        ..DelegateOptions::default()
    };
    preview_delegates_with(workspace, meeting, table, &options)
}

/// Where each meaning is in a file (`None` for one it lacks).
#[derive(Clone, Copy, Default)]
struct Columns {
    delegation: Option<usize>,
    role: Option<usize>,
    head: Option<usize>,
    honorific: Option<usize>,
    given: Option<usize>,
    family: Option<usize>,
    full: Option<usize>,
    function: Option<usize>,
    gender: Option<usize>,
    email: Option<usize>,
    phone: Option<usize>,
    latin_given: Option<usize>,
    latin_family: Option<usize>,
    state: Option<usize>,
}

impl Columns {
    fn of(mapping: &Mapping) -> Self {
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
    fn one_line(&self) -> [Option<usize>; 9] {
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
    fn family_column(&self) -> Option<usize> {
        self.family.or(self.full)
    }
}

/// Everyone already registered in a meeting, by name and by e-mail, and each delegation's head.
struct Registered {
    by_name: BTreeMap<(String, String), (EntityId, PersonId)>,
    by_email: BTreeMap<String, (EntityId, PersonId)>,
    heads: BTreeMap<EntityId, Option<PersonId>>,
}

impl Registered {
    fn of(meeting: &Meeting) -> Self {
        let mut index = Self {
            by_name: BTreeMap::new(),
            by_email: BTreeMap::new(),
            heads: BTreeMap::new(),
        };
        for (id, invitee) in &meeting.invitees {
            for m in &invitee.delegation.members {
                index.by_name.insert(
                    person_key(&m.given_name, &m.family_name),
                    (id.clone(), m.id),
                );
                if !m.email.trim().is_empty() {
                    index
                        .by_email
                        .insert(m.email.trim().to_lowercase(), (id.clone(), m.id));
                }
                if m.role == Role::HeadOfDelegation {
                    index.heads.insert(id.clone(), Some(m.id));
                }
            }
        }
        index
    }

    /// Who a delegate row names if they are registered already: found by name, else by e-mail address.
    fn find(&self, key: &(String, String), email: &str) -> Option<(EntityId, PersonId)> {
        self.by_name
            .get(key)
            .or_else(|| {
                self.by_email
                    .get(&email.to_lowercase())
                    .filter(|_| !email.is_empty())
            })
            .cloned()
    }
}

/// The folded identity of a person, to find the same person again.
fn person_key(given: &str, family: &str) -> (String, String) {
    (fold(&tidy(given)), fold(&tidy(family)))
}

/// The delegation every row goes to, when no column names one: the one given, the invitee a returned
/// registration form was written for, or the sender of a note verbale; with the sentence that says why.
fn whole_file_delegation(
    workspace: &Workspace,
    meeting: &Meeting,
    table: &RawTable,
    options: &DelegateOptions,
    invitees: &InviteeIndex,
) -> Result<Option<(EntityId, Text)>, ImportError> {
    let on = meeting.opening;
    if let Some(given) = &options.delegation {
        return match invitees.lookup(given) {
            Found::One(id) => {
                let name = workspace
                    .name_at(meeting, &id, crate::i18n::Lang::En)
                    .to_owned();
                Ok(Some((
                    id.clone(),
                    Text::new("imp-delegation-given", vec![("name", name)]).about(&id, on),
                )))
            }
            _ => Err(ImportError::UnknownDelegation(given.clone())),
        };
    }
    if let Some(code) = &table.form {
        let id = code.invitee_in(meeting).map_err(ImportError::Form)?;
        let name = workspace
            .name_at(meeting, &id, crate::i18n::Lang::En)
            .to_owned();
        return Ok(Some((
            id.clone(),
            Text::new(
                "imp-delegation-form",
                vec![("name", name), ("reference", code.reference.clone())],
            )
            .about(&id, on),
        )));
    }
    if let Some((sender, named)) = &table.sender
        && let Found::One(id) = invitees.lookup(named)
    {
        let name = workspace
            .name_at(meeting, &id, crate::i18n::Lang::En)
            .to_owned();
        return Ok(Some((
            id.clone(),
            Text::new(
                "imp-delegation-sender",
                vec![("name", name), ("sender", sender.clone())],
            )
            .about(&id, on),
        )));
    }
    Ok(None)
}

/// What a row says of a person, read from its cells.
struct Read {
    member: Member,
    /// How a whole name was split, when it was one.
    split: Option<SplitName>,
    /// The role stated in the function line, taken out of it.
    role_from_function: bool,
}

/// What importing these delegate rows would do, reading the file's columns by their meaning (with what
/// `options` chose), every problem named by row and column.
pub fn preview_delegates_with(
    workspace: &Workspace,
    meeting: &MeetingId,
    table: &RawTable,
    options: &DelegateOptions,
) -> Result<Preview, ImportError> {
    let mapping = mapping::read(
        &table.header,
        &options.columns,
        &workspace.settings.import_mappings,
        &table.empty_columns(),
    );
    let mut columns = Columns::of(&mapping);
    let mut preview = Preview::of(table, meeting);
    let Some(current) = workspace.meeting(meeting) else {
        return Ok(preview);
    };
    let invitees = InviteeIndex::new(workspace, current);
    if options.into.is_some() {
        columns.delegation = None;
    } else if columns.delegation.is_none() {
        preview.delegation = whole_file_delegation(workspace, current, table, options, &invitees)?;
    }
    let mut missing = Vec::new();
    if options.into.is_none() && columns.delegation.is_none() && preview.delegation.is_none() {
        missing.push(ColumnMeaning::Delegation.cli_name());
    }
    if columns.family_column().is_none() {
        missing.push(ColumnMeaning::FamilyName.cli_name());
    }
    if !missing.is_empty() {
        return Err(ImportError::Columns {
            kind: ImportKind::Delegates,
            missing: missing.join(", "),
            found: table.header.join(", "),
        });
    }
    preview.mapping = Some(mapping);
    let registered = Registered::of(current);
    let mut rows = Rows {
        workspace,
        meeting: current,
        table,
        columns,
        invitees,
        heads: registered.heads.clone(),
        registered,
        fresh: workspace.fresh_person_ids(),
        in_file: BTreeMap::new(),
        in_file_email: BTreeMap::new(),
        into: options.into.clone(),
    };
    for (row, cells) in table.data_rows() {
        rows.read(&mut preview, row, cells);
    }
    preview.left_out.sort_by_key(|(row, _)| *row);
    Ok(preview)
}

/// What reading the rows of a delegates file keeps from one row to the next.
struct Rows<'a> {
    workspace: &'a Workspace,
    meeting: &'a Meeting,
    table: &'a RawTable,
    columns: Columns,
    invitees: InviteeIndex,
    registered: Registered,
    /// Each delegation's head, as the rows read so far leave it.
    heads: BTreeMap<EntityId, Option<PersonId>>,
    fresh: crate::model::FreshPersonIds,
    /// Each person the file registers, by folded name: the row and the id given.
    in_file: BTreeMap<(String, String), (usize, PersonId)>,
    /// The same, by e-mail address.
    in_file_email: BTreeMap<String, (String, String)>,
    into: Option<EntityId>,
}

impl Rows<'_> {
    /// The invitee a row names (or every row goes to), or the problem that it names none.
    fn invitee(
        &self,
        preview: &Preview,
        row: usize,
        cells: &[String],
    ) -> Result<Option<EntityId>, (usize, Text)> {
        if self.into.is_none()
            && let Some(id) = self.table.form_invitee(row)
        {
            return Ok(Some(id.clone()));
        }
        match (&self.into, self.columns.delegation, &preview.delegation) {
            (Some(into), _, _) => Ok(self
                .meeting
                .invitees
                .contains_key(into)
                .then(|| into.clone())),
            (None, Some(column), _) => named(
                &self.invitees,
                self.workspace,
                self.meeting,
                &cell(cells, Some(column)),
            )
            .map(Some)
            .map_err(|reason| (column, reason)),
            (None, None, Some((id, _))) => Ok(Some(id.clone())),
            (None, None, None) => Ok(None),
        }
    }

    /// What row `row` does, its problems and notes, into `preview`.
    fn read(&mut self, preview: &mut Preview, row: usize, cells: &[String]) {
        let (table, columns) = (self.table, self.columns);
        let cell = |column: Option<usize>| cell(cells, column);
        // A registration system's state that keeps the row out.
        if let Some(state) = columns.state {
            let value = cell(Some(state));
            match values::left_out_by_state(&value) {
                Some(true) => {
                    preview
                        .left_out
                        .push((row, Text::new("imp-left-out-state", vec![("state", value)])));
                    return;
                }
                None => preview.notes.push(table.problem(
                    row,
                    Some(state),
                    value,
                    Text::new("imp-unknown-state", Vec::new()),
                )),
                Some(false) => {}
            }
        }
        let problems_before = preview.problems.len();
        let invitee = match self.invitee(preview, row, cells) {
            Ok(invitee) => invitee,
            Err((column, reason)) => {
                preview
                    .problems
                    .push(table.problem(row, Some(column), cell(Some(column)), reason));
                None
            }
        };
        let mut problem = |column: Option<usize>, value: String, reason: Text| {
            preview
                .problems
                .push(table.problem(row, column, value, reason));
        };
        let read = read_row(cells, &columns, &mut problem);
        let uncertain = read
            .as_ref()
            .and_then(|r| r.split.as_ref())
            .is_some_and(|s| !s.certain);
        let Some(read) = read_valid(read, cells, &columns, &mut problem) else {
            return;
        };
        if uncertain && let Some(split) = &read.split {
            preview.problems.push(RowProblem {
                confirmable: true,
                ..table.problem(
                    row,
                    columns.full,
                    cell(columns.full),
                    Text::new(
                        "imp-split-uncertain",
                        vec![
                            ("given", split.given.clone()),
                            ("family", split.family.clone()),
                        ],
                    ),
                )
            });
        }
        let Some(invitee) = invitee else {
            return;
        };
        let again = self.registered_again(preview, row, &invitee, &read.member);
        // Problems that stand whatever is confirmed keep the row from doing anything.
        if preview.problems[problems_before..]
            .iter()
            .any(|p| !p.confirmable)
        {
            return;
        }
        preview
            .notes
            .extend(script_notes(table, row, &read.member, &columns));
        self.act(preview, row, cells, &invitee, read, again);
    }

    /// Whether the person was registered in an earlier row of the file: then the earlier row is left out
    /// (the later is the one that counts) and the person keeps the id it was given.
    fn registered_again(
        &mut self,
        preview: &mut Preview,
        row: usize,
        invitee: &EntityId,
        member: &Member,
    ) -> Option<PersonId> {
        let key = person_key(&member.given_name, &member.family_name);
        let email_key = member.email.trim().to_lowercase();
        let (earlier, id) = self.in_file.get(&key).copied().or_else(|| {
            self.in_file_email
                .get(&email_key)
                .filter(|_| !email_key.is_empty())
                .and_then(|k| self.in_file.get(k).copied())
        })?;
        preview.actions.retain(|(r, _, _)| *r != earlier);
        preview.problems.retain(|p| p.row != earlier);
        preview.notes.retain(|p| p.row != earlier);
        preview.left_out.push((
            earlier,
            Text::new("imp-replaced-by", vec![("row", row.to_string())]),
        ));
        if self.heads.get(invitee).copied().flatten() == Some(id) {
            let registered = self.registered.heads.get(invitee).copied().flatten();
            self.heads.insert(invitee.clone(), registered);
        }
        Some(id)
    }

    /// The action of a row whose person is read: an update of someone registered in the delegation, an
    /// addition, or a problem (the person registered in another delegation, a second head).
    fn act(
        &mut self,
        preview: &mut Preview,
        row: usize,
        cells: &[String],
        invitee: &EntityId,
        read: Read,
        again: Option<PersonId>,
    ) {
        let (table, columns) = (self.table, self.columns);
        let cell = |column: Option<usize>| cell(cells, column);
        let on = self.meeting.opening;
        let english = |id: &EntityId| {
            self.workspace
                .name_at(self.meeting, id, crate::i18n::Lang::En)
                .to_owned()
        };
        let mut member = read.member;
        member.id = again.unwrap_or(member.id);
        let key = person_key(&member.given_name, &member.family_name);
        let email_key = member.email.trim().to_lowercase();
        let name = english(invitee);
        let has_head =
            || Text::new("imp-has-head", vec![("name", name.clone())]).about(invitee, on);
        let role_column = columns.role.or(columns.head);
        let head_elsewhere = |heads: &BTreeMap<EntityId, Option<PersonId>>, person: PersonId| {
            heads
                .get(invitee)
                .copied()
                .flatten()
                .is_some_and(|h| h != person)
        };
        match self.registered.find(&key, &email_key) {
            Some((other, _)) if other != *invitee => {
                preview.problems.push(table.problem(
                    row,
                    columns.family_column(),
                    cell(columns.family_column()),
                    Text::new(
                        "imp-duplicate",
                        vec![
                            ("given", member.given_name.clone()),
                            ("family", member.family_name.clone()),
                            ("other", english(&other)),
                        ],
                    ),
                ));
            }
            Some((_, person)) => {
                member.id = person;
                let old = self
                    .meeting
                    .invitees
                    .get(invitee)
                    .and_then(|i| i.delegation.member(person))
                    .cloned();
                if member.role == Role::HeadOfDelegation && head_elsewhere(&self.heads, person) {
                    preview.problems.push(table.problem(
                        row,
                        role_column,
                        cell(role_column),
                        has_head(),
                    ));
                    return;
                }
                self.in_file.insert(key.clone(), (row, person));
                self.in_file_email.insert(email_key, key);
                preview
                    .actions
                    .push(update_of(row, old.as_ref(), (invitee, on), &name, member));
            }
            None => {
                if again.is_none() {
                    member.id = self.fresh.next().unwrap_or(member.id);
                }
                if member.role == Role::HeadOfDelegation {
                    if head_elsewhere(&self.heads, member.id) {
                        preview.problems.push(table.problem(
                            row,
                            role_column,
                            cell(role_column),
                            has_head(),
                        ));
                        return;
                    }
                    self.heads.insert(invitee.clone(), Some(member.id));
                }
                self.in_file.insert(key.clone(), (row, member.id));
                self.in_file_email.insert(email_key, key);
                let line = if read.role_from_function {
                    "imp-add-role-from-function"
                } else {
                    "imp-add"
                };
                preview.actions.push((
                    row,
                    RowAction::AddMember {
                        invitee: invitee.clone(),
                        member: member.clone(),
                    },
                    Text::new(
                        line,
                        vec![("name", name.clone()), ("person", shown(&member))],
                    )
                    .message("role", words::role_id(member.role))
                    .about(invitee, on),
                ));
            }
        }
    }
}

/// The person a row describes, read from its cells: the names from their columns or split from a whole
/// name, the role from its column, a head-of-delegation column or the function line, every value tidied.
/// Problems with a role, a Yes/No or a gender that cannot be read are reported through `problem`.
fn read_row(
    cells: &[String],
    columns: &Columns,
    problem: &mut dyn FnMut(Option<usize>, String, Text),
) -> Option<Read> {
    let value = |column: Option<usize>| tidy(&cell(cells, column));
    let (honorific, given, family, split) = match (columns.family, columns.full) {
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
    };
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
fn read_valid(
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
fn script_notes(
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

/// A person as a preview line names them, a control character in a name written as an escape.
fn shown(member: &Member) -> String {
    crate::text::visible(&member.display_name()).into_owned()
}

/// The action for a person already registered in the delegation: nothing when the row says what the
/// workspace says, else an update.
fn update_of(
    row: usize,
    old: Option<&Member>,
    (invitee, on): (&EntityId, Date),
    name: &str,
    member: Member,
) -> (usize, RowAction, Text) {
    if old == Some(&member) {
        let line = Text::new(
            "imp-unchanged",
            vec![("name", name.to_owned()), ("what", shown(&member))],
        )
        .about(invitee, on);
        (row, RowAction::Unchanged, line)
    } else {
        let line = Text::new(
            "imp-update",
            vec![("name", name.to_owned()), ("person", shown(&member))],
        )
        .about(invitee, on);
        let action = RowAction::UpdateMember {
            invitee: invitee.clone(),
            member,
        };
        (row, action, line)
    }
}
