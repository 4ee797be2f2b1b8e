//! Form widgets shared by the views: a labelled row in a grid for text, dates and choices. Each returns
//! the new value only when the user changed it, so the caller turns it into one edit.

use egui::{Response, TextEdit, Ui};

use crate::model::{Date, limits};

/// A label in the first grid column, returning its response so the field can be labelled by it.
fn row_label(ui: &mut Ui, label: &str) -> Response {
    ui.label(label)
}

/// A labelled single-line (or multi-line) text field, with the reason it is not valid under it, if any.
/// Returns the new text when it changed, as it enters the workspace: no longer than a name (or a text)
/// may be, and without invisible or direction-control characters ([`limits::clean`]).
pub fn text_row(
    ui: &mut Ui,
    label: &str,
    value: &str,
    multiline: bool,
    focus: bool,
    check: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let label_response = row_label(ui, label);
    let mut text = value.to_owned();
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
            if focus {
                response.request_focus();
                response.scroll_to_me(Some(egui::Align::Center));
            }
            if let Some(reason) = check(&text) {
                ui.colored_label(ui.visuals().error_fg_color, reason);
            }
            response.changed()
        })
        .inner;
    ui.end_row();
    changed.then(|| {
        if multiline {
            limits::clean(&text)
        } else {
            limits::clean_line(&text)
        }
    })
}

/// No check: any text is fine.
pub fn any_text(_: &str) -> Option<String> {
    None
}

/// Parses what the user typed in a date field: empty means no date.
pub fn parse_date(text: &str) -> Result<Option<Date>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| crate::t!("date-invalid"))
}

/// A labelled date field. While it is being typed in, the text is a draft; the date is taken when the
/// field loses focus or Enter is pressed, and only if it is a real date, else the reason shows beside it.
/// Returns `Some(new value)` when a different date was taken.
pub fn date_row(
    ui: &mut Ui,
    label: &str,
    value: Option<Date>,
    focus: bool,
    extra_check: impl Fn(Option<Date>) -> Option<String>,
) -> Option<Option<Date>> {
    let label_response = row_label(ui, label);
    let mut result = None;
    ui.horizontal(|ui| {
        let id = ui.make_persistent_id(("date", label));
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
        if focus {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
        }
        let parsed = parse_date(&text);
        if response.has_focus() || response.changed() {
            ui.data_mut(|d| d.insert_temp(draft_id, text.clone()));
        }
        if response.lost_focus()
            && let Ok(date) = parsed
        {
            ui.data_mut(|d| d.remove::<String>(draft_id));
            if date != value {
                result = Some(date);
            }
        }
        let reason = match &parsed {
            Err(reason) => Some(reason.clone()),
            Ok(date) => extra_check(*date),
        };
        if let Some(reason) = reason {
            ui.colored_label(ui.visuals().error_fg_color, reason);
        }
    });
    ui.end_row();
    result
}

/// A labelled choice among `options`. Returns the new choice when it changed.
pub fn choice_row<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    current: T,
    options: &[T],
    label_of: impl Fn(T) -> String,
    focus: bool,
) -> Option<T> {
    let label_response = row_label(ui, label);
    let mut selected = current;
    let response = egui::ComboBox::from_id_salt(("choice", label))
        .selected_text(label_of(current))
        .width(220.0)
        .show_ui(ui, |ui| {
            for &option in options {
                ui.selectable_value(&mut selected, option, label_of(option));
            }
        })
        .response
        .labelled_by(label_response.id);
    if focus {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
    }
    ui.end_row();
    (selected != current).then_some(selected)
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
