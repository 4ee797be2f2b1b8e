//! A document as HTML ready to print: A4 pages, the symbol and the section heading repeated at the top of
//! each printed page of a section, every user text escaped.

use std::fmt::Write as _;

use super::document::{Block, Document, Listed};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; color: #000; max-width: 170mm; margin: 0 auto; }
.symbol { text-align: right; font-weight: bold; }
.title { text-align: center; margin: 8mm 0 6mm; }
.title .meeting { font-weight: bold; font-size: 13pt; }
.title h1 { font-size: 14pt; margin: 4mm 0 0; }
.title .lang { font-style: italic; }
.note { text-align: center; font-style: italic; }
table.section { width: 100%; border-collapse: collapse; margin-top: 6mm; page-break-inside: auto; }
table.section thead th { text-align: left; font-size: 11.5pt; padding-bottom: 2mm; border-bottom: 1px solid #000; }
table.section thead .symbol-row th { text-align: right; border: none; font-size: 9pt; font-weight: normal; }
tr.delegation td { font-weight: bold; padding-top: 3mm; text-transform: uppercase; }
tr.person td.name { padding-left: 6mm; }
tr.person td.function { padding-left: 12mm; font-style: italic; }
tr { page-break-inside: avoid; }
.mark { font-size: 9pt; border: 1px solid #000; padding: 0 1mm; margin-left: 2mm; }
table.figures td { padding: 1mm 4mm 1mm 0; }
"#;

/// The `lang` attribute for line `i` of `n` lines of a heading: several lines are the UN's trilingual
/// heading (English, French, Spanish); a single line is in the page's language.
fn line_lang(i: usize, n: usize) -> String {
    match (n > 1).then(|| ["en", "fr", "es"].get(i)).flatten() {
        Some(code) => format!(" lang=\"{code}\""),
        None => String::new(),
    }
}

/// Renders a document as a complete HTML page in its language (the page's `lang` attribute, for screen
/// readers, hyphenation and spell checkers).
pub fn render(document: &Document) -> String {
    let header = &document.header;
    let lang = header.lang;
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        escape(&header.description),
    );
    let _ = writeln!(
        html,
        "<div class=\"symbol\">{}</div>",
        escape(&header.symbol)
    );
    let _ = writeln!(html, "<div class=\"symbol\">{}</div>", escape(&header.date));
    html.push_str("<div class=\"title\">\n");
    let _ = writeln!(
        html,
        "<div class=\"meeting\">{}</div>",
        escape(&header.meeting)
    );
    let _ = writeln!(html, "<div>{}</div>", escape(&header.place_and_dates));
    for (i, line) in header.title.iter().enumerate() {
        let lang = line_lang(i, header.title.len());
        if i == 0 {
            let _ = writeln!(html, "<h1{lang}>{}</h1>", escape(line));
        } else {
            let _ = writeln!(html, "<div class=\"lang\"{lang}>{}</div>", escape(line));
        }
    }
    html.push_str("</div>\n");
    if !header.note.is_empty() {
        let _ = writeln!(html, "<p class=\"note\">{}</p>", escape(&header.note));
    }

    let mut in_section = false;
    let close = |html: &mut String, in_section: &mut bool| {
        if *in_section {
            html.push_str("</tbody></table>\n");
            *in_section = false;
        }
    };
    // The language of what follows when a block says it differs from the document's.
    let mut block_lang = String::new();
    for block in &document.blocks {
        match block {
            Block::Section(lines) => {
                close(&mut html, &mut in_section);
                // A table header repeats on every printed page the section spans.
                html.push_str("<table class=\"section\"><thead>\n");
                let _ = writeln!(
                    html,
                    "<tr class=\"symbol-row\"><th colspan=\"2\">{}</th></tr>",
                    escape(&header.symbol)
                );
                let joined: Vec<String> = lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        format!("<span{}>{}</span>", line_lang(i, lines.len()), escape(l))
                    })
                    .collect();
                let _ = writeln!(
                    html,
                    "<tr><th colspan=\"2\">{}</th></tr>",
                    joined.join("<br>")
                );
                html.push_str("</thead><tbody>\n");
                in_section = true;
            }
            Block::Delegation(name) => {
                let _ = writeln!(
                    html,
                    "<tr class=\"delegation\"><td colspan=\"2\">{}</td></tr>",
                    escape(name)
                );
            }
            Block::Person(person) => {
                let Listed {
                    name,
                    function,
                    mark,
                    role,
                } = person;
                if let Some(role) = role {
                    let _ = writeln!(
                        html,
                        "<tr class=\"role\"><td colspan=\"2\"><em>{}</em></td></tr>",
                        escape(role)
                    );
                }
                let mark = mark
                    .as_ref()
                    .map(|m| format!("<span class=\"mark\">{}</span>", escape(m)))
                    .unwrap_or_default();
                let _ = writeln!(
                    html,
                    "<tr class=\"person\"><td class=\"name\" colspan=\"2\">{}{mark}</td></tr>",
                    escape(name)
                );
                if !function.is_empty() {
                    let _ = writeln!(
                        html,
                        "<tr class=\"person\"><td class=\"function\" colspan=\"2\">{}</td></tr>",
                        escape(function)
                    );
                }
            }
            Block::Paragraph(text) => {
                close(&mut html, &mut in_section);
                let _ = writeln!(html, "<p{block_lang}>{}</p>", escape(text));
            }
            Block::Lines(lines) => {
                close(&mut html, &mut in_section);
                let lines: Vec<String> = lines.iter().map(|l| escape(l)).collect();
                let _ = writeln!(
                    html,
                    "<p class=\"lines\"{block_lang}>{}</p>",
                    lines.join("<br>")
                );
            }
            Block::Language(lang) => {
                block_lang = if *lang == header.lang {
                    String::new()
                } else {
                    format!(" lang=\"{}\"", lang.code())
                };
            }
            Block::PageBreak => {
                close(&mut html, &mut in_section);
                html.push_str("<div style=\"page-break-after: always\"></div>\n");
            }
            // Letters are printed as PDF only; an HTML page has no letterhead to keep room for.
            Block::Letterhead(_) => {}
            Block::Figures(rows) => {
                close(&mut html, &mut in_section);
                html.push_str("<table class=\"figures\">\n");
                for (label, value) in rows {
                    let _ = writeln!(
                        html,
                        "<tr><td>{}</td><td>{}</td></tr>",
                        escape(label),
                        escape(value)
                    );
                }
                html.push_str("</table>\n");
            }
        }
    }
    close(&mut html, &mut in_section);
    html.push_str("</body>\n</html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<b>\"R&D\" 'x'</b>"),
            "&lt;b&gt;&quot;R&amp;D&quot; &#39;x&#39;&lt;/b&gt;"
        );
    }
}
