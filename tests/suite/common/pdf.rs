//! Reading back the PDFs the app writes, in Rust alone (no outside program, so `cargo test` needs nothing
//! but the toolchain): the text of each page, the number of pages, and the tagged structure a screen
//! reader follows.
#![allow(dead_code)] // each test file uses a different part of this module

use hayro_svg::hayro_interpret::font::{Glyph, GlyphRun};
use hayro_svg::hayro_interpret::hayro_cmap::BfString;
use hayro_svg::hayro_interpret::kurbo::{BezPath, Point, Rect};
use hayro_svg::hayro_interpret::{
    BlendMode, ClipPath, Context, Device, DrawMode, DrawProps, Image, ImageDrawProps,
    InterpreterCache, InterpreterSettings, SoftMask, TransformExt as _, interpret_page,
};
use hayro_svg::hayro_syntax::Pdf;
use hayro_svg::hayro_syntax::object::{self, Dict, Name, Object};

/// The text of each page, in drawing order (which is reading order here: every line is one run), with
/// runs of spaces collapsed.
///
/// Read with hayro, the PDF reader the app already uses for letterheads: its interpreter runs each page's
/// content and hands over every glyph placed, with its Unicode text from the font's `ToUnicode` map. A
/// glyph on another baseline begins a new line; a gap wider than a fifth of the font's size between two
/// glyphs on one line is a space (table cells, tab stops).
pub fn pages_text(bytes: &[u8]) -> Vec<String> {
    let pdf = Pdf::new(bytes.to_vec()).expect("a readable PDF");
    let cache = InterpreterCache::new();
    pdf.pages()
        .iter()
        .map(|page| {
            let mut glyphs = Glyphs::default();
            let (width, height) = page.render_dimensions();
            let mut context = Context::new(
                page.initial_transform(true).to_kurbo(),
                Rect::new(0.0, 0.0, f64::from(width), f64::from(height)),
                &cache,
                page.xref(),
                InterpreterSettings::default(),
            );
            interpret_page(page, &mut context, &mut glyphs);
            glyphs
                .text
                .lines()
                // Runs of spaces made one; a no-break space is a character of the text, kept.
                .map(|line| line.split_ascii_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// A page's text as its glyphs are drawn (see [`pages_text`]).
#[derive(Default)]
struct Glyphs {
    text: String,
    /// The last glyph's baseline, where it ended, and its font's size, all in page units.
    last: Option<(f64, f64, f64)>,
}

/// Only glyphs matter; paths, clips, groups and images are passed over.
impl<'a> Device<'a> for Glyphs {
    fn draw_glyph_run(&mut self, run: &GlyphRun<'_, 'a>, props: DrawProps<'a>, _: &DrawMode) {
        for glyph in run.glyphs() {
            // Glyph space is a thousandth of the font's size; the page's y grows downwards here.
            let place = props.transform * glyph.transform();
            let origin = place * Point::ORIGIN;
            let advance = match &**glyph {
                Glyph::Outline(outline) => outline.advance_width(),
                Glyph::Type3(type3) => type3.advance_width(),
            };
            let end = place * Point::new(f64::from(advance.unwrap_or(500.0)), 0.0);
            let size = (place * Point::new(0.0, 1000.0) - origin).hypot();
            let (x, y) = (origin.x, origin.y);
            if let Some((last_y, last_end, last_size)) = self.last {
                if (y - last_y).abs() > 0.4 * size.min(last_size) {
                    self.text.push('\n');
                } else if (x - last_end).abs() > 0.2 * size && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
            }
            match glyph.as_unicode() {
                Some(BfString::Char(c)) => self.text.push(c),
                Some(BfString::String(s)) => self.text.push_str(&s),
                None => self.text.push('\u{fffd}'),
            }
            self.last = Some((y, end.x, size));
        }
    }

    fn draw_path(&mut self, _: &BezPath, _: DrawProps<'a>, _: &DrawMode) {}
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_image(&mut self, _: Image<'a, '_>, _: ImageDrawProps<'a>) {}
    fn pop_clip(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// The whole text, pages separated by a form feed (as pdftotext writes them).
pub fn text(bytes: &[u8]) -> String {
    let mut text = pages_text(bytes).join("\n\u{c}");
    text.push_str("\n\u{c}");
    text
}

/// The text with every line break and run of spaces made one space, for phrases a line may break.
pub fn flat_text(bytes: &[u8]) -> String {
    text(bytes).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text without any whitespace, to find a phrase however the PDF's lines broke it (a text extractor
/// may join two lines without the space between them): compare [`squeeze`]d phrases with it.
pub fn squeezed_text(bytes: &[u8]) -> String {
    squeeze(&text(bytes))
}

/// A phrase without its whitespace, to look for in [`squeezed_text`].
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The number of pages.
pub fn pages(bytes: &[u8]) -> usize {
    Pdf::new(bytes.to_vec())
        .expect("a readable PDF")
        .pages()
        .len()
}

/// What the tagged structure says: whether the catalog marks the document as tagged, its language, and
/// each structure element's type in reading order with its depth.
#[derive(Debug, Default)]
pub struct Structure {
    pub tagged: bool,
    pub lang: Option<String>,
    pub elements: Vec<(usize, String)>,
    /// The PDF/A part and conformance the XMP metadata claims ("2", "B").
    pub pdfa: Option<(String, String)>,
    /// Whether the XMP metadata claims PDF/UA-1.
    pub pdfua: bool,
}

impl Structure {
    /// The element types alone, in reading order.
    pub fn kinds(&self) -> Vec<&str> {
        self.elements.iter().map(|(_, k)| k.as_str()).collect()
    }

    pub fn count(&self, kind: &str) -> usize {
        self.elements.iter().filter(|(_, k)| k == kind).count()
    }
}

pub fn structure(bytes: &[u8]) -> Structure {
    let pdf = Pdf::new(bytes.to_vec()).expect("a readable PDF");
    let catalog: Dict<'_> = pdf.xref().get(pdf.xref().root_id()).expect("a catalog");
    let mut structure = Structure::default();
    if let Some(mark) = catalog.get::<Dict<'_>>(b"MarkInfo") {
        structure.tagged = mark.get::<bool>(b"Marked") == Some(true);
    }
    if let Some(lang) = catalog.get::<object::String<'_>>(b"Lang") {
        structure.lang = Some(String::from_utf8_lossy(lang.as_bytes()).into_owned());
    }
    if let Some(metadata) = catalog.get::<object::Stream<'_>>(b"Metadata") {
        let xmp = String::from_utf8_lossy(&metadata.decoded().expect("XMP")).into_owned();
        let field = |name: &str| {
            let start = xmp.find(&format!("<{name}>"))? + name.len() + 2;
            let end = start + xmp.get(start..)?.find('<')?;
            xmp.get(start..end).map(str::to_owned)
        };
        if let (Some(part), Some(conformance)) = (field("pdfaid:part"), field("pdfaid:conformance"))
        {
            structure.pdfa = Some((part, conformance));
        }
        structure.pdfua = field("pdfuaid:part").as_deref() == Some("1");
    }
    fn walk(object: Object<'_>, depth: usize, out: &mut Vec<(usize, String)>) {
        match object {
            Object::Array(kids) => {
                for kid in kids.iter::<Object<'_>>() {
                    walk(kid, depth, out);
                }
            }
            Object::Dict(dict) => {
                let Some(kind) = dict.get::<Name<'_>>(b"S") else {
                    return; // a marked-content or object reference, not an element
                };
                out.push((depth, kind.as_str().to_owned()));
                if let Some(kids) = dict.get::<Object<'_>>(b"K") {
                    walk(kids, depth + 1, out);
                }
            }
            _ => {}
        }
    }
    if let Some(root) = catalog.get::<Dict<'_>>(b"StructTreeRoot")
        && let Some(kids) = root.get::<Object<'_>>(b"K")
    {
        walk(kids, 0, &mut structure.elements);
    }
    structure
}

/// Whether the first page draws a form `XObject` (a letterhead's graphic).
pub fn first_page_draws_a_graphic(bytes: &[u8]) -> bool {
    let pdf = Pdf::new(bytes.to_vec()).expect("a readable PDF");
    pdf.pages()
        .first()
        .is_some_and(|page| !page.resources().x_objects.is_empty())
}

/// Whether `text` (squeezed) holds `phrase`, however the lines broke it.
pub fn has(text: &str, phrase: &str) -> bool {
    text.contains(&squeeze(phrase))
}
