//! The faces a PDF is set in (Liberation Serif regular, bold and italic): glyphs shaped with rustybuzz
//! and measured, and lines broken on those widths.

use std::cell::RefCell;
use std::sync::Arc;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider as _};

use super::{PdfError, SHAPED_KEPT, Shaped};
use crate::exchange::fonts::{BOLD, ITALIC, REGULAR};
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    Regular,
    Bold,
    Italic,
}

/// A face for drawing (krilla), for shaping (rustybuzz) and for measuring (skrifa), from the same bytes.
pub(super) struct Face {
    pub(super) pdf: Font,
    pub(super) metrics: FontRef<'static>,
    pub(super) units_per_em: f32,
    /// Parsed once: krilla's `draw_text` parses the face and builds a shaping plan for every run, which
    /// was most of the time a 50,000-person list took.
    pub(super) shaping: rustybuzz::Face<'static>,
    /// The advance of each character below U+0530 (Latin and Cyrillic), negative where the face has
    /// no glyph: measuring every word of a long list through the font's tables was a tenth of its time.
    pub(super) advances: Vec<f32>,
    /// The advance of glyph 0, drawn for a character the face lacks.
    pub(super) missing_advance: f32,
    /// The texts shaped lately in this document, and their glyphs: the newer and the older generation.
    pub(super) shaped: RefCell<(Shaped, Shaped)>,
    /// A plan per direction and script, built the first time a run needs it.
    pub(super) plans: RefCell<
        Vec<(
            rustybuzz::Direction,
            rustybuzz::Script,
            rustybuzz::ShapePlan,
        )>,
    >,
}

impl Face {
    pub(super) fn load(data: &'static [u8]) -> Result<Self, PdfError> {
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
    pub(super) fn shaped(&self, text: &str) -> Arc<[KrillaGlyph]> {
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
    pub(super) fn shape(&self, text: &str) -> Vec<KrillaGlyph> {
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
    pub(super) fn missing(&self, text: &str) -> Option<char> {
        text.chars()
            .find(|&c| !c.is_whitespace() && self.advance(c).is_none())
    }

    /// The advance of `c` in font units, `None` when the face has no glyph for it. The characters
    /// of Latin and Cyrillic text are looked up once, when the face is loaded.
    pub(super) fn advance(&self, c: char) -> Option<f32> {
        match self.advances.get(c as usize) {
            Some(&advance) => (advance >= 0.0).then_some(advance),
            None => self.look_up(c),
        }
    }

    pub(super) fn look_up(&self, c: char) -> Option<f32> {
        let gid = self.metrics.charmap().map(c).filter(|g| g.to_u32() != 0)?;
        let glyphs = self
            .metrics
            .glyph_metrics(Size::unscaled(), LocationRef::default());
        Some(glyphs.advance_width(gid).unwrap_or(self.units_per_em * 0.5))
    }

    /// Width of `text` at `size` points, from the glyph advances.
    /// Draws `text` in this face at `size`, its baseline starting at (`x`, `y`).
    pub(super) fn draw(
        &self,
        surface: &mut krilla::surface::Surface<'_>,
        (x, y): (f32, f32),
        size: f32,
        text: &str,
    ) {
        surface.draw_glyphs(
            krilla::geom::Point::from_xy(x, y),
            &self.shaped(text),
            self.pdf.clone(),
            text,
            size,
            false,
        );
    }

    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
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

pub(super) struct Faces {
    pub(super) regular: Face,
    pub(super) bold: Face,
    pub(super) italic: Face,
}

impl Faces {
    /// The three faces of the embedded fonts, each with its own caches.
    pub(super) fn load() -> Result<Self, PdfError> {
        Ok(Self {
            regular: Face::load(REGULAR)?,
            bold: Face::load(BOLD)?,
            italic: Face::load(ITALIC)?,
        })
    }

    pub(super) fn get(&self, style: Style) -> &Face {
        match style {
            Style::Regular => &self.regular,
            Style::Bold => &self.bold,
            Style::Italic => &self.italic,
        }
    }
}

/// Breaks `text` into lines no wider than `width`, between words; a word longer than a line is split
/// between characters. A no-break space (before a French "%", between the groups of "50 000") joins
/// what it separates and stays as it is.
pub(super) fn break_lines(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
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
pub(super) fn printable(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            !(c.is_control()
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::fonts::REGULAR;

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
