//! What the views, menus, shortcuts and dialogs ask for, carried out once the frame is drawn: a command,
//! a dialog to open, a file to ask for. Views hand back an [`Action`] ([`App::request`]) rather than
//! writing into the app, and nothing changes under a view while it draws. This is also where a dialog's
//! choice ([`Outcome`]) is carried out, and where each [`UiCommand`] does its work.

use super::dialogs::{Dialog, ExportForm, MergePurpose, Outcome, PendingAction};
use super::files::{Ask, PickKind, Purpose};
use super::{App, UiCommand, View};
use crate::t;

/// Something asked for while drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Run(UiCommand),
    Open(Dialog),
    /// A file or folder to ask for; the answer goes where [`Ask::purpose`] says.
    Ask(Ask),
    /// A change to the document, through the one edit path.
    Edit(crate::edit::Edit),
    /// A change typed into a field: one undo step with the keystrokes before it under the same key.
    EditTyped(crate::edit::Edit, String),
    /// A person shown in their delegation: the Invitees view, the invitee selected, the person's form
    /// open with the keyboard in it.
    OpenPerson(crate::model::EntityId, crate::model::PersonId),
    /// The detail panel of the invitee selected, shown, with the keyboard in this field if one is given.
    OpenDetail(Option<super::FocusTarget>),
    /// The invitees a notice concerns, shown: one selected with its detail, several under a filter.
    ShowThem(Vec<crate::model::EntityId>),
    /// The invitee and field a problem is about (the Meeting view for a problem of the meeting).
    GoToProblem(crate::model::Problem),
    /// A message for the status bar, about these invitees (a click shows them).
    Say(String, Vec<crate::model::EntityId>),
    /// The Export dialog, set to a list and a format.
    Export(crate::exchange::ListKind, crate::exchange::Format),
    /// The Export dialog, set to a list, a format and a date (the mail merge, dated as the letters).
    ExportDated(crate::exchange::ListKind, crate::exchange::Format, String),
    /// The Send dialog for messages of this kind (to these only, when given; again to the unknown ones).
    OpenSend(
        crate::model::MailKind,
        Option<Vec<crate::model::EntityId>>,
        bool,
    ),
    /// A colleague's save taken in now (the banner's choice).
    MergeNow,
    /// A colleague's save left until the next save, which merges it anyway.
    MergeLater,
    /// Another meeting of the workspace, shown.
    SelectMeeting(crate::model::MeetingId),
    /// The invitee table, showing exactly these invitees under this label (a figure, a bar).
    ShowOnly(String, std::collections::BTreeSet<crate::model::EntityId>),
}

impl From<UiCommand> for Action {
    fn from(command: UiCommand) -> Self {
        Self::Run(command)
    }
}

impl From<Dialog> for Action {
    fn from(dialog: Dialog) -> Self {
        Self::Open(dialog)
    }
}

impl From<Ask> for Action {
    fn from(ask: Ask) -> Self {
        Self::Ask(ask)
    }
}

/// Carries out what was asked for.
pub(super) fn carry_out(app: &mut App, ctx: &egui::Context, action: Action) {
    match action {
        Action::Run(command) => run(app, ctx, command),
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
            app.views.detail.focus = Some(super::FocusTarget {
                field: crate::model::Field::MemberFamilyName,
                person: Some(person),
            });
        }
        Action::Export(list, format) => {
            let form = super::dialogs::export_form(&app.work, &app.prefs, list, format);
            app.work.dialog = Some(Dialog::Export(form));
        }
        Action::ExportDated(list, format, date) => {
            let mut form = super::dialogs::export_form(&app.work, &app.prefs, list, format);
            form.date = date;
            app.work.dialog = Some(Dialog::Export(form));
        }
        Action::OpenSend(kind, only, again) => {
            let server = &app.prefs.mail_server;
            app.work.dialog = Some(Dialog::SendMail(super::SendForm {
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

/// What each command does. A command that changes or replaces the document waits while a job runs
/// (its menu item says why; a shortcut says it in the status bar).
pub(super) fn run(app: &mut App, ctx: &egui::Context, command: UiCommand) {
    if let Err(reason) = command.enabled(&super::commands::Availability::of(app)) {
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
            let form = super::dialogs::export_form(
                &app.work,
                &app.prefs,
                crate::exchange::ListKind::Participants,
                crate::exchange::Format::Pdf,
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
        UiCommand::Copy => super::clipboard::copy_rows(ctx, app.view, &app.views, &mut app.work),
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
        UiCommand::RestoreBackup => app.work.dialog = Some(Dialog::Backups(app.net().backups())),
        UiCommand::NextMeeting => {
            let Some(meeting) = app.work.meeting() else {
                return;
            };
            app.work.dialog = Some(Dialog::NextMeeting(super::NextMeetingForm {
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
                app.ask_for_path(Ask {
                    purpose: Purpose::Since(form),
                    kind: PickKind::OpenFile,
                    title: t!("xfer-earlier-title"),
                    filter: Some((
                        t!("xfer-earlier-filter"),
                        ["ron", "csv", "xlsx"].map(str::to_owned).to_vec(),
                    )),
                    file_name: None,
                });
            }
        }
        Outcome::PickImportFile(kind) => app.ask_for_path(Ask {
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
        }),
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
            by.clone_into(&mut app.prefs.organiser);
            app.work.draw_first_seat(&by);
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
