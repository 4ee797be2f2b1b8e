//! The names of the domain's values in a language: categories, statuses, replies, roles, letter templates.
//! The domain keeps its English labels for files and exports; the interface and translated documents use
//! these. `*_in` takes the language; the bare function says it in the interface's.

use crate::i18n::{Lang, tr_in};

use super::{
    AddressKind, Category, Channel, CredentialKind, Decision, Gender, InvitationStatus, Issuer,
    ObserverStep, OrgKind, Reply, Role, TemplateKind, TreatyStatus,
};

fn category_key(category: Category) -> &'static str {
    match category {
        Category::StateParty => "state-party",
        Category::NotYetInForce => "not-yet-in-force",
        Category::ObserverSignatory => "observer-signatory",
        Category::ObserverNotParty => "observer-not-party",
        Category::UnitedNations => "united-nations",
        Category::Intergovernmental => "intergovernmental",
        Category::RedCrossAndOtherEntities => "red-cross",
        Category::NonGovernmental => "ngo",
    }
}

/// "State Party", "Observer State, signatory", …
pub fn category(category: Category) -> String {
    category_in(crate::i18n::language(), category)
}

pub fn category_in(lang: Lang, category: Category) -> String {
    tr_in(lang, &format!("category-{}", category_key(category)), &[])
}

/// The plural label of a filter chip: "States Parties", "NGOs".
pub fn category_chip(category: Category) -> String {
    category_chip_in(crate::i18n::language(), category)
}

pub fn category_chip_in(lang: Lang, category: Category) -> String {
    tr_in(lang, &format!("chip-{}", category_key(category)), &[])
}

/// A label short enough for the table's column.
pub fn category_column(category: Category) -> String {
    category_column_in(crate::i18n::language(), category)
}

pub fn category_column_in(lang: Lang, category: Category) -> String {
    tr_in(lang, &format!("column-{}", category_key(category)), &[])
}

pub fn treaty_status(status: TreatyStatus) -> String {
    treaty_status_in(crate::i18n::language(), status)
}

pub fn treaty_status_in(lang: Lang, status: TreatyStatus) -> String {
    tr_in(
        lang,
        match status {
            TreatyStatus::StateParty => "treaty-state-party",
            TreatyStatus::NotYetInForce => "treaty-not-yet-in-force",
            TreatyStatus::Signatory => "treaty-signatory",
            TreatyStatus::NotParty => "treaty-not-party",
            TreatyStatus::Withdrawn => "treaty-withdrawn",
        },
        &[],
    )
}

pub fn invitation_status(status: InvitationStatus) -> String {
    invitation_status_in(crate::i18n::language(), status)
}

pub fn invitation_status_in(lang: Lang, status: InvitationStatus) -> String {
    tr_in(lang, invitation_status_id(status), &[])
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn invitation_status_id(status: InvitationStatus) -> &'static str {
    match status {
        InvitationStatus::NotInvited => "status-not-invited",
        InvitationStatus::Invited => "status-invited",
        InvitationStatus::Withdrawn => "status-withdrawn",
    }
}

pub fn reply(reply: Reply) -> String {
    reply_in(crate::i18n::language(), reply)
}

pub fn reply_in(lang: Lang, reply: Reply) -> String {
    tr_in(lang, reply_id(reply), &[])
}

/// The message id of a reply, for sentences translated later (see [`super::Text`]).
pub fn reply_id(reply: Reply) -> &'static str {
    match reply {
        Reply::NoReply => "reply-no-reply",
        Reply::Accepted => "reply-accepted",
        Reply::Declined => "reply-declined",
    }
}

pub fn channel(channel: Option<Channel>) -> String {
    channel_in(crate::i18n::language(), channel)
}

pub fn channel_in(lang: Lang, channel: Option<Channel>) -> String {
    tr_in(lang, channel.map_or("channel-none", channel_id), &[])
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn channel_id(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "channel-email",
        Channel::ByHand => "channel-by-hand",
        Channel::Post => "channel-post",
        Channel::Fax => "channel-fax",
    }
}

pub fn role(role: Role) -> String {
    role_in(crate::i18n::language(), role)
}

pub fn role_in(lang: Lang, role: Role) -> String {
    tr_in(lang, role_id(role), &[])
}

/// The message id of a role, for sentences translated later (see [`super::Text`]).
pub fn role_id(role: Role) -> &'static str {
    match role {
        Role::HeadOfDelegation => "role-head",
        Role::Alternate => "role-alternate",
        Role::Representative => "role-representative",
        Role::Adviser => "role-adviser",
        Role::Expert => "role-expert",
    }
}

pub fn gender(gender: Gender) -> String {
    gender_in(crate::i18n::language(), gender)
}

pub fn gender_in(lang: Lang, gender: Gender) -> String {
    tr_in(lang, gender_id(gender), &[])
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn gender_id(gender: Gender) -> &'static str {
    match gender {
        Gender::Female => "gender-female",
        Gender::Male => "gender-male",
        Gender::Other => "gender-other",
        Gender::Unknown => "gender-unknown",
    }
}

pub fn credential(kind: Option<CredentialKind>) -> String {
    credential_in(crate::i18n::language(), kind)
}

pub fn credential_in(lang: Lang, kind: Option<CredentialKind>) -> String {
    tr_in(
        lang,
        kind.map_or("credential-not-received", credential_id),
        &[],
    )
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn credential_id(kind: CredentialKind) -> &'static str {
    match kind {
        CredentialKind::Original => "credential-original",
        CredentialKind::Copy => "credential-copy",
        CredentialKind::NoteVerbale => "credential-note-verbale",
    }
}

pub fn issuer(issuer: Option<Issuer>) -> String {
    issuer_in(crate::i18n::language(), issuer)
}

pub fn issuer_in(lang: Lang, issuer: Option<Issuer>) -> String {
    tr_in(lang, issuer.map_or("issuer-none", issuer_id), &[])
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn issuer_id(issuer: Issuer) -> &'static str {
    match issuer {
        Issuer::HeadOfStateOrGovernment => "issuer-head-of-state",
        Issuer::MinisterForForeignAffairs => "issuer-minister",
        Issuer::Other => "issuer-other",
    }
}

pub fn step(step: ObserverStep) -> String {
    step_in(crate::i18n::language(), step)
}

pub fn step_in(lang: Lang, step: ObserverStep) -> String {
    tr_in(lang, step_id(step), &[])
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn step_id(step: ObserverStep) -> &'static str {
    match step {
        ObserverStep::Requested => "step-requested",
        ObserverStep::RecommendedByCoordinatingCommittee => "step-recommended",
        ObserverStep::ProvisionallyInvited => "step-provisionally-invited",
        ObserverStep::Approved => "step-approved",
        ObserverStep::Rejected => "step-rejected",
    }
}

pub fn decision(decision: Option<Decision>) -> String {
    decision_in(crate::i18n::language(), decision)
}

pub fn decision_in(lang: Lang, decision: Option<Decision>) -> String {
    tr_in(
        lang,
        match decision {
            None => "decision-pending",
            Some(Decision::Approved) => "decision-approved",
            Some(Decision::Rejected) => "decision-rejected",
        },
        &[],
    )
}

pub fn org_kind(kind: OrgKind) -> String {
    org_kind_in(crate::i18n::language(), kind)
}

pub fn org_kind_in(lang: Lang, kind: OrgKind) -> String {
    tr_in(lang, org_kind_id(kind), &[])
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn org_kind_id(kind: OrgKind) -> &'static str {
    match kind {
        OrgKind::UnitedNations => "org-united-nations",
        OrgKind::Intergovernmental => "org-intergovernmental",
        OrgKind::RedCrossAndOtherEntities => "org-red-cross",
        OrgKind::NonGovernmental => "org-ngo",
    }
}

pub fn template(kind: TemplateKind) -> String {
    template_in(crate::i18n::language(), kind)
}

pub fn template_in(lang: Lang, kind: TemplateKind) -> String {
    tr_in(lang, template_id(kind), &[])
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn template_id(kind: TemplateKind) -> &'static str {
    match kind {
        TemplateKind::StatesParties => "template-states-parties",
        TemplateKind::ObserverStates => "template-observer-states",
        TemplateKind::Organizations => "template-organizations",
        TemplateKind::Rule14 => "template-rule-14",
    }
}

pub fn address_kind(kind: AddressKind) -> String {
    address_kind_in(crate::i18n::language(), kind)
}

/// "Permanent Mission", "Mission permanente d'observation", "Embajada", …
pub fn address_kind_in(lang: Lang, kind: AddressKind) -> String {
    tr_in(lang, address_kind_id(kind), &[])
}

/// The message id, for words said later in the reader's language (see [`super::merge::Shown`]).
pub fn address_kind_id(kind: AddressKind) -> &'static str {
    match kind {
        AddressKind::PermanentMission => "address-permanent-mission",
        AddressKind::PermanentObserverMission => "address-observer-mission",
        AddressKind::Embassy => "address-embassy",
        AddressKind::Ministry => "address-ministry",
        AddressKind::Office => "address-office",
    }
}
