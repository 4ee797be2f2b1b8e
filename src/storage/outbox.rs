//! The outbox journal: what happened to each message of a batch, written to disk the moment it happens,
//! so that a crash in the middle of a batch never leads to a message sent twice.
//!
//! Saving the whole workspace before and after each message would be slow on a large workspace; instead
//! the sender appends one line per change (a message about to be handed to the server, then sent or
//! failed) to `NAME.ron.outbox` beside the workspace, and syncs it before going on. Only the holder of
//! the workspace's lock writes it. Whoever opens the workspace next under the lock replays the journal
//! into the workspace ([`pending`]): a message still "sending" there was interrupted before the server
//! answered, so it is recorded as unknown and is not sent again without a deliberate choice. Once the
//! workspace holding every line is saved, the journal is removed.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::{EntityId, MailRecord, MailState, MeetingId, Workspace};

/// One line of the journal: a message's record as it now stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    /// The meeting's id ([`crate::model::MeetingId`]; a journal of an older version named it by its short
    /// name, which is the id a file of that version gets).
    pub meeting: String,
    pub invitee: EntityId,
    pub record: MailRecord,
}

/// The journal of the workspace at `workspace`.
pub fn journal_path(workspace: &Path) -> PathBuf {
    let mut name = workspace.as_os_str().to_owned();
    name.push(".outbox");
    PathBuf::from(name)
}

/// The journal, open for appending.
pub struct Journal {
    file: std::fs::File,
    path: PathBuf,
}

impl Journal {
    /// Opens (or creates) the journal of the workspace at `workspace`.
    pub fn open(workspace: &Path) -> std::io::Result<Self> {
        let path = journal_path(workspace);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)?;
        Ok(Self { file, path })
    }

    /// Appends one entry and syncs it to disk before returning: once this returns, a crash cannot lose
    /// it.
    pub fn append(&mut self, entry: &JournalEntry) -> std::io::Result<()> {
        let line = ron::to_string(entry).map_err(std::io::Error::other)?;
        self.file.write_all(format!("{line}\n").as_bytes())?;
        self.file.sync_data()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The entries of the journal of the workspace at `workspace`, oldest first; none when there is no
/// journal. A line that does not read (the last one, cut by a crash as it was written) is left out: its
/// message had not been handed to the server yet, since the line before sending is synced first.
pub fn read_journal(workspace: &Path) -> Vec<JournalEntry> {
    let Ok(text) = std::fs::read_to_string(journal_path(workspace)) else {
        return Vec::new();
    };
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .filter_map(|line| ron::from_str(line).ok())
        .collect()
}

/// Removes the journal of the workspace at `workspace`, once the workspace holding its entries is saved.
pub fn remove_journal(workspace: &Path) {
    let _ = std::fs::remove_file(journal_path(workspace));
}

/// What the journal says that `workspace` does not hold yet, as (meeting, invitee, record): the last state
/// of each message, with a message still "sending" turned unknown (the process that sent it is gone, and
/// only the mail server can say whether it went).
pub fn pending(
    workspace: &Workspace,
    entries: &[JournalEntry],
) -> Vec<(MeetingId, EntityId, MailRecord)> {
    let mut last: Vec<(MeetingId, EntityId, MailRecord)> = Vec::new();
    for entry in entries {
        let Some(meeting) = workspace
            .meetings
            .iter()
            .find(|m| m.id.0 == entry.meeting)
            .or_else(|| {
                workspace
                    .meetings
                    .iter()
                    .find(|m| m.short_name == entry.meeting)
            })
            .map(|m| m.id.clone())
        else {
            continue;
        };
        let mut record = entry.record.clone();
        if let MailState::Sending { since } = record.state {
            record.state = MailState::Unknown { since };
        }
        match last
            .iter_mut()
            .find(|(_, _, r)| r.message_id == record.message_id)
        {
            Some(slot) => *slot = (meeting, entry.invitee.clone(), record),
            None => last.push((meeting, entry.invitee.clone(), record)),
        }
    }
    last.retain(|(meeting, id, record)| {
        !workspace
            .meeting(meeting)
            .is_some_and(|m| m.mail_to(id).iter().any(|r| r == record))
    });
    last
}
