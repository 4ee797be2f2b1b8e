//! Actions on several invitees at once: mark as invited, record a reminder, set a reply. Each is one edit,
//! so one undo step, however many invitees it touches.

use egui::{RichText, TextEdit, Ui};

use super::App;
use super::widgets::parse_date;
use crate::edit::Edit;
use crate::model::{Channel, Date, EntityId, Invitation, InvitationStatus, Reply};

/// What the bulk form holds between frames.
#[derive(Clone, Debug, Default)]
pub struct BulkDraft {
    pub sent: String,
    pub channel: Option<Channel>,
    pub reference: String,
    pub reminder: String,
    pub reply: Option<Reply>,
    pub reply_date: String,
}

/// Applies `change` to the invitation of every selected invitee, as one undo step. Returns how many
/// changed.
fn apply_to_selection(app: &mut App, change: impl Fn(&mut Invitation)) -> usize {
    let meeting_index = app.meeting_index();
    let Some(meeting) = app.meeting() else {
        return 0;
    };
    let ids: Vec<EntityId> = app.table.selection().iter().cloned().collect();
    let mut edits = Vec::new();
    for id in ids {
        let Some(invitee) = meeting.invitees.get(&id) else {
            continue;
        };
        let mut new = invitee.clone();
        change(&mut new.invitation);
        if new != *invitee {
            edits.push(Edit::PutInvitee {
                meeting: meeting_index,
                id,
                value: Some(new),
            });
        }
    }
    let count = edits.len();
    if count > 0 {
        app.edit(Edit::Batch(edits));
    }
    count
}

fn date_field(ui: &mut Ui, label: &str, text: &mut String) -> Result<Option<Date>, String> {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        ui.add(
            TextEdit::singleline(text)
                .id_salt(("bulk", label.id))
                .hint_text("YYYY-MM-DD")
                .desired_width(100.0),
        )
        .labelled_by(label.id);
        let parsed = parse_date(text);
        if let Err(reason) = &parsed {
            ui.colored_label(ui.visuals().error_fg_color, reason);
        }
        parsed
    })
    .inner
}

pub fn ui(app: &mut App, ui: &mut Ui) {
    let count = app.table.selection().len();
    let mut draft = std::mem::take(&mut app.bulk);
    ui.heading(format!("{count} invitees selected"));
    ui.label(
        RichText::new("What you do here applies to all of them, as one step that Ctrl+Z undoes.")
            .weak(),
    );

    ui.add_space(8.0);
    ui.strong("Mark as invited");
    let sent = date_field(ui, "Sent on", &mut draft.sent);
    ui.horizontal(|ui| {
        let label = ui.label("Channel");
        egui::ComboBox::from_id_salt("bulk_channel")
            .selected_text(draft.channel.map_or("—", Channel::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut draft.channel, None, "—");
                for channel in Channel::ALL {
                    ui.selectable_value(&mut draft.channel, Some(channel), channel.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.label("Reference");
        ui.add(TextEdit::singleline(&mut draft.reference).id_salt("bulk_reference"))
            .labelled_by(label.id);
    });
    let sent_day = sent.as_ref().ok().copied().flatten();
    if ui
        .add_enabled(
            sent_day.is_some(),
            egui::Button::new(format!("Mark {count} as invited")),
        )
        .on_disabled_hover_text("Enter the day the invitations were sent")
        .clicked()
        && let Some(day) = sent_day
    {
        let (channel, reference) = (draft.channel, draft.reference.clone());
        let n = apply_to_selection(app, |inv| {
            inv.status = InvitationStatus::Invited;
            inv.sent = Some(day);
            inv.channel = channel;
            inv.reference.clone_from(&reference);
        });
        app.notice = Some(format!("Marked {n} invitees as invited on {day}"));
    }

    ui.add_space(12.0);
    ui.strong("Record a reminder");
    let reminder = date_field(ui, "Reminder sent on", &mut draft.reminder);
    let reminder_day = reminder.as_ref().ok().copied().flatten();
    if ui
        .add_enabled(
            reminder_day.is_some(),
            egui::Button::new(format!("Record reminder for {count}")),
        )
        .clicked()
        && let Some(day) = reminder_day
    {
        let n = apply_to_selection(app, |inv| {
            if !inv.reminders.contains(&day) {
                inv.reminders.push(day);
            }
        });
        app.notice = Some(format!("Recorded a reminder of {day} for {n} invitees"));
    }

    ui.add_space(12.0);
    ui.strong("Set the reply");
    ui.horizontal(|ui| {
        let label = ui.label("Reply");
        egui::ComboBox::from_id_salt("bulk_reply")
            .selected_text(draft.reply.map_or("Choose…", Reply::label))
            .show_ui(ui, |ui| {
                for reply in Reply::ALL {
                    ui.selectable_value(&mut draft.reply, Some(reply), reply.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    let reply_date = date_field(ui, "Received on", &mut draft.reply_date);
    if ui
        .add_enabled(
            draft.reply.is_some() && reply_date.is_ok(),
            egui::Button::new(format!("Set reply for {count}")),
        )
        .clicked()
        && let (Some(reply), Ok(day)) = (draft.reply, reply_date)
    {
        let n = apply_to_selection(app, |inv| {
            inv.reply = reply;
            inv.reply_date = day;
        });
        app.notice = Some(format!(
            "Set the reply of {n} invitees to {}",
            reply.label().to_lowercase()
        ));
    }
    app.bulk = draft;
}
