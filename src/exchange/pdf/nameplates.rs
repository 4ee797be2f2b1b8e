//! Nameplates (issue #29): tent cards for the meeting room, one A4 landscape page per delegation, to
//! fold along the middle. The name is printed large on both halves, the upper half turned round so that
//! both sides of the fold read upright, with the seat number small on each. A long name ("United Kingdom
//! of Great Britain and Northern Ireland") wraps onto up to three lines and, if it still does not fit,
//! shrinks: it is never cut.
//!
//! The PDF is tagged and written as PDF/A-2b and PDF/UA-1 like every other: the lower half's name and
//! seat are the content a screen reader reads; the turned copy and the fold line are artifacts.

use krilla::Document as PdfDocument;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Stroke, StrokeDash};
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, SpanTag, Tag, TagGroup, TagTree,
};

use super::face::{Faces, Style, break_lines, printable};
use super::{PdfError, pdf_date, settings};
use crate::i18n::Lang;

/// A4 landscape.
const W: f32 = 841.89;
const H: f32 = 595.28;
/// The half a name is set in, upright: the lower half of the page.
const HALF: f32 = H / 2.0;
const SIDE: f32 = 56.0;
/// The largest size a name is set at, and the smallest before it would no longer be read across a room.
const LARGEST: f32 = 96.0;
const SMALLEST: f32 = 20.0;
const MOST_LINES: usize = 3;

/// One card: the delegation's name as printed and its seat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nameplate {
    pub name: String,
    pub seat: usize,
}

/// The name's lines and the size that fits them in the half: the largest size at which the name breaks
/// into at most three lines that fit the width and the half's height; at the smallest size, as many lines
/// as it takes (never cut).
fn fit(faces: &Faces, name: &str) -> (Vec<String>, f32) {
    let face = faces.get(Style::Bold);
    let width = W - 2.0 * SIDE;
    let height = HALF - 2.0 * SIDE;
    let mut size = LARGEST;
    while size > SMALLEST {
        let lines = break_lines(face, name, size, width);
        let fits_width = lines.iter().all(|l| face.width(l, size) <= width);
        if lines.len() <= MOST_LINES && fits_width && lines.len() as f32 * size * 1.15 <= height {
            return (lines, size);
        }
        size -= 2.0;
    }
    (break_lines(face, name, SMALLEST, width), SMALLEST)
}

/// Draws one half: the name's lines centred in the half whose top is at 0, and the seat number small
/// in its lower right corner. Returns nothing: the caller tags what it draws.
fn draw_half(
    surface: &mut krilla::surface::Surface<'_>,
    faces: &Faces,
    lines: &[String],
    size: f32,
    seat: &str,
    tag: &mut dyn FnMut(&mut krilla::surface::Surface<'_>, bool) -> Option<Identifier>,
) -> Vec<Identifier> {
    let face = faces.get(Style::Bold);
    let leading = size * 1.15;
    let block = leading * lines.len() as f32;
    let mut y = (HALF - block) / 2.0 + size;
    let mut ids = Vec::new();
    for line in lines {
        let x = (W - face.width(line, size)) / 2.0;
        let id = tag(surface, true);
        face.draw(surface, (x, y), size, line);
        surface.end_tagged();
        ids.extend(id);
        y += leading;
    }
    let small = faces.get(Style::Regular);
    let id = tag(surface, false);
    small.draw(
        surface,
        (W - SIDE - small.width(seat, 11.0), HALF - 24.0),
        11.0,
        seat,
    );
    surface.end_tagged();
    ids.extend(id);
    ids
}

/// The cards, one page each, in the order given (the seating order), titled `title` in the document's
/// metadata, in `lang`.
pub fn render_nameplates(
    plates: &[Nameplate],
    title: &str,
    lang: Lang,
    issued: crate::model::Date,
) -> Result<Vec<u8>, PdfError> {
    let faces = Faces::load()?;
    let mut pdf = PdfDocument::new_with(settings()?);
    let title = printable(title);
    pdf.set_metadata(
        Metadata::new()
            .title(title.clone())
            .creator("MSP Invitations".to_owned())
            .creation_date(pdf_date(issued))
            .language(lang.code().to_owned()),
    );
    let mut tree = TagTree::new().with_lang(Some(lang.code().to_owned()));
    let mut outline = Outline::new();
    for (number, plate) in plates.iter().enumerate() {
        let name = printable(&plate.name);
        let (lines, size) = fit(&faces, &name);
        let seat = plate.seat.to_string();
        let settings = PageSettings::from_wh(W, H)
            .ok_or_else(|| PdfError::Typesetting("page size".to_owned()))?;
        let mut page = pdf.start_page_with(settings);
        let mut surface = page.surface();
        // The fold: a dashed line across the middle, decoration.
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Other,
        )));
        let mut fold = PathBuilder::new();
        fold.move_to(SIDE / 2.0, HALF);
        fold.line_to(W - SIDE / 2.0, HALF);
        if let Some(path) = fold.finish() {
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke {
                width: 0.5,
                dash: Some(StrokeDash {
                    array: vec![4.0, 4.0],
                    offset: 0.0,
                }),
                ..Stroke::default()
            }));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
        surface.end_tagged();
        // The upper half, turned round about its centre: a copy, which a screen reader skips.
        surface.push_transform(&Transform::from_rotate_at(180.0, W / 2.0, HALF / 2.0));
        draw_half(&mut surface, &faces, &lines, size, &seat, &mut |s, _| {
            s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                ArtifactType::Other,
            )));
            None
        });
        surface.pop();
        // The lower half, upright: the card's content.
        surface.push_transform(&Transform::from_translate(0.0, HALF));
        let ids = draw_half(&mut surface, &faces, &lines, size, &seat, &mut |s, _| {
            let span = SpanTag {
                lang: Some(lang.code()),
                ..SpanTag::empty()
            };
            Some(s.start_tagged(ContentTag::Span(span)))
        });
        surface.pop();
        surface.finish();
        page.finish();
        let mut paragraph = TagGroup::new(Tag::P);
        for id in ids {
            paragraph.push(id);
        }
        tree.push(paragraph);
        outline.push_child(OutlineNode::new(
            format!("{seat}. {name}"),
            XyzDestination::new(number, Point::from_xy(SIDE, HALF)),
        ));
    }
    pdf.set_tag_tree(tree);
    if plates.is_empty() {
        outline.push_child(OutlineNode::new(
            title,
            XyzDestination::new(0, Point::from_xy(SIDE, 0.0)),
        ));
    }
    pdf.set_outline(outline);
    pdf.finish()
        .map_err(|err| PdfError::Typesetting(format!("{err:?}")))
}
