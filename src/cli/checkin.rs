//! `checkin`: the registration desk from a script (issue #29). Finds a person of the meeting by id,
//! name or e-mail, and records their arrival on a day (today unless given) at the time of the check-in,
//! or takes it back with --undo; the save merges with what other desks saved meanwhile, arrivals as a
//! union, so two desks on one shared file lose none.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::{Failure, open_to_change, parse_date, save};
use crate::edit::Edit;
use crate::model::attendance;
use crate::model::{Date, EntityId};

#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// The workspace file; saved with the arrival.
    pub path: PathBuf,
    /// The person: their id in the workspace ("42"), or words of their name, delegation or e-mail
    /// address that find only them.
    #[arg(long)]
    pub person: String,
    /// The day of the arrival (YYYY-MM-DD); today without it.
    #[arg(long, value_parser = parse_date)]
    pub day: Option<Date>,
    /// The time of the arrival (HH:MM); now without it.
    #[arg(long, value_parser = parse_time)]
    pub time: Option<chrono::NaiveTime>,
    /// Take the arrival on that day back, rather than record it.
    #[arg(long)]
    pub undo: bool,
    /// The meeting's short name ("13MSP"); the first without it.
    #[arg(long)]
    pub meeting: Option<String>,
}

fn parse_time(text: &str) -> Result<chrono::NaiveTime, String> {
    chrono::NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| format!("{text:?} is not a time of the form HH:MM"))
}

/// `checkin WORKSPACE --person NAME|ID [--day DATE] [--time HH:MM] [--undo]`.
pub fn checkin(args: &CheckinArgs) -> Result<ExitCode, Failure> {
    let mut session = open_to_change(&args.path)?;
    let meeting_id = super::meeting_arg(session.workspace(), args.meeting.as_deref(), &args.path)?;
    let workspace = session.workspace();
    let Some(meeting) = workspace.meeting(&meeting_id) else {
        return Err(Failure::NoMeetings {
            path: args.path.clone(),
        });
    };
    let found = attendance::find(workspace, meeting, &args.person);
    let person = match found.as_slice() {
        [one] => one.clone(),
        [] => return Err(Failure::NobodyFound(args.person.clone())),
        several => {
            let names = several
                .iter()
                .map(|f| describe(workspace, meeting, &f.invitee, f.person))
                .collect();
            return Err(Failure::SeveralFound(args.person.clone(), names));
        }
    };
    let now = chrono::Local::now();
    let day = args.day.unwrap_or_else(|| now.date_naive());
    let time = if args.undo {
        None
    } else {
        Some(args.time.unwrap_or_else(|| {
            chrono::NaiveTime::from_hms_opt(
                chrono::Timelike::hour(&now),
                chrono::Timelike::minute(&now),
                0,
            )
            .unwrap_or_default()
        }))
    };
    let who = describe(workspace, meeting, &person.invitee, person.person);
    session.apply(Edit::PutArrival {
        meeting: meeting_id,
        invitee: person.invitee,
        person: person.person,
        day,
        time,
    })?;
    if session.document().is_dirty() {
        save(&mut session)?;
    }
    let _ = match time {
        Some(time) => writeln!(
            std::io::stdout(),
            "{who}: arrived on {day} at {}",
            time.format("%H:%M")
        ),
        None => writeln!(std::io::stdout(), "{who}: no arrival on {day}"),
    };
    Ok(ExitCode::SUCCESS)
}

/// "Ms. Ana ROJAS (Chile, id 3)", as the desk's lines name a person.
fn describe(
    workspace: &crate::model::Workspace,
    meeting: &crate::model::Meeting,
    invitee: &EntityId,
    person: crate::model::PersonId,
) -> String {
    let name = meeting
        .invitees
        .get(invitee)
        .and_then(|i| i.delegation.members.iter().find(|m| m.id == person))
        .map(crate::model::Member::display_name)
        .unwrap_or_default();
    format!(
        "{name} ({}, id {})",
        workspace.name_at(meeting, invitee, crate::i18n::Lang::En),
        person.0
    )
}
