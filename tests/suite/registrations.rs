//! Registrations from wherever they come (issue #27): the files of `tests/fixtures/registrations`
//! (copies of `shared/data/registrations`) imported through the command line as a process, read person
//! by person as the List of Participants prints them;
//! a Windows-1252 CSV with semicolons, whole names split (and the uncertain split confirmed), a
//! registration withdrawn, a name that could mean two invitees, the registration form the app writes and
//! a folder of them returned; a column's meaning chosen in the app's preview; and files that are no
//! table of delegates, each refused naming what it is, the workspace left as it was.
#![allow(clippy::disallowed_methods)] // tests read back the files they wrote, with std::fs::read

use crate::common;

use std::path::{Path, PathBuf};

use common::*;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use msp_invitations::app::{App, Dialog, ImportKind};
use msp_invitations::model::{EntityId, Gender, Member, Role, Workspace, builtin_workspace};

/// Where the registration files are: the repository's copies of `shared/data/registrations`.
fn registrations() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/registrations")
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// A fresh 13MSP workspace saved in `dir`.
fn workspace_in(dir: &Path) -> PathBuf {
    let file = dir.join("13msp.ron");
    msp_invitations::storage::save(&file, &builtin_workspace()).expect("save");
    file
}

/// Imports `file` as delegates into the workspace at `ws` with `extra` arguments; the process's output.
fn import(ws: &Path, file: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["import", s(ws), "--delegates", s(file)];
    args.extend_from_slice(extra);
    run(&args)
}

/// The people of a delegation as the list prints them: role, honorific, given name, family name,
/// function.
fn people(ws: &Workspace, code: &str) -> Vec<(Role, String, String, String, String)> {
    let id = if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        EntityId::state(code)
    } else {
        EntityId::org(code)
    };
    ws.meetings[0].invitees[&id]
        .delegation
        .members
        .iter()
        .map(|m| {
            (
                m.role,
                m.honorific.clone(),
                m.given_name.clone(),
                m.family_name.clone(),
                m.function.clone(),
            )
        })
        .collect()
}

fn p(
    role: Role,
    honorific: &str,
    given: &str,
    family: &str,
    function: &str,
) -> (Role, String, String, String, String) {
    (
        role,
        honorific.to_owned(),
        given.to_owned(),
        family.to_owned(),
        function.to_owned(),
    )
}

fn load(path: &Path) -> Workspace {
    msp_invitations::storage::load(path).expect("loads")
}

#[test]
fn an_online_forms_export_in_english() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let out = import(&ws, &registrations().join("online-form.csv"), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("\"Timestamp\" not imported (the form tool's)"),
        "{said}"
    );
    let saved = load(&ws);
    use Role::*;
    assert_eq!(
        people(&saved, "CHL"),
        [
            p(
                HeadOfDelegation,
                "H.E. Ms.",
                "Ana María",
                "Rojas Vidal",
                "Ambassador, Permanent Representative"
            ),
            p(Representative, "Mr.", "Luis", "Soto", "Counsellor"),
        ]
    );
    // Everyday names of States name one each.
    assert_eq!(
        people(&saved, "RUS"),
        [p(
            HeadOfDelegation,
            "Mr.",
            "Sergey",
            "Volkov",
            "Senior Counsellor"
        )]
    );
    assert_eq!(
        people(&saved, "GBR"),
        [p(
            HeadOfDelegation,
            "Ms.",
            "Helen",
            "Ward",
            "First Secretary"
        )]
    );
    assert_eq!(
        people(&saved, "IRN"),
        [p(
            Representative,
            "Mr.",
            "Reza",
            "Karimi",
            "Second Secretary"
        )]
    );
    assert_eq!(
        people(&saved, "VNM"),
        [p(
            HeadOfDelegation,
            "Ms.",
            "Thi Lan",
            "Nguyen",
            "Counsellor"
        )]
    );
    assert_eq!(
        people(&saved, "BOL"),
        [p(
            HeadOfDelegation,
            "Mr.",
            "Jorge",
            "Quispe",
            "Minister Counsellor"
        )]
    );
    assert_eq!(
        people(&saved, "VAT"),
        [p(HeadOfDelegation, "Msgr.", "Paolo", "Conti", "Counsellor")]
    );
    assert_eq!(
        people(&saved, "CIV"),
        [p(
            HeadOfDelegation,
            "Mr.",
            "Koffi",
            "Yao",
            "Premier Conseiller"
        )]
    );
    assert_eq!(
        people(&saved, "icrc"),
        [p(
            HeadOfDelegation,
            "Dr.",
            "Eva",
            "Berg",
            "Legal Adviser, Arms Unit"
        )]
    );
    let chile = &saved.meetings[0].invitees[&EntityId::state("CHL")]
        .delegation
        .members;
    assert_eq!(chile[0].gender, Gender::Female);
    assert_eq!(chile[0].email, "a.rojas@example.org");
    assert_eq!(chile[0].phone, "+41 22 000 00 01");
}

#[test]
fn a_french_form_tools_workbook() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let out = import(&ws, &registrations().join("formulaire.xlsx"), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    for tool in [
        "ID",
        "Heure de début",
        "Heure de fin",
        "Adresse de messagerie",
        "Nom",
    ] {
        assert!(
            said.contains(&format!("\"{tool}\" not imported (the form tool's)")),
            "{said}"
        );
    }
    let saved = load(&ws);
    use Role::*;
    assert_eq!(
        people(&saved, "SEN"),
        [
            p(
                HeadOfDelegation,
                "S.E. M.",
                "Abdou",
                "Diop",
                "Ambassadeur, Représentant permanent"
            ),
            p(Representative, "Mme", "Awa", "Ndiaye", "Conseillère"),
        ]
    );
    assert_eq!(
        people(&saved, "CHE"),
        [p(
            HeadOfDelegation,
            "M.",
            "Pierre",
            "Favre",
            "Chef de section"
        )]
    );
    assert_eq!(
        people(&saved, "au"),
        [p(
            HeadOfDelegation,
            "Mme",
            "Fatou",
            "Camara",
            "Chargée de programme"
        )]
    );
    assert_eq!(
        people(&saved, "BEL"),
        [p(
            HeadOfDelegation,
            "M.",
            "Jan",
            "De Smet",
            "Premier Secrétaire"
        )]
    );
    assert_eq!(
        people(&saved, "MAR"),
        [p(HeadOfDelegation, "M.", "Youssef", "Alami", "Conseiller")]
    );
    let senegal = &saved.meetings[0].invitees[&EntityId::state("SEN")]
        .delegation
        .members;
    assert_eq!(
        (senegal[0].gender, senegal[1].gender),
        (Gender::Male, Gender::Female)
    );
}

#[test]
fn a_note_verbale_in_word_with_the_delegation_in_a_table() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let out = import(&ws, &registrations().join("note-verbale-norway.docx"), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(
            "Every row goes to Norway: the note's sender (“Permanent Mission of Norway”)."
        ),
        "{}",
        text(&out.stdout)
    );
    use Role::*;
    assert_eq!(
        people(&load(&ws), "NOR"),
        [
            p(
                HeadOfDelegation,
                "H.E. Mr.",
                "Arne",
                "VIKEBØ",
                "Ambassador, Permanent Representative"
            ),
            p(Alternate, "Ms.", "Ingrid", "HOLM", "Minister Counsellor"),
            p(
                Representative,
                "Mr.",
                "Erik",
                "LIE",
                "Senior Adviser, Ministry of Foreign Affairs"
            ),
            p(Representative, "Ms.", "Kari", "NÆSS", "Adviser"),
        ]
    );
}

#[test]
fn a_spanish_excel_csv_in_windows_1252_with_semicolons() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let csv = dir.path().join("inscripciones.csv");
    let text_1252 = "País u organización;Tratamiento;Nombre(s);Apellido(s);Cargo;Sexo;Jefe de delegación\r\n\
                     España;Sr.;José Luis;Núñez García;Consejero;Masculino;Sí\r\n\
                     Perú;Sra.;María;Peña;Primera Secretaria;Femenino;No\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text_1252);
    assert!(!unmappable);
    std::fs::write(&csv, &bytes).expect("write");
    let out = import(&ws, &csv, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("CSV, Windows-1252 (Western, ISO-8859-1), semicolons"),
        "{}",
        text(&out.stdout)
    );
    let saved = load(&ws);
    use Role::*;
    assert_eq!(
        people(&saved, "ESP"),
        [p(
            HeadOfDelegation,
            "Sr.",
            "José Luis",
            "Núñez García",
            "Consejero"
        )]
    );
    assert_eq!(
        people(&saved, "PER"),
        [p(
            Representative,
            "Sra.",
            "María",
            "Peña",
            "Primera Secretaria"
        )]
    );
    // Read as Cyrillic, as it used to be, the names would be other letters: the encoding can be chosen.
    let out = import(&ws, &csv, &["--encoding", "windows-1251", "--dry-run"]);
    assert!(!text(&out.stdout).contains("Núñez"));
}

#[test]
fn whole_names_split_and_the_uncertain_split_confirmed() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let file = dir.path().join("system.csv");
    std::fs::write(
        &file,
        "Name,Organisation,Registration state\n\
         Ana ROJAS,Chile,registered\n\
         Tomás  Herrera,Chile,registered\n\
         José Luis GARCÍA PÉREZ,Spain,confirmed\n\
         Carlos MENDOZA,Peru,withdrawn\n",
    )
    .expect("write");
    let out = import(&ws, &file, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let err = text(&out.stderr);
    assert!(
        err.contains("row 3, column Name: \"Tomás  Herrera\": the name was split as given name “Tomás”, family name “Herrera”, but nothing marked the family name"),
        "{err}"
    );
    assert!(err.contains("--confirm"), "{err}");
    assert!(
        text(&out.stdout).contains("row 5: left out: left out: its registration is “withdrawn”"),
        "{}",
        text(&out.stdout)
    );
    let before = std::fs::read(&ws).expect("reads");
    assert_eq!(
        std::fs::read(&ws).expect("reads"),
        before,
        "nothing written"
    );
    let out = import(&ws, &file, &["--confirm", "3"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let saved = load(&ws);
    use Role::*;
    assert_eq!(
        people(&saved, "CHL"),
        [
            p(Representative, "", "Ana", "ROJAS", ""),
            p(Representative, "", "Tomás", "Herrera", ""),
        ],
        "spaces tidied, the whole name in its parts"
    );
    assert_eq!(
        people(&saved, "ESP"),
        [p(Representative, "", "José Luis", "GARCÍA PÉREZ", "")]
    );
    assert!(
        people(&saved, "PER").is_empty(),
        "a withdrawn registration is left out"
    );
}

#[test]
fn a_registration_received_twice_is_one_person() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let file = dir.path().join("twice.csv");
    std::fs::write(
        &file,
        "Country,First name,Last name,Position,E-mail\n\
         Chile,Ana,Rojas,Counsellor,ana@example.org\n\
         Chile,Ana,Rojas,Minister Counsellor,ana@example.org\n",
    )
    .expect("write");
    let out = import(&ws, &file, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout)
            .contains("row 2: left out: left out: the same person registered again in row 3"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(
        people(&load(&ws), "CHL"),
        [p(
            Role::Representative,
            "",
            "Ana",
            "Rojas",
            "Minister Counsellor"
        )]
    );
}

#[test]
fn a_name_of_two_invitees_lists_both_and_a_name_of_none_suggests() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let file = dir.path().join("korea.csv");
    std::fs::write(
        &file,
        "Country,First name,Last name\nKorea,Min-jun,Kim\nIvroy Coast,Koffi,Yao\n",
    )
    .expect("write");
    let before = std::fs::read(&ws).expect("reads");
    let out = import(&ws, &file, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("row 2, column Country: \"Korea\": could mean Republic of Korea or Democratic People's Republic of Korea"),
        "{err}"
    );
    assert!(err.contains("row 3, column Country: \"Ivroy Coast\": no State or organisation of the meeting has this name; the closest: Côte d'Ivoire"), "{err}");
    assert_eq!(std::fs::read(&ws).expect("reads"), before);
}

/// A returned form: the form the app wrote for an invitee, its rows filled in by the delegation.
fn returned_form(ws: &Workspace, code: &str, reference: &str, members: Vec<Member>) -> Vec<u8> {
    use msp_invitations::exchange::import::form::{FormInput, write_form};
    let meeting = &ws.meetings[0];
    let id = if code.chars().all(|c| c.is_ascii_uppercase()) {
        EntityId::state(code)
    } else {
        EntityId::org(code)
    };
    let mut input = FormInput::of(ws, meeting, &id, msp_invitations::i18n::Lang::Fr, reference);
    input.members = members;
    write_form(&input).expect("a form")
}

fn member(role: Role, honorific: &str, given: &str, family: &str, function: &str) -> Member {
    Member {
        honorific: honorific.to_owned(),
        given_name: given.to_owned(),
        family_name: family.to_owned(),
        function: function.to_owned(),
        gender: Gender::Female,
        ..Member::new(msp_invitations::model::PersonId(0), role)
    }
}

/// Three registration forms returned filled in, in a folder of their own: Senegal's, France's and the
/// African Union's.
fn returned_forms(dir: &Path, workspace: &Workspace) -> PathBuf {
    // Two returned, filled in; in a folder of their own.
    let returned = dir.join("returned");
    std::fs::create_dir(&returned).expect("dir");
    std::fs::write(
        returned.join("senegal.xlsx"),
        returned_form(
            workspace,
            "SEN",
            "ODA/GVA/2013/126",
            vec![
                member(
                    Role::HeadOfDelegation,
                    "S.E. Mme",
                    "Aminata",
                    "SALL",
                    "Ambassadrice",
                ),
                member(Role::Adviser, "Mme", "Khady", "FALL", "Conseillère"),
            ],
        ),
    )
    .expect("write");
    std::fs::write(
        returned.join("france.xlsx"),
        returned_form(
            workspace,
            "FRA",
            "ODA/GVA/2013/052",
            vec![member(
                Role::HeadOfDelegation,
                "Mme",
                "Claire",
                "MARTIN",
                "Ambassadrice",
            )],
        ),
    )
    .expect("write");
    // The African Union's: "AU" is also Australia's code, and the form's code settles whose it is.
    std::fs::write(
        returned.join("au.xlsx"),
        returned_form(
            workspace,
            "au",
            "ODA/GVA/2013/170",
            vec![member(
                Role::HeadOfDelegation,
                "Mme",
                "Fatima",
                "KYARI",
                "Observatrice permanente",
            )],
        ),
    )
    .expect("write");
    returned
}

#[test]
fn returned_registration_forms_import_by_their_code_one_or_a_folder() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let workspace = load(&ws);
    // The forms the app writes, through the command line.
    let forms = dir.path().join("forms");
    let out = run(&[
        "export",
        s(&ws),
        "--list",
        "letters",
        "--category",
        "states-parties",
        "--registration-forms",
        "--letter-lang",
        "fr",
        "--reference-prefix",
        "ODA/GVA/2013/",
        "--date",
        "2013-06-03",
        "-o",
        s(&forms),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_dir(&forms).expect("forms").count(), 161);
    let returned = returned_forms(dir.path(), &workspace);
    // One alone: no mapping, no delegation column; the code says whose it is.
    let out = import(&ws, &returned.join("france.xlsx"), &["--dry-run"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(
            "Every row goes to France: the registration form sent under ODA/GVA/2013/052."
        ),
        "{}",
        text(&out.stdout)
    );
    // The folder: one preview, each file's rows under its own invitee.
    let out = import(&ws, &returned, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(
            "row 9 of senegal.xlsx: Senegal: add S.E. Mme Aminata SALL (Head of Delegation)"
        ),
        "{}",
        text(&out.stdout)
    );
    let saved = load(&ws);
    use Role::*;
    assert_eq!(
        people(&saved, "SEN"),
        [
            p(
                HeadOfDelegation,
                "S.E. Mme",
                "Aminata",
                "SALL",
                "Ambassadrice"
            ),
            p(Adviser, "Mme", "Khady", "FALL", "Conseillère"),
        ]
    );
    assert_eq!(
        people(&saved, "FRA"),
        [p(
            HeadOfDelegation,
            "Mme",
            "Claire",
            "MARTIN",
            "Ambassadrice"
        )]
    );
    assert_eq!(
        people(&saved, "au"),
        [p(
            HeadOfDelegation,
            "Mme",
            "Fatima",
            "KYARI",
            "Observatrice permanente"
        )]
    );
    assert!(people(&saved, "AUS").is_empty());
    // A form returned for another meeting is refused, naming the file.
    let other = dir.path().join("14msp.ron");
    let out = run(&[
        "new",
        "--meeting",
        "14",
        "--opening",
        "2015-11-30",
        "--closing",
        "2015-12-04",
        "--venue",
        "Geneva",
        "-o",
        s(&other),
    ]);
    assert!(out.status.success());
    let before = std::fs::read(&other).expect("reads");
    let out = import(&other, &returned, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(
            "au.xlsx: This registration form was sent for the meeting 13MSP, not for 14MSP"
        ),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&other).expect("reads"), before);
}

/// Files that are no table of delegates: each refused, saying what it is, the workspace untouched.
#[test]
fn files_that_are_not_a_table_of_delegates_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().expect("dir");
    let ws = workspace_in(dir.path());
    let before = std::fs::read(&ws).expect("reads");
    // A Word document with no table.
    let docx = dir.path().join("letter.docx");
    {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&docx).expect("create"));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("[Content_Types].xml", options)
            .expect("part");
        zip.write_all(b"<?xml version=\"1.0\"?><Types/>")
            .expect("write");
        zip.start_file("word/document.xml", options).expect("part");
        zip.write_all(br#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>The Permanent Mission of Chile presents its compliments.</w:t></w:r></w:p></w:body></w:document>"#).expect("write");
        zip.finish().expect("zip");
    }
    // A PDF, a Word 97-2003 document, an empty sheet, a header of merged cells.
    let pdf = dir.path().join("list.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3\n1 0 obj<<>>endobj\n").expect("write");
    let doc = dir.path().join("note.doc");
    let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole.extend(std::iter::repeat_n(0_u8, 500));
    ole.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&doc, &ole).expect("write");
    let empty = dir.path().join("empty.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet();
    book.save(&empty).expect("xlsx");
    let merged = dir.path().join("merged.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .merge_range(0, 0, 0, 1, "Name", &rust_xlsxwriter::Format::new())
        .expect("merge");
    sheet.write_string(0, 2, "Country").expect("cell");
    sheet.write_string(1, 0, "Ana").expect("cell");
    sheet.write_string(1, 1, "ROJAS").expect("cell");
    sheet.write_string(1, 2, "Chile").expect("cell");
    book.save(&merged).expect("xlsx");
    // 50,000 rows whose columns mean nothing the import needs.
    let big = dir.path().join("big.csv");
    let mut rows = String::from("alpha,beta,gamma\n");
    for n in 0..50_000 {
        use std::fmt::Write as _;
        let _ = writeln!(rows, "{n},x{n},y{n}");
    }
    std::fs::write(&big, rows).expect("write");
    for (file, said) in [
        (
            &docx,
            "The Word document has no table of the delegation (it has no table at all)",
        ),
        (&pdf, "This is a PDF, which an import cannot read"),
        (&doc, "This is a Word 97-2003 document (.doc)"),
        (&empty, "The file is empty."),
        (
            &merged,
            "The header row (row 1) has cells merged from column A to column B (“Name”)",
        ),
        (
            &big,
            "The columns are not those of a delegates file: missing delegation, family_name. Found: alpha, beta, gamma.",
        ),
    ] {
        let out = import(&ws, file, &[]);
        assert_eq!(out.status.code(), Some(1), "{}", file.display());
        let err = text(&out.stderr);
        assert!(err.contains(said), "{}: {err}", file.display());
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(
            std::fs::read(&ws).expect("reads"),
            before,
            "{}",
            file.display()
        );
    }
    let out = import(&ws, &big, &[]);
    assert!(
        text(&out.stderr).contains("--column \"HEADER=MEANING\""),
        "{}",
        text(&out.stderr)
    );
}

/// In the app: a file whose family-name column the import cannot tell ("Nachname"); the preview shows
/// how each column was read, the officer chooses what it holds, the rows import, and the choice is kept
/// for the next file of that form, for the command line too.
#[test]
fn a_columns_meaning_chosen_in_the_preview_is_kept_for_the_next_file() {
    let dir = tempfile::tempdir().expect("dir");
    let ws_file = workspace_in(dir.path());
    let file = dir.path().join("anmeldung.csv");
    std::fs::write(&file, "Country,First name,Nachname\nChile,Ana,Rojas\n").expect("write");
    let mut h = harness(App::start_in(
        Some(ws_file.clone()),
        Default::default(),
        None,
    ));
    h.state_mut()
        .jobs()
        .start_import_preview(&file, ImportKind::Delegates);
    wait_for_job(&mut h);
    assert!(
        shows_containing(&h, "missing family_name"),
        "{}",
        all_text(&h)
    );
    assert!(
        shows(&h, "Nachname"),
        "the columns are shown: {}",
        all_text(&h)
    );
    // The meaning of "Nachname", chosen from its list.
    let combo = h
        .get_all_by_label("Nachname")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::ComboBox)
        .expect("the choice for Nachname");
    combo.click();
    h.run();
    let option = h
        .get_all_by_label("Family name")
        .rfind(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .expect("the option Family name");
    option.click();
    // The choice starts the preview again, whose spinner repaints until it is done.
    h.step();
    wait_for_job(&mut h);
    let Some(Dialog::ImportPreview(state)) = h.state().work().dialog() else {
        panic!("no preview: {}", all_text(&h));
    };
    assert!(state.preview.is_ok(), "{:?}", state.preview);
    assert!(shows(&h, "chosen"), "{}", all_text(&h));
    click(&mut h, "Import");
    let chile = &h.state().work().workspace().meetings[0].invitees[&EntityId::state("CHL")];
    assert_eq!(chile.delegation.members[0].family_name, "Rojas");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    // The next file of that form, from the command line, needs no --column.
    let next = dir.path().join("anmeldung-2.csv");
    std::fs::write(&next, "Country,First name,Nachname\nPeru,Luis,Soto\n").expect("write");
    let out = import(&ws_file, &next, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("\"Nachname\" family name (as chosen before)"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(
        people(&load(&ws_file), "PER"),
        [p(Role::Representative, "", "Luis", "Soto", "")]
    );
}
