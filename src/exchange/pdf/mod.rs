//! A document typeset as PDF: A4, embedded Liberation Serif (Latin and Cyrillic, subset by krilla), real
//! line breaking on measured glyph widths, the symbol at the top of every page, page numbers, and a section
//! heading repeated with "(continued)" when a section runs onto the next page.
//!
//! Every PDF is tagged and written as PDF/A-2b and PDF/UA-1, which krilla validates as it writes (an export
//! that would break either standard fails instead of producing a file): the logical structure (headings,
//! the delegations' people as lists, figures as a table, paragraphs) in reading order, each line's language
//! (the trilingual headings say which line is French or Spanish), an outline of the sections, and the
//! running header, page numbers and repeated headings marked as artifacts, so that a screen reader reads
//! the List of Participants once, as a list.
//!
//! Text is placed as text, never interpreted, so names print exactly as typed.

use std::sync::Arc;

use krilla::SerializeSettings;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::tagging::ArtifactType;
use krilla::text::KrillaGlyph;

use super::document::{Block, Document};
use crate::i18n::Lang;

mod face;
mod nameplates;
mod structure;
mod write;

use face::{Faces, Style, break_lines, printable};
use structure::{Child, Kind, Structure, Target};
use write::write;

pub use nameplates::{Nameplate, render_nameplates};

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 68.0;
const TOP: f32 = 86.0;
const BOTTOM: f32 = PAGE_H - 70.0;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
/// How many shaped texts each generation of a face's cache keeps (a few megabytes).
const SHAPED_KEPT: usize = 4096;

/// Shaped texts and their glyphs.
type Shaped = rustc_hash::FxHashMap<Box<str>, Arc<[KrillaGlyph]>>;

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum PdfError {
    /// A text holds a character the embedded fonts cannot draw (Chinese, Arabic…): PDF/A forbids the
    /// empty box a viewer would show instead, and a box in an official list is a defect anyway.
    MissingGlyph {
        text: String,
        character: char,
        code: u32,
    },
    /// Anything else krilla refused (a broken font, a standard's rule); a defect of ours.
    Typesetting(String),
    /// The workspace's letterhead does not draw (a hand-edited file damaged it).
    #[error(transparent)]
    Letterhead(#[from] super::letterhead::LetterheadError),
}

/// One run of text placed on a page (x, baseline y from the top).
struct Placed {
    x: f32,
    y: f32,
    text: String,
    style: Style,
    size: f32,
    target: Target,
    lang: Option<Lang>,
    /// Its index among the content runs (unused for artifacts).
    leaf: usize,
}

/// A line of the flow with its style, indentation, the space above it, and where it belongs.
struct Line {
    text: String,
    style: Style,
    size: f32,
    indent: f32,
    space_before: f32,
    centered: bool,
    target: Target,
    /// The line's language when it differs from the document's (the French line of a heading).
    lang: Option<Lang>,
}

impl Line {
    fn height(&self) -> f32 {
        self.space_before + self.size * 1.25
    }
}

/// Lays out lines on pages; starts a new page when the next group does not fit, repeating the section
/// heading there.
struct Layout<'a> {
    faces: &'a Faces,
    pages: Vec<Vec<Placed>>,
    y: f32,
    structure: Structure,
    /// The heading of the section being set, repeated on a new page.
    section: Option<Vec<String>>,
    /// The delegation being set, repeated on a new page when its people run on.
    delegation: Option<String>,
    /// The first text no font can draw.
    error: Option<PdfError>,
    /// The language of the lines being set when a block said it differs from the document's.
    lang: Option<Lang>,
    /// The document's language: what a delegation or a one-line heading carried onto the next page is
    /// marked "(continued)" in.
    doc_lang: Lang,
    /// The letterhead, decoded once for every letter of the document.
    letterhead: Option<super::letterhead::Drawable>,
    /// Where the letterhead goes: the page, and its box (left, top, width, height).
    images: Vec<(usize, [f32; 4])>,
}

/// The top of a letterhead on its page, and the most it may take: a band across the text's width.
const LETTERHEAD_TOP: f32 = 30.0;
const LETTERHEAD_MAX_H: f32 = 84.0;

impl Layout<'_> {
    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
        let repeated = Target::Artifact(ArtifactType::PaginationOther);
        if let Some(section) = self.section.clone() {
            let lines = section_lines(self.faces, &section, Some(self.doc_lang), repeated);
            for line in &lines {
                self.place(line);
            }
            self.y += 4.0;
        }
        if let Some(name) = self.delegation.clone() {
            let text = format!("{name} {}", continued(self.doc_lang));
            for line in wrapped(self.faces, &text, Style::Bold, 11.0, 0.0, 9.0, repeated) {
                self.place(&line);
            }
        }
    }

    /// Puts a run on the current page, registering it in the structure.
    fn put(&mut self, mut run: Placed) {
        if self.error.is_none()
            && let Some(character) = self.faces.get(run.style).missing(&run.text)
        {
            self.error = Some(PdfError::MissingGlyph {
                text: run.text.clone(),
                character,
                code: u32::from(character),
            });
        }
        if let Target::Node(node) = run.target {
            run.leaf = self.structure.leaves;
            self.structure.leaves += 1;
            let page = self.pages.len().saturating_sub(1);
            if let Some(node) = self.structure.nodes.get_mut(node) {
                node.children.push(Child::Leaf(run.leaf));
                node.at.get_or_insert((page, run.y));
            }
        }
        if let Some(page) = self.pages.last_mut() {
            page.push(run);
        }
    }

    fn place(&mut self, line: &Line) {
        self.y += line.height();
        let face = self.faces.get(line.style);
        let x = if line.centered {
            MARGIN_X + (TEXT_W - face.width(&line.text, line.size)) / 2.0
        } else {
            MARGIN_X + line.indent
        };
        self.put(Placed {
            x,
            y: self.y,
            text: line.text.clone(),
            style: line.style,
            size: line.size,
            target: line.target,
            lang: line.lang.or(self.lang),
            leaf: 0,
        });
    }

    /// Places lines that must stay together; `keep` more points must fit below them (the start of what
    /// follows, so a heading never ends a page).
    fn group(&mut self, lines: &[Line], keep: f32) {
        let height: f32 = lines.iter().map(Line::height).sum();
        if self.y + height + keep > BOTTOM && self.y > TOP + 1.0 {
            self.new_page();
        }
        for line in lines {
            self.place(line);
        }
    }
}

fn wrapped(
    faces: &Faces,
    text: &str,
    style: Style,
    size: f32,
    indent: f32,
    space_before: f32,
    target: Target,
) -> Vec<Line> {
    break_lines(faces.get(style), &printable(text), size, TEXT_W - indent)
        .into_iter()
        .enumerate()
        .map(|(i, text)| Line {
            text,
            style,
            size,
            indent,
            space_before: if i == 0 { space_before } else { 0.0 },
            centered: false,
            target,
            lang: None,
        })
        .collect()
}

/// "(continued)" in `lang`, after a heading or a delegation carried onto the next page.
fn continued(lang: Lang) -> String {
    crate::i18n::tr_in(lang, "doc-continued", &[])
}

/// The language of line `i` of `n` lines of a heading or title: several lines are the UN's trilingual
/// heading (English, French, Spanish); a single line is in the document's language.
fn line_lang(i: usize, n: usize) -> Option<Lang> {
    if n > 1 {
        [Lang::En, Lang::Fr, Lang::Es].get(i).copied()
    } else {
        None
    }
}

/// The lines of a section heading; `continued_in` (the document's language) when it is repeated on a
/// new page, each line then marked "(continued)" in its own language.
fn section_lines(
    faces: &Faces,
    heading: &[String],
    continued_in: Option<Lang>,
    target: Target,
) -> Vec<Line> {
    let mut lines = Vec::new();
    for (i, text) in heading.iter().enumerate() {
        let lang = line_lang(i, heading.len());
        let text = match continued_in {
            Some(document) => format!("{text} {}", continued(lang.unwrap_or(document))),
            None => text.clone(),
        };
        let style = if i == 0 { Style::Bold } else { Style::Italic };
        let space = if i == 0 { 14.0 } else { 0.0 };
        lines.extend(
            wrapped(faces, &text, style, 11.5, 0.0, space, target)
                .into_iter()
                .map(|line| Line { lang, ..line }),
        );
    }
    lines
}

/// A day as the PDF's metadata writes it (PDF/A asks for a date; the document's own keeps the bytes the same
/// for the same document).
fn pdf_date(date: crate::model::Date) -> krilla::metadata::DateTime {
    use chrono::Datelike as _;
    // Month and day always fit; a year beyond u16 is no date a document has.
    krilla::metadata::DateTime::new(u16::try_from(date.year()).unwrap_or(2000))
        .month(u8::try_from(date.month()).unwrap_or(1))
        .day(u8::try_from(date.day()).unwrap_or(1))
}

/// The PDF's settings: tagged, PDF/A-2b and PDF/UA-1, validated by krilla as it writes.
fn settings() -> Result<SerializeSettings, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_B)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|err| PdfError::Typesetting(format!("{err:?}")))?;
    Ok(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    })
}

/// Typesets a document: lays it out on pages, building its structure, then writes the tagged PDF.
pub fn render(document: &Document) -> Result<Vec<u8>, PdfError> {
    let faces = Faces::load()?;
    let mut layout = Layout {
        faces: &faces,
        pages: vec![Vec::new()],
        y: TOP,
        structure: Structure::default(),
        section: None,
        delegation: None,
        error: None,
        lang: None,
        doc_lang: document.header.lang,
        letterhead: None,
        images: Vec::new(),
    };
    layout.title_block(&document.header);
    layout.blocks(&document.blocks);
    if let Some(err) = layout.error.take() {
        return Err(err);
    }
    write(&layout, &document.header, &faces)
}

impl Layout<'_> {
    /// The symbol and date at the top right of the first page, and the centred title block.
    fn title_block(&mut self, header: &super::document::Header) {
        let symbol = printable(&header.symbol);

        // The symbol and date at the top right of the first page are content; on later pages the symbol is
        // a running header.
        for (text, style, y) in [
            (symbol.clone(), Style::Bold, 44.0),
            (printable(&header.date), Style::Regular, 58.0),
        ] {
            if text.is_empty() {
                continue;
            }
            let node = self.structure.open(Kind::Paragraph, "", None);
            self.put(Placed {
                x: PAGE_W - MARGIN_X - self.faces.get(style).width(&text, 10.0),
                y,
                text,
                style,
                size: 10.0,
                target: Target::Node(node),
                lang: None,
                leaf: 0,
            });
        }

        // Title block.
        let mut title: Vec<Line> = Vec::new();
        let mut centered =
            |text: &str, style: Style, size: f32, space_before: f32, node: usize, lang| {
                title.push(Line {
                    text: printable(text),
                    style,
                    size,
                    indent: 0.0,
                    space_before,
                    centered: true,
                    target: Target::Node(node),
                    lang,
                });
            };
        if !header.meeting.is_empty() {
            let node = self.structure.open(Kind::Paragraph, "", None);
            centered(&header.meeting, Style::Bold, 13.0, 10.0, node, None);
        }
        if !header.place_and_dates.is_empty() {
            let node = self.structure.open(Kind::Paragraph, "", None);
            centered(
                &header.place_and_dates,
                Style::Regular,
                11.0,
                2.0,
                node,
                None,
            );
        }
        if let Some(first) = header.title.first() {
            let node = self.structure.open(Kind::Heading(1), first, None);
            for (i, line) in header.title.iter().enumerate() {
                let (style, size, space) = if i == 0 {
                    (Style::Bold, 15.0, 16.0)
                } else {
                    (Style::Italic, 11.0, 1.0)
                };
                let lang = line_lang(i, header.title.len());
                centered(line, style, size, space, node, lang);
            }
        }
        if !header.note.is_empty() {
            let node = self.structure.open(Kind::Paragraph, "", None);
            centered(&header.note, Style::Italic, 10.0, 10.0, node, None);
        }
        if !title.is_empty() {
            self.group(&title, 0.0);
            self.y += 8.0;
        }
    }

    /// A person as an item of the delegation's `list`: the part they have when the list marks it (in
    /// italics), the name, the function line, kept together.
    fn person(&mut self, list: usize, (role, name, function): (Option<&str>, &str, &str)) {
        let item = self.structure.open(Kind::Item, "", Some(list));
        let body = Target::Node(self.structure.open(Kind::ItemBody, "", Some(item)));
        let mut lines = Vec::new();
        if let Some(role) = role {
            lines.extend(wrapped(
                self.faces,
                role,
                Style::Italic,
                10.0,
                18.0,
                5.0,
                body,
            ));
        }
        let space = if role.is_some() { 0.0 } else { 3.0 };
        lines.extend(wrapped(
            self.faces,
            name,
            Style::Regular,
            11.0,
            18.0,
            space,
            body,
        ));
        if !function.is_empty() {
            lines.extend(wrapped(
                self.faces,
                function,
                Style::Italic,
                10.0,
                36.0,
                0.0,
                body,
            ));
        }
        self.group(&lines, 0.0);
    }

    /// Lines kept together as one paragraph: an address block or a signature.
    fn lines(&mut self, lines: &[String]) {
        let node = Target::Node(self.structure.open(Kind::Paragraph, "", None));
        let mut set = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let space = if i == 0 { 12.0 } else { 0.0 };
            set.extend(wrapped(
                self.faces,
                line,
                Style::Regular,
                11.0,
                0.0,
                space,
                node,
            ));
        }
        self.group(&set, 0.0);
        self.y += 4.0;
    }

    /// The letterhead at the head of the current page, centred and fitted into a band across the text's
    /// width; the text goes on below it.
    fn letterhead(&mut self, letterhead: &crate::model::Letterhead) {
        if self.letterhead.is_none() {
            match super::letterhead::drawable(letterhead) {
                Ok(drawable) => self.letterhead = Some(drawable),
                Err(err) => {
                    self.error.get_or_insert(PdfError::Letterhead(err));
                    return;
                }
            }
        }
        let Some(drawable) = &self.letterhead else {
            return;
        };
        let (w, h) = drawable.size();
        let scale = (TEXT_W / w).min(LETTERHEAD_MAX_H / h);
        let (w, h) = (w * scale, h * scale);
        let page = self.pages.len().saturating_sub(1);
        self.images
            .push((page, [MARGIN_X + (TEXT_W - w) / 2.0, LETTERHEAD_TOP, w, h]));
        // Room for it: the text starts below it, however tall it is within its band.
        self.y = self.y.max(LETTERHEAD_TOP + h);
    }

    /// The blocks in reading order: sections with their delegations and people, paragraphs, figures.
    fn blocks(&mut self, blocks: &[Block]) {
        // The section being set, and the list its current delegation's people go in.
        let mut section_node: Option<usize> = None;
        let mut list_node: Option<usize> = None;
        for (index, block) in blocks.iter().enumerate() {
            match block {
                Block::Section(heading) => {
                    self.section = None;
                    self.delegation = None;
                    let section = self.structure.open(Kind::Section, "", None);
                    let first = heading.first().map_or("", String::as_str);
                    let node = self.structure.open(Kind::Heading(2), first, Some(section));
                    let lines = section_lines(self.faces, heading, None, Target::Node(node));
                    // Keep the heading with the next delegation's name and first person.
                    self.group(&lines, 50.0);
                    self.y += 4.0;
                    self.section = Some(heading.clone());
                    section_node = Some(section);
                    list_node = None;
                }
                Block::Delegation(name) => {
                    let level = if section_node.is_some() { 3 } else { 2 };
                    let node = self
                        .structure
                        .open(Kind::Heading(level), name, section_node);
                    let lines = wrapped(
                        self.faces,
                        name,
                        Style::Bold,
                        11.0,
                        0.0,
                        9.0,
                        Target::Node(node),
                    );
                    // Keep the name with the first person whole: the role line, the name, the function.
                    let next_person = match blocks.get(index + 1) {
                        Some(Block::Person(person)) => {
                            let function = if person.function.is_empty() {
                                0.0
                            } else {
                                15.0
                            };
                            let role = if person.role.is_some() { 18.0 } else { 0.0 };
                            15.0 + function + role
                        }
                        _ => 0.0,
                    };
                    self.delegation = None;
                    self.group(&lines, next_person);
                    self.delegation = Some(name.clone());
                    list_node = Some(self.structure.open(Kind::List, "", section_node));
                }
                Block::Person(person) => {
                    let list = *list_node
                        .get_or_insert_with(|| self.structure.open(Kind::List, "", section_node));
                    let name = match &person.mark {
                        Some(mark) => format!("{}  [{mark}]", person.name),
                        None => person.name.clone(),
                    };
                    self.person(list, (person.role.as_deref(), &name, &person.function));
                }
                Block::Paragraph(text) => {
                    self.section = None;
                    self.delegation = None;
                    section_node = None;
                    list_node = None;
                    let node = Target::Node(self.structure.open(Kind::Paragraph, "", None));
                    for line in wrapped(self.faces, text, Style::Regular, 11.0, 0.0, 8.0, node) {
                        self.group(std::slice::from_ref(&line), 0.0);
                    }
                }
                Block::Lines(lines) => {
                    self.section = None;
                    self.delegation = None;
                    section_node = None;
                    list_node = None;
                    self.lines(lines);
                }
                Block::Language(lang) => self.lang = Some(*lang),
                Block::Letterhead(letterhead) => self.letterhead(letterhead),
                Block::PageBreak => {
                    self.section = None;
                    self.delegation = None;
                    section_node = None;
                    list_node = None;
                    self.new_page();
                }
                Block::Figures(rows) => {
                    self.section = None;
                    self.delegation = None;
                    section_node = None;
                    list_node = None;
                    let table = self.structure.open(Kind::Table, "", None);
                    for (label, value) in rows {
                        let row = self.structure.open(Kind::Row, "", Some(table));
                        let label_cell = self.structure.open(Kind::RowHeader, "", Some(row));
                        let value_cell = self.structure.open(Kind::Cell, "", Some(row));
                        let lines = wrapped(
                            self.faces,
                            label,
                            Style::Regular,
                            11.0,
                            0.0,
                            3.0,
                            Target::Node(label_cell),
                        );
                        self.group(&lines, 0.0);
                        // The value sits at the right, on the baseline of the label's last line.
                        let value = printable(value);
                        self.put(Placed {
                            x: MARGIN_X + TEXT_W - self.faces.bold.width(&value, 11.0),
                            y: self.y,
                            text: value,
                            style: Style::Bold,
                            size: 11.0,
                            target: Target::Node(value_cell),
                            lang: None,
                            leaf: 0,
                        });
                    }
                }
            }
        }
    }
}
