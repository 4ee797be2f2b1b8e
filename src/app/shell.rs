//! The frame around the work, between frames: what the views and menus asked for during a frame, the
//! window's title, the theme and zoom applied, the keyboard's state (the focus, Alt), the file dialog,
//! what to do after a save, and the frame log.

use num_traits::ToPrimitive as _;

use super::action::Action;
use super::dialogs::PendingAction;
use super::prefs::Prefs;
use super::{files, frame_log};

/// The frame around the work: what was asked for during a frame, the title, the keyboard's state, the
/// file dialog.
pub(crate) struct Shell {
    /// What views and menus asked for while drawing, carried out once the frame is drawn.
    pub(crate) actions: Vec<Action>,
    pub(crate) title: String,
    /// The widget that had keyboard focus last frame, to end a run of typing as one undo step.
    pub(crate) last_focus: Option<egui::Id>,
    pub(crate) style_applied: Option<(bool, Option<i64>)>,
    /// F10 or Alt asked for the menus this frame.
    pub(crate) open_menus: bool,
    /// Whether Alt is down, and alone so far (Alt let go alone opens the menus).
    pub(crate) alt_down: Option<bool>,
    /// The app's own file dialog rather than the system's: set when the system's did not open, by
    /// `MSP_INVITATIONS_FILE_DIALOG=app`, or by tests.
    pub(crate) in_app_file_dialog: bool,
    /// The app's own file dialog, while it is open.
    pub(crate) file_picker: Option<files::Picker>,
    /// What to do once a workspace saved through a file dialog is saved (New, Open or Quit).
    pub(crate) after_save: Option<PendingAction>,
    /// Set once the user agreed to quit, so the close request goes through.
    pub(crate) quitting: bool,
    /// The frame log, when `MSP_INVITATIONS_FRAME_LOG` asks for one (a measurement, see `frame_log.rs`).
    pub(crate) frame_log: Option<frame_log::FrameLog>,
}

impl Default for Shell {
    fn default() -> Self {
        Self {
            actions: Vec::new(),
            title: String::new(),
            last_focus: None,
            style_applied: None,
            open_menus: false,
            alt_down: None,
            in_app_file_dialog: std::env::var_os("MSP_INVITATIONS_FILE_DIALOG")
                .is_some_and(|v| v == "app"),
            file_picker: None,
            after_save: None,
            quitting: false,
            frame_log: frame_log::FrameLog::from_env(),
        }
    }
}

impl Shell {
    /// Gives the window `title`, when it is not the one it has.
    pub(super) fn show_title(&mut self, ctx: &egui::Context, title: String) {
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Applies the theme and zoom of `prefs`, when they changed (the first frame also adds the fallback
    /// font).
    pub(super) fn apply_style(&mut self, ctx: &egui::Context, prefs: &Prefs) {
        // The zoom in hundredths, to compare without floating-point noise.
        let zoom_key = (f64::from(prefs.zoom) * 100.0).round().to_i64();
        if self.style_applied == Some((prefs.dark, zoom_key)) {
            return;
        }
        if self.style_applied.is_none() {
            add_fallback_font(ctx);
        }
        ctx.set_theme(if prefs.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        ctx.set_zoom_factor(prefs.zoom);
        self.style_applied = Some((prefs.dark, zoom_key));
    }

    /// Whether Alt was just let go without anything pressed while it was down.
    pub(super) fn alt_alone(&mut self, ctx: &egui::Context) -> bool {
        let (alt, anything_else) = ctx.input(|i| {
            let pressed = i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key { pressed: true, .. }
                        | egui::Event::PointerButton { pressed: true, .. }
                        | egui::Event::Text(_)
                )
            });
            (i.modifiers.alt, pressed)
        });
        let was = self.alt_down;
        self.alt_down = match (alt, was) {
            // Alt went down: alone so far.
            (true, None) => Some(!anything_else),
            // Still down: alone until something else is pressed.
            (true, Some(alone)) => Some(alone && !anything_else),
            (false, _) => None,
        };
        !alt && was == Some(true) && !anything_else
    }

    /// Whether the keyboard's focus moved to another widget since the last frame: a run of typing then
    /// ends as one undo step.
    pub(super) fn focus_moved(&mut self, ctx: &egui::Context) -> bool {
        let focused = ctx.memory(egui::Memory::focused);
        let moved = focused != self.last_focus;
        self.last_focus = focused;
        moved
    }
}

/// Liberation Serif (the letters' font, in the binary already) after egui's own fonts, for the characters
/// they lack: the arrow of "Accepted → Declined", typographic signs in names and notes.
fn add_fallback_font(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        "liberation-serif",
        egui::FontData::from_static(crate::exchange::fonts::REGULAR),
        families,
    ));
}
