//! Invitation letters in UN form: a note verbale from the Secretary-General to each State ("presents his
//! compliments to the Permanent Representative of …", citing the mandating resolution and Article 11 of the
//! Convention), a letter to each organisation signed by the meeting's signatory. Built-in templates in
//! English, French and Spanish (`templates.rs`, texts in `assets/letters/`); a workspace may replace any,
//! or add one in Russian (`Settings::letter_templates`). `compose.rs` makes one letter and checks a run
//! before it is written; `phrases.rs` holds the set phrases of each language.
//!
//! Placeholders are replaced as text and the result is placed in the document as data, so whatever the
//! names contain prints verbatim.

mod compose;
pub mod phrases;
pub mod templates;

use super::document::{Block, Document, Header, Table};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

pub use crate::model::TemplateKind;
use crate::model::{Date, EntityId, Meeting, MeetingId, Workspace};
use crate::text::{collate, safe_file_name};
pub use compose::{Letter, LetterIssue, check, compose, language_of};
pub use templates::{PLACEHOLDERS, builtin, fill};

/// The reference of the `n`th letter of a run: the prefix and a number of at least three digits.
pub fn reference(prefix: &str, n: usize) -> String {
    format!("{prefix}{n:03}")
}

/// The invitees a run of letters goes to: those of `kind` (all kinds when `None`), alphabetically,
/// optionally only those not yet invited.
pub fn recipients(
    workspace: &Workspace,
    meeting: &Meeting,
    kind: Option<TemplateKind>,
    only_uninvited: bool,
) -> Vec<EntityId> {
    let mut ids: Vec<&EntityId> = meeting
        .invitees
        .iter()
        .filter(|(id, _)| kind.is_none() || TemplateKind::of(workspace, meeting, id) == kind)
        .filter(|(_, i)| {
            !only_uninvited || i.invitation.status == crate::model::InvitationStatus::NotInvited
        })
        .map(|(id, _)| id)
        .collect();
    let name = |id| workspace.name_at(meeting, id, crate::i18n::Lang::En);
    ids.sort_by(|a, b| collate(name(a), name(b)).then_with(|| a.cmp(b)));
    ids.into_iter().cloned().collect()
}

/// The letters to `ids`, numbered from `first_number` with `prefix`, dated `date`, each in the language
/// `language` gives it.
pub fn letters(
    workspace: &Workspace,
    meeting: &Meeting,
    ids: &[EntityId],
    (prefix, first_number): (&str, usize),
    date: Date,
    language: super::LetterLanguage,
) -> Vec<Letter> {
    ids.iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let reference = reference(prefix, first_number + i);
            compose(workspace, meeting, id, (&reference, date), language)
        })
        .collect()
}

/// Marks the invitees of `letters` as invited on `date` with their letters' references, as one edit.
pub fn mark_invited(
    workspace: &Workspace,
    meeting: &MeetingId,
    letters: &[Letter],
    date: Date,
) -> crate::edit::Edit {
    let edits = letters
        .iter()
        .filter_map(|letter| {
            let mut invitee = workspace
                .meeting(meeting)?
                .invitees
                .get(&letter.id)?
                .clone();
            invitee.invitation.status = crate::model::InvitationStatus::Invited;
            invitee.invitation.sent = Some(date);
            invitee.invitation.reference.clone_from(&letter.reference);
            Some(crate::edit::Edit::PutInvitee {
                meeting: meeting.clone(),
                id: letter.id.clone(),
                value: Some(invitee),
            })
        })
        .collect();
    crate::edit::Edit::Batch(edits)
}

/// The letters as one document, a page each: the office's letterhead if it has one, the reference, the
/// date, the address block, the text and, for a letter, the signature, each letter in its own language.
pub fn letters_document(
    letters: &[Letter],
    date: Date,
    letterhead: Option<&crate::model::Letterhead>,
) -> Document {
    let mut blocks = Vec::new();
    for (i, letter) in letters.iter().enumerate() {
        if i > 0 {
            blocks.push(Block::PageBreak);
        }
        if let Some(letterhead) = letterhead {
            blocks.push(Block::Letterhead(letterhead.clone()));
        }
        blocks.push(Block::Language(letter.lang));
        blocks.push(Block::Paragraph(format!(
            "{} {}",
            phrases::reference_label(letter.lang),
            letter.reference
        )));
        blocks.push(Block::Paragraph(crate::i18n::running_date_in(
            letter.lang,
            letter.date,
        )));
        blocks.push(Block::Lines(letter.address.clone()));
        for paragraph in &letter.paragraphs {
            blocks.push(Block::Paragraph(paragraph.clone()));
        }
        if !letter.signature.is_empty() {
            blocks.push(Block::Lines(letter.signature.clone()));
        }
    }
    Document {
        header: Header {
            meeting: String::new(),
            place_and_dates: String::new(),
            title: Vec::new(),
            symbol: String::new(),
            date: String::new(),
            issued: date,
            note: String::new(),
            page_numbers: false,
            lang: letters.first().map_or_else(Default::default, |l| l.lang),
            description: match letters {
                [one] => format!("{}: {}", one.reference, one.invitee),
                _ => format!("Invitation letters ({})", letters.len()),
            },
        },
        blocks,
    }
}

/// How many address lines the mail-merge table has; a longer address keeps its last lines together in
/// the last column.
const MERGE_ADDRESS_LINES: usize = 6;

/// The mail-merge table: one row per letter, with the address block, e-mail and fax of the invitee's
/// address (never a delegate's), the greeting, the reference and the language.
pub fn mail_merge_table(letters: &[Letter]) -> Table {
    let address_columns: Vec<String> = (1..=MERGE_ADDRESS_LINES)
        .map(|n| format!("address_{n}"))
        .collect();
    let mut header: Vec<&str> = vec!["invitee", "code", "language"];
    header.extend(address_columns.iter().map(String::as_str));
    header.extend([
        "email",
        "fax",
        "contact_name",
        "contact_title",
        "salutation",
        "reference",
        "date",
        "template",
    ]);
    let mut table = Table::new(&header);
    for letter in letters {
        let mut lines: Vec<String> = letter.address.clone();
        if lines.len() > MERGE_ADDRESS_LINES {
            let rest = lines.split_off(MERGE_ADDRESS_LINES - 1).join(", ");
            lines.push(rest);
        }
        lines.resize(MERGE_ADDRESS_LINES, String::new());
        let mut row = vec![
            letter.invitee.clone(),
            letter.id.code().to_owned(),
            letter.lang.code().to_owned(),
        ];
        row.extend(lines);
        row.extend([
            letter.email.clone(),
            letter.fax.clone(),
            letter.contact_name.clone(),
            letter.contact_title.clone(),
            letter.salutation.clone(),
            letter.reference.clone(),
            letter.date.to_string(),
            letter.kind.label().to_owned(),
        ]);
        table.rows.push(row);
    }
    table
}

/// Where a run of letters goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LettersOutput {
    /// All the letters in one PDF, a page each.
    OnePdf(PathBuf),
    /// A PDF per invitee in this folder, named by [`file_names`].
    PdfPerInvitee(PathBuf),
    /// The mail-merge table as CSV or XLSX.
    MailMerge {
        path: PathBuf,
        format: super::Format,
        csv: super::tabular::CsvOptions,
    },
    /// Each invitee's registration form (XLSX, in its letter's language, under its letter's reference)
    /// in this folder: the job is to carry them ([`LettersJob::with_forms`]).
    Forms(PathBuf),
}

impl LettersOutput {
    /// The file or folder written.
    pub fn path(&self) -> &Path {
        match self {
            Self::OnePdf(path)
            | Self::PdfPerInvitee(path)
            | Self::MailMerge { path, .. }
            | Self::Forms(path) => path,
        }
    }
}

/// Why a run of letters was not written. What it had written is removed.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum LettersError {
    NoMeeting(MeetingId),
    NoRecipients,
    #[error(transparent)]
    Pdf(#[from] super::pdf::PdfError),
    #[error(transparent)]
    Export(#[from] super::ExportError),
    #[error(transparent)]
    Write(#[from] crate::storage::SaveError),
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Missing {
        written: usize,
        total: usize,
        folder: PathBuf,
    },
    /// The letters would print a wrong or missing value (the check of [`check`]): nothing is written.
    Blocked(Vec<LetterIssue>),
    /// The user stopped the run.
    Cancelled,
}

/// A run of letters, prepared (who, with which reference, saying what) and checked, then written: the one
/// path every writer of letters takes (the Letters view on its worker thread, the Export dialog's
/// Letters list, `export --list letters`), so none writes a letter the check holds back.
#[derive(Clone, Debug)]
pub struct LettersJob {
    pub meeting: MeetingId,
    pub date: Date,
    pub letters: Vec<Letter>,
    /// The workspace's letterhead when the run was prepared.
    pub letterhead: Option<Box<crate::model::Letterhead>>,
    /// What is worth a look but does not stop the run (invitees without an address, names of the day).
    pub notes: Vec<LetterIssue>,
    /// The registration forms to write beside the letters, once asked for ([`LettersJob::with_forms`]).
    pub forms: Vec<crate::exchange::import::form::FormInput>,
}

impl LettersJob {
    /// The letters `options` ask for, dated `date`, once [`check`] finds nothing that stops them
    /// ([`LettersError::Blocked`] otherwise, with every issue).
    pub fn prepare(
        workspace: &Workspace,
        meeting: &MeetingId,
        options: &super::LetterOptions,
        date: Date,
    ) -> Result<Self, LettersError> {
        let record = workspace
            .meeting(meeting)
            .ok_or_else(|| LettersError::NoMeeting(meeting.clone()))?;
        let ids = recipients(workspace, record, options.kind, options.only_uninvited);
        let issues = check(workspace, record, &ids, options, date);
        if issues.iter().any(|i| i.blocking) {
            return Err(LettersError::Blocked(issues));
        }
        let letters = letters(
            workspace,
            record,
            &ids,
            (&options.reference_prefix, options.first_number.max(1)),
            date,
            options.language,
        );
        if letters.is_empty() {
            return Err(LettersError::NoRecipients);
        }
        Ok(Self {
            meeting: meeting.clone(),
            date,
            letters,
            letterhead: workspace.settings.letterhead.clone(),
            notes: issues,
            forms: Vec::new(),
        })
    }

    /// The registration form of each letter's invitee, in the letter's language and under its
    /// reference, with the delegation as `workspace` records it: what [`LettersOutput::Forms`] writes.
    pub fn with_forms(mut self, workspace: &Workspace) -> Self {
        if let Some(meeting) = workspace.meeting(&self.meeting) {
            self.forms = self
                .letters
                .iter()
                .map(|l| {
                    crate::exchange::import::form::FormInput::of(
                        workspace,
                        meeting,
                        &l.id,
                        l.lang,
                        &l.reference,
                    )
                })
                .collect();
        }
        self
    }

    /// Writes the letters to `output`, calling `progress(done, total)` as each is made. Once `cancelled` is
    /// set it stops, removes what it wrote, and says so. Returns how many letters are on disk.
    pub fn write(
        &self,
        output: &LettersOutput,
        progress: &dyn Fn(usize, usize),
        cancelled: &AtomicBool,
    ) -> Result<usize, LettersError> {
        let total = self.letters.len();
        let stop = || cancelled.load(Ordering::Relaxed);
        match output {
            LettersOutput::OnePdf(path) => {
                let bytes = super::pdf::render(&letters_document(
                    &self.letters,
                    self.date,
                    self.letterhead.as_deref(),
                ))?;
                if stop() {
                    return Err(LettersError::Cancelled);
                }
                super::write_export(path, &bytes)?;
                progress(total, total);
                Ok(total)
            }
            LettersOutput::MailMerge { path, format, csv } => {
                let table = mail_merge_table(&self.letters);
                let bytes = if *format == super::Format::Xlsx {
                    super::tabular::xlsx_bytes(&table, super::ListKind::Letters.label())
                        .map_err(super::ExportError::from)?
                } else {
                    let mut bytes = Vec::new();
                    super::tabular::write_csv(&table, *csv, &mut bytes)
                        .map_err(super::ExportError::from)?;
                    bytes
                };
                super::write_export(path, &bytes)?;
                progress(total, total);
                Ok(total)
            }
            LettersOutput::Forms(folder) => self.write_forms(folder, progress, cancelled),
            LettersOutput::PdfPerInvitee(folder) => {
                std::fs::create_dir_all(folder).map_err(|source| LettersError::Folder {
                    path: folder.clone(),
                    source,
                })?;
                let names = file_names(&self.letters);
                let mut written = Vec::new();
                let result = (|| {
                    for (done, (letter, name)) in self.letters.iter().zip(&names).enumerate() {
                        if stop() {
                            return Err(LettersError::Cancelled);
                        }
                        let document = letters_document(
                            std::slice::from_ref(letter),
                            self.date,
                            self.letterhead.as_deref(),
                        );
                        let bytes = super::pdf::render(&document)?;
                        let path = folder.join(name);
                        super::write_export(&path, &bytes)?;
                        written.push(path);
                        progress(done + 1, total);
                    }
                    Ok(())
                })();
                if let Err(err) = result {
                    for path in &written {
                        let _ = std::fs::remove_file(path);
                    }
                    return Err(err);
                }
                // Count what is on disk, not what was meant to be.
                let on_disk = written.iter().filter(|p| p.is_file()).count();
                if on_disk == total {
                    Ok(on_disk)
                } else {
                    Err(LettersError::Missing {
                        written: on_disk,
                        total,
                        folder: folder.clone(),
                    })
                }
            }
        }
    }

    /// Writes the registration forms in `folder`, a file each; once `cancelled` is set, stops and removes
    /// what it wrote.
    fn write_forms(
        &self,
        folder: &Path,
        progress: &dyn Fn(usize, usize),
        cancelled: &AtomicBool,
    ) -> Result<usize, LettersError> {
        std::fs::create_dir_all(folder).map_err(|source| LettersError::Folder {
            path: folder.to_owned(),
            source,
        })?;
        let total = self.forms.len();
        let mut written = Vec::new();
        let result = (|| {
            for (done, form) in self.forms.iter().enumerate() {
                if cancelled.load(Ordering::Relaxed) {
                    return Err(LettersError::Cancelled);
                }
                let bytes = crate::exchange::import::form::write_form(form)
                    .map_err(super::ExportError::from)?;
                let path = folder.join(form.file_name());
                super::write_export(&path, &bytes)?;
                written.push(path);
                progress(done + 1, total);
            }
            Ok(())
        })();
        if let Err(err) = result {
            for path in &written {
                let _ = std::fs::remove_file(path);
            }
            return Err(err);
        }
        Ok(written.len())
    }

    /// The edit that marks the invitees as invited on the letters' date with their references, as one
    /// undo step.
    pub fn mark_invited(&self, workspace: &Workspace) -> crate::edit::Edit {
        mark_invited(workspace, &self.meeting, &self.letters, self.date)
    }
}

/// A file name per letter ([`safe_file_name`]), each distinct even where file systems ignore case: a
/// repeated one gets " (2)", " (3)" and so on.
pub fn file_names(letters: &[Letter]) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    letters
        .iter()
        .map(|letter| {
            let name = safe_file_name(&letter.reference, &letter.invitee);
            let stem = name.trim_end_matches(".pdf").to_owned();
            let mut candidate = name;
            let mut n = 2;
            while !taken.insert(candidate.to_lowercase()) {
                candidate = format!("{stem} ({n}).pdf");
                n += 1;
            }
            candidate
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_stay_in_their_folder() {
        assert_eq!(
            safe_file_name("NV/001", "Côte d'Ivoire"),
            "NV-001 Côte d-Ivoire.pdf"
        );
        assert_eq!(safe_file_name("", "../../etc/passwd"), "etc-passwd.pdf");
        assert_eq!(safe_file_name("", "..."), "letter.pdf");
        assert!(!safe_file_name("x", "a/b\\c:d").contains(['/', '\\', ':']));
    }

    #[test]
    fn long_prefixes_keep_names_apart() {
        let prefix = "APLC/MSP.13/NV/".repeat(20);
        let a = safe_file_name(&reference(&prefix, 1), "Chile");
        let b = safe_file_name(&reference(&prefix, 2), "Chile");
        assert_ne!(a, b);
        assert!(a.ends_with("001 Chile.pdf"), "{a}");
        assert!(a.chars().count() < 130);
    }
}
