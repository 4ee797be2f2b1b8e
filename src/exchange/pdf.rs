//! A document typeset as PDF: A4, embedded Liberation Serif (Latin and Cyrillic, subset by krilla), real
//! line breaking on measured glyph widths, the symbol at the top of every page, page numbers, and a section
//! heading repeated with "(continued)" when a section runs onto the next page.
//!
//! Text is placed as text, never interpreted, so names print exactly as typed.

use krilla::Document as PdfDocument;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider as _};

use super::document::{Block, Document};

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Italic.ttf");

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 68.0;
const TOP: f32 = 86.0;
const BOTTOM: f32 = PAGE_H - 70.0;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("Could not typeset the PDF: {0}")]
pub struct PdfError(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Regular,
    Bold,
    Italic,
}

/// A face for drawing (krilla) and for measuring (skrifa), from the same bytes.
struct Face {
    pdf: Font,
    metrics: FontRef<'static>,
    units_per_em: f32,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Self, PdfError> {
        let metrics = FontRef::new(data).map_err(|e| PdfError(format!("font: {e}")))?;
        let units_per_em = metrics
            .metrics(Size::unscaled(), LocationRef::default())
            .units_per_em as f32;
        let pdf =
            Font::new(data.into(), 0).ok_or_else(|| PdfError("font not readable".to_owned()))?;
        Ok(Self {
            pdf,
            metrics,
            units_per_em,
        })
    }

    /// Width of `text` at `size` points, from the glyph advances.
    fn width(&self, text: &str, size: f32) -> f32 {
        let charmap = self.metrics.charmap();
        let glyphs = self
            .metrics
            .glyph_metrics(Size::unscaled(), LocationRef::default());
        let units: f32 = text
            .chars()
            .map(|c| {
                let gid = charmap.map(c).unwrap_or_default();
                glyphs.advance_width(gid).unwrap_or(self.units_per_em * 0.5)
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
    fn get(&self, style: Style) -> &Face {
        match style {
            Style::Regular => &self.regular,
            Style::Bold => &self.bold,
            Style::Italic => &self.italic,
        }
    }
}

/// One run of text placed on a page (x, baseline y from the top).
struct Placed {
    x: f32,
    y: f32,
    text: String,
    style: Style,
    size: f32,
}

/// Breaks `text` into lines no wider than `width`, between words; a word longer than a line is split
/// between characters.
fn break_lines(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
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

/// A line of the flow with its style, indentation and the space above it.
struct Line {
    text: String,
    style: Style,
    size: f32,
    indent: f32,
    space_before: f32,
    centered: bool,
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
    /// The heading of the section being set, repeated on a new page.
    section: Option<Vec<String>>,
    /// The delegation being set, repeated on a new page when its people run on.
    delegation: Option<String>,
}

impl Layout<'_> {
    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
        if let Some(section) = self.section.clone() {
            let lines = section_lines(self.faces, &section, true);
            for line in &lines {
                self.place(line);
            }
            self.y += 4.0;
        }
        if let Some(name) = self.delegation.clone() {
            let text = format!("{name} {}", CONTINUED[0]);
            for line in wrapped(self.faces, &text, Style::Bold, 11.0, 0.0, 9.0) {
                self.place(&line);
            }
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
        let y = self.y;
        if let Some(page) = self.pages.last_mut() {
            page.push(Placed {
                x,
                y,
                text: line.text.clone(),
                style: line.style,
                size: line.size,
            });
        }
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
) -> Vec<Line> {
    break_lines(faces.get(style), text, size, TEXT_W - indent)
        .into_iter()
        .enumerate()
        .map(|(i, text)| Line {
            text,
            style,
            size,
            indent,
            space_before: if i == 0 { space_before } else { 0.0 },
            centered: false,
        })
        .collect()
}

const CONTINUED: [&str; 3] = ["(continued)", "(suite)", "(continuación)"];

fn section_lines(faces: &Faces, heading: &[String], continued: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    for (i, text) in heading.iter().enumerate() {
        let text = if continued {
            format!("{text} {}", CONTINUED.get(i).unwrap_or(&CONTINUED[0]))
        } else {
            text.clone()
        };
        let style = if i == 0 { Style::Bold } else { Style::Italic };
        let space = if i == 0 { 14.0 } else { 0.0 };
        lines.extend(wrapped(faces, &text, style, 11.5, 0.0, space));
    }
    if let Some(last) = lines.last_mut() {
        // Rule under the heading is implied by the space that follows.
        last.size = last.size.max(11.5);
    }
    lines
}

/// Typesets a document.
pub fn render(document: &Document) -> Result<Vec<u8>, PdfError> {
    let faces = Faces {
        regular: Face::load(REGULAR)?,
        bold: Face::load(BOLD)?,
        italic: Face::load(ITALIC)?,
    };
    let mut layout = Layout {
        faces: &faces,
        pages: vec![Vec::new()],
        y: TOP,
        section: None,
        delegation: None,
    };

    // Title block.
    let header = &document.header;
    let centered = |text: &str, style: Style, size: f32, space_before: f32| Line {
        text: text.to_owned(),
        style,
        size,
        indent: 0.0,
        space_before,
        centered: true,
    };
    let mut title: Vec<Line> = Vec::new();
    if !header.meeting.is_empty() {
        title.push(centered(&header.meeting, Style::Bold, 13.0, 10.0));
    }
    if !header.place_and_dates.is_empty() {
        title.push(centered(&header.place_and_dates, Style::Regular, 11.0, 2.0));
    }
    for (i, line) in header.title.iter().enumerate() {
        let (style, size, space) = if i == 0 {
            (Style::Bold, 15.0, 16.0)
        } else {
            (Style::Italic, 11.0, 1.0)
        };
        title.push(centered(line, style, size, space));
    }
    if !header.note.is_empty() {
        title.push(centered(&header.note, Style::Italic, 10.0, 10.0));
    }
    if !title.is_empty() {
        layout.group(&title, 0.0);
        layout.y += 8.0;
    }

    let blocks = &document.blocks;
    for (index, block) in blocks.iter().enumerate() {
        match block {
            Block::Section(heading) => {
                layout.section = None;
                layout.delegation = None;
                let lines = section_lines(&faces, heading, false);
                // Keep the heading with the next delegation's name and first person.
                layout.group(&lines, 50.0);
                layout.y += 4.0;
                layout.section = Some(heading.clone());
            }
            Block::Delegation(name) => {
                let lines = wrapped(&faces, name, Style::Bold, 11.0, 0.0, 9.0);
                let next_person = match blocks.get(index + 1) {
                    Some(Block::Person { function, .. }) if !function.is_empty() => 30.0,
                    Some(Block::Person { .. }) => 15.0,
                    _ => 0.0,
                };
                layout.delegation = None;
                layout.group(&lines, next_person);
                layout.delegation = Some(name.clone());
            }
            Block::Person {
                name,
                function,
                mark,
            } => {
                let name = match mark {
                    Some(mark) => format!("{name}  [{mark}]"),
                    None => name.clone(),
                };
                let mut lines = wrapped(&faces, &name, Style::Regular, 11.0, 18.0, 3.0);
                if !function.is_empty() {
                    lines.extend(wrapped(&faces, function, Style::Italic, 10.0, 36.0, 0.0));
                }
                layout.group(&lines, 0.0);
            }
            Block::Paragraph(text) => {
                layout.section = None;
                layout.delegation = None;
                for line in wrapped(&faces, text, Style::Regular, 11.0, 0.0, 8.0) {
                    layout.group(std::slice::from_ref(&line), 0.0);
                }
            }
            Block::PageBreak => {
                layout.section = None;
                layout.delegation = None;
                layout.new_page();
            }
            Block::Figures(rows) => {
                layout.section = None;
                layout.delegation = None;
                for (label, value) in rows {
                    let lines = wrapped(&faces, label, Style::Regular, 11.0, 0.0, 3.0);
                    layout.group(&lines, 0.0);
                    // The value sits at the right, on the baseline of the label's last line.
                    let x = MARGIN_X + TEXT_W - faces.bold.width(value, 11.0);
                    let y = layout.y;
                    if let Some(page) = layout.pages.last_mut() {
                        page.push(Placed {
                            x,
                            y,
                            text: value.clone(),
                            style: Style::Bold,
                            size: 11.0,
                        });
                    }
                }
            }
        }
    }

    let total = layout.pages.len();
    let mut pdf = PdfDocument::new();
    pdf.set_metadata(
        Metadata::new()
            .title(format!(
                "{} — {}",
                header.symbol,
                header.title.first().map_or("", String::as_str)
            ))
            .creator("MSP Invitations".to_owned())
            .language("en".to_owned()),
    );
    for (number, placed) in layout.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
            .ok_or_else(|| PdfError("page size".to_owned()))?;
        let mut page = pdf.start_page_with(settings);
        let mut surface = page.surface();
        // Running header: the symbol at the top right of every page; the date under it on the first.
        let symbol_w = faces.bold.width(&header.symbol, 10.0);
        if !header.symbol.is_empty() {
            surface.draw_text(
                Point::from_xy(PAGE_W - MARGIN_X - symbol_w, 44.0),
                faces.bold.pdf.clone(),
                10.0,
                &header.symbol,
                false,
                TextDirection::Auto,
            );
        }
        if number == 0 && !header.date.is_empty() {
            let date_w = faces.regular.width(&header.date, 10.0);
            surface.draw_text(
                Point::from_xy(PAGE_W - MARGIN_X - date_w, 58.0),
                faces.regular.pdf.clone(),
                10.0,
                &header.date,
                false,
                TextDirection::Auto,
            );
        }
        for run in placed {
            surface.draw_text(
                Point::from_xy(run.x, run.y),
                faces.get(run.style).pdf.clone(),
                run.size,
                &run.text,
                false,
                TextDirection::Auto,
            );
        }
        if header.page_numbers {
            let footer = format!("{} / {total}", number + 1);
            let footer_w = faces.regular.width(&footer, 9.5);
            surface.draw_text(
                Point::from_xy((PAGE_W - footer_w) / 2.0, PAGE_H - 36.0),
                faces.regular.pdf.clone(),
                9.5,
                &footer,
                false,
                TextDirection::Auto,
            );
        }
        surface.finish();
        page.finish();
    }
    pdf.finish().map_err(|err| PdfError(format!("{err:?}")))
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
