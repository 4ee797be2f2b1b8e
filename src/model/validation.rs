//! Validation: every problem names what is wrong and where (meeting, invitee, person, field), so the app can
//! select the field and the command line can list it.

use std::fmt;

use super::{
    EntityId, InvitationStatus, Invitee, Meeting, Officer, PersonId, Reply, Role, Workspace,
};
use super::{limits, reference};
use crate::i18n::{Arg, Lang};

/// A field of a meeting, invitee or organisation record: where a validation problem is (for the app to
/// select it and the user to read) and the key a form row edits (typing in one field is one undo step).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    MeetingNumber,
    /// The meeting's full or short name.
    MeetingName,
    MeetingShortName,
    MeetingVenue,
    /// Where the meeting is held, in English running text.
    MeetingAtVenue,
    /// One of the meeting's words in another language.
    Translation(Lang, WordsPart),
    /// The mandating resolution's symbol and date.
    Mandate,
    MandateDate,
    ReferencePrefix,
    Signatory,
    SignatoryTitle,
    ExecutiveSecretary,
    /// The opening date (and the meeting's dates as a whole).
    MeetingDates,
    MeetingClosing,
    SymbolPrefix,
    RegistrationDeadline,
    Seats,
    President,
    SecretaryGeneral,
    /// The officers as a whole (the Vice-Presidents).
    Officers,
    /// The invitee's id itself (unknown State or organisation).
    Entity,
    InvitationStatus,
    InvitationSent,
    InvitationChannel,
    InvitationReference,
    Reminders,
    Reply,
    ReplyDate,
    InvitationNotes,
    /// The designation of the delegation (its date) and its reference.
    Designation,
    DesignationReference,
    AddressKind,
    AddressCity,
    AddressPostal,
    AddressEmail,
    AddressFax,
    AddressContact,
    AddressContactTitle,
    AddressSalutation,
    AddressLanguage,
    /// The invitee's name in running text, in a language (the user's own wording).
    RunningName(Lang),
    /// An organisation's name in a language (the user's, where the reference data has none).
    OrgName(Lang),
    /// The delegation as a whole (its head).
    Delegation,
    MemberRole,
    MemberHonorific,
    MemberGivenName,
    MemberFamilyName,
    /// The given or family name in Latin script, as lists in English, French and Spanish print it.
    MemberLatinGivenName,
    MemberLatinFamilyName,
    MemberFunction,
    MemberGender,
    MemberEmail,
    MemberPhone,
    /// The credentials received (their kind).
    Credentials,
    CredentialsIssuer,
    CredentialsReceived,
    /// The Rule 1.4 request (the day it was received).
    ObserverRequest,
    ObserverRecommended,
    ObserverProvisional,
    ObserverDecision,
    ObserverDecisionDate,
    OrganisationName,
    OrganisationAcronym,
    OrganisationKind,
}

/// Which of a meeting's words in another language a field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordsPart {
    Name,
    Venue,
    AtVenue,
    SignatoryTitle,
}

/// One thing wrong in a workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Short name of the meeting ("13MSP").
    pub meeting: String,
    /// The meeting's id, which a view goes to.
    pub meeting_id: super::MeetingId,
    pub invitee: Option<EntityId>,
    pub person: Option<PersonId>,
    pub field: Field,
    /// What is wrong, naming the invitee or person concerned: a message of `assets/i18n` and its
    /// arguments, said in English by `Display` (the command line) and in the user's language by
    /// [`Problem::message_in`]. User values are arguments, never message ids.
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Problem {
    /// The sentence in `lang`, prefixed with the meeting, with the invitee named in `lang` too (the
    /// sentence's `name` is the invitee's English name, which the command line prints).
    pub fn message_in(&self, workspace: &Workspace, lang: crate::i18n::Lang) -> String {
        let text = super::Text {
            key: self.key,
            args: self.args.clone(),
            about: self.invitee.clone(),
            on: workspace.meeting(&self.meeting_id).map(|m| m.opening),
            several: Vec::new(),
        };
        format!("{}: {}", self.meeting, text.in_lang_for(workspace, lang))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = super::Text {
            key: self.key,
            args: self.args.clone(),
            about: None,
            on: None,
            several: Vec::new(),
        };
        write!(f, "{}: {text}", self.meeting)
    }
}

/// Every problem in the workspace, in a stable order (meeting, then invitee id, then the meeting's
/// people). The app keeps a [`super::Validator`] instead, which updates the same list after each edit.
pub fn validate(workspace: &Workspace) -> Vec<Problem> {
    let mut validator = super::Validator::default();
    validator.refresh(workspace, None);
    validator.into_problems()
}

/// Where the checks put what they find: the problems of one meeting.
pub(super) struct Out<'a> {
    meeting: &'a Meeting,
    problems: &'a mut Vec<Problem>,
}

impl<'a> Out<'a> {
    pub(super) fn new(meeting: &'a Meeting, problems: &'a mut Vec<Problem>) -> Self {
        Self { meeting, problems }
    }

    pub(super) fn push(
        &mut self,
        invitee: Option<&EntityId>,
        person: Option<PersonId>,
        field: Field,
        (key, args): (&'static str, Vec<(&'static str, Arg)>),
    ) {
        self.problems.push(Problem {
            meeting: self.meeting.short_name.clone(),
            meeting_id: self.meeting.id.clone(),
            invitee: invitee.cloned(),
            person,
            field,
            key,
            args,
        });
    }

    pub(super) fn meeting(
        &mut self,
        field: Field,
        message: (&'static str, Vec<(&'static str, Arg)>),
    ) {
        self.push(None, None, field, message);
    }
}

pub(super) fn validate_meeting(workspace: &Workspace, meeting: &Meeting, out: &mut Out<'_>) {
    if meeting.short_name.trim().is_empty() {
        out.meeting(Field::MeetingName, ("problem-no-short-name", vec![]));
    }
    if meeting.full_name.trim().is_empty() {
        out.meeting(Field::MeetingName, ("problem-no-full-name", vec![]));
    }
    if meeting.closing < meeting.opening {
        out.meeting(
            Field::MeetingDates,
            (
                "problem-closes-before",
                vec![
                    ("closing", Arg::from(meeting.closing.to_string())),
                    ("opening", Arg::from(meeting.opening.to_string())),
                ],
            ),
        );
    }
    if let Some(deadline) = meeting.registration_deadline
        && deadline > meeting.closing
    {
        out.meeting(
            Field::RegistrationDeadline,
            (
                "problem-deadline-after",
                vec![
                    ("deadline", Arg::from(deadline.to_string())),
                    ("closing", Arg::from(meeting.closing.to_string())),
                ],
            ),
        );
    }
    let officers = &meeting.officers;
    let all = officers
        .president
        .iter()
        .chain(&officers.vice_presidents)
        .chain(&officers.secretary_general);
    for officer in all {
        let state = match officer {
            Officer::State(iso3) => Some(iso3),
            Officer::Person { state, .. } => state.as_ref(),
        };
        if let Some(iso3) = state
            && reference::state(iso3).is_none()
        {
            out.meeting(
                Field::Officers,
                (
                    "problem-officer-unknown",
                    vec![("code", Arg::from(iso3.clone()))],
                ),
            );
        }
    }
    let _ = workspace;
}

pub(super) fn validate_invitee(
    workspace: &Workspace,
    meeting: &Meeting,
    id: &EntityId,
    invitee: &Invitee,
    out: &mut Out<'_>,
) {
    let name = workspace.name_at(meeting, id, Lang::En);
    if !workspace.knows(id) {
        let what = match id {
            EntityId::State(_) => "problem-unknown-state",
            EntityId::Org(_) => "problem-unknown-org",
        };
        out.push(
            Some(id),
            None,
            Field::Entity,
            (what, vec![("name", Arg::from(name.to_owned()))]),
        );
        return;
    }
    if let Some(address) = workspace.addresses.get(id) {
        for (field, value) in [
            (Field::AddressCity, &address.city),
            (Field::AddressEmail, &address.email),
            (Field::AddressFax, &address.fax),
            (Field::AddressContact, &address.contact_name),
            (Field::AddressContactTitle, &address.contact_title),
            (Field::AddressSalutation, &address.salutation),
        ] {
            if let Some(message) = single_line_problem(field, value, name, None) {
                out.push(Some(id), None, field, message);
            }
        }
        let email = address.email.trim();
        if !email.is_empty() && !looks_like_email_list(email) {
            out.push(
                Some(id),
                None,
                Field::AddressEmail,
                (
                    "problem-address-email",
                    vec![
                        ("name", Arg::from(name.to_owned())),
                        ("email", Arg::from(email.to_owned())),
                    ],
                ),
            );
        }
        let fits = match id {
            EntityId::State(_) => address.kind != super::AddressKind::Office,
            EntityId::Org(_) => address.kind == super::AddressKind::Office,
        };
        if !fits {
            out.push(
                Some(id),
                None,
                Field::AddressKind,
                (
                    "problem-address-kind",
                    vec![("name", Arg::from(name.to_owned()))],
                ),
            );
        }
    }

    let invitation = &invitee.invitation;
    let designation = invitee.designation.as_ref().map(|d| d.reference.as_str());
    for (field, value) in [
        (Field::InvitationReference, invitation.reference.as_str()),
        (Field::DesignationReference, designation.unwrap_or_default()),
    ] {
        if let Some(message) = single_line_problem(field, value, name, None) {
            out.push(Some(id), None, field, message);
        }
    }
    if invitation.status == InvitationStatus::Invited && invitation.sent.is_none() {
        out.push(
            Some(id),
            None,
            Field::InvitationSent,
            (
                "problem-no-sent-date",
                vec![("name", Arg::from(name.to_owned()))],
            ),
        );
    }
    if let Some(sent) = invitation.sent {
        for reminder in invitation.reminders.iter().filter(|r| **r < sent) {
            out.push(
                Some(id),
                None,
                Field::Reminders,
                (
                    "problem-reminder-before",
                    vec![
                        ("name", Arg::from(name.to_owned())),
                        ("reminder", Arg::from(reminder.to_string())),
                        ("sent", Arg::from(sent.to_string())),
                    ],
                ),
            );
        }
        if let Some(replied) = invitation.reply_date
            && replied < sent
        {
            out.push(
                Some(id),
                None,
                Field::Reply,
                (
                    "problem-reply-before",
                    vec![
                        ("name", Arg::from(name.to_owned())),
                        ("replied", Arg::from(replied.to_string())),
                        ("sent", Arg::from(sent.to_string())),
                    ],
                ),
            );
        }
    }
    if invitation.reply != Reply::NoReply && invitation.status == InvitationStatus::NotInvited {
        out.push(
            Some(id),
            None,
            Field::Reply,
            (
                "problem-reply-not-invited",
                vec![
                    ("name", Arg::from(name.to_owned())),
                    (
                        "reply",
                        Arg::Word(match invitation.reply {
                            Reply::Accepted => "reply-accepted",
                            Reply::Declined => "reply-declined",
                            Reply::NoReply => "reply-no-reply",
                        }),
                    ),
                ],
            ),
        );
    }

    validate_delegation(name, meeting, id, invitee, out);
    validate_observer_request(workspace, name, id, invitee, out);
}

/// The delegation: one head, its members' values, credentials that came in time.
fn validate_delegation(
    name: &str,
    meeting: &Meeting,
    id: &EntityId,
    invitee: &Invitee,
    out: &mut Out<'_>,
) {
    let delegation = &invitee.delegation;
    let heads = delegation
        .members
        .iter()
        .filter(|m| m.role == Role::HeadOfDelegation)
        .count();
    if !delegation.is_empty() && heads == 0 {
        out.push(
            Some(id),
            None,
            Field::Delegation,
            (
                "problem-no-head",
                vec![("name", Arg::from(name.to_owned()))],
            ),
        );
    }
    if heads > 1 {
        out.push(
            Some(id),
            None,
            Field::Delegation,
            (
                "problem-two-heads",
                vec![
                    ("name", Arg::from(name.to_owned())),
                    ("count", Arg::from(heads.to_string())),
                ],
            ),
        );
    }
    for member in &delegation.members {
        validate_member(name, id, member, out);
    }
    if let Some(credentials) = &delegation.credentials
        && let Some(received) = credentials.received
        && received > meeting.closing
    {
        out.push(
            Some(id),
            None,
            Field::Credentials,
            (
                "problem-credentials-late",
                vec![
                    ("name", Arg::from(name.to_owned())),
                    ("received", Arg::from(received.to_string())),
                    ("closing", Arg::from(meeting.closing.to_string())),
                ],
            ),
        );
    }
}

/// One person of a delegation: values printed on one line, a family name, an e-mail address that is one.
fn validate_member(name: &str, id: &EntityId, member: &crate::model::Member, out: &mut Out<'_>) {
    // A hand-edited file can hold what the forms and imports refuse: overlong values, and line
    // breaks, control or invisible characters in a value printed on one line.
    for (field, value) in [
        (Field::MemberHonorific, &member.honorific),
        (Field::MemberGivenName, &member.given_name),
        (Field::MemberFamilyName, &member.family_name),
        (Field::MemberLatinGivenName, &member.latin_given_name),
        (Field::MemberLatinFamilyName, &member.latin_family_name),
        (Field::MemberFunction, &member.function),
        (Field::MemberEmail, &member.email),
        (Field::MemberPhone, &member.phone),
    ] {
        if let Some(message) = single_line_problem(field, value, name, Some(member)) {
            out.push(Some(id), Some(member.id), field, message);
        }
    }
    if member.family_name.trim().is_empty() {
        out.push(
            Some(id),
            Some(member.id),
            Field::MemberFamilyName,
            (
                "problem-no-family",
                vec![
                    ("name", Arg::from(name.to_owned())),
                    ("person", Arg::from(member.plain_name())),
                ],
            ),
        );
    }
    let email = member.email.trim();
    if !email.is_empty() && !looks_like_email(email) {
        out.push(
            Some(id),
            Some(member.id),
            Field::MemberEmail,
            (
                "problem-bad-email",
                vec![
                    ("name", Arg::from(name.to_owned())),
                    ("email", Arg::from(email.to_owned())),
                    ("person", Arg::from(member.plain_name())),
                ],
            ),
        );
    }
}

/// An organisation under Rule 1.4: no delegation or invitation before it may attend, steps in order.
fn validate_observer_request(
    workspace: &Workspace,
    name: &str,
    id: &EntityId,
    invitee: &Invitee,
    out: &mut Out<'_>,
) {
    let delegation = &invitee.delegation;
    let invitation = &invitee.invitation;
    if workspace.needs_observer_request(id) {
        let step = invitee
            .observer_request
            .as_ref()
            .and_then(super::ObserverRequest::step);
        let may_attend = step.is_some_and(super::ObserverStep::may_attend);
        if !may_attend && !delegation.is_empty() {
            out.push(
                Some(id),
                None,
                Field::ObserverRequest,
                (
                    "problem-delegation-not-approved",
                    vec![
                        ("name", Arg::from(name.to_owned())),
                        ("step", Arg::Word(step_id(step))),
                    ],
                ),
            );
        } else if !may_attend && invitation.status == InvitationStatus::Invited {
            out.push(
                Some(id),
                None,
                Field::ObserverRequest,
                (
                    "problem-invited-not-approved",
                    vec![
                        ("name", Arg::from(name.to_owned())),
                        ("step", Arg::Word(step_id(step))),
                    ],
                ),
            );
        }
    }
    if let Some(request) = &invitee.observer_request {
        let steps = request.dated_steps();
        for pair in steps.windows(2) {
            if let [(earlier, a), (later, b)] = pair
                && b < a
            {
                out.push(
                    Some(id),
                    None,
                    Field::ObserverRequest,
                    (
                        "problem-step-order",
                        vec![
                            ("name", Arg::from(name.to_owned())),
                            ("later", Arg::Word(step_id(Some(*later)))),
                            ("laterdate", Arg::from(b.to_string())),
                            ("earlier", Arg::Word(step_id(Some(*earlier)))),
                            ("earlierdate", Arg::from(a.to_string())),
                        ],
                    ),
                );
            }
        }
    }
}

/// The message id of a Rule 1.4 step (or of "not requested").
fn step_id(step: Option<super::ObserverStep>) -> &'static str {
    use super::ObserverStep;
    match step {
        None => "table-not-requested",
        Some(ObserverStep::Requested) => "step-requested",
        Some(ObserverStep::RecommendedByCoordinatingCommittee) => "step-recommended",
        Some(ObserverStep::ProvisionallyInvited) => "step-provisionally-invited",
        Some(ObserverStep::Approved) => "step-approved",
        Some(ObserverStep::Rejected) => "step-rejected",
    }
}

/// Whether `email` looks like an address: the one rule the forms, imports and validation share, and what
/// people actually mistype (a missing @, a domain without a dot, a space), not RFC 5322.
/// What is wrong with a value printed on one line (too long; a line break, control or invisible
/// character), as a problem of `name`'s record, or of `member` in it.
fn single_line_problem(
    field: Field,
    value: &str,
    name: &str,
    member: Option<&super::Member>,
) -> Option<(&'static str, Vec<(&'static str, Arg)>)> {
    // Checked before a word of the message is made: almost every value is fine.
    let too_long =
        value.len() > limits::MAX_NAME_CHARS && value.chars().count() > limits::MAX_NAME_CHARS;
    let fault = if too_long {
        None
    } else {
        Some(limits::line_fault(value)?)
    };
    let mut args = vec![
        ("name", Arg::from(name.to_owned())),
        (
            "field",
            field
                .label_key()
                .map_or_else(|| Arg::from(String::new()), Arg::Word),
        ),
        ("limit", Arg::from(limits::MAX_NAME_CHARS.to_string())),
    ];
    if let Some(member) = member {
        args.push(("person", Arg::from(member.plain_name())));
    }
    let with_person = member.is_some();
    let Some(fault) = fault else {
        let key = if with_person {
            "problem-too-long"
        } else {
            "problem-too-long-field"
        };
        return Some((key, args));
    };
    args.push(("fault", Arg::Message(fault.key())));
    args.push(("char", Arg::from(fault.code_point())));
    let key = if with_person {
        "problem-fault-person"
    } else {
        "problem-fault"
    };
    Some((key, args))
}

impl Field {
    /// The message of `assets/i18n` that labels the field in the forms, for the fields a problem about
    /// a single value names.
    pub fn label_key(self) -> Option<&'static str> {
        Some(match self {
            Self::MemberHonorific => "detail-honorific",
            Self::MemberGivenName => "detail-given-name",
            Self::MemberFamilyName => "detail-family-name",
            Self::MemberLatinGivenName => "detail-latin-given-name",
            Self::MemberLatinFamilyName => "detail-latin-family-name",
            Self::MemberFunction => "detail-function",
            Self::MemberEmail | Self::AddressEmail => "detail-email",
            Self::MemberPhone => "detail-phone",
            Self::AddressCity => "detail-city",
            Self::AddressFax => "detail-fax",
            Self::AddressContact => "detail-contact-name",
            Self::AddressContactTitle => "detail-contact-title",
            Self::AddressSalutation => "detail-salutation",
            Self::InvitationReference | Self::DesignationReference => "detail-reference",
            _ => return None,
        })
    }
}

/// Whether `text` is one or more e-mail addresses, separated by semicolons or commas (a mission's
/// general address and its disarmament desk's, say), each of which looks like one.
pub fn looks_like_email_list(text: &str) -> bool {
    let addresses = email_list(text);
    !addresses.is_empty() && addresses.iter().all(|a| looks_like_email(a))
}

/// The addresses of a list separated by semicolons or commas, trimmed, empty ones left out.
pub fn email_list(text: &str) -> Vec<&str> {
    text.split([';', ','])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .collect()
}

pub fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
}
