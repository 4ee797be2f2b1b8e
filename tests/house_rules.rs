//! Rules of the house that hold because a test reads the sources, not because someone remembers them.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return files;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The text between the parentheses that open at `open` (a byte index just after the `(`).
fn call_argument(source: &str, open: usize) -> &str {
    let mut depth = 1;
    for (i, c) in source.get(open..).unwrap_or_default().char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return source.get(open..open + i).unwrap_or_default();
                }
            }
            _ => {}
        }
    }
    ""
}

/// The programs tests start, as (file:line, argument of `Command::new`), other than the project's own
/// binary and a POSIX shell.
fn outside_programs(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for dir in ["tests", "src", "benches"] {
        for path in rust_files(&root.join(dir)) {
            let source = std::fs::read_to_string(&path).expect("a readable source file");
            let needle = "Command::new(";
            let mut from = 0;
            while let Some(at) = source.get(from..).and_then(|s| s.find(needle)) {
                let open = from + at + needle.len();
                let argument = call_argument(&source, open).trim();
                let own_binary = argument.contains("CARGO_BIN_EXE_");
                let shell = argument == "\"sh\"";
                // The rule's own test writes the pattern as text.
                let this_file = path.ends_with("house_rules.rs");
                if !(own_binary || shell || this_file) {
                    let line = source.get(..open).unwrap_or_default().lines().count();
                    found.push(format!(
                        "{}:{line}: Command::new({argument})",
                        path.display()
                    ));
                }
                from = open;
            }
        }
    }
    found
}

/// `cargo test` must pass on a machine with only the Rust toolchain: a test that starts `pdftotext`,
/// `libreoffice` or `python3` passes on a CI machine that installed them once and fails for a newcomer.
/// Such checks belong in `scripts/interop`.
#[test]
fn tests_start_no_program_but_our_own_and_a_shell() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = outside_programs(root);
    assert!(
        found.is_empty(),
        "tests start programs a machine with only Rust lacks (move these checks to scripts/interop): {found:#?}"
    );
}

/// The rule above catches what it is meant to: a file that starts `pdftotext`.
#[test]
fn the_outside_program_rule_catches_one() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir_all(dir.path().join("tests")).expect("tests folder");
    std::fs::write(
        dir.path().join("tests/bad.rs"),
        "fn f() {\n    let out = std::process::Command::new(\"pdftotext\").arg(\"x\");\n    Command::new(env!(\"CARGO_BIN_EXE_msp-invitations\"));\n    Command::new(\"sh\");\n}\n",
    )
    .expect("write");
    let found = outside_programs(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].ends_with("bad.rs:2: Command::new(\"pdftotext\")"),
        "{found:?}"
    );
}
