//! The document being edited: the workspace, its history of edits (undo and redo, typing merged into
//! one step), whether it differs from the saved file, and a colleague's save taken in as one step.

use super::{Edit, EditError};
use crate::model::{EntityId, MeetingId, Workspace};

/// Identifies one state of the document in its history, so "unsaved" is exact: undoing back to the saved
/// state makes the document clean again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct StateId(u64);

/// A workspace being edited: the workspace, its history, and whether it differs from the saved file.
/// The number of the next document made, the start of its revisions.
static NEXT_DOCUMENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[derive(Debug)]
pub struct Document {
    workspace: Workspace,
    undo: Vec<(Edit, StateId)>,
    redo: Vec<(Edit, StateId)>,
    state: StateId,
    saved: Option<StateId>,
    next_state: u64,
    /// Counts the changes, from a start of its own (see [`Document::new`]).
    revision: u64,
    /// The key of the edit that may still absorb the next one (typing in one field is one undo step).
    coalescing: Option<String>,
    /// What the last change touched, for views that refresh incrementally.
    last_touched: Option<Vec<(MeetingId, EntityId)>>,
}

impl Document {
    /// A document for a workspace as it is on disk (`saved`) or not yet saved anywhere.
    pub fn new(workspace: Workspace, saved: bool) -> Self {
        Self {
            workspace,
            undo: Vec::new(),
            redo: Vec::new(),
            state: StateId(0),
            saved: saved.then_some(StateId(0)),
            next_state: 1,
            // Each document counts from its own start, 2^32 apart, so that a view's cache of one
            // document's revision never passes for another's (a file opened in place of another).
            revision: NEXT_DOCUMENT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) << 32,
            coalescing: None,
            last_touched: None,
        }
    }

    /// The invitees the last change (edit, undo or redo) touched; `None` when it may have touched anything.
    pub fn last_touched(&self) -> Option<&[(MeetingId, EntityId)]> {
        self.last_touched.as_deref()
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// Counts every change (edit, undo, redo), so views can cache what they derive from the workspace.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether the workspace differs from the last save (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.state)
    }

    /// Records what happened to messages (drafted, sending, sent, failed, unknown) in the meeting's
    /// outbox, each replacing the record of the same Message-ID. Outside the undo history: a message that
    /// went stays recorded whatever is undone, and since no undoable edit touches the outbox, the history
    /// stays valid. The workspace now differs from the file until it is saved, whatever is undone.
    pub fn record_mail(
        &mut self,
        meeting: &MeetingId,
        records: Vec<(EntityId, crate::model::MailRecord)>,
    ) {
        let Some(target) = self.workspace.meeting_mut(meeting) else {
            return;
        };
        if records.is_empty() {
            return;
        }
        let mut touched = Vec::new();
        for (id, record) in records {
            target.record_mail(&id, record);
            touched.push((meeting.clone(), id));
        }
        self.saved = None;
        self.coalescing = None;
        self.revision += 1;
        self.last_touched = Some(touched);
    }

    /// Brings the workspace to `target` (a merge's result) as one undo step, and takes in its outbox
    /// (outside the history, as [`Document::record_mail`] does). Whether anything changed.
    pub fn bring_to(&mut self, target: &Workspace) -> Result<bool, EditError> {
        let mut changed = match Edit::between(&self.workspace, target) {
            Some(edit) => self.apply(edit)?,
            None => false,
        };
        let mut touched = Vec::new();
        for meeting in &target.meetings {
            if let Some(mine) = self.workspace.meeting_mut(&meeting.id)
                && mine.outbox != meeting.outbox
            {
                mine.outbox.clone_from(&meeting.outbox);
                touched.extend(
                    meeting
                        .outbox
                        .keys()
                        .map(|id| (meeting.id.clone(), id.clone())),
                );
            }
        }
        if !touched.is_empty() {
            self.saved = None;
            self.coalescing = None;
            self.revision += 1;
            self.last_touched = if changed { None } else { Some(touched) };
            changed = true;
        }
        Ok(changed)
    }

    /// Records that the current state is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.state);
        self.coalescing = None;
    }

    /// Ends the current coalescing run: the next edit is a new undo step even if it has the same key.
    pub fn break_coalescing(&mut self) {
        self.coalescing = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies an edit as one undo step. Returns whether anything changed: an edit that changes nothing is
    /// not recorded and leaves the document clean.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        self.coalescing = None;
        self.apply_inner(edit)
    }

    /// Applies an edit that merges with the previous one when both carry the same `key` and nothing came in
    /// between: typing a name letter by letter is one undo step. If the merged edits cancel out, the step
    /// disappears and the document is as clean as before.
    pub fn apply_coalesced(&mut self, edit: Edit, key: &str) -> Result<bool, EditError> {
        let merge = self.coalescing.as_deref() == Some(key) && self.can_undo();
        if !merge {
            self.coalescing = Some(key.to_owned());
            return self.apply_inner(edit);
        }
        let touched = edit.touched();
        let Some(_) = edit.apply(&mut self.workspace)? else {
            return Ok(false);
        };
        // Keep the inverse recorded at the start of the run: it restores the state before the first edit.
        self.redo.clear();
        self.revision += 1;
        self.last_touched = touched;
        if let Some((first_inverse, before)) = self.undo.last()
            && first_inverse.is_noop_on(&self.workspace)
        {
            self.state = *before;
            self.undo.pop();
            self.coalescing = None;
        } else {
            self.state = StateId(self.next_state);
            self.next_state += 1;
        }
        Ok(true)
    }

    fn apply_inner(&mut self, edit: Edit) -> Result<bool, EditError> {
        let touched = edit.touched();
        let Some(inverse) = edit.apply(&mut self.workspace)? else {
            return Ok(false);
        };
        self.undo.push((inverse, self.state));
        self.redo.clear();
        self.state = StateId(self.next_state);
        self.next_state += 1;
        self.revision += 1;
        self.last_touched = touched;
        Ok(true)
    }

    /// Undoes the last edit; `false` when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.coalescing = None;
        let Some((edit, target)) = self.undo.pop() else {
            return false;
        };
        self.step(edit, target, false)
    }

    /// Redoes the last undone edit; `false` when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.coalescing = None;
        let Some((edit, target)) = self.redo.pop() else {
            return false;
        };
        self.step(edit, target, true)
    }

    fn step(&mut self, edit: Edit, target: StateId, redoing: bool) -> bool {
        let touched = edit.touched();
        match edit.apply(&mut self.workspace) {
            Ok(Some(inverse)) => {
                let entry = (inverse, self.state);
                if redoing {
                    self.undo.push(entry);
                } else {
                    self.redo.push(entry);
                }
                self.state = target;
                self.revision += 1;
                self.last_touched = touched;
                true
            }
            // Edits on the stacks were recorded against this very history, so they apply; if one ever did
            // not, dropping it keeps the stacks consistent with the workspace.
            Ok(None) | Err(_) => false,
        }
    }
}
