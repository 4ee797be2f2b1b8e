//! Reading back the PDFs the app writes, in Rust alone (no outside program, so `cargo test` needs nothing
//! but the toolchain): the text of each page, the number of pages, and the tagged structure a screen
//! reader follows.
#![allow(dead_code)] // each test file uses a different part of this module

/// The text of each page, in drawing order (which is reading order here: every line is one run), with
/// runs of spaces collapsed.
pub fn pages_text(bytes: &[u8]) -> Vec<String> {
    let pages = pdf_extract::extract_text_from_mem_by_pages(bytes).expect("a readable PDF");
    pages
        .into_iter()
        .map(|page| {
            page.lines()
                .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
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
    lopdf::Document::load_mem(bytes)
        .expect("a readable PDF")
        .get_pages()
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
    use lopdf::Object;
    let doc = lopdf::Document::load_mem(bytes).expect("a readable PDF");
    let catalog = doc.catalog().expect("a catalog");
    let resolve = |object: &Object| -> Object {
        match object {
            Object::Reference(id) => doc.get_object(*id).cloned().unwrap_or(Object::Null),
            other => other.clone(),
        }
    };
    let mut structure = Structure::default();
    if let Ok(mark) = catalog.get(b"MarkInfo")
        && let Object::Dictionary(mark) = resolve(mark)
    {
        structure.tagged = matches!(mark.get(b"Marked"), Ok(Object::Boolean(true)));
    }
    if let Ok(Object::String(lang, _)) = catalog.get(b"Lang").map(&resolve) {
        structure.lang = Some(String::from_utf8_lossy(&lang).into_owned());
    }
    if let Ok(metadata) = catalog.get(b"Metadata")
        && let Object::Stream(stream) = resolve(metadata)
    {
        let xmp = String::from_utf8_lossy(&stream.content).into_owned();
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
    fn walk(
        object: &Object,
        depth: usize,
        resolve: &dyn Fn(&Object) -> Object,
        out: &mut Vec<(usize, String)>,
    ) {
        match resolve(object) {
            Object::Array(kids) => {
                for kid in &kids {
                    walk(kid, depth, resolve, out);
                }
            }
            Object::Dictionary(dict) => {
                let Ok(Object::Name(kind)) = dict.get(b"S") else {
                    return; // a marked-content or object reference, not an element
                };
                out.push((depth, String::from_utf8_lossy(kind).into_owned()));
                if let Ok(kids) = dict.get(b"K") {
                    walk(kids, depth + 1, resolve, out);
                }
            }
            _ => {}
        }
    }
    if let Ok(root) = catalog.get(b"StructTreeRoot")
        && let Object::Dictionary(root) = resolve(root)
        && let Ok(kids) = root.get(b"K")
    {
        walk(kids, 0, &resolve, &mut structure.elements);
    }
    structure
}

/// Whether `text` (squeezed) holds `phrase`, however the lines broke it.
pub fn has(text: &str, phrase: &str) -> bool {
    text.contains(&squeeze(phrase))
}
