//! `check`: a workspace validated and summarised; exit 1 listing every problem.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{Failure, note_holder, note_migrated};
use crate::model::{self, InvitationStatus, validate};
use crate::storage;

use super::new::print_categories;

pub(super) fn check(path: &Path) -> Result<ExitCode, Failure> {
    note_holder(path);
    let loaded = storage::load_file(path)?;
    note_migrated(path, &loaded.migrated);
    let workspace = loaded.workspace;
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
        print_categories(&workspace, meeting);
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
        // Possible duplicates warn; they do not fail the check (namesakes exist).
        for duplicate in model::possible_duplicates(meeting) {
            let name = |id: &model::EntityId| {
                workspace
                    .name_at(meeting, id, crate::i18n::Lang::En)
                    .to_owned()
            };
            let (first, second) = (&duplicate.first.0, &duplicate.second.0);
            let where_ = if first == second {
                format!("twice in {}", name(first))
            } else {
                format!("in {} and in {}", name(first), name(second))
            };
            eprintln!(
                "warning: {}: {} may be one person entered twice ({}): {where_}",
                meeting.short_name,
                duplicate.name,
                match duplicate.shared {
                    model::Shared::Email => "same name and e-mail",
                    model::Shared::Function => "same name and function",
                },
            );
        }
    }
    let problems = validate(&workspace);
    for meeting in &workspace.meetings {
        // Not a problem (a name is as its owner writes it), but what the lists would print.
        for (id, member) in meeting.names_not_in_latin() {
            let delegation = workspace.name_at(meeting, id, crate::i18n::Lang::En);
            if member.needs_latin_spelling() {
                eprintln!(
                    "warning: {}: {delegation}: {} is not in Latin script, and the List of Participants in English, French and Spanish prints names in Latin script: give the spelling used in lists (the detail panel's \"in lists\" fields, or given_name_latin and family_name_latin in a delegates file)",
                    meeting.short_name,
                    member.plain_name()
                );
            }
            for (label, value) in member.titles_not_in_latin() {
                eprintln!(
                    "warning: {}: {delegation}: the {} \"{value}\" of {} is not in Latin script, and the List of Participants in English, French and Spanish prints it as it is: write it as the list should print it",
                    meeting.short_name,
                    crate::i18n::tr_in(crate::i18n::Lang::En, label, &[]).to_lowercase(),
                    member.plain_name()
                );
            }
        }
    }
    // The process ends here: giving back 50,000 people's memory piece by piece would take longer than
    // all the checks.
    std::mem::forget(workspace);
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
