//! Registrations at scale (issue #27): a folder of 200 returned registration forms, and a form tool's
//! export of 10,000 rows (its own columns first, headers in English, delegations by everyday names),
//! each read, previewed and turned into the import's edit, as `import` and the app's Import do. Each
//! against a floor measured in the same run: calamine reading the same 200 workbooks' first sheets, and
//! the csv crate reading the same export.
//!
//! `cargo bench --bench registrations` prints a table. Targets: 200 forms within 2 s, 10,000 rows within
//! 1 s, on the development machine.

use std::hint::black_box;
use std::path::Path;

#[path = "support/timing.rs"]
mod timing;
use timing::{fastest, ms};

use msp_invitations::exchange::import::form::{FormInput, read_folder, write_form};
use msp_invitations::exchange::import::{Decisions, preview_delegates, read_table};
use msp_invitations::i18n::Lang;
use msp_invitations::model::{EntityId, Gender, Member, PersonId, Role, builtin_workspace};

/// Everyday names the form tool's rows use for their delegations.
const NAMES: [&str; 12] = [
    "Chile",
    "Russia",
    "UK",
    "Iran",
    "Vietnam",
    "South Korea",
    "DR Congo",
    "Norway",
    "ICRC",
    "Senegal",
    "Ivory Coast",
    "Holy See",
];

fn main() {
    let workspace = builtin_workspace();
    let meeting = &workspace.meetings[0];
    let dir = tempfile::tempdir().expect("a temporary folder");

    // 200 returned forms, five people each, in French.
    let folder = dir.path().join("returned");
    std::fs::create_dir(&folder).expect("folder");
    // The 197 States and three organisations.
    let invitees: Vec<&EntityId> = meeting.invitees.keys().take(200).collect();
    for (n, id) in invitees.iter().enumerate() {
        let mut input = FormInput::of(
            &workspace,
            meeting,
            id,
            Lang::Fr,
            &format!("ODA/GVA/2013/{n:03}"),
        );
        input.members = (0..5)
            .map(|k| Member {
                honorific: "Mme".to_owned(),
                given_name: format!("Prénom{k}"),
                family_name: format!("NOM{n}X{k}"),
                function: "Conseillère".to_owned(),
                gender: Gender::Female,
                ..Member::new(
                    PersonId(0),
                    if k == 0 {
                        Role::HeadOfDelegation
                    } else {
                        Role::Adviser
                    },
                )
            })
            .collect();
        std::fs::write(
            folder.join(format!("{n:03}.xlsx")),
            write_form(&input).expect("a form"),
        )
        .expect("write");
    }
    let forms = fastest(3, || {
        let table = read_folder(&folder, meeting).expect("reads");
        let preview = preview_delegates(&workspace, &meeting.id, &table).expect("previews");
        assert!(
            preview.problems.is_empty(),
            "{:?}",
            preview.problems.first()
        );
        assert_eq!(preview.added(), 1000);
        black_box(
            preview
                .edit(&workspace, &Decisions::default())
                .expect("an edit"),
        );
    });
    let calamine = fastest(3, || {
        for entry in std::fs::read_dir(&folder).expect("folder") {
            let path = entry.expect("entry").path();
            black_box(first_sheet(&path));
        }
    });

    // A form tool's export of 10,000 rows.
    let mut csv = String::from(
        "Timestamp,Delegation (country or organization),Title,First name,Last name,Position / function,E-mail address,Gender,Head of delegation?\n",
    );
    for n in 0..10_000 {
        use std::fmt::Write as _;
        let _ = writeln!(
            csv,
            "2013/11/04 09:12:40,{},Ms.,Ana{n},Rojas{n},Counsellor,a{n}@example.org,Female,No",
            NAMES[n % NAMES.len()]
        );
    }
    let bytes = csv.into_bytes();
    let export = fastest(5, || {
        let table = read_table(&bytes).expect("reads");
        let preview = preview_delegates(&workspace, &meeting.id, &table).expect("previews");
        assert!(
            preview.problems.is_empty(),
            "{:?}",
            preview.problems.first()
        );
        assert_eq!(preview.added(), 10_000);
        black_box(
            preview
                .edit(&workspace, &Decisions::default())
                .expect("an edit"),
        );
    });
    let csv_crate = fastest(5, || {
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        black_box(reader.records().filter_map(Result::ok).count());
    });

    println!(
        "{:<72} {:>10} {:>28} {:>8}",
        "benchmark", "value", "baseline (same run)", "ratio"
    );
    for (name, value, baseline_name, baseline, target) in [
        (
            "200 returned forms: read, previewed, the edit made",
            forms,
            "calamine reads them",
            calamine,
            2000.0,
        ),
        (
            "a form export of 10,000 rows: read, previewed, the edit made",
            export,
            "csv crate reads it",
            csv_crate,
            1000.0,
        ),
    ] {
        println!(
            "{name:<72} {:>7.1} ms {:>18} {:>6.1} ms {:>8.2}   target {target:.0} ms: {}",
            ms(value),
            baseline_name,
            ms(baseline),
            value.as_secs_f64() / baseline.as_secs_f64(),
            if ms(value) <= target {
                "met"
            } else {
                "NOT MET"
            }
        );
    }
}

/// A workbook's first sheet, as calamine reads it.
fn first_sheet(path: &Path) -> usize {
    use calamine::Reader as _;
    let mut workbook = calamine::open_workbook_auto(path).expect("a workbook");
    let first = workbook.sheet_names()[0].clone();
    workbook
        .worksheet_range(&first)
        .expect("a sheet")
        .get_size()
        .0
}
