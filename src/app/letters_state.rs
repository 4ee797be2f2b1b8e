//! What the Letters view and its e-mail section keep between frames: the form, the e-mail choices, the
//! batches last prepared and the mail server's password. Both views read it; neither imports the other's
//! state.

use crate::exchange::LetterLanguage;
use crate::exchange::letters::TemplateKind;
use crate::exchange::mail::MailJob;
use crate::i18n::Lang;
use crate::model::{EntityId, MailKind};

/// The Letters view's state between frames, with its e-mail section.
#[derive(Default)]
pub(crate) struct LettersState {
    /// What the Letters view is set to.
    pub(crate) form: LettersForm,
    /// The E-mail section's choices.
    pub(crate) mail: MailForm,
    /// The e-mail batches last prepared (see `App::mail_job`).
    pub(crate) mail_jobs: MailJobs,
    /// The mail server's password, once typed: kept while the app runs, never written anywhere.
    pub(crate) smtp_password: Option<String>,
}

/// What the Letters view is set to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LettersForm {
    pub kind: TemplateKind,
    /// The letters' date, as typed; empty until the view is first shown (then today).
    pub date: String,
    pub first_number: String,
    pub only_uninvited: bool,
    pub mark_invited: bool,
    pub per_invitee: bool,
    /// Each invitee's language, or one for all.
    pub language: LetterLanguage,
    /// The language of the template shown for editing.
    pub template_lang: Lang,
}

impl Default for LettersForm {
    fn default() -> Self {
        Self {
            kind: TemplateKind::StatesParties,
            date: String::new(),
            first_number: "1".to_owned(),
            only_uninvited: true,
            // Marking a batch invited changes up to 200 records: a choice the user makes, never a default.
            mark_invited: false,
            per_invitee: false,
            language: LetterLanguage::EachInvitee,
            template_lang: Lang::En,
        }
    }
}

/// What a prepared batch depends on, besides the workspace's settings (which change the revision).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MailJobKey {
    pub(crate) revision: u64,
    pub(crate) meeting: crate::model::MeetingId,
    pub(crate) form: LettersForm,
    pub(crate) lang: crate::i18n::Lang,
    pub(crate) kind: MailKind,
    pub(crate) only: Option<Vec<EntityId>>,
    pub(crate) again: bool,
}

/// The batches last prepared, with what they were prepared from.
pub(crate) type MailJobs = std::cell::RefCell<Vec<(MailJobKey, Prepared)>>;

/// A batch prepared, or why it could not be.
pub(crate) type Prepared = Result<MailJob, super::errors::Shared<super::errors::PrepareError>>;

/// The form's choices between frames.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MailForm {
    /// The kind of message whose cover text is shown.
    pub cover_kind: Option<MailKind>,
}
