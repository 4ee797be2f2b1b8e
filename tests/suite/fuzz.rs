//! Fuzzing on `proptest`, run as tests: loading a workspace, and importing CSV and XLSX, from arbitrary and
//! mutated bytes, must never panic. CI runs a few hundred cases of each; `scripts/fuzz SECONDS` runs them for
//! a set time and prints the executions and findings. Crashes found are kept as regression cases below.

use std::path::Path;

use msp_invitations::exchange::import::{preview_delegates, preview_replies, read_table};
use msp_invitations::model::builtin_workspace;
use msp_invitations::storage;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

/// A valid workspace's text with a few bytes changed, inserted or removed.
fn mutated_workspace() -> impl Strategy<Value = Vec<u8>> {
    let base = storage::to_ron(&builtin_workspace()).into_bytes();
    let len = base.len();
    proptest::collection::vec((0..len, any::<u8>(), 0u8..3), 1..8).prop_map(move |edits| {
        let mut bytes = base.clone();
        for (at, byte, kind) in edits {
            let at = at.min(bytes.len().saturating_sub(1));
            match kind {
                0 => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ => {
                    bytes.remove(at);
                }
            }
        }
        bytes
    })
}

fn import_everything(bytes: &[u8]) {
    let ws = builtin_workspace();
    if let Ok(table) = read_table(bytes) {
        if let Ok(preview) = preview_delegates(&ws, &"13MSP".into(), &table) {
            let _ = preview.edit(&ws, &Default::default());
        }
        let _ = preview_replies(&ws, &"13MSP".into(), &table);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = storage::from_ron(&String::from_utf8_lossy(&bytes), Path::new("fuzz.ron"));
    }

    #[test]
    fn loading_a_mutated_workspace_never_panics(bytes in mutated_workspace()) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = storage::from_ron(&text, Path::new("fuzz.ron"));
    }

    #[test]
    fn importing_arbitrary_csv_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        import_everything(&bytes);
    }

    #[test]
    fn importing_csv_like_text_never_panics(
        rows in proptest::collection::vec(proptest::collection::vec("[A-Za-zÀ-ÿА-я0-9 ,;\"'=+@\\t-]{0,12}", 0..10), 0..20)
    ) {
        let mut text = String::from("delegation;role;given_name;family_name;gender;email\n");
        for row in rows {
            text.push_str(&row.join(";"));
            text.push('\n');
        }
        import_everything(text.as_bytes());
    }

    #[test]
    fn importing_arbitrary_xlsx_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend(bytes);
        import_everything(&zip);
    }
}

/// Inputs that once broke something, kept so they never do again.
#[test]
fn regressions() {
    for bytes in [
        &b""[..],
        b"\xEF\xBB\xBF",
        b"\xFF\xFE",
        b"PK\x03\x04",
        b"a\n\"unterminated",
        b";;;\n;;;",
    ] {
        import_everything(bytes);
        let _ = storage::from_ron(&String::from_utf8_lossy(bytes), Path::new("r.ron"));
    }
}
