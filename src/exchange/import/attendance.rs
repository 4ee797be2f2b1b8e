//! A badge system's check-in export read as arrivals (issue #29): the person (their id in the
//! workspace, their e-mail address, or their name) and the day and time they came, in one column
//! ("2013-12-02 09:12") or two. People are found as the registration desk finds them
//! ([`SearchIndex`]), each row's problem named with its row and column, and the arrivals become one edit.

use chrono::{NaiveDateTime, NaiveTime};

use super::{
    ImportError, ImportKind, Preview, RawTable, RowAction, cell, columns, parse_day, problem_at,
};
use crate::model::attendance::{Found, SearchIndex};
use crate::model::{Date, MeetingId, Text, Workspace};

/// The day and time a check-in cell gives: "2013-12-02 09:12", "2013-12-02T09:12:00", or a day alone
/// with the time in a column of its own.
fn parse_moment(day: &str, time: &str) -> Result<(Date, Option<NaiveTime>), Text> {
    let day = day.trim();
    for format in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(moment) = NaiveDateTime::parse_from_str(day, format) {
            return Ok((moment.date(), Some(moment.time())));
        }
    }
    let date = parse_day(day)?.ok_or_else(|| Text::new("att-no-day", Vec::new()))?;
    let time = time.trim();
    if time.is_empty() {
        return Ok((date, None));
    }
    ["%H:%M:%S", "%H:%M"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(time, f).ok())
        .map(|t| (date, Some(t)))
        .ok_or_else(|| Text::new("att-bad-time", vec![("time", time.to_owned())]))
}

/// The columns of a check-in export: (id, e-mail, name, given name, family name, day, time). One that
/// names the person and the day are needed.
fn attendance_columns(table: &RawTable) -> Result<[Option<usize>; 7], ImportError> {
    let found = columns(
        table,
        ImportKind::Attendance,
        [
            ("id", &["person id", "person", "participant id"][..], false),
            (
                "email",
                &["e-mail", "mail", "courriel", "correo"][..],
                false,
            ),
            (
                "name",
                &[
                    "full name",
                    "participant",
                    "attendee",
                    "nom complet",
                    "nombre completo",
                ][..],
                false,
            ),
            ("given name", &["first name", "prenom", "nombre"][..], false),
            (
                "family name",
                &["last name", "surname", "nom", "apellido", "apellidos"][..],
                false,
            ),
            (
                "date",
                &[
                    "day",
                    "checked in",
                    "checked in at",
                    "check-in",
                    "checkin",
                    "timestamp",
                    "arrival",
                    "jour",
                    "fecha",
                ][..],
                true,
            ),
            ("time", &["heure", "hora"][..], false),
        ],
    )?;
    let [id, email, name, _, family, ..] = found;
    if [id, email, name, family].iter().all(Option::is_none) {
        return Err(ImportError::Columns {
            kind: ImportKind::Attendance,
            missing: "id, email, name".to_owned(),
            found: table.header.join(", "),
        });
    }
    Ok(found)
}

/// Every person of the meeting with their e-mail address, lower case, for the rows that name a person
/// by it.
fn emails(meeting: &crate::model::Meeting) -> Vec<(Found, String)> {
    meeting
        .invitees
        .iter()
        .flat_map(|(id, invitee)| {
            invitee.delegation.members.iter().map(move |m| {
                (
                    Found {
                        invitee: id.clone(),
                        person: m.id,
                    },
                    m.email.trim().to_lowercase(),
                )
            })
        })
        .collect()
}

/// What a row does, in words: "Ms. Ana ROJAS (Chile): arrived on 2013-12-02 at 09:14".
fn arrival_line(
    workspace: &Workspace,
    meeting: &crate::model::Meeting,
    who: &Found,
    day: Date,
    time: NaiveTime,
) -> Text {
    let name = meeting
        .invitees
        .get(&who.invitee)
        .and_then(|i| i.delegation.members.iter().find(|m| m.id == who.person))
        .map(crate::model::Member::display_name)
        .unwrap_or_default();
    let delegation = workspace
        .name_at(meeting, &who.invitee, crate::i18n::Lang::En)
        .to_owned();
    Text::new(
        "att-arrival",
        vec![
            ("person", name),
            ("name", delegation),
            ("day", day.to_string()),
            ("time", time.format("%H:%M").to_string()),
        ],
    )
    .about(&who.invitee, meeting.opening)
}

/// What importing these check-in rows would do: each person's arrival on the day recorded (with the
/// time, 09:00 when the file gives none), every problem listed with its row and column.
pub fn preview_attendance(
    workspace: &Workspace,
    meeting: &MeetingId,
    table: &RawTable,
) -> Result<Preview, ImportError> {
    let [
        id_col,
        email_col,
        name_col,
        given_col,
        family_col,
        day_col,
        time_col,
    ] = attendance_columns(table)?;
    let mut preview = Preview::of(table, meeting);
    let Some(current) = workspace.meeting(meeting) else {
        return Ok(preview);
    };
    let index = SearchIndex::new(workspace, current);
    let people = emails(current);
    for (row, cells) in table.data_rows() {
        let cell = |column: Option<usize>| cell(cells, column);
        let problem = |column, reason| problem_at(table, cells, row, column, reason);
        let (query, column) = if !cell(id_col).is_empty() {
            (cell(id_col), id_col)
        } else if !cell(email_col).is_empty() {
            (cell(email_col), email_col)
        } else if !cell(name_col).is_empty() {
            (cell(name_col), name_col)
        } else {
            (
                format!("{} {}", cell(given_col), cell(family_col)),
                family_col.or(given_col),
            )
        };
        let found: Vec<Found> = if column == email_col && column.is_some() {
            let email = query.trim().to_lowercase();
            people
                .iter()
                .filter(|(_, e)| *e == email)
                .map(|(f, _)| f.clone())
                .collect()
        } else {
            index.find(&query, 2).0
        };
        let moment = parse_moment(&cell(day_col), &cell(time_col));
        let who = match found.as_slice() {
            [one] => Some(one.clone()),
            [] => {
                let reason = Text::new("att-nobody", vec![("query", query.trim().to_owned())]);
                preview.problems.push(problem(column, reason));
                None
            }
            _ => {
                let reason = Text::new("att-several", vec![("query", query.trim().to_owned())]);
                preview.problems.push(problem(column, reason));
                None
            }
        };
        let (day, time) = match moment {
            Ok(moment) => moment,
            Err(reason) => {
                preview.problems.push(problem(day_col, reason));
                continue;
            }
        };
        let Some(who) = who else {
            continue;
        };
        let time = time.unwrap_or_else(|| NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default());
        let line = arrival_line(workspace, current, &who, day, time);
        let action = if current.arrival(&who.invitee, who.person, day).is_some() {
            RowAction::Unchanged
        } else {
            RowAction::Arrive {
                invitee: who.invitee,
                person: who.person,
                day,
                time,
            }
        };
        preview.actions.push((row, action, line));
    }
    Ok(preview)
}
