//! Invitation letters: a template per kind of invitee, filled with the invitee, the meeting, its dates and
//! venue, the registration deadline and a reference. Built-in templates follow UN practice: a note verbale
//! (third person, "presents its compliments to…") for States, a letter for organisations. A workspace may
//! replace any of them (`Settings::templates`).
//!
//! Placeholders are replaced as text and the result is placed in the document as data, so whatever the
//! names contain prints verbatim.

use super::document::{Block, Document, Header, Table, date_range, long_date};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

pub use crate::model::TemplateKind;
use crate::model::{Date, EntityId, Meeting, Workspace};
use crate::text::collate;

/// The built-in text of a template. Placeholders: {invitee}, {meeting}, {venue}, {dates}, {deadline},
/// {reference}, {date}.
pub fn builtin(kind: TemplateKind) -> &'static str {
    match kind {
        TemplateKind::StatesParties => STATES_PARTIES,
        TemplateKind::ObserverStates => OBSERVER_STATES,
        TemplateKind::Organizations => ORGANIZATIONS,
        TemplateKind::Rule14 => RULE_14,
    }
}

const STATES_PARTIES: &str = "The Secretariat of the United Nations presents its compliments to the Permanent Mission of {invitee} to the United Nations Office at Geneva and has the honour to refer to the {meeting} to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction, which will be held at {venue} from {dates}.

In accordance with Article 11 of the Convention, the Government of {invitee} is invited to participate in the Meeting.

The Secretariat would be grateful if the names of the members of the delegation could be communicated to it by {deadline}, together with the credentials of the representatives, issued by the Head of State or Government or the Minister for Foreign Affairs.

The Secretariat of the United Nations avails itself of this opportunity to renew to the Permanent Mission of {invitee} the assurances of its highest consideration.";

const OBSERVER_STATES: &str = "The Secretariat of the United Nations presents its compliments to the Permanent Mission of {invitee} to the United Nations Office at Geneva and has the honour to refer to the {meeting} to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction, which will be held at {venue} from {dates}.

In accordance with Article 11, paragraph 4, of the Convention, the Government of {invitee} is invited to attend the Meeting as an observer.

The Secretariat would be grateful if the names of the members of the delegation could be communicated to it by {deadline}.

The Secretariat of the United Nations avails itself of this opportunity to renew to the Permanent Mission of {invitee} the assurances of its highest consideration.";

const ORGANIZATIONS: &str = "Dear Sir or Madam,

I have the honour to inform you that the {meeting} to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction will be held at {venue} from {dates}.

In accordance with Article 11, paragraph 4, of the Convention, {invitee} is invited to attend the Meeting as an observer.

I should be grateful if the names of your representatives could be communicated to the secretariat by {deadline}.

Yours sincerely,";

const RULE_14: &str = "Dear Sir or Madam,

I have the honour to refer to your request that {invitee} attend the {meeting} to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction, which will be held at {venue} from {dates}.

In accordance with Rule 1.4 of the Rules of Procedure, {invitee} is invited to attend the Meeting as an observer, subject to the decision of the Meeting on its participation.

I should be grateful if the names of your representatives could be communicated to the secretariat by {deadline}.

Yours sincerely,";

/// One letter, ready to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub id: EntityId,
    pub invitee: String,
    pub kind: TemplateKind,
    pub reference: String,
    /// The address block: "Permanent Mission of X to the United Nations Office at Geneva".
    pub address: Vec<String>,
    pub email: String,
    pub paragraphs: Vec<String>,
}

/// The reference of the `n`th letter of a run: the prefix and a number of at least three digits.
pub fn reference(prefix: &str, n: usize) -> String {
    format!("{prefix}{n:03}")
}

/// Fills a template in one pass: each `{name}` of the template is replaced by its value, and values are
/// never read again, so a name that happens to contain "{deadline}" prints as it is. Unknown placeholders
/// are left as they are, so a typo shows in the letter.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        text.push_str(before);
        let value = from_brace.find('}').and_then(|close| {
            let key = from_brace.get(1..close)?;
            let value = values.iter().find(|(k, _)| *k == key)?.1;
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                text.push_str(value);
                rest = from_brace.get(close + 1..).unwrap_or_default();
            }
            None => {
                text.push('{');
                rest = from_brace.get(1..).unwrap_or_default();
            }
        }
    }
    text.push_str(rest);
    text
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
    ids.sort_by(|a, b| collate(workspace.name(a), workspace.name(b)).then_with(|| a.cmp(b)));
    ids.into_iter().cloned().collect()
}

/// The letters to `ids`, numbered from `first_number` with `prefix`, dated `date`.
pub fn letters(
    workspace: &Workspace,
    meeting: &Meeting,
    ids: &[EntityId],
    prefix: &str,
    first_number: usize,
    date: Date,
) -> Vec<Letter> {
    let dates = date_range(meeting.opening, meeting.closing);
    let deadline = meeting
        .registration_deadline
        .map_or_else(|| "the opening of the Meeting".to_owned(), long_date);
    let date_text = long_date(date);
    ids.iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let kind = TemplateKind::of(workspace, meeting, id)?;
            let invitee = workspace.name(id).to_owned();
            let reference = reference(prefix, first_number + i);
            let template = workspace
                .settings
                .templates
                .get(&kind)
                .map_or(builtin(kind), String::as_str);
            let text = fill(
                template,
                &[
                    ("invitee", &invitee),
                    ("meeting", &meeting.full_name),
                    ("venue", &meeting.venue),
                    ("dates", &dates),
                    ("deadline", &deadline),
                    ("reference", &reference),
                    ("date", &date_text),
                ],
            );
            let address = if kind.is_note_verbale() {
                vec![
                    format!("Permanent Mission of {invitee}"),
                    "to the United Nations Office at Geneva".to_owned(),
                ]
            } else {
                vec![invitee.clone()]
            };
            let email = meeting
                .invitees
                .get(id)
                .and_then(|i| i.delegation.head())
                .map(|m| m.email.clone())
                .unwrap_or_default();
            Some(Letter {
                id: id.clone(),
                invitee,
                kind,
                reference,
                address,
                email,
                paragraphs: text
                    .split("\n\n")
                    .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|p| !p.is_empty())
                    .collect(),
            })
        })
        .collect()
}

/// Marks the invitees of `letters` as invited on `date` with their letters' references, as one edit.
pub fn mark_invited(
    workspace: &Workspace,
    meeting: usize,
    letters: &[Letter],
    date: Date,
) -> crate::edit::Edit {
    let edits = letters
        .iter()
        .filter_map(|letter| {
            let mut invitee = workspace
                .meetings
                .get(meeting)?
                .invitees
                .get(&letter.id)?
                .clone();
            invitee.invitation.status = crate::model::InvitationStatus::Invited;
            invitee.invitation.sent = Some(date);
            invitee.invitation.reference.clone_from(&letter.reference);
            Some(crate::edit::Edit::PutInvitee {
                meeting,
                id: letter.id.clone(),
                value: Some(invitee),
            })
        })
        .collect();
    crate::edit::Edit::Batch(edits)
}

/// The letters as one document, a page each.
pub fn letters_document(letters: &[Letter], date: Date) -> Document {
    let mut blocks = Vec::new();
    for (i, letter) in letters.iter().enumerate() {
        if i > 0 {
            blocks.push(Block::PageBreak);
        }
        blocks.push(Block::Paragraph(format!("Ref.: {}", letter.reference)));
        blocks.push(Block::Paragraph(long_date(date)));
        blocks.push(Block::Delegation(letter.address.join(" ")));
        for paragraph in &letter.paragraphs {
            blocks.push(Block::Paragraph(paragraph.clone()));
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
            lang: crate::i18n::Lang::En,
            description: match letters {
                [one] => format!("{}: {}", one.reference, one.invitee),
                _ => format!("Invitation letters ({})", letters.len()),
            },
        },
        blocks,
    }
}

/// The mail-merge table: invitee, address lines, email, reference.
pub fn mail_merge_table(letters: &[Letter]) -> Table {
    let mut table = Table::new(&[
        "invitee",
        "address_1",
        "address_2",
        "email",
        "reference",
        "template",
    ]);
    for letter in letters {
        table.rows.push(vec![
            letter.invitee.clone(),
            letter.address.first().cloned().unwrap_or_default(),
            letter.address.get(1).cloned().unwrap_or_default(),
            letter.email.clone(),
            letter.reference.clone(),
            letter.kind.label().to_owned(),
        ]);
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
}

impl LettersOutput {
    /// The file or folder written.
    pub fn path(&self) -> &Path {
        match self {
            Self::OnePdf(path) | Self::PdfPerInvitee(path) | Self::MailMerge { path, .. } => path,
        }
    }
}

/// Why a run of letters was not written. What it had written is removed.
#[derive(Debug, thiserror::Error)]
pub enum LettersError {
    #[error("There is no meeting number {0} in the workspace.")]
    NoMeeting(usize),
    #[error("There is no invitee to write to.")]
    NoRecipients,
    #[error(transparent)]
    Pdf(#[from] super::pdf::PdfError),
    #[error(transparent)]
    Export(#[from] super::ExportError),
    #[error(transparent)]
    Write(#[from] crate::storage::SaveError),
    #[error("Could not create the folder: {source}\nFile: {}", path.display())]
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("Only {written} of {total} letters are in {}.", folder.display())]
    Missing {
        written: usize,
        total: usize,
        folder: PathBuf,
    },
    /// The user stopped the run.
    #[error("Cancelled.")]
    Cancelled,
}

/// A run of letters, prepared (who, with which reference, saying what) and then written: the one path
/// the Letters view (on its worker thread, with progress and Cancel) and `export --list letters` share.
#[derive(Clone, Debug)]
pub struct LettersJob {
    pub meeting: usize,
    pub date: Date,
    pub letters: Vec<Letter>,
}

impl LettersJob {
    /// The letters `options` ask for, dated `date`.
    pub fn prepare(
        workspace: &Workspace,
        meeting: usize,
        options: &super::LetterOptions,
        date: Date,
    ) -> Result<Self, LettersError> {
        let record = workspace
            .meetings
            .get(meeting)
            .ok_or(LettersError::NoMeeting(meeting + 1))?;
        let ids = recipients(workspace, record, options.kind, options.only_uninvited);
        let letters = letters(
            workspace,
            record,
            &ids,
            &options.reference_prefix,
            options.first_number.max(1),
            date,
        );
        if letters.is_empty() {
            return Err(LettersError::NoRecipients);
        }
        Ok(Self {
            meeting,
            date,
            letters,
        })
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
                let bytes = super::pdf::render(&letters_document(&self.letters, self.date))?;
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
                        let document = letters_document(std::slice::from_ref(letter), self.date);
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

    /// The edit that marks the invitees as invited on the letters' date with their references, as one
    /// undo step.
    pub fn mark_invited(&self, workspace: &Workspace) -> crate::edit::Edit {
        mark_invited(workspace, self.meeting, &self.letters, self.date)
    }
}

/// The characters a file name keeps: letters, digits, spaces and a few safe marks; anything else becomes
/// a hyphen.
fn file_safe(text: &str) -> String {
    let name: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '(' | ')') {
                c
            } else {
                '-'
            }
        })
        .collect();
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A file name for one invitee's letter that cannot leave the folder it is written to: letters, digits,
/// spaces and a few safe marks only, no leading dot, limited length. The reference keeps its end (where
/// its number is) and the invitee its beginning, so a long prefix cannot make two names alike.
pub fn safe_file_name(reference: &str, invitee: &str) -> String {
    let reference = file_safe(reference);
    let reference: String = {
        let chars: Vec<char> = reference.chars().collect();
        chars[chars.len().saturating_sub(40)..].iter().collect()
    };
    let invitee: String = file_safe(invitee).chars().take(80).collect();
    let name = format!("{reference} {invitee}");
    let name = name.trim_matches(['-', '.', ' ']);
    if name.is_empty() {
        "letter.pdf".to_owned()
    } else {
        format!("{name}.pdf")
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

    #[test]
    fn placeholders_in_values_are_not_filled() {
        assert_eq!(
            fill(
                "Dear {invitee}, by {deadline}.",
                &[
                    ("invitee", "Org {deadline} {reference}"),
                    ("deadline", "1 May")
                ]
            ),
            "Dear Org {deadline} {reference}, by 1 May."
        );
        assert_eq!(fill("{ {x} }{", &[("x", "1")]), "{ 1 }{");
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        assert_eq!(
            fill(
                "To {invitee} on {date} {unknown}",
                &[("invitee", "Chile"), ("date", "2 May")]
            ),
            "To Chile on 2 May {unknown}"
        );
    }
}
