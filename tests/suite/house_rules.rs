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

/// The programs tests start, as (<file:line>, argument of `Command::new`), other than the project's own
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

/// The layers, bottom up, and what each may use: the interface's words at the bottom, then the text
/// helpers, the domain, its file and its edits, the exchange formats, the session (an open workspace and
/// its use cases), and the two faces. Nothing reaches up, and the faces do not use each other.
const LAYERS: [(&str, &[&str]); 9] = [
    ("i18n", &[]),
    ("text", &["i18n"]),
    ("model", &["i18n", "text"]),
    ("storage", &["i18n", "text", "model"]),
    ("edit", &["i18n", "text", "model"]),
    ("exchange", &["i18n", "text", "model", "storage", "edit"]),
    (
        "session",
        &["i18n", "text", "model", "storage", "edit", "exchange"],
    ),
    (
        "app",
        &[
            "i18n", "text", "model", "storage", "edit", "exchange", "session",
        ],
    ),
    (
        "cli",
        &[
            "i18n", "text", "model", "storage", "edit", "exchange", "session",
        ],
    ),
];

/// Every use of a module above its layer, as "<file:line>: module uses other".
fn layer_violations(src: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for (module, allowed) in LAYERS {
        let mut files = rust_files(&src.join(module));
        let single = src.join(format!("{module}.rs"));
        if single.is_file() {
            files.push(single);
        }
        for path in files {
            let source = std::fs::read_to_string(&path).expect("a readable source file");
            for (number, line) in source.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                let mut rest = code;
                while let Some(at) = rest.find("crate::") {
                    let after = &rest[at + "crate::".len()..];
                    let used: String = after
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    // The `t!` and `worded!` macros are the interface's words.
                    let used = if used == "t" || used == "worded" {
                        "i18n".to_owned()
                    } else {
                        used
                    };
                    if used != module && !allowed.contains(&used.as_str()) {
                        found.push(format!(
                            "{}:{}: {module} uses {used}",
                            path.display(),
                            number + 1
                        ));
                    }
                    rest = after;
                }
            }
        }
    }
    found
}

/// The domain knows nothing of files, formats or windows; the exchange nothing of the app; and so on
/// (ARCHITECTURE.md draws it). The compiler would not stop a stray `use`; this test does.
#[test]
fn no_module_uses_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = layer_violations(&src);
    assert!(found.is_empty(), "uses across layers: {found:#?}");
}

/// The layer rule catches what it is meant to: the domain using the exchange.
#[test]
fn the_layer_rule_catches_one() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir_all(dir.path().join("model")).expect("model folder");
    std::fs::write(
        dir.path().join("model/workspace.rs"),
        "use crate::text::fold;\nuse crate::exchange::letters::TemplateKind; // up\n// crate::app in a comment\n",
    )
    .expect("write");
    let found = layer_violations(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].ends_with("workspace.rs:2: model uses exchange"),
        "{found:?}"
    );
}

/// The crates of the window, which only the app (and `main.rs`, which starts it) may name.
const GUI_CRATES: [&str; 4] = ["egui", "eframe", "egui_extras", "rfd"];

/// Every place outside `src/app/` and `src/main.rs` that names a GUI crate in code (comments and text
/// aside), as "<file:line>: crate".
fn gui_outside_the_app(src: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for path in rust_files(src) {
        let relative = path.strip_prefix(src).unwrap_or(&path);
        if relative.starts_with("app") || relative == Path::new("main.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a readable source file");
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            // Text in quotes says nothing about what the code uses.
            let code: String = code
                .split('"')
                .enumerate()
                .filter(|(i, _)| i % 2 == 0)
                .map(|(_, part)| part)
                .collect();
            for krate in GUI_CRATES {
                let named = code.match_indices(krate).any(|(at, _)| {
                    let before = code[..at].chars().next_back();
                    let after = code[at + krate.len()..].chars().next();
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                        && after.is_some_and(|c| c == ':')
                });
                if named {
                    found.push(format!("{}:{}: {krate}", path.display(), number + 1));
                }
            }
        }
    }
    found
}

/// Below the faces, nothing knows of windows: the session, the exchange, the domain run in the command
/// line and the tests without a display.
#[test]
fn only_the_app_names_the_gui_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = gui_outside_the_app(&src);
    assert!(
        found.is_empty(),
        "GUI crates named outside the app: {found:#?}"
    );
}

/// The rule catches what it is meant to: the domain naming egui.
#[test]
fn the_gui_rule_catches_one() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir_all(dir.path().join("model")).expect("model folder");
    std::fs::create_dir_all(dir.path().join("app")).expect("app folder");
    std::fs::write(
        dir.path().join("model/workspace.rs"),
        "use egui::Ui; // up\n// egui::Ui in a comment\nlet s = \"egui::Ui\";\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("app/mod.rs"), "use egui::Ui;\n").expect("write");
    let found = gui_outside_the_app(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].ends_with("workspace.rs:1: egui"), "{found:?}");
}

/// The rooms of the app above its shell: only they name the `App` (the window, the keyboard, what is
/// carried out after a frame, the file questions' answers, and the shell itself).
const APP_SHELL: [&str; 5] = ["frame.rs", "keys.rs", "perform.rs", "asking.rs", "state.rs"];

/// Where a room of `src/app` reaches a name through `app/mod.rs` (which only hands names on to the
/// outside), or a room below the shell names the `App`; as "<file:line>: what".
fn app_room_violations(app: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for path in rust_files(app) {
        let relative = path.strip_prefix(app).unwrap_or(&path);
        if relative == Path::new("mod.rs") {
            continue;
        }
        // In `app/x.rs` and in a folder's `mod.rs`, `super::` is the app's `mod.rs`.
        let super_is_app = relative.components().count() == 1 || relative.ends_with("mod.rs");
        let in_shell = APP_SHELL.iter().any(|room| relative == Path::new(room));
        let source = std::fs::read_to_string(&path).expect("a readable source file");
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let mut through_mod = Vec::new();
            let prefixes: &[&str] = if super_is_app {
                &["crate::app::", "super::"]
            } else {
                &["crate::app::"]
            };
            for prefix in prefixes {
                for (at, _) in code.match_indices(prefix) {
                    let before = code[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                        continue; // `super::super::`, or a longer path
                    }
                    let after = &code[at + prefix.len()..];
                    let items: Vec<&str> = match after.strip_prefix('{') {
                        Some(list) => list
                            .split('}')
                            .next()
                            .unwrap_or_default()
                            .split(',')
                            .map(str::trim)
                            .collect(),
                        None => vec![after],
                    };
                    // A name (a type, a function) straight after the prefix, not a module's path.
                    through_mod.extend(
                        items
                            .into_iter()
                            .map(|item| {
                                item.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                                    .next()
                                    .unwrap_or_default()
                            })
                            .filter(|name| {
                                let rest = after.split(name).nth(1).unwrap_or_default();
                                !name.is_empty()
                                    && !rest.starts_with("::")
                                    && name.starts_with(|c: char| c.is_uppercase())
                            })
                            .map(|name| format!("{prefix}{name}")),
                    );
                }
            }
            for name in through_mod {
                found.push(format!(
                    "{}:{}: {name} through app/mod.rs",
                    path.display(),
                    number + 1
                ));
            }
            if !in_shell && code.contains("state::App") {
                found.push(format!(
                    "{}:{}: names the App below the shell",
                    path.display(),
                    number + 1
                ));
            }
        }
    }
    found
}

/// The app's rooms stand in floors (ARCHITECTURE.md, "The app's floors"; `farm-studio look src/app`
/// draws them): each imports a name from the room that defines it, so `mod.rs` stays on top, and below
/// the shell nothing names the `App`: views, dialogs, the workbench, the job starter and the safety net
/// read what they are lent.
#[test]
fn the_apps_rooms_import_from_where_a_name_is_defined() {
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let found = app_room_violations(&app);
    assert!(found.is_empty(), "the app's floors broken: {found:#?}");
}

/// The rule catches what it is meant to: a view taking `Action` through `mod.rs`, a dialog naming the
/// `App`, a type taken through `crate::app`.
#[test]
fn the_app_floor_rule_catches_them() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir_all(dir.path().join("dialogs")).expect("dialogs folder");
    std::fs::write(
        dir.path().join("people_view.rs"),
        "use super::Action;\nuse super::{view::Cx, widgets, View};\nuse super::action::Action;\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("dialogs/send_mail.rs"),
        "use super::Outcome;\nuse crate::app::state::App;\nlet x: crate::app::Shared<E>;\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("perform.rs"), "use super::state::App;\n").expect("write");
    let found = app_room_violations(dir.path());
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(
        found[0].ends_with("send_mail.rs:2: names the App below the shell"),
        "{found:?}"
    );
    assert!(
        found[1].ends_with("send_mail.rs:3: crate::app::Shared through app/mod.rs"),
        "{found:?}"
    );
    assert!(
        found[2].ends_with("people_view.rs:1: super::Action through app/mod.rs"),
        "{found:?}"
    );
    assert!(
        found[3].ends_with("people_view.rs:2: super::View through app/mod.rs"),
        "{found:?}"
    );
}

/// Every file and folder ARCHITECTURE.md names in backticks exists, so a reader can find each (names
/// without a folder are looked for under `src/` and its folders).
#[test]
fn architecture_names_files_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut sources = rust_files(&root.join("src"));
    sources.extend(rust_files(&root.join("tests")));
    let mut missing = Vec::new();
    let mut checked = 0;
    for (i, quoted) in text.split('`').enumerate() {
        // Odd pieces are the text between backticks.
        let looks_like_a_file = i % 2 == 1
            && !quoted.contains(' ')
            && (quoted.ends_with('/')
                || [".rs", ".md", ".toml", ".ftl", ".csv"]
                    .iter()
                    .any(|e| quoted.ends_with(e)));
        if !looks_like_a_file || quoted.contains('*') {
            continue;
        }
        checked += 1;
        let direct = root.join(quoted);
        let under_src = sources.iter().any(|p| {
            p.ends_with(quoted)
                || p.parent()
                    .is_some_and(|folder| folder.ends_with(quoted.trim_end_matches('/')))
        });
        let in_app = root.join("src/app").join(quoted).exists();
        if !direct.exists() && !under_src && !in_app && !root.join("src").join(quoted).exists() {
            missing.push(quoted.to_owned());
        }
    }
    assert!(checked > 40, "only {checked} names checked");
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names what is not there: {missing:?}"
    );
}
