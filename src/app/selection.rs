//! How a click selects rows in the app's tables (the invitees, the people): alone, with Ctrl to add or
//! take one out, with Shift for the range from the last row clicked, as spreadsheets and file managers
//! do.

use std::collections::BTreeSet;

use egui::Modifiers;

/// A click on the row at `index` of `shown` (the rows in the order the table shows them). `anchor` is
/// where a Shift+click range starts; it moves to the row clicked, except on Shift+click.
pub fn click<K: Ord + Clone>(
    selection: &mut BTreeSet<K>,
    anchor: &mut Option<K>,
    shown: &[K],
    index: usize,
    modifiers: Modifiers,
) {
    let Some(clicked) = shown.get(index).cloned() else {
        return;
    };
    if modifiers.shift {
        let from_anchor = anchor
            .as_ref()
            .and_then(|a| shown.iter().position(|k| k == a))
            .unwrap_or(index);
        let (from, to) = (from_anchor.min(index), from_anchor.max(index));
        if !modifiers.command {
            selection.clear();
        }
        selection.extend(shown[from..=to].iter().cloned());
    } else if modifiers.command {
        if !selection.remove(&clicked) {
            selection.insert(clicked.clone());
        }
        *anchor = Some(clicked);
    } else {
        selection.clear();
        selection.insert(clicked.clone());
        *anchor = Some(clicked);
    }
}

/// An arrow key: the row above or below the anchor (the first row when none is) becomes the selection
/// and the anchor. Returns the row moved to, which then takes the keyboard's focus.
pub fn step<K: Ord + Clone>(
    selection: &mut BTreeSet<K>,
    anchor: &mut Option<K>,
    shown: &[K],
    down: bool,
) -> Option<K> {
    let current = anchor
        .as_ref()
        .and_then(|a| shown.iter().position(|k| k == a));
    let next = match (current, down) {
        (None, _) => 0,
        (Some(i), true) => (i + 1).min(shown.len().saturating_sub(1)),
        (Some(i), false) => i.saturating_sub(1),
    };
    let to = shown.get(next)?.clone();
    selection.clear();
    selection.insert(to.clone());
    *anchor = Some(to.clone());
    Some(to)
}

/// A click on a column's heading: sorts by it, ascending; the same column again reverses the order.
pub fn sort_by<C: PartialEq>(sort: &mut C, descending: &mut bool, column: C) {
    if *sort == column {
        *descending = !*descending;
    } else {
        *sort = column;
        *descending = false;
    }
}

/// A table's rows as the status bar counts them: how many it shows, how many there are, how many are
/// selected.
pub trait Counted {
    fn counts(&self) -> (usize, usize, usize);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicks_select_as_spreadsheets_do() {
        let shown = ["a", "b", "c", "d", "e"];
        let (mut selection, mut anchor) = (BTreeSet::new(), None);
        click(&mut selection, &mut anchor, &shown, 1, Modifiers::NONE);
        assert_eq!(selection, BTreeSet::from(["b"]));
        click(&mut selection, &mut anchor, &shown, 3, Modifiers::SHIFT);
        assert_eq!(selection, BTreeSet::from(["b", "c", "d"]));
        click(&mut selection, &mut anchor, &shown, 2, Modifiers::COMMAND);
        assert_eq!(selection, BTreeSet::from(["b", "d"]));
        click(&mut selection, &mut anchor, &shown, 4, Modifiers::COMMAND);
        assert_eq!(selection, BTreeSet::from(["b", "d", "e"]));
        click(&mut selection, &mut anchor, &shown, 0, Modifiers::NONE);
        assert_eq!(selection, BTreeSet::from(["a"]));
        click(&mut selection, &mut anchor, &shown, 9, Modifiers::NONE);
        assert_eq!(
            selection,
            BTreeSet::from(["a"]),
            "a row not shown changes nothing"
        );
    }

    #[test]
    fn arrows_step_from_the_anchor_and_stop_at_the_ends() {
        let shown = ["a", "b", "c"];
        let (mut selection, mut anchor) = (BTreeSet::new(), None);
        assert_eq!(step(&mut selection, &mut anchor, &shown, true), Some("a"));
        assert_eq!(step(&mut selection, &mut anchor, &shown, true), Some("b"));
        assert_eq!(step(&mut selection, &mut anchor, &shown, true), Some("c"));
        assert_eq!(step(&mut selection, &mut anchor, &shown, true), Some("c"));
        assert_eq!(step(&mut selection, &mut anchor, &shown, false), Some("b"));
        assert_eq!(selection, BTreeSet::from(["b"]));
        assert_eq!(
            step(&mut selection, &mut anchor, &[] as &[&str], true),
            None
        );
    }
}
