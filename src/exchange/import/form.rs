//! The registration form the app writes for an invitee, and reads back. An XLSX workbook in the letter's
//! language: the meeting, the invitee and its reference, instructions, and the delegation as recorded (to
//! correct), with drop-down lists for the role, the honorific and the gender; the sheet is protected but
//! for the cells to fill. A hidden sheet carries a code (the meeting, the invitee, the reference), by
//! which a returned form imports with no mapping at all, into its own delegation, and a form for another
//! meeting is refused. A folder of returned forms imports as one preview.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, FormatBorder, ProtectionOptions, Workbook,
    XlsxError,
};

pub use super::code::{CODE_SHEET, Code, FormError};
use super::{ImportError, RawTable, source};
use crate::i18n::{Lang, tr_in};
use crate::model::{ColumnMeaning, EntityId, Gender, Meeting, Role, Workspace, words};

/// How many rows a form offers for people, the delegation as recorded included.
const PEOPLE_ROWS: u32 = 30;

/// The columns a form has, in order, and what each means.
const COLUMNS: [(ColumnMeaning, &str); 8] = [
    (ColumnMeaning::Role, "form-col-role"),
    (ColumnMeaning::Honorific, "form-col-honorific"),
    (ColumnMeaning::GivenName, "form-col-given-name"),
    (ColumnMeaning::FamilyName, "form-col-family-name"),
    (ColumnMeaning::Function, "form-col-function"),
    (ColumnMeaning::Gender, "form-col-gender"),
    (ColumnMeaning::Email, "form-col-email"),
    (ColumnMeaning::Phone, "form-col-phone"),
];

/// The honorifics a form offers in each language (a delegate may write another).
fn honorifics(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["Mr.", "Ms.", "Mrs.", "H.E. Mr.", "H.E. Ms.", "Dr.", "Prof."],
        Lang::Fr => &["M.", "Mme", "S.E. M.", "S.E. Mme", "Dr", "Pr"],
        Lang::Es => &["Sr.", "Sra.", "Excmo. Sr.", "Excma. Sra.", "Dr.", "Dra."],
        Lang::Ru => &["г-н", "г-жа", "Е.П. г-н", "Е.П. г-жа", "д-р"],
    }
}

/// The row of the header, counted from 0: the title, the invitee, the reference and the instructions
/// above it.
const HEADER_ROW: u32 = 7;

/// What a registration form says, taken from the workspace when it is prepared, so that forms can be
/// written on a worker thread.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormInput {
    /// The meeting's name in the form's language.
    pub meeting_name: String,
    /// The invitee's name in the form's language, as the UN wrote it when the meeting opened.
    pub invitee_name: String,
    /// "Delegation of Norway", "Délégation de la Norvège", as the form's heading says.
    pub heading: String,
    /// The delegation as recorded, to correct.
    pub members: Vec<crate::model::Member>,
    pub code: Code,
}

impl FormInput {
    /// The form for invitee `id` of `meeting`, in `lang`, under `reference`.
    pub fn of(
        workspace: &Workspace,
        meeting: &Meeting,
        id: &EntityId,
        lang: Lang,
        reference: &str,
    ) -> Self {
        Self {
            meeting_name: meeting.words(lang).name.to_owned(),
            invitee_name: workspace.name_at(meeting, id, lang).to_owned(),
            heading: delegation_heading(workspace, meeting, id, lang),
            members: meeting
                .invitees
                .get(id)
                .map(|i| i.delegation.members.clone())
                .unwrap_or_default(),
            code: Code {
                meeting: meeting.id.clone(),
                invitee: id.code().to_owned(),
                reference: reference.to_owned(),
                lang,
            },
        }
    }

    /// The form's file name: its reference's end and the invitee's name, made safe.
    pub fn file_name(&self) -> String {
        let stem = crate::text::safe_file_name(&self.code.reference, &self.invitee_name);
        format!("{} - form.xlsx", stem.trim_end_matches(".pdf"))
    }
}

/// "Delegation of Norway", "Délégation de la Norvège", "Delegación de Noruega", «Делегация: Норвегия»:
/// the State's short name with its article, as the UN wrote it when the meeting opened (that day's name
/// bare when the State has been renamed since), an organisation's with its article where the data give
/// one.
fn delegation_heading(
    workspace: &Workspace,
    meeting: &Meeting,
    id: &EntityId,
    lang: Lang,
) -> String {
    use crate::model::naming::{Basis, of_name, running_name};
    let day = workspace.name_at(meeting, id, lang).to_owned();
    let name = match id {
        EntityId::State(iso3) => crate::model::reference::formal_names(iso3)
            .and_then(|f| f.short(lang))
            .filter(|_| workspace.name_in(id, lang) == day)
            .filter(|short| !short.is_empty())
            .map_or(day.clone(), str::to_owned),
        EntityId::Org(_) => {
            let running = running_name(workspace, id, lang, meeting.opening);
            if running.basis == Basis::Missing {
                day.clone()
            } else {
                running.text
            }
        }
    };
    tr_in(
        lang,
        "form-delegation-of",
        &[
            ("of_invitee", of_name(lang, &name).into()),
            ("invitee", day.into()),
        ],
    )
}

/// The registration form for invitee `id` of `meeting`, in `lang`, under `reference`, as XLSX bytes.
pub fn registration_form(
    workspace: &Workspace,
    meeting: &Meeting,
    id: &EntityId,
    lang: Lang,
    reference: &str,
) -> Result<Vec<u8>, XlsxError> {
    write_form(&FormInput::of(workspace, meeting, id, lang, reference))
}

/// The registration form `input` describes, as XLSX bytes.
pub fn write_form(input: &FormInput) -> Result<Vec<u8>, XlsxError> {
    let lang = input.code.lang;
    let reference = input.code.reference.as_str();
    let say = |key: &str| tr_in(lang, key, &[]);
    let meeting_name = input.meeting_name.clone();
    let mut book = Workbook::new();
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let note = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let header = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_background_color(rust_xlsxwriter::Color::RGB(0x00DD_E6F0));
    let fill = Format::new().set_unlocked().set_border(FormatBorder::Thin);
    let sheet = book.add_worksheet();
    sheet.set_name(truncate_sheet_name(&say("form-sheet")))?;
    sheet.write_string_with_format(
        0,
        0,
        tr_in(lang, "form-title", &[("meeting", meeting_name.into())]),
        &title,
    )?;
    sheet.write_string_with_format(1, 0, &input.heading, &bold)?;
    sheet.write_string(
        2,
        0,
        tr_in(
            lang,
            "form-reference",
            &[("reference", reference.to_owned().into())],
        ),
    )?;
    for (row, key) in [
        (3, "form-instructions-1"),
        (4, "form-instructions-2"),
        (5, "form-instructions-3"),
    ] {
        sheet.merge_range(row, 0, row, 7, &say(key), &note)?;
        sheet.set_row_height(row, 30)?;
    }
    // A page across, as wide as the table, the header in view while the rows scroll.
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    for (column, (_, key)) in (0_u16..).zip(COLUMNS) {
        sheet.write_string_with_format(HEADER_ROW, column, say(key), &header)?;
        sheet.set_column_width(column, if column == 4 { 42 } else { 20 })?;
    }
    let members = input.members.as_slice();
    for row in 0..PEOPLE_ROWS {
        let at = HEADER_ROW + 1 + row;
        let member = members.get(row as usize);
        let values: [String; 8] = match member {
            Some(m) => [
                words::role_in(lang, m.role),
                m.honorific.clone(),
                m.given_name.clone(),
                m.family_name.clone(),
                m.function.clone(),
                if m.gender == Gender::Unknown {
                    String::new()
                } else {
                    words::gender_in(lang, m.gender)
                },
                m.email.clone(),
                m.phone.clone(),
            ],
            None => Default::default(),
        };
        for (column, value) in (0_u16..).zip(values) {
            sheet.write_string_with_format(at, column, value, &fill)?;
        }
    }
    let last = HEADER_ROW + PEOPLE_ROWS;
    let roles: Vec<String> = Role::ALL.iter().map(|r| words::role_in(lang, *r)).collect();
    let genders: Vec<String> = [Gender::Female, Gender::Male, Gender::Other]
        .iter()
        .map(|g| words::gender_in(lang, *g))
        .collect();
    sheet.add_data_validation(
        HEADER_ROW + 1,
        0,
        last,
        0,
        &DataValidation::new().allow_list_strings(&roles)?,
    )?;
    // An honorific of one's own is allowed: the list proposes, a warning asks.
    sheet.add_data_validation(
        HEADER_ROW + 1,
        1,
        last,
        1,
        &DataValidation::new()
            .allow_list_strings(honorifics(lang))?
            .set_error_style(DataValidationErrorStyle::Warning),
    )?;
    sheet.add_data_validation(
        HEADER_ROW + 1,
        5,
        last,
        5,
        &DataValidation::new().allow_list_strings(&genders)?,
    )?;
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    let hidden = book.add_worksheet();
    hidden.set_name(CODE_SHEET)?;
    hidden.write_string(0, 0, input.code.text())?;
    hidden.set_hidden(true);
    hidden.protect();
    book.save_to_buffer()
}

/// A sheet's name within Excel's 31 characters.
fn truncate_sheet_name(name: &str) -> String {
    name.chars().take(31).collect()
}

/// The returned forms in `folder` (its `.xlsx` files), read into one table: each row under the invitee
/// its file's code names, the rows numbered in turn with the file and row they come from. A file that is
/// no form of the app, or one written for another meeting, is refused, naming it.
pub fn read_folder(folder: &Path, meeting: &Meeting) -> Result<RawTable, ImportError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|err| ImportError::Folder {
            path: folder.to_owned(),
            message: err.to_string(),
        })?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
                && !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("~$"))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(ImportError::Folder {
            path: folder.to_owned(),
            message: "it holds no .xlsx file".to_owned(),
        });
    }
    let mut header: Vec<String> = vec!["delegation".to_owned()];
    header.extend(COLUMNS.iter().map(|(m, _)| m.cli_name().to_owned()));
    let mut rows = Vec::new();
    let mut origins = Vec::new();
    let mut invitees = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let in_file = |source: ImportError| ImportError::InFile {
            file: name.clone(),
            source: Box::new(source),
        };
        let bytes = crate::storage::read_regular(path, crate::model::limits::MAX_IMPORT_BYTES)
            .map_err(|err| {
                in_file(ImportError::Folder {
                    path: path.clone(),
                    message: err.to_string(),
                })
            })?;
        let table = source::read(&bytes, source::ReadOptions::default()).map_err(in_file)?;
        let code = table
            .form
            .clone()
            .ok_or_else(|| in_file(ImportError::NotAForm))?;
        let id = code
            .invitee_in(meeting)
            .map_err(|err| in_file(ImportError::Form(err)))?;
        let mapping = super::mapping::read(
            &table.header,
            &std::collections::BTreeMap::new(),
            &crate::model::Mappings::new(),
            &vec![false; table.header.len()],
        );
        for (row, cells) in table.data_rows() {
            let mut out = vec![id.code().to_owned()];
            out.extend(
                COLUMNS
                    .iter()
                    .map(|(meaning, _)| super::cell(cells, mapping.column(*meaning))),
            );
            rows.push(out);
            origins.push((name.clone(), row));
            invitees.push(id.clone());
        }
        if rows.len() > crate::model::limits::MAX_IMPORT_ROWS {
            return Err(ImportError::TooBig(super::Limit::Rows {
                limit: crate::model::limits::MAX_IMPORT_ROWS,
            }));
        }
    }
    Ok(RawTable {
        header,
        rows,
        detected: format!("{} registration forms", files.len()),
        kind: source::FileKind::Xlsx,
        origins: Some(origins),
        invitees: Some(invitees),
        ..RawTable::default()
    })
}
