//! The organiser's recurring jobs, driven through the app: letters, observer status, credentials, the
//! dashboard, the next meeting and seating. Each flow checks the document and the screen.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use std::collections::BTreeSet;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use msp_invitations::app::{App, Dialog, View};
use msp_invitations::model::{
    Category, Decision, EntityId, InvitationStatus, OrgKind, Reply, builtin_workspace,
    sample::with_generated_delegations,
};

fn pdf_pages(path: &std::path::Path) -> usize {
    pdf::pages(&std::fs::read(path).expect("the PDF was written"))
}

#[test]
fn generate_letters_for_the_observer_states_and_see_them_invited() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("letters.pdf");
    let mut h = builtin();
    click(&mut h, "Letters");
    assert_eq!(h.state().view(), View::Letters);
    choose(&mut h, "Letters to", "Observer States");
    assert!(
        shows(&h, "36 invitees, 36 not yet invited"),
        "{}",
        all_text(&h)
    );
    let date = h.get_by_label("Date of the letters");
    date.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Date of the letters")
        .type_text("2013-06-03");
    h.run();
    type_into(&mut h, "Reference prefix", "ODA/GVA/2013/");
    assert!(
        shows_containing(
            &h,
            "presents his compliments to the Permanent Representative of the Republic of Armenia to the United Nations Office at Geneva"
        ),
        "{}",
        all_text(&h)
    );
    assert!(shows(&h, "Ref.: ODA/GVA/2013/001"));
    // The prefix is the meeting's own, kept with it.
    assert_eq!(
        h.state().work().workspace().meetings[0].reference_prefix,
        "ODA/GVA/2013/"
    );
    // Marking the invitees is a choice, and the view says before what Generate will do.
    assert!(
        shows(
            &h,
            "36 letters, references ODA/GVA/2013/001 to ODA/GVA/2013/036; nobody is marked invited. No letterhead: each starts at the reference."
        ),
        "{}",
        all_text(&h)
    );
    click(
        &mut h,
        "Mark them as invited on that date, with their references",
    );
    assert!(
        shows(
            &h,
            "Generate 36 letters and mark 36 invitees invited on 3 June 2013 with references ODA/GVA/2013/001 to ODA/GVA/2013/036. No letterhead: each starts at the reference."
        ),
        "{}",
        all_text(&h)
    );
    assert!(shows(&h, "Generate 36 letters and mark them invited…"));
    // The button, and the file chosen in the file dialog.
    h.get_by_label("Generate 36 letters and mark them invited…")
        .click();
    h.step();
    assert!(h.state_mut().choose_path(&path), "Generate asks for a file");
    h.step();
    wait_for_job(&mut h);
    assert_eq!(pdf_pages(&path), 36);

    let ws = h.state().work().workspace();
    let meeting = &ws.meetings[0];
    let armenia = &meeting.invitees[&EntityId::state("ARM")].invitation;
    assert_eq!(armenia.status, InvitationStatus::Invited);
    assert_eq!(armenia.sent, Some(d("2013-06-03")));
    assert_eq!(armenia.reference, "ODA/GVA/2013/001");
    let marshall = &meeting.invitees[&EntityId::state("MHL")].invitation;
    assert_eq!(
        marshall.status,
        InvitationStatus::Invited,
        "signatories are observer States too"
    );
    let chile = &meeting.invitees[&EntityId::state("CHL")].invitation;
    assert_eq!(
        chile.status,
        InvitationStatus::NotInvited,
        "a State Party is not an observer"
    );
    assert!(shows(&h, "36 invitees, 0 not yet invited"));
    // One undo step.
    assert!(h.state_mut().work_mut().undo());
    h.run();
    assert!(shows(&h, "36 invitees, 36 not yet invited"));
}

#[test]
fn move_an_ngo_through_rule_1_4_to_approved_and_into_the_list() {
    let mut ws = builtin_workspace();
    ws.organisations.insert(
        "mag".to_owned(),
        msp_invitations::model::Organisation {
            id: "mag".to_owned(),
            name: "Mines Advisory Group".to_owned(),
            acronym: "MAG".to_owned(),
            kind: OrgKind::NonGovernmental,
        },
    );
    let record = ws.meetings[0]
        .invitees
        .entry(EntityId::org("mag"))
        .or_default();
    record.observer_request = Some(Default::default());
    let mut member = msp_invitations::model::Member::new(
        msp_invitations::model::PersonId(1),
        msp_invitations::model::Role::HeadOfDelegation,
    );
    member.family_name = "Tembo".to_owned();
    record.delegation.members.push(member);
    let mut h = harness(App::new(ws, None, Default::default()));
    click_tab(&mut h, "Observer status");
    let date = h.get_by_label("Date of the step");
    date.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Date of the step").type_text("2013-10-01");
    h.run();
    // The step buttons keep their places as the steps are taken.
    let approve_at = h.get_by_label("Approve").rect();
    click(&mut h, "Request received");
    click(&mut h, "Recommend");
    assert_eq!(h.get_by_label("Approve").rect(), approve_at);
    assert!(
        shows(&h, "Recommended by the Coordinating Committee"),
        "{}",
        all_text(&h)
    );
    let request = |h: &egui_kittest::Harness<'_, App>| {
        h.state().work().workspace().meetings[0].invitees[&EntityId::org("mag")]
            .observer_request
            .clone()
            .unwrap_or_default()
    };
    let list = |h: &egui_kittest::Harness<'_, App>| {
        msp_invitations::exchange::participants::participant_list(
            h.state().work().workspace(),
            &h.state().work().workspace().meetings[0],
            "INF.2",
            d("2013-12-02"),
        )
    };
    assert!(
        list(&h)
            .sections
            .iter()
            .all(|s| s.category != Category::NonGovernmental)
    );
    assert_eq!(
        msp_invitations::model::validate(h.state().work().workspace()).len(),
        1,
        "listed without approval"
    );
    click(&mut h, "Approve");
    assert_eq!(
        request(&h).decision,
        Some((Decision::Approved, d("2013-10-01")))
    );
    assert!(shows(&h, "Approved by the meeting"));
    let list = list(&h);
    let ngos = list
        .sections
        .iter()
        .find(|s| s.category == Category::NonGovernmental)
        .expect("an NGO section");
    assert_eq!(ngos.delegations[0].name, "Mines Advisory Group");
    assert!(msp_invitations::model::validate(h.state().work().workspace()).is_empty());
    // The invitee table shows the step.
    click(&mut h, "Invitees");
    search(&mut h, "MAG");
    assert!(shows(&h, "Approved by the meeting"));
}

#[test]
fn record_credentials_and_watch_the_missing_list_shrink() {
    let ws = with_generated_delegations(builtin_workspace(), 300, 9);
    let mut h = harness(App::new(ws, None, Default::default()));
    click_tab(&mut h, "Credentials");
    let missing_before = msp_invitations::exchange::registers::credentials(
        h.state().work().workspace(),
        &h.state().work().workspace().meetings[0],
        msp_invitations::i18n::Lang::En,
    )
    .iter()
    .filter(|r| r.credentials.is_none())
    .count();
    assert!(missing_before > 0);
    assert!(
        shows_containing(&h, &format!("missing from {missing_before}.")),
        "{}",
        all_text(&h)
    );
    let first = h
        .get_all_by_label("Note verbale")
        .next()
        .expect("a missing State");
    let copy_at = first.rect();
    first.click();
    h.run();
    // The buttons keep their places once the credentials are recorded beside them.
    assert_eq!(
        h.get_all_by_label("Note verbale")
            .next()
            .expect("the same button, on the first row")
            .rect(),
        copy_at
    );
    h.state_mut().work_mut().undo();
    h.run();
    click(&mut h, "Only those still missing");
    let first = h
        .get_all_by_label("Note verbale")
        .next()
        .expect("a missing State");
    first.click();
    h.run();
    let missing_after = missing_before - 1;
    assert!(
        shows_containing(&h, &format!("missing from {missing_after}.")),
        "{}",
        all_text(&h)
    );
    let rows = msp_invitations::exchange::registers::credentials(
        h.state().work().workspace(),
        &h.state().work().workspace().meetings[0],
        msp_invitations::i18n::Lang::En,
    );
    assert_eq!(
        rows.iter().filter(|r| r.credentials.is_none()).count(),
        missing_after
    );
}

#[test]
fn click_a_bar_in_the_dashboard_and_get_the_matching_filter() {
    let mut ws = builtin_workspace();
    for iso3 in ["ARM", "AZE", "BHR"] {
        let inv = &mut ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("State")
            .invitation;
        inv.status = InvitationStatus::Invited;
        inv.sent = Some(d("2013-06-03"));
    }
    ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("ARM"))
        .expect("Armenia")
        .invitation
        .reply = Reply::Declined;
    let mut h = harness(App::new(ws, None, Default::default()));
    click(&mut h, "Dashboard");
    h.run();
    assert!(shows(&h, "Not answered: 2"), "{}", all_text(&h));
    let segment = h
        .state()
        .dashboard_segments()
        .iter()
        .find(|s| s.category == Category::ObserverNotParty && s.ids.len() == 2)
        .cloned()
        .expect("the not-party observers invited without a reply");
    assert!(segment.rect.is_positive(), "drawn: {:?}", segment.rect);
    // A real pointer click in the middle of the bar segment.
    let pos = segment.rect.center();
    h.event(egui::Event::PointerMoved(pos));
    h.run();
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    assert_eq!(h.state().view(), View::Invitees);
    let shown: BTreeSet<EntityId> = h
        .state()
        .table()
        .visible_rows()
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(
        shown,
        BTreeSet::from([EntityId::state("AZE"), EntityId::state("BHR")])
    );
    assert!(
        shows(&h, "Not parties: invited, no reply ×"),
        "{}",
        all_text(&h)
    );
    click(&mut h, "Not parties: invited, no reply ×");
    assert_eq!(h.state().table().visible_len(), 224);
}

#[test]
fn a_dashboard_figure_filters_the_table_too() {
    let mut ws = builtin_workspace();
    let inv = &mut ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile")
        .invitation;
    inv.status = InvitationStatus::Invited;
    inv.sent = Some(d("2013-06-03"));
    let mut h = harness(App::new(ws, None, Default::default()));
    click(&mut h, "Dashboard");
    click(&mut h, "Not answered: 1");
    assert_eq!(
        h.state()
            .table()
            .visible_rows()
            .map(|r| r.name.as_str())
            .collect::<Vec<_>>(),
        vec!["Chile"]
    );
}

#[test]
fn create_the_next_meeting_and_see_the_categories_recomputed() {
    let mut h = builtin();
    click(&mut h, "Meeting");
    click(&mut h, "New meeting from this one…");
    assert!(matches!(
        h.state().work().dialog(),
        Some(Dialog::NextMeeting(_))
    ));
    type_into(&mut h, "Opening", "2015-11-30");
    type_into(&mut h, "Closing", "2015-12-04");
    click(&mut h, "Create");
    let ws = h.state().work().workspace();
    assert_eq!(ws.meetings.len(), 2);
    assert_eq!(h.state().work().meeting_id(), ws.meetings[1].id);
    let meeting = &ws.meetings[1];
    assert_eq!(meeting.short_name, "14MSP");
    assert_eq!(
        ws.count_by_category(meeting).get(&Category::StateParty),
        Some(&162)
    );
    assert!(shows(&h, "States Parties 162"), "{}", all_text(&h));
    assert!(shows(&h, "Created the 14MSP"));
    assert!(h.state_mut().work_mut().undo());
    h.run();
    assert_eq!(h.state().work().workspace().meetings.len(), 1);
}

#[test]
fn draw_a_country_and_see_the_seating_plan_start_with_it() {
    let mut ws = with_generated_delegations(builtin_workspace(), 400, 4);
    // No one asks for an accessible seat, which would take the first seat from the State drawn; and only
    // States Parties come, so that the State drawn opens the plan (observer States start their own group).
    let observers: Vec<EntityId> = ws.meetings[0]
        .invitees
        .keys()
        .filter(|id| ws.category(&ws.meetings[0], id) != Some(Category::StateParty))
        .cloned()
        .collect();
    for (id, invitee) in &mut ws.meetings[0].invitees {
        invitee.delegation.accessible_seat = false;
        if observers.contains(id) {
            invitee.delegation.members.clear();
        }
    }
    let mut h = harness(App::new(ws, None, Default::default()));
    click(&mut h, "Seating");
    assert!(shows(
        &h,
        "Draw the first seat by lot, or choose the State, to see the plan."
    ));
    // The draw asks first: who draws. Nothing is drawn until then.
    click(&mut h, "Draw by lot…");
    assert!(
        h.state().work().seating_plan().is_none(),
        "nothing drawn yet"
    );
    assert!(
        matches!(h.state().work().dialog(), Some(Dialog::Draw(_))),
        "{}",
        all_text(&h)
    );
    assert!(shows(
        &h,
        "Give the name of who draws, as the plan will print it."
    ));
    type_into(&mut h, "Drawn by", "Ms. A. Officer");
    click(&mut h, "Draw");
    let plan = h.state().work().seating_plan().expect("a plan");
    let drawn = plan[0].id.clone();
    // Recorded in the meeting: the State, the day, by whom; printed on the plan.
    let record = h.state().work().workspace().meetings[0]
        .first_seat
        .clone()
        .expect("the draw is recorded");
    assert_eq!(EntityId::state(&record.state), drawn);
    assert!(record.by_lot);
    assert_eq!(record.by, "Ms. A. Officer");
    assert_eq!(record.on, d(TODAY));
    let request = msp_invitations::exchange::ExportRequest {
        list: msp_invitations::exchange::ListKind::Seating,
        format: msp_invitations::exchange::Format::Html,
        meeting: "13MSP".into(),
        document_number: String::new(),
        date: d(TODAY),
        internal: false,
        csv: Default::default(),
        since: None,
        only: None,
        first_seat: None,
        letters: Default::default(),
        lang: msp_invitations::i18n::Lang::En,
        designated_only: false,
        attended: false,
    };
    let html = String::from_utf8(
        msp_invitations::exchange::export(h.state().work().workspace(), &request)
            .expect("the plan"),
    )
    .expect("utf-8");
    assert!(
        // The State is drawn at random: its name as the HTML writes it ("Côte d&#39;Ivoire").
        html.contains(&format!(
            "{} was drawn by lot on 3 June 2013 by Ms. A. Officer.",
            msp_invitations::exchange::html::escape(&plan[0].name)
        )),
        "{html}"
    );
    // A second draw asks again, saying what it replaces; Cancel keeps the first.
    click(&mut h, "Draw by lot…");
    assert!(
        common::shows_containing(&h, "A new draw replaces this:"),
        "{}",
        all_text(&h)
    );
    click(&mut h, "Cancel");
    assert_eq!(
        h.state().work().seating_plan().expect("a plan")[0].id,
        drawn
    );
    assert!(matches!(drawn, EntityId::State(_)));
    assert_eq!(plan[0].number, 1);
    assert!(
        h.query_by_label(&plan[0].name).is_some() || h.get_all_by_label(&plan[0].name).count() > 1
    );
    // Choosing a State by hand puts it first, and the others follow alphabetically from it, wrapping round.
    // (One near the top of the alphabet, so it is in view when the list opens.)
    let mut parties: Vec<_> = plan
        .iter()
        .filter(|s| s.id != drawn && s.category == Category::StateParty)
        .cloned()
        .collect();
    parties.sort_by(|a, b| msp_invitations::text::collate(&a.name, &b.name));
    let other = parties.first().expect("another State").clone();
    choose(&mut h, "First seat", &other.name);
    let plan = h.state().work().seating_plan().expect("a plan");
    assert_eq!(plan[0].id, other.id);
    let parties: Vec<&str> = plan
        .iter()
        .filter(|s| s.category == Category::StateParty)
        .map(|s| s.name.as_str())
        .collect();
    let mut sorted = parties.clone();
    sorted.sort_by(|a, b| msp_invitations::text::collate(a, b));
    let start = sorted
        .iter()
        .position(|n| *n == other.name)
        .expect("in the plan");
    let rotated: Vec<&str> = sorted[start..]
        .iter()
        .chain(&sorted[..start])
        .copied()
        .collect();
    assert_eq!(parties, rotated);
}

/// A large batch (a letter per State Party, in its own file) runs on the worker thread: the window keeps
/// drawing, shows how far it is, and Cancel stops it and removes what it wrote; nobody is marked invited.
#[test]
fn a_large_batch_of_letters_can_be_cancelled() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("letters");
    let mut h = builtin();
    click(&mut h, "Letters");
    click(
        &mut h,
        "A PDF per invitee (in a folder), rather than one PDF",
    );
    click(
        &mut h,
        "Mark them as invited on that date, with their references",
    );
    // The letters' date is today's (the harness's 3 June 2013) until changed.
    let generate = h
        .get_all_by_label_contains("and mark them invited…")
        .next()
        .expect("the Generate button");
    generate.click();
    h.step();
    assert!(
        h.state_mut().choose_path(&folder),
        "Generate asks for a folder"
    );
    // The spinner repaints while the work runs: step frames rather than waiting for a settled screen.
    h.step();
    h.step();
    assert!(
        h.state().work().is_busy(),
        "the letters are written off the UI thread"
    );
    assert!(
        shows_containing(&h, "Writing 161 letters"),
        "{}",
        all_text(&h)
    );
    assert!(shows_containing(&h, "of 161"), "{}", all_text(&h));
    h.get_by_label("Cancel").click();
    h.step();
    h.step();
    assert!(!h.state().work().is_busy());
    h.run();
    assert!(
        shows_containing(&h, "Cancelled"),
        "the status bar says so: {}",
        all_text(&h)
    );
    // The worker notices at the next letter and removes what it wrote.
    let started = std::time::Instant::now();
    let count = || std::fs::read_dir(&folder).map_or(0, std::iter::Iterator::count);
    while count() > 0 && started.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(count(), 0, "a cancelled batch leaves no letters");
    let meeting = &h.state().work().workspace().meetings[0];
    assert!(
        meeting
            .invitees
            .values()
            .all(|i| i.invitation.status == InvitationStatus::NotInvited),
        "nobody is marked invited"
    );
}

#[test]
fn the_dashboard_reckons_the_share_of_women_among_those_whose_gender_is_stated() {
    let mut ws = builtin_workspace();
    for (iso3, id, gender) in [
        ("CHL", 1, msp_invitations::model::Gender::Female),
        ("CHL", 2, msp_invitations::model::Gender::Male),
        ("PER", 3, msp_invitations::model::Gender::Unknown),
    ] {
        let mut m = msp_invitations::model::Member::new(
            msp_invitations::model::PersonId(id),
            msp_invitations::model::Role::Representative,
        );
        m.family_name = format!("Person {id}");
        m.gender = gender;
        ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("State")
            .delegation
            .members
            .push(m);
    }
    let mut h = harness(App::new(ws, None, Default::default()));
    click(&mut h, "Dashboard");
    assert!(shows(&h, "Women: 1 of 2 stated (50%)"), "{}", all_text(&h));
    click(&mut h, "Gender not stated: 1");
    assert_eq!(
        h.state()
            .table()
            .visible_rows()
            .map(|r| r.id.clone())
            .collect::<Vec<_>>(),
        [EntityId::state("PER")]
    );
}

/// The dashboard counts the days to the opening only while it is ahead: during the meeting it says which
/// day it is, after it that the meeting was held; with nobody invited it does not say that everyone
/// invited has answered.
#[test]
fn the_dashboard_says_where_the_meeting_stands_in_time() {
    let mut h = builtin();
    click(&mut h, "Dashboard");
    // The tests' day, 3 June 2013, is 182 days before the 13MSP opened.
    assert!(shows(&h, "Opening: in 182 days"), "{}", all_text(&h));
    assert!(
        shows(&h, "Nobody has been invited yet."),
        "{}",
        all_text(&h)
    );
    assert!(!shows(&h, "Everyone invited has answered."));
    h.state_mut().work_mut().set_today(common::d("2013-12-03"));
    h.run();
    assert!(
        shows(
            &h,
            "The meeting is in session (2–5 December 2013): day 2 of 4."
        ),
        "{}",
        all_text(&h)
    );
    h.state_mut().work_mut().set_today(common::d("2026-12-07"));
    h.run();
    assert!(
        shows(&h, "The meeting was held 2–5 December 2013."),
        "{}",
        all_text(&h)
    );
    assert!(!shows_containing(&h, "days ago"), "{}", all_text(&h));
}
