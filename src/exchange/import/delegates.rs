//! Delegates from a registration file, read by what its columns and values mean: each row a person in a
//! delegation, added or updated, with every problem named by row and column. Rows the file itself leaves
//! out (a registration withdrawn, one received again later) are said; a name split where nothing marked
//! its family name stands as a problem until an officer confirms it.

use std::collections::BTreeMap;

use super::delegate_row::{Columns, Read, read_row, read_valid, script_notes};
use super::invitees::{Found, InviteeIndex, named};
use super::mapping;
use super::values::{self, tidy};
use super::{ImportError, ImportKind, Preview, RawTable, RowAction, RowProblem, cell};
use crate::model::{
    ColumnMeaning, Date, EntityId, Meeting, MeetingId, Member, PersonId, Role, Text, Workspace,
    words,
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
