//! The Letters view: templates per kind of invitee and language (editable, saved in the workspace), what
//! must be known before writing (invitees without an address, a meeting without its mandate or its name
//! in the letters' language), and generating the letters as one PDF, a PDF per invitee, or a mail-merge
//! CSV, optionally marking the invitees as invited with their references as one undo step.

use egui::{RichText, TextEdit, Ui};

use super::action::Action;
use super::files::{Ask, PickKind, Purpose};
pub(crate) use super::letters_state::{LettersForm, LettersState, parse_first_number};
use super::view::Cx;
use super::widgets::parse_date;
use crate::edit::Edit;
use crate::exchange::LetterLanguage;
use crate::exchange::letters::{self, LetterIssue, TemplateKind};
use crate::i18n::Lang;

use crate::t;

/// The Letters view, with its e-mail section; returns what its buttons and fields ask for (a file to
/// write to, an edit of the templates or the letterhead, the Export or Send dialog).
pub fn ui(ui: &mut Ui, cx: &Cx, state: &mut LettersState) -> Vec<Action> {
    let mut actions = Vec::new();
    if state.form.date.is_empty() {
        state.form.date = cx.today.to_string();
    }
    let Some(meeting) = cx.meeting else {
        ui.label(t!("dash-no-meeting"));
        return actions;
    };
    let kind = state.form.kind;
    let all = letters::recipients(cx.workspace, meeting, Some(kind), false).len();
    let uninvited = letters::recipients(cx.workspace, meeting, Some(kind), true).len();
    let mut settings_edit = None;

    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(900.0);
            ui.heading(t!("let-title"));
            kind_row(ui, &mut state.form, all, uninvited);
            language_row(ui, &mut state.form);
            ui.add_space(6.0);
            settings_edit = template_editor(ui, cx, &mut state.form, kind);
            ui.add_space(8.0);
            actions.extend(options_grid(ui, cx, &mut state.form));
            ui.add_space(6.0);
            let count = if state.form.only_uninvited {
                uninvited
            } else {
                all
            };
            let issues = state.form.issues(cx.workspace, cx.meeting);
            issues_list(ui, cx, &issues);
            let blocked = issues.iter().any(|i| i.blocking);
            actions.extend(generate(ui, cx, &state.form, count, blocked));
            preview(ui, cx, &state.form, kind);
            actions.extend(super::mail_view::ui(ui, cx, state));
        });
    if let Some((settings, typed)) = settings_edit {
        let edit = Edit::SetWorkspaceInfo {
            name: cx.workspace.name.clone(),
            settings,
        };
        actions.push(if typed {
            Action::EditTyped(edit, format!("letters/{kind:?}"))
        } else {
            Action::Edit(edit)
        });
    }
    actions
}

/// A change of the workspace's settings this frame, and whether by typing.
type SettingsEdit = Option<(crate::model::Settings, bool)>;

/// Which kind of invitee the letters go to, and how many there are.
fn kind_row(ui: &mut Ui, form: &mut LettersForm, all: usize, uninvited: usize) {
    let kind = form.kind;
    ui.horizontal(|ui| {
        let label = ui.label(t!("let-to"));
        egui::ComboBox::from_id_salt("letters_kind")
            .selected_text(crate::model::words::template(kind))
            .width(300.0)
            .show_ui(ui, |ui| {
                for k in TemplateKind::ALL {
                    ui.selectable_value(&mut form.kind, k, crate::model::words::template(k));
                }
            })
            .response
            .labelled_by(label.id);
        ui.label(t!("let-count", all = all, uninvited = uninvited));
    });
}

/// The language the letters are written in: each invitee's (from its address) or one for all.
fn language_row(ui: &mut Ui, form: &mut LettersForm) {
    let name = |language: LetterLanguage| match language {
        LetterLanguage::EachInvitee => t!("let-lang-each"),
        LetterLanguage::Fixed(lang) => lang.native_name().to_owned(),
    };
    ui.horizontal(|ui| {
        let label = ui.label(t!("let-language"));
        let before = form.language;
        egui::ComboBox::from_id_salt("letters_language")
            .selected_text(name(before))
            .width(220.0)
            .show_ui(ui, |ui| {
                let choices = std::iter::once(LetterLanguage::EachInvitee)
                    .chain(Lang::ALL.into_iter().map(LetterLanguage::Fixed));
                for choice in choices {
                    ui.selectable_value(&mut form.language, choice, name(choice));
                }
            })
            .response
            .labelled_by(label.id);
        if let LetterLanguage::Fixed(lang) = form.language
            && form.language != before
        {
            form.template_lang = lang;
        }
    });
}

/// The template of the kind shown, in the language chosen for it: the built-in text or the user's,
/// editable.
fn template_editor(
    ui: &mut Ui,
    cx: &Cx,
    form: &mut LettersForm,
    kind: TemplateKind,
) -> SettingsEdit {
    let lang = form.template_lang;
    let (template, customised) = letters::templates::template(cx.workspace, lang, kind)
        .map_or((String::new(), false), |(text, own)| (text.to_owned(), own));
    let mut settings_edit = None;
    ui.horizontal(|ui| {
        ui.strong(if kind.is_note_verbale() {
            t!("let-note-verbale")
        } else {
            t!("let-letter")
        });
        let label = ui.label(t!("let-template-lang"));
        egui::ComboBox::from_id_salt("template_lang")
            .selected_text(lang.native_name())
            .show_ui(ui, |ui| {
                for choice in Lang::ALL {
                    ui.selectable_value(&mut form.template_lang, choice, choice.native_name());
                }
            })
            .response
            .labelled_by(label.id);
        if customised {
            ui.label(RichText::new(t!("let-your-text")).weak());
            if ui.button(t!("let-restore")).clicked() {
                let mut settings = cx.workspace.settings.clone();
                settings.letter_templates.remove(&(lang, kind));
                settings_edit = Some((settings, false));
            }
        } else if template.is_empty() {
            ui.label(RichText::new(t!("let-no-builtin")).weak());
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
        let mut settings = cx.workspace.settings.clone();
        settings
            .letter_templates
            .insert((lang, kind), crate::model::limits::clean(&text));
        settings_edit = Some((settings, true));
    }
    ui.label(RichText::new(t!("let-placeholders")).small());
    settings_edit
}

/// The letterhead at the head of each letter: the file it came from, to choose another or take it away.
fn letterhead_row(ui: &mut Ui, cx: &Cx) -> Option<Action> {
    let label = ui.label(t!("head-title"));
    let mut asked = None;
    let current = cx
        .workspace
        .settings
        .letterhead
        .as_ref()
        .map(|head| format!("{} ({})", head.file_name, head.format.label()));
    let mut remove = false;
    ui.horizontal_wrapped(|ui| {
        match &current {
            Some(name) => ui.label(name).labelled_by(label.id),
            None => ui
                .label(RichText::new(t!("head-none")).weak())
                .labelled_by(label.id),
        };
        if ui.button(t!("head-choose")).clicked() {
            asked = Some(Action::Ask(Ask {
                purpose: Purpose::Letterhead,
                kind: PickKind::OpenFile,
                title: t!("head-choose-title"),
                filter: Some((
                    t!("head-filter"),
                    ["svg", "png", "jpg", "jpeg", "pdf"]
                        .map(str::to_owned)
                        .to_vec(),
                )),
                file_name: None,
            }));
        }
        if current.is_some() && ui.button(t!("head-remove")).clicked() {
            remove = true;
        }
    });
    ui.end_row();
    if remove {
        let mut settings = cx.workspace.settings.clone();
        settings.letterhead = None;
        return Some(Action::Edit(Edit::SetWorkspaceInfo {
            name: cx.workspace.name.clone(),
            settings,
        }));
    }
    asked
}

/// The letterhead, the letters' date, the meeting's reference prefix and the first number.
fn options_grid(ui: &mut Ui, cx: &Cx, form: &mut LettersForm) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut prefix_edit = None;
    egui::Grid::new("letters_options")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            actions.extend(letterhead_row(ui, cx));
            let label = ui.label(t!("let-date"));
            ui.horizontal(|ui| {
                let _ = super::widgets::date_text(ui, &t!("let-date"), &mut form.date, label.id);
            });
            ui.end_row();
            // Letters dated after the meeting opened cannot be right: said, with the day to give.
            let advice = parse_date(&form.date)
                .ok()
                .flatten()
                .zip(cx.meeting)
                .and_then(|(date, meeting)| {
                    crate::exchange::advice::letters_date_advice(meeting, date)
                });
            super::widgets::date_advice_row(ui, advice, &mut form.date);
            let label = ui.label(t!("let-prefix"));
            let mut prefix = cx
                .meeting
                .map(|m| m.reference_prefix.clone())
                .unwrap_or_default();
            ui.horizontal(|ui| {
                if ui
                    .add(
                        TextEdit::singleline(&mut prefix)
                            .desired_width(220.0)
                            .char_limit(crate::model::limits::MAX_NAME_CHARS),
                    )
                    .labelled_by(label.id)
                    .changed()
                {
                    prefix_edit = Some(crate::model::limits::clean_line(&prefix));
                }
                ui.label(RichText::new(t!("let-prefix-note")).weak());
            });
            ui.end_row();
            let label = ui.label(t!("let-first-number"));
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(&mut form.first_number).desired_width(60.0))
                    .labelled_by(label.id);
                if let Err(reason) = parse_first_number(&form.first_number) {
                    ui.colored_label(ui.visuals().error_fg_color, reason);
                }
            });
            ui.end_row();
        });
    ui.checkbox(&mut form.only_uninvited, t!("let-only-uninvited"));
    ui.checkbox(&mut form.per_invitee, t!("let-per-invitee"));
    ui.checkbox(&mut form.mark_invited, t!("let-mark"));
    if let (Some(prefix), Some(meeting)) = (prefix_edit, cx.meeting) {
        let mut details = meeting.details();
        details.reference_prefix = prefix;
        actions.push(Action::EditTyped(
            Edit::SetMeetingDetails {
                meeting: meeting.id.clone(),
                details: Box::new(details),
            },
            format!("{}/reference-prefix", meeting.id),
        ));
    }
    actions
}

/// What must be known before writing: what stops the letters (in the error colour) and what is worth a
/// look, the invitees' points grouped by what they say.
fn issues_list(ui: &mut Ui, cx: &Cx, issues: &[LetterIssue]) {
    if issues.is_empty() {
        return;
    }
    let lang = crate::i18n::language();
    ui.add_space(4.0);
    ui.strong(t!("let-before"));
    for issue in issues.iter().filter(|i| i.id.is_none()) {
        let text = issue.text.in_lang_for(cx.workspace, lang);
        if issue.blocking {
            ui.colored_label(ui.visuals().error_fg_color, format!("✖ {text}"));
        } else {
            ui.label(format!("• {text}"));
        }
    }
    let mut groups: Vec<(&'static str, bool, Vec<String>)> = Vec::new();
    for issue in issues.iter().filter(|i| i.id.is_some()) {
        let text = issue.text.in_lang_for(cx.workspace, lang);
        match groups.iter_mut().find(|(key, _, _)| *key == issue.text.key) {
            Some((_, _, list)) => list.push(text),
            None => groups.push((issue.text.key, issue.blocking, vec![text])),
        }
    }
    for (key, blocking, lines) in groups {
        let heading = t!(&format!("{key}-group"), count = lines.len());
        // What stops the letters stays in sight, in the error colour; the rest folds under its count.
        let heading = if blocking {
            RichText::new(format!("✖ {heading}")).color(ui.visuals().error_fg_color)
        } else {
            RichText::new(heading)
        };
        egui::CollapsingHeader::new(heading)
            .id_salt(key)
            .default_open(blocking)
            .show(ui, |ui| {
                for line in lines {
                    if blocking {
                        ui.colored_label(ui.visuals().error_fg_color, line);
                    } else {
                        ui.label(line);
                    }
                }
            });
    }
}

/// What Generate will do, said before it does it: how many letters, their references, and whether and
/// when the invitees are marked invited.
fn summary(cx: &Cx, form: &LettersForm, count: usize) -> String {
    let first = parse_first_number(&form.first_number).unwrap_or(1);
    let prefix = cx
        .meeting
        .map(|m| m.reference_prefix.clone())
        .unwrap_or_default();
    let from = letters::reference(&prefix, first);
    let to = letters::reference(&prefix, first + count.saturating_sub(1));
    let date = parse_date(&form.date)
        .ok()
        .flatten()
        .map(crate::i18n::long_date)
        .unwrap_or_default();
    if form.mark_invited {
        t!(
            "let-summary-mark",
            count = count,
            from = from,
            to = to,
            date = date
        )
    } else {
        t!("let-summary", count = count, from = from, to = to)
    }
}

/// Generate (asking where), and the mail-merge table; nothing while something stops the letters.
fn generate(ui: &mut Ui, cx: &Cx, form: &LettersForm, count: usize, blocked: bool) -> Vec<Action> {
    let mut actions = Vec::new();
    if count > 0 {
        let head = if cx.workspace.settings.letterhead.is_some() {
            t!("head-summary-with")
        } else {
            t!("head-summary-without")
        };
        ui.label(RichText::new(format!("{} {head}", summary(cx, form, count))).strong());
    }
    let button = if form.mark_invited {
        t!("let-generate-mark", count = count)
    } else {
        t!("let-generate", count = count)
    };
    ui.horizontal(|ui| {
        if ui
            .add_enabled(count > 0 && !blocked, egui::Button::new(button))
            .clicked()
        {
            let ask = if form.per_invitee {
                Ask {
                    purpose: Purpose::Letters,
                    kind: PickKind::Folder,
                    title: t!("let-folder"),
                    filter: None,
                    file_name: None,
                }
            } else {
                Ask {
                    purpose: Purpose::Letters,
                    kind: PickKind::SaveFile,
                    title: t!("let-save"),
                    filter: Some(("PDF".to_owned(), vec!["pdf".to_owned()])),
                    file_name: Some("letters.pdf".to_owned()),
                }
            };
            actions.push(Action::Ask(ask));
        }
        if ui
            .add_enabled(count > 0 && !blocked, egui::Button::new(t!("let-forms")))
            .on_hover_text(t!("let-forms-hint"))
            .clicked()
        {
            actions.push(Action::Ask(Ask {
                purpose: Purpose::Forms,
                kind: PickKind::Folder,
                title: t!("let-forms-folder"),
                filter: None,
                file_name: None,
            }));
        }
        if ui
            .add_enabled(!blocked, egui::Button::new(t!("let-mail-merge")))
            .clicked()
        {
            // The table carries the letters' date, as the letters do.
            actions.push(Action::ExportDated(
                crate::exchange::ListKind::Letters,
                crate::exchange::Format::Csv,
                form.date.clone(),
            ));
        }
    });
    actions
}

/// The first letter as it will read.
fn preview(ui: &mut Ui, cx: &Cx, form: &LettersForm, kind: TemplateKind) {
    if let (Some(meeting), Ok(Some(date)), Ok(options)) =
        (cx.meeting, parse_date(&form.date), form.options(cx.meeting))
    {
        let ids = letters::recipients(cx.workspace, meeting, Some(kind), form.only_uninvited);
        if let Some(first) = ids.first() {
            let reference = letters::reference(&options.reference_prefix, options.first_number);
            let letter = letters::compose(
                cx.workspace,
                meeting,
                first,
                (&reference, date),
                options.language,
            );
            if let Some(letter) = letter {
                ui.add_space(10.0);
                ui.strong(t!("let-preview"));
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.label(format!(
                        "{} {}",
                        letters::phrases::reference_label(letter.lang),
                        letter.reference
                    ));
                    ui.label(crate::i18n::running_date_in(letter.lang, letter.date));
                    ui.add_space(4.0);
                    for line in &letter.address {
                        ui.strong(line);
                    }
                    for paragraph in &letter.paragraphs {
                        ui.add_space(4.0);
                        ui.label(paragraph);
                    }
                    if !letter.signature.is_empty() {
                        ui.add_space(8.0);
                        for line in &letter.signature {
                            ui.label(line);
                        }
                    }
                });
            }
        }
    }
}
