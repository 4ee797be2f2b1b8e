//! `export`: a list, a register or the letters, through the session's export and letters jobs, as the
//! app's Export dialog and Letters view start them; with the advice the app shows (the document number,
//! the date, the letters' language) said on stderr.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{DelimiterArg, ExportArgs, Failure, meeting_arg, note_holder, open_to_change, save};
use crate::exchange::{Format, ListKind};
use crate::model::{self, Date, Workspace};
use crate::session::{Outcome, Session};
use crate::storage;

pub(super) fn export(args: &ExportArgs) -> Result<ExitCode, Failure> {
    use crate::exchange::{ExportRequest, tabular::CsvOptions};
    note_holder(&args.path);
    let workspace = storage::load(&args.path)?;
    let meeting = meeting_arg(&workspace, args.meeting.as_deref(), &args.path)?;
    let per_invitee_folder =
        (args.per_invitee || args.registration_forms) && args.list == ListKind::Letters;
    let format = match args.format {
        Some(format) => format,
        None if per_invitee_folder => Format::Pdf,
        None => Format::from_path(&args.output).ok_or_else(|| Failure::NoFormat {
            path: args.output.clone(),
        })?,
    };
    let list = args.list;
    let since = args
        .since
        .as_deref()
        .map(|path| crate::exchange::Earlier::load(path, &workspace, &meeting))
        .transpose()?;
    let meeting_record = workspace
        .meeting(&meeting)
        .ok_or_else(|| Failure::NoMeetings {
            path: args.path.clone(),
        })?;
    let date = args
        .date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    warn_about_date(meeting_record, list, date);
    let request = ExportRequest {
        list,
        format,
        meeting,
        document_number: document_number(args, meeting_record),
        date,
        internal: args.internal,
        csv: CsvOptions {
            delimiter: match args.delimiter {
                DelimiterArg::Comma => b',',
                DelimiterArg::Semicolon => b';',
            },
            bom: !args.no_bom,
        },
        since,
        only: None,
        first_seat: args
            .first_seat
            .as_deref()
            .map(|code| model::EntityId::state(&code.to_uppercase())),
        letters: crate::exchange::LetterOptions {
            kind: args.category,
            only_uninvited: args.only_uninvited,
            reference_prefix: args
                .reference_prefix
                .clone()
                .unwrap_or_else(|| meeting_record.reference_prefix.clone()),
            first_number: args.first_number,
            language: letter_language(args),
        },
        lang: args.lang.unwrap_or_default(),
        designated_only: args.designated_only,
        attended: args.attended,
    };
    if list == ListKind::Letters {
        return letters(&workspace, &request, args, per_invitee_folder);
    }
    // The export job the app's Export dialog starts.
    let mut session = Session::new(workspace);
    session.start_export(request, &args.output)?;
    if let Outcome::Exported { result, .. } = session.wait_job(&mut |_, _| {})? {
        result?;
    }
    let size = std::fs::metadata(&args.output).map_or(0, |m| m.len());
    say!(
        "Wrote the {} ({}, {size} bytes) to {}",
        list.label().to_lowercase(),
        format.label(),
        args.output.display()
    );
    // The process ends here: giving the workspace's memory back piece by piece would only delay it.
    std::mem::forget(session);
    Ok(ExitCode::SUCCESS)
}

/// The document number `export` prints: the one given, else the one the workspace records for the list
/// of this meeting; said on stderr when a numbered document has neither.
pub(super) fn document_number(args: &ExportArgs, meeting: &model::Meeting) -> String {
    use crate::exchange::advice::recorded_number;
    if let Some(number) = &args.number {
        return number.trim().to_owned();
    }
    if let Some(number) = recorded_number(meeting, args.list) {
        say!(
            "The {} is numbered {} (recorded in the workspace; --number gives another).",
            args.list.label().to_lowercase(),
            crate::exchange::participants::full_symbol(&meeting.symbol_prefix, number)
        );
        return number.to_owned();
    }
    if args.list.is_numbered() {
        let text = model::Text::new(
            "adv-no-number",
            vec![
                ("meeting", meeting.short_name.clone()),
                ("symbol", meeting.symbol_prefix.clone()),
            ],
        )
        .message("list", crate::exchange::words::list_key(args.list));
        eprintln!("warning: {text} Give --number (INF.2, say).");
    }
    String::new()
}

/// The language letters are written in: --letter-lang, else --lang, else each invitee's own. When both
/// are given and disagree, says which one decides.
pub(super) fn letter_language(args: &ExportArgs) -> crate::exchange::LetterLanguage {
    use crate::exchange::LetterLanguage;
    match (args.letter_lang, args.lang) {
        (Some(letter), Some(lang)) => {
            if args.list == ListKind::Letters && letter != LetterLanguage::Fixed(lang) {
                let written = match letter {
                    LetterLanguage::Fixed(l) => l.code().to_owned(),
                    LetterLanguage::EachInvitee => "each invitee's own language".to_owned(),
                };
                eprintln!(
                    "note: the letters are written in {written} (--letter-lang decides; --lang {} sets only the table's headings)",
                    lang.code()
                );
            }
            letter
        }
        (Some(letter), None) => letter,
        (None, Some(lang)) => LetterLanguage::Fixed(lang),
        (None, None) => LetterLanguage::EachInvitee,
    }
}

/// Says on stderr when `date` cannot be right for `list` of `meeting` (a List of Participants dated after
/// the closing, letters after the opening), with the date to give instead.
pub(super) fn warn_about_date(meeting: &model::Meeting, list: ListKind, date: Date) {
    if let Some(advice) = crate::exchange::advice::date_advice(meeting, list, date) {
        let give = advice.suggested().map_or_else(
            || " Give --date with that day.".to_owned(),
            |day| format!(" Give --date {day}."),
        );
        eprintln!("warning: {}{give}", advice.text());
    }
}

/// Letters through the session's letters job, as the Letters view writes them: one PDF, a PDF per
/// invitee, or the mail-merge table, then, with `--mark-invited`, the invitees marked as invited and the
/// workspace saved. Marking changes the workspace, so it is then opened to change (read afresh, no lock
/// kept) and its save merges in what others saved meanwhile, under the lock taken only for the write.
pub(super) fn letters(
    unlocked: &Workspace,
    request: &crate::exchange::ExportRequest,
    args: &ExportArgs,
    per_invitee: bool,
) -> Result<ExitCode, Failure> {
    use crate::exchange::letters::{LettersError, LettersOutput};
    use crate::session::{LettersRequest, StartError};
    let mut session = if args.mark_invited {
        open_to_change(&args.path)?
    } else {
        Session::new(unlocked.clone())
    };
    let output = if args.registration_forms {
        LettersOutput::Forms(args.output.clone())
    } else if per_invitee {
        LettersOutput::PdfPerInvitee(args.output.clone())
    } else if request.format == crate::exchange::Format::Pdf {
        LettersOutput::OnePdf(args.output.clone())
    } else {
        LettersOutput::MailMerge {
            path: args.output.clone(),
            format: request.format,
            csv: request.csv,
        }
    };
    // The letters job the Letters view starts, with the one check every path that writes letters runs.
    let notes = match session.start_letters(LettersRequest {
        meeting: request.meeting.clone(),
        options: request.letters.clone(),
        date: request.date,
        output,
        mark: args.mark_invited,
    }) {
        Ok(notes) => notes,
        Err(StartError::Letters(LettersError::NoRecipients)) => return Err(Failure::NoRecipients),
        Err(StartError::Letters(LettersError::Blocked(issues))) => {
            return Err(refused(&issues, &args.path));
        }
        Err(other) => return Err(other.into()),
    };
    for note in &notes {
        eprintln!("note: {}", note.text);
    }
    let Outcome::Letters { result, marked, .. } = session.wait_job(&mut |_, _| {})? else {
        return Ok(ExitCode::from(1));
    };
    let what = if args.registration_forms {
        "registration forms"
    } else {
        "letters"
    };
    say!("Wrote {} {what} to {}", result?, args.output.display());
    if marked > 0 {
        save(&mut session)?;
        say!(
            "Marked {marked} invitees as invited on {}; saved {}",
            request.date,
            args.path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The refusal of letters that `issues` hold back, naming each issue that stops them, with the command
/// that gives a missing name where one is missing.
pub(super) fn refused(issues: &[crate::exchange::letters::LetterIssue], path: &Path) -> Failure {
    Failure::LettersBlocked(
        issues
            .iter()
            .filter(|i| i.blocking)
            .map(|i| {
                let option = match i.text.key {
                    "let-issue-no-org-name" => "--name",
                    "let-issue-no-org-running" => "--running",
                    _ => return i.text.to_string(),
                };
                let lang = i
                    .text
                    .args
                    .iter()
                    .find(|(name, _)| *name == "lang")
                    .map(|(_, value)| value.in_lang(crate::i18n::Lang::En))
                    .unwrap_or_default();
                let code = i.id.as_ref().map_or("ORG", model::EntityId::code);
                format!(
                    "{} On the command line: msp-invitations names {} {code} --lang {lang} {option} \"…\"",
                    i.text,
                    path.display()
                )
            })
            .collect(),
    )
}
