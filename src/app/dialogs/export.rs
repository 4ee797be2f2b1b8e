//! File › Export…: which list, in which format and language, with its number and date; the path is
//! picked last, and the work runs on the worker thread (`Jobs::start_export`).

use egui::{TextEdit, Ui};

use super::Outcome;
use crate::app::prefs::Prefs;
use crate::app::widgets::{labelled_choice, labelled_date_text, parse_date};
use crate::edit::Edit;
use crate::exchange::{Format, ListKind};
use crate::model::{Date, Meeting};
use crate::t;

/// What the Export dialog holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportForm {
    pub list: ListKind,
    pub format: Format,
    /// The document number after the meeting's symbol prefix ("INF.2").
    pub number: String,
    pub date: String,
    pub internal: bool,
    pub semicolon: bool,
    pub bom: bool,
    /// Export the invitation list as the table is filtered now.
    pub use_filter: bool,
    /// For an addendum: the earlier workspace file.
    pub since: String,
    /// The language of the document.
    pub lang: crate::i18n::Lang,
    /// The List of Participants (and what follows from it) with only the designated delegations.
    pub designated_only: bool,
    /// Only those who came: the final list.
    pub attended: bool,
    /// The document numbers last used for each list of this meeting, to fill the field when the list
    /// changes.
    pub numbers: Vec<(ListKind, String)>,
    /// The list whose number the field holds.
    pub numbered: ListKind,
    /// The meeting's symbol prefix, to show the whole symbol ("APLC/MSP.13/2013/INF.2").
    pub symbol_prefix: String,
}

impl ExportForm {
    pub fn new(today: Date) -> Self {
        Self {
            list: ListKind::Participants,
            format: Format::Pdf,
            number: String::new(),
            date: today.to_string(),
            internal: false,
            semicolon: false,
            bom: true,
            use_filter: true,
            since: String::new(),
            lang: crate::i18n::language(),
            designated_only: false,
            attended: false,
            numbers: Vec::new(),
            numbered: ListKind::Participants,
            symbol_prefix: String::new(),
        }
    }

    /// Puts the number last used for the list chosen in the field, when the list changes.
    fn follow_list(&mut self) {
        if self.numbered != self.list {
            self.numbered = self.list;
            self.number = self
                .numbers
                .iter()
                .find(|(list, _)| *list == self.list)
                .map(|(_, number)| number.clone())
                .unwrap_or_default();
        }
    }
}

impl ExportForm {
    /// The Export dialog's form on `list` in `format` for `meeting`, dated `today`, its document number
    /// the one last used for that list of this meeting.
    pub(crate) fn on(
        list: ListKind,
        format: Format,
        meeting: Option<&Meeting>,
        today: Date,
        prefs: &Prefs,
    ) -> Self {
        let mut form = Self::new(today);
        let short = meeting.map(|m| m.short_name.clone()).unwrap_or_default();
        form.symbol_prefix = meeting.map(|m| m.symbol_prefix.clone()).unwrap_or_default();
        form.numbers = ListKind::ALL
            .into_iter()
            .filter_map(|list| {
                // The number the workspace records for the list (every officer and the command line
                // see it); a number an older version kept in this computer's preferences otherwise.
                meeting
                    .and_then(|m| crate::exchange::advice::recorded_number(m, list))
                    .map(str::to_owned)
                    .or_else(|| {
                        prefs
                            .document_numbers
                            .get(&number_key(&short, list))
                            .cloned()
                    })
                    .map(|n| (list, n))
            })
            .collect();
        form.list = list;
        form.format = format;
        form.numbered = list;
        form.number = form
            .numbers
            .iter()
            .find(|(l, _)| *l == list)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        form
    }

    /// The edit that records in `meeting` the document number this export uses, for the next export of
    /// that list, by anyone, from the app or the command line; nothing when it is the one recorded.
    pub(crate) fn number_edit(&self, meeting: &Meeting) -> Option<Edit> {
        let number = self.number.trim();
        if !self.list.is_numbered()
            || number.is_empty()
            || crate::exchange::advice::recorded_number(meeting, self.list) == Some(number)
        {
            return None;
        }
        let mut details = meeting.details();
        details
            .document_numbers
            .insert(self.list.cli_name().to_owned(), number.to_owned());
        Some(Edit::SetMeetingDetails {
            meeting: meeting.id.clone(),
            details: Box::new(details),
        })
    }
}

/// The key a list's number is remembered under: the meeting and the list ("13MSP/participants").
fn number_key(meeting: &str, list: ListKind) -> String {
    format!("{meeting}/{}", list.cli_name())
}

/// The options the list and format chosen take: internal columns, the CSV's separator and byte-order
/// mark, designated delegations only, those who came only, the invitation list's filter.
fn option_boxes(ui: &mut Ui, form: &mut ExportForm, filtered: usize) {
    if matches!(form.format, Format::Csv | Format::Xlsx)
        && matches!(form.list, ListKind::Participants | ListKind::Addendum)
    {
        ui.checkbox(&mut form.internal, t!("xfer-internal"));
    }
    if form.format == Format::Csv {
        ui.checkbox(&mut form.semicolon, t!("xfer-semicolons"));
        ui.checkbox(&mut form.bom, t!("xfer-bom"));
    }
    if matches!(
        form.list,
        ListKind::Participants | ListKind::Addendum | ListKind::Statistics | ListKind::NotArrived
    ) {
        ui.checkbox(&mut form.designated_only, t!("xfer-designated-only"));
    }
    if matches!(
        form.list,
        ListKind::Participants | ListKind::Addendum | ListKind::Statistics | ListKind::Nameplates
    ) {
        ui.checkbox(&mut form.attended, t!("xfer-attended-only"));
    }
    if form.list == ListKind::Invitations {
        ui.checkbox(
            &mut form.use_filter,
            t!("xfer-only-filtered", count = filtered),
        );
    }
}

/// The Export dialog's body.
pub(super) fn ui(
    ui: &mut Ui,
    form: &mut ExportForm,
    filtered: usize,
    meeting: Option<&crate::model::Meeting>,
) -> Option<Outcome> {
    let mut outcome = None;
    super::title(ui, t!("xfer-export-title"));
    egui::Grid::new("export_form")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            labelled_choice(
                ui,
                &t!("xfer-list"),
                &mut form.list,
                &ListKind::ALL,
                crate::exchange::words::list,
            );
            labelled_choice(
                ui,
                &t!("xfer-format"),
                &mut form.format,
                &Format::ALL,
                |f| f.label().to_owned(),
            );
            labelled_choice(
                ui,
                &t!("xfer-lang"),
                &mut form.lang,
                &crate::i18n::Lang::ALL,
                |l| l.native_name().to_owned(),
            );
            form.follow_list();
            if form.list.is_numbered() {
                let label = ui.label(t!("xfer-number"));
                ui.horizontal(|ui| {
                    ui.add(TextEdit::singleline(&mut form.number).desired_width(120.0))
                        .labelled_by(label.id);
                    let symbol = crate::exchange::participants::full_symbol(
                        &form.symbol_prefix,
                        &form.number,
                    );
                    if form.number.trim().is_empty() {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            t!("xfer-no-number", symbol = symbol),
                        );
                    } else {
                        ui.label(egui::RichText::new(t!("xfer-symbol", symbol = symbol)).weak());
                    }
                });
                ui.end_row();
            }
            labelled_date_text(ui, &t!("xfer-date"), &mut form.date);
            // A date that cannot be right for the document (a List of Participants dated after the
            // closing), with the date to give instead.
            let advice =
                parse_date(&form.date)
                    .ok()
                    .flatten()
                    .zip(meeting)
                    .and_then(|(date, meeting)| {
                        crate::exchange::advice::date_advice(meeting, form.list, date)
                    });
            super::super::widgets::date_advice_row(ui, advice, &mut form.date);
            if form.list == ListKind::Addendum {
                let label = ui.label(t!("xfer-earlier"));
                ui.horizontal(|ui| {
                    ui.add(
                        TextEdit::singleline(&mut form.since)
                            .hint_text(t!("xfer-earlier-hint"))
                            .desired_width(260.0),
                    )
                    .labelled_by(label.id);
                    if ui.button(t!("xfer-choose")).clicked() {
                        outcome = Some(Outcome::PickSince);
                    }
                });
                ui.end_row();
            }
        });
    option_boxes(ui, form, filtered);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let valid = parse_date(&form.date).is_ok_and(|d| d.is_some())
            && (form.list != ListKind::Addendum || !form.since.trim().is_empty());
        if ui
            .add_enabled(valid, egui::Button::new(t!("cmd-export")))
            .clicked()
        {
            outcome = Some(Outcome::PickExportPath);
        }
        if ui.button(t!("dialog-cancel")).clicked() {
            outcome = Some(Outcome::Close);
        }
    });
    outcome
}
