//! The Letters view: templates per kind of invitee (editable, saved in the workspace), and generating the
//! letters as one PDF, a PDF per invitee, or a mail-merge CSV, optionally marking the invitees as invited
//! with their references as one undo step.

use std::path::Path;

use egui::{RichText, TextEdit, Ui};

use super::App;
use super::widgets::parse_date;
use crate::edit::Edit;
use crate::exchange::LetterOptions;
use crate::exchange::letters::{self, LettersJob, LettersOutput, TemplateKind};

use crate::t;

/// What the Letters view is set to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LettersForm {
    pub kind: TemplateKind,
    /// The letters' date, as typed; empty until the view is first shown (then today).
    pub date: String,
    pub first_number: String,
    pub only_uninvited: bool,
    pub mark_invited: bool,
    pub per_invitee: bool,
}

impl Default for LettersForm {
    fn default() -> Self {
        Self {
            kind: TemplateKind::StatesParties,
            date: String::new(),
            first_number: "1".to_owned(),
            only_uninvited: true,
            mark_invited: true,
            per_invitee: false,
        }
    }
}

impl App {
    /// The letter options the Letters view is set to, or why the first number is not one.
    pub(crate) fn letter_options(&self) -> Result<LetterOptions, String> {
        Ok(LetterOptions {
            kind: Some(self.letters_form.kind),
            only_uninvited: self.letters_form.only_uninvited,
            reference_prefix: self.workspace().settings.reference_prefix.clone(),
            first_number: parse_first_number(&self.letters_form.first_number)?,
        })
    }

    /// The Letters view's form, for tests and the view.
    pub fn letters_form_mut(&mut self) -> &mut LettersForm {
        &mut self.letters_form
    }

    /// Starts writing the letters the Letters view is set to, on the worker thread (a progress bar with
    /// Cancel shows meanwhile): one PDF at `path`, or with "a PDF per invitee", one file each in the folder
    /// `path`. When they are written and if asked, the invitees are marked as invited on the letters' date
    /// with their references, as one undo step. Returns whether the run started (else a dialog says why).
    pub fn generate_letters(&mut self, path: &Path) -> bool {
        let form = self.letters_form.clone();
        let Ok(Some(date)) = parse_date(&form.date) else {
            self.show_error(&t!("let-error-write"), t!("let-error-date"));
            return false;
        };
        let options = match self.letter_options() {
            Ok(options) => options,
            Err(reason) => {
                self.show_error(&t!("let-error-write"), reason);
                return false;
            }
        };
        let Ok(job) = LettersJob::prepare(self.workspace(), self.meeting_index(), &options, date)
        else {
            self.show_error(&t!("let-none-title"), t!("let-none-text"));
            return false;
        };
        let output = if form.per_invitee {
            LettersOutput::PdfPerInvitee(path.to_owned())
        } else {
            LettersOutput::OnePdf(path.to_owned())
        };
        self.start_letters(job, output, form.mark_invited);
        true
    }
}

/// The first reference number as typed: a whole number from 1. The one rule for it: the view shows this
/// reason under the field and refuses to generate until it is right.
pub fn parse_first_number(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(t!("let-bad-first-number", text = text.trim().to_owned())),
    }
}

pub fn ui(app: &mut App, ui: &mut Ui) {
    if app.letters_form.date.is_empty() {
        app.letters_form.date = app.today().to_string();
    }
    let Some(meeting) = app.meeting() else {
        ui.label(t!("dash-no-meeting"));
        return;
    };
    let kind = app.letters_form.kind;
    let all = letters::recipients(app.workspace(), meeting, Some(kind), false).len();
    let uninvited = letters::recipients(app.workspace(), meeting, Some(kind), true).len();
    let mut settings_edit = None;

    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(900.0);
            ui.heading(t!("let-title"));
            kind_row(ui, app, all, uninvited);
            ui.add_space(6.0);
            settings_edit = template_editor(ui, app, kind);
            ui.add_space(8.0);
            settings_edit = options_grid(ui, app).or(settings_edit.take());
            ui.add_space(6.0);
            let count = if app.letters_form.only_uninvited {
                uninvited
            } else {
                all
            };
            actions(ui, app, count);
            preview(ui, app, kind);
        });
    if let Some((settings, typed)) = settings_edit {
        let edit = Edit::SetWorkspaceInfo {
            name: app.workspace().name.clone(),
            settings,
        };
        if typed {
            app.edit_coalesced(edit, &format!("letters/{kind:?}"));
        } else {
            app.edit(edit);
        }
    }
}

/// A change of the workspace's settings this frame, and whether by typing.
type SettingsEdit = Option<(crate::model::Settings, bool)>;

/// Which kind of invitee the letters go to, and how many there are.
fn kind_row(ui: &mut Ui, app: &mut App, all: usize, uninvited: usize) {
    let kind = app.letters_form.kind;
    ui.horizontal(|ui| {
        let label = ui.label(t!("let-to"));
        egui::ComboBox::from_id_salt("letters_kind")
            .selected_text(crate::model::words::template(kind))
            .width(300.0)
            .show_ui(ui, |ui| {
                for k in TemplateKind::ALL {
                    ui.selectable_value(
                        &mut app.letters_form.kind,
                        k,
                        crate::model::words::template(k),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        ui.label(t!("let-count", all = all, uninvited = uninvited));
    });
}

/// The template of the kind shown: the built-in text or the user's, editable.
fn template_editor(ui: &mut Ui, app: &App, kind: TemplateKind) -> SettingsEdit {
    let template = app
        .workspace()
        .settings
        .templates
        .get(&kind)
        .cloned()
        .unwrap_or_else(|| letters::builtin(kind).to_owned());
    let customised = app.workspace().settings.templates.contains_key(&kind);
    let mut settings_edit = None;
    ui.horizontal(|ui| {
        ui.strong(if kind.is_note_verbale() {
            t!("let-note-verbale")
        } else {
            t!("let-letter")
        });
        if customised {
            ui.label(RichText::new(t!("let-your-text")).weak());
            if ui.button(t!("let-restore")).clicked() {
                let mut settings = app.workspace().settings.clone();
                settings.templates.remove(&kind);
                settings_edit = Some((settings, false));
            }
        } else {
            ui.label(RichText::new(t!("let-builtin-text")).weak());
        }
    });
    let mut text = template.clone();
    let label = ui.label(t!("let-template"));
    let response = ui
        .add(
            TextEdit::multiline(&mut text)
                .desired_rows(12)
                .desired_width(f32::INFINITY)
                .char_limit(crate::model::limits::MAX_TEXT_CHARS),
        )
        .labelled_by(label.id);
    if response.changed() {
        let mut settings = app.workspace().settings.clone();
        settings
            .templates
            .insert(kind, crate::model::limits::clean(&text));
        settings_edit = Some((settings, true));
    }
    ui.label(RichText::new(t!("let-placeholders")).small());
    settings_edit
}

/// The letters' date, reference prefix and first number.
fn options_grid(ui: &mut Ui, app: &mut App) -> SettingsEdit {
    let mut settings_edit = None;
    egui::Grid::new("letters_options")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(t!("let-date"));
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(&mut app.letters_form.date)
                        .desired_width(100.0)
                        .hint_text(t!("date-hint")),
                )
                .labelled_by(label.id);
                if let Err(reason) = parse_date(&app.letters_form.date) {
                    ui.colored_label(ui.visuals().error_fg_color, reason);
                }
            });
            ui.end_row();
            let label = ui.label(t!("let-prefix"));
            let mut prefix = app.workspace().settings.reference_prefix.clone();
            if ui
                .add(
                    TextEdit::singleline(&mut prefix)
                        .desired_width(220.0)
                        .hint_text("APLC/MSP.13/NV/")
                        .char_limit(crate::model::limits::MAX_NAME_CHARS),
                )
                .labelled_by(label.id)
                .changed()
            {
                let mut settings = app.workspace().settings.clone();
                settings.reference_prefix = crate::model::limits::clean_line(&prefix);
                settings_edit = Some((settings, true));
            }
            ui.end_row();
            let label = ui.label(t!("let-first-number"));
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(&mut app.letters_form.first_number).desired_width(60.0),
                )
                .labelled_by(label.id);
                if let Err(reason) = parse_first_number(&app.letters_form.first_number) {
                    ui.colored_label(ui.visuals().error_fg_color, reason);
                }
            });
            ui.end_row();
        });
    ui.checkbox(
        &mut app.letters_form.only_uninvited,
        t!("let-only-uninvited"),
    );
    ui.checkbox(&mut app.letters_form.per_invitee, t!("let-per-invitee"));
    ui.checkbox(&mut app.letters_form.mark_invited, t!("let-mark"));
    settings_edit
}

/// Generate (asking where), and the mail-merge table.
fn actions(ui: &mut Ui, app: &mut App, count: usize) {
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                count > 0,
                egui::Button::new(t!("let-generate", count = count)),
            )
            .clicked()
        {
            let picked = if app.letters_form.per_invitee {
                rfd::FileDialog::new()
                    .set_title(t!("let-folder"))
                    .pick_folder()
            } else {
                rfd::FileDialog::new()
                    .set_title(t!("let-save"))
                    .add_filter("PDF", &["pdf"])
                    .set_file_name("letters.pdf")
                    .save_file()
            };
            if let Some(path) = picked {
                app.generate_letters(&path);
            }
        }
        if ui.button(t!("let-mail-merge")).clicked() {
            let mut form = super::ExportForm::new(app.today());
            form.list = crate::exchange::ListKind::Letters;
            form.format = crate::exchange::Format::Csv;
            form.date.clone_from(&app.letters_form.date);
            app.dialog = Some(super::Dialog::Export(form));
        }
    });
}

/// The first letter as it will read.
fn preview(ui: &mut Ui, app: &App, kind: TemplateKind) {
    if let (Some(meeting), Ok(Some(date)), Ok(options)) = (
        app.meeting(),
        parse_date(&app.letters_form.date),
        app.letter_options(),
    ) {
        let ids = letters::recipients(
            app.workspace(),
            meeting,
            Some(kind),
            app.letters_form.only_uninvited,
        );
        if let Some(first) = ids.first() {
            let letter = letters::letters(
                app.workspace(),
                meeting,
                std::slice::from_ref(first),
                &options.reference_prefix,
                options.first_number.max(1),
                date,
            );
            if let Some(letter) = letter.first() {
                ui.add_space(10.0);
                ui.strong(t!("let-preview"));
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.label(t!("let-ref", reference = letter.reference.clone()));
                    for line in &letter.address {
                        ui.strong(line);
                    }
                    for paragraph in &letter.paragraphs {
                        ui.add_space(4.0);
                        ui.label(paragraph);
                    }
                });
            }
        }
    }
}
