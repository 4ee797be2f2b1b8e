//! Letters, the seating plan and the registers, through the library and the command line.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use std::fs;

use crate::common;

use common::{d, pdf, run};

use msp_invitations::exchange::LetterLanguage;
use msp_invitations::exchange::letters::{self, TemplateKind};
use msp_invitations::exchange::seating::{ROW_LENGTH, seating_plan};
use msp_invitations::i18n::Lang;
use msp_invitations::model::{
    Category, EntityId, Member, PersonId, Role, Workspace, builtin_workspace,
};

fn with_delegations(ids: &[&str]) -> Workspace {
    let mut ws = builtin_workspace();
    for (n, iso3) in ids.iter().enumerate() {
        let mut m = Member::new(
            PersonId(u32::try_from(n).expect("a few") + 1),
            Role::HeadOfDelegation,
        );
        m.family_name = format!("Person{n}");
        ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("a State")
            .delegation
            .members
            .push(m);
    }
    ws
}

#[test]
fn letters_carry_names_dates_and_references_verbatim() {
    let mut ws = builtin_workspace();
    ws.meetings[0].registration_deadline = Some(d("2013-11-01"));
    ws.corrections.insert(
        EntityId::state("CHL"),
        msp_invitations::model::Correction {
            name: Some("Chile <#[*$]> & Co".to_owned()),
            running: [(Lang::En, "Chile <#[*$]> & Co".to_owned())]
                .into_iter()
                .collect(),
            ..Default::default()
        },
    );
    let meeting = &ws.meetings[0];
    let ids = letters::recipients(&ws, meeting, Some(TemplateKind::StatesParties), true);
    assert_eq!(ids.len(), 161);
    let all = letters::letters(
        &ws,
        meeting,
        &ids,
        ("NV/", 7),
        d("2013-06-03"),
        LetterLanguage::EachInvitee,
    );
    let chile = all
        .iter()
        .find(|l| l.id == EntityId::state("CHL"))
        .expect("Chile");
    let text = chile.paragraphs.join("\n");
    assert!(
        text.contains(
            "presents his compliments to the Permanent Representative of Chile <#[*$]> & Co to the United Nations Office at Geneva"
        ),
        "{text}"
    );
    assert!(text.contains("Thirteenth Meeting of the States Parties"));
    assert!(text.contains("at the Palais des Nations, Geneva, from 2 to 5 December 2013"));
    assert!(text.contains("by 1 November 2013"));
    assert_eq!(
        all[0].reference, "NV/007",
        "numbered in sequence from the first number"
    );
    assert_eq!(all[1].reference, "NV/008");

    let document = letters::letters_document(std::slice::from_ref(chile), d("2013-06-03"), None);
    let bytes = msp_invitations::exchange::pdf::render(&document).expect("pdf");
    let text = pdf::text(&bytes);
    assert!(text.contains("Chile <#[*$]> & Co"), "{text}");
    assert!(text.contains("3 June 2013"));
}

#[test]
fn a_template_of_the_users_replaces_the_builtin_one() {
    let mut ws = builtin_workspace();
    ws.settings.letter_templates.insert(
        (Lang::En, TemplateKind::Organizations),
        "Dear friends at {invitee}, see you on {dates}.".to_owned(),
    );
    let meeting = &ws.meetings[0];
    let ids = vec![EntityId::org("icrc")];
    let letter = &letters::letters(
        &ws,
        meeting,
        &ids,
        ("", 1),
        d("2013-06-03"),
        LetterLanguage::EachInvitee,
    )[0];
    assert_eq!(
        letter.paragraphs,
        vec![
            "Dear friends at International Committee of the Red Cross, see you on 2–5 December 2013."
        ]
    );
}

#[test]
fn seating_starts_from_the_draw_and_wraps_round() {
    let ws = with_delegations(&["AUT", "BEL", "CHL", "DNK", "MHL", "USA", "CUB"]);
    let meeting = &ws.meetings[0];
    let plan = seating_plan(&ws, meeting, &EntityId::state("CHL")).expect("a plan");
    let names: Vec<&str> = plan.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "Chile",
            "Denmark",
            "Austria",
            "Belgium", // States Parties from Chile, wrapping round
            "Cuba",
            "Marshall Islands",
            "United States of America", // then observer States, from "C"
        ]
    );
    assert!(
        seating_plan(&ws, meeting, &EntityId::state("PER")).is_none(),
        "Peru has no delegation"
    );
}

#[test]
fn an_accessible_seat_request_moves_the_others_along_by_one() {
    // Fifteen States Parties: seats 1-12 are row 1, 13-15 row 2; seats 1 and 13 are accessible.
    let states = [
        "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "AUS", "AUT", "BHS", "BGD", "BRB", "BLR",
        "BEL", "BLZ",
    ];
    let mut ws = with_delegations(&states);
    // Bahamas would sit in seat 10 (row 1); it asks for an accessible seat.
    ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("BHS"))
        .expect("Bahamas")
        .delegation
        .accessible_seat = true;
    let plan = seating_plan(&ws, &ws.meetings[0], &EntityId::state("AFG")).expect("plan");
    assert_eq!(ROW_LENGTH, 12);
    let seat_of = |name: &str| {
        plan.iter()
            .find(|s| s.name == name)
            .map(|s| s.number)
            .expect(name)
    };
    assert_eq!(
        seat_of("Bahamas"),
        1,
        "the accessible seat at the start of its row"
    );
    assert!(plan[0].accessible);
    assert_eq!(seat_of("Afghanistan"), 2, "the others move along by one");
    assert_eq!(seat_of("Australia"), 9);
    assert_eq!(seat_of("Austria"), 10);
    assert_eq!(
        seat_of("Bangladesh"),
        11,
        "after Bahamas' old place nothing moves"
    );
    assert_eq!(plan.len(), 15);
    assert!(plan.iter().all(|s| s.category == Category::StateParty));
}

#[test]
fn the_cli_writes_letters_seating_and_registers() {
    let dir = tempfile::tempdir().expect("dir");
    let p = |name: &str| dir.path().join(name).to_str().expect("utf-8").to_owned();
    assert_eq!(
        run(&["new", "--sample", "200", "-o", &p("ws.ron")])
            .status
            .code(),
        Some(0)
    );
    let before = fs::read(p("ws.ron")).expect("read");

    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "letters",
        "--category",
        "observer-states",
        "--format",
        "csv",
        "-o",
        &p("merge.csv"),
        "--reference-prefix",
        "NV/",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merge = fs::read_to_string(p("merge.csv")).expect("csv");
    assert!(merge.starts_with(
        "\u{feff}invitee,code,language,address_1,address_2,address_3,address_4,address_5,address_6,email,fax,contact_name,contact_title,salutation,reference,date,template\n"
    ));
    assert_eq!(merge.lines().count(), 37);
    assert!(
        merge.contains(
            "Armenia,ARM,en,Permanent Mission of the Republic of Armenia,to the United Nations Office at Geneva,"
        ),
        "{merge}"
    );

    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "letters",
        "--category",
        "rule-1-4",
        "-o",
        &p("none.pdf"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "no Rule 1.4 organisation in the sample"
    );

    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "letters",
        "--category",
        "organizations",
        "--per-invitee",
        "-o",
        &p("letters"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files: Vec<_> = fs::read_dir(p("letters")).expect("folder").collect();
    assert_eq!(files.len(), 27);
    assert_eq!(
        fs::read(p("ws.ron")).expect("read"),
        before,
        "no --mark-invited: the workspace is untouched"
    );

    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "letters",
        "--category",
        "organizations",
        "--only-uninvited",
        "--mark-invited",
        "--date",
        "2013-06-10",
        "--reference-prefix",
        "ORG/",
        "-o",
        &p("orgs.pdf"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let saved = fs::read_to_string(p("ws.ron")).expect("read");
    assert!(
        saved.contains("reference: \"ORG/001\""),
        "marked invited with references"
    );

    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "seating",
        "--first-seat",
        "xxx",
        "-o",
        &p("seats.csv"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--first-seat"));

    for list in ["credentials", "observer-requests"] {
        for ext in ["pdf", "csv", "html", "xlsx"] {
            let out = run(&[
                "export",
                &p("ws.ron"),
                "--list",
                list,
                "-o",
                &p(&format!("{list}.{ext}")),
            ]);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{list}.{ext}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let credentials = fs::read_to_string(p("credentials.csv")).expect("csv");
    assert!(credentials.starts_with("\u{feff}state,code,people,credentials,issued_by,received\n"));
    assert!(
        credentials.contains(",Missing,"),
        "the sample leaves some credentials missing"
    );
}

#[test]
fn the_cli_seats_from_a_state_with_a_delegation() {
    let dir = tempfile::tempdir().expect("dir");
    let ws_path = dir.path().join("ws.ron");
    let ws = with_delegations(&["AUT", "BEL", "CHL"]);
    msp_invitations::storage::save(&ws_path, &ws).expect("save");
    let out_path = dir.path().join("seats.csv");
    let out = run(&[
        "export",
        ws_path.to_str().expect("utf-8"),
        "--list",
        "seating",
        "--first-seat",
        "bel",
        "-o",
        out_path.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = fs::read_to_string(&out_path).expect("csv");
    let names: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap_or(""))
        .collect();
    assert_eq!(names, vec!["Belgium", "Chile", "Austria"]);
}

#[test]
fn the_14msp_from_the_cli_has_162_states_parties() {
    let dir = tempfile::tempdir().expect("dir");
    let p = |name: &str| dir.path().join(name).to_str().expect("utf-8").to_owned();
    assert_eq!(
        run(&["new", "--sample", "50", "-o", &p("13.ron")])
            .status
            .code(),
        Some(0)
    );
    let out = run(&[
        "new",
        "--from",
        &p("13.ron"),
        "--meeting",
        "14",
        "--opening",
        "2015-11-30",
        "--closing",
        "2015-12-04",
        "--venue",
        "Palais des Nations, Geneva",
        "-o",
        &p("14.ron"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Fourteenth Meeting of the States Parties"));
    assert!(
        text.lines()
            .any(|l| l.contains("State Party") && l.ends_with(" 162")),
        "{text}"
    );
    let ws = msp_invitations::storage::load(std::path::Path::new(&p("14.ron"))).expect("loads");
    assert_eq!(
        ws.meetings[0].people(),
        0,
        "delegations are not copied unless asked"
    );
    assert!(
        ws.meetings[0]
            .invitees
            .values()
            .all(|i| i.invitation == Default::default())
    );
    let out = run(&[
        "new",
        "--from",
        &p("13.ron"),
        "--copy-delegations",
        "--meeting",
        "14",
        "--opening",
        "2015-11-30",
        "--closing",
        "2015-12-04",
        "--venue",
        "Geneva",
        "-o",
        &p("14b.ron"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let ws = msp_invitations::storage::load(std::path::Path::new(&p("14b.ron"))).expect("loads");
    assert_eq!(ws.meetings[0].people(), 50);
    assert!(msp_invitations::model::validate(&ws).is_empty());
}

/// Placeholders are filled once, in the template: an organisation named "Org {deadline} {reference}"
/// prints as it is named (it used to print "Org the opening of the Meeting 159").
#[test]
fn placeholders_in_names_are_printed_as_they_are() {
    let mut ws = builtin_workspace();
    ws.organisations.insert(
        "odd".to_owned(),
        msp_invitations::model::Organisation {
            id: "odd".to_owned(),
            name: "Org {deadline} {reference}".to_owned(),
            acronym: String::new(),
            kind: msp_invitations::model::OrgKind::NonGovernmental,
        },
    );
    ws.meetings[0]
        .invitees
        .insert(EntityId::org("odd"), Default::default());
    ws.settings.letter_templates.insert(
        (Lang::En, TemplateKind::Rule14),
        "We write to {invitee} about the {meeting}.".to_owned(),
    );
    let meeting = &ws.meetings[0];
    let letter = &letters::letters(
        &ws,
        meeting,
        &[EntityId::org("odd")],
        ("NV/", 7),
        d("2013-06-03"),
        LetterLanguage::EachInvitee,
    )[0];
    let text = letter.paragraphs.join("\n");
    assert!(text.contains("Org {deadline} {reference}"), "{text}");
    assert!(!text.contains("{invitee}"));
}
