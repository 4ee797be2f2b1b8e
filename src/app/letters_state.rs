//! What the Letters view and its e-mail section keep between frames: the form, the e-mail choices, the
//! batches last prepared and the mail server's password. Both views read it; neither imports the other's
//! state.

use super::errors::{PrepareError, Shared};
use super::view::Cx;
use super::widgets::parse_date;
use crate::exchange::letters::{self, LetterIssue, LettersOutput, TemplateKind};
use crate::exchange::mail::MailJob;
use crate::exchange::{LetterLanguage, LetterOptions};
use crate::i18n::Lang;
use crate::model::{EntityId, MailKind, Meeting, Workspace};
use crate::session::{LettersRequest, MailRequest};

/// The Letters view's state between frames, with its e-mail section.
#[derive(Default)]
pub(crate) struct LettersState {
    /// What the Letters view is set to.
    pub(crate) form: LettersForm,
    /// The E-mail section's choices.
    pub(crate) mail: MailForm,
    /// The e-mail batches last prepared (see [`LettersState::mail_job`]).
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

/// The first reference number as typed: a whole number from 1. The one rule for it: the view shows this
/// reason under the field and refuses to generate until it is right.
pub fn parse_first_number(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(crate::t!(
            "let-bad-first-number",
            text = text.trim().to_owned()
        )),
    }
}

impl LettersForm {
    /// The letter options the form is set to for `meeting`, or why the first number is not one.
    pub fn options(&self, meeting: Option<&Meeting>) -> Result<LetterOptions, PrepareError> {
        Ok(LetterOptions {
            kind: Some(self.kind),
            only_uninvited: self.only_uninvited,
            reference_prefix: meeting
                .map(|m| m.reference_prefix.clone())
                .unwrap_or_default(),
            first_number: parse_first_number(&self.first_number)
                .map_err(|_| PrepareError::FirstNumber(self.first_number.trim().to_owned()))?,
            language: self.language,
        })
    }

    /// What must be known before writing the letters the form is set to.
    pub fn issues(&self, workspace: &Workspace, meeting: Option<&Meeting>) -> Vec<LetterIssue> {
        let (Some(meeting), Ok(options), Ok(Some(date))) =
            (meeting, self.options(meeting), parse_date(&self.date))
        else {
            return Vec::new();
        };
        let ids = letters::recipients(workspace, meeting, options.kind, options.only_uninvited);
        letters::check(workspace, meeting, &ids, &options, date)
    }

    /// The letters the form is set to, written to `output` (and marking the invitees invited when the
    /// form says so and they are letters), as the session's request; or why the form is not ready.
    pub fn request(
        &self,
        meeting: &Meeting,
        output: LettersOutput,
    ) -> Result<LettersRequest, PrepareError> {
        let Ok(Some(date)) = parse_date(&self.date) else {
            return Err(PrepareError::Date(self.date.clone()));
        };
        let mark = self.mark_invited && !matches!(output, LettersOutput::Forms(_));
        Ok(LettersRequest {
            meeting: meeting.id.clone(),
            options: self.options(Some(meeting))?,
            date,
            output,
            mark,
        })
    }
}

impl LettersState {
    /// The batch the form is set to, as e-mail of `kind`: who gets a message and who does not (no
    /// address, or a message that may have gone already). `only` narrows it (a retry); `again` sends to
    /// those whose message is unknown. Preparing composes every letter (some 5 ms for the States
    /// Parties), and the view and the Send dialog ask each frame, so the last few batches are kept until
    /// the document, the meeting, the form or the language changes.
    pub(crate) fn mail_job(
        &self,
        cx: &Cx,
        kind: MailKind,
        only: Option<Vec<EntityId>>,
        again: bool,
    ) -> Prepared {
        let key = MailJobKey {
            revision: cx.revision,
            meeting: cx.meeting_id(),
            form: self.form.clone(),
            lang: crate::i18n::language(),
            kind,
            only: only.clone(),
            again,
        };
        let mut cache = self.mail_jobs.borrow_mut();
        if let Some((_, job)) = cache.iter().find(|(k, _)| *k == key) {
            return job.clone();
        }
        let job = self.prepare_mail_job(cx, kind, only, again);
        // A handful: the view's invitations and reminders, and the dialog's batch.
        cache.retain(|(k, _)| k.revision == key.revision && k.form == key.form);
        cache.truncate(3);
        cache.push((key, job.clone()));
        job
    }

    fn prepare_mail_job(
        &self,
        cx: &Cx,
        kind: MailKind,
        only: Option<Vec<EntityId>>,
        again: bool,
    ) -> Prepared {
        let shared = |err: PrepareError| Shared(std::sync::Arc::new(err));
        let Ok(Some(date)) = crate::model::parse_date(&self.form.date) else {
            return Err(shared(PrepareError::Date(self.form.date.clone())));
        };
        // The request the `send` command makes, from the view's choices.
        let request = MailRequest {
            meeting: cx.meeting_id(),
            kind,
            letters: self.form.options(cx.meeting).map_err(shared)?,
            date,
            retry_failed: false,
            only,
            send_unknown_again: again,
            from: None,
        };
        request
            .prepare(cx.workspace)
            .map_err(|err| shared(err.into()))
    }
}
