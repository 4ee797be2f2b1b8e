//! One letter, composed: its language, its template, whom it is addressed to and how, the names as the UN
//! wrote them on the letter's date, and what must be said about a run of letters before any is written
//! (an invitee without an address, a meeting without a mandate or without its name in the letter's
//! language, a placeholder the app does not know).

use super::phrases;
use super::templates;
use crate::exchange::document::date_range_in;
use crate::exchange::{LetterLanguage, LetterOptions};
use crate::i18n::{Lang, from_to_in, running_date_in};
use crate::model::naming::{Basis, of_name, running_name, to_name};
use crate::model::{Address, AddressKind, Date, EntityId, Meeting, TemplateKind, Text, Workspace};

/// One letter, ready to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub id: EntityId,
    /// The invitee as lists name it on the letter's date ("Swaziland"), for file names and the table.
    pub invitee: String,
    pub kind: TemplateKind,
    pub lang: Lang,
    pub reference: String,
    pub date: Date,
    /// The address block: the mission, embassy, ministry or office, then the postal address.
    pub address: Vec<String>,
    pub email: String,
    pub fax: String,
    pub contact_name: String,
    pub contact_title: String,
    pub salutation: String,
    pub paragraphs: Vec<String>,
    /// The name and title under the signature of a letter; empty for a note verbale, which is not signed.
    pub signature: Vec<String>,
}

/// Something to know about a run of letters before it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterIssue {
    /// The invitee concerned, if it is about one.
    pub id: Option<EntityId>,
    pub text: Text,
    /// Whether the letters cannot be written as they stand (they would print a wrong or missing value).
    pub blocking: bool,
}

/// The language a letter to `id` is written in, as the run asks.
pub fn language_of(workspace: &Workspace, id: &EntityId, language: LetterLanguage) -> Lang {
    match language {
        LetterLanguage::Fixed(lang) => lang,
        LetterLanguage::EachInvitee => workspace
            .addresses
            .get(id)
            .and_then(|a| a.language)
            .unwrap_or_default(),
    }
}

/// The template a letter uses and its language: the one asked for, or English when that language has
/// neither a built-in template nor the user's (Russian).
fn template_of(workspace: &Workspace, lang: Lang, kind: TemplateKind) -> Option<(&str, Lang)> {
    templates::template(workspace, lang, kind)
        .map(|(text, _)| (text, lang))
        .or_else(|| templates::template(workspace, Lang::En, kind).map(|(t, _)| (t, Lang::En)))
}

/// An invitee's address, or the one it would usually have when none is on record.
fn address_of(workspace: &Workspace, id: &EntityId) -> Address {
    workspace
        .addresses
        .get(id)
        .cloned()
        .unwrap_or_else(|| Address::new_for(id))
}

/// The values of the placeholders for one letter.
struct Values {
    pairs: Vec<(&'static str, String)>,
    address: Vec<String>,
    signature: Vec<String>,
    salutation: String,
}

fn values(
    workspace: &Workspace,
    meeting: &Meeting,
    (id, kind, lang): (&EntityId, TemplateKind, Lang),
    (reference, date): (&str, Date),
) -> Values {
    let address = address_of(workspace, id);
    let words = meeting.words(lang);
    let running = running_name(workspace, id, lang, date).text;
    let short = workspace.name_on(id, lang, date).to_owned();
    let salutation = if address.salutation.trim().is_empty() {
        phrases::salutation(lang).to_owned()
    } else {
        address.salutation.trim().to_owned()
    };
    let postal = address.postal_lines();
    let mut block = if kind.is_note_verbale() {
        let mut lines = phrases::mission_lines(lang, address.kind, &address.city, &running);
        // An embassy's or ministry's city line stands for the postal address it does not have.
        if !postal.is_empty()
            && matches!(address.kind, AddressKind::Embassy | AddressKind::Ministry)
        {
            lines.truncate(1);
        }
        lines
    } else {
        [&address.contact_name, &address.contact_title]
            .into_iter()
            .map(|line| line.trim().to_owned())
            .filter(|line| !line.is_empty())
            .chain(std::iter::once(short.clone()))
            .collect()
    };
    block.extend(postal.iter().map(|l| (*l).to_owned()));
    if !kind.is_note_verbale() && postal.is_empty() && !address.city.is_empty() {
        block.push(address.city.trim().to_owned());
    }
    let signature: Vec<String> = if kind.is_note_verbale() {
        Vec::new()
    } else {
        [meeting.signatory.name.trim(), words.signatory_title.trim()]
            .into_iter()
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let addressee_kind = match (id, address.kind) {
        // An organisation's letter is addressed to its office whatever the record says.
        (EntityId::Org(_), _) => AddressKind::Office,
        (EntityId::State(_), kind) => kind,
    };
    let pairs = vec![
        (
            "to_addressee",
            phrases::to_addressee(lang, addressee_kind, &address.city, &running),
        ),
        ("of_invitee", of_name(lang, &running)),
        ("to_invitee", to_name(lang, &running)),
        ("invitee", running),
        ("invitee_short", short),
        ("meeting", words.name.to_owned()),
        ("at_venue", words.at_venue.to_owned()),
        ("when", from_to_in(lang, meeting.opening, meeting.closing)),
        (
            "mandate",
            phrases::mandate(lang, &meeting.mandate).unwrap_or_default(),
        ),
        (
            "by_deadline",
            phrases::by_deadline(lang, meeting.registration_deadline),
        ),
        ("salutation", salutation.clone()),
        ("contact_name", address.contact_name.trim().to_owned()),
        ("contact_title", address.contact_title.trim().to_owned()),
        ("signatory", meeting.signatory.name.trim().to_owned()),
        ("signatory_title", words.signatory_title.trim().to_owned()),
        ("reference", reference.to_owned()),
        ("date", running_date_in(lang, date)),
        ("venue", words.venue.to_owned()),
        (
            "dates",
            date_range_in(lang, meeting.opening, meeting.closing),
        ),
        (
            "deadline",
            phrases::deadline(lang, meeting.registration_deadline),
        ),
    ];
    Values {
        pairs,
        address: block,
        signature,
        salutation,
    }
}

/// The letter to `id`, with this reference and date, in the language `options` ask for.
pub fn compose(
    workspace: &Workspace,
    meeting: &Meeting,
    id: &EntityId,
    (reference, date): (&str, Date),
    language: LetterLanguage,
) -> Option<Letter> {
    let kind = TemplateKind::of(workspace, meeting, id)?;
    let (template, lang) = template_of(workspace, language_of(workspace, id, language), kind)?;
    let values = values(workspace, meeting, (id, kind, lang), (reference, date));
    let pairs: Vec<(&str, &str)> = values.pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let text = templates::fill(template, &pairs);
    let address = address_of(workspace, id);
    Some(Letter {
        id: id.clone(),
        invitee: workspace.name_on(id, lang, date).to_owned(),
        kind,
        lang,
        reference: reference.to_owned(),
        date,
        address: values.address,
        email: address.email.trim().to_owned(),
        fax: address.fax.trim().to_owned(),
        contact_name: address.contact_name.trim().to_owned(),
        contact_title: address.contact_title.trim().to_owned(),
        // A note verbale greets nobody.
        salutation: if kind.is_note_verbale() {
            String::new()
        } else {
            values.salutation
        },
        paragraphs: text
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect(),
        signature: values.signature,
    })
}

/// What must be known before writing letters to `ids` of `meeting` on `date`: blocking issues (a value
/// the letters would print wrong or not at all) and the rest, each said in any language.
pub fn check(
    workspace: &Workspace,
    meeting: &Meeting,
    ids: &[EntityId],
    options: &LetterOptions,
    date: Date,
) -> Vec<LetterIssue> {
    let mut issues = Vec::new();
    let mut meeting_issue = |key: &'static str, args: Vec<(&'static str, String)>, blocking| {
        let issue = LetterIssue {
            id: None,
            text: Text::new(key, args),
            blocking,
        };
        if !issues.contains(&issue) {
            issues.push(issue);
        }
    };
    if options.reference_prefix.trim().is_empty() {
        meeting_issue("let-issue-no-prefix", Vec::new(), false);
    }
    match &workspace.settings.letterhead {
        None => meeting_issue("let-issue-no-letterhead", Vec::new(), false),
        Some(letterhead) => {
            if let Err(err) = crate::exchange::letterhead::drawable(letterhead) {
                meeting_issue(
                    "let-issue-letterhead",
                    vec![("error", err.to_string())],
                    true,
                );
            }
        }
    }
    let mut per_invitee = Vec::new();
    for id in ids {
        let Some(kind) = TemplateKind::of(workspace, meeting, id) else {
            continue;
        };
        let wanted = language_of(workspace, id, options.language);
        let Some((template, lang)) = template_of(workspace, wanted, kind) else {
            continue;
        };
        let code = lang.code().to_owned();
        if lang != wanted {
            meeting_issue(
                "let-issue-no-template",
                vec![
                    ("lang", wanted.code().to_owned()),
                    ("kind", crate::model::words::template_in(Lang::En, kind)),
                ],
                false,
            );
        }
        for name in templates::unknown(template) {
            meeting_issue(
                "let-issue-unknown-placeholder",
                vec![
                    ("placeholder", format!("{{{name}}}")),
                    ("lang", code.clone()),
                ],
                true,
            );
        }
        let used = templates::used(template);
        let words = meeting.words(lang);
        if used.contains(&"mandate") && !meeting.mandate.is_complete() {
            meeting_issue("let-issue-no-mandate", Vec::new(), true);
        }
        if used.contains(&"at_venue") && words.at_venue.trim().is_empty() {
            meeting_issue("let-issue-no-at-venue", vec![("lang", code.clone())], true);
        }
        if meeting.untranslated(lang) && (used.contains(&"meeting") || used.contains(&"venue")) {
            meeting_issue("let-issue-untranslated", vec![("lang", code.clone())], true);
        }
        if !kind.is_note_verbale() && meeting.signatory.name.trim().is_empty() {
            meeting_issue("let-issue-no-signatory", Vec::new(), false);
        }
        if !kind.is_note_verbale() && words.signatory_title.trim().is_empty() {
            meeting_issue(
                "let-issue-no-signatory-title",
                vec![("lang", code.clone())],
                true,
            );
        }
        let name = workspace.name_on(id, Lang::En, date).to_owned();
        if !workspace.addresses.contains_key(id) {
            let key = if matches!(id, EntityId::State(_)) {
                "let-issue-no-address-state"
            } else {
                "let-issue-no-address-org"
            };
            per_invitee.push(LetterIssue {
                id: Some(id.clone()),
                text: Text::new(key, vec![("name", name.clone())]).about(id, date),
                blocking: false,
            });
        }
        let running = running_name(workspace, id, lang, date);
        if let EntityId::Org(org) = id
            && workspace.org_name_given(org, lang).is_none()
        {
            // The address and the text would print another language's name.
            per_invitee.push(LetterIssue {
                id: Some(id.clone()),
                text: Text::new(
                    "let-issue-no-org-name",
                    vec![("name", name.clone()), ("lang", code.clone())],
                )
                .about(id, date),
                blocking: true,
            });
        } else if running.basis == Basis::Missing && used.iter().any(|u| uses_running_name(u)) {
            per_invitee.push(LetterIssue {
                id: Some(id.clone()),
                text: Text::new(
                    "let-issue-no-org-running",
                    vec![("name", running.text.clone()), ("lang", code.clone())],
                )
                .about(id, date),
                blocking: true,
            });
        }
        if running.basis == Basis::InForce && used.iter().any(|u| uses_running_name(u)) {
            per_invitee.push(LetterIssue {
                id: Some(id.clone()),
                text: Text::new(
                    "let-issue-name-of-the-day",
                    vec![("name", name), ("text", running.text), ("lang", code)],
                )
                .about(id, date),
                blocking: false,
            });
        }
    }
    issues.extend(per_invitee);
    issues
}

/// Whether a placeholder prints the invitee's name in running text.
fn uses_running_name(placeholder: &str) -> bool {
    matches!(
        placeholder,
        "invitee" | "of_invitee" | "to_invitee" | "to_addressee"
    )
}
