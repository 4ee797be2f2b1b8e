//! The meeting's settings: names, dates, venue, document symbol, officers, registration deadline and seats.
//! Changing the opening date recomputes every State's category, and the view says how many changed.

use egui::{RichText, Ui};

use super::action::Action;
use super::view::Cx;
use super::widgets::{Form, any_text, form_grid, required, section};
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::model::{
    Category, Date, EntityId, Field, Meeting, MeetingWords, Officer, WordsPart, Workspace,
    reference,
};
use crate::t;

/// Each invitee's category were the meeting to open on `opening`.
fn categories(
    workspace: &Workspace,
    meeting: &Meeting,
    opening: Date,
) -> Vec<(EntityId, Option<Category>)> {
    meeting
        .invitees
        .keys()
        .map(|id| (id.clone(), workspace.category_on(opening, id)))
        .collect()
}

/// A State's name in the interface's language, as the UN wrote it on `date` (the meeting's opening).
fn state_name(workspace: &Workspace, date: Date, iso3: &str) -> String {
    workspace
        .name_on(&EntityId::state(iso3), crate::i18n::language(), date)
        .to_owned()
}

/// What a choice of State did this frame.
enum Picked {
    Unchanged,
    /// The State chosen, or none ("—").
    To(Option<String>),
}

/// A choice of State by name, in the interface's language and its order; `None` is "—".
fn state_choice(
    ui: &mut Ui,
    (workspace, date): (&Workspace, Date),
    id_salt: &str,
    label: egui::Id,
    current: Option<&str>,
) -> Picked {
    let name = |iso3: Option<&str>| {
        iso3.map_or_else(|| "—".to_owned(), |iso3| state_name(workspace, date, iso3))
    };
    let mut selected = current.map(ToOwned::to_owned);
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(name(current))
        .width(260.0)
        .height(320.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut selected, None, "—");
            let lang = crate::i18n::language();
            let mut states: Vec<(String, String)> = reference::states()
                .iter()
                .map(|s| (s.iso3.clone(), state_name(workspace, date, &s.iso3)))
                .collect();
            states.sort_by(|a, b| crate::text::collate_in(lang, &a.1, &b.1));
            for (iso3, name) in states {
                ui.selectable_value(&mut selected, Some(iso3), name);
            }
        })
        .response
        .labelled_by(label);
    if selected.as_deref() == current {
        Picked::Unchanged
    } else {
        Picked::To(selected)
    }
}

/// The meeting's settings; returns the edit of its details a change makes (typing in a field merges
/// with the keystrokes before it), and, when the opening date changes the categories of States, what to
/// say of them.
pub fn ui(ui: &mut Ui, cx: &Cx) -> Vec<Action> {
    let Some(meeting) = cx.meeting else {
        ui.centered_and_justified(|ui| {
            ui.label(t!("table-no-meeting"));
        });
        return Vec::new();
    };
    let details = meeting.details();
    let workspace = cx.workspace;
    let mut new = details.clone();
    let mut form = Form::new(None);

    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(760.0);
            ui.heading(meeting.words(crate::i18n::language()).name);
            ui.label(RichText::new(t!("ms-note")).weak());
            section(ui, &t!("ms-meeting"));
            form_grid(ui, "meeting", |ui| meeting_rows(ui, &mut form, &mut new));
            section(ui, &t!("ms-officers"));
            form_grid(ui, "officers", |ui| {
                let opening = new.opening;
                officer_rows(ui, &mut form, (workspace, opening), &mut new.officers);
            });
            section(ui, &t!("ms-correspondence"));
            ui.label(RichText::new(t!("ms-correspondence-note")).weak());
            form_grid(ui, "correspondence", |ui| {
                correspondence_rows(ui, &mut form, &mut new);
            });
            section(ui, &t!("ms-languages"));
            ui.label(RichText::new(t!("ms-languages-note")).weak());
            for lang in [Lang::Fr, Lang::Es, Lang::Ru] {
                ui.add_space(4.0);
                ui.strong(lang.native_name());
                form_grid(ui, format!("words-{}", lang.code()), |ui| {
                    words_rows(
                        ui,
                        &mut form,
                        lang,
                        new.translations.entry(lang).or_default(),
                    );
                });
            }
        });

    let Some(change) = form.change else {
        return Vec::new();
    };
    if new == details {
        return Vec::new();
    }
    let said = (new.opening != details.opening)
        .then(|| opening_changed(cx, meeting, details.opening, new.opening));
    let edit = Edit::SetMeetingDetails {
        meeting: meeting.id.clone(),
        details: Box::new(new),
    };
    let mut actions = vec![match change.undo_key(&format!("meeting/{}", meeting.id)) {
        Some(key) => Action::EditTyped(edit, key),
        None => Action::Edit(edit),
    }];
    actions.extend(said);
    actions
}

/// What to say when the opening moves from `before` to `after`: the States whose category changes.
fn opening_changed(cx: &Cx, meeting: &Meeting, before: Date, after: Date) -> Action {
    let then = categories(cx.workspace, meeting, before);
    let now = categories(cx.workspace, meeting, after);
    let changed: Vec<(EntityId, Option<Category>)> = then
        .iter()
        .zip(&now)
        .filter(|(a, b)| a.1 != b.1)
        .map(|(_, b)| b.clone())
        .collect();
    let text = match changed.as_slice() {
        [(id, category)] => t!(
            "ms-opening-changed-one",
            date = after.to_string(),
            name = cx.name_of(id),
            category = category.map_or_else(|| t!("table-unknown"), crate::model::words::category)
        ),
        _ => t!(
            "ms-opening-changed",
            date = after.to_string(),
            count = changed.len()
        ),
    };
    Action::Say(text, changed.into_iter().map(|(id, _)| id).collect())
}

/// The meeting's own fields.
fn meeting_rows(ui: &mut Ui, form: &mut Form<'_>, new: &mut crate::model::Meeting) {
    form.number(
        ui,
        &t!("ms-number"),
        Field::MeetingNumber,
        &mut new.ordinal,
        &t!("ms-number-hint"),
    );
    form.text(
        ui,
        &t!("ms-full-name"),
        Field::MeetingName,
        &mut new.full_name,
        required,
    );
    form.text(
        ui,
        &t!("ms-short-name"),
        Field::MeetingShortName,
        &mut new.short_name,
        required,
    );
    form.text(
        ui,
        &t!("ms-venue"),
        Field::MeetingVenue,
        &mut new.venue,
        any_text,
    );
    form.text(
        ui,
        &t!("ms-at-venue"),
        Field::MeetingAtVenue,
        &mut new.at_venue,
        any_text,
    );
    form.required_date(
        ui,
        &t!("ms-opening"),
        Field::MeetingDates,
        &mut new.opening,
        |d| d.is_none().then(|| t!("ms-needs-opening")),
    );
    let opening = new.opening;
    form.required_date(
        ui,
        &t!("ms-closing"),
        Field::MeetingClosing,
        &mut new.closing,
        |d| match d {
            None => Some(t!("ms-needs-closing")),
            Some(d) if d < opening => Some(t!("ms-before-opening")),
            Some(_) => None,
        },
    );
    form.text(
        ui,
        &t!("ms-symbol"),
        Field::SymbolPrefix,
        &mut new.symbol_prefix,
        any_text,
    );
    let closing = new.closing;
    form.date(
        ui,
        &t!("ms-deadline"),
        Field::RegistrationDeadline,
        &mut new.registration_deadline,
        |d| {
            d.is_some_and(|d| d > closing)
                .then(|| t!("ms-after-closing"))
        },
    );
    form.optional_number(
        ui,
        &t!("ms-seats"),
        Field::Seats,
        &mut new.seats_per_delegation,
        &t!("ms-seats-hint"),
    );
}

/// What letters cite and who signs them: the mandating resolution, the secretariat's reference prefix,
/// the signatory of the letters to organisations.
fn correspondence_rows(ui: &mut Ui, form: &mut Form<'_>, new: &mut crate::model::Meeting) {
    form.text(
        ui,
        &t!("ms-mandate"),
        Field::Mandate,
        &mut new.mandate.symbol,
        any_text,
    );
    form.date(
        ui,
        &t!("ms-mandate-date"),
        Field::MandateDate,
        &mut new.mandate.adopted,
        |_| None,
    );
    form.text(
        ui,
        &t!("ms-reference-prefix"),
        Field::ReferencePrefix,
        &mut new.reference_prefix,
        any_text,
    );
    form.text(
        ui,
        &t!("ms-signatory"),
        Field::Signatory,
        &mut new.signatory.name,
        any_text,
    );
    form.text(
        ui,
        &t!("ms-signatory-title"),
        Field::SignatoryTitle,
        &mut new.signatory.title,
        any_text,
    );
}

/// The meeting's words in one language other than English.
fn words_rows(ui: &mut Ui, form: &mut Form<'_>, lang: Lang, words: &mut MeetingWords) {
    for (label, part, value) in [
        (t!("ms-full-name"), WordsPart::Name, &mut words.name),
        (t!("ms-venue"), WordsPart::Venue, &mut words.venue),
        (t!("ms-at-venue"), WordsPart::AtVenue, &mut words.at_venue),
        (
            t!("ms-signatory-title"),
            WordsPart::SignatoryTitle,
            &mut words.signatory_title,
        ),
    ] {
        let label = format!("{label} ({})", lang.code());
        form.text(ui, &label, Field::Translation(lang, part), value, any_text);
    }
}

/// The President and the Secretary-General (a person, and the State they come from), and the
/// Vice-Presidents (States).
fn officer_rows(
    ui: &mut Ui,
    form: &mut Form<'_>,
    (workspace, date): (&Workspace, Date),
    officers: &mut crate::model::Officers,
) {
    for (label, field, officer) in [
        (
            t!("ms-president"),
            Field::President,
            &mut officers.president,
        ),
        (
            t!("ms-secretary-general"),
            Field::SecretaryGeneral,
            &mut officers.secretary_general,
        ),
        (
            t!("ms-executive-secretary"),
            Field::ExecutiveSecretary,
            &mut officers.executive_secretary,
        ),
    ] {
        let (mut name, mut state) = match officer.as_ref() {
            Some(Officer::Person { name, state }) => (name.clone(), state.clone()),
            Some(Officer::State(iso3)) => (String::new(), Some(iso3.clone())),
            None => (String::new(), None),
        };
        form.text(ui, &label, field, &mut name, any_text);
        let state_label = ui.label(t!("ms-state-of", office = label.clone()));
        if let Picked::To(chosen) = state_choice(
            ui,
            (workspace, date),
            &format!("{field:?}"),
            state_label.id,
            state.as_deref(),
        ) {
            state = chosen;
            form.touched();
        }
        ui.end_row();
        *officer = match (name, state) {
            (name, None) if name.trim().is_empty() => None,
            (name, Some(state)) if name.trim().is_empty() => Some(Officer::State(state)),
            (name, state) => Some(Officer::Person { name, state }),
        };
    }
    ui.label(t!("ms-vice-presidents"));
    ui.vertical(|ui| {
        let mut removed = None;
        for (i, officer) in officers.vice_presidents.iter().enumerate() {
            let text = match officer {
                Officer::State(iso3) => state_name(workspace, date, iso3),
                Officer::Person { name, .. } => name.clone(),
            };
            ui.horizontal(|ui| {
                ui.label(text);
                if ui.small_button(t!("ms-remove")).clicked() {
                    removed = Some(i);
                }
            });
        }
        if let Some(i) = removed {
            officers.vice_presidents.remove(i);
            form.touched();
        }
        ui.horizontal(|ui| {
            let label = ui.label(t!("ms-add"));
            if let Picked::To(Some(iso3)) =
                state_choice(ui, (workspace, date), "add_vice_president", label.id, None)
            {
                officers.vice_presidents.push(Officer::State(iso3));
                form.touched();
            }
        });
    });
    ui.end_row();
}
