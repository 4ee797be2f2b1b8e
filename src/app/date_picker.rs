//! A date picker beside every date field: a small button that opens a month in the interface's language
//! (`egui_extras` has one, in English only). Picking a day writes it into the field in the typed form
//! (YYYY-MM-DD), so typing and picking are one and the same.

use chrono::{Datelike as _, Months};
use egui::{Response, RichText, Ui};

use crate::model::Date;
use crate::t;

/// The month the picker shows, kept while it is open.
#[derive(Clone, Copy, Debug)]
struct Shown(Date);

/// Where the app leaves its today for the pickers (tests fix it, so that the month shown does not change
/// with the calendar).
fn today_id() -> egui::Id {
    egui::Id::NULL.with("msp_invitations_today")
}

/// Tells the pickers which day is today.
pub fn set_today(ctx: &egui::Context, today: Date) {
    ctx.data_mut(|d| d.insert_temp(today_id(), today));
}

/// The button and, when open, the month. Returns the day picked this frame, if any. `field` is the
/// date field's label, which the button names for a screen reader (and a test) as "Pick a date: Sent
/// on"; `current` is the field's date, the month the picker opens on (today's month when it is empty).
pub fn button(
    ui: &mut Ui,
    field: &str,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<Date>,
) -> Option<Date> {
    let today = ui
        .data(|d| d.get_temp::<Date>(today_id()))
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let response = ui.small_button("📅").on_hover_text(t!("date-pick"));
    let id = ui.make_persistent_id(("date_picker", field, id_salt));
    let mut picked = None;
    let popup = egui::Popup::from_toggle_button_response(&response)
        .id(id)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let opening = current.unwrap_or(today);
    popup.show(|ui| {
        let shown = ui
            .data(|d| d.get_temp::<Shown>(id))
            .map_or_else(|| first_of_month(opening), |s| s.0);
        let (next_shown, day) = month(ui, shown, current, today);
        ui.data_mut(|d| d.insert_temp(id, Shown(next_shown)));
        if let Some(day) = day {
            picked = Some(day);
            egui::Popup::close_id(ui.ctx(), id);
            ui.data_mut(|d| d.remove::<Shown>(id));
        }
    });
    label_button(&response, field);
    picked
}

/// The button says what it does to a screen reader.
fn label_button(response: &Response, field: &str) {
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, t!("date-pick-for", field = field))
    });
}

/// An arrow button named by what it does, for the hover and for a screen reader.
fn named(response: Response, name: &str) -> Response {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    response.on_hover_text(name)
}

fn first_of_month(date: Date) -> Date {
    date.with_day(1).unwrap_or(date)
}

/// One month: the previous and next month, the weekdays (Monday first), the days. Returns the month to
/// show next frame and the day picked.
fn month(ui: &mut Ui, shown: Date, current: Option<Date>, today: Date) -> (Date, Option<Date>) {
    let mut next = shown;
    let mut picked = None;
    ui.horizontal(|ui| {
        if named(ui.small_button("◀"), &t!("date-previous")).clicked() {
            next = shown.checked_sub_months(Months::new(1)).unwrap_or(shown);
        }
        ui.label(
            RichText::new(t!(
                &format!("month-{}", shown.month()),
                year = shown.year().to_string()
            ))
            .strong(),
        );
        if named(ui.small_button("▶"), &t!("date-next")).clicked() {
            next = shown.checked_add_months(Months::new(1)).unwrap_or(shown);
        }
    });
    egui::Grid::new(("days", shown))
        .num_columns(7)
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            for weekday in 1..=7 {
                ui.add_sized(
                    [30.0, 18.0],
                    egui::Label::new(RichText::new(t!(&format!("weekday-{weekday}"))).weak()),
                );
            }
            ui.end_row();
            let lead = shown.weekday().num_days_from_monday();
            for _ in 0..lead {
                ui.label("");
            }
            let mut day = shown;
            let mut column = lead;
            while day.month() == shown.month() {
                let mut text = RichText::new(day.day().to_string());
                if day == today {
                    text = text.underline();
                }
                if ui
                    .add(
                        egui::Button::selectable(current == Some(day), text)
                            .min_size([30.0, 22.0].into()),
                    )
                    .clicked()
                {
                    picked = Some(day);
                }
                column += 1;
                if column == 7 {
                    ui.end_row();
                    column = 0;
                }
                match day.succ_opt() {
                    Some(following) => day = following,
                    None => break,
                }
            }
        });
    (next, picked)
}
