//! Modal dialogs: unsaved changes, errors, About, and adding an organisation. Escape or a click outside
//! closes each (as Cancel does).

use egui::{RichText, TextEdit};

use super::App;
use super::commands;
use super::transfer::{self, ExportForm, ImportState, TransferOutcome};
use crate::edit::Edit;
use crate::model::{EntityId, Invitee, ObserverRequest, OrgKind, Organisation, reference};
use crate::t;

/// What to do once the user has dealt with unsaved changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingAction {
    New,
    /// Open this file, or ask which.
    Open(Option<std::path::PathBuf>),
    Quit,
}

/// The modal dialog shown, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// Save, discard or cancel before `PendingAction`.
    Unsaved(PendingAction),
    Error {
        title: String,
        message: String,
    },
    About,
    NewOrganisation {
        name: String,
        acronym: String,
        id: String,
        kind: OrgKind,
    },
    Export(ExportForm),
    /// Someone else has the workspace open: open it read-only?
    Locked {
        path: std::path::PathBuf,
        holder: String,
    },
    /// The file on disk changed since it was loaded: how to save?
    Conflict {
        path: std::path::PathBuf,
    },
    /// Unsaved work a crashed app left behind.
    Recover(Vec<crate::storage::recovery::Found>),
    /// File › Restore a backup…
    Backups(Vec<crate::storage::backups::Backup>),
    /// A new meeting from the one shown.
    NextMeeting(NextMeetingForm),
    /// Choosing what to import.
    ImportChoice,
    ImportPreview(ImportState),
}

impl Dialog {
    pub fn new_organisation() -> Self {
        Self::NewOrganisation {
            name: String::new(),
            acronym: String::new(),
            id: String::new(),
            kind: OrgKind::NonGovernmental,
        }
    }
}

/// What the next-meeting dialog holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextMeetingForm {
    pub number: String,
    pub opening: String,
    pub closing: String,
    pub venue: String,
    pub copy_delegations: bool,
}

/// What the user chose in a dialog this frame.
enum Outcome {
    Close,
    Proceed(PendingAction),
    SaveThen(PendingAction),
    AddOrganisation(Organisation),
    Transfer(TransferOutcome),
    NextMeeting(NextMeetingForm),
    OpenReadOnly(std::path::PathBuf),
    Overwrite(std::path::PathBuf),
    SaveElsewhere,
    Reload,
    Restore(usize),
    Discard(usize),
    OpenBackup(std::path::PathBuf),
}

pub fn ui(app: &mut App, ctx: &egui::Context) {
    let Some(mut dialog) = app.dialog.take() else {
        return;
    };
    let mut outcome = None;
    let existing_ids: Vec<String> = app.workspace().organisations.keys().cloned().collect();
    let filtered = app.table.visible_len();
    let modal = egui::Modal::new(egui::Id::unique("dialog")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        match &mut dialog {
            Dialog::Unsaved(action) => {
                ui.heading(t!("dialog-save-changes"));
                let verb = match action {
                    PendingAction::New => t!("dialog-unsaved-new"),
                    PendingAction::Open(_) => t!("dialog-unsaved-open"),
                    PendingAction::Quit => t!("dialog-unsaved-quit"),
                };
                ui.label(t!(
                    "dialog-unsaved",
                    name = app.workspace().name.clone(),
                    action = verb
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t!("dialog-save")).clicked() {
                        outcome = Some(Outcome::SaveThen(action.clone()));
                    }
                    if ui.button(t!("dialog-discard")).clicked() {
                        outcome = Some(Outcome::Proceed(action.clone()));
                    }
                    if ui.button(t!("dialog-cancel")).clicked() {
                        outcome = Some(Outcome::Close);
                    }
                });
            }
            Dialog::Error { title, message } => {
                ui.heading(title.as_str());
                ui.add_space(4.0);
                ui.label(message.as_str());
                ui.add_space(8.0);
                if ui.button(t!("dialog-ok")).clicked() {
                    outcome = Some(Outcome::Close);
                }
            }
            Dialog::About => {
                ui.heading("MSP Invitations");
                ui.label(t!("about-version", version = env!("CARGO_PKG_VERSION")));
                ui.label(t!("about-text"));
                ui.add_space(8.0);
                ui.strong(t!("about-data"));
                ui.label(t!(
                    "about-sources",
                    states = reference::states().len(),
                    organisations = reference::standing_organisations().len()
                ));
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .show(ui, |ui| {
                        ui.label(RichText::new(reference::SOURCES_MD).small());
                    });
                ui.add_space(8.0);
                if ui.button(t!("dialog-close")).clicked() {
                    outcome = Some(Outcome::Close);
                }
            }
            Dialog::Export(form) => {
                outcome = transfer::export_ui(ui, form, filtered).map(Outcome::Transfer);
            }
            Dialog::Locked { path, holder } => {
                ui.heading(t!("dialog-elsewhere-title"));
                ui.label(t!("dialog-elsewhere-holder", holder = holder.clone()));
                ui.label(t!("dialog-file", path = path.display().to_string()));
                ui.label(t!("dialog-elsewhere-text"));
                ui.horizontal(|ui| {
                    if ui.button(t!("dialog-open-read-only")).clicked() {
                        outcome = Some(Outcome::OpenReadOnly(path.clone()));
                    }
                    if ui.button(t!("dialog-cancel")).clicked() {
                        outcome = Some(Outcome::Close);
                    }
                });
            }
            Dialog::Conflict { path } => {
                ui.heading(t!("dialog-conflict-title"));
                ui.label(t!("dialog-conflict-text"));
                ui.label(t!("dialog-file", path = path.display().to_string()));
                ui.horizontal(|ui| {
                    if ui.button(t!("dialog-save-elsewhere")).clicked() {
                        outcome = Some(Outcome::SaveElsewhere);
                    }
                    if ui
                        .button(t!("dialog-reload-theirs"))
                        .on_hover_text(t!("dialog-reload-hint"))
                        .clicked()
                    {
                        outcome = Some(Outcome::Reload);
                    }
                    if ui.button(t!("dialog-overwrite-theirs")).clicked() {
                        outcome = Some(Outcome::Overwrite(path.clone()));
                    }
                    if ui.button(t!("dialog-cancel")).clicked() {
                        outcome = Some(Outcome::Close);
                    }
                });
            }
            Dialog::Recover(found) => {
                ui.heading(t!("dialog-recover-title"));
                ui.label(t!("dialog-recover-text"));
                for (i, item) in found.iter().enumerate() {
                    ui.separator();
                    ui.label(crate::storage::words::recovery_summary(item));
                    ui.horizontal(|ui| {
                        if ui.button(t!("dialog-restore")).clicked() {
                            outcome = Some(Outcome::Restore(i));
                        }
                        if ui.button(t!("dialog-discard-file")).clicked() {
                            outcome = Some(Outcome::Discard(i));
                        }
                    });
                }
                ui.separator();
                if ui
                    .button(t!("dialog-decide-later"))
                    .on_hover_text(t!("dialog-decide-later-hint"))
                    .clicked()
                {
                    outcome = Some(Outcome::Close);
                }
            }
            Dialog::Backups(list) => {
                ui.heading(t!("dialog-backups-title"));
                if list.is_empty() {
                    ui.label(t!("dialog-backups-none"));
                }
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| {
                        for backup in list.iter() {
                            ui.horizontal(|ui| {
                                ui.label(super::safety::describe(backup));
                                if ui
                                    .button(t!("dialog-open"))
                                    .on_hover_text(t!("dialog-open-copy-hint"))
                                    .clicked()
                                {
                                    outcome = Some(Outcome::OpenBackup(backup.path.clone()));
                                }
                            });
                        }
                    });
                if ui.button(t!("dialog-close")).clicked() {
                    outcome = Some(Outcome::Close);
                }
            }
            Dialog::NextMeeting(form) => {
                ui.heading(t!("next-title"));
                ui.label(t!("next-text"));
                let mut valid = true;
                egui::Grid::new("next_meeting")
                    .num_columns(2)
                    .spacing([10.0, 6.0])
                    .show(ui, |ui| {
                        for (label, value, hint) in [
                            (t!("next-number"), &mut form.number, "14".to_owned()),
                            (t!("next-opening"), &mut form.opening, t!("date-hint")),
                            (t!("next-closing"), &mut form.closing, t!("date-hint")),
                            (
                                t!("next-venue"),
                                &mut form.venue,
                                "Palais des Nations, Geneva".to_owned(),
                            ),
                        ] {
                            let l = ui.label(label);
                            ui.add(
                                TextEdit::singleline(value)
                                    .hint_text(hint)
                                    .desired_width(260.0)
                                    .char_limit(crate::model::limits::MAX_NAME_CHARS),
                            )
                            .labelled_by(l.id);
                            ui.end_row();
                        }
                    });
                let opening = super::widgets::parse_date(&form.opening).ok().flatten();
                let closing = super::widgets::parse_date(&form.closing).ok().flatten();
                let problem = if form.number.trim().parse::<u32>().is_err() {
                    Some(&t!("next-bad-number"))
                } else if opening.is_none() || closing.is_none() {
                    Some(&t!("next-bad-dates"))
                } else if closing < opening {
                    Some(&t!("next-closes-before"))
                } else {
                    None
                };
                if let Some(problem) = problem {
                    valid = false;
                    ui.colored_label(ui.visuals().error_fg_color, problem);
                }
                ui.checkbox(&mut form.copy_delegations, t!("next-copy"));
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(valid, egui::Button::new(t!("next-create")))
                        .clicked()
                    {
                        outcome = Some(Outcome::NextMeeting(form.clone()));
                    }
                    if ui.button(t!("dialog-cancel")).clicked() {
                        outcome = Some(Outcome::Close);
                    }
                });
            }
            Dialog::ImportChoice => {
                outcome = transfer::import_choice_ui(ui).map(Outcome::Transfer);
            }
            Dialog::ImportPreview(state) => {
                outcome = transfer::preview_ui(ui, app.workspace(), state).map(Outcome::Transfer);
            }
            Dialog::NewOrganisation {
                name,
                acronym,
                id,
                kind,
            } => {
                ui.heading(t!("org-title"));
                ui.label(t!("org-text"));
                egui::Grid::new("new_org")
                    .num_columns(2)
                    .spacing([10.0, 6.0])
                    .show(ui, |ui| {
                        let label = ui.label(t!("org-name"));
                        ui.add(
                            TextEdit::singleline(name)
                                .desired_width(320.0)
                                .char_limit(crate::model::limits::MAX_NAME_CHARS),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                        let label = ui.label(t!("detail-acronym"));
                        ui.add(
                            TextEdit::singleline(acronym)
                                .desired_width(120.0)
                                .char_limit(crate::model::limits::MAX_NAME_CHARS),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                        let label = ui.label(t!("org-id"));
                        let suggested = suggest_id(acronym, name);
                        ui.add(
                            TextEdit::singleline(id)
                                .hint_text(suggested)
                                .desired_width(120.0)
                                .char_limit(crate::model::limits::MAX_NAME_CHARS),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                        let label = ui.label(t!("detail-kind"));
                        egui::ComboBox::from_id_salt("new_org_kind")
                            .selected_text(crate::model::words::org_kind(*kind))
                            .show_ui(ui, |ui| {
                                for k in OrgKind::ALL {
                                    ui.selectable_value(kind, k, crate::model::words::org_kind(k));
                                }
                            })
                            .response
                            .labelled_by(label.id);
                        ui.end_row();
                    });
                let final_id = if id.trim().is_empty() {
                    suggest_id(acronym, name)
                } else {
                    id.trim().to_owned()
                };
                let problem = if name.trim().is_empty() {
                    Some(t!("org-need-name"))
                } else if final_id.is_empty() {
                    Some(t!("org-need-id"))
                } else if existing_ids.contains(&final_id)
                    || reference::standing_organisation(&final_id).is_some()
                {
                    Some(t!("org-id-taken", id = final_id.clone()))
                } else {
                    None
                };
                if let Some(problem) = &problem {
                    ui.colored_label(ui.visuals().error_fg_color, problem);
                }
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(problem.is_none(), egui::Button::new(t!("org-add")))
                        .clicked()
                    {
                        outcome = Some(Outcome::AddOrganisation(Organisation {
                            id: final_id.clone(),
                            name: name.trim().to_owned(),
                            acronym: acronym.trim().to_owned(),
                            kind: *kind,
                        }));
                    }
                    if ui.button(t!("dialog-cancel")).clicked() {
                        outcome = Some(Outcome::Close);
                    }
                });
            }
        }
    });
    if outcome.is_none() && modal.should_close() {
        outcome = Some(Outcome::Close);
    }
    match outcome {
        None => app.dialog = Some(dialog),
        Some(Outcome::Close) => {}
        Some(Outcome::Proceed(action)) => commands::proceed(app, ctx, action),
        Some(Outcome::SaveThen(action)) => {
            if commands::save(app, ctx) {
                commands::proceed(app, ctx, action);
            }
        }
        Some(Outcome::AddOrganisation(org)) => add_organisation(app, org),
        Some(Outcome::OpenReadOnly(path)) => {
            app.open_read_only(&path);
        }
        Some(Outcome::Overwrite(path)) => {
            app.save_checked(&path, true);
        }
        Some(Outcome::SaveElsewhere) => {
            app.request(super::UiCommand::SaveAs);
        }
        Some(Outcome::Reload) => {
            app.reload_from_disk();
        }
        Some(Outcome::Restore(i)) => {
            if let Dialog::Recover(found) = &dialog
                && let Some(item) = found.get(i).cloned()
            {
                app.restore_recovery(&item);
                let rest: Vec<_> = found
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, f)| f.clone())
                    .collect();
                if !rest.is_empty() {
                    app.dialog = Some(Dialog::Recover(rest));
                }
            }
        }
        Some(Outcome::Discard(i)) => {
            if let Dialog::Recover(found) = &dialog
                && let Some(item) = found.get(i)
            {
                app.discard_recovery(item);
                let rest: Vec<_> = found
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, f)| f.clone())
                    .collect();
                if !rest.is_empty() {
                    app.dialog = Some(Dialog::Recover(rest));
                }
            }
        }
        Some(Outcome::OpenBackup(path)) => {
            app.open_backup(&path);
        }
        Some(Outcome::NextMeeting(form)) => {
            if !app.create_next_meeting(&form) {
                app.dialog = Some(Dialog::NextMeeting(form));
            }
        }
        Some(Outcome::Transfer(outcome)) => {
            app.dialog = Some(dialog);
            transfer_outcome(app, outcome);
        }
    }
}

/// Carries out what the user chose in the Export or Import dialog; file pickers are only here.
fn transfer_outcome(app: &mut App, outcome: TransferOutcome) {
    match outcome {
        TransferOutcome::Close => app.dialog = None,
        TransferOutcome::PickExportPath => {
            let Some(Dialog::Export(form)) = &app.dialog else {
                return;
            };
            let stem = app.meeting().map_or("export".to_owned(), |m| {
                format!("{} {}", m.short_name, form.list.cli_name())
            });
            let picked = rfd::FileDialog::new()
                .set_title(t!("xfer-export-title"))
                .add_filter(form.format.label(), &[form.format.extension()])
                .set_file_name(format!("{stem}.{}", form.format.extension()))
                .save_file();
            if let Some(path) = picked {
                app.start_export(&path);
            }
        }
        TransferOutcome::PickSince => {
            let picked = rfd::FileDialog::new()
                .set_title(t!("xfer-earlier-title"))
                .add_filter(t!("xfer-earlier-filter"), &["ron", "csv", "xlsx"])
                .pick_file();
            if let (Some(path), Some(Dialog::Export(form))) = (picked, &mut app.dialog) {
                form.since = path.display().to_string();
            }
        }
        TransferOutcome::PickImportFile(kind) => {
            let picked = rfd::FileDialog::new()
                .set_title(t!("xfer-import-of", what = kind.label().to_lowercase()))
                .add_filter(t!("xfer-csv-excel"), &["csv", "txt", "xlsx"])
                .pick_file();
            if let Some(path) = picked {
                app.start_import_preview(&path, kind);
            }
        }
        TransferOutcome::Import => {
            app.apply_import();
        }
    }
}

/// A lower-case id from the acronym, else the name's initials.
fn suggest_id(acronym: &str, name: &str) -> String {
    let base: String = if acronym.trim().is_empty() {
        name.split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect()
    } else {
        acronym.to_owned()
    };
    base.chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Adds the organisation and makes it an invitee of the meeting shown, with a Rule 1.4 request to fill in,
/// as one undo step; then selects it.
fn add_organisation(app: &mut App, mut org: Organisation) {
    use crate::model::limits::clean_line;
    org.name = clean_line(&org.name).trim().to_owned();
    org.acronym = clean_line(&org.acronym).trim().to_owned();
    org.id = clean_line(&org.id).trim().to_owned();
    let id = EntityId::Org(org.id.clone());
    let edit = Edit::Batch(vec![
        Edit::PutOrganisation {
            id: org.id.clone(),
            value: Some(org.clone()),
        },
        Edit::PutInvitee {
            meeting: app.meeting_index(),
            id: id.clone(),
            value: Some(Invitee {
                observer_request: Some(ObserverRequest::default()),
                ..Invitee::default()
            }),
        },
    ]);
    if app.edit(edit) {
        app.table.reveal(&id);
        app.notice = Some(t!("org-added", name = org.name.clone()));
    }
}
