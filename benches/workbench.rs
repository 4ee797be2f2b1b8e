//! Benchmarks of the workbench: one frame of the main screen with 200 and with 50,000 people (the first
//! is the baseline for the second), one search keystroke over 200 and 50,000 people, and one keystroke
//! typed in a field of the detail panel: the edit, then the frame that shows it.
//!
//! Run with `cargo bench --bench workbench`. A frame is what eframe does on the CPU: the app's `logic` and
//! `ui`, then tessellation; only the GPU upload is left out.

use std::hint::black_box;
use std::time::{Duration, Instant};

use eframe::App as _;
use msp_invitations::app::{App, Prefs, TableState};
use msp_invitations::edit::{Document, Edit};
use msp_invitations::model::sample::with_generated_delegations;
use msp_invitations::model::{EntityId, Workspace, builtin_workspace};

struct Stats {
    median: Duration,
    p95: Duration,
}

fn measure(iterations: usize, mut run: impl FnMut()) -> Stats {
    for _ in 0..iterations / 10 + 3 {
        run();
    }
    let mut times: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    Stats {
        median: times[times.len() / 2],
        p95: times[times.len() * 95 / 100],
    }
}

fn workspace(people: usize) -> Workspace {
    with_generated_delegations(builtin_workspace(), people, 7)
}

/// The busiest delegation, so the detail panel has the most to draw.
fn largest_delegation(workspace: &Workspace) -> EntityId {
    workspace.meetings[0]
        .invitees
        .iter()
        .max_by_key(|(_, i)| i.delegation.members.len())
        .map(|(id, _)| id.clone())
        .expect("invitees")
}

/// The app on `people` invented delegates with the largest delegation selected, and a function that
/// draws one frame of it as eframe would on the CPU.
fn app_and_frame(people: usize) -> (App, EntityId, impl FnMut(&mut App)) {
    let ws = workspace(people);
    let selected = largest_delegation(&ws);
    let mut app = App::new(ws, None, Prefs::default());
    app.select(&selected);
    let ctx = egui::Context::default();
    let mut frame = eframe::Frame::_new_kittest();
    let draw = move |app: &mut App| {
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
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        black_box(primitives);
    };
    (app, selected, draw)
}

fn frame(people: usize) -> Stats {
    let (mut app, _, mut draw) = app_and_frame(people);
    measure(200, || draw(&mut app))
}

/// One character typed in the selected invitee's Reference field: the edit the detail panel makes (one
/// undo step for the run of typing) and the frame that shows it.
fn typing(people: usize) -> Stats {
    let (mut app, selected, mut draw) = app_and_frame(people);
    draw(&mut app);
    let mut typed = 0_usize;
    measure(200, || {
        let mut invitee = app.work().meeting().expect("a meeting").invitees[&selected].clone();
        // Typing, and erasing now and then, so the field stays short.
        if typed % 20 == 19 {
            invitee.invitation.reference.clear();
        } else {
            invitee.invitation.reference.push('7');
        }
        typed += 1;
        app.work_mut().edit_coalesced(
            Edit::PutInvitee {
                meeting: "13MSP".into(),
                id: selected.clone(),
                value: Some(invitee),
            },
            "bench/reference",
        );
        draw(&mut app);
    })
}

fn keystroke(people: usize) -> Stats {
    let doc = Document::new(workspace(people), true);
    let mut table = TableState::default();
    table.refresh(&doc, &"13MSP".into());
    // Typing "velande" one letter at a time, then erasing it: each step is one keystroke.
    let word = "velande";
    let mut queries: Vec<&str> = (1..=word.len()).map(|n| &word[..n]).collect();
    queries.extend((0..word.len()).rev().map(|n| &word[..n]));
    let mut i = 0;
    measure(400, || {
        table.set_query(queries[i % queries.len()]);
        table.refresh(&doc, &"13MSP".into());
        black_box(table.visible_len());
        i += 1;
    })
}

fn report(name: &str, stats: &Stats) {
    println!(
        "{name:<40} median {:>8.3} ms   p95 {:>8.3} ms",
        stats.median.as_secs_f64() * 1e3,
        stats.p95.as_secs_f64() * 1e3
    );
}

fn main() {
    // `cargo test --benches` runs this with --bench absent: do a quick smoke run only.
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: &[usize] = if full { &[200, 50_000] } else { &[200] };
    for &people in sizes {
        report(
            &format!("frame, main screen, {people} people"),
            &frame(people),
        );
    }
    for &people in sizes {
        report(
            &format!("search keystroke, {people} people"),
            &keystroke(people),
        );
    }
    for &people in sizes {
        report(
            &format!("typing in a field, {people} people"),
            &typing(people),
        );
    }
}
