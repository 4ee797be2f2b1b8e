//! Invitation replies from a file: the invitee (by any name that names one), the reply in English,
//! French, Spanish or Russian, its date and the reference it answers.

use super::invitees::{InviteeIndex, named};
use super::{
    ImportError, ImportKind, Preview, RawTable, RowAction, cell, columns, header_key, parse_day,
    problem_at,
};
use crate::model::{MeetingId, Reply, Text, Workspace, words};

/// A reply as files write it, in the four languages.
fn parse_reply(text: &str) -> Option<Reply> {
    Some(match header_key(text).as_str() {
        "accepted" | "accept" | "yes" | "accepte" | "acceptee" | "oui" | "aceptado"
        | "aceptada" | "si" | "attending" | "принято" | "да" | "участвует" => {
            Reply::Accepted
        }
        "declined"
        | "decline"
        | "no"
        | "refuse"
        | "refusee"
        | "non"
        | "rechazado"
        | "rechazada"
        | "notattending"
        | "отклонено"
        | "нет"
        | "неучаствует" => Reply::Declined,
        "noreply" | "" | "none" | "pending" | "sansreponse" | "sinrespuesta" | "нетответа" => {
            Reply::NoReply
        }
        _ => return None,
    })
}

/// What importing these reply rows (invitee, reply, date, reference) would do.
pub fn preview_replies(
    workspace: &Workspace,
    meeting: &MeetingId,
    table: &RawTable,
) -> Result<Preview, ImportError> {
    let [invitee_col, reply_col, date_col, reference_col] = columns(
        table,
        ImportKind::Replies,
        [
            (
                "invitee",
                &[
                    "delegation",
                    "country",
                    "organisation",
                    "organization",
                    "state",
                ][..],
                true,
            ),
            ("reply", &["answer", "response"][..], true),
            (
                "date",
                &["reply date", "received", "date received"][..],
                false,
            ),
            ("reference", &["ref", "letter reference"][..], false),
        ],
    )?;
    let mut preview = Preview::of(table, meeting);
    let Some(current) = workspace.meeting(meeting) else {
        return Ok(preview);
    };
    let invitees = InviteeIndex::new(workspace, current);
    for (row, cells) in table.data_rows() {
        let cell = |column: Option<usize>| cell(cells, column);
        let problem = |column, reason| problem_at(table, cells, row, column, reason);
        let before = preview.problems.len();
        let invitee = match named(&invitees, workspace, current, &cell(invitee_col)) {
            Ok(id) => Some(id),
            Err(reason) => {
                preview.problems.push(problem(invitee_col, reason));
                None
            }
        };
        let reply = parse_reply(&cell(reply_col));
        if reply.is_none() {
            let reason = Text::new("imp-bad-reply", vec![]);
            preview.problems.push(problem(reply_col, reason));
        }
        let date = parse_day(&cell(date_col)).unwrap_or_else(|reason| {
            preview.problems.push(problem(date_col, reason));
            None
        });
        if let Some(id) = &invitee
            && let Some(record) = current.invitees.get(id)
        {
            let reference = cell(reference_col);
            let sent_reference = record.invitation.reference.trim();
            if !reference.is_empty() && !sent_reference.is_empty() && reference != sent_reference {
                let reason = Text::new(
                    "imp-reference",
                    vec![("reference", sent_reference.to_owned())],
                );
                preview.problems.push(problem(reference_col, reason));
            }
        }
        if preview.problems.len() > before {
            continue;
        }
        let (Some(id), Some(reply)) = (invitee, reply) else {
            continue;
        };
        // A reply from an invitee the workspace has not invited: recorded all the same (the reply came),
        // but the invitation it answers is missing, and `check` reports it until it is recorded.
        if reply != Reply::NoReply
            && current
                .invitees
                .get(&id)
                .is_some_and(|r| r.invitation.status == crate::model::InvitationStatus::NotInvited)
        {
            preview.notes.push(problem_at(
                table,
                cells,
                row,
                invitee_col,
                Text::new("imp-reply-not-invited", Vec::new()),
            ));
        }
        preview
            .actions
            .push(reply_action(workspace, current, row, &id, reply, date));
    }
    Ok(preview)
}

/// What a reply row does: the reply recorded (or nothing, when the workspace says it already), and the
/// line that says it.
fn reply_action(
    workspace: &Workspace,
    current: &crate::model::Meeting,
    row: usize,
    id: &crate::model::EntityId,
    reply: Reply,
    date: Option<crate::model::Date>,
) -> (usize, RowAction, Text) {
    let unchanged = current
        .invitees
        .get(id)
        .is_some_and(|r| r.invitation.reply == reply && r.invitation.reply_date == date);
    let name = workspace
        .name_at(current, id, crate::i18n::Lang::En)
        .to_owned();
    if unchanged {
        (
            row,
            RowAction::Unchanged,
            Text::new("imp-unchanged", vec![("name", name)])
                .message("what", words::reply_id(reply))
                .about(id, current.opening),
        )
    } else {
        (
            row,
            RowAction::SetReply {
                invitee: id.clone(),
                reply,
                date,
            },
            Text::new("imp-reply", vec![("name", name)])
                .word("reply", words::reply_id(reply))
                .about(id, current.opening),
        )
    }
}
