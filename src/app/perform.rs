//! What was asked for during a frame ([`Action`]), carried out once it is drawn: the one place, with the
//! dialogs' choices ([`Outcome`]), that writes the document, the dialog and the selection. Each
//! [`UiCommand`] does its work here.

use super::action::Action;
use super::commands::UiCommand;
use super::dialogs::{self, Dialog, ExportForm, MergePurpose, Outcome, PendingAction};
use super::files::{Ask, PickKind, Purpose};
use super::state::App;
use super::view::{FocusTarget, View};
use crate::t;

impl App {
    /// Runs a command (a menu item, a shortcut, the end of each frame, tests). What each does. A command that changes or replaces the document waits while a job runs
    /// (its menu item says why; a shortcut says it in the status bar).
    pub fn run_command(&mut self, ctx: &egui::Context, command: UiCommand) {
        let app = self;
        if let Err(reason) = command.enabled(&app.work.availability()) {
            app.work.say(reason);
            return;
        }
        match command {
            UiCommand::New | UiCommand::Open | UiCommand::OpenPath(_) | UiCommand::Quit => {
                let action = match command {
                    UiCommand::New => PendingAction::New,
                    UiCommand::OpenPath(path) => PendingAction::Open(Some(path)),
                    UiCommand::Quit => PendingAction::Quit,
                    _ => PendingAction::Open(None),
                };
                // Unsaved changes are dealt with first.
                if app.work.document().is_dirty() {
                    app.work.dialog = Some(Dialog::Unsaved(action));
                } else {
                    proceed(app, ctx, action);
                }
            }
            UiCommand::Save => save_then(app, ctx, None),
            UiCommand::SaveAs => app.ask_for_path(save_as(app, None)),
            UiCommand::Export => {
                let form = ExportForm::on(
                    crate::exchange::ListKind::Participants,
                    crate::exchange::Format::Pdf,
                    app.work.meeting(),
                    app.work.today(),
                    &app.prefs,
                );
                app.work.dialog = Some(Dialog::Export(form));
            }
            UiCommand::Import => app.work.dialog = Some(Dialog::ImportChoice),
            UiCommand::Undo => {
                app.work.undo();
            }
            UiCommand::Redo => {
                app.work.redo();
            }
            UiCommand::Find => {
                app.view = View::Invitees;
                app.views.table.focus_search = true;
            }
            UiCommand::SelectAll => match app.view {
                View::Invitees => app.views.table.select_all_visible(),
                View::People => app.views.people.select_all_visible(),
                _ => {}
            },
            UiCommand::Copy => {
                super::clipboard::copy_rows(ctx, app.view, &app.views, &mut app.work);
            }
            // The platform answers with a Paste event, which `handle_shortcuts` reads next frame.
            UiCommand::Paste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
            UiCommand::ToggleDetail => app.prefs.show_detail = !app.prefs.show_detail,
            UiCommand::ToggleTheme => app.prefs.dark = !app.prefs.dark,
            UiCommand::ZoomIn => app.prefs.zoom = (app.prefs.zoom + 0.1).min(2.5),
            UiCommand::ZoomOut => app.prefs.zoom = (app.prefs.zoom - 0.1).max(0.5),
            UiCommand::ZoomReset => app.prefs.zoom = 1.0,
            UiCommand::ShowView(view) => {
                app.view = view;
                if view == View::Desk {
                    app.views.desk.focus_search();
                }
            }
            UiCommand::GettingStarted => app.work.dialog = Some(Dialog::GettingStarted),
            UiCommand::Shortcuts => app.work.dialog = Some(Dialog::Shortcuts),
            UiCommand::AddOrganisation => app.work.dialog = Some(Dialog::new_organisation()),
            UiCommand::RestoreBackup => {
                app.work.dialog = Some(Dialog::Backups(app.net().backups()));
            }
            UiCommand::NextMeeting => {
                let Some(meeting) = app.work.meeting() else {
                    return;
                };
                app.work.dialog = Some(Dialog::NextMeeting(dialogs::NextMeetingForm {
                    number: (meeting.ordinal + 1).to_string(),
                    opening: String::new(),
                    closing: String::new(),
                    venue: meeting.venue.clone(),
                    copy_delegations: false,
                }));
            }
            UiCommand::About => app.work.dialog = Some(Dialog::About),
            UiCommand::SetLanguage(lang) => app.set_language(lang),
        }
    }

    /// Carries out what was asked for during the frame, and ends it.
    pub(super) fn end_frame(&mut self, ctx: &egui::Context) {
        let requested = std::mem::take(&mut self.shell.actions);
        if !requested.is_empty() {
            // What was asked for (a dialog, a view) is drawn in the next frame.
            ctx.request_repaint();
        }
        for requested in requested {
            carry_out(self, ctx, requested);
        }
        self.follow_session();
        let title = self.work.title();
        self.shell.show_title(ctx, title);
        if let Some(log) = &mut self.shell.frame_log {
            log.frame_end();
        }
    }
}

/// Carries out what was asked for.
pub(super) fn carry_out(app: &mut App, ctx: &egui::Context, action: Action) {
    match action {
        Action::Run(command) => app.run_command(ctx, command),
        Action::Open(dialog) => app.work.dialog = Some(dialog),
        Action::Ask(ask) => app.ask_for_path(ask),
        Action::Edit(edit) => {
            app.work.edit(edit);
        }
        Action::EditTyped(edit, key) => {
            app.work.edit_coalesced(edit, &key);
        }
        Action::Say(text, about) => app.work.say_about(text, about),
        Action::SelectMeeting(id) => app.select_meeting(&id),
        Action::MergeNow => {
            app.net().take_in_from_disk(&crate::model::Choices::new());
        }
        Action::MergeLater => app.safety.changed_on_disk = false,
        Action::ShowThem(about) => {
            app.view = View::Invitees;
            match about.as_slice() {
                [one] => {
                    app.views.table.reveal(one);
                    app.prefs.show_detail = true;
                }
                _ => app
                    .views
                    .table
                    .set_id_filter(t!("status-concerned"), about.into_iter().collect()),
            }
        }
        Action::GoToProblem(problem) => app.go_to_problem(&problem),
        Action::OpenDetail(focus) => {
            app.prefs.show_detail = true;
            if focus.is_some() {
                app.views.detail.focus = focus;
            }
        }
        Action::OpenPerson(invitee, person) => {
            app.view = View::Invitees;
            app.prefs.show_detail = true;
            app.views.table.reveal(&invitee);
            app.views.detail.open_member = Some(person);
            app.views.detail.focus = Some(FocusTarget {
                field: crate::model::Field::MemberFamilyName,
                person: Some(person),
            });
        }
        Action::Export(list, format) => {
            let form = ExportForm::on(
                list,
                format,
                app.work.meeting(),
                app.work.today(),
                &app.prefs,
            );
            app.work.dialog = Some(Dialog::Export(form));
        }
        Action::ExportDated(list, format, date) => {
            let mut form = ExportForm::on(
                list,
                format,
                app.work.meeting(),
                app.work.today(),
                &app.prefs,
            );
            form.date = date;
            app.work.dialog = Some(Dialog::Export(form));
        }
        Action::OpenSend(kind, only, again) => {
            let server = &app.prefs.mail_server;
            app.work.dialog = Some(Dialog::SendMail(dialogs::SendForm {
                kind,
                only,
                send_unknown_again: again,
                host: server.host.clone(),
                port: if server.port == 0 {
                    server.security.usual_port().to_string()
                } else {
                    server.port.to_string()
                },
                security: server.security,
                user: server.user.clone(),
                password: app.views.letters.smtp_password.clone().unwrap_or_default(),
                with_form: false,
                error: None,
            }));
        }
        Action::ShowOnly(label, ids) => {
            let table = &mut app.views.table;
            table.clear_filters();
            table.set_id_filter(label, ids);
            table.clear_selection();
            app.view = View::Invitees;
        }
    }
}

/// Carries out an action once unsaved changes are dealt with.
pub(super) fn proceed(app: &mut App, ctx: &egui::Context, action: PendingAction) {
    match action {
        PendingAction::New => app.new_workspace(),
        PendingAction::Open(Some(path)) => {
            app.open_path(&path);
        }
        PendingAction::Open(None) => app.ask_for_path(Ask {
            purpose: Purpose::Open,
            kind: PickKind::OpenFile,
            title: t!("file-dialog-open"),
            filter: Some((t!("file-filter-workspace"), vec!["ron".to_owned()])),
            file_name: None,
        }),
        PendingAction::Quit => {
            // The user chose: saved, or discarded on purpose. Nothing is left to recover.
            app.net().forget_recovery();
            app.shell.quitting = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// Saves to the workspace's file, then does `then`; without a file, asks for one first (and `then` waits
/// until the workspace is saved there).
pub(super) fn save_then(app: &mut App, ctx: &egui::Context, then: Option<PendingAction>) {
    match app.work.path().map(ToOwned::to_owned) {
        Some(path) => {
            if app
                .net()
                .save_checked(&path, &crate::model::Choices::new(), then.clone())
                && let Some(action) = then
            {
                proceed(app, ctx, action);
            }
        }
        None => app.ask_for_path(save_as(app, then)),
    }
}

/// The question where to save the workspace (its file's name, or the meeting's), the answer saving it
/// there and doing `then`.
fn save_as(app: &App, then: Option<PendingAction>) -> Ask {
    let suggested = app.work.path().and_then(|p| p.file_name()).map_or_else(
        || {
            let stem = app
                .work
                .meeting()
                .map_or_else(|| "workspace".to_owned(), |m| m.short_name.clone());
            format!("{stem}.ron")
        },
        |n| n.to_string_lossy().into_owned(),
    );
    Ask {
        purpose: Purpose::SaveAs(then),
        kind: PickKind::SaveFile,
        title: t!("file-dialog-save"),
        filter: Some((t!("file-filter-workspace"), vec!["ron".to_owned()])),
        file_name: Some(suggested),
    }
}

/// Carries out a dialog's choice; file dialogs open only here, and answer the dialog that asked.
pub(super) fn outcome(app: &mut App, ctx: &egui::Context, dialog: Dialog, outcome: Outcome) {
    match outcome {
        Outcome::Close => {}
        Outcome::Proceed(action) => proceed(app, ctx, action),
        Outcome::SaveThen(action) => save_then(app, ctx, Some(action)),
        Outcome::AddOrganisation(org) => {
            if let Some(id) = app.work.add_organisation(org) {
                app.views.table.reveal(&id);
            }
        }
        Outcome::Merge(MergePurpose::Save { path, then }, choices) => {
            if app.net().save_checked(&path, &choices, then.clone())
                && let Some(action) = then
            {
                proceed(app, ctx, action);
            }
        }
        Outcome::Merge(MergePurpose::TakeIn, choices) => {
            app.net().take_in_from_disk(&choices);
        }
        Outcome::Restore(i) | Outcome::Discard(i) => {
            if let Dialog::Recover(found) = &dialog {
                app.net()
                    .settle_recovery(found, i, matches!(outcome, Outcome::Restore(_)));
            }
        }
        Outcome::OpenBackup(path) => {
            app.net().open_backup(&path);
        }
        Outcome::NextMeeting(form) => match app.work.create_next_meeting(&form) {
            Some(id) => app.select_meeting(&id),
            None => app.work.dialog = Some(Dialog::NextMeeting(form)),
        },
        Outcome::PickExportPath => {
            if let Dialog::Export(form) = dialog {
                app.ask_for_path(export_path(app, form));
            }
        }
        Outcome::PickSince => {
            if let Dialog::Export(form) = dialog {
                app.ask_for_path(since_path(form));
            }
        }
        Outcome::PickImportFile(kind) => app.ask_for_path(import_path(kind)),
        Outcome::PickImportFolder => app.ask_for_path(Ask {
            purpose: Purpose::Import(crate::exchange::import::ImportKind::Delegates),
            kind: PickKind::Folder,
            title: t!("xfer-forms-folder"),
            filter: None,
            file_name: None,
        }),
        Outcome::Repreview { read_again } => {
            if let Dialog::ImportPreview(state) = dialog {
                app.jobs().repreview_import(*state, read_again);
            }
        }
        Outcome::Import => {
            if let Dialog::ImportPreview(state) = dialog {
                app.jobs().apply_import(*state);
            }
        }
        Outcome::Draw(by) => {
            // Drawn among the States registered, and recorded (the State, today, `by`) as one undo step.
            by.clone_into(&mut app.prefs.organiser);
            let salt = app.work.document().revision();
            if let Some((_, edit)) = super::seating_view::draw(&app.cx(), salt) {
                app.work.edit(edit);
            }
        }
        Outcome::SaveFilter(name, filter) => {
            if let Some(edit) = super::filters::save_edit(app.work.workspace(), &name, filter) {
                app.work.edit(edit);
            }
        }
        Outcome::SendMail => {
            if let Dialog::SendMail(mut form) = dialog
                && let Err(reason) = app.jobs().start_mail_send(&form)
            {
                form.error = Some(reason);
                app.work.dialog = Some(Dialog::SendMail(form));
            }
        }
    }
}

/// The question which earlier list an addendum follows, the answer going back to the Export dialog.
fn since_path(form: ExportForm) -> Ask {
    Ask {
        purpose: Purpose::Since(form),
        kind: PickKind::OpenFile,
        title: t!("xfer-earlier-title"),
        filter: Some((
            t!("xfer-earlier-filter"),
            ["ron", "csv", "xlsx"].map(str::to_owned).to_vec(),
        )),
        file_name: None,
    }
}

/// The question which file to import, the answer reading it for the preview.
fn import_path(kind: crate::exchange::import::ImportKind) -> Ask {
    Ask {
        purpose: Purpose::Import(kind),
        kind: PickKind::OpenFile,
        title: t!("xfer-import-of", what = kind.label().to_lowercase()),
        filter: Some((
            t!("xfer-csv-excel"),
            ["csv", "txt", "tsv", "xlsx", "xls", "ods", "docx"]
                .map(str::to_owned)
                .to_vec(),
        )),
        file_name: None,
    }
}

/// The question where to write the export the dialog is set to, the answer starting it.
fn export_path(app: &App, form: ExportForm) -> Ask {
    let stem = app.work.meeting().map_or("export".to_owned(), |m| {
        format!("{} {}", m.short_name, form.list.cli_name())
    });
    let (title, extension, label) = (
        t!("xfer-export-title"),
        form.format.extension().to_owned(),
        form.format.label().to_owned(),
    );
    Ask {
        purpose: Purpose::Export(form),
        kind: PickKind::SaveFile,
        title,
        filter: Some((label, vec![extension.clone()])),
        file_name: Some(format!("{stem}.{extension}")),
    }
}
