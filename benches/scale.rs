//! The workspace at scale: loading it, checking it, writing it, each export of the List of Participants,
//! importing its delegates, and the memory each takes, at 1,000 and 50,000 invented people, each against
//! baselines measured in the same run: `serde_json` reading and writing the same workspace (the floor for
//! a text format) and the file's own size (for memory).
//!
//! `cargo bench --bench scale` prints a table. `scripts/bench-check` runs it in its quick mode
//! (`-- --quick`: 10,000 people only) with `--ratios FILE`, which writes each row's
//! ratio to its baseline, and holds the ratios to those recorded in `benches/ratios.tsv`.
//!
//! Memory is counted by a global allocator that keeps the bytes in use and their peak, so a figure is
//! the heap the work itself takes, not the process's resident size (which the allocator rounds up and
//! keeps).

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use eframe::App as _;
#[path = "support/timing.rs"]
mod timing;
use timing::{fastest, ms};

use msp_invitations::app::{App, Prefs};
use msp_invitations::exchange::import::{preview_delegates, read_table};
use msp_invitations::exchange::tabular::CsvOptions;
use msp_invitations::exchange::{ExportRequest, Format, ListKind, export};
use msp_invitations::model::sample::with_generated_delegations;
use msp_invitations::model::{Date, Workspace, builtin_workspace, possible_duplicates, validate};
use msp_invitations::storage;

/// The system allocator, counting.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: each call is passed to the system allocator unchanged; only counters are added.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is the system allocator's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
            let now = IN_USE.fetch_add(new_size, Ordering::Relaxed) + new_size;
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The peak of the heap while `work` runs, above what was in use when it started, and its result.
fn peak_of<T>(work: impl FnOnce() -> T) -> (usize, T) {
    let start = IN_USE.load(Ordering::Relaxed);
    PEAK.store(start, Ordering::Relaxed);
    let result = work();
    (PEAK.load(Ordering::Relaxed) - start, result)
}

/// What `make` keeps on the heap once it is made (its result held).
fn held_by<T>(make: impl FnOnce() -> T) -> (usize, T) {
    let start = IN_USE.load(Ordering::Relaxed);
    let value = make();
    (IN_USE.load(Ordering::Relaxed).saturating_sub(start), value)
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// The workspace as `serde_json` can write it: its name and each meeting's invitees, as pairs (JSON's map
/// keys are strings, and invitees are keyed by an enum). The invitees are the bulk of the file (all of
/// its people), so reading and writing this is the same work as the workspace's, in JSON.
#[derive(serde::Serialize, serde::Deserialize)]
struct JsonWorkspace {
    name: String,
    meetings: Vec<
        Vec<(
            msp_invitations::model::EntityId,
            msp_invitations::model::Invitee,
        )>,
    >,
}

impl JsonWorkspace {
    fn of(ws: &Workspace) -> Self {
        Self {
            name: ws.name.clone(),
            meetings: ws
                .meetings
                .iter()
                .map(|m| m.invitees.clone().into_iter().collect())
                .collect(),
        }
    }
}

/// Each export of the List of Participants of `ws`, and the import of its delegates from the CSV, against
/// `serde_json` writing the same workspace.
fn exports(ws: &Workspace, people: usize, runs: usize, json_write: Duration, rows: &mut Vec<Row>) {
    let request = |format| ExportRequest {
        list: ListKind::Participants,
        format,
        meeting: "13MSP".into(),
        document_number: "INF.2".to_owned(),
        date: Date::from_ymd_opt(2013, 12, 2).unwrap_or_default(),
        internal: true,
        csv: CsvOptions::default(),
        since: None,
        only: None,
        first_seat: None,
        letters: Default::default(),
        lang: msp_invitations::i18n::Lang::En,
        designated_only: false,
        attended: false,
    };
    let mut csv = Vec::new();
    for format in Format::ALL {
        let mut size = 0;
        let time = fastest(runs, || {
            let bytes = export(ws, &request(format)).expect("exports");
            size = bytes.len();
            if format == Format::Csv {
                csv.clone_from(&bytes);
            }
        });
        rows.push(Row {
            name: format!(
                "list of participants, {}, {people} people ({:.1} MB)",
                format.label(),
                mb(size)
            ),
            value: format!("{:.1} ms", ms(time)),
            baseline: format!("serde_json write {:.1} ms", ms(json_write)),
            ratio: time.as_secs_f64() / json_write.as_secs_f64(),
        });
    }
    let fresh = builtin_workspace();
    let time = fastest(runs, || {
        let table = read_table(&csv).expect("reads");
        let preview = preview_delegates(&fresh, &"13MSP".into(), &table).expect("previews");
        assert!(preview.problems.is_empty());
        let edit = preview
            .edit(
                &fresh,
                &msp_invitations::exchange::import::Decisions::default(),
            )
            .expect("no problems");
        assert!(edit.is_some());
    });
    rows.push(Row {
        name: format!("import the delegates from that CSV, {people} people"),
        value: format!("{:.1} ms", ms(time)),
        baseline: format!("serde_json write {:.1} ms", ms(json_write)),
        ratio: time.as_secs_f64() / json_write.as_secs_f64(),
    });
}

/// What `check` does: load, validate, look for possible duplicates.
fn check(path: &std::path::Path) -> usize {
    let loaded = storage::load_file(path).expect("loads");
    let problems = validate(&loaded.workspace).len();
    let duplicates: usize = loaded
        .workspace
        .meetings
        .iter()
        .map(|m| possible_duplicates(m).len())
        .sum();
    black_box(problems + duplicates)
}

/// One frame of the app, as eframe draws it on the CPU.
fn frame(app: &mut App, ctx: &egui::Context) {
    let mut frame = eframe::Frame::_new_kittest();
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 860.0),
        )),
        ..Default::default()
    };
    let output = ctx.run_ui(input, |ui| {
        app.logic(ui.ctx(), &mut frame);
        app.ui(ui, &mut frame);
    });
    black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
}

/// The heap an app holds, open on `path` and after a few frames (its views built).
fn app_heap(path: &std::path::Path) -> usize {
    let ctx = egui::Context::default();
    let (held, app) = held_by(|| {
        let mut app = App::start_in(Some(path.to_owned()), Prefs::default(), None);
        for _ in 0..3 {
            frame(&mut app, &ctx);
        }
        app
    });
    drop(app);
    held
}

struct Row {
    name: String,
    value: String,
    baseline: String,
    ratio: f64,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let full = args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--quick");
    let ratios_file = std::env::args().skip_while(|a| a != "--ratios").nth(1);
    let (runs, sizes) = if full {
        (5, &[1_000, 50_000][..])
    } else {
        (5, &[10_000][..])
    };
    let dir = tempfile::tempdir().expect("a folder");
    let mut rows: Vec<Row> = Vec::new();
    let empty = dir.path().join("13msp.ron");
    storage::save(&empty, &builtin_workspace()).expect("saved");
    // The first app sets up what every app shares for the process (fonts, the reference data, the
    // messages); the empty 13MSP is measured on the second.
    let _ = app_heap(&empty);
    let app_empty = app_heap(&empty);
    for &people in sizes {
        let ws: Workspace = with_generated_delegations(builtin_workspace(), people, 21);
        let path = dir.path().join(format!("{people}.ron"));
        storage::save(&path, &ws).expect("saved");
        let size =
            std::fs::metadata(&path).map_or(0, |m| usize::try_from(m.len()).unwrap_or(usize::MAX));
        let text = storage::to_ron(&ws);
        let mirror = JsonWorkspace::of(&ws);
        let json = serde_json::to_string(&mirror).expect("json");

        let load = fastest(runs, || {
            black_box(storage::load_file(&path).expect("loads"));
        });
        let json_read = fastest(runs, || {
            black_box(serde_json::from_str::<JsonWorkspace>(&json).expect("reads"));
        });
        rows.push(Row {
            name: format!("load, {people} people"),
            value: format!("{:.1} ms", ms(load)),
            baseline: format!("serde_json read {:.1} ms", ms(json_read)),
            ratio: load.as_secs_f64() / json_read.as_secs_f64(),
        });
        let checked = fastest(runs, || {
            check(&path);
        });
        rows.push(Row {
            name: format!("check (load, validate, duplicates), {people} people"),
            value: format!("{:.1} ms", ms(checked)),
            baseline: format!("serde_json read {:.1} ms", ms(json_read)),
            ratio: checked.as_secs_f64() / json_read.as_secs_f64(),
        });
        let write = fastest(runs, || {
            black_box(storage::to_ron(&ws));
        });
        let json_write = fastest(runs, || {
            black_box(serde_json::to_string(&mirror).expect("json"));
        });
        rows.push(Row {
            name: format!("write, {people} people"),
            value: format!("{:.1} ms", ms(write)),
            baseline: format!("serde_json write {:.1} ms", ms(json_write)),
            ratio: write.as_secs_f64() / json_write.as_secs_f64(),
        });
        drop(text);
        let (load_peak, loaded) = peak_of(|| storage::load_file(&path).expect("loads"));
        drop(loaded);
        rows.push(Row {
            name: format!("load, peak heap, {people} people"),
            value: format!("{:.1} MB", mb(load_peak)),
            baseline: format!("file {:.1} MB", mb(size)),
            ratio: load_peak as f64 / size as f64,
        });
        let (check_peak, ()) = peak_of(|| {
            check(&path);
        });
        rows.push(Row {
            name: format!("check, peak heap, {people} people"),
            value: format!("{:.1} MB", mb(check_peak)),
            baseline: format!("file {:.1} MB", mb(size)),
            ratio: check_peak as f64 / size as f64,
        });
        // What the app's parts hold, each measured alone.
        let (workspace_heap, loaded) = held_by(|| storage::load(&path).expect("loads"));
        let (validator_heap, validator) = held_by(|| {
            let mut validator = msp_invitations::model::Validator::default();
            validator.refresh(&loaded, None);
            validator
        });
        drop(validator);
        drop(loaded);
        for (part, heap) in [
            ("the workspace in memory", workspace_heap),
            ("the validation index and problems", validator_heap),
        ] {
            rows.push(Row {
                name: format!("{part}, {people} people"),
                value: format!("{:.1} MB", mb(heap)),
                baseline: format!("file {:.1} MB", mb(size)),
                ratio: heap as f64 / size as f64,
            });
        }
        let (base_heap, base) = held_by(|| {
            let bytes = storage::read_regular(&path, u64::MAX).expect("reads");
            storage::Packed::of_text(&bytes)
        });
        drop(base);
        let app = app_heap(&path).saturating_sub(app_empty);
        let rest = app.saturating_sub(workspace_heap + validator_heap + base_heap);
        for (part, heap) in [
            ("the version loaded, packed (a merge's base)", base_heap),
            ("the rest (the table's rows, the search index)", rest),
            ("app open, heap beyond the empty 13MSP", app),
        ] {
            rows.push(Row {
                name: format!("{part}, {people} people"),
                value: format!("{:.1} MB", mb(heap)),
                baseline: format!("file {:.1} MB", mb(size)),
                ratio: heap as f64 / size as f64,
            });
        }
        exports(&ws, people, runs, json_write, &mut rows);
    }
    println!(
        "{:<66} {:>12}   {:<28} {:>7}",
        "benchmark", "value", "baseline (same run)", "ratio"
    );
    for row in &rows {
        println!(
            "{:<66} {:>12}   {:<28} {:>7.2}",
            row.name, row.value, row.baseline, row.ratio
        );
    }
    println!(
        "(the app on the empty 13MSP holds {:.1} MB of heap)",
        mb(app_empty)
    );
    if let Some(file) = ratios_file {
        let mut text = String::new();
        for r in &rows {
            let kind = if r.value.ends_with("MB") {
                "memory"
            } else {
                "time"
            };
            let _ = writeln!(text, "{}\t{kind}\t{:.3}", r.name, r.ratio);
        }
        std::fs::write(&file, text).expect("writes the ratios");
    }
}
