//! Form rows shared by the views. A [`Form`] edits one record in place: each row takes `&mut` to a field
//! of the record and the [`Field`] that names it (the key validation uses, so a problem can focus the
//! field), and the form remembers how the record changed this frame, so the caller makes one edit of it:
//! typing in one field is one undo step, a choice or a date a step of its own.

use egui::{Response, TextEdit, Ui};

use super::view::FocusTarget;
use crate::model::{Date, Field, PersonId, limits};

/// How the change a form made this frame enters the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Typing in this field (of this person): merges with the previous keystrokes there.
    Typed(Field, Option<PersonId>),
    /// A choice, a date, a button: a step of its own.
    Discrete,
}

impl Change {
    /// The key that merges a run of typing into one undo step, for a record named `record`.
    pub fn undo_key(self, record: &str) -> Option<String> {
        match self {
            Self::Typed(field, person) => Some(format!("{record}/{field:?}/{person:?}")),
            Self::Discrete => None,
        }
    }
}

/// The rows of a form over one record edited in place.
pub struct Form<'a> {
    /// The field a validation problem asked to go to.
    focus: Option<&'a FocusTarget>,
    /// The person whose fields the rows edit now (a delegation member's form), for focus and undo.
    pub person: Option<PersonId>,
    /// How the record changed this frame, if it did.
    pub change: Option<Change>,
}

impl<'a> Form<'a> {
    pub fn new(focus: Option<&'a FocusTarget>) -> Self {
        Self {
            focus,
            person: None,
            change: None,
        }
    }

    /// Whether a validation problem asked to go to `field` (of the current person).
    pub fn wants(&self, field: Field) -> bool {
        self.focus
            .is_some_and(|f| f.field == field && (self.person.is_none() || f.person == self.person))
    }

    /// The person a validation problem asked to go to, if any.
    pub fn focus_person(&self) -> Option<PersonId> {
        self.focus.and_then(|f| f.person)
    }

    /// Records a change that is not typing (a button, a checkbox).
    pub fn touched(&mut self) {
        self.change = Some(Change::Discrete);
    }

    fn typed(&mut self, field: Field) {
        self.change = Some(Change::Typed(field, self.person));
    }

    /// Puts the keyboard focus on `response` if a problem asked for `field`.
    fn focus_if_wanted(&self, field: Field, response: &Response) {
        if self.wants(field) {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
        }
    }

    /// A single-line text: no longer than a name may be, and without invisible or direction-control
    /// characters ([`limits::clean_line`]). `check` gives the reason the value is not valid, shown under it.
    pub fn text(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: Field,
        value: &mut String,
        check: impl Fn(&str) -> Option<String>,
    ) {
        self.text_edit(ui, label, field, value, false, check);
    }

    /// A multi-line text (notes): up to the longest text the workspace keeps.
    pub fn notes(&mut self, ui: &mut Ui, label: &str, field: Field, value: &mut String) {
        self.text_edit(ui, label, field, value, true, |_| None);
    }

    fn text_edit(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: Field,
        value: &mut String,
        multiline: bool,
        check: impl Fn(&str) -> Option<String>,
    ) {
        let label_response = ui.label(label);
        let mut text = value.clone();
        let changed = ui
            .vertical(|ui| {
                let edit = if multiline {
                    TextEdit::multiline(&mut text)
                        .desired_rows(3)
                        .char_limit(limits::MAX_TEXT_CHARS)
                } else {
                    TextEdit::singleline(&mut text).char_limit(limits::MAX_NAME_CHARS)
                };
                let response = ui
                    .add(edit.id_salt(label).desired_width(f32::INFINITY))
                    .labelled_by(label_response.id);
                self.focus_if_wanted(field, &response);
                if let Some(reason) = check(&text) {
                    ui.colored_label(ui.visuals().error_fg_color, reason);
                }
                response.changed()
            })
            .inner;
        ui.end_row();
        if changed {
            let cleaned = if multiline {
                limits::clean(&text)
            } else {
                limits::clean_line(&text)
            };
            if cleaned != *value {
                *value = cleaned;
                self.typed(field);
            }
        }
    }

    /// A whole number typed as text; what does not parse stays as it was and says so.
    pub fn number(&mut self, ui: &mut Ui, label: &str, field: Field, value: &mut u32, hint: &str) {
        let mut text = value.to_string();
        let before = text.clone();
        self.text(ui, label, field, &mut text, |t| {
            t.trim().parse::<u32>().is_err().then(|| hint.to_owned())
        });
        if text != before
            && let Ok(n) = text.trim().parse()
        {
            *value = n;
        }
    }

    /// An optional whole number: empty means none.
    pub fn optional_number(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: Field,
        value: &mut Option<u32>,
        hint: &str,
    ) {
        let mut text = value.map(|n| n.to_string()).unwrap_or_default();
        let before = text.clone();
        self.text(ui, label, field, &mut text, |t| {
            (!t.trim().is_empty() && t.trim().parse::<u32>().is_err()).then(|| hint.to_owned())
        });
        if text != before {
            if text.trim().is_empty() {
                *value = None;
            } else if let Ok(n) = text.trim().parse() {
                *value = Some(n);
            }
        }
    }

    /// A date field. While it is being typed in, the text is a draft; the date is taken when the field
    /// loses focus or Enter is pressed, and only if it is a real date, else the reason shows beside it.
    /// `check` adds reasons of its own (a reminder before the letter, say).
    pub fn date(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: Field,
        value: &mut Option<Date>,
        check: impl Fn(Option<Date>) -> Option<String>,
    ) {
        let label_response = ui.label(label);
        let mut taken = None;
        ui.horizontal(|ui| {
            let id = ui.make_persistent_id(("date", label, self.person));
            let draft_id = id.with("draft");
            let mut text = ui
                .data(|d| d.get_temp::<String>(draft_id))
                .unwrap_or_else(|| value.map(|d| d.to_string()).unwrap_or_default());
            let response = ui
                .add(
                    TextEdit::singleline(&mut text)
                        .id(id)
                        .hint_text(crate::t!("date-hint"))
                        .desired_width(100.0),
                )
                .labelled_by(label_response.id);
            self.focus_if_wanted(field, &response);
            let parsed = parse_date(&text);
            if response.has_focus() || response.changed() {
                ui.data_mut(|d| d.insert_temp(draft_id, text.clone()));
            }
            if response.lost_focus()
                && let Ok(date) = parsed
            {
                ui.data_mut(|d| d.remove::<String>(draft_id));
                taken = Some(date);
            }
            // Or picked: the day goes into the field in the typed form.
            let shown = parsed.clone().ok().flatten().or(*value);
            if let Some(day) = super::date_picker::button(ui, label, ("form", self.person), shown) {
                ui.data_mut(|d| d.remove::<String>(draft_id));
                taken = Some(Some(day));
            }
            let reason = match &parsed {
                Err(reason) => Some(reason.clone()),
                Ok(date) => check(*date),
            };
            if let Some(reason) = reason {
                ui.colored_label(ui.visuals().error_fg_color, reason);
            }
        });
        ui.end_row();
        if let Some(date) = taken
            && date != *value
        {
            *value = date;
            self.touched();
        }
    }

    /// A date that must be there (a meeting's opening): an empty field leaves it as it was.
    pub fn required_date(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: Field,
        value: &mut Date,
        check: impl Fn(Option<Date>) -> Option<String>,
    ) {
        let mut optional = Some(*value);
        self.date(ui, label, field, &mut optional, check);
        if let Some(date) = optional {
            *value = date;
        }
    }

    /// A choice among `options`.
    pub fn choice<T: Copy + PartialEq>(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: Field,
        value: &mut T,
        options: &[T],
        label_of: impl Fn(T) -> String,
    ) {
        let label_response = ui.label(label);
        let mut selected = *value;
        let response = egui::ComboBox::from_id_salt(("choice", label, self.person))
            .selected_text(label_of(*value))
            .width(220.0)
            .show_ui(ui, |ui| {
                for &option in options {
                    ui.selectable_value(&mut selected, option, label_of(option));
                }
            })
            .response
            .labelled_by(label_response.id);
        self.focus_if_wanted(field, &response);
        ui.end_row();
        if selected != *value {
            *value = selected;
            self.touched();
        }
    }
}

/// A labelled one-line field of a dialog's draft (not a record): a grid row.
pub fn labelled_text(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    width: f32,
    hint: &str,
) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value)
                .hint_text(hint)
                .desired_width(width)
                .char_limit(limits::MAX_NAME_CHARS),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A grid row saying why a document's date cannot be right (a List of Participants dated after the
/// closing, letters after the opening), with a button that puts in the day to give: set in `date`.
pub fn date_advice_row(
    ui: &mut Ui,
    advice: Option<crate::exchange::advice::DateAdvice>,
    date: &mut String,
) {
    let Some(advice) = advice else {
        return;
    };
    ui.label("");
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            advice.text().in_lang(crate::i18n::language()),
        );
        if let Some(day) = advice.suggested()
            && ui
                .button(crate::t!(
                    "xfer-use-date",
                    date = crate::i18n::long_date(day)
                ))
                .clicked()
        {
            *date = day.to_string();
        }
    });
    ui.end_row();
}

/// A labelled date typed into a dialog's draft, with the reason beside it when it is not a date: a grid
/// row.
pub fn labelled_date_text(ui: &mut Ui, label: &str, value: &mut String) {
    let label_response = ui.label(label);
    ui.horizontal(|ui| {
        let _ = date_text(ui, label, value, label_response.id);
    });
    ui.end_row();
}

/// A date typed as text (YYYY-MM-DD) or picked beside it, with the reason when it is not a date; the
/// field is labelled by `label_id`, and `field` is its label's text. Returns what the text says now.
pub fn date_text(
    ui: &mut Ui,
    field: &str,
    value: &mut String,
    label_id: egui::Id,
) -> Result<Option<crate::model::Date>, String> {
    ui.add(
        TextEdit::singleline(value)
            .id_salt(("date_text", field))
            .hint_text(crate::t!("date-hint"))
            .desired_width(100.0),
    )
    .labelled_by(label_id);
    let shown = parse_date(value).ok().flatten();
    if let Some(day) = super::date_picker::button(ui, field, "text", shown) {
        *value = day.to_string();
    }
    let parsed = parse_date(value);
    if let Err(reason) = &parsed {
        ui.colored_label(ui.visuals().error_fg_color, reason);
    }
    parsed
}

/// A labelled choice in a dialog's draft: a grid row.
pub fn labelled_choice<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    options: &[T],
    label_of: impl Fn(T) -> String,
) {
    let label_response = ui.label(label);
    egui::ComboBox::from_id_salt(("dialog-choice", label))
        .selected_text(label_of(*value))
        .width(300.0)
        .show_ui(ui, |ui| {
            for &option in options {
                ui.selectable_value(value, option, label_of(option));
            }
        })
        .response
        .labelled_by(label_response.id);
    ui.end_row();
}

/// A filter chip: rounded, highlighted when on. Returns whether it was clicked.
pub fn chip(ui: &mut Ui, on: bool, text: String, hover: String) -> bool {
    ui.add(egui::Button::selectable(on, text).corner_radius(10.0))
        .on_hover_text(hover)
        .clicked()
}

/// `None` ("—", "not received") and then every value: the options of a choice that may be empty.
pub fn with_none<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(all.iter().copied().map(Some))
        .collect()
}

/// A register's table: scrolling, striped, a column per title, the titles in bold on the first row, then
/// the rows `add` lays out (each ending with `ui.end_row()`).
pub fn register_table(ui: &mut Ui, id: &str, titles: &[String], add: impl FnOnce(&mut Ui)) {
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            egui::Grid::new(id)
                .striped(true)
                .num_columns(titles.len())
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for title in titles {
                        ui.strong(title);
                    }
                    ui.end_row();
                    add(ui);
                });
        });
}

/// A required text's reason: empty is not allowed.
pub fn required(text: &str) -> Option<String> {
    text.trim().is_empty().then(|| crate::t!("detail-required"))
}

/// No check: any text is fine.
pub fn any_text(_: &str) -> Option<String> {
    None
}

/// Parses what the user typed in a date field: empty means no date.
pub fn parse_date(text: &str) -> Result<Option<Date>, String> {
    crate::model::parse_date(text).map_err(|err| crate::t!(err.key()))
}

/// A section heading inside a form.
pub fn section(ui: &mut Ui, title: &str) {
    ui.add_space(8.0);
    ui.heading(title);
    ui.separator();
}

/// A two-column form grid with a stable id.
pub fn form_grid(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    add: impl FnOnce(&mut Ui),
) {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([10.0, 6.0])
        .min_col_width(120.0)
        .show(ui, add);
}

/// Names the panel `ui` is drawn in, for a screen reader (it reads "Toolbar, pane" on entering it).
pub fn name_region(ui: &Ui, name: &str) {
    let panel = ui
        .stack()
        .iter()
        .find(|frame| frame.kind().is_some_and(|kind| kind.is_panel()))
        .map(|frame| frame.unique_id);
    if let Some(id) = panel {
        ui.ctx()
            .accesskit_node_builder(id, |node| node.set_label(name));
    }
}
