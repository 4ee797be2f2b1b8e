//! The fonts every document is set in, embedded in the binary: Liberation Serif (Latin and Cyrillic) in
//! regular, bold and italic. The PDF typesetter measures and embeds them; a letterhead's text is drawn
//! with them, so a letter comes out the same on every computer.

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Regular.ttf");
pub(crate) const BOLD: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Bold.ttf");
pub(crate) const ITALIC: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Italic.ttf");
