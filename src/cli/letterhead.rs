//! `letterhead`: the office's letterhead set, shown or removed.

use std::io::Write as _;
use std::process::ExitCode;

use super::{Failure, LetterheadArgs, note_holder, open_to_change, save};
use crate::storage;

/// Sets, shows or removes the workspace's letterhead. Setting it reads and checks the image before the
/// workspace is opened and changed; the save merges what others saved meanwhile.
pub(super) fn letterhead(args: &LetterheadArgs) -> Result<ExitCode, Failure> {
    let new = args
        .file
        .as_deref()
        .map(crate::exchange::letterhead::read)
        .transpose()?;
    if new.is_none() && !args.remove {
        note_holder(&args.path);
        let workspace = storage::load(&args.path)?;
        if let Some(head) = &workspace.settings.letterhead {
            say!(
                "Letterhead: {} ({}, {} bytes)",
                head.file_name,
                head.format.label(),
                head.bytes().map_or(0, |b| b.len())
            );
        } else {
            say!("No letterhead: letters start at the reference.");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut session = open_to_change(&args.path)?;
    let mut settings = session.workspace().settings.clone();
    settings.letterhead = new.clone().map(Box::new);
    let name = session.workspace().name.clone();
    session.apply(crate::edit::Edit::SetWorkspaceInfo { name, settings })?;
    if session.document().is_dirty() {
        save(&mut session)?;
    }
    if let Some(head) = &new {
        say!(
            "Letterhead set from {} ({}); saved {}",
            head.file_name,
            head.format.label(),
            args.path.display()
        );
    } else {
        say!("Letterhead removed; saved {}", args.path.display());
    }
    Ok(ExitCode::SUCCESS)
}
