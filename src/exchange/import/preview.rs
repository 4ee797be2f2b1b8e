//! An import's preview: each row's action and problems, the rows left out and why, and the one edit
//! the preview turns into once the officer has decided (rows left out, uncertain readings confirmed).

use std::collections::{BTreeMap, BTreeSet};

use super::{RawTable, mapping};
use crate::edit::Edit;
use crate::model::Text;
use crate::model::{Address, Date, EntityId, Invitee, MeetingId, Member, Reply, Workspace};

/// One problem of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The row in the file, counting the header as row 1 (as a spreadsheet numbers it).
    pub row: usize,
    pub column: String,
    pub value: String,
    /// Why the row cannot be imported; English when displayed, any language through [`Text::in_lang`].
    pub reason: Text,
    /// An uncertain reading rather than an error (a name split where nothing marked the family name):
    /// the row imports once an officer confirms it.
    pub confirmable: bool,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "row {}, column {}: {:?}: {}",
            self.row, self.column, self.value, self.reason
        )
    }
}

/// What one row would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowAction {
    /// Add a person to a delegation.
    AddMember { invitee: EntityId, member: Member },
    /// Update a person already registered in that delegation.
    UpdateMember { invitee: EntityId, member: Member },
    /// Record a reply.
    SetReply {
        invitee: EntityId,
        reply: Reply,
        date: Option<Date>,
    },
    /// Set an invitee's address (`new` when it had none).
    SetAddress {
        invitee: EntityId,
        address: Address,
        new: bool,
    },
    /// Record a person's arrival on a day (a badge system's check-in).
    Arrive {
        invitee: EntityId,
        person: crate::model::PersonId,
        day: Date,
        time: chrono::NaiveTime,
    },
    /// Nothing to do: the row says what the workspace already says.
    Unchanged,
}

/// What an import would do, row by row, and what is wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub detected: String,
    /// How each column was read (a delegates file).
    pub mapping: Option<mapping::Mapping>,
    /// (row, what it would do, a line describing it).
    pub actions: Vec<(usize, RowAction, Text)>,
    pub problems: Vec<RowProblem>,
    /// What is worth a look but does not stop the import (a name not in Latin script, which lists in
    /// English, French and Spanish cannot print as it is).
    pub notes: Vec<RowProblem>,
    /// Rows the file itself leaves out (a registration withdrawn, a row a later one replaces), and why.
    pub left_out: Vec<(usize, Text)>,
    /// The delegation every row goes to when no column names one (a note verbale's sender, a returned
    /// registration form's invitee), and why.
    pub delegation: Option<(EntityId, Text)>,
    /// For a folder of forms: each row's file and its row there.
    pub origins: BTreeMap<usize, (String, usize)>,
    meeting: MeetingId,
}

/// What an officer decided in a preview: rows left out, and uncertain readings confirmed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decisions {
    pub excluded: BTreeSet<usize>,
    pub confirmed: BTreeSet<usize>,
}

impl Decisions {
    /// Rows left out, nothing confirmed.
    pub fn excluding(rows: impl IntoIterator<Item = usize>) -> Self {
        Self {
            excluded: rows.into_iter().collect(),
            confirmed: BTreeSet::new(),
        }
    }
}

impl Preview {
    /// Problems in rows not excluded, less the uncertain readings confirmed.
    pub fn blocking(&self, decisions: &Decisions) -> Vec<&RowProblem> {
        self.problems
            .iter()
            .filter(|p| !decisions.excluded.contains(&p.row))
            .filter(|p| !(p.confirmable && decisions.confirmed.contains(&p.row)))
            .collect()
    }

    /// Rows whose only problems are uncertain readings, which a confirmation lets through.
    pub fn confirmable_rows(&self) -> BTreeSet<usize> {
        let rows: BTreeSet<usize> = self
            .problems
            .iter()
            .filter(|p| p.confirmable)
            .map(|p| p.row)
            .collect();
        rows.into_iter()
            .filter(|row| self.problems.iter().all(|p| p.row != *row || p.confirmable))
            .collect()
    }

    /// Rows that have a problem.
    pub fn rows_with_problems(&self) -> BTreeSet<usize> {
        self.problems.iter().map(|p| p.row).collect()
    }

    pub fn added(&self) -> usize {
        self.actions
            .iter()
            .filter(|(_, a, _)| {
                matches!(
                    a,
                    RowAction::AddMember { .. } | RowAction::SetAddress { new: true, .. }
                )
            })
            .count()
    }

    pub fn changed(&self) -> usize {
        self.actions
            .iter()
            .filter(|(_, a, _)| {
                matches!(
                    a,
                    RowAction::UpdateMember { .. }
                        | RowAction::SetReply { .. }
                        | RowAction::SetAddress { new: false, .. }
                )
            })
            .count()
    }

    /// The edit that carries out every included row, as one step; `Err` lists the problems that stand in
    /// the way. `None` inside `Ok` when there is nothing to do.
    pub fn edit(
        &self,
        workspace: &Workspace,
        decisions: &Decisions,
    ) -> Result<Option<Edit>, Vec<RowProblem>> {
        let blocking = self.blocking(decisions);
        let excluded = &decisions.excluded;
        if !blocking.is_empty() {
            return Err(blocking.into_iter().cloned().collect());
        }
        let Some(meeting) = workspace.meeting(&self.meeting) else {
            return Ok(None);
        };
        let mut changed: BTreeMap<EntityId, Invitee> = BTreeMap::new();
        let mut addresses = Vec::new();
        for (row, action, _) in &self.actions {
            if excluded.contains(row) {
                continue;
            }
            // Each invitee's record is copied once, then changed in place.
            fn record<'a>(
                changed: &'a mut BTreeMap<EntityId, Invitee>,
                meeting: &crate::model::Meeting,
                id: &EntityId,
            ) -> &'a mut Invitee {
                changed
                    .entry(id.clone())
                    .or_insert_with(|| meeting.invitees.get(id).cloned().unwrap_or_default())
            }
            match action {
                RowAction::AddMember { invitee, member } => {
                    record(&mut changed, meeting, invitee)
                        .delegation
                        .members
                        .push(member.clone());
                }
                RowAction::UpdateMember { invitee, member } => {
                    if let Some(slot) = record(&mut changed, meeting, invitee)
                        .delegation
                        .members
                        .iter_mut()
                        .find(|m| m.id == member.id)
                    {
                        *slot = member.clone();
                    }
                }
                RowAction::SetReply {
                    invitee,
                    reply,
                    date,
                } => {
                    let invitation = &mut record(&mut changed, meeting, invitee).invitation;
                    invitation.reply = *reply;
                    invitation.reply_date = *date;
                }
                RowAction::SetAddress {
                    invitee, address, ..
                } => addresses.push(Edit::PutAddress {
                    id: invitee.clone(),
                    value: Some(address.clone()),
                }),
                RowAction::Arrive {
                    invitee,
                    person,
                    day,
                    time,
                } => addresses.push(Edit::PutArrival {
                    meeting: self.meeting.clone(),
                    invitee: invitee.clone(),
                    person: *person,
                    day: *day,
                    time: Some(*time),
                }),
                RowAction::Unchanged => {}
            }
        }
        if changed.is_empty() && addresses.is_empty() {
            return Ok(None);
        }
        Ok(Some(Edit::Batch(
            changed
                .into_iter()
                .map(|(id, value)| Edit::PutInvitee {
                    meeting: self.meeting.clone(),
                    id,
                    value: Some(value),
                })
                .chain(addresses)
                .chain(self.remember_mapping(workspace))
                .collect(),
        )))
    }

    /// The edit that keeps the meanings chosen for this file's columns in the workspace, for the next
    /// file of the same form (and every colleague), when they are not kept already.
    fn remember_mapping(&self, workspace: &Workspace) -> Option<Edit> {
        let mapping = self.mapping.as_ref()?;
        let chosen = mapping.chosen();
        if chosen.is_empty()
            || workspace.settings.import_mappings.get(&mapping.signature) == Some(&chosen)
        {
            return None;
        }
        let mut settings = workspace.settings.clone();
        settings
            .import_mappings
            .insert(mapping.signature.clone(), chosen);
        Some(Edit::SetWorkspaceInfo {
            name: workspace.name.clone(),
            settings,
        })
    }
}

impl Preview {
    /// An empty preview of `table` for meeting `meeting`.
    pub(super) fn of(table: &RawTable, meeting: &MeetingId) -> Self {
        let origins = table
            .origins
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, origin)| (i + table.header_row + 1, origin.clone()))
            .collect();
        Self {
            detected: table.detected.clone(),
            meeting: meeting.clone(),
            origins,
            ..Self::default()
        }
    }

    /// Where a row is, as the file (or the folder's file) shows it: "row 9", "row 9 of ghana.xlsx".
    pub fn row_label(&self, row: usize) -> String {
        match self.origins.get(&row) {
            Some((file, at)) => format!("row {at} of {file}"),
            None => format!("row {row}"),
        }
    }

    /// A row's file and its row there, for a folder of forms.
    pub fn origin(&self, row: usize) -> Option<&(String, usize)> {
        self.origins.get(&row)
    }
}
