//! The PDF's logical structure, built while the lines are laid out: headings, lists of people, tables
//! of figures and paragraphs, in reading order, with the outline of the sections.

use std::num::NonZeroU16;

use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::outline::{Outline, OutlineNode};
use krilla::tagging::{
    ArtifactType, Identifier, ListNumbering, TableHeaderScope, Tag, TagGroup, TagKind,
};

use super::MARGIN_X;

/// Where a run of text belongs: a node of the document's structure, or decoration a screen reader skips
/// (the running header, page numbers, headings repeated on a new page).
#[derive(Clone, Copy)]
pub(super) enum Target {
    Node(usize),
    Artifact(ArtifactType),
}

/// The kinds of structure element the documents use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Heading(u16),
    Paragraph,
    Section,
    List,
    Item,
    ItemBody,
    Table,
    Row,
    RowHeader,
    Cell,
}

pub(super) enum Child {
    Node(usize),
    /// A run of text, by its index among the content runs.
    Leaf(usize),
}

/// A structure element: its kind, children in reading order, and for headings their text and where they
/// start (for the outline).
pub(super) struct Node {
    pub(super) kind: Kind,
    pub(super) title: String,
    pub(super) children: Vec<Child>,
    pub(super) at: Option<(usize, f32)>,
}

/// The logical structure built while laying out, turned into krilla's tag tree once the pages are drawn.
#[derive(Default)]
pub(super) struct Structure {
    pub(super) nodes: Vec<Node>,
    pub(super) roots: Vec<usize>,
    pub(super) leaves: usize,
}

impl Structure {
    pub(super) fn open(&mut self, kind: Kind, title: &str, parent: Option<usize>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            title: title.to_owned(),
            children: Vec::new(),
            at: None,
        });
        match parent.and_then(|p| self.nodes.get_mut(p)) {
            Some(parent) => parent.children.push(Child::Node(id)),
            None => self.roots.push(id),
        }
        id
    }

    pub(super) fn tag(kind: Kind, title: &str) -> TagKind {
        match kind {
            Kind::Heading(level) => Tag::Hn(
                NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
                Some(title.to_owned()),
            )
            .into(),
            Kind::Paragraph => Tag::P.into(),
            Kind::Section => Tag::Section.into(),
            Kind::List => Tag::L(ListNumbering::None).into(),
            Kind::Item => Tag::LI.into(),
            Kind::ItemBody => Tag::LBody.into(),
            Kind::Table => Tag::Table.into(),
            Kind::Row => Tag::TR.into(),
            Kind::RowHeader => Tag::TH(TableHeaderScope::Row).into(),
            Kind::Cell => Tag::TD.into(),
        }
    }

    /// The tag group of node `id`, taking each leaf's identifier (each is used exactly once).
    pub(super) fn group(&self, id: usize, leaves: &mut [Option<Identifier>]) -> Option<TagGroup> {
        let node = self.nodes.get(id)?;
        let mut group = TagGroup::new(Self::tag(node.kind, &node.title));
        for child in &node.children {
            match child {
                Child::Node(child) => {
                    if let Some(child) = self.group(*child, leaves) {
                        group.push(child);
                    }
                }
                Child::Leaf(leaf) => {
                    if let Some(identifier) = leaves.get_mut(*leaf).and_then(Option::take) {
                        group.push(identifier);
                    }
                }
            }
        }
        (!group.children.is_empty()).then_some(group)
    }

    /// The outline (bookmarks): each section with its delegations, or the top-level headings of a
    /// document without sections.
    pub(super) fn outline(&self) -> (Outline, usize) {
        let entry = |node: &Node| {
            node.at.map(|(page, y)| {
                OutlineNode::new(
                    node.title.clone(),
                    XyzDestination::new(page, Point::from_xy(MARGIN_X, (y - 14.0).max(0.0))),
                )
            })
        };
        let heading_of = |id: usize| {
            self.nodes.get(id).and_then(|n| {
                n.children.iter().find_map(|c| match c {
                    Child::Node(c) => self
                        .nodes
                        .get(*c)
                        .filter(|h| matches!(h.kind, Kind::Heading(_))),
                    Child::Leaf(_) => None,
                })
            })
        };
        let mut outline = Outline::new();
        let mut entries = 0;
        for &root in &self.roots {
            let Some(node) = self.nodes.get(root) else {
                continue;
            };
            match node.kind {
                Kind::Section => {
                    let Some(mut section) = heading_of(root).and_then(entry) else {
                        continue;
                    };
                    for child in &node.children {
                        if let Child::Node(c) = child
                            && let Some(sub) = self
                                .nodes
                                .get(*c)
                                .filter(|n| n.kind == Kind::Heading(3))
                                .and_then(entry)
                        {
                            section.push_child(sub);
                        }
                    }
                    outline.push_child(section);
                    entries += 1;
                }
                Kind::Heading(_) => {
                    if let Some(entry) = entry(node) {
                        outline.push_child(entry);
                        entries += 1;
                    }
                }
                _ => {}
            }
        }
        (outline, entries)
    }
}
