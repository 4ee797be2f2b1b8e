//! A workspace file's text kept compressed in memory: the version an open workspace's changes started
//! from, which a save merges with what colleagues saved meanwhile (`model::merge`). Kept as the text
//! rather than as a second copy of the workspace, it takes about a tenth of the memory (for 50,000
//! people, 2 or 3 MB instead of 23), and it is read again only when a merge needs it.

use std::path::Path;

use super::{LoadError, from_ron};
use crate::model::Workspace;

/// A workspace file's text, compressed (LZ4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packed {
    compressed: Vec<u8>,
}

impl Packed {
    /// The text of a workspace file, as it was read or written.
    pub fn of_text(text: &[u8]) -> Self {
        Self {
            compressed: lz4_flex::block::compress_prepend_size(text),
        }
    }

    /// A workspace, as its file would hold it.
    pub fn of(workspace: &Workspace) -> Self {
        Self::of_text(super::to_ron(workspace).as_bytes())
    }

    /// The text again; empty if the compressed bytes were damaged in memory (they never leave it).
    pub fn text(&self) -> String {
        lz4_flex::block::decompress_size_prepended(&self.compressed)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .unwrap_or_default()
    }

    /// The workspace it holds (read as a file of `path` would be, migrations and all).
    pub fn workspace(&self, path: &Path) -> Result<Workspace, LoadError> {
        from_ron(&self.text(), path)
    }

    /// The bytes it takes.
    pub fn size(&self) -> usize {
        self.compressed.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workspace_packed_reads_back_the_same() {
        let workspace = crate::model::sample::with_generated_delegations(
            crate::model::builtin_workspace(),
            300,
            3,
        );
        let packed = Packed::of(&workspace);
        let text = super::super::to_ron(&workspace);
        assert!(
            packed.size() * 4 < text.len(),
            "{} of {}",
            packed.size(),
            text.len()
        );
        assert_eq!(packed.text(), text);
        assert_eq!(
            packed.workspace(Path::new("x.ron")).expect("reads"),
            workspace
        );
    }
}
