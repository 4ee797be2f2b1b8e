//! Letters as e-mail, in the Letters view: who messages are from (and who is copied, where replies go),
//! the cover text above the attached letter in each language, saving the messages as `.eml` drafts or
//! sending them (the Send dialog asks for the mail server), and the outbox: each message of the meeting
//! with its state, the failed ones a click from being sent again, and the unknown ones (a batch
//! interrupted before the server answered) sent again only by a deliberate choice.

use egui::{RichText, TextEdit, Ui};

use super::action::Action;
use super::dialogs::{batch_summary, left_out};
use super::files::{Ask, PickKind, Purpose};
use super::letters_state::LettersState;
use super::view::Cx;
use crate::edit::Edit;
use crate::exchange::mail::cover;
use crate::model::{MailKind, MailRecord, MailState, Settings};

use crate::t;

/// The E-mail section of the Letters view; returns what its fields and buttons ask for (an edit of the
/// mail settings, a folder for drafts, the Send dialog).
pub fn ui(ui: &mut Ui, cx: &Cx, state: &mut LettersState) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.add_space(12.0);
    ui.separator();
    ui.heading(t!("mail-title"));
    ui.label(RichText::new(t!("mail-settings-note")).weak());
    let mut settings = cx.workspace.settings.clone();
    let mut typed = false;
    egui::Grid::new("mail_settings")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for (label, value, hint) in [
                (
                    t!("mail-from"),
                    &mut settings.mail.from,
                    t!("mail-from-hint"),
                ),
                (t!("mail-cc"), &mut settings.mail.cc, String::new()),
                (
                    t!("mail-reply-to"),
                    &mut settings.mail.reply_to,
                    String::new(),
                ),
            ] {
                let label = ui.label(label);
                typed |= ui
                    .add(
                        TextEdit::singleline(value)
                            .hint_text(hint)
                            .desired_width(420.0)
                            .char_limit(crate::model::limits::MAX_NAME_CHARS),
                    )
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
            }
        });
    let mut restored = false;
    cover_editor(ui, state, &mut settings, &mut typed, &mut restored);
    if typed || restored {
        let edit = Edit::SetWorkspaceInfo {
            name: cx.workspace.name.clone(),
            settings: clean(settings),
        };
        actions.push(if typed {
            Action::EditTyped(edit, "letters/mail".to_owned())
        } else {
            Action::Edit(edit)
        });
    }
    ui.add_space(6.0);
    actions.extend(batch_buttons(ui, cx, state));
    ui.add_space(8.0);
    actions.extend(outbox(ui, cx));
    actions
}

/// The settings with what was typed cleaned (invisible characters out).
fn clean(mut settings: Settings) -> Settings {
    let mail = &mut settings.mail;
    for value in [&mut mail.from, &mut mail.cc, &mut mail.reply_to] {
        *value = crate::model::limits::clean(value);
    }
    settings
}

/// The cover text of one kind of message, in the language of the template shown above.
fn cover_editor(
    ui: &mut Ui,
    state: &mut LettersState,
    settings: &mut Settings,
    typed: &mut bool,
    restored: &mut bool,
) {
    let lang = state.form.template_lang;
    let kind = state.mail.cover_kind.unwrap_or(MailKind::Invitation);
    ui.horizontal(|ui| {
        let label = ui.strong(t!("mail-cover"));
        egui::ComboBox::from_id_salt("mail_cover_kind")
            .selected_text(kind_label(kind))
            .show_ui(ui, |ui| {
                for choice in MailKind::ALL {
                    if ui
                        .selectable_label(choice == kind, kind_label(choice))
                        .clicked()
                    {
                        state.mail.cover_kind = Some(choice);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.label(RichText::new(lang.native_name()).weak());
        if settings.mail.cover.contains_key(&(lang, kind)) {
            ui.label(RichText::new(t!("let-your-text")).weak());
            if ui.button(t!("let-restore")).clicked() {
                settings.mail.cover.remove(&(lang, kind));
                *restored = true;
            }
        } else {
            ui.label(RichText::new(t!("let-builtin-text")).weak());
        }
    });
    let mut text = settings
        .mail
        .cover
        .get(&(lang, kind))
        .cloned()
        .unwrap_or_else(|| cover::builtin(lang, kind));
    let before = text.clone();
    egui::Grid::new("mail_cover")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(t!("mail-subject"));
            ui.add(
                TextEdit::singleline(&mut text.subject)
                    .desired_width(600.0)
                    .char_limit(crate::model::limits::MAX_NAME_CHARS),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(t!("mail-body"));
            ui.add(
                TextEdit::multiline(&mut text.body)
                    .desired_rows(4)
                    .desired_width(600.0)
                    .char_limit(crate::model::limits::MAX_TEXT_CHARS),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    ui.label(RichText::new(t!("mail-placeholders")).small());
    if text != before {
        text.subject = crate::model::limits::clean(&text.subject);
        text.body = crate::model::limits::clean(&text.body);
        settings.mail.cover.insert((lang, kind), text);
        *typed = true;
    }
}

fn kind_label(kind: MailKind) -> String {
    match kind {
        MailKind::Invitation => t!("mail-kind-invitation"),
        MailKind::Reminder => t!("mail-kind-reminder"),
    }
}

/// Drafts, sending, reminders: each says first who is left out.
fn batch_buttons(ui: &mut Ui, cx: &Cx, state: &LettersState) -> Vec<Action> {
    let mut actions = Vec::new();
    let job = state.mail_job(cx, MailKind::Invitation, None, false);
    match &job {
        Ok(job) => {
            ui.label(RichText::new(batch_summary(job)).strong());
            left_out(ui, job);
        }
        Err(err) => {
            ui.label(
                RichText::new(super::words::prepare_error(&err.0))
                    .color(ui.visuals().warn_fg_color),
            );
        }
    }
    // Whatever stops printed letters stops these; the list above the Generate button says what.
    let ready = job
        .as_ref()
        .is_ok_and(|j| !j.messages.is_empty() && !j.blocked());
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ready, egui::Button::new(t!("mail-drafts")))
            .clicked()
        {
            actions.push(Action::Ask(Ask {
                purpose: Purpose::Drafts,
                kind: PickKind::Folder,
                title: t!("mail-drafts-folder"),
                filter: None,
                file_name: None,
            }));
        }
        if ui
            .add_enabled(ready, egui::Button::new(t!("mail-send")))
            .clicked()
        {
            actions.push(Action::OpenSend(MailKind::Invitation, None, false));
        }
        let reminders = state
            .mail_job(cx, MailKind::Reminder, None, false)
            .map_or(0, |j| j.messages.len());
        if ui
            .add_enabled(
                reminders > 0,
                egui::Button::new(t!("mail-send-reminders", count = reminders)),
            )
            .clicked()
        {
            actions.push(Action::OpenSend(MailKind::Reminder, None, false));
        }
    });
    actions
}

/// Every message of the meeting, newest first, and what can be done about those that did not go.
fn outbox(ui: &mut Ui, cx: &Cx) -> Option<Action> {
    let meeting = cx.meeting?;
    let mut asked = None;
    let mut rows: Vec<(String, MailRecord)> = meeting
        .outbox
        .iter()
        .flat_map(|(id, records)| {
            let name = cx.name_of(id);
            records.iter().map(move |r| (name.clone(), r.clone()))
        })
        .collect();
    rows.sort_by(|a, b| {
        b.1.state
            .at()
            .cmp(&a.1.state.at())
            .then_with(|| a.0.cmp(&b.0))
    });
    ui.strong(t!("mail-outbox", count = rows.len()));
    if rows.is_empty() {
        ui.label(RichText::new(t!("mail-outbox-empty")).weak());
        return None;
    }
    let failed = crate::session::candidates(meeting, MailKind::Invitation, false);
    let unknown = crate::session::candidates(meeting, MailKind::Invitation, true);
    ui.horizontal(|ui| {
        if !failed.is_empty()
            && ui
                .button(t!("mail-retry-failed", count = failed.len()))
                .clicked()
        {
            asked = Some(Action::OpenSend(
                MailKind::Invitation,
                Some(failed.clone()),
                false,
            ));
        }
        if !unknown.is_empty()
            && ui
                .button(t!("mail-send-unknown", count = unknown.len()))
                .on_hover_text(t!("mail-unknown-help"))
                .clicked()
        {
            asked = Some(Action::OpenSend(
                MailKind::Invitation,
                Some(unknown.clone()),
                true,
            ));
        }
    });
    outbox_table(ui, &rows);
    asked
}

/// The outbox's messages, a row each: the invitee, the kind, to whom, the state and its detail.
fn outbox_table(ui: &mut Ui, rows: &[(String, MailRecord)]) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    egui_extras::TableBuilder::new(ui)
        .id_salt("outbox")
        .striped(true)
        .max_scroll_height(320.0)
        .column(egui_extras::Column::initial(170.0).clip(true))
        .column(egui_extras::Column::initial(90.0).clip(true))
        .column(egui_extras::Column::initial(200.0).clip(true))
        .column(egui_extras::Column::initial(170.0).clip(true))
        .column(egui_extras::Column::remainder().at_least(200.0).clip(true))
        .header(row_height, |mut header| {
            for title in [
                t!("mail-col-invitee"),
                t!("mail-col-kind"),
                t!("mail-col-to"),
                t!("mail-col-state"),
                t!("mail-col-detail"),
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let (name, record) = &rows[row.index()];
                let (state, detail, warn) = state_words(record);
                row.col(|ui| {
                    ui.label(name);
                });
                row.col(|ui| {
                    ui.label(kind_label(record.kind));
                });
                row.col(|ui| {
                    ui.label(&record.to);
                });
                row.col(|ui| {
                    if warn {
                        ui.colored_label(ui.visuals().warn_fg_color, state);
                    } else {
                        ui.label(state);
                    }
                });
                row.col(|ui| {
                    ui.label(RichText::new(&detail).weak())
                        .on_hover_text(format!(
                            "{detail}\n{}",
                            t!("mail-message-id", id = record.message_id.clone())
                        ));
                });
            });
        });
}

/// The messages to one invitee, under its invitation in the detail panel: what went, when, to whom.
pub fn messages_of(ui: &mut Ui, records: &[MailRecord]) {
    for record in records {
        let (state, detail, warn) = state_words(record);
        let line = t!(
            "mail-on-invitation",
            kind = kind_label(record.kind),
            state = state,
            to = record.to.clone()
        );
        let text = if warn {
            RichText::new(line).color(ui.visuals().warn_fg_color)
        } else {
            RichText::new(line).weak()
        };
        ui.label(text).on_hover_text(format!(
            "{detail}\n{}",
            t!("mail-message-id", id = record.message_id.clone())
        ));
    }
}

/// A message's state in words, what the server said (or where the draft is), and whether it needs the
/// user's attention.
fn state_words(record: &MailRecord) -> (String, String, bool) {
    let at = |m: &crate::model::Moment| m.format("%Y-%m-%d %H:%M").to_string();
    match &record.state {
        MailState::Drafted { at: when, file } => {
            (t!("mail-state-drafted", at = at(when)), file.clone(), false)
        }
        MailState::Sent { at: when, reply } => {
            (t!("mail-state-sent", at = at(when)), reply.clone(), false)
        }
        MailState::Failed { at: when, reason } => {
            (t!("mail-state-failed", at = at(when)), reason.clone(), true)
        }
        MailState::Sending { since } | MailState::Unknown { since } => (
            t!("mail-state-unknown", at = at(since)),
            t!("mail-unknown-help"),
            true,
        ),
    }
}
