//! The office's letterhead, from the file the user chooses to what a letter draws: an SVG, PNG or JPEG
//! is kept as it is; a one-page PDF is turned into SVG once, when it is set (hayro), since an archival
//! PDF may not embed another PDF. A letterhead that does not draw is refused when it is set, and said
//! before any letter is written when a hand-edited file damaged it.

use std::path::Path;

use krilla::image::Image;

use crate::model::{ImageFormat, Letterhead};

/// Why a file cannot be the letterhead.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum LetterheadError {
    Read {
        path: std::path::PathBuf,
        #[source]
        source: crate::storage::ReadError,
    },
    NotAnImage,
    PdfPages {
        pages: usize,
    },
    Pdf,
    Image(String),
    Damaged,
}

/// Reads the file at `path` as a letterhead: an SVG, PNG or JPEG image, or a one-page PDF (turned into
/// SVG). Refused when it is larger than [`Letterhead::MAX_BYTES`] or does not draw.
pub fn read(path: &Path) -> Result<Letterhead, LetterheadError> {
    let bytes =
        crate::storage::read_regular(path, Letterhead::MAX_BYTES as u64).map_err(|source| {
            LetterheadError::Read {
                path: path.to_owned(),
                source,
            }
        })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    from_bytes(&name, &bytes)
}

/// A letterhead from a file's bytes; `name` is the file's name, shown in the Letters view.
pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Letterhead, LetterheadError> {
    let letterhead = if bytes.starts_with(b"%PDF-") {
        let svg = pdf_to_svg(bytes)?;
        Letterhead::new(name, ImageFormat::Svg, svg.as_bytes())
    } else {
        let format = ImageFormat::sniff(bytes).ok_or(LetterheadError::NotAnImage)?;
        Letterhead::new(name, format, bytes)
    };
    if letterhead.bytes().is_none() {
        return Err(LetterheadError::Image(format!(
            "it is larger than {} bytes",
            Letterhead::MAX_BYTES
        )));
    }
    drawable(&letterhead)?;
    Ok(letterhead)
}

/// The only page of a PDF as SVG, its text drawn as outlines; the standard fonts a PDF may name without
/// embedding them are drawn with the app's own (Liberation Serif).
fn pdf_to_svg(bytes: &[u8]) -> Result<String, LetterheadError> {
    use hayro_svg::hayro_interpret::InterpreterSettings;
    use hayro_svg::hayro_interpret::font::FontQuery;
    use hayro_svg::hayro_syntax::Pdf;
    let pdf = Pdf::new(bytes.to_vec()).map_err(|_| LetterheadError::Pdf)?;
    let pages = pdf.pages();
    if pages.len() != 1 {
        return Err(LetterheadError::PdfPages { pages: pages.len() });
    }
    let page = pages.first().ok_or(LetterheadError::Pdf)?;
    let settings = InterpreterSettings {
        font_resolver: std::sync::Arc::new(|query| {
            let name = match query {
                FontQuery::Standard(font) => format!("{font:?}"),
                FontQuery::Fallback(_) => String::new(),
            };
            let data: &'static [u8] = if name.contains("Bold") {
                super::fonts::BOLD
            } else if name.contains("Italic") || name.contains("Oblique") {
                super::fonts::ITALIC
            } else {
                super::fonts::REGULAR
            };
            Some((std::sync::Arc::new(data), 0))
        }),
        ..InterpreterSettings::default()
    };
    let cache = hayro_svg::RenderCache::new();
    let svg = hayro_svg::convert(
        page,
        &cache,
        &settings,
        &hayro_svg::SvgRenderSettings::default(),
    );
    Ok(cropped(&svg))
}

/// An SVG cut to what it draws: a letterhead made as a page (an A4 with the office's name at its top)
/// keeps its drawing, not the blank page below it, so that it fills the letter's band.
fn cropped(svg: &str) -> String {
    let Ok(tree) = usvg::Tree::from_str(svg, &svg_options()) else {
        return svg.to_owned();
    };
    let bounds = tree.root().abs_stroke_bounding_box();
    let (x, y, w, h) = (bounds.x(), bounds.y(), bounds.width(), bounds.height());
    if !(w > 1.0 && h > 1.0) {
        return svg.to_owned();
    }
    // The page's own SVG, placed as it is inside one whose view is the drawing's bounds.
    let inner = svg.trim_start_matches(|c: char| c != '<');
    let inner = match inner.strip_prefix("<?xml") {
        Some(rest) => rest.split_once("?>").map_or(rest, |(_, body)| body),
        None => inner,
    };
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="{x} {y} {w} {h}">{inner}</svg>"#
    )
}

/// How an SVG is read: its text drawn with the app's fonts, never the system's, so that a letter comes
/// out the same on every computer.
fn svg_options() -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    let database = options.fontdb_mut();
    for font in [
        super::fonts::REGULAR,
        super::fonts::BOLD,
        super::fonts::ITALIC,
    ] {
        database.load_font_data(font.to_vec());
    }
    database.set_serif_family("Liberation Serif");
    database.set_sans_serif_family("Liberation Serif");
    options.font_family = "Liberation Serif".to_owned();
    options
}

/// A letterhead ready to draw, with its size in points at 72 per inch (an image's pixels count as points:
/// the letter scales it to fit its box anyway).
pub(crate) enum Drawable {
    Raster(Image),
    Svg(Box<usvg::Tree>),
}

impl Drawable {
    /// Width and height, in the image's own units.
    pub(crate) fn size(&self) -> (f32, f32) {
        match self {
            Self::Raster(image) => {
                let (w, h) = image.size();
                (w as f32, h as f32)
            }
            Self::Svg(tree) => (tree.size().width(), tree.size().height()),
        }
    }
}

/// The letterhead decoded for drawing, or why it cannot be.
pub(crate) fn drawable(letterhead: &Letterhead) -> Result<Drawable, LetterheadError> {
    let bytes = letterhead.bytes().ok_or(LetterheadError::Damaged)?;
    let drawable = match letterhead.format {
        ImageFormat::Png => Image::from_png(bytes.into(), false)
            .map(Drawable::Raster)
            .map_err(LetterheadError::Image)?,
        ImageFormat::Jpeg => Image::from_jpeg(bytes.into(), false)
            .map(Drawable::Raster)
            .map_err(LetterheadError::Image)?,
        ImageFormat::Svg => usvg::Tree::from_data(&bytes, &svg_options())
            .map(|tree| Drawable::Svg(Box::new(tree)))
            .map_err(|e| LetterheadError::Image(e.to_string()))?,
    };
    let (w, h) = drawable.size();
    if !(w.is_finite() && h.is_finite() && w > 0.0 && h > 0.0) {
        return Err(LetterheadError::Image("it has no size".to_owned()));
    }
    Ok(drawable)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" viewBox="0 0 400 60"><rect x="0" y="0" width="60" height="60" fill="#4b92db"/><text x="80" y="38" font-family="Arial" font-size="20">United Nations</text></svg>"##;

    #[test]
    fn an_svg_is_kept_and_draws() {
        let letterhead = from_bytes("head.svg", SVG.as_bytes()).expect("an SVG letterhead");
        assert_eq!(letterhead.format, ImageFormat::Svg);
        assert_eq!(letterhead.bytes().as_deref(), Some(SVG.as_bytes()));
        let (w, h) = drawable(&letterhead).expect("draws").size();
        assert!((w - 400.0).abs() < 0.1 && (h - 60.0).abs() < 0.1, "{w}×{h}");
    }

    /// An A4 PDF of `pages` pages, each drawing one band near its top, as a letterhead made in a word
    /// processor would: written here object by object, with its cross-reference table.
    fn letterhead_pdf(pages: usize) -> Vec<u8> {
        let content = "0 0.3 0.6 rg 100 760 395 50 re f";
        let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", i + 4)).collect();
        let mut objects = vec![
            "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
            format!(
                "<< /Type /Pages /Kids [{}] /Count {pages} >>",
                kids.join(" ")
            ),
            format!(
                "<< /Length {} >>\nstream\n{content}\nendstream",
                content.len()
            ),
        ];
        for _ in 0..pages {
            objects.push(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"
                    .to_owned(),
            );
        }
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
        }
        let xref = pdf.len();
        pdf.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
        );
        for offset in offsets {
            pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        pdf
    }

    #[test]
    fn a_one_page_pdf_becomes_a_drawing_cut_to_what_it_draws() {
        let letterhead = from_bytes("head.pdf", &letterhead_pdf(1)).expect("a PDF letterhead");
        assert_eq!(letterhead.format, ImageFormat::Svg);
        let (w, h) = drawable(&letterhead).expect("draws").size();
        // The band, not the A4 page it sits on.
        assert!((w - 395.0).abs() < 2.0 && (h - 50.0).abs() < 2.0, "{w}×{h}");
        assert!(matches!(
            from_bytes("two.pdf", &letterhead_pdf(2)),
            Err(LetterheadError::PdfPages { pages: 2 })
        ));
    }

    #[test]
    fn what_is_no_image_is_refused() {
        assert!(matches!(
            from_bytes("notes.txt", b"just text"),
            Err(LetterheadError::NotAnImage)
        ));
        assert!(matches!(
            from_bytes("broken.png", b"\x89PNG\r\n\x1a\nbroken"),
            Err(LetterheadError::Image(_))
        ));
        assert!(matches!(
            from_bytes("broken.pdf", b"%PDF-1.7 nothing"),
            Err(LetterheadError::Pdf)
        ));
    }
}
