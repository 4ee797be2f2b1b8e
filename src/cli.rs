//! The command-line face: the same library as the app, for scripts and for checking files.
//!
//! Exit codes: 0 success, 1 a user or data error (the message names the file), 2 bad usage (from clap).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::model::{
    self, Category, Date, InvitationStatus, TreatyStatus, Workspace, reference, validate,
};
use crate::storage;

/// MSP Invitations: invitations, delegations and the List of Participants for Meetings of the States Parties
/// to the Anti-Personnel Mine Ban Convention.
///
/// Without a command, opens the desktop app on PATH, or on the last workspace, or on the built-in 13MSP.
#[derive(Debug, Parser)]
#[command(
    name = "msp-invitations",
    version,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A workspace file (.ron) to open in the app.
    pub path: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new workspace: the built-in 13MSP, or a meeting of your own with categories computed on its
    /// opening date.
    New(NewArgs),
    /// Validate a workspace and print a summary. Exit 1 with every problem listed when it is not valid.
    Check {
        /// The workspace file.
        path: PathBuf,
    },
    /// Print every State's status under the Convention on a date, and the counts.
    TreatyStatus {
        /// The date, as YYYY-MM-DD.
        #[arg(long, value_parser = parse_date)]
        date: Date,
        /// CSV with the header iso3,name,status.
        #[arg(long)]
        csv: bool,
    },
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The meeting's number (14 for the Fourteenth Meeting). Without it, the 13MSP is written.
    #[arg(long, requires_all = ["opening", "closing", "venue"])]
    pub meeting: Option<u32>,
    /// Opening day, YYYY-MM-DD: categories follow from the treaty status on this day.
    #[arg(long, value_parser = parse_date, requires = "meeting")]
    pub opening: Option<Date>,
    /// Closing day, YYYY-MM-DD.
    #[arg(long, value_parser = parse_date, requires = "meeting")]
    pub closing: Option<Date>,
    /// Where the meeting takes place ("Palais des Nations, Geneva").
    #[arg(long, requires = "meeting")]
    pub venue: Option<String>,
    /// Where to write the workspace.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Fill the meeting with this many invented delegates (names made of syllables), to try the app out.
    #[arg(long, value_name = "PEOPLE")]
    pub sample: Option<usize>,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("{text:?} is not a date of the form YYYY-MM-DD"))
}

/// A failure to report on stderr with exit code 1.
#[derive(Debug)]
pub struct Failure(pub String);

/// Stands for a closed standard output, which ends a command quietly.
const BROKEN_PIPE: &str = "\0broken pipe";

impl<E: std::fmt::Display + 'static> From<E> for Failure {
    fn from(err: E) -> Self {
        let any: &dyn std::any::Any = &err;
        if let Some(io) = any.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return Self(BROKEN_PIPE.to_owned());
        }
        Self(err.to_string())
    }
}

/// Prints a line on standard output; a closed pipe ends the command quietly rather than panicking as
/// `println!` does.
macro_rules! say {
    ($($arg:tt)*) => {
        writeln!(std::io::stdout(), $($arg)*)?
    };
}

/// Runs a command and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::New(args) => new(&args),
        Command::Check { path } => check(&path),
        Command::TreatyStatus { date, csv } => treaty_status(date, csv),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`| head`): not an error of ours.
        Err(Failure(message)) if message == BROKEN_PIPE => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}

fn new(args: &NewArgs) -> Result<ExitCode, Failure> {
    let workspace = match (args.meeting, args.opening, args.closing, &args.venue) {
        (Some(ordinal), Some(opening), Some(closing), Some(venue)) => {
            if closing < opening {
                return Err(Failure(format!(
                    "the closing date {closing} is before the opening date {opening}"
                )));
            }
            model::workspace_with(model::new_meeting(ordinal, opening, closing, venue))
        }
        _ => model::builtin_workspace(),
    };
    let workspace = match args.sample {
        Some(people) => model::sample::with_generated_delegations(workspace, people, 1),
        None => workspace,
    };
    if args.output.exists() && !args.force {
        return Err(Failure(format!(
            "{} already exists; use --force to overwrite it",
            args.output.display()
        )));
    }
    storage::save(&args.output, &workspace)?;
    let meeting = workspace.meetings.first();
    say!(
        "Wrote {} ({}) to {}",
        workspace.name,
        meeting.map_or("", |m| m.full_name.as_str()),
        args.output.display()
    );
    if let Some(meeting) = meeting {
        print_categories(&workspace, meeting)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_categories(workspace: &Workspace, meeting: &model::Meeting) -> Result<(), Failure> {
    let counts = workspace.count_by_category(meeting);
    for category in Category::ALL {
        let n = counts.get(&category).copied().unwrap_or(0);
        if n > 0 {
            say!("  {:<45} {n:>4}", category.label());
        }
    }
    Ok(())
}

fn check(path: &Path) -> Result<ExitCode, Failure> {
    let workspace = storage::load(path)?;
    say!("{}: {}", path.display(), workspace.name);
    for meeting in &workspace.meetings {
        say!(
            "\n{} ({}), {} to {}, {}",
            meeting.short_name,
            meeting.full_name,
            meeting.opening,
            meeting.closing,
            meeting.venue
        );
        say!(" Invitees by category:");
        print_categories(&workspace, meeting)?;
        say!(" Invitees by invitation status:");
        for status in InvitationStatus::ALL {
            let n = meeting
                .invitees
                .values()
                .filter(|i| i.invitation.status == status)
                .count();
            say!("  {:<45} {n:>4}", status.label());
        }
        say!(
            " Delegations: {}\n People: {}",
            meeting.delegations(),
            meeting.people()
        );
    }
    let problems = validate(&workspace);
    if problems.is_empty() {
        say!("\nNo problems found.");
        Ok(ExitCode::SUCCESS)
    } else {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(
            err,
            "error: {} problem{} in {}:",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            path.display()
        );
        for problem in &problems {
            let _ = writeln!(err, "  {problem}");
        }
        Ok(ExitCode::from(1))
    }
}

fn treaty_status(date: Date, csv: bool) -> Result<ExitCode, Failure> {
    let states = reference::states();
    let mut out = std::io::stdout().lock();
    if csv {
        let mut writer = ::csv::Writer::from_writer(&mut out);
        writer.write_record(["iso3", "name", "status"])?;
        for state in states {
            writer.write_record([
                state.iso3.as_str(),
                state.name.as_str(),
                state.status_on(date).label(),
            ])?;
        }
        writer.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "Status under the Convention on {date}")?;
    for state in states {
        writeln!(
            out,
            "{}  {:<55} {}",
            state.iso3,
            state.name,
            state.status_on(date).label()
        )?;
    }
    writeln!(out)?;
    let mut by_deposit = 0;
    for status in TreatyStatus::ALL {
        let n = states
            .iter()
            .filter(|s| s.status_on(date) == status)
            .count();
        if status.is_party_by_deposit() {
            by_deposit += n;
        }
        writeln!(out, "{:<20} {n:>4}", status.label())?;
    }
    writeln!(
        out,
        "{:<20} {by_deposit:>4}  (States Parties counted by deposit of the instrument)",
        "Bound"
    )?;
    Ok(ExitCode::SUCCESS)
}
