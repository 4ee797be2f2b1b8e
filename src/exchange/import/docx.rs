//! A note verbale in Word with the delegation as a table: the table whose header names what a delegates
//! file holds (a name, a function), read as one, and the note's sender ("The Permanent Mission of Norway
//! … presents its compliments") kept, for the preview to offer as the delegation when no column gives one.

use quick_xml::events::Event;

use super::{ImportError, RawTable, checked_cell};
use crate::model::limits;

/// A Word document's tables (rows of cells of text) and its paragraphs outside them.
#[derive(Default)]
struct Body {
    tables: Vec<Vec<Vec<String>>>,
    paragraphs: Vec<String>,
}

/// Reads the body of `word/document.xml`: paragraphs, and tables row by row, a cell's paragraphs joined
/// by a space. A table inside a table is read as its own.
fn body(xml: &str) -> Result<Body, ImportError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut body = Body::default();
    // The tables being read (nested ones on top), each with its rows; the cell and paragraph being read.
    let mut open: Vec<Vec<Vec<String>>> = Vec::new();
    let mut cell: Option<String> = None;
    let mut paragraph = String::new();
    let mut in_text = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|err| ImportError::Xlsx(format!("word/document.xml: {err}")))?;
        match event {
            Event::Start(tag) => match tag.local_name().as_ref() {
                "tbl" => open.push(Vec::new()),
                "tr" => {
                    if let Some(table) = open.last_mut() {
                        table.push(Vec::new());
                    }
                }
                "tc" => cell = Some(String::new()),
                "p" => paragraph.clear(),
                "t" => in_text = true,
                _ => {}
            },
            Event::Empty(tag) => match tag.local_name().as_ref() {
                "tab" | "br" | "cr" => paragraph.push(' '),
                _ => {}
            },
            Event::Text(text) if in_text => paragraph.push_str(&text.xml10_content()),
            Event::GeneralRef(reference) if in_text => {
                // An entity in a run's text: a character reference, or one of XML's own five.
                if let Ok(Some(c)) = reference.resolve_char_ref() {
                    paragraph.push(c);
                } else {
                    paragraph.push_str(match &*reference {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::End(tag) => match tag.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let text = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
                    match &mut cell {
                        Some(cell) => {
                            if !cell.is_empty() && !text.is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(&text);
                        }
                        None if open.is_empty() && !text.is_empty() => {
                            body.paragraphs.push(text);
                        }
                        None => {}
                    }
                    paragraph.clear();
                }
                "tc" => {
                    if let (Some(text), Some(row)) =
                        (cell.take(), open.last_mut().and_then(|t| t.last_mut()))
                    {
                        row.push(text);
                    }
                }
                "tbl" => {
                    if let Some(table) = open.pop() {
                        body.tables.push(table);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(body)
}

/// Reads a Word document's table of delegates: the first table whose header row maps to a delegates file
/// (a name column at least); the sender of the note, if its text names one.
pub fn read(bytes: &[u8]) -> Result<RawTable, ImportError> {
    super::check_inflated_size(bytes)?;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|err| ImportError::Xlsx(err.to_string()))?;
    let mut part = archive
        .by_name("word/document.xml")
        .map_err(|err| ImportError::Xlsx(err.to_string()))?;
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut part, &mut xml)
        .map_err(|err| ImportError::Xlsx(format!("word/document.xml: {err}")))?;
    let body = body(&xml)?;
    let count = body.tables.len();
    for rows in body.tables {
        if rows.len() > limits::MAX_IMPORT_ROWS {
            return Err(ImportError::TooBig(super::Limit::Rows {
                limit: limits::MAX_IMPORT_ROWS,
            }));
        }
        let mut checked = Vec::with_capacity(rows.len());
        for (n, row) in rows.into_iter().enumerate() {
            let mut cells = Vec::with_capacity(row.len());
            for cell in row {
                cells.push(checked_cell(&cell, n + 1)?);
            }
            checked.push(cells);
        }
        let Ok(mut table) = RawTable::from_rows(checked) else {
            continue;
        };
        if !super::mapping::names_people(&table.header) {
            continue;
        }
        table.sender = sender(&body.paragraphs);
        table.detected = "Word document, the table of the delegation".to_owned();
        return Ok(table);
    }
    Err(ImportError::NoTable { tables: count })
}

/// Who sent the note: the mission, embassy or ministry its text names ("The Permanent Mission of Norway
/// to the United Nations Office …", "La Mission permanente de la Norvège auprès de …", "La Misión
/// Permanente de Noruega ante …"): the sender as the text writes it ("Permanent Mission of Norway"), and
/// the State it names, the words that follow "of" or "de" up to "to", "auprès" or "ante". A paragraph in
/// running text is preferred to a heading in capitals.
fn sender(paragraphs: &[String]) -> Option<(String, String)> {
    let (running, headings): (Vec<&String>, Vec<&String>) = paragraphs
        .iter()
        .partition(|p| p.chars().any(char::is_lowercase));
    running
        .into_iter()
        .chain(headings)
        .find_map(|paragraph| sender_in(paragraph))
}

/// The sender a paragraph names, if it names one.
fn sender_in(paragraph: &str) -> Option<(String, String)> {
    const OPENINGS: [&str; 10] = [
        "permanent observer mission of ",
        "permanent mission of ",
        "mission permanente d'observation de ",
        "mission permanente de ",
        "misión permanente de observación de ",
        "misión permanente de ",
        "embassy of ",
        "ambassade de ",
        "embajada de ",
        "постоянное представительство ",
    ];
    const ENDINGS: [&str; 9] = [
        " to ",
        " in ",
        " auprès ",
        " à ",
        " ante ",
        " en ",
        " при ",
        " в ",
        ",",
    ];
    let lower = paragraph.to_lowercase();
    for opening in OPENINGS {
        let Some(at) = lower.find(opening) else {
            continue;
        };
        let start = at + opening.len();
        let rest = &lower[start..];
        let end = ENDINGS
            .iter()
            .filter_map(|e| rest.find(e))
            .min()
            .unwrap_or(rest.len());
        let name = paragraph.get(start..start + end)?.trim();
        let phrase = paragraph.get(at..start + end)?.trim();
        if !name.is_empty() {
            return Some((phrase.to_owned(), name.to_owned()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sender_is_the_mission_named_first() {
        let paragraphs = [
            "PERMANENT MISSION OF NORWAY TO THE UNITED NATIONS OFFICE".to_owned(),
            "The Permanent Mission of Norway to the United Nations Office presents its compliments"
                .to_owned(),
        ];
        let said = |p: &[String]| sender(p).map(|(phrase, name)| format!("{phrase} | {name}"));
        assert_eq!(
            said(&paragraphs).as_deref(),
            Some("Permanent Mission of Norway | Norway")
        );
        let french = ["La Mission permanente de la Norvège auprès de l'Office".to_owned()];
        assert_eq!(
            said(&french).as_deref(),
            Some("Mission permanente de la Norvège | la Norvège")
        );
        assert_eq!(sender(&["Dear colleagues".to_owned()]), None);
    }
}
