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

use std::cell::RefCell;
use std::num::NonZeroU16;
use std::sync::Arc;

use krilla::Document as PdfDocument;
use krilla::SerializeSettings;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider as _};

use super::document::{Block, Document};
use crate::i18n::Lang;

use super::fonts::{BOLD, ITALIC, REGULAR};

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
pub enum PdfError {
    /// A text holds a character the embedded fonts cannot draw (Chinese, Arabic…): PDF/A forbids the
    /// empty box a viewer would show instead, and a box in an official list is a defect anyway.
    #[error(
        "The PDF cannot print “{text}”: its font has no letter {character:?} (U+{code:04X}). Write it in Latin or Cyrillic script, or export as HTML, CSV or XLSX."
    )]
    MissingGlyph {
        text: String,
        character: char,
        code: u32,
    },
    /// Anything else krilla refused (a broken font, a standard's rule); a defect of ours.
    #[error("Could not typeset the PDF: {0}")]
    Typesetting(String),
    /// The workspace's letterhead does not draw (a hand-edited file damaged it).
    #[error(transparent)]
    Letterhead(#[from] super::letterhead::LetterheadError),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Regular,
    Bold,
    Italic,
}

/// A face for drawing (krilla), for shaping (rustybuzz) and for measuring (skrifa), from the same bytes.
struct Face {
    pdf: Font,
    metrics: FontRef<'static>,
    units_per_em: f32,
    /// Parsed once: krilla's `draw_text` parses the face and builds a shaping plan for every run, which
    /// was most of the time a 50,000-person list took.
    shaping: rustybuzz::Face<'static>,
    /// The advance of each character below U+0530 (Latin and Cyrillic), negative where the face has
    /// no glyph: measuring every word of a long list through the font's tables was a tenth of its time.
    advances: Vec<f32>,
    /// The advance of glyph 0, drawn for a character the face lacks.
    missing_advance: f32,
    /// The texts shaped lately in this document, and their glyphs: the newer and the older generation.
    shaped: RefCell<(Shaped, Shaped)>,
    /// A plan per direction and script, built the first time a run needs it.
    plans: RefCell<
        Vec<(
            rustybuzz::Direction,
            rustybuzz::Script,
            rustybuzz::ShapePlan,
        )>,
    >,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Self, PdfError> {
        let metrics =
            FontRef::new(data).map_err(|e| PdfError::Typesetting(format!("font: {e}")))?;
        let units_per_em = f32::from(
            metrics
                .metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        let pdf = Font::new(data.into(), 0)
            .ok_or_else(|| PdfError::Typesetting("font not readable".to_owned()))?;
        let shaping = rustybuzz::Face::from_slice(data, 0)
            .ok_or_else(|| PdfError::Typesetting("font not readable for shaping".to_owned()))?;
        let glyphs = metrics.glyph_metrics(Size::unscaled(), LocationRef::default());
        let missing_advance = glyphs
            .advance_width(skrifa::GlyphId::new(0))
            .unwrap_or(units_per_em * 0.5);
        let mut face = Self {
            pdf,
            metrics,
            units_per_em,
            shaping,
            advances: Vec::new(),
            missing_advance,
            shaped: RefCell::default(),
            plans: RefCell::new(Vec::new()),
        };
        face.advances = (0..0x530u32)
            .map(|code| {
                char::from_u32(code)
                    .and_then(|c| face.look_up(c))
                    .unwrap_or(-1.0)
            })
            .collect();
        Ok(face)
    }

    /// `text` shaped into glyphs, each text shaped once per document while the cache holds it: a list
    /// repeats its functions, titles and headings on every page. The cache keeps two generations: when
    /// the newer is full it becomes the older and the oldest is dropped, and a text found in the older
    /// moves to the newer; what recurs stays, and a list of 50,000 different names does not keep the
    /// glyphs of each.
    fn shaped(&self, text: &str) -> Arc<[KrillaGlyph]> {
        let mut cache = self.shaped.borrow_mut();
        let (newer, older) = &mut *cache;
        if let Some(glyphs) = newer.get(text) {
            return glyphs.clone();
        }
        let glyphs = match older.remove(text) {
            Some(glyphs) => glyphs,
            None => self.shape(text).into(),
        };
        if newer.len() >= SHAPED_KEPT {
            *older = std::mem::take(newer);
        }
        newer.insert(text.into(), glyphs.clone());
        glyphs
    }

    /// `text` shaped into glyphs as krilla's `draw_text` shapes it (no features, direction and script
    /// guessed from the text), with the face and plan kept from one run to the next.
    fn shape(&self, text: &str) -> Vec<KrillaGlyph> {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let (direction, script) = (buffer.direction(), buffer.script());
        // A text of digits and punctuation has no script: its plan is made without one, as krilla's is.
        let guessed = Some(script).filter(|s| *s != rustybuzz::script::UNKNOWN);
        let mut plans = self.plans.borrow_mut();
        let at = match plans
            .iter()
            .position(|(d, s, _)| *d == direction && *s == script)
        {
            Some(at) => at,
            None => {
                let plan = rustybuzz::ShapePlan::new(&self.shaping, direction, guessed, None, &[]);
                plans.push((direction, script, plan));
                plans.len() - 1
            }
        };
        let output = rustybuzz::shape_with_plan(&self.shaping, &plans[at].2, buffer);
        drop(plans);
        let forward = matches!(
            direction,
            rustybuzz::Direction::LeftToRight | rustybuzz::Direction::TopToBottom
        );
        let (positions, infos) = (output.glyph_positions(), output.glyph_infos());
        let em = self.pdf.units_per_em();
        infos
            .iter()
            .zip(positions)
            .enumerate()
            .map(|(i, (info, pos))| {
                // A cluster runs to where the next cluster starts, in the order the text is read.
                let start = info.cluster as usize;
                let next = if forward {
                    infos[i..]
                        .iter()
                        .find(|other| other.cluster != info.cluster)
                } else {
                    infos[..i]
                        .iter()
                        .rev()
                        .find(|other| other.cluster != info.cluster)
                };
                let end = next.map_or(text.len(), |other| other.cluster as usize);
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / em,
                    pos.x_offset as f32 / em,
                    pos.y_offset as f32 / em,
                    pos.y_advance as f32 / em,
                    start..end,
                    None,
                )
            })
            .collect()
    }

    /// The first character of `text` this face has no glyph for.
    fn missing(&self, text: &str) -> Option<char> {
        text.chars()
            .find(|&c| !c.is_whitespace() && self.advance(c).is_none())
    }

    /// The advance of `c` in font units, `None` when the face has no glyph for it. The characters
    /// of Latin and Cyrillic text are looked up once, when the face is loaded.
    fn advance(&self, c: char) -> Option<f32> {
        match self.advances.get(c as usize) {
            Some(&advance) => (advance >= 0.0).then_some(advance),
            None => self.look_up(c),
        }
    }

    fn look_up(&self, c: char) -> Option<f32> {
        let gid = self.metrics.charmap().map(c).filter(|g| g.to_u32() != 0)?;
        let glyphs = self
            .metrics
            .glyph_metrics(Size::unscaled(), LocationRef::default());
        Some(glyphs.advance_width(gid).unwrap_or(self.units_per_em * 0.5))
    }

    /// Width of `text` at `size` points, from the glyph advances.
    fn width(&self, text: &str, size: f32) -> f32 {
        let units: f32 = text
            .chars()
            .map(|c| match self.advance(c) {
                Some(advance) => advance,
                // A character without a glyph is drawn as glyph 0, the "missing" box.
                None => self.missing_advance,
            })
            .sum();
        units * size / self.units_per_em.max(1.0)
    }
}

struct Faces {
    regular: Face,
    bold: Face,
    italic: Face,
}

impl Faces {
    /// The three faces of the embedded fonts, each with its own caches.
    fn load() -> Result<Self, PdfError> {
        Ok(Self {
            regular: Face::load(REGULAR)?,
            bold: Face::load(BOLD)?,
            italic: Face::load(ITALIC)?,
        })
    }

    fn get(&self, style: Style) -> &Face {
        match style {
            Style::Regular => &self.regular,
            Style::Bold => &self.bold,
            Style::Italic => &self.italic,
        }
    }
}

/// Where a run of text belongs: a node of the document's structure, or decoration a screen reader skips
/// (the running header, page numbers, headings repeated on a new page).
#[derive(Clone, Copy)]
enum Target {
    Node(usize),
    Artifact(ArtifactType),
}

/// The kinds of structure element the documents use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Heading(u16),
    Paragraph,
    Section,
    List,
    Item,
    ItemBody,
    Table,
    Row,
    RowHeader,
    Cell,
}

enum Child {
    Node(usize),
    /// A run of text, by its index among the content runs.
    Leaf(usize),
}

/// A structure element: its kind, children in reading order, and for headings their text and where they
/// start (for the outline).
struct Node {
    kind: Kind,
    title: String,
    children: Vec<Child>,
    at: Option<(usize, f32)>,
}

/// The logical structure built while laying out, turned into krilla's tag tree once the pages are drawn.
#[derive(Default)]
struct Structure {
    nodes: Vec<Node>,
    roots: Vec<usize>,
    leaves: usize,
}

impl Structure {
    fn open(&mut self, kind: Kind, title: &str, parent: Option<usize>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            title: title.to_owned(),
            children: Vec::new(),
            at: None,
        });
        match parent.and_then(|p| self.nodes.get_mut(p)) {
            Some(parent) => parent.children.push(Child::Node(id)),
            None => self.roots.push(id),
        }
        id
    }

    fn tag(kind: Kind, title: &str) -> TagKind {
        match kind {
            Kind::Heading(level) => Tag::Hn(
                NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
                Some(title.to_owned()),
            )
            .into(),
            Kind::Paragraph => Tag::P.into(),
            Kind::Section => Tag::Section.into(),
            Kind::List => Tag::L(ListNumbering::None).into(),
            Kind::Item => Tag::LI.into(),
            Kind::ItemBody => Tag::LBody.into(),
            Kind::Table => Tag::Table.into(),
            Kind::Row => Tag::TR.into(),
            Kind::RowHeader => Tag::TH(TableHeaderScope::Row).into(),
            Kind::Cell => Tag::TD.into(),
        }
    }

    /// The tag group of node `id`, taking each leaf's identifier (each is used exactly once).
    fn group(&self, id: usize, leaves: &mut [Option<Identifier>]) -> Option<TagGroup> {
        let node = self.nodes.get(id)?;
        let mut group = TagGroup::new(Self::tag(node.kind, &node.title));
        for child in &node.children {
            match child {
                Child::Node(child) => {
                    if let Some(child) = self.group(*child, leaves) {
                        group.push(child);
                    }
                }
                Child::Leaf(leaf) => {
                    if let Some(identifier) = leaves.get_mut(*leaf).and_then(Option::take) {
                        group.push(identifier);
                    }
                }
            }
        }
        (!group.children.is_empty()).then_some(group)
    }

    /// The outline (bookmarks): each section with its delegations, or the top-level headings of a
    /// document without sections.
    fn outline(&self) -> (Outline, usize) {
        let entry = |node: &Node| {
            node.at.map(|(page, y)| {
                OutlineNode::new(
                    node.title.clone(),
                    XyzDestination::new(page, Point::from_xy(MARGIN_X, (y - 14.0).max(0.0))),
                )
            })
        };
        let heading_of = |id: usize| {
            self.nodes.get(id).and_then(|n| {
                n.children.iter().find_map(|c| match c {
                    Child::Node(c) => self
                        .nodes
                        .get(*c)
                        .filter(|h| matches!(h.kind, Kind::Heading(_))),
                    Child::Leaf(_) => None,
                })
            })
        };
        let mut outline = Outline::new();
        let mut entries = 0;
        for &root in &self.roots {
            let Some(node) = self.nodes.get(root) else {
                continue;
            };
            match node.kind {
                Kind::Section => {
                    let Some(mut section) = heading_of(root).and_then(entry) else {
                        continue;
                    };
                    for child in &node.children {
                        if let Child::Node(c) = child
                            && let Some(sub) = self
                                .nodes
                                .get(*c)
                                .filter(|n| n.kind == Kind::Heading(3))
                                .and_then(entry)
                        {
                            section.push_child(sub);
                        }
                    }
                    outline.push_child(section);
                    entries += 1;
                }
                Kind::Heading(_) => {
                    if let Some(entry) = entry(node) {
                        outline.push_child(entry);
                        entries += 1;
                    }
                }
                _ => {}
            }
        }
        (outline, entries)
    }
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

/// Breaks `text` into lines no wider than `width`, between words; a word longer than a line is split
/// between characters. A no-break space (before a French "%", between the groups of "50 000") joins
/// what it separates and stays as it is.
fn break_lines(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let breakable = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    for word in text.split(breakable).filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if face.width(&candidate, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if face.width(word, size) <= width {
            line = word.to_owned();
        } else {
            for c in word.chars() {
                let mut next = line.clone();
                next.push(c);
                if face.width(&next, size) > width && !line.is_empty() {
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                } else {
                    line = next;
                }
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Leaves out the characters that draw nothing (zero-width spaces and joiners, direction marks and
/// overrides, the byte-order mark): they have no glyph, and PDF/A forbids a glyph-less character.
fn printable(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            !(c.is_control()
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'))
        })
        .collect()
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
                        Some(Block::Person { function, role, .. }) => {
                            let function = if function.is_empty() { 0.0 } else { 15.0 };
                            let role = if role.is_some() { 18.0 } else { 0.0 };
                            15.0 + function + role
                        }
                        _ => 0.0,
                    };
                    self.delegation = None;
                    self.group(&lines, next_person);
                    self.delegation = Some(name.clone());
                    list_node = Some(self.structure.open(Kind::List, "", section_node));
                }
                Block::Person {
                    name,
                    function,
                    mark,
                    role,
                } => {
                    let list = *list_node
                        .get_or_insert_with(|| self.structure.open(Kind::List, "", section_node));
                    let name = match mark {
                        Some(mark) => format!("{name}  [{mark}]"),
                        None => name.clone(),
                    };
                    self.person(list, (role.as_deref(), &name, function));
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

/// The letterhead drawn at `size` (points) into a graphic a document can place on many pages.
fn letterhead_graphic(
    surface: &mut krilla::surface::Surface<'_>,
    drawable: &super::letterhead::Drawable,
    [w, h]: [f32; 2],
) -> Option<krilla::graphic::Graphic> {
    let size = krilla::geom::Size::from_wh(w, h)?;
    let mut builder = surface.stream_builder();
    let mut inner = builder.surface();
    match drawable {
        super::letterhead::Drawable::Raster(image) => inner.draw_image(image.clone(), size),
        super::letterhead::Drawable::Svg(tree) => {
            use krilla_svg::SurfaceExt as _;
            // Text as outlines: the letterhead's fonts are not the letter's, and need not be embedded.
            let settings = krilla_svg::SvgSettings {
                embed_text: false,
                ..krilla_svg::SvgSettings::default()
            };
            inner.draw_svg(tree, size, settings)?;
        }
    }
    inner.finish();
    Some(krilla::graphic::Graphic::new(builder.finish(), false))
}

/// Draws the laid-out pages into a PDF with its tag tree, outline and metadata.
fn write(
    layout: &Layout<'_>,
    header: &super::document::Header,
    faces: &Faces,
) -> Result<Vec<u8>, PdfError> {
    let mut pdf = PdfDocument::new_with(settings()?);
    pdf.set_metadata(
        Metadata::new()
            .title(printable(&header.description))
            .creator("MSP Invitations".to_owned())
            .creation_date(pdf_date(header.issued))
            .language(header.lang.code().to_owned()),
    );
    let mut identifiers: Vec<Option<Identifier>> = std::iter::repeat_with(|| None)
        .take(layout.structure.leaves)
        .collect();
    // The runs are shaped on a second thread, a few pages ahead of the pages being written: a long
    // list's shaping then costs no time of its own (the writing, on this thread, takes longer).
    let shaper = Faces::load()?;
    std::thread::scope(|scope| -> Result<(), PdfError> {
        let (sender, shaped) = std::sync::mpsc::sync_channel::<Vec<Arc<[KrillaGlyph]>>>(16);
        let pages = &layout.pages;
        scope.spawn(move || {
            for placed in pages {
                let glyphs = placed
                    .iter()
                    .map(|run| shaper.get(run.style).shaped(&run.text))
                    .collect();
                // The writer stopped (an error): nothing more to shape.
                if sender.send(glyphs).is_err() {
                    return;
                }
            }
        });
        write_pages(layout, header, faces, &mut pdf, &mut identifiers, &shaped)
    })?;
    let mut tree = TagTree::new().with_lang(Some(header.lang.code().to_owned()));
    for &root in &layout.structure.roots {
        if let Some(group) = layout.structure.group(root, &mut identifiers) {
            tree.push(group);
        }
    }
    pdf.set_tag_tree(tree);
    // PDF/UA asks for an outline; a document without headings gets one entry, its name.
    let (mut outline, entries) = layout.structure.outline();
    if entries == 0 {
        outline.push_child(OutlineNode::new(
            printable(&header.description),
            XyzDestination::new(0, Point::from_xy(MARGIN_X, 0.0)),
        ));
    }
    pdf.set_outline(outline);
    pdf.finish().map_err(|err| match err {
        KrillaError::Validation(errors) => PdfError::Typesetting(format!(
            "the PDF would not conform to PDF/A-2b and PDF/UA-1: {:?}",
            errors.iter().map(|(e, _)| e).collect::<Vec<_>>()
        )),
        other => PdfError::Typesetting(format!("{other:?}")),
    })
}

/// Writes the pages of `layout` into `pdf`, each run with the glyphs `shaped` hands over page by page,
/// noting the identifier of each run of the structure in `identifiers`.
fn write_pages(
    layout: &Layout<'_>,
    header: &super::document::Header,
    faces: &Faces,
    pdf: &mut PdfDocument,
    identifiers: &mut [Option<Identifier>],
    shaped: &std::sync::mpsc::Receiver<Vec<Arc<[KrillaGlyph]>>>,
) -> Result<(), PdfError> {
    let symbol = printable(&header.symbol);
    let total = layout.pages.len();
    let draw_shaped =
        |surface: &mut krilla::surface::Surface<'_>, run: &Placed, glyphs: &[KrillaGlyph]| {
            surface.draw_glyphs(
                Point::from_xy(run.x, run.y),
                glyphs,
                faces.get(run.style).pdf.clone(),
                &run.text,
                run.size,
                false,
            );
        };
    let draw = |surface: &mut krilla::surface::Surface<'_>,
                x: f32,
                y: f32,
                style: Style,
                size: f32,
                text: &str| {
        let face = faces.get(style);
        surface.draw_glyphs(
            Point::from_xy(x, y),
            &face.shaped(text),
            face.pdf.clone(),
            text,
            size,
            false,
        );
    };
    let mut letterhead: Option<krilla::graphic::Graphic> = None;
    for (number, placed) in layout.pages.iter().enumerate() {
        // Shaped on the other thread; should it have stopped, shaped here.
        let glyphs = shaped.recv().unwrap_or_else(|_| {
            placed
                .iter()
                .map(|run| faces.get(run.style).shaped(&run.text))
                .collect()
        });
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
            .ok_or_else(|| PdfError::Typesetting("page size".to_owned()))?;
        let mut page = pdf.start_page_with(settings);
        let mut surface = page.surface();
        if number > 0 && !symbol.is_empty() {
            surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                ArtifactType::Header,
            )));
            let x = PAGE_W - MARGIN_X - faces.bold.width(&symbol, 10.0);
            draw(&mut surface, x, 44.0, Style::Bold, 10.0, &symbol);
            surface.end_tagged();
        }
        for (_, [x, y, w, h]) in layout.images.iter().filter(|(page, _)| *page == number) {
            let Some(drawable) = &layout.letterhead else {
                continue;
            };
            // Drawn once into a graphic that every letter's page uses again: a letterhead of vectors
            // costs its size once, not once per letter.
            if letterhead.is_none() {
                letterhead = letterhead_graphic(&mut surface, drawable, [*w, *h]);
            }
            if let Some(graphic) = &letterhead {
                surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                    ArtifactType::Header,
                )));
                surface.push_transform(&krilla::geom::Transform::from_translate(*x, *y));
                surface.draw_graphic(graphic.clone());
                surface.pop();
                surface.end_tagged();
            }
        }
        for (run, glyphs) in placed.iter().zip(&glyphs) {
            match run.target {
                Target::Node(_) => {
                    let span = SpanTag {
                        lang: run.lang.map(Lang::code),
                        ..SpanTag::empty()
                    };
                    let identifier = surface.start_tagged(ContentTag::Span(span));
                    draw_shaped(&mut surface, run, glyphs);
                    surface.end_tagged();
                    if let Some(slot) = identifiers.get_mut(run.leaf) {
                        *slot = Some(identifier);
                    }
                }
                Target::Artifact(kind) => {
                    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
                    draw_shaped(&mut surface, run, glyphs);
                    surface.end_tagged();
                }
            }
        }
        if header.page_numbers {
            let footer = format!("{} / {total}", number + 1);
            let footer_w = faces.regular.width(&footer, 9.5);
            surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                ArtifactType::PageNumber,
            )));
            draw(
                &mut surface,
                (PAGE_W - footer_w) / 2.0,
                PAGE_H - 36.0,
                Style::Regular,
                9.5,
                &footer,
            );
            surface.end_tagged();
        }
        surface.finish();
        page.finish();
    }

    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_between_words_within_the_width() {
        let face = Face::load(REGULAR).expect("font");
        let text = "Permanent Representative, Permanent Mission of the Plurinational State of Bolivia to the United Nations Office at Geneva";
        let lines = break_lines(&face, text, 10.0, 200.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| face.width(l, 10.0) <= 200.0));
        assert_eq!(lines.join(" "), text);
        let long = break_lines(&face, &"x".repeat(200), 10.0, 100.0);
        assert!(long.len() > 1 && long.iter().all(|l| face.width(l, 10.0) <= 100.0));
    }
}
