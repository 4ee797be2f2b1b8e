//! Which messages a batch of e-mail sends: the request both faces make (the Letters view and its Send
//! dialog, the `send` command), and the invitees a retry or a deliberate re-send of the unknown goes to.

use crate::exchange::LetterOptions;
use crate::exchange::mail::{MailError, MailJob, MailOptions, last_of_kind};
use crate::model::{Date, EntityId, MailKind, MailState, Meeting, MeetingId};

use super::Session;

/// A batch of e-mail as the user asks for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailRequest {
    pub meeting: MeetingId,
    pub kind: MailKind,
    /// Who the letters go to, their language and how they are numbered, as for printed letters.
    pub letters: LetterOptions,
    /// The letters' date, and the day the invitations are marked sent.
    pub date: Date,
    /// Only the invitees whose last message of this kind failed ("Send the failed again",
    /// `--retry-failed`).
    pub retry_failed: bool,
    /// Or only these invitees.
    pub only: Option<Vec<EntityId>>,
    /// Send again to the invitees whose last message's fate is unknown, a deliberate choice after
    /// checking the mail server's sent folder.
    pub send_unknown_again: bool,
    /// The sender, when not the workspace's own (`--from`).
    pub from: Option<String>,
}

/// The invitees whose last message of `kind` failed (`unknown` false), or whose fate is unknown (a batch
/// interrupted before the server answered).
pub fn candidates(meeting: &Meeting, kind: MailKind, unknown: bool) -> Vec<EntityId> {
    meeting
        .outbox
        .keys()
        .filter(|id| {
            last_of_kind(meeting, id, kind).is_some_and(|r| {
                if unknown {
                    matches!(
                        r.state,
                        MailState::Unknown { .. } | MailState::Sending { .. }
                    )
                } else {
                    matches!(r.state, MailState::Failed { .. })
                }
            })
        })
        .cloned()
        .collect()
}

impl Session {
    /// The batch `request` asks for, prepared: who gets a message, saying what, and who does not and why
    /// (no address, a message that may have gone already, one that cannot be written), and what stops
    /// the letters, if anything does.
    pub fn mail_job(&self, request: &MailRequest) -> Result<MailJob, MailError> {
        request.prepare(self.workspace())
    }
}

impl MailRequest {
    /// The batch this asks for in `workspace`, prepared (see [`Session::mail_job`]): the app's Letters
    /// view and Send dialog prepare it from what they read, the command line from its session.
    pub fn prepare(&self, workspace: &crate::model::Workspace) -> Result<MailJob, MailError> {
        let meeting = workspace
            .meeting(&self.meeting)
            .ok_or_else(|| MailError::NoMeeting(self.meeting.clone()))?;
        let only = if self.retry_failed {
            Some(candidates(meeting, self.kind, false))
        } else {
            self.only.clone()
        };
        let mut settings = workspace.settings.mail.clone();
        if let Some(from) = &self.from {
            settings.from.clone_from(from);
        }
        let options = MailOptions {
            letters: self.letters.clone(),
            kind: Some(self.kind),
            only,
            send_unknown_again: self.send_unknown_again,
        };
        MailJob::prepare(workspace, &self.meeting, &options, self.date, &settings)
    }
}
