//! A log of frames, for measuring responsiveness in a real window (`scripts/responsiveness`,
//! BENCHMARKS.md). The frame benchmark times the app's work on the CPU; what a user feels also holds the
//! window system, the renderer and eframe's event loop, which only a real window has. With
//! `MSP_INVITATIONS_FRAME_LOG=<file>` set, each frame appends one line:
//!
//! `<start µs since the Unix epoch> <previous frame's time µs> <keys> <wheel points> <first table row>
//! <causes>`
//!
//! `keys` counts the key presses and text typed that reached this frame, `wheel` the points the mouse
//! wheel scrolled, the first table row is the first row of the invitee table drawn (`-` when none), and
//! the causes are the calls that asked egui for this frame (`file:line`, comma-separated). A
//! frame's time is eframe's `cpu_usage`: the app, tessellation and painting, reported a frame later, so
//! a keystroke's latency is the start of the frame that saw it minus the moment it was sent, plus the next
//! line's frame time. The text cursor does not blink while the log is kept (see `frame_start`). Without
//! the variable nothing is measured and nothing is written.

use std::io::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// The variable that names the log file.
pub const VARIABLE: &str = "MSP_INVITATIONS_FRAME_LOG";

/// The first invitee-table row drawn in this frame; `usize::MAX` when none was.
static FIRST_ROW: AtomicUsize = AtomicUsize::new(usize::MAX);

/// An open frame log.
pub struct FrameLog {
    out: std::io::BufWriter<std::fs::File>,
    /// The start of the frame being logged, written once its rows are known.
    pending: Option<String>,
    /// Whether the text cursor's blinking is off yet.
    steady_cursor: bool,
}

impl FrameLog {
    /// The log the environment asks for, if any. A file that cannot be created is said on stderr once and
    /// the app runs without it: a measurement never stops the work.
    pub fn from_env() -> Option<Self> {
        let path = std::env::var_os(VARIABLE)?;
        match std::fs::File::create(&path) {
            Ok(file) => Some(Self {
                out: std::io::BufWriter::new(file),
                pending: None,
                steady_cursor: false,
            }),
            Err(err) => {
                // Said to whoever measures, in the form of a shell assignment; not the interface.
                eprintln!("{VARIABLE}={}: {err}", path.to_string_lossy());
                None
            }
        }
    }

    /// At the start of a frame: when it started, the previous frame's time, and the input it brings.
    pub fn frame_start(&mut self, ctx: &egui::Context, previous_frame_secs: Option<f32>) {
        // A blinking cursor changes the pixels of a field by itself; the measurement watches the pixels
        // for the keystroke's change, so the cursor stays lit while it runs.
        if !self.steady_cursor {
            ctx.all_styles_mut(|style| style.visuals.text_cursor.blink = false);
            self.steady_cursor = true;
        }
        let micros = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_micros());
        let (keys, wheel) = ctx.input(|i| {
            let mut keys = 0_usize;
            let mut wheel = 0.0_f32;
            for event in &i.events {
                match event {
                    egui::Event::Key { pressed: true, .. } | egui::Event::Text(_) => keys += 1,
                    egui::Event::MouseWheel { delta, .. } => wheel += delta.y,
                    _ => {}
                }
            }
            (keys, wheel)
        });
        let previous = previous_frame_secs
            .and_then(|s| std::time::Duration::try_from_secs_f32(s).ok())
            .map_or(0, |d| d.as_micros());
        // Why egui draws this frame (the calls that asked for it), to find what keeps a window busy.
        let causes: Vec<String> = ctx
            .repaint_causes()
            .iter()
            .map(|c| format!("{}:{}", c.file.rsplit('/').next().unwrap_or(c.file), c.line))
            .collect();
        let causes = if causes.is_empty() {
            "-".to_owned()
        } else {
            causes.join(",")
        };
        FIRST_ROW.store(usize::MAX, Ordering::Relaxed);
        self.pending = Some(format!("{micros} {previous} {keys} {wheel} {causes}"));
    }

    /// At the end of a frame: the line, with the first table row drawn.
    pub fn frame_end(&mut self) {
        let Some(line) = self.pending.take() else {
            return;
        };
        let row = FIRST_ROW.load(Ordering::Relaxed);
        let row = if row == usize::MAX {
            "-".to_owned()
        } else {
            row.to_string()
        };
        // A full disk ends the measurement, not the app.
        let (start, causes) = line.rsplit_once(' ').unwrap_or((&line, "-"));
        let _ = writeln!(self.out, "{start} {row} {causes}").and_then(|()| self.out.flush());
    }
}

/// The invitee table drew row `index` in this frame.
pub fn table_row(index: usize) {
    FIRST_ROW.fetch_min(index, Ordering::Relaxed);
}
