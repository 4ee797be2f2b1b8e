//! The registers behind the organiser's recurring jobs: observer status under Rule 1.4, and the credentials
//! of the States Parties' representatives.

use super::document::{Block, Document, Header, Listed, MeetingLine, Table, long_date_in};
use super::participants::full_symbol;
use crate::i18n::{Lang, tr_in};
use crate::model::words;
use crate::model::{Category, Date, EntityId, Meeting, ObserverRequest, Workspace};
use crate::text::{collate, collate_in};

fn day(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// The heading of a register or plan issued as a meeting document, in `lang`.
pub(super) fn header(
    meeting: &Meeting,
    title: String,
    number: &str,
    date: Date,
    lang: Lang,
) -> Header {
    Header::for_meeting(
        MeetingLine::of_in(meeting, lang),
        title,
        full_symbol(&meeting.symbol_prefix, number),
        date,
        lang,
    )
}

/// Every organisation of the meeting that comes in through Rule 1.4, with its request, in alphabetical
/// order.
pub fn observer_requests<'a>(
    workspace: &'a Workspace,
    meeting: &'a Meeting,
) -> Vec<(&'a EntityId, ObserverRequest)> {
    let mut requests: Vec<(&EntityId, ObserverRequest)> = meeting
        .invitees
        .iter()
        .filter(|(id, _)| workspace.needs_observer_request(id))
        .map(|(id, invitee)| (id, invitee.observer_request.clone().unwrap_or_default()))
        .collect();
    requests.sort_by(|a, b| {
        collate(
            workspace.name_at(meeting, a.0, Lang::En),
            workspace.name_at(meeting, b.0, Lang::En),
        )
        .then_with(|| a.0.cmp(b.0))
    });
    requests
}

pub fn observer_requests_table(workspace: &Workspace, meeting: &Meeting) -> Table {
    let mut table = Table::new(&[
        "organization",
        "acronym",
        "kind",
        "step",
        "requested",
        "recommended",
        "provisionally_invited",
        "decision",
        "decision_date",
    ]);
    for (id, request) in observer_requests(workspace, meeting) {
        let org = workspace.organisation(id.code());
        let (decision, decided) = match request.decision {
            Some((d, day)) => (format!("{d:?}"), day.to_string()),
            None => (String::new(), String::new()),
        };
        table.rows.push(vec![
            workspace.name_at(meeting, id, Lang::En).to_owned(),
            org.map(|o| o.acronym.clone()).unwrap_or_default(),
            org.map(|o| o.kind.label().to_owned()).unwrap_or_default(),
            request
                .step()
                .map_or("Not requested", |s| s.label())
                .to_owned(),
            day(request.requested),
            day(request.recommended),
            day(request.provisionally_invited),
            decision,
            decided,
        ]);
    }
    table
}

/// The document the President presents to the meeting: the organisations that asked, with where each
/// request stands, in `lang`.
pub fn observer_requests_document(
    workspace: &Workspace,
    meeting: &Meeting,
    number: &str,
    date: Date,
    lang: Lang,
) -> Document {
    let requests: Vec<_> = observer_requests(workspace, meeting)
        .into_iter()
        .filter(|(_, r)| r.requested.is_some())
        .collect();
    let mut blocks = vec![Block::Paragraph(if requests.is_empty() {
        tr_in(lang, "doc-observers-none", &[])
    } else {
        tr_in(
            lang,
            "doc-observers-intro",
            &[
                ("count", requests.len().into()),
                ("meeting", meeting.words(lang).name.to_owned().into()),
            ],
        )
    })];
    for (id, request) in requests {
        let acronym = Some(workspace.org_acronym(id.code(), lang)).filter(|a| !a.is_empty());
        let name = match acronym {
            Some(acronym) => format!("{} ({acronym})", workspace.name_at(meeting, id, lang)),
            None => workspace.name_at(meeting, id, lang).to_owned(),
        };
        blocks.push(Block::Delegation(name));
        let steps: Vec<String> = request
            .dated_steps()
            .into_iter()
            .map(|(step, date)| {
                format!(
                    "{}: {}",
                    words::step_in(lang, step),
                    long_date_in(lang, date)
                )
            })
            .collect();
        blocks.push(Block::Person(Listed {
            name: steps.join("; "),
            function: String::new(),
            mark: None,
            role: None,
        }));
    }
    Document {
        header: header(
            meeting,
            tr_in(lang, "doc-observers-title", &[]),
            number,
            date,
            lang,
        ),
        blocks,
    }
}

/// One State Party's delegation and its credentials.
pub struct CredentialRow {
    pub id: EntityId,
    pub name: String,
    pub people: usize,
    pub credentials: Option<crate::model::Credentials>,
}

/// The States Parties (and States for which the Convention is not yet in force) that registered a
/// delegation, named in `lang` and in its alphabetical order, with their credentials.
pub fn credentials(workspace: &Workspace, meeting: &Meeting, lang: Lang) -> Vec<CredentialRow> {
    let mut rows: Vec<CredentialRow> = meeting
        .invitees
        .iter()
        .filter(|(id, invitee)| {
            !invitee.delegation.is_empty()
                && matches!(
                    workspace.category(meeting, id),
                    Some(Category::StateParty | Category::NotYetInForce)
                )
        })
        .map(|(id, invitee)| CredentialRow {
            id: id.clone(),
            name: workspace.name_at(meeting, id, lang).to_owned(),
            people: invitee.delegation.members.len(),
            credentials: invitee.delegation.credentials.clone(),
        })
        .collect();
    rows.sort_by(|a, b| collate_in(lang, &a.name, &b.name).then_with(|| a.id.cmp(&b.id)));
    rows
}

pub fn credentials_table(workspace: &Workspace, meeting: &Meeting) -> Table {
    let mut table = Table::new(&[
        "state",
        "code",
        "people",
        "credentials",
        "issued_by",
        "received",
    ]);
    for row in credentials(workspace, meeting, Lang::En) {
        let (kind, issuer, received) = match &row.credentials {
            Some(c) => (
                c.kind.label().to_owned(),
                c.issuer.map(|i| i.label().to_owned()).unwrap_or_default(),
                day(c.received),
            ),
            None => ("Missing".to_owned(), String::new(), String::new()),
        };
        table.rows.push(vec![
            row.name,
            row.id.code().to_owned(),
            row.people.to_string(),
            kind,
            issuer,
            received,
        ]);
    }
    table
}

/// The States Parties whose delegations are registered but whose credentials have not arrived, in `lang`.
pub fn credentials_missing_document(
    workspace: &Workspace,
    meeting: &Meeting,
    number: &str,
    date: Date,
    lang: Lang,
) -> Document {
    let rows = credentials(workspace, meeting, lang);
    let total = rows.len();
    let missing: Vec<CredentialRow> = rows
        .into_iter()
        .filter(|r| r.credentials.is_none())
        .collect();
    let mut blocks = vec![Block::Paragraph(tr_in(
        lang,
        "doc-credentials-intro",
        &[
            ("total", total.into()),
            ("missing", missing.len().into()),
            ("date", long_date_in(lang, date).into()),
        ],
    ))];
    for row in &missing {
        blocks.push(Block::Delegation(row.name.clone()));
    }
    Document {
        header: header(
            meeting,
            tr_in(lang, "doc-credentials-title", &[]),
            number,
            date,
            lang,
        ),
        blocks,
    }
}
