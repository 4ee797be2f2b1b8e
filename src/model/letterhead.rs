//! The office's letterhead: an image (SVG, PNG or JPEG) the user sets once in the workspace, printed at the
//! head of the first page of every letter. The file's own bytes are kept in the workspace as lines of
//! Base64, so the letterhead travels with the file to every officer and into the drafts' attachments;
//! `exchange::letterhead` reads a file into one and checks that it draws, `exchange::pdf` draws it. No
//! letterhead is built in: the UN emblem is the office's to supply.

use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// The kinds of image a letterhead may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImageFormat {
    Svg,
    Png,
    Jpeg,
}

impl ImageFormat {
    /// The kind of image `bytes` hold, by their first bytes (not by a file name, which can lie).
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(Self::Png);
        }
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(Self::Jpeg);
        }
        // An SVG is XML text: a declaration, comments or a doctype may come before the root element.
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
        head.contains("<svg").then_some(Self::Svg)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Svg => "SVG",
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
        }
    }
}

/// An image printed at the head of each letter's first page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letterhead {
    /// The name of the file it was read from ("unoda-geneva.svg"), to show in the Letters view.
    pub file_name: String,
    pub format: ImageFormat,
    /// The image's bytes in Base64, in lines of [`Letterhead::LINE`] characters (a text that diffs and
    /// merges line by line, and no line near the workspace's limit on a text's length).
    pub data: Vec<String>,
}

impl Letterhead {
    /// The largest image a letterhead may be, in bytes: a letterhead of a few hundred kilobytes is
    /// already generous, and every letter and draft carries it.
    pub const MAX_BYTES: usize = 2 * 1024 * 1024;

    /// The length of a line of Base64.
    pub const LINE: usize = 76;

    /// A letterhead holding `bytes`.
    pub fn new(file_name: &str, format: ImageFormat, bytes: &[u8]) -> Self {
        let text = base64::engine::general_purpose::STANDARD.encode(bytes);
        let data = text
            .as_bytes()
            .chunks(Self::LINE)
            .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
            .collect();
        Self {
            file_name: file_name.to_owned(),
            format,
            data,
        }
    }

    /// The image's bytes; `None` when the Base64 was damaged (a hand-edited file).
    pub fn bytes(&self) -> Option<Vec<u8>> {
        let text: String = self.data.iter().map(|l| l.trim()).collect();
        base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .ok()
            .filter(|b| b.len() <= Self::MAX_BYTES)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_survive_the_lines_of_base64() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        let letterhead = Letterhead::new("head.png", ImageFormat::Png, &bytes);
        assert!(letterhead.data.iter().all(|l| l.len() <= Letterhead::LINE));
        assert!(letterhead.data.len() > 10);
        assert_eq!(letterhead.bytes(), Some(bytes));
        let mut damaged = letterhead;
        damaged.data[0] = "!!!".to_owned();
        assert_eq!(damaged.bytes(), None);
    }

    #[test]
    fn images_are_known_by_their_first_bytes() {
        assert_eq!(
            ImageFormat::sniff(b"\x89PNG\r\n\x1a\nrest"),
            Some(ImageFormat::Png)
        );
        assert_eq!(
            ImageFormat::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(ImageFormat::Jpeg)
        );
        assert_eq!(
            ImageFormat::sniff(
                b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
            ),
            Some(ImageFormat::Svg)
        );
        assert_eq!(ImageFormat::sniff(b"%PDF-1.7"), None);
    }
}
