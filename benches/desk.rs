//! The registration desk at 50,000 people (issue #29): a check-in is the search typed, the people found
//! listed, and the arrival recorded, as the desk view does them each frame. Measured against a floor in
//! the same run: a plain scan of the same 50,000 folded names for the same words (what any search must
//! at least do), and the desk's first frame, which builds the index once.
//!
//! `cargo bench --bench desk` prints a table. Target: a check-in within one frame (16 ms) for the app's
//! share, on the development machine.

use std::hint::black_box;

#[path = "support/timing.rs"]
mod timing;
use timing::{fastest, ms};

use msp_invitations::edit::{Document, Edit};
use msp_invitations::model::attendance::SearchIndex;
use msp_invitations::model::sample::with_generated_delegations;
use msp_invitations::model::{Date, builtin_workspace};
use msp_invitations::text::fold;

fn main() {
    let people = 50_000;
    let workspace = with_generated_delegations(builtin_workspace(), people, 29);
    let meeting = &workspace.meetings[0];
    let day: Date = "2013-12-02".parse().expect("a day");
    // A name as the desk types it: the family name of someone in the middle of the list.
    let someone = meeting
        .invitees
        .values()
        .flat_map(|i| i.delegation.members.iter())
        .nth(people / 2)
        .expect("someone")
        .clone();
    let query = format!("{} {}", someone.given_name, someone.family_name).to_lowercase();

    let build = fastest(3, || {
        black_box(SearchIndex::new(&workspace, meeting));
    });
    let index = SearchIndex::new(&workspace, meeting);
    let names: Vec<String> = meeting
        .invitees
        .values()
        .flat_map(|i| i.delegation.members.iter())
        .map(|m| fold(&format!("{} {}", m.given_name, m.family_name)))
        .collect();
    let needle = fold(&query);
    let floor = fastest(20, || {
        black_box(names.iter().filter(|n| n.contains(needle.as_str())).count());
    });
    let search = fastest(20, || {
        black_box(index.find(&query, 12));
    });
    let still = fastest(20, || {
        black_box(index.is_for(&workspace, meeting));
    });
    let mut document = Document::new(workspace.clone(), true);
    let (found, _) = index.find(&query, 12);
    let who = found.first().expect("found").clone();
    let mut on = false;
    let record = fastest(20, || {
        // Recorded, then taken back, so that each run records a change.
        on = !on;
        let time = on.then(|| chrono::NaiveTime::from_hms_opt(9, 0, 0).expect("a time"));
        document
            .apply(Edit::PutArrival {
                meeting: meeting.id.clone(),
                invitee: who.invitee.clone(),
                person: who.person,
                day,
                time,
            })
            .expect("applies");
    });
    let check_in = search + still + record;
    println!("the registration desk, {people} people (fastest of 20 runs; the index: of 3)");
    println!("{:<58} {:>9}", "what", "ms");
    for (what, time) in [
        ("floor: a plain scan of the folded names", floor),
        ("the search typed, 12 people found", search),
        (
            "the index still that of the meeting (after an arrival)",
            still,
        ),
        ("the arrival recorded (one edit)", record),
        (
            "a check-in: search, index kept, arrival (target 16 ms)",
            check_in,
        ),
        ("the index built (the desk's first frame)", build),
    ] {
        println!("{what:<58} {:>9.2}", ms(time));
    }
    println!(
        "a check-in / the floor: {:.1}",
        check_in.as_secs_f64() / floor.as_secs_f64().max(1e-9)
    );
}
