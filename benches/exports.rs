//! Benchmarks of the exports and imports at 50,000 people: the List of Participants in each format, and
//! reading and previewing 50,000 delegate rows. Run with `cargo bench --bench exports`.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use msp_invitations::exchange::import::{preview_delegates, read_table};
use msp_invitations::exchange::tabular::CsvOptions;
use msp_invitations::exchange::{ExportRequest, Format, ListKind, export};
use msp_invitations::model::sample::with_generated_delegations;
use msp_invitations::model::{Date, builtin_workspace};

/// The median of a few runs: these take long enough that a handful is a stable figure.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let people = if full { 50_000 } else { 500 };
    let runs = if full { 5 } else { 1 };
    let ws = with_generated_delegations(builtin_workspace(), people, 11);
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
    };
    let mut csv = Vec::new();
    for format in Format::ALL {
        let mut size = 0;
        let time = median(runs, || {
            let bytes = export(&ws, &request(format)).expect("exports");
            size = bytes.len();
            if format == Format::Csv {
                csv.clone_from(&bytes);
            }
        });
        println!(
            "export list of participants, {people} people, {:<12} {:>9.1} ms  {:>6.1} MB",
            format.label(),
            time.as_secs_f64() * 1e3,
            size as f64 / 1e6
        );
    }
    let fresh = builtin_workspace();
    let time = median(runs, || {
        let table = read_table(&csv).expect("reads");
        let preview = preview_delegates(&fresh, &"13MSP".into(), &table).expect("previews");
        assert!(preview.problems.is_empty());
        let edit = preview.edit(&fresh, &BTreeSet::new()).expect("no problems");
        assert!(edit.is_some());
    });
    println!(
        "import {people} delegate rows (read, preview, edit)      {:>9.1} ms",
        time.as_secs_f64() * 1e3
    );
}
