//! Backups: before each save, the version on disk is copied into the app's own data folder; the last ten of
//! each workspace are kept. File › Restore a backup… lists them and opens one as an unsaved copy.

use std::fs;
use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// How many backups of one workspace are kept.
pub const KEEP: usize = 10;

/// One backup file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    /// The workspace file it is a backup of, by name.
    pub of: String,
    pub written: SystemTime,
    pub size: u64,
}

/// A short, stable key for a workspace's path, so backups of two files with the same name stay apart.
fn key(workspace: &Path) -> String {
    let canonical = workspace
        .canonicalize()
        .unwrap_or_else(|_| workspace.to_owned());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    canonical.hash(&mut hasher);
    format!("{:08x}", hasher.finish() & 0xffff_ffff)
}

fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("backups")
}

fn stem(workspace: &Path) -> String {
    workspace.file_stem().map_or_else(
        || "workspace".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Copies the current version of `workspace` (if there is one) into the backups, then keeps only the
/// last [`KEEP`]. Returns the backup's path.
pub fn back_up(data_dir: &Path, workspace: &Path) -> std::io::Result<Option<PathBuf>> {
    if !workspace.exists() {
        return Ok(None);
    }
    let dir = folder(data_dir);
    fs::create_dir_all(&dir)?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S%.3f");
    let target = dir.join(format!(
        "{}.{}.{stamp}.ron",
        stem(workspace),
        key(workspace)
    ));
    fs::copy(workspace, &target)?;
    let mut mine = list_for(data_dir, Some(workspace));
    for old in mine.drain(KEEP.min(mine.len())..) {
        let _ = fs::remove_file(old.path);
    }
    Ok(Some(target))
}

/// The backups of `workspace` (all workspaces when `None`), newest first.
pub fn list_for(data_dir: &Path, workspace: Option<&Path>) -> Vec<Backup> {
    let wanted = workspace.map(|w| format!(".{}.", key(w)));
    let Ok(entries) = fs::read_dir(folder(data_dir)) else {
        return Vec::new();
    };
    let mut backups: Vec<Backup> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !std::path::Path::new(&*name)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
                || wanted.as_ref().is_some_and(|w| !name.contains(w.as_str()))
            {
                return None;
            }
            let meta = entry.metadata().ok()?;
            Some(Backup {
                of: format!("{}.ron", name.split('.').next().unwrap_or("workspace")),
                path: entry.path(),
                written: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                size: meta.len(),
            })
        })
        .collect();
    // Names carry the time to the millisecond, so they sort like the times.
    backups.sort_by(|a, b| b.path.cmp(&a.path));
    backups
}
