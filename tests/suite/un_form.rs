//! Documents the secretariat can issue as they are: names as the UN wrote them on the day, formal names in
//! the running text of letters, mission addresses, notes verbales in UN form in English, French and
//! Spanish, the Head of Delegation marked in the List of Participants, designations, and the file of the
//! previous format that invited UNODA. Each through the path a user takes: the export, the command line
//! as a process, the app under kittest.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::{
    builtin, click, d, harness, only_these_uninvited, pdf, select_invitee, shows, shows_containing,
    text, type_into,
};
use msp_invitations::app::App;
use msp_invitations::exchange::tabular::CsvOptions;
use msp_invitations::exchange::{ExportRequest, Format, LetterLanguage, ListKind, export};
use msp_invitations::i18n::Lang;
use msp_invitations::model::{
    AddressKind, Designation, EntityId, InvitationStatus, Member, PersonId, Role, Workspace,
    builtin_workspace,
};
use msp_invitations::storage;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_msp-invitations"))
        .args(args)
        .env(
            "MSP_INVITATIONS_DATA_DIR",
            std::env::temp_dir().join("msp-un-form-data"),
        )
        .output()
        .expect("the binary runs")
}

fn request(list: ListKind, format: Format, lang: Lang) -> ExportRequest {
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
        lang,
        designated_only: false,
        attended: false,
    }
}

/// A delegation of one, a head, for each of these States.
fn with_heads(mut ws: Workspace, iso3s: &[&str]) -> Workspace {
    for (n, iso3) in iso3s.iter().enumerate() {
        let mut head = Member::new(
            PersonId(u32::try_from(n).expect("a few") + 1),
            Role::HeadOfDelegation,
        );
        head.given_name = "Ana".to_owned();
        head.family_name = format!("Person{n}");
        ws.meetings[0]
            .invitees
            .get_mut(&EntityId::state(iso3))
            .expect("a State of the meeting")
            .delegation
            .members
            .push(head);
    }
    ws
}

/// The renamed States, and their neighbours in the list, so the order shows.
const RENAMED_AND_NEIGHBOURS: [&str; 13] = [
    "CYP", "CZE", "NLD", "NZL", "SUR", "SWZ", "SWE", "THA", "MKD", "TLS", "TUN", "TUR", "TKM",
];

fn delegations_in_csv(ws: &Workspace, lang: Lang) -> Vec<String> {
    let bytes = export(ws, &request(ListKind::Participants, Format::Csv, lang)).expect("exports");
    let table = msp_invitations::exchange::import::read_table(&bytes).expect("reads back");
    table.rows.iter().map(|r| r[1].clone()).collect()
}

#[test]
fn the_13msp_names_states_as_the_un_did_in_december_2013() {
    let ws = with_heads(builtin_workspace(), &RENAMED_AND_NEIGHBOURS);
    assert_eq!(
        delegations_in_csv(&ws, Lang::En),
        [
            "Cyprus",
            "Czech Republic",
            "Netherlands",
            "New Zealand",
            "Suriname",
            "Swaziland",
            "Sweden",
            "Thailand",
            "The former Yugoslav Republic of Macedonia",
            "Timor-Leste",
            "Tunisia",
            "Turkey",
            "Turkmenistan",
        ]
    );
    // In French, in French order: the former Yugoslav Republic under E, the Czech Republic under R.
    assert_eq!(
        delegations_in_csv(&ws, Lang::Fr),
        [
            "Chypre",
            "ex-République yougoslave de Macédoine",
            "Nouvelle-Zélande",
            "Pays-Bas",
            "République tchèque",
            "Suède",
            "Suriname",
            "Swaziland",
            "Thaïlande",
            "Timor-Leste",
            "Tunisie",
            "Turkménistan",
            "Turquie",
        ]
    );

    // The PDF of the list, the seating plan and the final report's figures say the same.
    let pdf_en = export(&ws, &request(ListKind::Participants, Format::Pdf, Lang::En)).expect("pdf");
    let list = pdf::flat_text(&pdf_en);
    for name in [
        "Czech Republic",
        "Swaziland",
        "The former Yugoslav Republic of Macedonia",
    ] {
        assert!(list.contains(name), "{name}: {list}");
    }
    for today in [
        "Czechia",
        "Eswatini",
        "North Macedonia",
        "Türkiye",
        "Kingdom of the",
    ] {
        assert!(!list.contains(today), "{today} in a list of 2013: {list}");
    }
    let mut seating = request(ListKind::Seating, Format::Pdf, Lang::En);
    seating.first_seat = Some(EntityId::state("SWZ"));
    let plan = pdf::flat_text(&export(&ws, &seating).expect("seating"));
    // No draw is recorded in this meeting, so the plan claims none.
    assert!(plan.contains("starting with Swaziland:"), "{plan}");
    assert!(!plan.contains("drawn by lot"), "{plan}");
    assert!(
        plan.contains("1. Swaziland [accessible] 2. Sweden"),
        "{plan}"
    );
    assert!(
        plan.contains("The former Yugoslav Republic of Macedonia"),
        "{plan}"
    );
    let figures = pdf::flat_text(
        &export(&ws, &request(ListKind::Statistics, Format::Pdf, Lang::Fr)).expect("figures"),
    );
    assert!(figures.contains("République tchèque"), "{figures}");
    assert!(figures.contains("Turquie"), "{figures}");
    assert!(
        figures.contains("Treizième Assemblée des États parties"),
        "{figures}"
    );
}

#[test]
fn a_meeting_of_2026_prints_todays_names() {
    let mut ws = with_heads(builtin_workspace(), &RENAMED_AND_NEIGHBOURS);
    ws.meetings[0].opening = d("2026-11-30");
    ws.meetings[0].closing = d("2026-12-04");
    let names = delegations_in_csv(&ws, Lang::En);
    for today in [
        "Czechia",
        "Eswatini",
        "Netherlands (Kingdom of the)",
        "North Macedonia",
        "Türkiye",
    ] {
        assert!(names.iter().any(|n| n == today), "{today}: {names:?}");
    }
    assert!(!names.iter().any(|n| n == "Swaziland"), "{names:?}");
}

/// The notes verbales to these States in `lang`, written by the command line, read back from the PDF.
fn notes_in(dir: &Path, lang: &str) -> String {
    let ws = only_these_uninvited(&["BOL", "VAT", "NLD", "RUS"]);
    let path = dir.join(format!("ws-{lang}.ron"));
    storage::save(&path, &ws).expect("saved");
    let out_pdf = dir.join(format!("notes-{lang}.pdf"));
    let out = run(&[
        "export",
        path.to_str().expect("utf-8"),
        "--list",
        "letters",
        "--only-uninvited",
        "--letter-lang",
        lang,
        "--date",
        "2013-06-03",
        "-o",
        out_pdf.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Wrote 4 letters"),
        "{}",
        text(&out.stdout)
    );
    // No address is on record for them yet: said before the letters, not after.
    assert!(
        text(&out.stderr).contains("no address on record"),
        "{}",
        text(&out.stderr)
    );
    let bytes = fs::read(&out_pdf).expect("pdf");
    assert_eq!(pdf::pages(&bytes), 4);
    pdf::squeezed_text(&bytes)
}

#[test]
fn notes_verbales_in_english_read_as_the_un_writes_them() {
    let dir = tempfile::tempdir().expect("dir");
    let notes = notes_in(dir.path(), "en");
    for phrase in [
        "The Secretary-General of the United Nations presents his compliments to the Permanent Representative of the Plurinational State of Bolivia to the United Nations Office at Geneva",
        "presents his compliments to the Permanent Observer of the Holy See to the United Nations Office at Geneva",
        "Permanent Observer Mission of the Holy See",
        "to the Permanent Representative of the Kingdom of the Netherlands to the United Nations Office at Geneva",
        "to the Permanent Representative of the Russian Federation",
        "has the honour to refer to General Assembly resolution 67/32 of 3 December 2012",
        "in accordance with Article 11, paragraph 2, of the Convention",
        "in accordance with Article 11, paragraph 4, of the Convention",
        "will be held at the Palais des Nations, Geneva, from 2 to 5 December 2013.",
        "has the honour to invite the Kingdom of the Netherlands to participate in the Meeting",
        // The Holy See is a State Party; the Russian Federation an observer.
        "has the honour to invite the Holy See to participate in the Meeting",
        "has the honour to invite the Russian Federation to attend the Meeting as an observer",
        "avails himself of this opportunity to renew to the Permanent Representative of the Russian Federation to the United Nations Office at Geneva the assurances of his highest consideration",
        "Ref.: ODA/GVA/2013/001",
        "3 June 2013",
    ] {
        assert!(pdf::has(&notes, phrase), "missing: {phrase}\n{notes}");
    }
    for wrong in [
        "Bolivia (Plurinational State of)",
        "Netherlands (Kingdom of the)",
        "Permanent Mission of the Holy See",
        "Government of Holy See",
        "2–5 December",
        "{",
    ] {
        assert!(!pdf::has(&notes, wrong), "{wrong} in:\n{notes}");
    }
}

#[test]
fn notes_verbales_in_french_join_the_article() {
    let dir = tempfile::tempdir().expect("dir");
    let notes = notes_in(dir.path(), "fr");
    for phrase in [
        "Le Secrétaire général de l’Organisation des Nations Unies présente ses compliments au Représentant permanent de l’État plurinational de Bolivie auprès de l’Office des Nations Unies à Genève",
        "à l’Observateur permanent du Saint-Siège auprès de l’Office des Nations Unies à Genève",
        "Mission permanente d’observation du Saint-Siège",
        "au Représentant permanent du Royaume des Pays-Bas auprès de l’Office des Nations Unies à Genève",
        "au Représentant permanent de la Fédération de Russie",
        "se référer à la résolution 67/32 de l’Assemblée générale en date du 3 décembre 2012",
        "La Treizième Assemblée des États parties se tiendra au Palais des Nations, à Genève, du 2 au 5 décembre 2013.",
        "d’inviter le Royaume des Pays-Bas à y participer",
        "d’inviter le Saint-Siège à y participer.",
        "d’inviter la Fédération de Russie à y participer en qualité d’observateur",
        "les assurances de sa très haute considération",
        "Réf. : ODA/GVA/2013/001",
        "3 juin 2013",
    ] {
        assert!(pdf::has(&notes, phrase), "missing: {phrase}\n{notes}");
    }
    assert!(
        !pdf::has(&notes, "de le Royaume") && !pdf::has(&notes, "à le "),
        "{notes}"
    );
}

#[test]
fn notes_verbales_in_spanish_join_the_article() {
    let dir = tempfile::tempdir().expect("dir");
    let notes = notes_in(dir.path(), "es");
    for phrase in [
        "El Secretario General de las Naciones Unidas saluda atentamente al Representante Permanente del Estado Plurinacional de Bolivia ante la Oficina de las Naciones Unidas en Ginebra",
        "al Observador Permanente de la Santa Sede ante la Oficina de las Naciones Unidas en Ginebra",
        "Misión Permanente de Observación de la Santa Sede",
        "al Representante Permanente del Reino de los Países Bajos",
        "la resolución 67/32 de la Asamblea General, de 3 de diciembre de 2012",
        "La Decimotercera Reunión de los Estados Partes se celebrará en el Palacio de las Naciones, en Ginebra, del 2 al 5 de diciembre de 2013.",
        "tiene el honor de invitar al Reino de los Países Bajos a participar en ella",
        "tiene el honor de invitar a la Federación de Rusia a asistir a ella en calidad de observador",
        "el testimonio de su más alta consideración",
    ] {
        assert!(pdf::has(&notes, phrase), "missing: {phrase}\n{notes}");
    }
    assert!(
        !pdf::has(&notes, "de el Reino") && !pdf::has(&notes, "a el Reino"),
        "{notes}"
    );
}

#[test]
fn a_letter_in_2013_calls_swaziland_by_its_name_of_the_day_and_says_so_first() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = only_these_uninvited(&["SWZ"]);
    let path = dir.path().join("ws.ron");
    storage::save(&path, &ws).expect("saved");
    let out_pdf = dir.path().join("swz.pdf");
    let out = run(&[
        "export",
        path.to_str().expect("utf-8"),
        "--list",
        "letters",
        "--only-uninvited",
        "--date",
        "2013-06-03",
        "-o",
        out_pdf.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("renamed since; the en letter calls it “Swaziland”"),
        "{}",
        text(&out.stderr)
    );
    let note = pdf::squeezed_text(&fs::read(&out_pdf).expect("pdf"));
    assert!(
        pdf::has(
            &note,
            "to the Permanent Representative of Swaziland to the United Nations Office"
        ),
        "{note}"
    );
    assert!(!note.contains("Eswatini"), "{note}");
}

#[test]
fn a_letter_without_its_mandate_is_held_back_with_the_reason() {
    let dir = tempfile::tempdir().expect("dir");
    let mut ws = only_these_uninvited(&["NLD"]);
    ws.meetings[0].mandate = Default::default();
    let path = dir.path().join("ws.ron");
    storage::save(&path, &ws).expect("saved");
    let out_pdf = dir.path().join("nld.pdf");
    let out = run(&[
        "export",
        path.to_str().expect("utf-8"),
        "--list",
        "letters",
        "--only-uninvited",
        "-o",
        out_pdf.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no mandating resolution"),
        "{}",
        text(&out.stderr)
    );
    assert!(!out_pdf.exists(), "nothing written");
}

#[test]
fn addresses_are_imported_with_every_row_checked_and_used_in_letters() {
    let dir = tempfile::tempdir().expect("dir");
    let p = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let ws = only_these_uninvited(&["NIU", "NLD", "VAT"]);
    storage::save(Path::new(&p("ws.ron")), &ws).expect("saved");
    let before = fs::read(p("ws.ron")).expect("read");

    // One bad row (an invitee nobody knows): refused, nothing written.
    fs::write(
        p("addresses.csv"),
        "invitee,kind,city,postal_address,email,fax,contact_name,contact_title\n\
         Niue,Embassy,Wellington,\"PO Box 68\nWellington\",niue@example.org,,,\n\
         Atlantis,permanent_mission,Geneva,,,,,\n",
    )
    .expect("csv");
    let out = run(&["import", &p("ws.ron"), "--addresses", &p("addresses.csv")]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    // Row 3 as a spreadsheet numbers it (the quoted address of row 2 spans two lines of the file).
    assert!(
        text(&out.stderr).contains("row 3, column invitee"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        fs::read(p("ws.ron")).expect("read"),
        before,
        "nothing was written"
    );

    // Corrected: Niue's embassy and the Netherlands' mission, by ISO code, with its language.
    fs::write(
        p("addresses.csv"),
        "invitee,kind,city,postal_address,email,fax,contact_name,contact_title,language\n\
         Niue,Embassy,Wellington,\"PO Box 68\nWellington\",niue@example.org,,,,\n\
         NLD,Permanent Mission,Geneva,\"Chemin des Anémones 11\n1219 Châtelaine\",gen@example.nl,+41 22 000 00 00,,,fr\n",
    )
    .expect("csv");
    let out = run(&[
        "import",
        &p("ws.ron"),
        "--addresses",
        &p("addresses.csv"),
        "--dry-run",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Niue: address added"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(
        fs::read(p("ws.ron")).expect("read"),
        before,
        "a dry run writes nothing"
    );
    let out = run(&["import", &p("ws.ron"), "--addresses", &p("addresses.csv")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let saved = storage::load(Path::new(&p("ws.ron"))).expect("loads");
    let niue = &saved.addresses[&EntityId::state("NIU")];
    assert_eq!(niue.kind, AddressKind::Embassy);
    assert_eq!(niue.postal_lines(), ["PO Box 68", "Wellington"]);
    assert_eq!(
        saved.addresses[&EntityId::state("NLD")].language,
        Some(Lang::Fr)
    );

    // The directory, in any format, has the import's columns.
    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "addresses",
        "-o",
        &p("dir.csv"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let directory = fs::read_to_string(p("dir.csv")).expect("csv");
    assert!(directory.starts_with(
        "\u{feff}invitee,kind,city,postal_address,email,fax,contact_name,contact_title,salutation,language,code\n"
    ));
    assert!(
        directory.contains("Niue,embassy,Wellington,"),
        "{directory}"
    );
    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "addresses",
        "-o",
        &p("dir.pdf"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let directory = pdf::squeezed_text(&fs::read(p("dir.pdf")).expect("pdf"));
    assert!(
        pdf::has(&directory, "Niue Embassy PO Box 68 Wellington"),
        "{directory}"
    );
    assert!(
        pdf::has(&directory, "Holy See No address on record"),
        "{directory}"
    );

    // The letters use them: Niue's note to its embassy, the Netherlands' in French, each invitee's
    // language; the mail merge takes the address's e-mail.
    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "letters",
        "--only-uninvited",
        "--date",
        "2013-06-03",
        "-o",
        &p("notes.pdf"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let notes = pdf::squeezed_text(&fs::read(p("notes.pdf")).expect("pdf"));
    assert!(
        pdf::has(
            &notes,
            "presents his compliments to the Embassy of Niue in Wellington"
        ),
        "{notes}"
    );
    assert!(
        pdf::has(&notes, "Embassy of Niue PO Box 68 Wellington"),
        "{notes}"
    );
    assert!(
        pdf::has(
            &notes,
            "Mission permanente du Royaume des Pays-Bas auprès de l’Office des Nations Unies à Genève Chemin des Anémones 11 1219 Châtelaine"
        ),
        "{notes}"
    );
    let out = run(&[
        "export",
        &p("ws.ron"),
        "--list",
        "letters",
        "--only-uninvited",
        "--date",
        "2013-06-03",
        "-o",
        &p("merge.csv"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let merge = fs::read_to_string(p("merge.csv")).expect("csv");
    assert!(
        merge.contains("Niue,NIU,en,Embassy of Niue,PO Box 68,Wellington,,,,niue@example.org,"),
        "{merge}"
    );
    assert!(
        merge.contains(",NLD,fr,Mission permanente du Royaume des Pays-Bas,"),
        "{merge}"
    );
    // A cell that starts with "+" is written so that no spreadsheet takes it for a formula.
    assert!(
        merge.contains("gen@example.nl,'+41 22 000 00 00"),
        "{merge}"
    );
}

#[test]
fn an_address_entered_in_the_detail_panel_reaches_the_next_meeting() {
    let mut h = builtin();
    select_invitee(&mut h, "niue", "Niue");
    assert!(
        shows_containing(&h, "No address on record"),
        "{}",
        common::all_text(&h)
    );
    click(&mut h, "Add an address");
    common::choose(&mut h, "Kind", "Embassy");
    // A new address of a State says Geneva, where most missions are; Niue's embassy is elsewhere.
    replace_text(&mut h, "City", "Wellington");
    type_into(&mut h, "E-mail (for letters)", "niue@example.org");
    let address = h.state().work().workspace().addresses[&EntityId::state("NIU")].clone();
    assert_eq!(address.kind, AddressKind::Embassy);
    assert_eq!(address.city, "Wellington");
    assert_eq!(address.email, "niue@example.org");

    // Meeting › New meeting from this one: the 14MSP writes to the same address.
    click(&mut h, "Meeting");
    click(&mut h, "New meeting from this one…");
    type_into(&mut h, "Opening", "2015-11-30");
    type_into(&mut h, "Closing", "2015-12-04");
    click(&mut h, "Create");
    let ws = h.state().work().workspace();
    assert_eq!(ws.meetings.len(), 2);
    let meeting = &ws.meetings[1];
    let letter = msp_invitations::exchange::letters::compose(
        ws,
        meeting,
        &EntityId::state("NIU"),
        ("ODA/GVA/2015/001", d("2015-06-01")),
        LetterLanguage::EachInvitee,
    )
    .expect("a letter");
    assert_eq!(letter.address[0], "Embassy of Niue");
    assert_eq!(letter.email, "niue@example.org");
    assert_eq!(
        meeting.words(Lang::Fr).name,
        "Quatorzième Assemblée des États parties"
    );

    // Saved and read back, the address is there for every meeting.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("ws.ron");
    storage::save(&path, ws).expect("saved");
    let back = storage::load(&path).expect("loads");
    assert_eq!(back.addresses[&EntityId::state("NIU")], address);
}

/// Replaces what a field holds, as a user does: select all, then type.
fn replace_text(h: &mut egui_kittest::Harness<'_, App>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable as _;
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn the_holy_see_gets_an_observer_mission_by_default() {
    let mut h = builtin();
    select_invitee(&mut h, "holy see", "Holy See");
    click(&mut h, "Add an address");
    assert_eq!(
        h.state().work().workspace().addresses[&EntityId::state("VAT")].kind,
        AddressKind::PermanentObserverMission
    );
    assert!(
        common::all_text(&h).contains("| Permanent Observer Mission |"),
        "{}",
        common::all_text(&h)
    );
}

#[test]
fn the_list_marks_heads_and_alternates_in_each_language() {
    let mut ws = builtin_workspace();
    let chile = ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile");
    for (n, (role, family)) in [
        (Role::HeadOfDelegation, "Rojas"),
        (Role::Alternate, "Vega"),
        (Role::Representative, "Soto"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut m = Member::new(PersonId(u32::try_from(n).expect("few") + 1), role);
        m.honorific = "Sr.".to_owned();
        m.given_name = "Juan".to_owned();
        m.family_name = family.to_owned();
        chile.delegation.members.push(m);
    }
    for (lang, head, alternate, meeting) in [
        (
            Lang::En,
            "Head of Delegation",
            "Alternate Head of Delegation",
            "Thirteenth Meeting of the States Parties Palais des Nations, Geneva, 2–5 December 2013",
        ),
        (
            Lang::Fr,
            "Chef de la délégation",
            "Chef adjoint de la délégation",
            "Treizième Assemblée des États parties Palais des Nations, Genève, 2–5 décembre 2013",
        ),
        (
            Lang::Es,
            "Jefe de la delegación",
            "Jefe adjunto de la delegación",
            "Decimotercera Reunión de los Estados Partes Palacio de las Naciones, Ginebra",
        ),
        (
            Lang::Ru,
            "Глава делегации",
            "Заместитель главы делегации",
            "Тринадцатое совещание государств — участников Конвенции Дворец Наций, Женева",
        ),
    ] {
        let bytes = export(&ws, &request(ListKind::Participants, Format::Pdf, lang)).expect("pdf");
        let list = pdf::squeezed_text(&bytes);
        assert!(pdf::has(&list, meeting), "{lang:?}: {list}");
        assert!(
            pdf::has(&list, &format!("{head} Sr. Juan ROJAS")),
            "{lang:?}: {list}"
        );
        assert!(
            pdf::has(&list, &format!("{alternate} Sr. Juan VEGA")),
            "{lang:?}: {list}"
        );
        // A representative carries no mark.
        let soto = list.find("Sr.JuanSOTO").expect("Soto");
        let vega = list.find("Sr.JuanVEGA").expect("Vega");
        assert!(
            !list[vega..soto].contains(&pdf::squeeze(head)),
            "{lang:?}: {list}"
        );
    }
    // The observer States' sections in the UN's words.
    let mut ws = with_heads(ws, &["MHL", "USA"]);
    ws.meetings[0].closing = d("2013-12-05");
    let list = pdf::squeezed_text(
        &export(&ws, &request(ListKind::Participants, Format::Pdf, Lang::En)).expect("pdf"),
    );
    assert!(
        pdf::has(
            &list,
            "Signatory States États signataires Estados signatarios"
        ),
        "{list}"
    );
    assert!(
        pdf::has(
            &list,
            "States not parties États non parties Estados no partes"
        ),
        "{list}"
    );
}

#[test]
fn the_list_can_be_limited_to_designated_delegations_and_the_dashboard_counts_the_rest() {
    let mut ws = with_heads(builtin_workspace(), &["CHL", "PER", "ARG"]);
    ws.meetings[0]
        .invitees
        .get_mut(&EntityId::state("CHL"))
        .expect("Chile")
        .designation = Some(Designation {
        date: d("2013-11-20"),
        reference: "Note 412".to_owned(),
    });
    let mut limited = request(ListKind::Participants, Format::Csv, Lang::En);
    limited.designated_only = true;
    let bytes = export(&ws, &limited).expect("exports");
    let table = msp_invitations::exchange::import::read_table(&bytes).expect("reads");
    let names: Vec<&str> = table.rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["Chile"]);
    assert_eq!(
        delegations_in_csv(&ws, Lang::En),
        ["Argentina", "Chile", "Peru"]
    );

    let mut h = harness(App::new(ws, None, Default::default()));
    click(&mut h, "Dashboard");
    assert!(
        shows(&h, "Not yet designated: 2"),
        "{}",
        common::all_text(&h)
    );
    click(&mut h, "Not yet designated: 2");
    let shown: Vec<String> = h
        .state()
        .table()
        .visible_rows()
        .map(|r| r.name.clone())
        .collect();
    assert_eq!(shown, ["Argentina", "Peru"]);

    // Designated in the detail panel: the date taken, the count goes down.
    select_invitee(&mut h, "peru", "Peru");
    common::enter_into(&mut h, "Designated by note or letter of", "2013-11-25");
    assert!(
        h.state().work().workspace().meetings[0].invitees[&EntityId::state("PER")]
            .designation
            .is_some()
    );
    click(&mut h, "Dashboard");
    assert!(
        shows(&h, "Not yet designated: 1"),
        "{}",
        common::all_text(&h)
    );
}

#[test]
fn the_executive_secretary_joins_the_officers() {
    let mut h = builtin();
    click(&mut h, "Meeting settings");
    type_into(&mut h, "Executive Secretary", "Mr. A. Officer");
    let officers = &h.state().work().workspace().meetings[0].officers;
    assert!(matches!(
        &officers.executive_secretary,
        Some(msp_invitations::model::Officer::Person { name, .. }) if name == "Mr. A. Officer"
    ));
    // The meeting's words in other languages are there to read and change.
    assert!(
        common::all_text(&h).contains("Treizième Assemblée des États parties"),
        "{}",
        common::all_text(&h)
    );
    type_into(&mut h, "Where, in running text (fr)", " ");
    let words = &h.state().work().workspace().meetings[0].translations[&Lang::Fr];
    assert!(
        words.at_venue.starts_with("au Palais des Nations"),
        "{words:?}"
    );
}

const OLD_FILE: &str = "tests/fixtures/migrations/v1-unoda-invited.ron";

#[test]
fn a_file_of_format_1_that_invited_unoda_opens_migrates_and_saves_in_the_current_format() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("old.ron");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(OLD_FILE), &path).expect("copy");
    let original = fs::read(&path).expect("read");

    let loaded = storage::load_file(&path).expect("loads");
    assert_eq!(
        loaded.workspace.format_version,
        msp_invitations::model::FORMAT_VERSION
    );
    let unoda = EntityId::org("unoda");
    assert!(
        loaded.workspace.organisations.contains_key("unoda"),
        "kept as the user's"
    );
    let record = &loaded.workspace.meetings[0].invitees[&unoda];
    assert_eq!(record.invitation.status, InvitationStatus::Invited);
    assert_eq!(record.delegation.members.len(), 1, "the records are kept");
    assert!(matches!(
        loaded.migrated.as_slice(),
        [storage::Migration::UnodaKept { meetings: 1 }, ..]
    ));
    assert_eq!(
        loaded.workspace.meetings[0].reference_prefix, "APLC/MSP.13/NV/",
        "the old prefix is the meeting's"
    );
    assert_eq!(
        fs::read(&path).expect("read"),
        original,
        "reading never writes"
    );

    // The command line says so, and leaves the file as it was.
    let out = run(&["check", path.to_str().expect("utf-8")]);
    assert!(
        text(&out.stderr).contains("of an earlier format"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("UNODA"), "{}", text(&out.stderr));
    assert_eq!(fs::read(&path).expect("read"), original);

    // The app says so once, on opening; saving writes the current format, and reading that says nothing.
    let mut h = builtin();
    assert!(h.state_mut().open_path(&path));
    h.run();
    assert!(
        shows(&h, "A file of an earlier format"),
        "{}",
        common::all_text(&h)
    );
    assert!(shows_containing(&h, "UNODA, the meetings' secretariat"));
    click(&mut h, "OK");
    assert!(!shows(&h, "A file of an earlier format"));
    assert_eq!(
        fs::read(&path).expect("read"),
        original,
        "opening never writes"
    );
    assert!(h.state_mut().save_to(&path));
    let saved = fs::read_to_string(&path).expect("read");
    assert!(
        saved.contains(&format!(
            "format_version: {}",
            msp_invitations::model::FORMAT_VERSION
        )),
        "saved in the new format"
    );
    let again = storage::load_file(&path).expect("loads");
    assert!(again.migrated.is_empty());
    assert!(again.workspace.organisations.contains_key("unoda"));
}

/// A delegation's name never ends a page: it stays with its first person, whose part in the delegation
/// ("Head of Delegation") the list now prints above the name.
#[test]
fn a_delegation_never_ends_a_page_without_its_first_person() {
    let ws =
        msp_invitations::model::sample::with_generated_delegations(builtin_workspace(), 400, 7);
    let bytes = export(&ws, &request(ListKind::Participants, Format::Pdf, Lang::En)).expect("pdf");
    let list = msp_invitations::exchange::participants::participant_list(
        &ws,
        &ws.meetings[0],
        "INF.2",
        d("2013-12-02"),
    );
    let names: std::collections::HashSet<String> = list
        .sections
        .iter()
        .flat_map(|s| s.delegations.iter().map(|d| d.name.clone()))
        .collect();
    let pages = pdf::pages_text(&bytes);
    assert!(pages.len() > 5, "{} pages", pages.len());
    for (i, page) in pages.iter().enumerate().take(pages.len() - 1) {
        let last = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .rfind(|l| {
                !l.chars()
                    .all(|c| c.is_ascii_digit() || c == '/' || c == ' ')
            })
            .unwrap_or_default();
        assert!(!names.contains(last), "page {} ends with {last:?}", i + 1);
        assert!(
            !last.ends_with("Head of Delegation"),
            "page {} ends with {last:?}",
            i + 1
        );
    }
}

/// A user's own template in a language the app has none in (Russian): used for that language, with the
/// names, dates and venue in Russian; without it, the letters are written in English and the check says so.
#[test]
fn a_users_russian_template_is_used_for_russian_letters() {
    use msp_invitations::exchange::letters;
    use msp_invitations::model::TemplateKind;
    let mut ws = builtin_workspace();
    let meeting = ws.meetings[0].clone();
    let ids = [EntityId::state("RUS")];
    let options = msp_invitations::exchange::LetterOptions {
        language: LetterLanguage::Fixed(Lang::Ru),
        reference_prefix: "ODA/GVA/2013/".to_owned(),
        ..Default::default()
    };
    let issues = letters::check(&ws, &meeting, &ids, &options, d("2013-06-03"));
    assert!(
        issues
            .iter()
            .any(|i| i.text.key == "let-issue-no-template" && !i.blocking),
        "{issues:?}"
    );
    let english = letters::compose(
        &ws,
        &meeting,
        &ids[0],
        ("1", d("2013-06-03")),
        options.language,
    )
    .expect("a letter");
    assert_eq!(english.lang, Lang::En);

    ws.settings.letter_templates.insert(
        (Lang::Ru, TemplateKind::ObserverStates),
        "{meeting} состоится {at_venue} {when}. Приглашается: {invitee}.".to_owned(),
    );
    let russian = letters::compose(
        &ws,
        &meeting,
        &ids[0],
        ("1", d("2013-06-03")),
        options.language,
    )
    .expect("a letter");
    assert_eq!(russian.lang, Lang::Ru);
    assert_eq!(
        russian.paragraphs,
        [
            "Тринадцатое совещание государств — участников Конвенции состоится во Дворце Наций в Женеве 2–5 декабря 2013 года. Приглашается: Российская Федерация."
        ]
    );
    assert!(
        letters::check(&ws, &meeting, &ids, &options, d("2013-06-03"))
            .iter()
            .all(|i| i.text.key != "let-issue-no-template")
    );
    // And it prints: the PDF speaks Russian.
    let document = letters::letters_document(std::slice::from_ref(&russian), d("2013-06-03"), None);
    let bytes = msp_invitations::exchange::pdf::render(&document).expect("pdf");
    assert!(pdf::has(
        &pdf::squeezed_text(&bytes),
        "Российская Федерация"
    ));
}
