//! The code a registration form the app wrote carries on a hidden sheet: which meeting, which invitee,
//! under which reference. Reading a workbook looks for it (`source.rs`); a returned form imports by it
//! into its own delegation (`form.rs`).

use crate::i18n::Lang;
use crate::model::{EntityId, Meeting, MeetingId};

/// The sheet that carries a form's code.
pub const CODE_SHEET: &str = "msp-invitations";

/// What a form's code begins with, and its version.
const CODE_PREFIX: &str = "MSP-INVITATIONS-REGISTRATION-FORM/1";

/// The code a registration form carries: which meeting, which invitee, under which reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    pub meeting: MeetingId,
    /// The invitee's code (an ISO alpha-3 code, an organisation's id).
    pub invitee: String,
    pub reference: String,
    pub lang: Lang,
}

/// Why a returned form does not import into this meeting.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum FormError {
    OtherMeeting { form: String, this: String },
    NotInvitee(String),
}

impl Code {
    /// The code as the hidden sheet holds it.
    pub fn text(&self) -> String {
        format!(
            "{CODE_PREFIX}\t{}\t{}\t{}\t{}",
            self.meeting,
            self.invitee,
            self.reference,
            self.lang.code()
        )
    }

    /// A code read back; `None` for anything that is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('\t');
        if parts.next()? != CODE_PREFIX {
            return None;
        }
        let meeting = MeetingId::from(parts.next()?);
        let invitee = parts.next()?.to_owned();
        let reference = parts.next()?.to_owned();
        let lang = Lang::from_code(parts.next()?)?;
        Some(Self {
            meeting,
            invitee,
            reference,
            lang,
        })
    }

    /// The invitee of `meeting` the form was written for; refused when it was written for another
    /// meeting, or for an invitee the meeting no longer has.
    pub fn invitee_in(&self, meeting: &Meeting) -> Result<EntityId, FormError> {
        if self.meeting != meeting.id {
            return Err(FormError::OtherMeeting {
                form: self.meeting.to_string(),
                this: meeting.id.to_string(),
            });
        }
        meeting
            .invitees
            .keys()
            .find(|id| id.code() == self.invitee)
            .cloned()
            .ok_or_else(|| FormError::NotInvitee(self.invitee.clone()))
    }
}
