//! Send by e-mail…: who the batch goes to and who it leaves out (no address, already sent, unknown), and
//! the office's mail server: host, port, protection, user and password. The server is remembered with
//! the app's preferences; the password only for as long as the app runs, never in a file.

use egui::Ui;

use super::Outcome;
use crate::app::widgets::labelled_text;
use crate::exchange::mail::{MailJob, Security};
use crate::model::{EntityId, MailKind, MailState};
use crate::t;
use egui::RichText;

/// What the Send dialog holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SendForm {
    pub kind: MailKind,
    /// Only these invitees (the failed ones, say), when set.
    pub only: Option<Vec<EntityId>>,
    /// Send again to those whose message's fate is unknown: a deliberate choice, never a default.
    pub send_unknown_again: bool,
    pub host: String,
    pub port: String,
    pub security: Security,
    pub user: String,
    pub password: String,
    /// Attach each invitee's registration form beside its letter.
    pub with_form: bool,
    /// Why the last try did not start.
    pub error: Option<crate::app::errors::Shared<crate::app::errors::SendError>>,
}

impl SendForm {
    /// The port as typed, when it is one.
    pub fn port_number(&self) -> Option<u16> {
        self.port.trim().parse().ok().filter(|&p| p > 0)
    }
}

fn security_label(security: Security) -> String {
    match security {
        Security::StartTls => t!("send-starttls"),
        Security::Tls => t!("send-tls"),
        Security::None => t!("send-plain"),
    }
}

pub(super) fn ui(ui: &mut Ui, form: &mut SendForm, dcx: &super::DialogCx<'_>) -> Option<Outcome> {
    let mut outcome = None;
    super::title(
        ui,
        match form.kind {
            MailKind::Invitation => t!("send-title"),
            MailKind::Reminder => t!("send-title-reminders"),
        },
    );
    let job = dcx.letters.mail_job(
        &dcx.cx,
        form.kind,
        form.only.clone(),
        form.send_unknown_again,
    );
    let count = match &job {
        Ok(job) => {
            ui.label(egui::RichText::new(batch_summary(job)).strong());
            left_out(ui, job);
            for issue in job.issues.iter().filter(|i| i.blocking) {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    issue
                        .text
                        .in_lang_for(dcx.cx.workspace, crate::i18n::language()),
                );
            }
            if job.blocked() { 0 } else { job.messages.len() }
        }
        Err(err) => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                crate::app::words::prepare_error(&err.0),
            );
            0
        }
    };
    if form.only.is_some() && form.send_unknown_again {
        ui.checkbox(&mut form.send_unknown_again, t!("send-unknown-again"));
        ui.label(egui::RichText::new(t!("mail-unknown-help")).small());
    }
    if form.kind == MailKind::Invitation {
        ui.checkbox(&mut form.with_form, t!("send-with-form"))
            .on_hover_text(t!("send-with-form-hint"));
    }
    ui.add_space(6.0);
    server_rows(ui, form);
    ui.label(egui::RichText::new(t!("send-password-note")).small().weak());
    if form.port_number().is_none() {
        ui.colored_label(ui.visuals().error_fg_color, t!("send-bad-port"));
    }
    if let Some(error) = &form.error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            crate::app::words::send_error(dcx.cx.workspace, &error.0),
        );
    }
    ui.add_space(8.0);
    let ready = count > 0 && !form.host.trim().is_empty() && form.port_number().is_some();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ready, egui::Button::new(t!("send-button", count = count)))
            .clicked()
        {
            outcome = Some(Outcome::SendMail);
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}

/// The mail server: host, protection (the usual port following it until another is typed), port, user
/// and password.
fn server_rows(ui: &mut Ui, form: &mut SendForm) {
    egui::Grid::new("send_server")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            labelled_text(
                ui,
                &t!("send-host"),
                &mut form.host,
                300.0,
                "smtp.example.org",
            );
            let before = form.security;
            let label = ui.label(t!("send-security"));
            egui::ComboBox::from_id_salt("send_security")
                .selected_text(security_label(form.security))
                .width(300.0)
                .show_ui(ui, |ui| {
                    for choice in [Security::StartTls, Security::Tls, Security::None] {
                        ui.selectable_value(&mut form.security, choice, security_label(choice));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            // The usual port follows the protection until the user types another.
            if form.security != before && form.port_number() == Some(before.usual_port()) {
                form.port = form.security.usual_port().to_string();
            }
            labelled_text(ui, &t!("send-port"), &mut form.port, 80.0, "");
            labelled_text(ui, &t!("send-user"), &mut form.user, 300.0, "");
            let label = ui.label(t!("send-password"));
            ui.add(
                egui::TextEdit::singleline(&mut form.password)
                    .password(true)
                    .desired_width(300.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
}

/// "12 messages to States Parties, from …".
pub fn batch_summary(job: &MailJob) -> String {
    t!(
        "mail-batch",
        count = job.messages.len(),
        from = job.settings.from.clone()
    )
}

/// Who the batch leaves out, and why.
pub fn left_out(ui: &mut Ui, job: &MailJob) {
    if !job.without_address.is_empty() {
        // A long list folds away under its count: the officer opens it to see who.
        let names: Vec<&str> = job
            .without_address
            .iter()
            .map(|(_, n)| n.as_str())
            .collect();
        let title = RichText::new(t!("mail-no-address", count = names.len()))
            .color(ui.visuals().warn_fg_color);
        egui::CollapsingHeader::new(title)
            .id_salt("mail_no_address")
            .default_open(names.len() <= 8)
            .show(ui, |ui| {
                ui.label(names.join(", "));
            });
    }
    if !job.unwritable.is_empty() {
        let lines: Vec<String> = job
            .unwritable
            .iter()
            .map(|(_, name, field, fault)| {
                crate::exchange::words::mail_error(&crate::exchange::mail::MailError::Header {
                    invitee: name.clone(),
                    field: *field,
                    fault: *fault,
                })
            })
            .collect();
        let title = RichText::new(t!("mail-unwritable", count = lines.len()))
            .color(ui.visuals().error_fg_color);
        egui::CollapsingHeader::new(title)
            .id_salt("mail_unwritable")
            .default_open(true)
            .show(ui, |ui| {
                for line in lines {
                    ui.label(line);
                }
            });
    }
    let sent: Vec<&str> = job
        .held
        .iter()
        .filter(|(_, _, r)| matches!(r.state, MailState::Sent { .. }))
        .map(|(_, n, _)| n.as_str())
        .collect();
    if !sent.is_empty() {
        ui.label(
            RichText::new(t!(
                "mail-already-sent",
                count = sent.len(),
                names = sent.join(", ")
            ))
            .weak(),
        );
    }
    let unknown: Vec<&str> = job
        .held
        .iter()
        .filter(|(_, _, r)| !matches!(r.state, MailState::Sent { .. }))
        .map(|(_, n, _)| n.as_str())
        .collect();
    if !unknown.is_empty() {
        ui.label(
            RichText::new(t!(
                "mail-held-unknown",
                count = unknown.len(),
                names = unknown.join(", ")
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
}
