//! The commands for working as a team on one workspace: `merge` (two versions made from one base),
//! `merge-driver` (the same, as git calls it for a workspace file both branches changed) and `diff` (what
//! changed between two versions, in words). The merge itself is `model::merge`, as the app's saves use it.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use super::{Failure, parse_lang};
use crate::i18n::Lang;
use crate::model::Workspace;
use crate::model::merge::{self, Choices, Merged};
use crate::storage::{self, LoadError};

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The version both sides started from.
    pub base: PathBuf,
    /// This side's version: its values stand where the two sides conflict.
    pub mine: PathBuf,
    /// The other side's version.
    pub theirs: PathBuf,
    /// Where to write the merged workspace (it may be MINE).
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct DriverArgs {
    /// %O: the common ancestor (empty when both branches added the file).
    pub base: PathBuf,
    /// %A: this branch's version, where the result is written.
    pub ours: PathBuf,
    /// %B: the other branch's version.
    pub theirs: PathBuf,
    /// %P, if given: the file's path in the repository, to name it in messages.
    pub name: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older version.
    pub old: PathBuf,
    /// The newer version.
    pub new: PathBuf,
    /// The language of the words: en, fr, es or ru.
    #[arg(long, value_parser = parse_lang, default_value = "en")]
    pub lang: Lang,
}

/// `merge BASE MINE THEIRS -o OUT`.
pub fn merge(args: &MergeArgs) -> Result<ExitCode, Failure> {
    let base = storage::load(&args.base)?;
    let mine = storage::load(&args.mine)?;
    let theirs = storage::load(&args.theirs)?;
    let merged = merge::merge(&base, &mine, &theirs, &Choices::new());
    storage::save(&args.output, &merged.workspace)?;
    Ok(report(&merged, &args.output, &args.theirs))
}

/// `merge-driver %O %A %B [%P]`: the result in %A; exit 0 when clean, 1 when a person must decide (git
/// then marks the file as conflicted, with this side's values for the conflicts).
pub fn merge_driver(args: &DriverArgs) -> Result<ExitCode, Failure> {
    let base = match storage::load(&args.base) {
        Ok(base) => base,
        // Added on both branches: nothing in common to start from.
        Err(LoadError::Empty { .. }) => empty_workspace(),
        Err(err) => return Err(err.into()),
    };
    let ours = storage::load(&args.ours)?;
    let theirs = storage::load(&args.theirs)?;
    let merged = merge::merge(&base, &ours, &theirs, &Choices::new());
    storage::save(&args.ours, &merged.workspace)?;
    let name = args.name.as_deref().unwrap_or(&args.ours);
    Ok(report(&merged, name, Path::new("the other branch")))
}

/// `diff OLD NEW`.
pub fn diff(args: &DiffArgs) -> Result<ExitCode, Failure> {
    let old = storage::load(&args.old)?;
    let new = storage::load(&args.new)?;
    let changes = merge::diff(&old, &new);
    if changes.is_empty() {
        say!("No changes.");
    }
    for change in &changes {
        say!("{}", merge::describe(&new, change, args.lang));
    }
    Ok(ExitCode::SUCCESS)
}

/// Says what a merge took and what it left to a person; the exit code tells which.
fn report(merged: &Merged, written: &Path, theirs: &Path) -> ExitCode {
    let lang = Lang::En;
    say!(
        "Merged {} change(s) from {} into {}",
        merged.taken.len(),
        theirs.display(),
        written.display()
    );
    if merged.renumbered > 0 {
        eprintln!(
            "note: {} person(s) added on this side had an id the other side gave to someone else; they have a new one",
            merged.renumbered
        );
    }
    if merged.conflicts.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "{} conflict(s): both sides changed these differently; {} holds this side's values until a person decides:",
        merged.conflicts.len(),
        written.display()
    );
    for conflict in &merged.conflicts {
        eprintln!(
            "  {}",
            merge::conflict_line(&merged.workspace, conflict, lang)
        );
    }
    ExitCode::from(1)
}

/// A workspace with nothing in it, for a merge whose base is missing.
fn empty_workspace() -> Workspace {
    Workspace {
        format_version: crate::model::FORMAT_VERSION,
        name: String::new(),
        organisations: Default::default(),
        corrections: Default::default(),
        addresses: Default::default(),
        settings: Default::default(),
        meetings: Vec::new(),
    }
}
