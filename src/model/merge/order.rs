//! The order of a list changed on two sides (a delegation's protocol order, the meetings).

/// The order of a list of ids changed on two sides: a three-way merge of the sequences (diff3). Stretches
/// both sides kept as in `base` anchor it; between them, a stretch only one side changed is taken from
/// that side, a stretch both changed alike is taken once, and a stretch both changed differently is this
/// side's followed by the other side's ids that it lacks. So one side's moves and the other's both stand
/// where they do not cross, and an id moved on one side appears once, where that side put it.
pub fn merge_order<T: Clone + PartialEq>(base: &[T], mine: &[T], theirs: &[T]) -> Vec<T> {
    if base == mine || mine == theirs {
        return theirs.to_vec();
    }
    if base == theirs {
        return mine.to_vec();
    }
    let to_mine = matches(base, mine);
    let to_theirs = matches(base, theirs);
    let mut merged: Vec<T> = Vec::with_capacity(mine.len().max(theirs.len()));
    // Where the current stretch starts in base, mine and theirs.
    let mut start = (0, 0, 0);
    loop {
        // The next base item both sides kept: the end of the current stretch.
        let anchor = (start.0..base.len()).find_map(|at| match (to_mine[at], to_theirs[at]) {
            (Some(in_mine), Some(in_theirs)) if in_mine >= start.1 && in_theirs >= start.2 => {
                Some((at, in_mine, in_theirs))
            }
            _ => None,
        });
        let end = anchor.unwrap_or((base.len(), mine.len(), theirs.len()));
        let was = &base[start.0..end.0];
        let ours = &mine[start.1..end.1];
        let other = &theirs[start.2..end.2];
        if ours == was {
            merged.extend_from_slice(other);
        } else if other == was || ours == other {
            merged.extend_from_slice(ours);
        } else {
            merged.extend_from_slice(ours);
            merged.extend(other.iter().filter(|id| !ours.contains(id)).cloned());
        }
        let Some(end) = anchor else {
            break;
        };
        merged.push(base[end.0].clone());
        start = (end.0 + 1, end.1 + 1, end.2 + 1);
    }
    // An id one side moved into a stretch the other side also changed can come twice: the first stays.
    let mut once: Vec<T> = Vec::with_capacity(merged.len());
    for id in merged {
        if !once.contains(&id) {
            once.push(id);
        }
    }
    once
}

/// For each item of `base`, where it stands in `other` if it is part of their longest common
/// subsequence. Lists here are short (a delegation, the meetings), so the quadratic table is fine.
fn matches<T: PartialEq>(base: &[T], other: &[T]) -> Vec<Option<usize>> {
    let (n, m) = (base.len(), other.len());
    // lcs[i][j]: the longest common subsequence of base[i..] and other[j..].
    let mut lcs = vec![vec![0_u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if base[i] == other[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut found = vec![None; n];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if base[i] == other[j] {
            found[i] = Some(j);
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    found
}
