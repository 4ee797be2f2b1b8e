//! The date picker beside every date field, driven through the app: it opens on the field's month (or
//! today's), walks month by month, writes the day picked into the document through the same edit as
//! typing. (Its French month is in `i18n_ui.rs`, where the tests that change the interface language take
//! turns.)

use crate::common;

use chrono::Datelike as _;
use common::*;
use egui_kittest::kittest::Queryable as _;
use msp_invitations::model::EntityId;

fn peru_sent(
    h: &egui_kittest::Harness<'_, msp_invitations::app::App>,
) -> Option<msp_invitations::model::Date> {
    h.state().work().workspace().meetings[0].invitees[&EntityId::state("PER")]
        .invitation
        .sent
}

#[test]
fn picking_a_day_fills_the_field_and_the_document_and_can_be_undone() {
    let mut h = builtin();
    select_invitee(&mut h, "peru", "Peru");
    let before = peru_sent(&h);
    click(&mut h, "Pick a date: Sent on");
    h.run();
    // The month of the field's date, or today's when the field is empty.
    let month = before.map_or_else(|| "June 2013".to_owned(), |d| d.format("%B %Y").to_string());
    assert!(shows(&h, &month), "{}", all_text(&h));
    assert!(shows(&h, "Mo") && shows(&h, "Su"));
    click(&mut h, "Previous month");
    h.run();
    let earlier = before
        .unwrap_or(d(TODAY))
        .checked_sub_months(chrono::Months::new(1))
        .expect("a month earlier");
    assert!(
        shows(&h, &earlier.format("%B %Y").to_string()),
        "{}",
        all_text(&h)
    );
    click(&mut h, "28");
    h.run();
    let picked = earlier.with_day0(27).expect("the 28th");
    assert_eq!(peru_sent(&h), Some(picked));
    // The field says it too, in the typed form, and the month has closed.
    assert_eq!(
        h.get_by_label("Sent on").value().as_deref(),
        Some(picked.to_string().as_str())
    );
    assert!(h.query_by_label("Previous month").is_none());
    // One edit, undone like any other.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(peru_sent(&h), before);
}
