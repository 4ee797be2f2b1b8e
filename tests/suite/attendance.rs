//! The meeting week's record of who came (issue #29): arrivals by day, kept apart from the invitees'
//! records, merged between desks as a union, and recorded from a script by `checkin`.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use std::time::Duration;

use crate::common;

use chrono::NaiveTime;
use common::*;
use msp_invitations::edit::Edit;
use msp_invitations::model::{EntityId, PersonId, builtin_workspace, sample};
use msp_invitations::session::Session;

/// The 13MSP with `people` invented delegates, saved in `dir`; returns the file and every person.
fn workspace_with_people(
    dir: &std::path::Path,
    people: usize,
) -> (std::path::PathBuf, Vec<(EntityId, PersonId)>) {
    let ws = sample::with_generated_delegations(builtin_workspace(), people, 7);
    let everyone: Vec<(EntityId, PersonId)> = ws.meetings[0]
        .invitees
        .iter()
        .flat_map(|(id, inv)| {
            inv.delegation
                .members
                .iter()
                .map(move |m| (id.clone(), m.id))
        })
        .collect();
    let path = dir.join("13msp.ron");
    msp_invitations::storage::save(&path, &ws).expect("saves");
    (path, everyone)
}

fn arrival(meeting: &str, who: &(EntityId, PersonId), day: &str, time: Option<&str>) -> Edit {
    Edit::PutArrival {
        meeting: msp_invitations::model::MeetingId(meeting.to_owned()),
        invitee: who.0.clone(),
        person: who.1,
        day: d(day),
        time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").expect("a time")),
    }
}

/// Runs `export` on `file` into `out` with `args`, and returns what it wrote.
fn export(file: &str, out: &std::path::Path, args: &[&str]) -> Vec<u8> {
    let mut all = vec!["export", file];
    all.extend_from_slice(args);
    all.extend(["-o", out.to_str().expect("utf-8")]);
    let done = run(&all);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    std::fs::read(out).expect("written")
}

fn save(session: &mut Session) {
    session
        .save(None, &Default::default(), Duration::from_secs(5))
        .expect("saves, merged with the other desk's saves");
}

#[test]
fn two_desks_checking_in_200_people_each_on_one_file_lose_no_arrival() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, everyone) = workspace_with_people(dir.path(), 420);
    assert!(everyone.len() >= 400, "{} people", everyone.len());
    let meeting = builtin_workspace().meetings[0].id.0.clone();
    let mut first = Session::open(&path).expect("opens").session;
    let mut second = Session::open(&path).expect("opens too").session;
    // Each desk checks in its 200 people on the first day, saving every 25 as a desk would.
    for i in 0..200 {
        first
            .apply(arrival(&meeting, &everyone[i], "2013-12-02", Some("09:00")))
            .expect("applies");
        second
            .apply(arrival(
                &meeting,
                &everyone[200 + i],
                "2013-12-02",
                Some("09:01"),
            ))
            .expect("applies");
        if i % 25 == 24 {
            save(&mut first);
            save(&mut second);
        }
    }
    // The first desk takes back an arrival recorded in error, while the second records the same person
    // on the second day: no conflict, and both stand.
    first
        .apply(arrival(&meeting, &everyone[0], "2013-12-02", None))
        .expect("applies");
    second
        .apply(arrival(&meeting, &everyone[0], "2013-12-03", Some("08:55")))
        .expect("applies");
    save(&mut first);
    save(&mut second);

    let on_disk = msp_invitations::storage::load(&path).expect("loads");
    let m = &on_disk.meetings[0];
    let day1 = d("2013-12-02");
    let arrived = everyone[..400]
        .iter()
        .filter(|who| m.arrival(&who.0, who.1, day1).is_some())
        .count();
    assert_eq!(
        arrived, 399,
        "every arrival of both desks, less the one taken back"
    );
    assert_eq!(m.arrival(&everyone[0].0, everyone[0].1, day1), None);
    assert!(
        m.arrival(&everyone[0].0, everyone[0].1, d("2013-12-03"))
            .is_some()
    );
    assert!(m.has_attendance());
}

#[test]
fn an_arrival_is_one_undo_step_and_survives_save_and_reload() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, everyone) = workspace_with_people(dir.path(), 20);
    let meeting = builtin_workspace().meetings[0].id.0.clone();
    let mut session = Session::open(&path).expect("opens").session;
    session
        .apply(arrival(&meeting, &everyone[3], "2013-12-02", Some("10:15")))
        .expect("applies");
    assert!(session.document().can_undo());
    session.document_mut().undo();
    assert!(!session.workspace().meetings[0].has_attendance());
    session.document_mut().redo();
    save(&mut session);
    let again = msp_invitations::storage::load(&path).expect("loads");
    assert_eq!(
        again.meetings[0].arrival(&everyone[3].0, everyone[3].1, d("2013-12-02")),
        NaiveTime::from_hms_opt(10, 15, 0)
    );
}

#[test]
fn checkin_records_an_arrival_from_the_command_line_and_names_who_it_cannot_tell_apart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, everyone) = workspace_with_people(dir.path(), 20);
    let ws = msp_invitations::storage::load(&path).expect("loads");
    let who = &everyone[2];
    let member = ws.meetings[0].invitees[&who.0]
        .delegation
        .members
        .iter()
        .find(|m| m.id == who.1)
        .expect("the person")
        .clone();
    let file = path.to_str().expect("utf-8");

    // By id.
    let id = who.1.0.to_string();
    let out = run(&[
        "checkin",
        file,
        "--person",
        &id,
        "--day",
        "2013-12-02",
        "--time",
        "09:12",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains(&member.family_name.to_uppercase()), "{said}");
    assert!(said.contains("arrived on 2013-12-02 at 09:12"), "{said}");
    let again = msp_invitations::storage::load(&path).expect("loads");
    assert_eq!(
        again.meetings[0].arrival(&who.0, who.1, d("2013-12-02")),
        NaiveTime::from_hms_opt(9, 12, 0)
    );

    // By name, then taken back.
    let out = run(&[
        "checkin",
        file,
        "--person",
        &format!("{} {}", member.given_name, member.family_name),
        "--day",
        "2013-12-02",
        "--undo",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let again = msp_invitations::storage::load(&path).expect("loads");
    assert!(!again.meetings[0].has_attendance());

    // Nobody, and more than one: said, and the file unchanged.
    let before = std::fs::read(&path).expect("reads");
    let out = run(&["checkin", file, "--person", "Nobody Byname"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("Nobody of the meeting is found by \"Nobody Byname\""),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["checkin", file, "--person", "a"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("people are found by \"a\""),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&path).expect("reads"), before);
}

#[test]
fn the_final_list_in_english_and_french_names_only_those_who_came_and_the_desk_lists_the_others() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, everyone) = workspace_with_people(dir.path(), 40);
    let ws = msp_invitations::storage::load(&path).expect("loads");
    let family = |who: &(EntityId, PersonId)| {
        ws.meetings[0].invitees[&who.0]
            .delegation
            .members
            .iter()
            .find(|m| m.id == who.1)
            .expect("a person")
            .family_name
            .to_uppercase()
    };
    let file = path.to_str().expect("utf-8");
    // Two people came, on the first and on the third day; nobody else of their delegations did.
    for (who, day) in [(&everyone[0], "2013-12-02"), (&everyone[5], "2013-12-04")] {
        let id = who.1.0.to_string();
        let out = run(&["checkin", file, "--person", &id, "--day", day]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    let came = [family(&everyone[0]), family(&everyone[5])];
    let absent = everyone
        .iter()
        .find(|w| w.0 != everyone[0].0 && w.0 != everyone[5].0)
        .map(family)
        .expect("someone of another delegation");
    for (lang, title) in [
        ("en", "Final list of participants"),
        ("fr", "Liste finale des participants"),
    ] {
        let pdf = export(
            file,
            &dir.path().join(format!("final-{lang}.pdf")),
            &[
                "--list",
                "participants",
                "--attended",
                "--lang",
                lang,
                "--format",
                "pdf",
            ],
        );
        let read = common::pdf::flat_text(&pdf);
        assert!(read.contains(title), "{lang}: {read}");
        for name in &came {
            assert!(read.contains(name.as_str()), "{lang}: {name} came: {read}");
        }
        assert!(
            !read.contains(absent.as_str()),
            "{lang}: {absent} did not come"
        );
    }
    // The final report's paragraphs on participation name the delegations that came, once arrivals are
    // recorded, even in the figures of everyone registered.
    let pdf = export(
        file,
        &dir.path().join("statistics.pdf"),
        &["--list", "statistics", "--format", "pdf"],
    );
    let read = common::pdf::flat_text(&pdf);
    let meeting = &ws.meetings[0];
    let came_names: Vec<String> = [&everyone[0], &everyone[5]]
        .iter()
        .map(|w| {
            ws.name_at(meeting, &w.0, msp_invitations::i18n::Lang::En)
                .to_owned()
        })
        .collect();
    let absent_delegation = everyone
        .iter()
        .find(|w| w.0 != everyone[0].0 && w.0 != everyone[5].0 && matches!(w.0, EntityId::State(_)))
        .map(|w| {
            ws.name_at(meeting, &w.0, msp_invitations::i18n::Lang::En)
                .to_owned()
        })
        .expect("another State");
    assert!(read.contains("participated in the Meeting"), "{read}");
    for name in &came_names {
        assert!(read.contains(name.as_str()), "{name}: {read}");
    }
    assert!(
        !read.contains(&format!(" {absent_delegation},"))
            && !read.contains(&format!(" {absent_delegation}."))
            && !read.contains(&format!(" {absent_delegation} and")),
        "{absent_delegation} did not come: {read}"
    );

    // The desk's list of those registered who have not arrived: the others, not the two.
    let pdf = export(
        file,
        &dir.path().join("not-arrived.pdf"),
        &["--list", "not-arrived", "--format", "pdf"],
    );
    let read = common::pdf::flat_text(&pdf);
    assert!(
        read.contains("Registered participants not yet arrived"),
        "{read}"
    );
    assert!(read.contains(absent.as_str()), "{read}");
    for name in &came {
        assert!(!read.contains(name.as_str()), "{name} came: {read}");
    }
}

/// The people of the workspace at `path`: (invitee, id, given name, family name, e-mail).
fn people_of(path: &std::path::Path) -> Vec<(EntityId, PersonId, String, String, String)> {
    let ws = msp_invitations::storage::load(path).expect("loads");
    ws.meetings[0]
        .invitees
        .iter()
        .flat_map(|(id, inv)| {
            inv.delegation.members.iter().map(move |m| {
                (
                    id.clone(),
                    m.id,
                    m.given_name.clone(),
                    m.family_name.clone(),
                    m.email.clone(),
                )
            })
        })
        .collect()
}

#[test]
fn a_badge_systems_check_ins_import_from_csv_and_xlsx_and_a_bad_row_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, _) = workspace_with_people(dir.path(), 30);
    let people = people_of(&path);
    let file = path.to_str().expect("utf-8");
    // A CSV as a badge system exports it: a name, an e-mail, a timestamp; one row names nobody.
    let csv = dir.path().join("checkins.csv");
    let (a, b) = (&people[0], &people[1]);
    std::fs::write(
        &csv,
        format!(
            "Attendee,Email,Checked in at\n{} {},,2013-12-02 09:14\n,{},2013-12-02 10:02\nNobody Byname,,2013-12-02 10:05\n",
            a.2, a.3, b.4
        ),
    )
    .expect("write");
    let before = std::fs::read(&path).expect("reads");
    let out = run(&["import", file, "--attendance", csv.to_str().expect("utf-8")]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("row 4")
            && err.contains("Nobody of the meeting is found by \"Nobody Byname\""),
        "the bad row named: {err}"
    );
    assert_eq!(
        std::fs::read(&path).expect("reads"),
        before,
        "nothing written"
    );
    // Left out, the rest imports.
    let out = run(&[
        "import",
        file,
        "--attendance",
        csv.to_str().expect("utf-8"),
        "--exclude",
        "4",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ws = msp_invitations::storage::load(&path).expect("loads");
    let m = &ws.meetings[0];
    assert_eq!(
        m.arrival(&a.0, a.1, d("2013-12-02")),
        NaiveTime::from_hms_opt(9, 14, 0)
    );
    assert_eq!(
        m.arrival(&b.0, b.1, d("2013-12-02")),
        NaiveTime::from_hms_opt(10, 2, 0)
    );

    // An XLSX with the person's id, a day and a time in columns of their own.
    let c = &people[2];
    let xlsx = dir.path().join("checkins.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (col, head) in ["Person ID", "Day", "Time"].iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(col).expect("col"), *head)
            .expect("cell");
    }
    sheet.write_string(1, 0, c.1.0.to_string()).expect("cell");
    sheet.write_string(1, 1, "2013-12-03").expect("cell");
    sheet.write_string(1, 2, "08:45").expect("cell");
    book.save(&xlsx).expect("xlsx");
    let out = run(&[
        "import",
        file,
        "--attendance",
        xlsx.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("arrived on 2013-12-03 at 08:45"),
        "{}",
        text(&out.stdout)
    );
    let ws = msp_invitations::storage::load(&path).expect("loads");
    assert_eq!(
        ws.meetings[0].arrival(&c.0, c.1, d("2013-12-03")),
        NaiveTime::from_hms_opt(8, 45, 0)
    );
}

#[test]
fn nameplates_follow_the_seating_order_and_the_longest_name_fits_unbroken() {
    use msp_invitations::model::{Member, Role as MemberRole};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = builtin_workspace();
    for (n, iso3) in ["GBR", "CHL", "PER", "NOR", "CUB"].into_iter().enumerate() {
        ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("invited")
            .delegation
            .members = vec![Member {
            family_name: format!("DELEGATE{n}"),
            ..Member::new(
                PersonId(u32::try_from(n).unwrap_or(0) + 1),
                MemberRole::HeadOfDelegation,
            )
        }];
    }
    let path = dir.path().join("13msp.ron");
    msp_invitations::storage::save(&path, &ws).expect("saves");
    let file = path.to_str().expect("utf-8");
    let pdf = export(
        file,
        &dir.path().join("plates.pdf"),
        &["--list", "nameplates", "--first-seat", "NOR"],
    );
    let pages = common::pdf::pages_text(&pdf);
    // Norway drawn by lot, then the States Parties after it in order, round to the start; then the
    // observer State (Cuba, not party).
    let firsts: Vec<String> = pages.iter().map(|p| common::pdf::squeeze(p)).collect();
    assert_eq!(firsts.len(), 5, "{firsts:?}");
    assert!(firsts[0].contains("Norway"), "{firsts:?}");
    assert!(firsts[1].contains("Peru"), "{firsts:?}");
    assert!(
        firsts[2].contains("UnitedKingdomofGreatBritainandNorthernIreland"),
        "the longest name, whole, on the third card: {firsts:?}"
    );
    assert!(firsts[3].contains("Chile"), "{firsts:?}");
    assert!(firsts[4].contains("Cuba"), "{firsts:?}");
    // The name twice on each card (the upper half turned), and the seat number.
    assert_eq!(firsts[0].matches("Norway").count(), 2, "{firsts:?}");
    assert!(firsts[4].contains('5'), "{firsts:?}");
    // In French, named as the UN did in French.
    let pdf_fr = export(
        file,
        &dir.path().join("plates-fr.pdf"),
        &[
            "--list",
            "nameplates",
            "--first-seat",
            "NOR",
            "--lang",
            "fr",
        ],
    );
    let read = common::pdf::squeezed_text(&pdf_fr);
    assert!(
        read.contains("Royaume-UnideGrande-Bretagneetd’IrlandeduNord")
            || read.contains("Royaume-UnideGrande-Bretagneetd'IrlandeduNord"),
        "{read}"
    );
}
