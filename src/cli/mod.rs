//! The command-line face: the same library as the app, for scripts and for checking files.
//!
//! Exit codes: 0 success, 1 a user or data error (the message names the file), 2 bad usage (from clap).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::exchange::{Format, ListKind};
use crate::model::{self, Date, TemplateKind, Workspace};
use crate::session::Session;
use crate::storage;

/// MSP Invitations: invitations, delegations and the List of Participants for Meetings of the States Parties
/// to the Anti-Personnel Mine Ban Convention.
///
/// Without a command, opens the desktop app on PATH, or on the last workspace, or on the built-in 13MSP.
#[derive(Debug, Parser)]
#[command(
    name = "msp-invitations",
    version,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A workspace file (.ron) to open in the app.
    pub path: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new workspace: the built-in 13MSP, or a meeting of your own with categories computed on its
    /// opening date.
    New(NewArgs),
    /// Validate a workspace and print a summary. Exit 1 with every problem listed when it is not valid.
    Check {
        /// The workspace file.
        path: PathBuf,
    },
    /// Export a list: the List of Participants, an addendum, the invitation list or the figures for the
    /// final report, as PDF, HTML, CSV or XLSX.
    Export(ExportArgs),
    /// Import delegates (from a form's export, a spreadsheet, a note verbale in Word or returned
    /// registration forms), invitation replies or addresses. Prints a preview; exit 1 with every problem
    /// listed and the workspace untouched when any row is wrong.
    Import(ImportArgs),
    /// Send letters as e-mail, each with its letter as a PDF: through a mail server (--smtp), or saved as
    /// .eml drafts for a mail client (--eml-dir). Records each message on its invitation and saves the
    /// workspace; exit 1 naming the recipients whose message failed.
    Send(SendArgs),
    /// Set the office's letterhead, printed at the head of each letter's first page: an SVG, PNG or JPEG
    /// image, or a one-page PDF. Without FILE, says which letterhead is set.
    Letterhead(LetterheadArgs),
    /// Show an invitee's names in English, French, Spanish and Russian, and where each comes from; with
    /// --lang and --name or --running, give one (an organisation's name the UN's data lack, its form with
    /// the article for French and Spanish letters, a State's name in running text) and save.
    Names(names::NamesArgs),
    /// The registration desk from a script: record a person's arrival today (or --day) at the time of
    /// the check-in (or --time), or take it back with --undo, and save (merged with other desks' saves).
    Checkin(checkin::CheckinArgs),
    /// Merge two versions of a workspace made from one base (a copy taken home, another branch): every
    /// change of either side kept, record by record and field by field. Writes OUT; exit 1 listing the
    /// conflicts (values both sides changed differently, for which OUT holds MINE's) when there are any.
    Merge(team::MergeArgs),
    /// The git merge driver for workspace files (see README, "Working as a team"): merges OURS with
    /// THEIRS from BASE into OURS; exit 1, listing the conflicts, when a person must decide.
    #[command(name = "merge-driver")]
    MergeDriver(team::DriverArgs),
    /// The changes between two versions of a workspace, record by record, in words.
    Diff(team::DiffArgs),
    /// For the fault-injection tests: saves two versions of a workspace in turn, forever, so a test can
    /// kill the process at a random moment mid-save.
    #[command(name = "__save-loop", hide = true)]
    SaveLoop { path: PathBuf },
    /// Print every State's status under the Convention on a date, and the counts.
    TreatyStatus {
        /// The date, as YYYY-MM-DD.
        #[arg(long, value_parser = parse_date)]
        date: Date,
        /// CSV with the header iso3,name,status.
        #[arg(long)]
        csv: bool,
        /// The language of the State names: en, fr, es or ru (the status words stay English).
        #[arg(long, value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Start from the last meeting of this workspace: the same invitees and organisations, invitations
    /// and replies reset, categories recomputed on the new opening date.
    #[arg(long, requires = "meeting")]
    pub from: Option<PathBuf>,
    /// With --from: copy the delegations as a starting point.
    #[arg(long, requires = "from")]
    pub copy_delegations: bool,
    /// The meeting's number (14 for the Fourteenth Meeting). Without it, the 13MSP is written.
    #[arg(long, requires_all = ["opening", "closing", "venue"])]
    pub meeting: Option<u32>,
    /// Opening day, YYYY-MM-DD: categories follow from the treaty status on this day.
    #[arg(long, value_parser = parse_date, requires = "meeting")]
    pub opening: Option<Date>,
    /// Closing day, YYYY-MM-DD.
    #[arg(long, value_parser = parse_date, requires = "meeting")]
    pub closing: Option<Date>,
    /// Where the meeting takes place ("Palais des Nations, Geneva").
    #[arg(long, requires = "meeting")]
    pub venue: Option<String>,
    /// Where to write the workspace.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Fill the meeting with this many invented delegates (names made of syllables), to try the app out.
    #[arg(long, value_name = "PEOPLE")]
    pub sample: Option<usize>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum DelimiterArg {
    Comma,
    Semicolon,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The workspace file.
    pub path: PathBuf,
    #[arg(long, value_parser = named(&ListKind::ALL, ListKind::cli_name))]
    pub list: ListKind,
    /// The format; without it, the output file's extension decides.
    #[arg(long, value_parser = named(&Format::ALL, Format::extension))]
    pub format: Option<Format>,
    /// Where to write.
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    /// The meeting's short name ("13MSP"); the first meeting without it.
    #[arg(long)]
    pub meeting: Option<String>,
    /// For an addendum: the earlier workspace file (.ron), or the list as issued (its CSV or XLSX).
    #[arg(long)]
    pub since: Option<PathBuf>,
    /// Add gender, email and phone to the CSV or XLSX of the list of participants.
    #[arg(long)]
    pub internal: bool,
    /// The document number after the symbol prefix, such as INF.2; the number the workspace records for
    /// this list of the meeting (the app's Export dialog records it) without it.
    #[arg(long)]
    pub number: Option<String>,
    /// The date printed on the document, YYYY-MM-DD; today without it.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// The CSV separator.
    #[arg(long, value_enum, default_value = "comma")]
    pub delimiter: DelimiterArg,
    /// Leave out the byte-order mark that makes Excel read the CSV as UTF-8.
    #[arg(long)]
    pub no_bom: bool,
    /// For the seating plan: the State drawn by lot, by ISO code.
    #[arg(long, value_name = "ISO3")]
    pub first_seat: Option<String>,
    /// For letters: only the invitees of this template (all without it).
    #[arg(long, value_parser = named(&TemplateKind::ALL, TemplateKind::cli_name))]
    pub category: Option<TemplateKind>,
    /// For letters: references are this prefix and a number (ODA/GVA/2013/ gives ODA/GVA/2013/001); the
    /// meeting's own prefix without it.
    #[arg(long)]
    pub reference_prefix: Option<String>,
    /// For letters: the number of the first reference.
    #[arg(long, default_value_t = 1)]
    pub first_number: usize,
    /// For letters: only invitees not yet invited.
    #[arg(long)]
    pub only_uninvited: bool,
    /// The language of headings, labels and State names: en, fr, es or ru (the List of Participants keeps
    /// its trilingual headings); English without it. For letters, the language they are written in
    /// when --letter-lang is not given.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
    /// For letters: the language they are written in, en, fr, es or ru, or "each" for each invitee's
    /// own (from its address; English when it has none). Without it, --lang decides, and without both,
    /// each invitee's own.
    #[arg(long, value_parser = parse_letter_lang)]
    pub letter_lang: Option<crate::exchange::LetterLanguage>,
    /// For the List of Participants, its addendum and the figures: only the delegations whose
    /// designation (note verbale or letter) has come.
    #[arg(long)]
    pub designated_only: bool,
    /// For the List of Participants, its addendum, the figures and the nameplates: only those whose
    /// arrival the registration desk recorded (with checkin, or the app's desk), the list saying it is
    /// final.
    #[arg(long)]
    pub attended: bool,
    /// For letters as PDF: one file per invitee in the folder given by -o.
    #[arg(long)]
    pub per_invitee: bool,
    /// For letters: mark the invitees as invited on --date with their references, and save the workspace.
    #[arg(long)]
    pub mark_invited: bool,
    /// For letters: write each invitee's registration form (XLSX, in its letter's language, under its
    /// letter's reference) in the folder given by -o, rather than the letters.
    #[arg(long, conflicts_with_all = ["per_invitee", "mark_invited"])]
    pub registration_forms: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("how").required(true).args(["eml_dir", "smtp"])))]
#[allow(
    clippy::doc_markdown,
    reason = "clap prints these comments as --help, where backticks would show"
)]
pub struct SendArgs {
    /// The workspace file; saved with what was sent.
    pub path: PathBuf,
    /// Only the invitees of this template (all without it).
    #[arg(long, value_parser = named(&TemplateKind::ALL, TemplateKind::cli_name))]
    pub category: Option<TemplateKind>,
    /// Only invitees not yet invited.
    #[arg(long)]
    pub only_uninvited: bool,
    /// The sender, as an address or `Name <address>`; the workspace's own (Letters view) without it.
    #[arg(
        long,
        value_name = "ADDR",
        help = "The sender, as an address or \"Name <address>\"; the workspace's own (Letters view) without it"
    )]
    pub from: Option<String>,
    /// Write one .eml draft per invitee in this folder, for a mail client to send.
    #[arg(long, value_name = "DIR")]
    pub eml_dir: Option<PathBuf>,
    /// Send through this mail server. The password comes from MSP_SMTP_PASSWORD, or is asked.
    #[arg(long, value_name = "HOST:PORT")]
    pub smtp: Option<String>,
    /// Require STARTTLS (port 587, usually).
    #[arg(long, conflicts_with = "tls")]
    pub starttls: bool,
    /// TLS from the start (port 465, usually).
    #[arg(long)]
    pub tls: bool,
    /// Log in to the mail server as this user.
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
    /// Trust this certificate authority (PEM) besides the system's, for a server whose certificate the
    /// office signs itself.
    #[arg(long, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Send reminders (the invitation again) to those invited who have not answered, and record them as
    /// reminders.
    #[arg(long)]
    pub reminder: bool,
    /// The letters' date, and the day invitees are marked invited, YYYY-MM-DD; today without it.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// References are this prefix and a number; the meeting's own prefix without it.
    #[arg(long)]
    pub reference_prefix: Option<String>,
    /// The number of the first reference.
    #[arg(long, default_value_t = 1)]
    pub first_number: usize,
    /// The language letters are written in, en, fr, es or ru, or "each" for each invitee's own.
    #[arg(long, value_parser = parse_letter_lang, default_value = "each")]
    pub letter_lang: crate::exchange::LetterLanguage,
    /// The meeting's short name ("13MSP"); the first meeting without it.
    #[arg(long)]
    pub meeting: Option<String>,
    /// Only the invitees whose last message of this kind failed.
    #[arg(long)]
    pub retry_failed: bool,
    /// Send again to invitees whose last message's fate is unknown (a batch interrupted before the
    /// server answered). Check the mail server's sent folder first.
    #[arg(long)]
    pub send_unknown_again: bool,
    /// Attach to each invitation the invitee's registration form (XLSX, in the letter's language, with the
    /// delegation as recorded), which imports back by the code it carries.
    #[arg(long)]
    pub with_form: bool,
    /// How many seconds to wait for the mail server to answer before the batch stops.
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
}

#[derive(Debug, Args)]
pub struct LetterheadArgs {
    /// The workspace file; saved with the letterhead.
    pub path: PathBuf,
    /// The image (SVG, PNG, JPEG) or one-page PDF.
    #[arg(conflicts_with = "remove")]
    pub file: Option<PathBuf>,
    /// Take the letterhead away: letters start at the reference again.
    #[arg(long)]
    pub remove: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["delegates", "replies", "addresses", "attendance"])))]
#[allow(
    clippy::doc_markdown,
    reason = "clap prints these comments as --help, where backticks would show"
)]
pub struct ImportArgs {
    /// The workspace file; saved atomically when the import succeeds.
    pub path: PathBuf,
    /// A file of delegates (CSV or text in any encoding, XLSX, XLS, ODS, or a note verbale in Word with
    /// the delegation in a table), its columns read by what they mean in English, French, Spanish or
    /// Russian; or a folder of registration forms the app wrote and invitees returned.
    #[arg(long)]
    pub delegates: Option<PathBuf>,
    /// A CSV or XLSX of replies: invitee, reply, date, reference.
    #[arg(long)]
    pub replies: Option<PathBuf>,
    /// A CSV or XLSX of addresses: invitee, kind, city, postal_address, email, fax, contact_name,
    /// contact_title (and optionally salutation, language).
    #[arg(long)]
    pub addresses: Option<PathBuf>,
    /// A badge system's check-in export (CSV or XLSX): the person's id, e-mail or name, and the date
    /// with the time (or a time column); each arrival recorded on its day.
    #[arg(long)]
    pub attendance: Option<PathBuf>,
    /// The meeting's short name; the first meeting without it.
    #[arg(long)]
    pub meeting: Option<String>,
    /// Print the preview and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Rows to leave out, as the file numbers them (the header is row 1): --exclude 4,7
    #[arg(long, value_delimiter = ',')]
    pub exclude: Vec<usize>,
    /// Rows whose uncertain reading (a name split where nothing marked the family name) is right, as the
    /// preview shows it: --confirm 5,9
    #[arg(long, value_delimiter = ',')]
    pub confirm: Vec<usize>,
    /// What a column means, by its header: --column "Last name=family_name" (repeat it). Meanings:
    /// delegation, role, head_of_delegation, honorific, given_name, family_name, full_name, function,
    /// gender, email, phone, given_name_latin, family_name_latin, registration_state, ignored. Kept in the workspace for files with the same headers.
    #[arg(long = "column", value_name = "HEADER=MEANING", value_parser = parse_column)]
    pub columns: Vec<(String, crate::model::ColumnMeaning)>,
    /// A file of column meanings, a HEADER=MEANING line each (as --column).
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// The encoding of a text file, when the one found is wrong: utf-8, windows-1252 (latin1),
    /// windows-1251, koi8-r…
    #[arg(long, value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// The delegation every row goes to when no column names one (a Word note's sender is taken
    /// otherwise): its ISO code or any of its names.
    #[arg(long)]
    pub delegation: Option<String>,
}

/// `HEADER=MEANING` of `--column`.
fn parse_column(text: &str) -> Result<(String, crate::model::ColumnMeaning), String> {
    let (header, meaning) = text
        .rsplit_once('=')
        .ok_or_else(|| format!("{text:?} is not HEADER=MEANING"))?;
    let meaning = crate::model::ColumnMeaning::from_cli_name(meaning).ok_or_else(|| {
        format!(
            "{meaning:?} is not a meaning: {}",
            crate::model::ColumnMeaning::ALL
                .map(crate::model::ColumnMeaning::cli_name)
                .join(", ")
        )
    })?;
    Ok((header.trim().to_owned(), meaning))
}

fn parse_encoding(text: &str) -> Result<&'static encoding_rs::Encoding, String> {
    crate::exchange::import::source::encoding_named(text)
        .ok_or_else(|| format!("{text:?} is not an encoding (utf-8, windows-1252, windows-1251…)"))
}

/// Refuses a first argument that is neither a command nor an existing file (`msp-invitations chekc`), so a
/// typo is a usage error that names the commands and the nearest one, not a window that fails to open a
/// workspace called "chekc".
pub fn refuse_unknown_first_argument(cli: &Cli) -> Result<(), clap::Error> {
    use clap::CommandFactory as _;
    let (None, Some(path)) = (&cli.command, &cli.path) else {
        return Ok(());
    };
    if path.is_file() {
        return Ok(());
    }
    let command = Cli::command();
    let names: Vec<&str> = command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(clap::Command::get_name)
        .filter(|name| *name != "help")
        .collect();
    let given = path.to_string_lossy();
    let nearest = names
        .iter()
        .map(|name| (strsim::jaro_winkler(name, &given), *name))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| format!("\n\n  tip: a similar command exists: '{name}'"))
        .unwrap_or_default();
    let what = if path.exists() {
        "is a folder, not a workspace file"
    } else {
        "is neither a command nor an existing workspace file"
    };
    Err(Cli::command().error(
        clap::error::ErrorKind::InvalidSubcommand,
        format!(
            "'{given}' {what}\n\n  commands: {}{nearest}",
            names.join(", ")
        ),
    ))
}

/// A parser for a value of the domain by its command-line name, with the names in `--help` and a
/// suggestion for a typo, as clap gives an enum of its own.
fn named<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(all.iter().map(|&v| name(v))).map(move |chosen| {
        all.iter()
            .copied()
            .find(|&v| name(v) == chosen)
            .unwrap_or(all[0])
    })
}

fn parse_lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::from_code(text)
        .ok_or_else(|| format!("{text:?} is not one of en, fr, es, ru"))
}

fn parse_letter_lang(text: &str) -> Result<crate::exchange::LetterLanguage, String> {
    if text.trim().eq_ignore_ascii_case("each") {
        return Ok(crate::exchange::LetterLanguage::EachInvitee);
    }
    crate::i18n::Lang::from_code(text)
        .map(crate::exchange::LetterLanguage::Fixed)
        .ok_or_else(|| format!("{text:?} is not one of each, en, fr, es, ru"))
}

fn parse_date(text: &str) -> Result<Date, String> {
    match model::parse_date(text) {
        Ok(Some(date)) => Ok(date),
        Ok(None) | Err(_) => Err(format!("{text:?} is not a date of the form YYYY-MM-DD")),
    }
}

/// Why a command failed: reported on stderr with exit code 1, in English, naming the file.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum Failure {
    #[error(transparent)]
    Load(#[from] storage::LoadError),
    #[error(transparent)]
    Save(#[from] storage::SaveError),
    #[error(transparent)]
    Refused(#[from] crate::session::SaveRefused),
    #[error(transparent)]
    Start(#[from] crate::session::StartError),
    #[error(transparent)]
    Vanished(#[from] crate::session::Vanished),
    #[error(transparent)]
    Preview(#[from] crate::session::PreviewError),
    #[error(transparent)]
    Exported(#[from] crate::session::ExportFailed),
    #[error(transparent)]
    ImportRefused(#[from] crate::session::ImportRefused),
    #[error(transparent)]
    Export(#[from] crate::exchange::ExportError),
    #[error(transparent)]
    Pdf(#[from] crate::exchange::pdf::PdfError),
    #[error(transparent)]
    Earlier(#[from] crate::exchange::EarlierError),
    #[error(transparent)]
    Edit(#[from] crate::edit::EditError),
    Read {
        path: PathBuf,
        #[source]
        source: storage::ReadError,
    },
    Import {
        path: PathBuf,
        #[source]
        source: crate::exchange::import::ImportError,
    },
    CreateFolder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    ClosingBeforeOpening {
        opening: Date,
        closing: Date,
    },
    NothingToStartFrom {
        path: PathBuf,
    },
    Exists {
        path: PathBuf,
    },
    NoMeetings {
        path: PathBuf,
    },
    UnknownMeeting {
        name: String,
        path: PathBuf,
        known: String,
    },
    NoFormat {
        path: PathBuf,
    },
    NoRecipients,
    NothingToImport,
    LettersBlocked(Vec<String>),
    #[error(transparent)]
    Letters(#[from] crate::exchange::letters::LettersError),
    #[error(transparent)]
    Mail(#[from] crate::exchange::mail::MailError),
    BadServer(String),
    Password(String),
    Connection(String),
    SendFailed(Vec<String>),
    #[error(transparent)]
    Letterhead(#[from] crate::exchange::letterhead::LetterheadError),
    #[error(transparent)]
    Names(#[from] names::NamesError),
    /// Nobody of the meeting is found by these words.
    NobodyFound(String),
    /// Several people are found by these words: each named, for the user to say which.
    SeveralFound(String, Vec<String>),
    #[error(transparent)]
    Mapping(#[from] import::MappingError),
}

/// Prints a line on standard output. A closed output (`| head`) is the reader's choice, not an error: it
/// neither panics (as `println!` would) nor stops the command, so what the command does (a save, an
/// import) happens or is refused on its own merits and the exit code says which.
macro_rules! say {
    ($($arg:tt)*) => {
        let _ = writeln!(std::io::stdout(), $($arg)*);
    };
}

mod check;
mod checkin;
mod export;
mod import;
mod letterhead;
mod names;
mod new;
mod send;
mod team;
mod treaty_status;
mod words;

/// Runs a command and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::New(args) => new::new(&args),
        Command::Check { path } => check::check(&path),
        Command::TreatyStatus { date, csv, lang } => {
            Ok(treaty_status::treaty_status(date, csv, lang))
        }
        Command::Export(args) => export::export(&args),
        Command::Import(args) => import::import(&args),
        Command::Send(args) => send::send(&args),
        Command::Letterhead(args) => letterhead::letterhead(&args),
        Command::Names(args) => names::names(&args),
        Command::Checkin(args) => checkin::checkin(&args),
        Command::Merge(args) => team::merge(&args),
        Command::MergeDriver(args) => team::merge_driver(&args),
        Command::Diff(args) => team::diff(&args),
        Command::SaveLoop { path } => save_loop(&path),
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("error: {failure}");
            if let Some(hint) = words::hint(&failure) {
                eprintln!("{hint}");
            }
            ExitCode::from(1)
        }
    }
}

/// Says on stderr who has a workspace open, for commands that only read it.
fn note_holder(path: &Path) {
    if let Some(holder) = storage::lock::holder(path) {
        eprintln!(
            "note: {holder} is sending e-mail from this workspace or saving it; what follows is the file as last saved."
        );
    }
}

/// Says on stderr what reading a file of an older format changed (the file itself is untouched).
fn note_migrated(path: &Path, migrated: &[storage::Migration]) {
    for migration in migrated {
        eprintln!(
            "note: {} is of an earlier format; as read, {migration}. Saving writes the current format.",
            path.display()
        );
    }
}

/// The meeting named on the command line, or the first.
fn meeting_arg(
    workspace: &Workspace,
    name: Option<&str>,
    path: &Path,
) -> Result<model::MeetingId, Failure> {
    let found = match name {
        None => workspace.meetings.first(),
        Some(name) => workspace.meeting_named(name),
    };
    match (found, name) {
        (Some(meeting), _) => Ok(meeting.id.clone()),
        (None, None) => Err(Failure::NoMeetings {
            path: path.to_owned(),
        }),
        (None, Some(name)) => Err(Failure::UnknownMeeting {
            name: name.to_owned(),
            path: path.to_owned(),
            known: workspace
                .meetings
                .iter()
                .map(|m| m.short_name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

/// Saves a workspace opened to change it: what others saved to the file meanwhile (the app a colleague
/// has open, another command) is merged in first; a conflict (a value both changed differently) fails,
/// naming each, and nothing is written.
fn save(session: &mut Session) -> Result<(), Failure> {
    let saved = session.save(
        storage::data_dir().as_deref(),
        &model::Choices::new(),
        storage::command_wait(),
    )?;
    if let Some(taken) = saved.merged {
        eprintln!(
            "note: merged with {} change(s) saved meanwhile by someone else",
            taken.changes.len()
        );
    }
    Ok(())
}

/// Opens the workspace at `path` to change it (no lock is kept: its save merges with what others saved
/// meanwhile), saying what reading an older format changed and what an interrupted batch left.
fn open_to_change(path: &Path) -> Result<Session, Failure> {
    let opened = Session::open(path)?;
    note_migrated(path, &opened.migrated);
    if let Some(recovered) = opened.recovered {
        eprintln!(
            "note: a batch was interrupted; {} message record(s) recovered from {}, {} of them unknown (check the mail server's sent folder)",
            recovered.count,
            storage::outbox::journal_path(path).display(),
            recovered.unknown
        );
    }
    Ok(opened.session)
}

/// Saves two different versions of a workspace in turn until killed.
fn save_loop(path: &Path) -> Result<ExitCode, Failure> {
    let first = model::builtin_workspace();
    let mut second = first.clone();
    second.name = "Second version".to_owned();
    second = model::sample::with_generated_delegations(second, 2000, 1);
    loop {
        storage::save(path, &first)?;
        storage::save(path, &second)?;
    }
}
