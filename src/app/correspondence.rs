//! The detail panel's parts about correspondence, which belong to the workspace rather than the meeting:
//! where letters to the invitee go (its address, for every meeting) and, for a State, its name in the
//! running text of letters when the user knows better than the reference data.

use egui::{RichText, Ui};

use super::widgets::{Change, Form, any_text, form_grid, section, with_none};
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::model::naming::{Basis, state_running_name};
use crate::model::{Address, AddressKind, Correction, Date, EntityId, Field, Workspace, words};
use crate::t;

/// The reason validation gives for an e-mail address, as the field is typed.
fn email_check(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty() && !crate::model::looks_like_email_list(text))
        .then(|| t!("reason-bad-email-list"))
}

/// The kinds an invitee's address may be: missions, embassy and ministry for a State, an office for an
/// organisation.
fn kinds_for(id: &EntityId) -> Vec<AddressKind> {
    match id {
        EntityId::State(_) => AddressKind::ALL
            .into_iter()
            .filter(|k| *k != AddressKind::Office)
            .collect(),
        EntityId::Org(_) => vec![AddressKind::Office],
    }
}

/// The rows of an address: its kind (where the invitee may have several), the contact (an
/// organisation's), the city, the postal address, e-mail, fax, salutation and the letters' language.
fn address_rows(ui: &mut Ui, form: &mut Form<'_>, id: &EntityId, new: &mut crate::model::Address) {
    let kinds = kinds_for(id);
    if kinds.len() > 1 {
        form.choice(
            ui,
            &t!("detail-address-kind"),
            Field::AddressKind,
            &mut new.kind,
            &kinds,
            words::address_kind,
        );
    }
    for (label, field, value) in [
        (
            "detail-contact-name",
            Field::AddressContact,
            &mut new.contact_name,
        ),
        (
            "detail-contact-title",
            Field::AddressContactTitle,
            &mut new.contact_title,
        ),
        ("detail-city", Field::AddressCity, &mut new.city),
    ] {
        if matches!(id, EntityId::State(_))
            && matches!(field, Field::AddressContact | Field::AddressContactTitle)
        {
            continue;
        }
        form.text(ui, &t!(label), field, value, any_text);
    }
    form.notes(
        ui,
        &t!("detail-postal-address"),
        Field::AddressPostal,
        &mut new.postal_address,
    );
    form.text(
        ui,
        &t!("detail-address-email"),
        Field::AddressEmail,
        &mut new.email,
        email_check,
    );
    form.text(
        ui,
        &t!("detail-fax"),
        Field::AddressFax,
        &mut new.fax,
        any_text,
    );
    if matches!(id, EntityId::Org(_)) {
        form.text(
            ui,
            &t!("detail-salutation"),
            Field::AddressSalutation,
            &mut new.salutation,
            any_text,
        );
    }
    let languages = with_none(&Lang::ALL);
    form.choice(
        ui,
        &t!("detail-letter-language"),
        Field::AddressLanguage,
        &mut new.language,
        &languages,
        |lang| {
            lang.map_or_else(
                || t!("detail-letter-language-default"),
                |l| l.native_name().to_owned(),
            )
        },
    );
}

/// The address section: the address on record, editable, or a button to add one. Returns the edit it
/// asks for and how (typing merges into one undo step).
pub fn address_section(
    ui: &mut Ui,
    focus: Option<&super::view::FocusTarget>,
    workspace: &Workspace,
    id: &EntityId,
) -> Option<(Edit, Option<Change>)> {
    section(ui, &t!("detail-address"));
    let Some(old) = workspace.addresses.get(id) else {
        ui.label(RichText::new(t!("detail-no-address")).weak());
        return ui.button(t!("detail-add-address")).clicked().then(|| {
            (
                Edit::PutAddress {
                    id: id.clone(),
                    value: Some(Address::new_for(id)),
                },
                None,
            )
        });
    };
    let mut new = old.clone();
    let mut form = Form::new(focus);
    form_grid(ui, ("address", id), |ui| {
        address_rows(ui, &mut form, id, &mut new);
    });
    if ui.button(t!("detail-remove-address")).clicked() {
        return Some((
            Edit::PutAddress {
                id: id.clone(),
                value: None,
            },
            None,
        ));
    }
    (new != *old).then(|| {
        (
            Edit::PutAddress {
                id: id.clone(),
                value: Some(new),
            },
            form.change,
        )
    })
}

/// A State's name in the running text of letters, per language: what the app will write on `date`, and
/// the user's own wording where set. Returns the edit it asks for.
pub fn running_names_section(
    ui: &mut Ui,
    focus: Option<&super::view::FocusTarget>,
    workspace: &Workspace,
    (id, date): (&EntityId, Date),
) -> Option<(Edit, Option<Change>)> {
    let iso3 = match id {
        EntityId::State(iso3) => iso3,
        EntityId::Org(org) => return org_names_section(ui, focus, workspace, (id, org)),
    };
    section(ui, &t!("detail-running-names"));
    ui.label(RichText::new(t!("detail-running-names-note")).weak());
    let old = workspace.corrections.get(id).cloned().unwrap_or_default();
    let mut new: Correction = old.clone();
    let mut form = Form::new(focus);
    form_grid(ui, ("running", id), |ui| {
        for lang in Lang::ALL {
            let mut text = new.running.get(&lang).cloned().unwrap_or_default();
            let label = format!("{} ({})", t!("detail-running-name"), lang.code());
            form.text(ui, &label, Field::RunningName(lang), &mut text, any_text);
            if text.trim().is_empty() {
                // What the letters say when the user says nothing, and why.
                let suggested = state_running_name(iso3, lang, date);
                let key = if suggested.basis == Basis::InForce {
                    "detail-running-name-in-force"
                } else {
                    "detail-running-name-formal"
                };
                ui.label("");
                ui.label(RichText::new(t!(key, name = suggested.text)).weak().small());
                ui.end_row();
            }
            if text.trim().is_empty() {
                new.running.remove(&lang);
            } else {
                new.running.insert(lang, text);
            }
        }
    });
    (new != old).then(|| {
        let value = (!new.is_empty()).then_some(new);
        (
            Edit::PutCorrection {
                id: id.clone(),
                value,
            },
            form.change,
        )
    })
}

/// An organisation's names in each of the app's languages, and in French and Spanish with the article
/// letters need: the UN's data shown beside each field, the user's own where it has none or words it
/// otherwise. Returns the edit it asks for.
fn org_names_section(
    ui: &mut Ui,
    focus: Option<&super::view::FocusTarget>,
    workspace: &Workspace,
    (id, org): (&EntityId, &str),
) -> Option<(Edit, Option<Change>)> {
    section(ui, &t!("detail-org-names"));
    ui.label(RichText::new(t!("detail-org-names-note")).weak());
    let old = workspace.corrections.get(id).cloned().unwrap_or_default();
    let mut new: Correction = old.clone();
    let data = crate::model::reference::org_names(org);
    let mut form = Form::new(focus);
    // What the UN's data gives beside a field left empty, or that it gives nothing.
    let hint = |ui: &mut Ui, given: Option<&str>| {
        ui.label("");
        let text = match given {
            Some(name) => t!("detail-org-from-data", name = name),
            None => t!("detail-org-not-in-data"),
        };
        ui.label(RichText::new(text).weak().small());
        ui.end_row();
    };
    form_grid(ui, ("org-names", id), |ui| {
        for lang in Lang::ALL {
            let mut text = new.names.get(&lang).cloned().unwrap_or_default();
            let label = format!("{} ({})", t!("detail-org-name"), lang.code());
            form.text(ui, &label, Field::OrgName(lang), &mut text, any_text);
            let known = data.and_then(|d| d.name(lang));
            // An organisation of the user's own has its English name in its record.
            if text.trim().is_empty() && !(lang == Lang::En && data.is_none()) {
                hint(ui, known);
            }
            if text.trim().is_empty() {
                new.names.remove(&lang);
            } else {
                new.names.insert(lang, text);
            }
            if matches!(lang, Lang::Fr | Lang::Es) {
                let mut text = new.running.get(&lang).cloned().unwrap_or_default();
                let label = format!("{} ({})", t!("detail-org-running"), lang.code());
                form.text(ui, &label, Field::RunningName(lang), &mut text, any_text);
                if text.trim().is_empty() {
                    hint(ui, data.and_then(|d| d.running(lang)));
                    new.running.remove(&lang);
                } else {
                    new.running.insert(lang, text);
                }
            }
        }
    });
    (new != old).then(|| {
        let value = (!new.is_empty()).then_some(new);
        (
            Edit::PutCorrection {
                id: id.clone(),
                value,
            },
            form.change,
        )
    })
}
