//! Exports and imports: the official List of Participants and its addenda, the invitation list, the
//! figures for the final report, and delegates or replies from CSV and XLSX.
//!
//! - `document.rs`: a format-neutral [`document::Document`] and [`document::Table`].
//! - `participants.rs`, `lists.rs`: what each list contains and in what order.
//! - `pdf.rs`, `html.rs`, `tabular.rs`: the formats.
//! - `import.rs`: reading delegates and replies, with a preview of every change and problem.
//!
//! [`export`] is the one entry point the app and the command line share.

pub mod addresses;
pub mod advice;
pub mod columns;
pub mod document;
pub mod fonts;
pub mod html;
pub mod import;
pub mod letterhead;
pub mod letters;
pub mod lists;
pub mod mail;
pub mod participants;
pub mod pdf;
pub mod registers;
pub mod seating;
pub mod tabular;
pub mod words;

use std::path::Path;

use crate::model::{Date, EntityId, MeetingId, Workspace};
use tabular::CsvOptions;

/// Which list to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Participants,
    /// What changed in the List of Participants since an earlier workspace.
    Addendum,
    Invitations,
    Statistics,
    /// The register of Rule 1.4 requests and the document the President presents.
    ObserverRequests,
    /// Credentials: the register (CSV, XLSX) or the States still missing (PDF, HTML).
    Credentials,
    /// The seating plan, from the State drawn by lot.
    Seating,
    /// Invitation letters (PDF), or the mail-merge table (CSV, XLSX).
    Letters,
    /// The directory of the invitees' addresses for correspondence.
    Addresses,
    /// The people registered whose arrival the desk has not recorded: whom it follows up.
    NotArrived,
    /// Tent cards for the meeting room, one per delegation, in the seating order.
    Nameplates,
}

impl ListKind {
    pub const ALL: [Self; 11] = [
        Self::Participants,
        Self::Addendum,
        Self::Invitations,
        Self::Statistics,
        Self::ObserverRequests,
        Self::Credentials,
        Self::Seating,
        Self::Letters,
        Self::Addresses,
        Self::NotArrived,
        Self::Nameplates,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Participants => "List of participants",
            Self::Addendum => "Addendum to the list of participants",
            Self::Invitations => "Invitation list",
            Self::Statistics => "Figures for the final report",
            Self::ObserverRequests => "Observer status requests (Rule 1.4)",
            Self::Credentials => "Credentials",
            Self::Seating => "Seating plan",
            Self::Letters => "Invitation letters",
            Self::Addresses => "Addresses",
            Self::NotArrived => "Registered, not arrived",
            Self::Nameplates => "Nameplates",
        }
    }

    /// Whether the list is a numbered document of the meeting (INF.2, INF.3…), whose symbol is the
    /// meeting's prefix and that number.
    pub fn is_numbered(self) -> bool {
        !matches!(
            self,
            Self::Invitations
                | Self::Letters
                | Self::Addresses
                | Self::NotArrived
                | Self::Nameplates
        )
    }

    /// The command line's name for it.
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Participants => "participants",
            Self::Addendum => "addendum",
            Self::Invitations => "invitations",
            Self::Statistics => "statistics",
            Self::ObserverRequests => "observer-requests",
            Self::Credentials => "credentials",
            Self::Seating => "seating",
            Self::Letters => "letters",
            Self::Addresses => "addresses",
            Self::NotArrived => "not-arrived",
            Self::Nameplates => "nameplates",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Html,
    Csv,
    Xlsx,
}

impl Format {
    pub const ALL: [Self; 4] = [Self::Pdf, Self::Html, Self::Csv, Self::Xlsx];

    pub fn label(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Html => "HTML",
            Self::Csv => "CSV",
            Self::Xlsx => "Excel (XLSX)",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Html => "html",
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
        }
    }

    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.extension() == ext)
    }
}

/// Everything an export needs besides the workspace.
#[derive(Clone, Debug)]
pub struct ExportRequest {
    pub list: ListKind,
    pub format: Format,
    /// The meeting the document is of.
    pub meeting: MeetingId,
    /// The document number after the symbol prefix ("INF.2").
    pub document_number: String,
    /// The date printed on the document.
    pub date: Date,
    /// Add gender, email and phone to the CSV and XLSX of the list of participants.
    pub internal: bool,
    pub csv: CsvOptions,
    /// For an addendum: what to compare with.
    pub since: Option<Earlier>,
    /// For the invitation list: only these invitees (the app's current filter).
    pub only: Option<Vec<EntityId>>,
    /// For the seating plan: the State drawn by lot.
    pub first_seat: Option<EntityId>,
    /// For letters: which template's invitees (all when `None`), and how references are numbered.
    pub letters: LetterOptions,
    /// The language of the document's headings, labels and State names (the List of Participants keeps
    /// its trilingual headings).
    pub lang: crate::i18n::Lang,
    /// For the List of Participants, its addendum and the figures: only the delegations whose
    /// designation (note verbale or letter) has come.
    pub designated_only: bool,
    /// For the List of Participants, its addendum and the figures: only those who came (the desk's
    /// record of arrivals): the final list, which says it is final.
    pub attended: bool,
}

/// The earlier state an addendum is measured against.
#[derive(Clone, Debug)]
pub enum Earlier {
    /// An earlier version of the workspace file: people are matched by id.
    Workspace(Box<Workspace>),
    /// The issued list itself, read back from its CSV or XLSX: people are matched by delegation and name.
    List(participants::ParticipantList),
}

/// Why what an addendum is measured against could not be read, in the words of [`words::earlier_error`]
/// (the interface's language in the app, English through `Display` on the command line).
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum EarlierError {
    #[error(transparent)]
    Workspace(#[from] crate::storage::LoadError),
    Read {
        path: std::path::PathBuf,
        #[source]
        source: crate::storage::ReadError,
    },
    Table {
        path: std::path::PathBuf,
        #[source]
        source: import::ImportError,
    },
    NotAList {
        path: std::path::PathBuf,
        #[source]
        source: participants::NotAList,
    },
    NoMeeting(MeetingId),
}

impl Earlier {
    /// Reads what `--since` names: a workspace (`.ron`) or an exported list (CSV or XLSX).
    pub fn load(
        path: &Path,
        workspace: &Workspace,
        meeting: &MeetingId,
    ) -> Result<Self, EarlierError> {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            return Ok(Self::Workspace(Box::new(crate::storage::load(path)?)));
        }
        let bytes = crate::storage::read_regular(path, crate::model::limits::MAX_IMPORT_BYTES)
            .map_err(|source| EarlierError::Read {
                path: path.to_owned(),
                source,
            })?;
        let table = import::read_table(&bytes).map_err(|source| EarlierError::Table {
            path: path.to_owned(),
            source,
        })?;
        let meeting_ref = workspace
            .meeting(meeting)
            .ok_or_else(|| EarlierError::NoMeeting(meeting.clone()))?;
        participants::list_from_table(workspace, meeting_ref, &table)
            .map(Self::List)
            .map_err(|source| EarlierError::NotAList {
                path: path.to_owned(),
                source,
            })
    }
}

/// Which letters to make, in what language, and how to number them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LetterOptions {
    pub kind: Option<letters::TemplateKind>,
    pub only_uninvited: bool,
    /// References are this prefix and a number: "ODA/GVA/2013/" gives "ODA/GVA/2013/001". The meeting's
    /// own prefix ([`crate::model::Meeting::reference_prefix`]) unless the run says otherwise.
    pub reference_prefix: String,
    pub first_number: usize,
    pub language: LetterLanguage,
}

/// The language of a run of letters: each invitee's own (from its address; English when it has none), or
/// one for all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LetterLanguage {
    #[default]
    EachInvitee,
    Fixed(crate::i18n::Lang),
}

/// Why an export could not be made. Nothing is written when it fails.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum ExportError {
    NoMeeting(MeetingId),
    NoEarlier,
    EarlierMeetingMissing(String),
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    Csv(#[from] std::io::Error),
    NoFirstSeat,
    NoRecipients,
    /// Letters the check holds back ([`letters::check`]), as every writer of letters does.
    LettersBlocked(Vec<letters::LetterIssue>),
    /// A list of who came, and no arrival is recorded for the meeting.
    NoAttendance(String),
}

/// The nameplates, in the seating order from the State drawn by lot (or the one asked for), named as
/// the UN named each delegation on the meeting's date in the document's language: for the delegations
/// registered, or with `attended` for those whose arrival is recorded.
fn nameplates(
    workspace: &Workspace,
    meeting: &crate::model::Meeting,
    request: &ExportRequest,
) -> Result<Vec<u8>, ExportError> {
    let (plan, _) = seating_plan_of(workspace, meeting, request)?;
    if request.attended && !meeting.has_attendance() {
        return Err(ExportError::NoAttendance(meeting.short_name.clone()));
    }
    let plates: Vec<pdf::Nameplate> = plan
        .iter()
        .filter(|seat| !request.attended || meeting.attendance.contains_key(&seat.id))
        .map(|seat| pdf::Nameplate {
            name: workspace
                .name_at(meeting, &seat.id, request.lang)
                .to_owned(),
            seat: seat.number,
        })
        .collect();
    let title = format!(
        "{}: {}",
        meeting.short_name,
        crate::i18n::tr_in(request.lang, "list-nameplates", &[])
    );
    Ok(pdf::render_nameplates(
        &plates,
        &title,
        request.lang,
        request.date,
    )?)
}

/// The seating plan an export asks for, and the State it starts from: the one asked for, else the one
/// the meeting drew or chose.
fn seating_plan_of(
    workspace: &Workspace,
    meeting: &crate::model::Meeting,
    request: &ExportRequest,
) -> Result<(Vec<seating::Seat>, EntityId), ExportError> {
    let recorded = meeting.first_seat_id();
    let first = request
        .first_seat
        .as_ref()
        .or(recorded.as_ref())
        .ok_or(ExportError::NoFirstSeat)?;
    let plan = seating::seating_plan(workspace, meeting, first).ok_or(ExportError::NoFirstSeat)?;
    Ok((plan, first.clone()))
}

/// What an addendum is measured against: the earlier workspace's list of the same meeting (people
/// matched by id), or the list as issued (matched by delegation and name).
fn earlier_list(
    meeting: &crate::model::Meeting,
    request: &ExportRequest,
    scope: participants::Scope,
) -> Result<(participants::ParticipantList, participants::Matching), ExportError> {
    Ok(
        match request.since.as_ref().ok_or(ExportError::NoEarlier)? {
            Earlier::Workspace(earlier_workspace) => {
                // The same meeting: by its id, or by its short name in a file that has other ids.
                let earlier_meeting = earlier_workspace
                    .meeting(&meeting.id)
                    .or_else(|| earlier_workspace.meeting_named(&meeting.short_name))
                    .ok_or_else(|| {
                        ExportError::EarlierMeetingMissing(meeting.short_name.clone())
                    })?;
                (
                    participants::participant_list_in(
                        earlier_workspace,
                        earlier_meeting,
                        "",
                        request.date,
                        request.lang,
                        scope,
                    ),
                    participants::Matching::ById,
                )
            }
            Earlier::List(list) => (list.clone(), participants::Matching::ByName),
        },
    )
}

/// The documents drawn from the List of Participants: the list (final, of those who came, when
/// asked), its addendum, the figures, and the desk's list of those not arrived.
fn participants_documents(
    workspace: &Workspace,
    meeting: &crate::model::Meeting,
    request: &ExportRequest,
) -> Result<(document::Document, document::Table), ExportError> {
    let takes_attendance = matches!(
        request.list,
        ListKind::Participants | ListKind::Addendum | ListKind::Statistics
    ) && request.attended;
    if (takes_attendance || request.list == ListKind::NotArrived) && !meeting.has_attendance() {
        return Err(ExportError::NoAttendance(meeting.short_name.clone()));
    }
    let scope = participants::Scope {
        designated_only: request.designated_only,
        people: if request.attended {
            participants::People::Attended
        } else {
            participants::People::Registered
        },
    };
    let list = || {
        participants::participant_list_in(
            workspace,
            meeting,
            &request.document_number,
            request.date,
            request.lang,
            scope,
        )
    };
    Ok(match request.list {
        ListKind::Participants => {
            let list = list();
            let title = if request.attended {
                &participants::FINAL_LIST_TITLE
            } else {
                &participants::LIST_TITLE
            };
            (
                participants::to_document(&list, title, &[]),
                participants::to_table(&list, request.internal, None),
            )
        }
        ListKind::NotArrived => {
            let mut list = participants::participant_list_in(
                workspace,
                meeting,
                &request.document_number,
                request.date,
                request.lang,
                participants::Scope {
                    designated_only: request.designated_only,
                    people: participants::People::NotArrived,
                },
            );
            // The desk's working list, not a document of the meeting: no symbol.
            list.symbol.clear();
            (
                participants::to_document(&list, &participants::NOT_ARRIVED_TITLE, &[]),
                participants::to_table(&list, request.internal, None),
            )
        }
        ListKind::Addendum => {
            let (earlier, matching) = earlier_list(meeting, request, scope)?;
            let (addendum, changes) = participants::addendum_matching(&earlier, &list(), matching);
            (
                participants::to_document(&addendum, &participants::ADDENDUM_TITLE, &changes),
                participants::to_table(&addendum, request.internal, Some(&changes)),
            )
        }
        ListKind::Statistics => {
            let list = list();
            let mut stats = lists::statistics(&list);
            // Once the desk has recorded arrivals, the paragraphs on participation name who took part,
            // whatever the figures count.
            if meeting.has_attendance() && !request.attended {
                let came = participants::participant_list_in(
                    workspace,
                    meeting,
                    &request.document_number,
                    request.date,
                    request.lang,
                    participants::Scope {
                        people: participants::People::Attended,
                        ..scope
                    },
                );
                stats.names = lists::statistics(&came).names;
            }
            (
                stats.document(&list, &request.document_number),
                stats.table(),
            )
        }
        // `export` asks only for the lists above.
        _ => return Err(ExportError::NoMeeting(request.meeting.clone())),
    })
}

/// Makes the bytes of the export. Pure: writes nothing.
pub fn export(workspace: &Workspace, request: &ExportRequest) -> Result<Vec<u8>, ExportError> {
    let meeting = workspace
        .meeting(&request.meeting)
        .ok_or_else(|| ExportError::NoMeeting(request.meeting.clone()))?;
    if request.list == ListKind::Nameplates && request.format == Format::Pdf {
        return nameplates(workspace, meeting, request);
    }
    let (document, table) = match request.list {
        ListKind::Participants
        | ListKind::Addendum
        | ListKind::Statistics
        | ListKind::NotArrived => participants_documents(workspace, meeting, request)?,
        ListKind::Invitations => (
            lists::invitations_document(
                workspace,
                meeting,
                request.only.as_deref(),
                request.date,
                request.lang,
            ),
            lists::invitations_table(workspace, meeting, request.only.as_deref(), request.lang),
        ),
        ListKind::ObserverRequests => (
            registers::observer_requests_document(
                workspace,
                meeting,
                &request.document_number,
                request.date,
                request.lang,
            ),
            registers::observer_requests_table(workspace, meeting),
        ),
        ListKind::Credentials => (
            registers::credentials_missing_document(
                workspace,
                meeting,
                &request.document_number,
                request.date,
                request.lang,
            ),
            registers::credentials_table(workspace, meeting),
        ),
        ListKind::Seating | ListKind::Nameplates => {
            let (plan, first) = seating_plan_of(workspace, meeting, request)?;
            (
                seating::seating_document(
                    workspace,
                    meeting,
                    &plan,
                    &first,
                    &request.document_number,
                    request.date,
                    request.lang,
                ),
                seating::seating_table(&plan),
            )
        }
        ListKind::Letters => {
            let job = letters::LettersJob::prepare(
                workspace,
                &request.meeting,
                &request.letters,
                request.date,
            )
            .map_err(|err| match err {
                letters::LettersError::NoMeeting(n) => ExportError::NoMeeting(n),
                letters::LettersError::Blocked(issues) => ExportError::LettersBlocked(issues),
                _ => ExportError::NoRecipients,
            })?;
            (
                letters::letters_document(&job.letters, request.date, job.letterhead.as_deref()),
                letters::mail_merge_table(&job.letters),
            )
        }
        ListKind::Addresses => (
            addresses::document(workspace, meeting, request.date, request.lang),
            addresses::table(workspace, meeting, request.lang),
        ),
    };
    Ok(match request.format {
        Format::Pdf => pdf::render(&document)?,
        Format::Html => html::render(&document).into_bytes(),
        Format::Csv => {
            let mut bytes = Vec::new();
            tabular::write_csv(&table, request.csv, &mut bytes)?;
            bytes
        }
        Format::Xlsx => tabular::xlsx_bytes(&table, request.list.label())?,
    })
}

/// Writes an export atomically: the file is the old one or the complete new one.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), crate::storage::SaveError> {
    crate::storage::write_atomic(path, bytes, crate::storage::Written::File, |file| file)
}
