//! The app in English, French, Spanish and Russian: every user-facing text is a Fluent message in
//! `assets/i18n/{en,fr,es,ru}.ftl`, with plural forms right in each language (Russian has three). Dates
//! are written in each language's own form with chrono's locale data (Russian months in the genitive:
//! «2 декабря 2013 г.»); only the order of day, month and year comes from the message files.
//!
//! The interface language is process-wide ([`set_language`]); exports pass their own ([`tr_in`]).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::model::Date;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ru,
}

impl Lang {
    pub const ALL: [Self; 4] = [Self::En, Self::Fr, Self::Es, Self::Ru];

    /// The two-letter code, as in `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Ru => "ru",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::Es => "Español",
            Self::Ru => "Русский",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_', '.']).next().unwrap_or_default();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The system's language, if it is one of ours; English otherwise.
    pub fn from_system() -> Self {
        sys_locale::get_locales()
            .find_map(|l| Self::from_code(&l))
            .unwrap_or_default()
    }

    fn index(self) -> usize {
        match self {
            Self::En => 0,
            Self::Fr => 1,
            Self::Es => 2,
            Self::Ru => 3,
        }
    }

    fn chrono_locale(self) -> chrono::Locale {
        match self {
            Self::En => chrono::Locale::en_GB,
            Self::Fr => chrono::Locale::fr_FR,
            Self::Es => chrono::Locale::es_ES,
            Self::Ru => chrono::Locale::ru_RU,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Self::En => include_str!("../assets/i18n/en.ftl"),
            Self::Fr => include_str!("../assets/i18n/fr.ftl"),
            Self::Es => include_str!("../assets/i18n/es.ftl"),
            Self::Ru => include_str!("../assets/i18n/ru.ftl"),
        }
    }

    fn identifier(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the interface language.
pub fn set_language(lang: Lang) {
    CURRENT.store(lang.index() as u8, Ordering::Relaxed);
}

/// The interface language.
pub fn language() -> Lang {
    Lang::ALL
        .get(usize::from(CURRENT.load(Ordering::Relaxed)))
        .copied()
        .unwrap_or_default()
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 4] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL.map(|lang| {
            let mut bundle = FluentBundle::new_concurrent(vec![lang.identifier()]);
            // egui would show the Unicode isolation marks as boxes.
            bundle.set_use_isolating(false);
            // The message files are part of the build and checked by tests; a broken entry is skipped
            // rather than losing the whole language.
            let resource = match FluentResource::try_new(lang.source().to_owned()) {
                Ok(resource) => resource,
                Err((resource, _errors)) => resource,
            };
            let _ = bundle.add_resource(resource);
            bundle
        })
    })
}

/// The message ids of a language's file, for the test that every language has every message.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let resource = match FluentResource::try_new(lang.source().to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut ids: Vec<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    ids.sort();
    ids
}

/// Syntax errors in a language's file, for tests.
pub fn syntax_errors(lang: Lang) -> usize {
    match FluentResource::try_new(lang.source().to_owned()) {
        Ok(_) => 0,
        Err((_, errors)) => errors.len(),
    }
}

/// A message in `lang` with arguments; English if the language lacks it, the id if English does too.
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        fluent_args
    });
    for lang in [lang, Lang::En] {
        let Some(bundle) = bundles().get(lang.index()) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// A message in the interface language.
pub fn tr(id: &str) -> String {
    tr_in(language(), id, &[])
}

/// A message in the interface language, with arguments.
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(language(), id, args)
}

/// `t!("id")` or `t!("id", name = value, …)`: a message in the interface language.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($id, &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+])
    };
}

/// A date written out in `lang`: "2 December 2013", "2 décembre 2013", "2 de diciembre de 2013",
/// "2 декабря 2013 г.". Month names come from chrono's locale data; the order from `date-long`.
pub fn long_date_in(lang: Lang, date: Date) -> String {
    let pattern = tr_in(lang, "date-long", &[]);
    date.format_localized(&pattern, lang.chrono_locale())
        .to_string()
}

/// A date in the interface language.
pub fn long_date(date: Date) -> String {
    long_date_in(language(), date)
}

/// The names of the domain's values in the interface language. The domain keeps its English labels for
/// files and exports; the interface shows these.
pub mod names {
    use crate::model::{
        Category, Channel, CredentialKind, Decision, Gender, InvitationStatus, Issuer,
        ObserverStep, OrgKind, Reply, Role, TreatyStatus,
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
        category_in(super::language(), category)
    }

    pub fn category_in(lang: super::Lang, category: Category) -> String {
        super::tr_in(lang, &format!("category-{}", category_key(category)), &[])
    }

    /// The plural label of a filter chip: "States Parties", "NGOs".
    pub fn category_chip(category: Category) -> String {
        category_chip_in(super::language(), category)
    }

    pub fn category_chip_in(lang: super::Lang, category: Category) -> String {
        super::tr_in(lang, &format!("chip-{}", category_key(category)), &[])
    }

    /// A label short enough for the table's column.
    pub fn category_column(category: Category) -> String {
        category_column_in(super::language(), category)
    }

    pub fn category_column_in(lang: super::Lang, category: Category) -> String {
        super::tr_in(lang, &format!("column-{}", category_key(category)), &[])
    }

    pub fn treaty_status(status: TreatyStatus) -> String {
        treaty_status_in(super::language(), status)
    }

    pub fn treaty_status_in(lang: super::Lang, status: TreatyStatus) -> String {
        super::tr_in(
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
        invitation_status_in(super::language(), status)
    }

    pub fn invitation_status_in(lang: super::Lang, status: InvitationStatus) -> String {
        super::tr_in(
            lang,
            match status {
                InvitationStatus::NotInvited => "status-not-invited",
                InvitationStatus::Invited => "status-invited",
                InvitationStatus::Withdrawn => "status-withdrawn",
            },
            &[],
        )
    }

    pub fn reply(reply: Reply) -> String {
        reply_in(super::language(), reply)
    }

    pub fn reply_in(lang: super::Lang, reply: Reply) -> String {
        super::tr_in(lang, reply_id(reply), &[])
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
        channel_in(super::language(), channel)
    }

    pub fn channel_in(lang: super::Lang, channel: Option<Channel>) -> String {
        super::tr_in(
            lang,
            match channel {
                None => "channel-none",
                Some(Channel::Email) => "channel-email",
                Some(Channel::ByHand) => "channel-by-hand",
                Some(Channel::Post) => "channel-post",
                Some(Channel::Fax) => "channel-fax",
            },
            &[],
        )
    }

    pub fn role(role: Role) -> String {
        role_in(super::language(), role)
    }

    pub fn role_in(lang: super::Lang, role: Role) -> String {
        super::tr_in(lang, role_id(role), &[])
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
        gender_in(super::language(), gender)
    }

    pub fn gender_in(lang: super::Lang, gender: Gender) -> String {
        super::tr_in(
            lang,
            match gender {
                Gender::Female => "gender-female",
                Gender::Male => "gender-male",
                Gender::Other => "gender-other",
                Gender::Unknown => "gender-unknown",
            },
            &[],
        )
    }

    pub fn credential(kind: Option<CredentialKind>) -> String {
        credential_in(super::language(), kind)
    }

    pub fn credential_in(lang: super::Lang, kind: Option<CredentialKind>) -> String {
        super::tr_in(
            lang,
            match kind {
                None => "credential-not-received",
                Some(CredentialKind::Original) => "credential-original",
                Some(CredentialKind::Copy) => "credential-copy",
                Some(CredentialKind::NoteVerbale) => "credential-note-verbale",
            },
            &[],
        )
    }

    pub fn issuer(issuer: Option<Issuer>) -> String {
        issuer_in(super::language(), issuer)
    }

    pub fn issuer_in(lang: super::Lang, issuer: Option<Issuer>) -> String {
        super::tr_in(
            lang,
            match issuer {
                None => "issuer-none",
                Some(Issuer::HeadOfStateOrGovernment) => "issuer-head-of-state",
                Some(Issuer::MinisterForForeignAffairs) => "issuer-minister",
                Some(Issuer::Other) => "issuer-other",
            },
            &[],
        )
    }

    pub fn step(step: ObserverStep) -> String {
        step_in(super::language(), step)
    }

    pub fn step_in(lang: super::Lang, step: ObserverStep) -> String {
        super::tr_in(
            lang,
            match step {
                ObserverStep::Requested => "step-requested",
                ObserverStep::RecommendedByCoordinatingCommittee => "step-recommended",
                ObserverStep::ProvisionallyInvited => "step-provisionally-invited",
                ObserverStep::Approved => "step-approved",
                ObserverStep::Rejected => "step-rejected",
            },
            &[],
        )
    }

    pub fn decision(decision: Option<Decision>) -> String {
        decision_in(super::language(), decision)
    }

    pub fn decision_in(lang: super::Lang, decision: Option<Decision>) -> String {
        super::tr_in(
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
        org_kind_in(super::language(), kind)
    }

    pub fn org_kind_in(lang: super::Lang, kind: OrgKind) -> String {
        super::tr_in(
            lang,
            match kind {
                OrgKind::UnitedNations => "org-united-nations",
                OrgKind::Intergovernmental => "org-intergovernmental",
                OrgKind::RedCrossAndOtherEntities => "org-red-cross",
                OrgKind::NonGovernmental => "org-ngo",
            },
            &[],
        )
    }
}

/// Names of the exchange's lists and letter templates in the interface language.
pub mod lists {
    use crate::exchange::ListKind;
    use crate::exchange::letters::TemplateKind;

    pub fn list(kind: ListKind) -> String {
        list_in(super::language(), kind)
    }

    pub fn list_in(lang: super::Lang, kind: ListKind) -> String {
        super::tr_in(
            lang,
            match kind {
                ListKind::Participants => "list-participants",
                ListKind::Addendum => "list-addendum",
                ListKind::Invitations => "list-invitations",
                ListKind::Statistics => "list-statistics",
                ListKind::ObserverRequests => "list-observer-requests",
                ListKind::Credentials => "list-credentials",
                ListKind::Seating => "list-seating",
                ListKind::Letters => "list-letters",
            },
            &[],
        )
    }

    pub fn template(kind: TemplateKind) -> String {
        template_in(super::language(), kind)
    }

    pub fn template_in(lang: super::Lang, kind: TemplateKind) -> String {
        super::tr_in(
            lang,
            match kind {
                TemplateKind::StatesParties => "template-states-parties",
                TemplateKind::ObserverStates => "template-observer-states",
                TemplateKind::Organizations => "template-organizations",
                TemplateKind::Rule14 => "template-rule-14",
            },
            &[],
        )
    }
}

/// Messages about workspace files in the interface language (the library's errors are English, for the
/// command line).
pub mod files {
    use super::tr_args;
    use crate::storage::{LoadError, MAX_FILE_BYTES, SaveError, Written, recovery};

    fn with_file(text: String, path: &std::path::Path) -> String {
        format!(
            "{text}\n{}",
            tr_args(
                "dialog-file",
                &[("path", path.display().to_string().into())]
            )
        )
    }

    /// Why a delegates or replies file could not be read.
    pub fn import_error(err: &crate::exchange::import::ImportError) -> String {
        use crate::exchange::import::{ImportError, ImportKind};
        match err {
            ImportError::Empty => super::tr("imp-empty"),
            ImportError::TooBig(limit) => {
                use crate::exchange::import::Limit;
                let what = match limit {
                    Limit::Rows { limit } => {
                        tr_args("imp-limit-rows", &[("limit", limit.to_string().into())])
                    }
                    Limit::Column { column, limit } => tr_args(
                        "imp-limit-column",
                        &[
                            ("column", column.to_string().into()),
                            ("limit", limit.to_string().into()),
                        ],
                    ),
                    Limit::Cell { row, chars, limit } => tr_args(
                        "imp-limit-cell",
                        &[
                            ("row", row.to_string().into()),
                            ("chars", chars.to_string().into()),
                            ("limit", limit.to_string().into()),
                        ],
                    ),
                    Limit::Inflated { limit } => tr_args(
                        "imp-limit-inflated",
                        &[("megabytes", (limit / (1024 * 1024)).to_string().into())],
                    ),
                };
                tr_args("imp-too-big", &[("what", what.into())])
            }
            ImportError::Xlsx(error) => tr_args("imp-xlsx", &[("error", error.clone().into())]),
            ImportError::Csv { line, message } => tr_args(
                "imp-csv",
                &[
                    ("line", line.to_string().into()),
                    ("error", message.clone().into()),
                ],
            ),
            ImportError::Columns {
                kind,
                missing,
                found,
            } => tr_args(
                match kind {
                    ImportKind::Delegates => "imp-columns-delegates",
                    ImportKind::Replies => "imp-columns-replies",
                },
                &[
                    ("missing", missing.clone().into()),
                    ("found", found.clone().into()),
                ],
            ),
        }
    }

    /// Why a file could not be read at all (the system's reason, or that it is no regular file or too
    /// large).
    pub fn read_error(err: &crate::storage::ReadError) -> String {
        use crate::storage::ReadError;
        match err {
            ReadError::Io { source } => source.to_string(),
            ReadError::NotAFile => super::tr("read-not-a-file"),
            ReadError::TooLarge { limit } => {
                tr_args("read-too-large", &[("limit", limit.to_string().into())])
            }
        }
    }

    /// Why a workspace did not load, and which file.
    pub fn load_error(err: &LoadError) -> String {
        match err {
            LoadError::Io { path, source } => with_file(
                tr_args("load-io", &[("error", source.to_string().into())]),
                path,
            ),
            LoadError::Empty { path } => with_file(super::tr("load-empty"), path),
            LoadError::NotAFile { path } => with_file(super::tr("load-not-a-file"), path),
            LoadError::DuplicateKey {
                path,
                key,
                first,
                second,
            } => with_file(
                tr_args(
                    "load-duplicate",
                    &[
                        ("key", key.clone().into()),
                        ("first", first.line.to_string().into()),
                        ("second", second.line.to_string().into()),
                    ],
                ),
                path,
            ),
            LoadError::TooLong { path, at, chars } => with_file(
                tr_args(
                    "load-too-long",
                    &[
                        ("chars", chars.to_string().into()),
                        ("line", at.line.to_string().into()),
                        ("column", at.column.to_string().into()),
                        (
                            "limit",
                            crate::model::limits::MAX_TEXT_CHARS.to_string().into(),
                        ),
                    ],
                ),
                path,
            ),
            LoadError::TooLarge { path, size } => with_file(
                tr_args(
                    "load-too-large",
                    &[
                        ("size", size.to_string().into()),
                        ("limit", MAX_FILE_BYTES.to_string().into()),
                    ],
                ),
                path,
            ),
            LoadError::NotText { path, at } => with_file(
                tr_args(
                    "load-not-text",
                    &[
                        ("line", at.line.to_string().into()),
                        ("column", at.column.to_string().into()),
                    ],
                ),
                path,
            ),
            LoadError::Malformed { path, at, message } => with_file(
                tr_args(
                    "load-malformed",
                    &[
                        ("line", at.line.to_string().into()),
                        ("column", at.column.to_string().into()),
                        ("message", message.clone().into()),
                    ],
                ),
                path,
            ),
            LoadError::NewerVersion { path, found } => with_file(
                tr_args(
                    "load-newer",
                    &[
                        ("found", found.to_string().into()),
                        ("supported", crate::model::FORMAT_VERSION.to_string().into()),
                    ],
                ),
                path,
            ),
            LoadError::UnknownId { path, what, id, at } => {
                let key = match *what {
                    "State" => "load-unknown-state",
                    "organisation" => "load-unknown-org",
                    _ => "load-unknown-entity",
                };
                with_file(
                    tr_args(
                        key,
                        &[
                            ("id", id.clone().into()),
                            ("line", at.line.to_string().into()),
                            ("column", at.column.to_string().into()),
                        ],
                    ),
                    path,
                )
            }
        }
    }

    /// Why an export could not be made, in the interface's words (the command line's English names its
    /// flags; the app names its fields).
    pub fn export_error(err: &crate::exchange::ExportError) -> String {
        use crate::exchange::ExportError;
        let detail = |id: &str, error: String| tr_args(id, &[("error", error.into())]);
        match err {
            ExportError::NoMeeting(n) => {
                tr_args("exp-no-meeting", &[("number", n.to_string().into())])
            }
            ExportError::NoEarlier => super::tr("xfer-need-earlier"),
            ExportError::EarlierMeetingMissing(name) => {
                tr_args("exp-earlier-missing", &[("meeting", name.clone().into())])
            }
            ExportError::Pdf(crate::exchange::pdf::PdfError::MissingGlyph {
                text,
                character,
                code,
            }) => tr_args(
                "exp-pdf-glyph",
                &[
                    ("text", text.clone().into()),
                    ("character", character.to_string().into()),
                    ("code", format!("{code:04X}").into()),
                ],
            ),
            ExportError::Pdf(e) => detail("exp-pdf", e.to_string()),
            ExportError::Xlsx(e) => detail("exp-xlsx", e.to_string()),
            ExportError::Csv(e) => detail("exp-csv", e.to_string()),
            ExportError::NoFirstSeat => super::tr("exp-no-first-seat"),
            ExportError::NoRecipients => super::tr("exp-no-recipients"),
        }
    }

    /// Why an export's file could not be written (the system's reason), and which file; the dialog's title
    /// says what was being written.
    pub fn write_error(err: &SaveError) -> String {
        save_error(err)
    }

    /// Why a workspace or a file was not saved, and which file.
    pub fn save_error(err: &SaveError) -> String {
        let text = match err {
            SaveError::Io {
                what: Written::Workspace,
                source,
                ..
            } => tr_args("save-error", &[("error", source.to_string().into())]),
            SaveError::Io {
                what: Written::File,
                source,
                ..
            } => tr_args("write-error", &[("error", source.to_string().into())]),
            SaveError::TooLarge { size, .. } => tr_args(
                "save-too-large",
                &[
                    ("size", size.to_string().into()),
                    ("limit", MAX_FILE_BYTES.to_string().into()),
                ],
            ),
            SaveError::TooLong { chars, .. } => tr_args(
                "save-too-long",
                &[
                    ("chars", chars.to_string().into()),
                    (
                        "limit",
                        crate::model::limits::MAX_TEXT_CHARS.to_string().into(),
                    ),
                ],
            ),
        };
        with_file(text, err.path())
    }

    /// What a recovery file holds, for the offer to restore it.
    pub fn recovery_summary(found: &recovery::Found) -> String {
        let workspace = &found.file.workspace;
        let people: usize = workspace
            .meetings
            .iter()
            .map(crate::model::Meeting::people)
            .sum();
        let from = found.file.original.as_ref().map_or_else(
            || super::tr("recover-never-saved"),
            |p| p.display().to_string(),
        );
        tr_args(
            "recover-summary",
            &[
                ("name", workspace.name.clone().into()),
                ("meetings", workspace.meetings.len().into()),
                ("people", people.to_string().into()),
                ("written", found.file.written.clone().into()),
                ("from", from.into()),
            ],
        )
    }
}

/// A value in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text from the user or a file, said exactly as it is, whatever it starts with ("=cmd|calc!A0").
    Value(String),
    /// A word of the catalogue (a reply, a step), said in lower case in the sentence's language.
    Word(&'static str),
    /// A message of the catalogue said as it is ("Head of Delegation").
    Message(&'static str),
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Value(value)
    }
}

impl Arg {
    fn in_lang(&self, lang: Lang) -> String {
        match self {
            Self::Value(value) => value.clone(),
            Self::Word(id) => tr_in(lang, id, &[]).to_lowercase(),
            Self::Message(id) => tr_in(lang, id, &[]),
        }
    }
}

/// A sentence to say in any language: a message id and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// The invitee the sentence's `name` argument names (in English), so it can be named in another
    /// language.
    pub about: Option<crate::model::EntityId>,
}

impl Text {
    /// A sentence whose arguments are values, said as they are.
    pub fn new(key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Self {
            key,
            args: args
                .into_iter()
                .map(|(name, value)| (name, Arg::Value(value)))
                .collect(),
            about: None,
        }
    }

    /// Adds an argument that is a word of the catalogue, said in lower case.
    pub fn word(mut self, name: &'static str, id: &'static str) -> Self {
        self.args.push((name, Arg::Word(id)));
        self
    }

    /// Adds an argument that is a message of the catalogue, said as it is.
    pub fn message(mut self, name: &'static str, id: &'static str) -> Self {
        self.args.push((name, Arg::Message(id)));
        self
    }

    /// Says which invitee the `name` argument is.
    pub fn about(mut self, id: &crate::model::EntityId) -> Self {
        self.about = Some(id.clone());
        self
    }

    /// The sentence in `lang`, the invitee named in `lang` too.
    pub fn in_lang_for(&self, workspace: &crate::model::Workspace, lang: Lang) -> String {
        let Some(id) = &self.about else {
            return self.in_lang(lang);
        };
        let mut named = self.clone();
        for (name, value) in &mut named.args {
            if *name == "name"
                && let Arg::Value(text) = value
                && text == workspace.name(id)
            {
                *text = workspace.name_in(id, lang).to_owned();
            }
        }
        named.in_lang(lang)
    }

    /// The sentence in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let values: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.in_lang(lang).into()))
            .collect();
        tr_in(lang, self.key, &values)
    }
}

/// In English, for the command line and files.
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}
