//! The exchange's words in the interface language: the lists' names, and why an import or an export did
//! not happen. The errors' `Display` is these words in English (the command line).

use super::ListKind;
use crate::i18n::{Lang, tr_args, tr_in};
use crate::storage::words::with_file;

/// The name of a list.
pub fn list(kind: ListKind) -> String {
    list_in(crate::i18n::language(), kind)
}

pub fn list_in(lang: Lang, kind: ListKind) -> String {
    tr_in(lang, list_key(kind), &[])
}

/// The catalogue's message that names a list.
pub fn list_key(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Participants => "list-participants",
        ListKind::Addendum => "list-addendum",
        ListKind::Invitations => "list-invitations",
        ListKind::Statistics => "list-statistics",
        ListKind::ObserverRequests => "list-observer-requests",
        ListKind::Credentials => "list-credentials",
        ListKind::Seating => "list-seating",
        ListKind::Letters => "list-letters",
        ListKind::Addresses => "list-addresses",
        ListKind::NotArrived => "list-not-arrived",
        ListKind::Nameplates => "list-nameplates",
    }
}

/// Why a delegates or replies file could not be read.
pub fn import_error(err: &super::import::ImportError) -> String {
    use super::import::{ImportError, ImportKind};
    match err {
        ImportError::Empty => crate::i18n::tr("imp-empty"),
        ImportError::TooBig(limit) => {
            use super::import::Limit;
            let what = match limit {
                Limit::Rows { limit } => {
                    tr_args("imp-limit-rows", &[("limit", limit.to_string().into())])
                }
                Limit::Column { column, limit } => tr_args(
                    "imp-limit-column",
                    &[
                        ("column", column.to_string().into()),
                        ("limit", limit.to_string().into()),
                    ],
                ),
                Limit::Cell { row, chars, limit } => tr_args(
                    "imp-limit-cell",
                    &[
                        ("row", row.to_string().into()),
                        ("chars", chars.to_string().into()),
                        ("limit", limit.to_string().into()),
                    ],
                ),
                Limit::Inflated { limit } => tr_args(
                    "imp-limit-inflated",
                    &[("megabytes", (limit / (1024 * 1024)).to_string().into())],
                ),
            };
            tr_args("imp-too-big", &[("what", what.into())])
        }
        ImportError::Xlsx(error) => tr_args("imp-xlsx", &[("error", error.clone().into())]),
        ImportError::Csv { line, message } => tr_args(
            "imp-csv",
            &[
                ("line", line.to_string().into()),
                ("error", message.clone().into()),
            ],
        ),
        ImportError::Columns {
            kind,
            missing,
            found,
        } => tr_args(
            match kind {
                ImportKind::Delegates => "imp-columns-delegates",
                ImportKind::Replies => "imp-columns-replies",
                ImportKind::Addresses => "imp-columns-addresses",
                ImportKind::Attendance => "imp-columns-attendance",
            },
            &[
                ("missing", missing.clone().into()),
                ("found", found.clone().into()),
            ],
        ),
        ImportError::NotATable(kind) => crate::i18n::tr(kind.key()),
        ImportError::NoTable { tables } => tr_args("imp-no-table", &[("tables", (*tables).into())]),
        ImportError::MergedHeader {
            row,
            from,
            to,
            text,
        } => tr_args(
            "imp-merged-header",
            &[
                ("row", row.to_string().into()),
                ("from", from.clone().into()),
                ("to", to.clone().into()),
                ("text", text.clone().into()),
            ],
        ),
        ImportError::UnknownDelegation(name) => {
            tr_args("imp-unknown-delegation", &[("name", name.clone().into())])
        }
        ImportError::Form(err) => form_error(err),
        ImportError::NotAForm => crate::i18n::tr("imp-not-a-form"),
        ImportError::Folder { path, message } => with_file(
            tr_args("imp-folder", &[("error", message.clone().into())]),
            path,
        ),
        ImportError::InFile { file, source } => format!("{file}: {}", import_error(source)),
    }
}

/// Why a returned registration form does not import into this meeting.
pub fn form_error(err: &super::import::form::FormError) -> String {
    use super::import::form::FormError;
    match err {
        FormError::OtherMeeting { form, this } => tr_args(
            "imp-form-other-meeting",
            &[("form", form.clone().into()), ("this", this.clone().into())],
        ),
        FormError::NotInvitee(code) => {
            tr_args("imp-form-not-invitee", &[("code", code.clone().into())])
        }
    }
}

/// Why an export could not be made, in the interface's words (the command line's English names its
/// flags; the app names its fields).
pub fn export_error(err: &crate::exchange::ExportError) -> String {
    use super::ExportError;
    let detail = |id: &str, error: String| tr_args(id, &[("error", error.into())]);
    match err {
        ExportError::NoMeeting(n) => {
            tr_args("exp-no-meeting", &[("meeting", n.to_string().into())])
        }
        ExportError::NoEarlier => crate::i18n::tr("xfer-need-earlier"),
        ExportError::EarlierMeetingMissing(name) => {
            tr_args("exp-earlier-missing", &[("meeting", name.clone().into())])
        }
        ExportError::Pdf(e) => pdf_error(e),
        ExportError::Xlsx(e) => detail("exp-xlsx", e.to_string()),
        ExportError::Csv(e) => detail("exp-csv", e.to_string()),
        ExportError::NoFirstSeat => crate::i18n::tr("exp-no-first-seat"),
        ExportError::NoRecipients => crate::i18n::tr("exp-no-recipients"),
        ExportError::NoAttendance(meeting) => {
            tr_args("exp-no-attendance", &[("meeting", meeting.clone().into())])
        }
        ExportError::LettersBlocked(issues) => blocked_letters(issues),
    }
}

/// Why the earlier workspace or list of an addendum could not be read, naming the file.
pub fn earlier_error(err: &super::EarlierError) -> String {
    use super::EarlierError;
    match err {
        EarlierError::Workspace(err) => crate::storage::words::load_error(err),
        EarlierError::Read { path, source } => with_file(
            tr_args(
                "xfer-read-error",
                &[("error", crate::storage::words::read_error(source).into())],
            ),
            path,
        ),
        EarlierError::Table { path, source } => with_file(import_error(source), path),
        EarlierError::NotAList { path, source } => with_file(not_a_list(source), path),
        EarlierError::NoMeeting(n) => {
            tr_args("exp-no-meeting", &[("meeting", n.to_string().into())])
        }
    }
}

/// Why a file is not a list of participants this app exported.
pub fn not_a_list(err: &super::participants::NotAList) -> String {
    match err {
        super::participants::NotAList::Columns { columns } => {
            tr_args("exp-not-a-list", &[("columns", columns.clone().into())])
        }
        super::participants::NotAList::Section { row, heading } => tr_args(
            "exp-not-a-section",
            &[
                ("row", row.to_string().into()),
                ("heading", heading.clone().into()),
            ],
        ),
    }
}

/// Why a run of letters was not written.
pub fn letters_error(err: &super::letters::LettersError) -> String {
    use super::letters::LettersError;
    match err {
        LettersError::NoMeeting(n) => {
            tr_args("exp-no-meeting", &[("meeting", n.to_string().into())])
        }
        LettersError::NoRecipients => crate::i18n::tr("exp-no-recipients"),
        LettersError::Pdf(err) => pdf_error(err),
        LettersError::Export(err) => export_error(err),
        LettersError::Write(err) => crate::storage::words::save_error(err),
        LettersError::Folder { path, source } => with_file(
            tr_args("let-folder-error", &[("error", source.to_string().into())]),
            path,
        ),
        LettersError::Missing {
            written,
            total,
            folder,
        } => with_file(
            tr_args(
                "let-missing",
                &[("written", (*written).into()), ("total", (*total).into())],
            ),
            folder,
        ),
        LettersError::Blocked(issues) => blocked_letters(issues),
        LettersError::Cancelled => crate::i18n::tr("let-cancelled"),
    }
}

/// Letters the check holds back: what stops them, a line each, in the interface's language.
fn blocked_letters(issues: &[super::letters::LetterIssue]) -> String {
    let lang = crate::i18n::language();
    let mut lines = vec![crate::i18n::tr("let-blocked")];
    lines.extend(
        issues
            .iter()
            .filter(|i| i.blocking)
            .map(|i| i.text.in_lang(lang)),
    );
    lines.join("\n")
}

/// Why a PDF could not be made.
pub fn pdf_error(err: &super::pdf::PdfError) -> String {
    use super::pdf::PdfError;
    match err {
        PdfError::MissingGlyph {
            text,
            character,
            code,
        } => tr_args(
            "exp-pdf-glyph",
            &[
                ("text", text.clone().into()),
                ("character", character.to_string().into()),
                ("code", format!("{code:04X}").into()),
            ],
        ),
        PdfError::Typesetting(_) => tr_args("exp-pdf", &[("error", err.to_string().into())]),
        PdfError::Letterhead(err) => letterhead_error(err),
    }
}

/// Why a file cannot be the letterhead, or the one kept does not draw, in the interface's words.
pub fn letterhead_error(err: &super::letterhead::LetterheadError) -> String {
    use super::letterhead::LetterheadError;
    match err {
        LetterheadError::Read { path, source } => with_file(
            tr_args(
                "head-error-read",
                &[("error", crate::storage::words::read_error(source).into())],
            ),
            path,
        ),
        LetterheadError::NotAnImage => crate::i18n::tr("head-error-not-image"),
        LetterheadError::PdfPages { pages } => {
            tr_args("head-error-pages", &[("pages", (*pages).into())])
        }
        LetterheadError::Pdf => crate::i18n::tr("head-error-pdf"),
        LetterheadError::Image(reason) => {
            tr_args("head-error-image", &[("error", reason.clone().into())])
        }
        LetterheadError::Damaged => crate::i18n::tr("head-error-damaged"),
    }
}

/// Why messages could not be prepared, drafted or sent, in the interface's words.
pub fn mail_error(err: &super::mail::MailError) -> String {
    use super::mail::MailError;
    match err {
        MailError::NoMeeting(n) => tr_args("exp-no-meeting", &[("meeting", n.to_string().into())]),
        MailError::NoRecipients => crate::i18n::tr("exp-no-recipients"),
        MailError::NoSender => crate::i18n::tr("mail-error-no-sender"),
        MailError::BadAddress {
            what,
            address,
            reason,
        } => tr_args(
            "mail-error-address",
            &[
                ("what", (*what).to_owned().into()),
                ("address", address.clone().into()),
                ("reason", reason.clone().into()),
            ],
        ),
        MailError::Pdf(err) => pdf_error(err),
        MailError::Write { path, source } => with_file(
            tr_args("mail-error-write", &[("error", source.to_string().into())]),
            path,
        ),
        MailError::Journal { path, source } => with_file(
            tr_args(
                "mail-error-journal",
                &[("error", source.to_string().into())],
            ),
            path,
        ),
        MailError::Message(reason) => {
            tr_args("mail-error-message", &[("error", reason.clone().into())])
        }
        MailError::Header {
            invitee,
            field,
            fault,
        } => tr_args(
            "mail-error-header",
            &[
                ("invitee", invitee.clone().into()),
                ("field", crate::i18n::tr(field.key()).into()),
                ("fault", crate::i18n::tr(fault.key()).into()),
                ("char", fault.code_point().into()),
            ],
        ),
        MailError::Cancelled => crate::i18n::tr("let-cancelled"),
    }
}

crate::i18n::worded!(
    super::letters::LettersError => letters_error,
    super::mail::MailError => mail_error,
    super::participants::NotAList => not_a_list,
    super::letterhead::LetterheadError => letterhead_error,
    super::EarlierError => earlier_error,
    super::ExportError => export_error,
    super::import::ImportError => import_error,
    super::import::form::FormError => form_error,
    super::pdf::PdfError => pdf_error,
);
