//! Exports and imports: sections, order, verbatim text in every format, CSV and XLSX safety, round trips,
//! and malformed imports reported row by row without writing anything.

use crate::common;

use common::{d, pdf};

use msp_invitations::exchange::import::{preview_delegates, preview_replies, read_table};
use msp_invitations::exchange::tabular::CsvOptions;
use msp_invitations::exchange::{ExportRequest, Format, ListKind, export};
use msp_invitations::model::{
    Decision, EntityId, Gender, Member, ObserverRequest, OrgKind, Organisation, PersonId, Reply,
    Role, Workspace, builtin_workspace,
};

fn member(id: u32, role: Role, given: &str, family: &str) -> Member {
    let mut m = Member::new(PersonId(id), role);
    m.given_name = given.to_owned();
    m.family_name = family.to_owned();
    m.honorific = "Mr.".to_owned();
    m.function = format!("Function of {given}");
    m
}

fn add(ws: &mut Workspace, id: &EntityId, members: Vec<Member>) {
    ws.meetings[0]
        .invitees
        .entry(id.clone())
        .or_default()
        .delegation
        .members
        .extend(members);
}

/// A workspace with a delegation in every category: the meeting opens on 1 March 2013, when Poland's
/// ratification was deposited but not yet in force.
fn every_category() -> Workspace {
    let mut ws = builtin_workspace();
    ws.meetings[0].opening = d("2013-03-01");
    ws.meetings[0].closing = d("2013-03-04");
    ws.organisations.insert(
        "mag".to_owned(),
        Organisation {
            id: "mag".to_owned(),
            name: "Mines Advisory Group".to_owned(),
            acronym: "MAG".to_owned(),
            kind: OrgKind::NonGovernmental,
        },
    );
    ws.meetings[0].invitees.insert(
        EntityId::org("mag"),
        msp_invitations::model::Invitee {
            observer_request: Some(ObserverRequest {
                requested: Some(d("2013-01-10")),
                decision: Some((Decision::Approved, d("2013-03-01"))),
                ..ObserverRequest::default()
            }),
            ..Default::default()
        },
    );
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    for (id, family) in [
        (EntityId::state("CHL"), "Rojas"),
        (EntityId::state("POL"), "Nowakowski"),
        (EntityId::state("MHL"), "Kabua"),
        (EntityId::state("USA"), "Smithers"),
        (EntityId::org("unmas"), "Okafor"),
        (EntityId::org("eu"), "Lindqvist"),
        (EntityId::org("icrc"), "Moreau"),
        (EntityId::org("mag"), "Tembo"),
        (EntityId::org("icbl"), "Haddad"),
    ] {
        let id_num = next();
        add(
            &mut ws,
            &id,
            vec![member(id_num, Role::HeadOfDelegation, "Alex", family)],
        );
    }
    ws
}

fn request(list: ListKind, format: Format) -> ExportRequest {
    ExportRequest {
        list,
        format,
        meeting: "13MSP".into(),
        document_number: "INF.2".to_owned(),
        date: d("2013-12-02"),
        internal: false,
        csv: CsvOptions::default(),
        since: None,
        only: None,
        first_seat: None,
        letters: Default::default(),
        lang: msp_invitations::i18n::Lang::En,
        designated_only: false,
        attended: false,
    }
}

fn csv_rows(ws: &Workspace, request: &ExportRequest) -> Vec<Vec<String>> {
    let bytes = export(ws, request).expect("exports");
    let table = read_table(&bytes).expect("reads back");
    std::iter::once(table.header).chain(table.rows).collect()
}

/// The text of a PDF, read back in Rust: pages end with a form feed, as pdftotext writes them.
fn pdf_text(bytes: &[u8]) -> String {
    pdf::text(bytes)
}

#[test]
fn each_category_has_its_section_in_list_order() {
    let ws = every_category();
    let rows = csv_rows(&ws, &request(ListKind::Participants, Format::Csv));
    assert_eq!(
        rows[0],
        [
            "section",
            "delegation",
            "role",
            "honorific",
            "given_name",
            "family_name",
            "function"
        ]
    );
    let sections: Vec<(&str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(
        sections,
        vec![
            ("States Parties", "Chile"),
            (
                "States for which the Convention has not yet entered into force",
                "Poland"
            ),
            ("Signatory States", "Marshall Islands"),
            ("States not parties", "United States of America"),
            ("United Nations", "United Nations Mine Action Service"),
            (
                "Other international and regional organizations",
                "European Union"
            ),
            (
                "International Committee of the Red Cross, International Federation and other entities",
                "International Committee of the Red Cross"
            ),
            (
                "Non-governmental organizations",
                "International Campaign to Ban Landmines"
            ),
            ("Non-governmental organizations", "Mines Advisory Group"),
        ]
    );
}

#[test]
fn an_organisation_under_rule_1_4_appears_only_once_approved() {
    let mut ws = every_category();
    if let Some(request) = &mut ws.meetings[0]
        .invitees
        .get_mut(&EntityId::org("mag"))
        .expect("mag")
        .observer_request
    {
        request.decision = None;
        request.provisionally_invited = Some(d("2013-02-01"));
    }
    let rows = csv_rows(&ws, &request(ListKind::Participants, Format::Csv));
    assert!(rows.iter().all(|r| r[1] != "Mines Advisory Group"));
}

#[test]
fn delegations_sort_by_collation_with_diacritics_folded() {
    // A meeting of today, so that today's names (Czechia, Türkiye) are the ones printed.
    let mut ws = builtin_workspace();
    ws.meetings[0].opening = d("2026-11-30");
    ws.meetings[0].closing = d("2026-12-04");
    for (i, iso3) in ["CZE", "HRV", "CIV", "CRI", "CYP", "TUR", "TKM"]
        .iter()
        .enumerate()
    {
        add(
            &mut ws,
            &EntityId::state(iso3),
            vec![member(
                u32::try_from(i).expect("a few") + 1,
                Role::HeadOfDelegation,
                "A",
                "B",
            )],
        );
    }
    let rows = csv_rows(&ws, &request(ListKind::Participants, Format::Csv));
    let names: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        names,
        vec![
            "Costa Rica",
            "Côte d'Ivoire",
            "Croatia",
            "Cyprus",
            "Czechia",
            "Türkiye",
            "Turkmenistan"
        ]
    );
}

#[test]
fn people_follow_protocol_order_and_the_organisers_order_within_a_role() {
    let mut ws = builtin_workspace();
    add(
        &mut ws,
        &EntityId::state("CHL"),
        vec![
            member(1, Role::Expert, "E", "Expert"),
            member(2, Role::Adviser, "A1", "Firstadviser"),
            member(3, Role::HeadOfDelegation, "H", "Head"),
            member(4, Role::Representative, "R", "Rep"),
            member(5, Role::Adviser, "A2", "Secondadviser"),
            member(6, Role::Alternate, "D", "Deputy"),
        ],
    );
    let rows = csv_rows(&ws, &request(ListKind::Participants, Format::Csv));
    let order: Vec<&str> = rows[1..].iter().map(|r| r[5].as_str()).collect();
    assert_eq!(
        order,
        vec![
            "Head",
            "Deputy",
            "Rep",
            "Firstadviser",
            "Secondadviser",
            "Expert"
        ]
    );
    let pdf = pdf_text(&export(&ws, &request(ListKind::Participants, Format::Pdf)).expect("pdf"));
    let position = |s: &str| pdf.find(s).unwrap_or_else(|| panic!("{s} in {pdf}"));
    assert!(position("H HEAD") < position("D DEPUTY"));
    assert!(position("A1 FIRSTADVISER") < position("A2 SECONDADVISER"));
    assert!(position("A2 SECONDADVISER") < position("E EXPERT"));
}

const TRICKY: &str = "<b>#Anne*</b> $[x] & \"Q\" 'O'Neil' <script>";

fn tricky_workspace() -> Workspace {
    let mut ws = builtin_workspace();
    let mut person = member(1, Role::HeadOfDelegation, "Zoë", TRICKY);
    person.function = "=HYPERLINK(\"http://x\") & #[set page]".to_owned();
    person.honorific = "@Dr.".to_owned();
    person.email = "+41 22 917 00 00".to_owned();
    add(&mut ws, &EntityId::state("CHL"), vec![person]);
    ws
}

#[test]
fn markup_characters_print_verbatim_in_pdf_and_html() {
    let ws = tricky_workspace();
    let html = String::from_utf8(
        export(&ws, &request(ListKind::Participants, Format::Html)).expect("html"),
    )
    .expect("utf-8");
    assert!(
        !html.contains("<b>#Anne"),
        "raw markup leaked into the HTML"
    );
    assert!(!html.contains("<script>"));
    assert!(
        html.contains(
            "&lt;B&gt;#ANNE*&lt;/B&gt; $[X] &amp; &quot;Q&quot; &#39;O&#39;NEIL&#39; &lt;SCRIPT&gt;"
        ),
        "{html}"
    );
    assert!(html.contains("=HYPERLINK(&quot;http://x&quot;) &amp; #[set page]"));

    let text = pdf_text(&export(&ws, &request(ListKind::Participants, Format::Pdf)).expect("pdf"));
    assert!(
        text.contains("@Dr. Zoë <B>#ANNE*</B> $[X] & \"Q\" 'O'NEIL' <SCRIPT>"),
        "{text}"
    );
    assert!(
        text.contains("=HYPERLINK(\"http://x\") & #[set page]"),
        "{text}"
    );
}

#[test]
fn formula_cells_are_neutralised_in_csv_and_text_in_xlsx() {
    let ws = tricky_workspace();
    let mut req = request(ListKind::Participants, Format::Csv);
    req.internal = true;
    let bytes = export(&ws, &req).expect("csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte-order mark");
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("'@Dr."), "{text}");
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\") & #[set page]\""),
        "{text}"
    );
    assert!(text.contains("'+41 22 917 00 00"), "{text}");

    req.csv = CsvOptions {
        delimiter: b';',
        bom: false,
    };
    let bytes = export(&ws, &req).expect("csv");
    assert!(bytes.starts_with(b"section;delegation;role"));

    req.format = Format::Xlsx;
    let bytes = export(&ws, &req).expect("xlsx");
    use calamine::{Data, Reader as _, Xlsx};
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("xlsx opens");
    let range = book.worksheet_range_at(0).expect("a sheet").expect("reads");
    let row: Vec<&Data> = range.rows().nth(1).expect("a person").iter().collect();
    assert_eq!(
        row[6],
        &Data::String("=HYPERLINK(\"http://x\") & #[set page]".to_owned())
    );
    assert_eq!(row[3], &Data::String("@Dr.".to_owned()));
    let formulas = book
        .worksheet_formula(&book.sheet_names()[0].clone())
        .expect("formulas");
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
}

#[test]
fn the_pdf_has_the_headings_symbol_and_order() {
    let ws = every_category();
    let text = pdf_text(&export(&ws, &request(ListKind::Participants, Format::Pdf)).expect("pdf"));
    for needle in [
        "APLC/MSP.13/2013/INF.2",
        "Thirteenth Meeting of the States Parties",
        "List of participants",
        "Liste des participants",
        "Lista de participantes",
        "Prepared by the Secretariat",
        "2 December 2013",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
    let order = [
        "States Parties",
        "États pour lesquels la Convention",
        "Signatory States",
        "States not parties",
        "Naciones Unidas",
        "Other international and regional organizations",
        "International Committee of the Red Cross, International Federation",
        "Non-governmental organizations",
        "International Campaign to Ban Landmines",
        "Mines Advisory Group",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|s| {
            text.find(s)
                .unwrap_or_else(|| panic!("{s} missing from:\n{text}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "{positions:?}\n{text}"
    );
}

#[test]
fn a_long_section_repeats_its_heading_and_pages_are_numbered() {
    let ws =
        msp_invitations::model::sample::with_generated_delegations(builtin_workspace(), 600, 3);
    let text = pdf_text(&export(&ws, &request(ListKind::Participants, Format::Pdf)).expect("pdf"));
    assert!(
        text.contains("States Parties (continued)"),
        "{}",
        &text[..2000.min(text.len())]
    );
    assert!(text.contains("États parties (suite)"));
    // Every page ends with a form feed.
    let pages = text.matches('\u{c}').count();
    assert!(pages > 10);
    assert!(text.contains(&format!("2 / {pages}")), "page numbers");
    assert_eq!(
        text.matches("APLC/MSP.13/2013/INF.2").count(),
        pages,
        "the symbol on every page"
    );
}

#[test]
fn cyrillic_names_are_embedded_and_extractable() {
    let mut ws = builtin_workspace();
    add(
        &mut ws,
        &EntityId::state("RUS"),
        vec![member(1, Role::HeadOfDelegation, "Алёна", "Ёлкина")],
    );
    let text = pdf_text(&export(&ws, &request(ListKind::Participants, Format::Pdf)).expect("pdf"));
    assert!(text.contains("Mr. Алёна ЁЛКИНА"), "{text}");
}

#[test]
fn import_export_import_round_trip() {
    let source =
        msp_invitations::model::sample::with_generated_delegations(builtin_workspace(), 300, 5);
    let mut req = request(ListKind::Participants, Format::Csv);
    req.internal = true;
    let exported = export(&source, &req).expect("csv");

    let fresh = builtin_workspace();
    let table = read_table(&exported).expect("reads");
    let preview = preview_delegates(&fresh, &"13MSP".into(), &table).expect("columns are right");
    assert!(preview.problems.is_empty(), "{:#?}", preview.problems);
    assert_eq!(preview.added(), 300);
    let edit = preview
        .edit(
            &fresh,
            &msp_invitations::exchange::import::Decisions::default(),
        )
        .expect("no problems")
        .expect("something to do");
    let mut doc = msp_invitations::edit::Document::new(fresh, true);
    assert_eq!(doc.apply(edit), Ok(true));
    let again = export(doc.workspace(), &req).expect("csv");
    assert_eq!(
        String::from_utf8_lossy(&again),
        String::from_utf8_lossy(&exported)
    );

    // XLSX the same way.
    req.format = Format::Xlsx;
    let xlsx = export(&source, &req).expect("xlsx");
    let table = read_table(&xlsx).expect("reads xlsx");
    assert_eq!(table.detected, "XLSX, first sheet");
    assert_eq!(table.rows.len(), 300);
    let preview =
        preview_delegates(&builtin_workspace(), &"13MSP".into(), &table).expect("columns");
    assert!(preview.problems.is_empty());
    assert_eq!(preview.added(), 300);
}

fn problems_of(csv: &str) -> Vec<String> {
    let mut ws = builtin_workspace();
    add(
        &mut ws,
        &EntityId::state("PER"),
        vec![member(1, Role::HeadOfDelegation, "Ana", "Rojas")],
    );
    let table = read_table(csv.as_bytes()).expect("reads");
    let preview = preview_delegates(&ws, &"13MSP".into(), &table).expect("columns");
    assert!(
        preview
            .edit(
                &ws,
                &msp_invitations::exchange::import::Decisions::default()
            )
            .is_err()
            || preview.problems.is_empty()
    );
    preview.problems.iter().map(ToString::to_string).collect()
}

#[test]
fn malformed_delegate_rows_are_reported_with_row_column_and_reason() {
    let problems = problems_of(
        "Delegation,Role,Given name,Family name,Gender\n\
         Narnia,Head,Lucy,Pevensie,F\n\
         CHL,Chief,Ana,Vidal,F\n\
         CHL,Head,Luis,,M\n\
         PER,HoD,Marta,Quispe,F\n\
         CHL,Adviser,Ana,Rojas,F\n\
         Cape Verde,Expert,Rui,Lopes,Q\n",
    );
    assert_eq!(
        problems,
        vec![
            "row 2, column Delegation: \"Narnia\": no State or organisation of the meeting has this code or name",
            "row 3, column Role: \"Chief\": not a role (Head of Delegation, Alternate, Representative, Adviser, Expert)",
            "row 4, column Family name: \"\": the family name is missing",
            "row 5, column Role: \"HoD\": Peru already has a Head of Delegation",
            "row 6, column Family name: \"Rojas\": likely a duplicate of Ana Rojas, already registered with Peru",
            "row 7, column Gender: \"Q\": not a gender (F, M, Other or empty)",
        ]
    );
}

#[test]
fn excluded_rows_let_the_rest_import() {
    let ws = builtin_workspace();
    let table = read_table(b"delegation,family_name\nNarnia,X\nChile,Rojas\n").expect("reads");
    let preview = preview_delegates(&ws, &"13MSP".into(), &table).expect("columns");
    assert!(
        preview
            .edit(
                &ws,
                &msp_invitations::exchange::import::Decisions::default()
            )
            .is_err()
    );
    let edit = preview
        .edit(
            &ws,
            &msp_invitations::exchange::import::Decisions::excluding([2]),
        )
        .expect("row 2 excluded")
        .expect("one to add");
    let mut doc = msp_invitations::edit::Document::new(ws, true);
    assert_eq!(doc.apply(edit), Ok(true));
    assert_eq!(
        doc.workspace().meetings[0].invitees[&EntityId::state("CHL")]
            .delegation
            .members
            .len(),
        1
    );
}

#[test]
fn wrong_columns_and_empty_files_are_refused_whole() {
    let ws = builtin_workspace();
    let table = read_table(b"person;place\nA;B\n").expect("reads");
    let err = preview_delegates(&ws, &"13MSP".into(), &table)
        .expect_err("no delegation or family_name column");
    assert!(
        err.to_string().contains("missing delegation, family_name"),
        "{err}"
    );
    assert!(err.to_string().contains("Found: person, place"), "{err}");
    assert!(read_table(b"").is_err());
    assert!(read_table(b"PK\x03\x04 not really a zip").is_err());
}

#[test]
fn old_names_and_cyrillic_in_windows_1251() {
    let ws = builtin_workspace();
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
        "delegation;role;given_name;family_name\nSwaziland;Head;Ana;Dlamini\nRussian Federation;Head;Алёна;Ёлкина\n",
    );
    let table = read_table(&bytes).expect("reads");
    let preview = preview_delegates(&ws, &"13MSP".into(), &table).expect("columns");
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    let lines: Vec<String> = preview
        .actions
        .iter()
        .map(|(_, _, l)| l.to_string())
        .collect();
    assert_eq!(
        lines,
        vec![
            "Swaziland: add Ana DLAMINI (Head of Delegation)",
            "Russian Federation: add Алёна ЁЛКИНА (Head of Delegation)"
        ]
    );
}

#[test]
fn replies_import_with_their_own_checks() {
    let mut ws = builtin_workspace();
    let chile = ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile");
    chile.invitation.reference = "NV/1".to_owned();
    let table = read_table(b"invitee,reply,date,reference\nCHL,accepted,2013-09-01,NV/1\nPER,maybe,,\nCHL,declined,2013-02-30,NV/9\n")
        .expect("reads");
    let preview = preview_replies(&ws, &"13MSP".into(), &table).expect("columns");
    let problems: Vec<String> = preview.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        vec![
            "row 3, column reply: \"maybe\": not a reply (accepted, declined or no reply)",
            "row 4, column date: \"2013-02-30\": Not a date: write it as YYYY-MM-DD, a day that exists",
            "row 4, column reference: \"NV/9\": the invitation was sent with the reference NV/1",
        ]
    );
    let edit = preview
        .edit(
            &ws,
            &msp_invitations::exchange::import::Decisions::excluding([3, 4]),
        )
        .expect("rest is fine")
        .expect("one reply");
    let mut doc = msp_invitations::edit::Document::new(ws, true);
    assert_eq!(doc.apply(edit), Ok(true));
    let inv = &doc.workspace().meetings[0].invitees[&EntityId::state("CHL")].invitation;
    assert_eq!(
        (inv.reply, inv.reply_date),
        (Reply::Accepted, Some(d("2013-09-01")))
    );
}

#[test]
fn an_addendum_lists_only_what_changed() {
    let mut earlier = builtin_workspace();
    add(
        &mut earlier,
        &EntityId::state("CHL"),
        vec![
            member(1, Role::HeadOfDelegation, "Ana", "Rojas"),
            member(2, Role::Adviser, "Luis", "Vega"),
        ],
    );
    add(
        &mut earlier,
        &EntityId::state("PER"),
        vec![member(3, Role::HeadOfDelegation, "Marta", "Quispe")],
    );
    let mut current = earlier.clone();
    let chile = &mut current.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile")
        .delegation;
    chile.members[1].function = "Legal Adviser".to_owned(); // changed
    chile.members.push(member(4, Role::Expert, "Sol", "Mena")); // added
    current.meetings[0]
        .invitees
        .get_mut(&EntityId::state("PER"))
        .expect("Peru")
        .delegation
        .members
        .clear(); // removed

    let mut req = request(ListKind::Addendum, Format::Csv);
    req.since = Some(msp_invitations::exchange::Earlier::Workspace(Box::new(
        earlier.clone(),
    )));
    let rows = csv_rows(&current, &req);
    let summary: Vec<(&str, &str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[1].as_str(), r[5].as_str(), r[7].as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("Chile", "Vega", "Changed"),
            ("Chile", "Mena", "New"),
            ("Peru", "Quispe", "Deleted")
        ]
    );
    req.format = Format::Pdf;
    let text = pdf_text(&export(&current, &req).expect("pdf"));
    assert!(text.contains("List of participants: addendum"), "{text}");
    assert!(text.contains("Mr. Sol MENA [New]"), "{text}");
    assert!(!text.contains("ROJAS"), "unchanged people are left out");

    // Against the list as issued (its CSV), people are matched by delegation and name.
    let mut issued = request(ListKind::Participants, Format::Csv);
    issued.internal = false;
    let csv = export(&earlier, &issued).expect("csv");
    let table = read_table(&csv).expect("reads");
    let list = msp_invitations::exchange::participants::list_from_table(
        &current,
        &current.meetings[0],
        &table,
    )
    .expect("a list");
    let mut req = request(ListKind::Addendum, Format::Csv);
    req.since = Some(msp_invitations::exchange::Earlier::List(list));
    let rows = csv_rows(&current, &req);
    let summary: Vec<(&str, &str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[1].as_str(), r[5].as_str(), r[7].as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("Chile", "Vega", "Changed"),
            ("Chile", "Mena", "New"),
            ("Peru", "Quispe", "Deleted")
        ]
    );
}

#[test]
fn statistics_give_figures_and_paragraphs_in_collation_order() {
    let mut ws = every_category();
    add(
        &mut ws,
        &EntityId::state("CIV"),
        vec![
            {
                let mut m = member(50, Role::HeadOfDelegation, "Awa", "Kone");
                m.gender = Gender::Female;
                m
            },
            {
                let mut m = member(51, Role::Adviser, "Yao", "Koffi");
                m.gender = Gender::Male;
                m
            },
        ],
    );
    let html =
        String::from_utf8(export(&ws, &request(ListKind::Statistics, Format::Html)).expect("html"))
            .expect("utf-8");
    assert!(
        html.contains(
            "The following States Parties participated in the Meeting: Chile and Côte d&#39;Ivoire."
        ),
        "{html}"
    );
    assert!(html.contains("The following States which have ratified or acceded to the Convention, but for which it has not yet entered into force, participated in the Meeting: Poland."));
    assert!(html.contains("The following States not parties to the Convention participated in the Meeting as observers: Marshall Islands and United States of America."));
    assert!(html.contains("In accordance with Article 11, paragraph 4, of the Convention, the following international organizations and institutions, regional organizations, entities and non-governmental organizations attended the Meeting as observers: European Union, International Campaign to Ban Landmines, International Committee of the Red Cross, Mines Advisory Group and United Nations Mine Action Service."), "{html}");
    let rows = csv_rows(&ws, &request(ListKind::Statistics, Format::Csv));
    let figure = |label: &str| {
        rows.iter()
            .find(|r| r[0] == label)
            .map(|r| r[1].clone())
            .unwrap_or_default()
    };
    // The share of women is reckoned among the people whose gender is stated, and the others counted.
    assert_eq!(figure("People"), "11");
    assert_eq!(figure("Women"), "1 (50.0% of the 2 whose gender is stated)");
    assert_eq!(figure("People whose gender is not stated"), "9");
    assert_eq!(
        figure("Women among heads of delegation"),
        "1 (100.0% of the 1 whose gender is stated)"
    );
    assert_eq!(
        figure("Heads of delegation whose gender is not stated"),
        "9"
    );
    assert_eq!(figure("Delegations: State Party"), "2");
}

#[test]
fn the_invitation_list_follows_a_filter() {
    let ws = builtin_workspace();
    let mut req = request(ListKind::Invitations, Format::Csv);
    req.only = Some(vec![EntityId::state("PER"), EntityId::state("CHL")]);
    let rows = csv_rows(&ws, &req);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1][0], "Chile");
    assert_eq!(rows[2][0], "Peru");
    req.only = None;
    assert_eq!(csv_rows(&ws, &req).len(), 225);
}

/// What a screen reader and an archive ask of a PDF: tagged, with its language, PDF/A-2b and PDF/UA-1
/// claimed (krilla validated both while writing), and the structure of each document.
fn assert_accessible(bytes: &[u8], lang: &str) -> pdf::Structure {
    let structure = pdf::structure(bytes);
    assert!(structure.tagged, "marked as tagged");
    assert_eq!(structure.lang.as_deref(), Some(lang));
    assert_eq!(
        structure.pdfa,
        Some(("2".to_owned(), "B".to_owned())),
        "PDF/A-2b"
    );
    assert!(structure.pdfua, "PDF/UA-1");
    assert_eq!(
        structure.elements.first().map(|e| e.1.as_str()),
        Some("Document")
    );
    structure
}

#[test]
fn every_pdf_is_tagged_pdfa_and_pdfua_and_the_list_reads_as_lists() {
    let ws = every_category();
    let bytes = export(&ws, &request(ListKind::Participants, Format::Pdf)).expect("pdf");
    let structure = assert_accessible(&bytes, "en");
    let kinds = structure.kinds();
    // The title is the one first-level heading; each section a second-level heading with its
    // delegations as third-level headings, each followed by its people as a list.
    assert_eq!(structure.count("H1"), 1, "{kinds:?}");
    let people = ws.meetings[0].people();
    assert_eq!(structure.count("LI"), people, "a list item per person");
    assert_eq!(structure.count("LBody"), people);
    assert_eq!(
        structure.count("H3"),
        structure.count("L"),
        "a list per delegation"
    );
    assert_eq!(structure.count("Sect"), structure.count("H2"));
    assert!(structure.count("Sect") >= 7, "{kinds:?}");
    let first_section = kinds.iter().position(|k| *k == "Sect").expect("a section");
    assert_eq!(
        &kinds[first_section..first_section + 5],
        &["Sect", "H2", "H3", "L", "LI"],
        "heading, delegation, then its people"
    );
    // The running header and page numbers are artifacts: the symbol is read once, not on every page.
    let many =
        msp_invitations::model::sample::with_generated_delegations(builtin_workspace(), 400, 2);
    let bytes = export(&many, &request(ListKind::Participants, Format::Pdf)).expect("pdf");
    let structure = assert_accessible(&bytes, "en");
    assert!(pdf::pages(&bytes) > 5);
    assert_eq!(structure.count("LI"), 400);

    // The figures are a table with a header cell for each row; a French export says it is French.
    let mut req = request(ListKind::Statistics, Format::Pdf);
    req.lang = msp_invitations::i18n::Lang::Fr;
    let bytes = export(&ws, &req).expect("pdf");
    let structure = assert_accessible(&bytes, "fr");
    assert_eq!(structure.count("Table"), 1);
    assert_eq!(structure.count("TR"), structure.count("TH"));
    assert_eq!(structure.count("TR"), structure.count("TD"));
    assert!(structure.count("P") > 3, "the report's paragraphs");

    // Registers, the seating plan and letters are tagged too.
    for (list, lang) in [
        (ListKind::Credentials, msp_invitations::i18n::Lang::Ru),
        (ListKind::ObserverRequests, msp_invitations::i18n::Lang::En),
        (ListKind::Invitations, msp_invitations::i18n::Lang::Es),
        (ListKind::Letters, msp_invitations::i18n::Lang::En),
    ] {
        let mut req = request(list, Format::Pdf);
        req.lang = lang;
        let bytes = export(&ws, &req).expect("pdf");
        let expected = if list == ListKind::Letters {
            "en"
        } else {
            lang.code()
        };
        assert_accessible(&bytes, expected);
    }
}

#[test]
fn a_name_the_font_cannot_print_is_refused_with_the_name() {
    let mut ws = builtin_workspace();
    add(
        &mut ws,
        &EntityId::state("CHN"),
        vec![member(1, Role::HeadOfDelegation, "Wei", "王")],
    );
    let err = export(&ws, &request(ListKind::Participants, Format::Pdf)).expect_err("no glyph");
    let message = err.to_string();
    assert!(message.contains("“Mr. Wei 王”"), "{message}");
    assert!(message.contains("U+738B"), "{message}");
    // The other formats carry it as text.
    let html = export(&ws, &request(ListKind::Participants, Format::Html)).expect("html");
    assert!(String::from_utf8_lossy(&html).contains("王"));
}

#[test]
fn invisible_characters_do_not_reach_the_pdf() {
    let mut ws = builtin_workspace();
    add(
        &mut ws,
        &EntityId::state("CHL"),
        vec![member(
            1,
            Role::HeadOfDelegation,
            "A\u{200B}na\u{202E}",
            "Pé\u{FEFF}rez",
        )],
    );
    let bytes = export(&ws, &request(ListKind::Participants, Format::Pdf)).expect("pdf");
    assert!(
        pdf::text(&bytes).contains("Mr. Ana PÉREZ"),
        "{}",
        pdf::text(&bytes)
    );
}

/// A value that starts with "=" or "@" is a value: the preview shows the honorific "=cmd|calc!A0" as it is
/// (it used to be taken for a message id and shown as "cmd|calc!A0", hiding the formula).
#[test]
fn values_that_look_like_message_ids_are_shown_as_they_are() {
    let ws = builtin_workspace();
    let csv =
        "delegation,role,honorific,given_name,family_name\nChile,Adviser,=cmd|calc!A0,@Ana,Rojas\n";
    let table = read_table(csv.as_bytes()).expect("reads");
    let preview = preview_delegates(&ws, &"13MSP".into(), &table).expect("columns");
    let line = preview.actions[0].2.to_string();
    assert!(line.contains("=cmd|calc!A0 @Ana ROJAS"), "{line}");
    for lang in msp_invitations::i18n::Lang::ALL {
        assert!(preview.actions[0].2.in_lang(lang).contains("=cmd|calc!A0"));
    }
}

/// Invisible characters do not make a second person: "Bob SMI\u{200B}TH" is the registered "Bob SMITH",
/// and a right-to-left override never reaches the workspace.
#[test]
fn invisible_characters_are_removed_at_import() {
    let mut ws = builtin_workspace();
    let mut bob = member(1, Role::HeadOfDelegation, "Bob", "Smith");
    bob.email = String::new();
    add(&mut ws, &EntityId::state("CHL"), vec![bob]);
    let csv = "delegation,role,given_name,family_name\nChile,Head of Delegation,Bob,SMI\u{200B}TH\nPeru,Adviser,\u{202E}Ana,Qui\u{200D}spe\n";
    let table = read_table(csv.as_bytes()).expect("reads");
    let preview = preview_delegates(&ws, &"13MSP".into(), &table).expect("columns");
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    use msp_invitations::exchange::import::RowAction;
    assert!(
        matches!(&preview.actions[0].1, RowAction::UpdateMember { member, .. } | RowAction::AddMember { member, .. } if member.family_name == "SMITH" && member.id == PersonId(1))
            || matches!(preview.actions[0].1, RowAction::Unchanged),
        "Bob SMITH is the same person: {:?}",
        preview.actions[0]
    );
    let RowAction::AddMember { member, .. } = &preview.actions[1].1 else {
        panic!("Ana is new: {:?}", preview.actions[1]);
    };
    assert_eq!(
        (member.given_name.as_str(), member.family_name.as_str()),
        ("Ana", "Quispe")
    );
}

/// One rule for an e-mail address, one reason: the import refuses "bruno.martin@example" with the words
/// validation and the detail form use.
#[test]
fn an_import_refuses_an_email_validation_would_refuse() {
    let ws = builtin_workspace();
    let csv = "delegation,family_name,email\nChile,Martin,bruno.martin@example\n";
    let table = read_table(csv.as_bytes()).expect("reads");
    let preview = preview_delegates(&ws, &"13MSP".into(), &table).expect("columns");
    assert_eq!(preview.problems.len(), 1, "{:?}", preview.problems);
    let problem = &preview.problems[0];
    assert_eq!((problem.row, problem.column.as_str()), (2, "email"));
    assert_eq!(
        problem.reason.to_string(),
        "Not an email address (name@example.org)"
    );
    assert!(!msp_invitations::model::looks_like_email(
        "bruno.martin@example"
    ));
}
