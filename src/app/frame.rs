//! The app in its window: starting it (`run`, the fonts, the icon), what the window shows while the
//! workspace it starts on is read, and each frame (`impl eframe::App`): the menus, the toolbar, the
//! status bar, the detail panel and the view shown, each drawn with what it reads and handing back its
//! actions, which the app carries out once the frame is drawn.

use std::path::{Path, PathBuf};

use super::perform;
use super::selection::Counted as _;
use super::words::file_name;
use super::{
    centre, commands::UiCommand, date_picker, dialogs, dialogs::Dialog, dialogs::PendingAction,
    jobs, keys, menu, prefs::Prefs, safety, state::App, status_bar, toolbar, view::View, widgets,
};

/// What the window shows while the workspace it starts on is read: which file, how large, and that the
/// work goes on.
fn opening_ui(ui: &mut egui::Ui, opening: &super::workbench::Opening) {
    let size = crate::i18n::decimal_in(
        crate::i18n::language(),
        opening.bytes as f64 / 1_000_000.0,
        1,
    );
    ui.add_space(ui.available_height() / 3.0);
    ui.vertical_centered(|ui| {
        ui.add(egui::Spinner::new().size(28.0));
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(crate::t!(
                "open-reading",
                file = file_name(&opening.path),
                size = format!("{size} MB")
            ))
            .size(16.0),
        );
        ui.label(
            egui::RichText::new(opening.path.display().to_string())
                .weak()
                .small(),
        );
    });
}

/// The app's icon (also installed for the desktop menu by the Debian package).
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/msp-invitations-256.png");

/// Opens the desktop app on `path`, or the last workspace, or the built-in 13MSP.
pub fn run(path: Option<PathBuf>) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        // The desktop entry's StartupWMClass: the menu and taskbar match the window to the entry.
        .with_app_id("msp-invitations");
    // An icon that does not decode is a build defect, not a reason not to start.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(std::sync::Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_title("MSP Invitations")
            .with_inner_size([1420.0, 860.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "MSP Invitations",
        options,
        Box::new(move |cc| {
            let prefs = cc
                .storage
                .and_then(|s| eframe::get_value::<Prefs>(s, eframe::APP_KEY))
                .unwrap_or_default();
            Ok(Box::new(App::start(path, prefs)))
        }),
    )
    .map_err(|err| anyhow::anyhow!("{err}"))
}

/// The menu bar, with what it reads of the app (the File menu open when F10 or Alt asked for the
/// menus); returns the commands chosen.
fn menu_panel(ui: &mut egui::Ui, app: &App, open_menus: bool) -> Vec<super::action::Action> {
    widgets::name_region(ui, &crate::t!("region-menus"));
    let can = app.work.availability();
    let cx = menu::MenuCx {
        can: &can,
        recent: &app.prefs.recent,
        view: app.view,
        show_detail: app.prefs.show_detail,
        dark: app.prefs.dark,
        open_menus,
    };
    menu::ui(ui, &cx)
}

/// The status bar, with what it reads of the app; returns what its links ask for.
fn status_panel(ui: &mut egui::Ui, app: &App) -> Vec<super::action::Action> {
    widgets::name_region(ui, &crate::t!("region-status"));
    let shown = match app.view {
        View::Invitees => Some(app.views.table.counts()),
        View::People => Some(app.views.people.counts()),
        _ => None,
    };
    let status = status_bar::Status {
        workspace: app.work.session().workspace(),
        path: app.work.session().path(),
        dirty: app.work.session().document().is_dirty(),
        shown,
        people: app.view == View::People,
        notice: app
            .work
            .current_notice()
            .map(|n| (n.text.as_str(), n.show.as_slice())),
        problems: app.work.known_problems(),
    };
    status_bar::ui(ui, &status)
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        if let Some(log) = &mut self.shell.frame_log {
            log.frame_start(ctx, frame.info().cpu_usage);
        }
        self.net().poll_opening();
        self.jobs().poll_job();
        self.net().safety_logic(ctx);
        // A workspace opened in the background is drawn afresh from this frame on.
        self.follow_session();
        if self.work.is_busy() || self.work.is_opening() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        // A file dropped on the window opens, after asking about unsaved changes.
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().find_map(|f| {
                let path = f.path();
                (!path.as_os_str().is_empty()).then(|| path.to_owned())
            })
        });
        if let Some(path) = dropped {
            self.request(UiCommand::OpenPath(path));
        }
        if ctx.input(|i| i.viewport().close_requested())
            && !self.shell.quitting
            && (self.work.session().document().is_dirty() || self.work.is_busy())
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if let Some(reason) = self.work.busy_reason() {
                self.work.say(reason);
            } else {
                self.work.dialog = Some(Dialog::Unsaved(PendingAction::Quit));
            }
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        date_picker::set_today(&ctx, self.work.today());
        self.views.table.set_today(self.work.today());
        self.shell.apply_style(&ctx, &self.prefs);
        if let Some(opening) = &self.work.opening {
            // The window shows at once; the menus, the keyboard's commands and the views wait for the
            // workspace they would act on.
            egui::CentralPanel::default().show(ui, |ui| opening_ui(ui, opening));
            self.end_frame(&ctx);
            return;
        }
        if self.shell.focus_moved(&ctx) {
            self.work.session_mut().document_mut().break_coalescing();
        }
        keys::handle_shortcuts(self, &ctx);
        let meeting = self.work.meeting_id();
        centre::refresh(
            self.view,
            &mut self.views,
            self.work.session().document(),
            &meeting,
        );

        let open_menus = std::mem::take(&mut self.shell.open_menus);
        egui::Panel::top("menu_bar").show(ui, |ui| {
            let actions = menu_panel(ui, self, open_menus);
            self.shell.actions.extend(actions);
        });
        egui::Panel::top("toolbar").show(ui, |ui| {
            widgets::name_region(ui, &crate::t!("region-toolbar"));
            let cx = self.work.cx(&self.prefs.organiser);
            let mut actions = toolbar::ui(ui, &cx, self.view, &mut self.views.table);
            actions.extend(safety::banners(ui, self.safety.changed_on_disk));
            self.shell.actions.extend(actions);
        });
        self.work.problems();
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            let actions = status_panel(ui, self);
            self.shell.actions.extend(actions);
        });
        if self.view == View::Invitees && self.prefs.show_detail {
            // A third of a narrow window, so that the table keeps its key columns at 1024 points; the
            // user's own width once dragged.
            let width = (ctx.content_rect().width() * 0.36).clamp(340.0, 440.0);
            egui::Panel::right("detail")
                .resizable(true)
                .default_size(width)
                .min_size(320.0)
                .show(ui, |ui| {
                    widgets::name_region(ui, &crate::t!("region-detail"));
                    let cx = self.work.cx(&self.prefs.organiser);
                    let actions = centre::side(ui, &cx, &mut self.views);
                    self.shell.actions.extend(actions);
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            widgets::name_region(ui, &self.view.label());
            let cx = self.work.cx(&self.prefs.organiser);
            let actions = centre::ui(ui, self.view, &cx, &mut self.views);
            self.shell.actions.extend(actions);
        });
        if let Some(job) = self.work.session().job() {
            if jobs::busy_ui(&ctx, job) {
                self.jobs().cancel_job();
            }
        } else if self.shell.file_picker.is_some() {
            // The dialog that asked for a file (Export, Import) comes back if none is chosen.
            self.file_picker_ui(&ctx);
        } else if let Some(mut dialog) = self.work.dialog.take() {
            let dcx = dialogs::DialogCx {
                cx: self.cx(),
                filtered: self.views.table.visible_len(),
                letters: &self.views.letters,
            };
            match dialogs::ui(&mut dialog, &dcx, &ctx) {
                Some(outcome) => perform::outcome(self, &ctx, dialog, outcome),
                None => self.work.dialog = Some(dialog),
            }
        }
        if let Some(pending) = self.shell.after_save.take() {
            perform::proceed(self, &ctx, pending);
        }
        self.end_frame(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.last_workspace = self.work.path().map(Path::to_owned);
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }
}
