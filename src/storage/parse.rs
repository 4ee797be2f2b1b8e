//! A workspace read from its text: the byte-order mark skipped, the format's version read first (a newer
//! file refused, an older one migrated), the nesting and each string's length held to their limits, and
//! keys written twice or ids that do not add up refused, each with its line and column.

use std::path::Path;

use serde::Deserialize;

use super::{LoadError, Location, Migration, RECURSION_LIMIT};
use crate::model::{EntityId, FORMAT_VERSION, Officer, Workspace, limits};

/// Parses a workspace from text; `path` only names the file in errors. A byte-order mark at the start (as
/// some Windows editors write) is skipped.
pub fn from_ron(text: &str, path: &Path) -> Result<Workspace, LoadError> {
    parse(text, path).map(|(workspace, _)| workspace)
}

/// [`from_ron`], and what bringing an older file to the current format changed.
pub(super) fn parse(text: &str, path: &Path) -> Result<(Workspace, Vec<Migration>), LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    if let Some((offset, chars)) = longest_string_over(text, limits::MAX_TEXT_CHARS) {
        return Err(LoadError::TooLong {
            path: path.to_owned(),
            at: location_of(text, offset),
            chars,
        });
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let malformed = |err: ron::error::SpannedError| {
        let at = Location {
            line: err.span.start.line,
            column: err.span.start.col,
        };
        let message = err.code.to_string();
        if let Some(key) = message.strip_prefix(crate::model::DUPLICATE_KEY) {
            let (first, second) = duplicate_places(text, key.trim(), at);
            return LoadError::DuplicateKey {
                path: path.to_owned(),
                key: key.trim().to_owned(),
                first,
                second,
            };
        }
        LoadError::Malformed {
            path: path.to_owned(),
            at,
            message,
        }
    };

    // The version first, so that a newer file is refused as newer rather than as malformed. It is the
    // first field of every file this app writes, read there without parsing the rest; a file written
    // otherwise (its fields reordered by hand) has it read by a parse of its own.
    let version = match leading_version(text) {
        Some(version) => version,
        None => {
            #[derive(Deserialize)]
            struct Header {
                format_version: u32,
            }
            let header: Header = options.from_str(text).map_err(malformed)?;
            header.format_version
        }
    };
    if version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            path: path.to_owned(),
            found: version,
        });
    }
    let mut workspace: Workspace = options.from_str(text).map_err(malformed)?;
    let migrated = super::migrate::migrate(&mut workspace, version);
    check_ids(&workspace, text, path)?;
    workspace.shrink_to_fit();
    Ok((workspace, migrated))
}

/// The format version when it is the first field of the text, as this app writes it: `(` (after an
/// optional struct name), then `format_version:` and a number, with white space and comments between.
/// `None` for anything else.
pub(super) fn leading_version(text: &str) -> Option<u32> {
    /// The text after white space and comments.
    fn skip(mut rest: &str) -> &str {
        loop {
            let trimmed = rest.trim_start();
            if let Some(line) = trimmed.strip_prefix("//") {
                rest = line.find('\n').map_or("", |n| &line[n..]);
            } else if let Some(block) = trimmed.strip_prefix("/*") {
                rest = block.find("*/").map_or("", |n| &block[n + 2..]);
            } else {
                return trimmed;
            }
        }
    }
    let mut rest = skip(text);
    // Extensions (`#![enable(...)]`) ask for a parser of their own.
    if rest.starts_with('#') {
        return None;
    }
    let name_end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    rest = skip(&rest[name_end..]);
    rest = skip(rest.strip_prefix('(')?);
    rest = skip(rest.strip_prefix("format_version")?);
    rest = skip(rest.strip_prefix(':')?);
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let after = skip(&rest[digits..]);
    if !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    rest[..digits].parse().ok()
}

/// The first string literal in a RON text longer than `limit` characters: its byte offset and length.
/// Reads `"…"` with escapes and raw strings `r#"…"#`; anything else is left to the parser.
pub(super) fn longest_string_over(text: &str, limit: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                let start = i;
                let mut chars = 0;
                i += 1;
                loop {
                    match bytes.get(i) {
                        None => return None,
                        Some(b'\\') => i += 2,
                        Some(b'"') => break,
                        Some(&c) => {
                            i += 1;
                            // Count characters, not bytes: continuation bytes do not start one.
                            if c & 0xC0 != 0x80 {
                                chars += 1;
                            }
                            continue;
                        }
                    }
                    chars += 1;
                }
                if chars > limit {
                    return Some((start, chars));
                }
                i += 1;
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) =>
            {
                let start = i;
                let hashes = bytes
                    .get(i + 1..)
                    .map_or(0, |rest| rest.iter().take_while(|&&c| c == b'#').count());
                i += 1 + hashes;
                if bytes.get(i) != Some(&b'"') {
                    continue;
                }
                let close: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                let body_start = i + 1;
                let end = text
                    .get(body_start..)?
                    .as_bytes()
                    .windows(close.len())
                    .position(|w| w == close.as_slice())?;
                let chars = text
                    .get(body_start..body_start + end)
                    .map_or(0, |s| s.chars().count());
                if chars > limit {
                    return Some((start, chars));
                }
                i = body_start + end + close.len();
            }
            // Comments may hold quotes that open no string.
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text
                    .get(i..)
                    .and_then(|rest| rest.find('\n'))
                    .map_or(bytes.len(), |n| i + n);
            }
            _ => i += 1,
        }
    }
    None
}

/// Where a map key written twice stands: the two nearest entries with that key before the place the
/// parser noticed the second.
fn duplicate_places(text: &str, key: &str, noticed: Location) -> (Location, Location) {
    let end = offset_of(text, noticed).unwrap_or(text.len());
    let before = text.get(..end).unwrap_or(text);
    let mut entries: Vec<usize> = before
        .match_indices(key)
        .filter(|(at, _)| {
            before
                .get(at + key.len()..)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|(at, _)| at)
        .collect();
    let second = entries.pop().map_or(noticed, |at| location_of(text, at));
    let first = entries.pop().map_or(second, |at| location_of(text, at));
    (first, second)
}

/// The byte offset of a line and column (from 1, in characters).
fn offset_of(text: &str, at: Location) -> Option<usize> {
    let line_start = if at.line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(at.line - 2)?.0 + 1
    };
    let line = text.get(line_start..)?;
    let column = line
        .char_indices()
        .nth(at.column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    Some(line_start + column)
}

/// Refuses references to States or organisations that neither the reference data nor the file defines,
/// pointing at the first place the id appears.
fn check_ids(workspace: &Workspace, text: &str, path: &Path) -> Result<(), LoadError> {
    let unknown = |what: &'static str, id: &str, needle: String| LoadError::UnknownId {
        path: path.to_owned(),
        what,
        id: id.to_owned(),
        at: locate(text, &needle).unwrap_or(Location { line: 1, column: 1 }),
    };
    for meeting in &workspace.meetings {
        for id in meeting.invitees.keys() {
            if !workspace.knows(id) {
                return Err(match id {
                    EntityId::State(code) => unknown("State", code, format!("State(\"{code}\")")),
                    EntityId::Org(org) => unknown("organisation", org, format!("Org(\"{org}\")")),
                });
            }
        }
        let officers = &meeting.officers;
        for officer in officers
            .president
            .iter()
            .chain(&officers.vice_presidents)
            .chain(&officers.secretary_general)
            .chain(&officers.executive_secretary)
        {
            let state = match officer {
                Officer::State(iso3) => Some(iso3),
                Officer::Person { state, .. } => state.as_ref(),
            };
            if let Some(iso3) = state
                && crate::model::reference::state(iso3).is_none()
            {
                return Err(unknown("State", iso3, format!("\"{iso3}\"")));
            }
        }
    }
    for id in workspace.corrections.keys() {
        if !workspace.knows(id) {
            return Err(unknown("entity", id.code(), format!("\"{}\"", id.code())));
        }
    }
    // Two meetings with one id (a copy pasted by hand): edits and merges could not tell them apart.
    let mut seen = std::collections::BTreeSet::new();
    for meeting in &workspace.meetings {
        if !seen.insert(&meeting.id) {
            let needle = format!("id: {:?}", meeting.id.0);
            let mut places = text
                .match_indices(&needle)
                .map(|(at, _)| location_of(text, at));
            let first = places.next().unwrap_or(Location { line: 1, column: 1 });
            let second = places.next().unwrap_or(first);
            return Err(LoadError::DuplicateKey {
                path: path.to_owned(),
                key: format!("the meeting id {:?}", meeting.id.0),
                first,
                second,
            });
        }
    }
    Ok(())
}

/// The line and column (from 1, in characters) of the first occurrence of `needle`.
pub(super) fn locate(text: &str, needle: &str) -> Option<Location> {
    let offset = text.find(needle)?;
    Some(location_of(text, offset))
}

pub(super) fn location_of(text: &str, offset: usize) -> Location {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    Location { line, column }
}
