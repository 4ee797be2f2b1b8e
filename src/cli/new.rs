//! `new`: a workspace written from the built-in 13MSP, a meeting of the user's own, or the next meeting
//! from an earlier one, with invented delegations to try the app (`--sample`).

use std::io::Write as _;
use std::process::ExitCode;

use super::{Failure, NewArgs};
use crate::model::{self, Category, Workspace};
use crate::storage;

pub(super) fn new(args: &NewArgs) -> Result<ExitCode, Failure> {
    let workspace = match (args.meeting, args.opening, args.closing, &args.venue) {
        (Some(ordinal), Some(opening), Some(closing), Some(venue)) => {
            if closing < opening {
                return Err(Failure::ClosingBeforeOpening { opening, closing });
            }
            match &args.from {
                Some(from) => {
                    let source = storage::load(from)?;
                    let last = source
                        .meetings
                        .last()
                        .ok_or_else(|| Failure::NothingToStartFrom { path: from.clone() })?;
                    let meeting = model::next_meeting(
                        &source,
                        last,
                        ordinal,
                        opening,
                        closing,
                        venue,
                        args.copy_delegations,
                    );
                    let mut workspace = model::workspace_with(meeting);
                    workspace.organisations = source.organisations.clone();
                    workspace.corrections = source.corrections.clone();
                    workspace.addresses = source.addresses.clone();
                    workspace.settings = source.settings.clone();
                    workspace
                }
                None => model::workspace_with(model::new_meeting(ordinal, opening, closing, venue)),
            }
        }
        _ => model::builtin_workspace(),
    };
    let workspace = match args.sample {
        Some(people) => model::sample::with_generated_delegations(workspace, people, 1),
        None => workspace,
    };
    if args.output.exists() && !args.force {
        return Err(Failure::Exists {
            path: args.output.clone(),
        });
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
        print_categories(&workspace, meeting);
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn print_categories(workspace: &Workspace, meeting: &model::Meeting) {
    let counts = workspace.count_by_category(meeting);
    for category in Category::ALL {
        let n = counts.get(&category).copied().unwrap_or(0);
        if n > 0 {
            say!("  {:<45} {n:>4}", category.label());
        }
    }
}
