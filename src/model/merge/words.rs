//! Changes and conflicts in words, in the reader's language: "Chile: reply Accepted → Declined",
//! "Chile: delegation + Ms. Ana ROJAS". Records are named from the workspace given (the merged one, or
//! the newer of a diff); a person no longer there is named by the value the change carries.

use super::{Change, Conflict, Part, Record, Shown};
use crate::i18n::{Lang, tr_in};
use crate::model::{PersonId, Workspace};

/// The record in words: "Chile", "Chile, Ms. Ana ROJAS", "13MSP", "the workspace".
pub fn record_name(workspace: &Workspace, record: &Record, lang: Lang) -> String {
    match record {
        Record::Workspace => tr_in(lang, "merge-record-workspace", &[]),
        Record::Organisation(id) => workspace.org_name(id, lang).to_owned(),
        Record::Correction(id) | Record::Address(id) => workspace.name_in(id, lang).to_owned(),
        Record::Meeting(id) => workspace
            .meeting(id)
            .map_or_else(|| id.to_string(), |m| m.short_name.clone()),
        Record::Invitee(meeting, id) => invitee_name(workspace, meeting, id, lang),
        Record::Person(meeting, id, person) => {
            let invitee = invitee_name(workspace, meeting, id, lang);
            match person_name(workspace, meeting, id, *person) {
                Some(name) => format!("{invitee}, {name}"),
                None => invitee,
            }
        }
    }
}

fn invitee_name(
    workspace: &Workspace,
    meeting: &crate::model::MeetingId,
    id: &crate::model::EntityId,
    lang: Lang,
) -> String {
    match workspace.meeting(meeting) {
        Some(m) => workspace.name_at(m, id, lang).to_owned(),
        None => workspace.name_in(id, lang).to_owned(),
    }
}

fn person_name(
    workspace: &Workspace,
    meeting: &crate::model::MeetingId,
    id: &crate::model::EntityId,
    person: PersonId,
) -> Option<String> {
    workspace
        .meeting(meeting)?
        .invitees
        .get(id)?
        .delegation
        .member(person)
        .map(crate::model::Member::display_name)
}

/// A part's label as its form shows it ("Reply", "Sent on"), with its entry ("Letter template
/// (French)") if it has one: what the conflict dialog's Field column says.
pub fn field_label(part: Part, entry: Option<&Shown>, lang: Lang) -> String {
    let name = tr_in(lang, part.label_id(), &[]);
    match entry {
        Some(entry) => format!("{name} ({})", entry.in_lang(lang)),
        None => name,
    }
}

/// A part named in running text ("Chile: reply: Accepted on this side, …"): its label with the first
/// letter in lower case, as English, French, Spanish and Russian write a common noun mid-sentence.
pub fn field_name(part: Part, entry: Option<&Shown>, lang: Lang) -> String {
    let label = field_label(part, entry, lang);
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => label,
    }
}

/// One change in words: "Chile: reply Accepted → Declined", "Chile: delegation + Ms. Ana ROJAS",
/// "Peru: invited to 13MSP".
pub fn describe(workspace: &Workspace, change: &Change, lang: Lang) -> String {
    let arg = |s: String| fluent_bundle::FluentValue::from(s);
    if change.field == Part::Record {
        let added = change.from == Shown::Absent;
        let (id, args) = match &change.record {
            Record::Person(meeting, invitee, _) => (
                if added {
                    "merge-person-added"
                } else {
                    "merge-person-removed"
                },
                vec![
                    (
                        "invitee",
                        arg(invitee_name(workspace, meeting, invitee, lang)),
                    ),
                    (
                        "name",
                        arg(if added { &change.to } else { &change.from }.in_lang(lang)),
                    ),
                ],
            ),
            Record::Invitee(meeting, invitee) => (
                if added {
                    "merge-invitee-added"
                } else {
                    "merge-invitee-removed"
                },
                vec![
                    (
                        "invitee",
                        arg(invitee_name(workspace, meeting, invitee, lang)),
                    ),
                    (
                        "meeting",
                        arg(workspace
                            .meeting(meeting)
                            .map_or_else(|| meeting.to_string(), |m| m.short_name.clone())),
                    ),
                ],
            ),
            other => (
                if added {
                    "merge-record-added"
                } else {
                    "merge-record-removed"
                },
                vec![(
                    "record",
                    arg(match other {
                        // Gone from the workspace: named by what the change carries.
                        Record::Organisation(_) | Record::Meeting(_) if !added => {
                            change.from.in_lang(lang)
                        }
                        _ => record_name(workspace, other, lang),
                    }),
                )],
            ),
        };
        return tr_in(lang, id, &args);
    }
    tr_in(
        lang,
        "merge-changed",
        &[
            ("record", arg(record_name(workspace, &change.record, lang))),
            (
                "field",
                arg(field_name(change.field, change.entry.as_ref(), lang)),
            ),
            ("from", arg(change.from.in_lang(lang))),
            ("to", arg(change.to.in_lang(lang))),
        ],
    )
}

/// One conflict in words: "Chile: reply: Accepted on this side, Declined on the other".
pub fn conflict_line(workspace: &Workspace, conflict: &Conflict, lang: Lang) -> String {
    let arg = |s: String| fluent_bundle::FluentValue::from(s);
    tr_in(
        lang,
        "merge-conflict-line",
        &[
            (
                "record",
                arg(record_name(workspace, &conflict.record, lang)),
            ),
            (
                "field",
                arg(field_name(conflict.field, conflict.entry.as_ref(), lang)),
            ),
            ("mine", arg(conflict.mine.in_lang(lang))),
            ("theirs", arg(conflict.theirs.in_lang(lang))),
        ],
    )
}
