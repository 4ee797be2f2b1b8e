//! Actions on several invitees at once: mark as invited, record a reminder, set a reply. Each is one edit,
//! so one undo step, however many invitees it touches.

use egui::{RichText, TextEdit, Ui};

use super::action::Action;
use super::table::TableState;
use super::view::Cx;
use crate::edit::Edit;
use crate::model::words;
use crate::model::{Channel, Date, EntityId, Invitation, InvitationStatus, Reply};
use crate::t;

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

/// The edit that applies `change` to the invitation of every selected invitee, as one undo step, and
/// what the status bar says of it (`said`, given how many changed); nothing when none would change.
fn apply_to_selection(
    cx: &Cx,
    selection: &std::collections::BTreeSet<EntityId>,
    change: impl Fn(&mut Invitation),
    said: impl FnOnce(usize) -> String,
) -> Vec<Action> {
    let Some(meeting) = cx.meeting else {
        return Vec::new();
    };
    let meeting_index = meeting.id.clone();
    let mut edits = Vec::new();
    for id in selection.iter().cloned() {
        let Some(invitee) = meeting.invitees.get(&id) else {
            continue;
        };
        let mut new = invitee.clone();
        change(&mut new.invitation);
        if new != *invitee {
            edits.push(Edit::PutInvitee {
                meeting: meeting_index.clone(),
                id,
                value: Some(new),
            });
        }
    }
    let count = edits.len();
    let mut actions = Vec::new();
    if count > 0 {
        actions.push(Action::Edit(Edit::Batch(edits)));
    }
    actions.push(Action::Say(said(count), Vec::new()));
    actions
}

fn date_field(ui: &mut Ui, label: &str, text: &mut String) -> Result<Option<Date>, String> {
    ui.horizontal(|ui| {
        let label_response = ui.label(label);
        super::widgets::date_text(ui, label, text, label_response.id)
    })
    .inner
}

/// The panel for the invitees selected in `table`; returns the edit a button makes and what it says.
pub fn ui(ui: &mut Ui, cx: &Cx, table: &TableState, draft: &mut BulkDraft) -> Vec<Action> {
    let selection = table.selection();
    ui.heading(t!("bulk-selected", count = selection.len()));
    ui.label(RichText::new(t!("bulk-note")).weak());
    let mut actions = mark_invited(ui, cx, selection, draft);
    actions.extend(record_reminder(ui, cx, selection, draft));
    actions.extend(set_reply(ui, cx, selection, draft));
    actions
}

/// The invitees selected.
type Selection = std::collections::BTreeSet<EntityId>;

/// Mark as invited: the day sent, the channel, the reference.
fn mark_invited(ui: &mut Ui, cx: &Cx, selection: &Selection, draft: &mut BulkDraft) -> Vec<Action> {
    let count = selection.len();
    ui.add_space(8.0);
    ui.strong(t!("bulk-mark-invited"));
    let sent = date_field(ui, &t!("detail-sent-on"), &mut draft.sent);
    ui.horizontal(|ui| {
        let label = ui.label(t!("detail-channel"));
        egui::ComboBox::from_id_salt("bulk_channel")
            .selected_text(words::channel(draft.channel))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut draft.channel, None, words::channel(None));
                for channel in Channel::ALL {
                    ui.selectable_value(
                        &mut draft.channel,
                        Some(channel),
                        words::channel(Some(channel)),
                    );
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.label(t!("detail-reference"));
        ui.add(
            TextEdit::singleline(&mut draft.reference)
                .id_salt("bulk_reference")
                .char_limit(crate::model::limits::MAX_NAME_CHARS),
        )
        .labelled_by(label.id);
    });
    let sent_day = sent.as_ref().ok().copied().flatten();
    if ui
        .add_enabled(
            sent_day.is_some(),
            egui::Button::new(t!("bulk-mark-button", count = count)),
        )
        .on_disabled_hover_text(t!("bulk-need-day"))
        .clicked()
        && let Some(day) = sent_day
    {
        let (channel, reference) = (draft.channel, draft.reference.clone());
        return apply_to_selection(
            cx,
            selection,
            |inv| {
                inv.status = InvitationStatus::Invited;
                inv.sent = Some(day);
                inv.channel = channel;
                inv.reference.clone_from(&reference);
            },
            |n| t!("bulk-marked", count = n, date = day.to_string()),
        );
    }

    Vec::new()
}

/// Record a reminder sent on a day.
fn record_reminder(
    ui: &mut Ui,
    cx: &Cx,
    selection: &Selection,
    draft: &mut BulkDraft,
) -> Vec<Action> {
    let count = selection.len();
    ui.add_space(12.0);
    ui.strong(t!("bulk-record-reminder"));
    let reminder = date_field(ui, &t!("bulk-reminder-on"), &mut draft.reminder);
    let reminder_day = reminder.as_ref().ok().copied().flatten();
    if ui
        .add_enabled(
            reminder_day.is_some(),
            egui::Button::new(t!("bulk-reminder-button", count = count)),
        )
        .clicked()
        && let Some(day) = reminder_day
    {
        return apply_to_selection(
            cx,
            selection,
            |inv| {
                if !inv.reminders.contains(&day) {
                    inv.reminders.push(day);
                }
            },
            |n| t!("bulk-recorded", count = n, date = day.to_string()),
        );
    }

    Vec::new()
}

/// Set the reply, and the day it came.
fn set_reply(ui: &mut Ui, cx: &Cx, selection: &Selection, draft: &mut BulkDraft) -> Vec<Action> {
    let count = selection.len();
    ui.add_space(12.0);
    ui.strong(t!("bulk-set-reply"));
    ui.horizontal(|ui| {
        let label = ui.label(t!("detail-reply"));
        egui::ComboBox::from_id_salt("bulk_reply")
            .selected_text(draft.reply.map_or_else(|| t!("bulk-choose"), words::reply))
            .show_ui(ui, |ui| {
                for reply in Reply::ALL {
                    ui.selectable_value(&mut draft.reply, Some(reply), words::reply(reply));
                }
            })
            .response
            .labelled_by(label.id);
    });
    let reply_date = date_field(ui, &t!("detail-reply-on"), &mut draft.reply_date);
    if ui
        .add_enabled(
            draft.reply.is_some() && reply_date.is_ok(),
            egui::Button::new(t!("bulk-reply-button", count = count)),
        )
        .clicked()
        && let (Some(reply), Ok(day)) = (draft.reply, reply_date)
    {
        return apply_to_selection(
            cx,
            selection,
            |inv| {
                inv.reply = reply;
                inv.reply_date = day;
            },
            |n| {
                t!(
                    "bulk-replied",
                    count = n,
                    reply = words::reply(reply).to_lowercase()
                )
            },
        );
    }
    Vec::new()
}
