//! `names`: an invitee's names in the app's languages, shown or given from the command line, as the
//! detail panel's "Names in the UN's languages" (an organisation) and "Name in running text" (a State)
//! give them. Letters in a language need the organisation's name in it, and in French and Spanish its
//! form with the article, which the UN's data lack for some standing observers: this is how a script
//! supplies them.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::{Failure, open_to_change, parse_lang, save};
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::model::{EntityId, Workspace, limits, reference};

#[derive(Debug, Args)]
pub struct NamesArgs {
    /// The workspace file; saved with the names given.
    pub path: PathBuf,
    /// The invitee: an ISO code, an organisation's id or acronym, or any of its names.
    pub invitee: String,
    /// The language of the name given: en, fr, es or ru.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// An organisation's name in --lang ("Asociación de Naciones de Asia Sudoriental"); an empty text
    /// takes the name given back, leaving the UN's, if it has one.
    #[arg(long, requires = "lang")]
    pub name: Option<String>,
    /// The name as letters in --lang write it in running text: for an organisation in French or Spanish
    /// its form with the article ("la Asociación de Naciones de Asia Sudoriental"), for a State its name
    /// in running text; an empty text takes it back.
    #[arg(long, requires = "lang")]
    pub running: Option<String>,
    /// The meeting's short name ("13MSP"), whose invitees the name is looked up among; the first without
    /// it.
    #[arg(long)]
    pub meeting: Option<String>,
}

/// Why a name given on the command line is not taken.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum NamesError {
    Unknown(String),
    StateName,
    NotOneLine {
        what: NameField,
        invitee: String,
        fault: crate::text::LineFault,
    },
    TooLong {
        what: NameField,
        invitee: String,
        chars: usize,
        limit: usize,
    },
}

/// Which of an invitee's names a value was given for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameField {
    /// `--name`: the name as a heading or a list writes it.
    Name,
    /// `--running`: the name as a sentence writes it.
    Running,
}

/// `names WORKSPACE INVITEE [--lang L --name TEXT --running TEXT]`.
pub fn names(args: &NamesArgs) -> Result<ExitCode, Failure> {
    let mut session = open_to_change(&args.path)?;
    let meeting = super::meeting_arg(session.workspace(), args.meeting.as_deref(), &args.path)?;
    let id = crate::exchange::import::find_invitee(session.workspace(), &meeting, &args.invitee)
        .ok_or_else(|| NamesError::Unknown(args.invitee.clone()))?;
    if let Some(lang) = args.lang
        && (args.name.is_some() || args.running.is_some())
    {
        let invitee = session.workspace().name(&id).to_owned();
        let mut correction = session
            .workspace()
            .corrections
            .get(&id)
            .cloned()
            .unwrap_or_default();
        if let Some(name) = &args.name {
            if matches!(id, EntityId::State(_)) {
                return Err(NamesError::StateName.into());
            }
            set(
                &mut correction.names,
                lang,
                given(NameField::Name, &invitee, name)?,
            );
        }
        if let Some(running) = &args.running {
            let text = given(NameField::Running, &invitee, running)?;
            set(&mut correction.running, lang, text);
        }
        let value = (!correction.is_empty()).then_some(correction);
        session.apply(Edit::PutCorrection {
            id: id.clone(),
            value,
        })?;
        if session.document().is_dirty() {
            save(&mut session)?;
            let _ = writeln!(
                std::io::stdout(),
                "Saved {} with the names of {invitee}:",
                args.path.display()
            );
        }
    }
    print_names(session.workspace(), &id);
    Ok(ExitCode::SUCCESS)
}

/// A value as given, tidied as a form tidies it, or why it cannot be a name.
fn given(what: NameField, invitee: &str, text: &str) -> Result<String, NamesError> {
    let text = crate::text::clean(text.trim());
    if let Some(fault) = crate::text::line_fault(&text) {
        return Err(NamesError::NotOneLine {
            what,
            invitee: invitee.to_owned(),
            fault,
        });
    }
    let chars = text.chars().count();
    if chars > limits::MAX_NAME_CHARS {
        return Err(NamesError::TooLong {
            what,
            invitee: invitee.to_owned(),
            chars,
            limit: limits::MAX_NAME_CHARS,
        });
    }
    Ok(text)
}

/// Puts `text` under `lang`, or takes the entry away when it is empty.
fn set(map: &mut std::collections::BTreeMap<Lang, String>, lang: Lang, text: String) {
    if text.is_empty() {
        map.remove(&lang);
    } else {
        map.insert(lang, text);
    }
}

/// The invitee's names in each language, and where each comes from.
fn print_names(workspace: &Workspace, id: &EntityId) {
    let mut out = std::io::stdout().lock();
    let given = workspace.corrections.get(id);
    let from = |given: Option<&String>, data: Option<&str>| -> String {
        match (given.filter(|t| !t.trim().is_empty()), data) {
            (Some(text), _) => format!("{text} (given)"),
            (None, Some(text)) => format!("{text} (UN data)"),
            (None, None) => "— (not in the UN's data: give it with --name)".to_owned(),
        }
    };
    let _ = writeln!(out, "{} ({})", workspace.name(id), id.code());
    for lang in Lang::ALL {
        let code = lang.code();
        match id {
            EntityId::Org(org) => {
                let data = reference::org_names(org);
                let name = match (given.and_then(|c| c.names.get(&lang)), data) {
                    (None, None) if lang == Lang::En => {
                        format!("{} (its own)", workspace.org_name(org, lang))
                    }
                    (given, data) => from(given, data.and_then(|d| d.name(lang))),
                };
                let _ = writeln!(out, "  {code}: {name}");
                if matches!(lang, Lang::Fr | Lang::Es) {
                    let running = from(
                        given.and_then(|c| c.running.get(&lang)),
                        data.and_then(|d| d.running(lang)),
                    )
                    .replace("give it with --name", "give it with --running");
                    let _ = writeln!(out, "  {code}, with the article: {running}");
                }
            }
            EntityId::State(_) => {
                let running = given.and_then(|c| c.running.get(&lang)).map_or_else(
                    || "the UN's formal name of the day".to_owned(),
                    Clone::clone,
                );
                let _ = writeln!(
                    out,
                    "  {code}: {}; in running text: {running}",
                    workspace.name_in(id, lang)
                );
            }
        }
    }
}
