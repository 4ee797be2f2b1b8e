//! The pages written: the letterhead drawn, each page's runs (shaped on a second thread a few pages
//! ahead of the writing) handed to krilla with their tags, and the document finished.

use std::sync::Arc;

use krilla::Document as PdfDocument;
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::outline::OutlineNode;
use krilla::page::PageSettings;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag, TagTree};
use krilla::text::KrillaGlyph;

use super::face::{Faces, Style, printable};
use super::structure::Target;
use super::{Layout, MARGIN_X, PAGE_H, PAGE_W, PdfError, Placed, pdf_date, settings};
use crate::i18n::Lang;

/// The letterhead drawn at `size` (points) into a graphic a document can place on many pages.
pub(super) fn letterhead_graphic(
    surface: &mut krilla::surface::Surface<'_>,
    drawable: &crate::exchange::letterhead::Drawable,
    [w, h]: [f32; 2],
) -> Option<krilla::graphic::Graphic> {
    let size = krilla::geom::Size::from_wh(w, h)?;
    let mut builder = surface.stream_builder();
    let mut inner = builder.surface();
    match drawable {
        crate::exchange::letterhead::Drawable::Raster(image) => {
            inner.draw_image(image.clone(), size);
        }
        crate::exchange::letterhead::Drawable::Svg(tree) => {
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
pub(super) fn write(
    layout: &Layout<'_>,
    header: &crate::exchange::document::Header,
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

/// Draws the letterheads of page `number` (a letter's first page), the graphic made once and used again
/// on every letter's page: a letterhead of vectors costs its size once, not once per letter.
fn draw_letterheads(
    surface: &mut krilla::surface::Surface<'_>,
    layout: &Layout<'_>,
    number: usize,
    letterhead: &mut Option<krilla::graphic::Graphic>,
) {
    for (_, [x, y, w, h]) in layout.images.iter().filter(|(page, _)| *page == number) {
        let Some(drawable) = &layout.letterhead else {
            continue;
        };
        if letterhead.is_none() {
            *letterhead = letterhead_graphic(surface, drawable, [*w, *h]);
        }
        if let Some(graphic) = letterhead {
            surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                ArtifactType::Header,
            )));
            surface.push_transform(&krilla::geom::Transform::from_translate(*x, *y));
            surface.draw_graphic(graphic.clone());
            surface.pop();
            surface.end_tagged();
        }
    }
}

/// Writes the pages of `layout` into `pdf`, each run with the glyphs `shaped` hands over page by page,
/// noting the identifier of each run of the structure in `identifiers`.
pub(super) fn write_pages(
    layout: &Layout<'_>,
    header: &crate::exchange::document::Header,
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
        faces.get(style).draw(surface, (x, y), size, text);
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
        draw_letterheads(&mut surface, layout, number, &mut letterhead);
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
