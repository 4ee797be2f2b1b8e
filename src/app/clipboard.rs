//! Copy and paste with spreadsheets. Ctrl+C on the selected rows of the invitee table or the People view
//! puts them on the clipboard as tab-separated text with a header, which Excel and `LibreOffice` paste as
//! cells. Ctrl+V of rows copied from a spreadsheet reads them as a delegates file and opens the import
//! preview, so pasting changes nothing until the user has seen what it would do; with one invitee
//! selected, every row goes into that delegation.
//!
//! The People view copies the columns a delegates file has (`delegation`, `role`, `honorific`,
//! `given_name`, `family_name`, `function`, `gender`, `email`, `phone`, as the List of Participants'
//! internal CSV names them), so that people copied from one delegation paste into another.

use super::dialogs::{Dialog, ImportState};
use super::table::SortColumn;
use super::{centre::Views, view::View, workbench::Workbench};
use crate::exchange::import::{self, ImportKind};
use crate::exchange::tabular::neutralise;
use crate::model::{limits, words};
use crate::t;

/// Rows as tab-separated text: a cell cannot break the row (tabs and line breaks become spaces), nor
/// become a formula where it is pasted.
fn tab_separated(header: &[String], rows: &[Vec<String>]) -> String {
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| neutralise(&c.replace(['\t', '\r', '\n'], " ")).into_owned())
            .collect::<Vec<_>>()
            .join("\t")
    };
    let mut out = line(header);
    for row in rows {
        out.push('\n');
        out.push_str(&line(row));
    }
    out.push('\n');
    out
}

/// The selected rows of the view shown, as tab-separated text with a header, and how many there are;
/// `None` when nothing is selected there.
pub fn copied_rows(view: View, views: &Views, work: &Workbench) -> Option<(String, usize)> {
    let (header, rows) = match view {
        View::Invitees => {
            let header: Vec<String> = SortColumn::ALL.iter().map(|c| c.label()).collect();
            let selected = views.table.selection();
            let rows: Vec<Vec<String>> = views
                .table
                .visible_rows()
                .filter(|r| selected.contains(&r.id))
                .map(|r| r.texts().to_vec())
                .collect();
            (header, rows)
        }
        View::People => (
            crate::exchange::columns::copied()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            people_rows(
                work,
                views.people.selected_rows().map(|r| (&r.invitee, r.person)),
            ),
        ),
        _ => return None,
    };
    (!rows.is_empty()).then(|| (tab_separated(&header, &rows), rows.len()))
}

/// The delegates-file cells of these people.
fn people_rows<'a>(
    work: &Workbench,
    people: impl Iterator<Item = (&'a crate::model::EntityId, crate::model::PersonId)>,
) -> Vec<Vec<String>> {
    let Some(meeting) = work.meeting() else {
        return Vec::new();
    };
    let lang = crate::i18n::language();
    people
        .filter_map(|(invitee, person)| {
            let member = meeting.invitees.get(invitee)?.delegation.member(person)?;
            Some(vec![
                work.workspace().name_at(meeting, invitee, lang).to_owned(),
                words::role(member.role),
                member.honorific.clone(),
                member.given_name.clone(),
                member.family_name.clone(),
                member.function.clone(),
                words::gender(member.gender),
                member.email.clone(),
                member.phone.clone(),
            ])
        })
        .collect()
}

/// Ctrl+C outside a text field: the selected rows go to the clipboard, and the status bar says so.
pub fn copy_rows(ctx: &egui::Context, view: View, views: &Views, work: &mut Workbench) {
    match copied_rows(view, views, work) {
        Some((text, count)) => {
            ctx.copy_text(text);
            work.say(t!("clip-copied", count = count));
        }
        None => work.say(t!("clip-nothing-selected")),
    }
}

/// Ctrl+V outside a text field: the rows pasted, read as delegates, in the import preview. With one
/// invitee selected in the Invitees view, every row goes into that delegation.
pub fn pasted(text: &str, view: View, views: &Views, work: &Workbench) -> Dialog {
    let into = if view == View::Invitees {
        views.table.selected_one().cloned()
    } else {
        None
    };
    if text.len() as u64 > limits::MAX_IMPORT_BYTES {
        return Dialog::Error {
            title: t!("clip-error"),
            message: t!(
                "clip-too-big",
                megabytes = limits::MAX_IMPORT_BYTES / (1024 * 1024)
            ),
        };
    }
    // The same reading and preview as a file's: columns by their meaning, values by theirs.
    let read = import::read_table(text.as_bytes()).and_then(|table| {
        let preview = import::preview_delegates_into(
            work.workspace(),
            &work.meeting_id(),
            &table,
            into.as_ref(),
        )?;
        Ok((table, preview))
    });
    match read {
        Ok((table, preview)) => {
            let source = into.as_ref().map_or_else(
                || t!("clip-pasted"),
                |id| t!("clip-pasted-into", name = work.name_of(id)),
            );
            let mut state = ImportState::new(
                work.workspace(),
                source,
                ImportKind::Delegates,
                None,
                Some(std::sync::Arc::new(table)),
                Ok(preview),
            );
            state.into = into;
            Dialog::ImportPreview(Box::new(state))
        }
        Err(err) => Dialog::Error {
            title: t!("clip-error"),
            message: format!(
                "{}\n{}",
                crate::exchange::words::import_error(&err),
                t!("clip-paste-help")
            ),
        },
    }
}
