//! Property: for generated workspaces and generated edits, applying an edit and then its inverse gives the
//! workspace back exactly; a failing edit changes nothing; and the document's unsaved mark is exact: it is
//! clear only when the workspace is the saved one, and undoing everything back to the save clears it.

use crate::common::generate;

use generate::{date, invitee, text, workspace};
use msp_invitations::edit::{Document, Edit};
use msp_invitations::i18n::Lang;
use msp_invitations::model::{
    Address, AddressKind, Correction, EntityId, MeetingId, OrgKind, Organisation, Settings,
    TemplateKind, Workspace, new_meeting, reference,
};
use proptest::prelude::*;
use proptest::sample::select;

/// An edit that may apply to `ws`, or may not (a meeting that is not there): both must be safe.
fn edit_for(ws: &Workspace) -> BoxedStrategy<Edit> {
    let mut ids: Vec<EntityId> = ws
        .meetings
        .first()
        .map(|m| m.invitees.keys().cloned().collect())
        .unwrap_or_default();
    ids.extend(
        reference::states()
            .iter()
            .take(5)
            .map(|s| EntityId::state(&s.iso3)),
    );
    let mut org_ids: Vec<String> = ws.organisations.keys().cloned().collect();
    org_ids.push("u-new".to_owned());
    let meetings = ws.meetings.len();
    // The meetings' ids, and one that is not there (an edit to a meeting removed meanwhile).
    let mut meeting_ids: Vec<MeetingId> = ws.meetings.iter().map(|m| m.id.clone()).collect();
    meeting_ids.push("gone".into());
    let details = ws
        .meetings
        .first()
        .map(msp_invitations::model::Meeting::details);
    let put_invitee = (
        select(meeting_ids.clone()),
        select(ids),
        proptest::option::of(invitee()),
    )
        .prop_map(|(meeting, id, value)| Edit::PutInvitee { meeting, id, value });
    let set_details = (
        select(meeting_ids.clone()),
        text(),
        text(),
        date(),
        1u32..40,
        text(),
    )
        .prop_map(
            move |(meeting, full_name, venue, opening, ordinal, words)| {
                let mut new = details
                    .clone()
                    .unwrap_or_else(|| new_meeting(1, opening, opening, "Geneva").details());
                new.full_name = full_name;
                new.venue = venue;
                new.opening = opening;
                new.ordinal = ordinal;
                new.translations.entry(Lang::Fr).or_default().at_venue = words.clone();
                new.mandate.symbol.clone_from(&words);
                new.reference_prefix = words;
                Edit::SetMeetingDetails {
                    meeting,
                    details: Box::new(new),
                }
            },
        );
    let put_org = (
        select(org_ids),
        proptest::option::of((text(), text(), select(OrgKind::ALL.to_vec()))),
    )
        .prop_map(|(id, value)| Edit::PutOrganisation {
            id: id.clone(),
            value: value.map(|(name, acronym, kind)| Organisation {
                id,
                name,
                acronym,
                kind,
            }),
        });
    let insert = (0..meetings + 2, 1u32..40, date()).prop_map(|(index, ordinal, opening)| {
        let mut meeting = new_meeting(ordinal, opening, opening, "Geneva");
        meeting.id = format!("new-{ordinal}").as_str().into();
        Edit::InsertMeeting {
            index,
            meeting: Box::new(meeting),
        }
    });
    let remove = select(meeting_ids).prop_map(|id| Edit::RemoveMeeting { id });
    let entity = select(ids_for_workspace_edits(ws));
    let put_address = (
        entity.clone(),
        proptest::option::of((
            select(AddressKind::ALL.to_vec()),
            text(),
            text(),
            proptest::option::of(select(Lang::ALL.to_vec())),
        )),
    )
        .prop_map(|(id, value)| Edit::PutAddress {
            id,
            value: value.map(|(kind, city, email, language)| Address {
                kind,
                city,
                email,
                language,
                ..Address::default()
            }),
        });
    let put_correction = (
        entity,
        proptest::option::of((proptest::option::of(text()), text())),
    )
        .prop_map(|(id, value)| Edit::PutCorrection {
            id,
            value: value.map(|(name, running)| Correction {
                name,
                names: [(Lang::Es, running.clone())].into_iter().collect(),
                running: [(Lang::Fr, running)].into_iter().collect(),
            }),
        });
    let info = (text(), text()).prop_map(|(name, prefix)| Edit::SetWorkspaceInfo {
        name,
        settings: Settings {
            letter_templates: [((Lang::En, TemplateKind::Rule14), prefix)]
                .into_iter()
                .collect(),
            ..Settings::default()
        },
    });
    let simple = prop_oneof![
        4 => put_invitee,
        2 => set_details,
        2 => put_org,
        1 => insert,
        1 => remove,
        1 => info,
        2 => put_address,
        1 => put_correction,
    ];
    prop_oneof![
        4 => simple.clone(),
        1 => proptest::collection::vec(simple, 0..4).prop_map(Edit::Batch),
    ]
    .boxed()
}

/// Invitees an address or a correction may be about: a few States and the workspace's organisations.
fn ids_for_workspace_edits(ws: &Workspace) -> Vec<EntityId> {
    reference::states()
        .iter()
        .take(4)
        .map(|s| EntityId::state(&s.iso3))
        .chain(ws.organisations.keys().map(|o| EntityId::org(o)))
        .collect()
}

fn workspace_and_edits() -> impl Strategy<Value = (Workspace, Vec<Edit>)> {
    workspace().prop_flat_map(|ws| {
        let edits = proptest::collection::vec(edit_for(&ws), 1..8);
        (Just(ws), edits)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn an_edit_and_its_inverse_give_the_workspace_back((ws, edits) in workspace_and_edits()) {
        let mut current = ws;
        for edit in edits {
            let before = current.clone();
            match edit.clone().apply(&mut current) {
                Ok(Some(inverse)) => {
                    let after = current.clone();
                    let redo = inverse.apply(&mut current);
                    prop_assert!(redo.is_ok(), "the inverse of {edit:?} failed: {redo:?}");
                    prop_assert_eq!(&current, &before, "undoing {:?}", edit);
                    // And the inverse of the inverse is the edit again.
                    let again = redo.expect("checked").expect("an inverse changes something");
                    prop_assert!(again.apply(&mut current).is_ok());
                    prop_assert_eq!(&current, &after);
                }
                Ok(None) => prop_assert_eq!(&current, &before, "{:?} changed nothing", edit),
                Err(_) => prop_assert_eq!(&current, &before, "a failed {:?} left a change", edit),
            }
        }
    }

    #[test]
    fn the_unsaved_mark_is_exact((ws, edits) in workspace_and_edits()) {
        let saved = ws.clone();
        let mut doc = Document::new(ws, true);
        let mut applied = 0;
        for edit in edits {
            if doc.apply(edit) == Ok(true) {
                applied += 1;
            }
            // Never clean while the workspace differs from what is on disk.
            prop_assert!(doc.is_dirty() || doc.workspace() == &saved);
        }
        let after = doc.workspace().clone();
        for _ in 0..applied {
            prop_assert!(doc.undo());
        }
        prop_assert!(!doc.can_undo());
        prop_assert!(!doc.is_dirty(), "undone back to the save");
        prop_assert_eq!(doc.workspace(), &saved);
        for _ in 0..applied {
            prop_assert!(doc.redo());
        }
        prop_assert_eq!(doc.workspace(), &after);
        prop_assert_eq!(doc.is_dirty(), applied > 0);
        doc.mark_saved();
        prop_assert!(!doc.is_dirty());
        if applied > 0 {
            prop_assert!(doc.undo());
            prop_assert!(doc.is_dirty());
        }
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_typing_it_back_is_clean(
        ws in workspace(),
        values in proptest::collection::vec(text(), 1..6),
    ) {
        let saved = ws.clone();
        let original = ws.name.clone();
        let mut doc = Document::new(ws, true);
        let info = |name: String| Edit::SetWorkspaceInfo {
            name,
            settings: saved.settings.clone(),
        };
        for value in &values {
            let _ = doc.apply_coalesced(info(value.clone()), "name");
        }
        prop_assert_eq!(doc.is_dirty(), doc.workspace() != &saved);
        if doc.can_undo() {
            prop_assert!(doc.undo());
            prop_assert!(!doc.can_undo(), "one step");
        }
        prop_assert_eq!(&doc.workspace().name, &original);
        prop_assert!(!doc.is_dirty());
    }
}
