//! The invitee table: one row per invitee, filtered by search and chips, sorted by any column, with a
//! multi-selection. The rows and the filtered order are cached and rebuilt only when the document, the
//! meeting or the filter change, never per frame; only visible rows are laid out.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use egui::Modifiers;

use crate::edit::Document;
use crate::model::words;
use crate::model::{
    Category, CredentialKind, Date, EntityId, Facts, Filter, Gender, InvitationStatus, Invitee,
    Meeting, MeetingId, PersonId, Reply, Workspace,
};
use crate::text::{collate_in, fold};

/// The columns, in display order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortColumn {
    #[default]
    Name,
    Category,
    Status,
    Sent,
    Reply,
    People,
    Head,
    Credentials,
    Observer,
}

impl SortColumn {
    pub const ALL: [Self; 9] = [
        Self::Name,
        Self::Category,
        Self::Status,
        Self::Sent,
        Self::Reply,
        Self::People,
        Self::Head,
        Self::Credentials,
        Self::Observer,
    ];

    /// The column's heading in the interface language.
    pub fn label(self) -> String {
        crate::t!(match self {
            Self::Name => "col-name",
            Self::Category => "col-category",
            Self::Status => "col-invitation",
            Self::Sent => "col-sent",
            Self::Reply => "col-reply",
            Self::People => "col-people",
            Self::Head => "col-head",
            Self::Credentials => "col-credentials",
            Self::Observer => "col-observer",
        })
    }
}

/// What the table shows of one invitee, derived from the workspace.
#[derive(Clone, Debug)]
pub struct Row {
    pub id: EntityId,
    pub name: String,
    /// Folded name, old names, acronym, code and delegates' names, for search.
    haystack: String,
    /// How much of `haystack` is the invitee's own names and codes (the delegates' names follow).
    own_len: usize,
    /// Each delegate: id, and where their folded name ends in `haystack` (it starts after the one
    /// before); to say which of them a search found. Their names as shown are looked up then: a copy
    /// of each of 50,000 names in two forms was most of the table's memory.
    delegates: Vec<(PersonId, u32)>,
    pub category: Option<Category>,
    pub status: InvitationStatus,
    pub sent: Option<Date>,
    pub reply: Reply,
    pub people: usize,
    pub head: String,
    pub credentials: Option<CredentialKind>,
    pub observer: String,
    /// The head of delegation's gender, for the filter's condition.
    head_gender: Option<Gender>,
}

impl Row {
    fn build(workspace: &Workspace, meeting: &Meeting, id: &EntityId, invitee: &Invitee) -> Self {
        // The name in the interface language as the UN wrote it when the meeting opened; search finds
        // every language's name, today's and the earlier ones.
        let name = workspace
            .name_at(meeting, id, crate::i18n::language())
            .to_owned();
        let mut haystack = fold(&name);
        let mut add = |text: &str| {
            haystack.push('\n');
            haystack.push_str(&fold(text));
        };
        add(id.code());
        workspace.all_names(id).into_iter().for_each(&mut add);
        if let EntityId::Org(org) = id
            && let Some(org) = workspace.organisation(org)
        {
            add(&org.acronym);
        }
        let own_len = haystack.len();
        let mut delegates = Vec::with_capacity(invitee.delegation.members.len());
        for member in &invitee.delegation.members {
            let folded = fold(&format!("{} {}", member.given_name, member.family_name));
            haystack.push('\n');
            haystack.push_str(&folded);
            delegates.push((member.id, u32::try_from(haystack.len()).unwrap_or(u32::MAX)));
        }
        haystack.shrink_to_fit();
        let observer = if workspace.needs_observer_request(id) {
            invitee
                .observer_request
                .as_ref()
                .and_then(crate::model::ObserverRequest::step)
                .map_or_else(|| crate::t!("table-not-requested"), words::step)
        } else if matches!(id, EntityId::Org(_)) {
            crate::t!("table-standing-observer")
        } else {
            String::new()
        };
        Self {
            id: id.clone(),
            category: workspace.category(meeting, id),
            status: invitee.invitation.status,
            sent: invitee.invitation.sent,
            reply: invitee.invitation.reply,
            people: invitee.delegation.members.len(),
            head: invitee
                .delegation
                .head()
                .map(crate::model::Member::display_name)
                .unwrap_or_default(),
            credentials: invitee.delegation.credentials.as_ref().map(|c| c.kind),
            head_gender: invitee.delegation.head().map(|m| m.gender),
            observer,
            haystack,
            own_len,
            delegates,
            name,
        }
    }

    /// The delegates a search found: those whose name holds a word the invitee's own names do not,
    /// with their names as `invitee` (this row's) shows them.
    pub(super) fn found_people(
        &self,
        terms: &[String],
        invitee: Option<&Invitee>,
    ) -> Vec<(PersonId, String)> {
        let own = self.haystack.get(..self.own_len).unwrap_or_default();
        let beyond: Vec<&String> = terms.iter().filter(|t| !own.contains(t.as_str())).collect();
        if beyond.is_empty() {
            return Vec::new();
        }
        let mut start = self.own_len + 1;
        let mut found = Vec::new();
        for &(id, end) in &self.delegates {
            let end = end as usize;
            let folded = self.haystack.get(start..end).unwrap_or_default();
            start = end + 1;
            if beyond.iter().any(|t| folded.contains(t.as_str()))
                && let Some(member) = invitee.and_then(|i| i.delegation.member(id))
            {
                found.push((id, member.display_name()));
            }
        }
        found
    }

    /// What each column says of this invitee, in [`SortColumn::ALL`]'s order (the category in full), as
    /// the table shows it and Ctrl+C copies it.
    pub fn texts(&self) -> [String; 9] {
        [
            self.name.clone(),
            self.category
                .map_or_else(|| crate::t!("table-unknown"), words::category),
            words::invitation_status(self.status),
            date_text(self.sent),
            if self.status == InvitationStatus::NotInvited {
                String::new()
            } else {
                words::reply(self.reply)
            },
            self.people.to_string(),
            self.head.clone(),
            if self.credentials.is_some() {
                words::credential(self.credentials)
            } else {
                String::new()
            },
            self.observer.clone(),
        ]
    }

    fn matches(&self, terms: &[String]) -> bool {
        terms.iter().all(|t| self.haystack.contains(t.as_str()))
    }
}

/// The table's filter, sort, selection and caches.
#[derive(Debug, Default)]
pub struct TableState {
    /// The search, the chips and the further conditions.
    filter: Filter,
    /// The day "sent 30 days ago" counts from.
    today: Option<Date>,
    sort: SortColumn,
    descending: bool,
    pub(super) selection: BTreeSet<EntityId>,
    /// Where a Shift+click range starts.
    anchor: Option<EntityId>,
    /// Set by Edit › Find: the search field takes focus next frame.
    pub(crate) focus_search: bool,
    pub(super) rows: Vec<Row>,
    by_id: HashMap<EntityId, usize>,
    /// (document revision, meeting) the rows were built for.
    rows_for: Option<(u64, MeetingId)>,
    /// Indices into `rows`, filtered and sorted.
    pub(super) visible: Vec<usize>,
    visible_dirty: bool,
    category_counts: BTreeMap<Category, usize>,
    status_counts: BTreeMap<InvitationStatus, usize>,
    /// A row to scroll to next frame (keyboard moves, going to a problem).
    pub(super) scroll_to: Option<EntityId>,
    /// The invitee to select once the rows are built (a problem's invitee, say).
    reveal: Option<EntityId>,
    /// Exactly these invitees (from a dashboard bar or figure), with what they are.
    id_filter: Option<(String, BTreeSet<EntityId>)>,
    /// Set for a workspace just opened: the table starts at its first row.
    pub(super) at_top: bool,
    /// The widget ids of the rows drawn last frame: when one of them has the keyboard, the arrows and
    /// Enter are the table's.
    pub(super) row_ids: Vec<egui::Id>,
    /// The row the keyboard moved to, to take the focus when it is drawn (a screen reader then reads it).
    pub(super) focus_to: Option<EntityId>,
}

impl TableState {
    pub fn query(&self) -> &str {
        &self.filter.search
    }

    pub fn set_query(&mut self, query: &str) {
        if self.filter.search != query {
            query.clone_into(&mut self.filter.search);
            self.visible_dirty = true;
        }
    }

    pub fn categories(&self) -> &BTreeSet<Category> {
        &self.filter.categories
    }

    /// Turns a category chip on or off.
    pub fn toggle_category(&mut self, category: Category) {
        toggle(&mut self.filter.categories, category);
        self.visible_dirty = true;
    }

    pub fn statuses(&self) -> &BTreeSet<InvitationStatus> {
        &self.filter.statuses
    }

    pub fn toggle_status(&mut self, status: InvitationStatus) {
        toggle(&mut self.filter.statuses, status);
        self.visible_dirty = true;
    }

    /// Whether the table shows `id` under the filter now applied.
    pub fn shows(&self, id: &EntityId) -> bool {
        self.by_id.get(id).is_some_and(|i| self.visible.contains(i))
    }

    /// Shows the first rows next frame (a workspace just opened).
    pub(crate) fn start_at_top(&mut self) {
        self.at_top = true;
    }

    /// The delegates of `id` the search found (not the invitee's own names): the detail opens the first
    /// and the table names them beside the delegation.
    pub fn found_people(
        &self,
        id: &EntityId,
        meeting: Option<&Meeting>,
    ) -> Vec<(PersonId, String)> {
        let terms = self.terms();
        if terms.is_empty() {
            return Vec::new();
        }
        self.by_id
            .get(id)
            .and_then(|&i| self.rows.get(i))
            .map(|row| row.found_people(&terms, meeting.and_then(|m| m.invitees.get(id))))
            .unwrap_or_default()
    }

    /// The search, the chips and the further conditions now applied.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// Applies a whole filter (a saved one, the reminder list), replacing the search, the chips and the
    /// conditions, and leaving the dashboard's filter off.
    pub fn apply_filter(&mut self, filter: Filter) {
        self.filter = filter;
        self.id_filter = None;
        self.visible_dirty = true;
    }

    /// Changes the conditions beyond the search and the chips.
    pub fn change_conditions(&mut self, change: impl FnOnce(&mut Filter)) {
        let before = self.filter.clone();
        change(&mut self.filter);
        if self.filter != before {
            self.visible_dirty = true;
        }
    }

    /// The day the "sent … days ago" condition counts from.
    pub fn set_today(&mut self, today: Date) {
        if self.today != Some(today) {
            self.today = Some(today);
            self.visible_dirty = true;
        }
    }

    /// Clears search, chips and the dashboard's filter.
    pub fn clear_filters(&mut self) {
        self.filter = Filter::default();
        self.id_filter = None;
        self.visible_dirty = true;
    }

    /// Shows only these invitees, named by `label` in the toolbar.
    pub fn set_id_filter(&mut self, label: String, ids: BTreeSet<EntityId>) {
        self.id_filter = Some((label, ids));
        self.visible_dirty = true;
    }

    pub fn clear_id_filter(&mut self) {
        self.id_filter = None;
        self.visible_dirty = true;
    }

    /// What the dashboard's filter shows, if one is on.
    pub fn id_filter_label(&self) -> Option<&str> {
        self.id_filter.as_ref().map(|(label, _)| label.as_str())
    }

    /// Forgets the cached rows (their texts are in the interface language, which changed).
    pub fn invalidate(&mut self) {
        self.rows_for = None;
    }

    pub fn sort(&self) -> (SortColumn, bool) {
        (self.sort, self.descending)
    }

    /// Sorts by a column; sorting by the same column again reverses the order.
    pub fn sort_by(&mut self, column: SortColumn) {
        super::selection::sort_by(&mut self.sort, &mut self.descending, column);
        self.visible_dirty = true;
    }

    pub fn selection(&self) -> &BTreeSet<EntityId> {
        &self.selection
    }

    /// The one selected invitee, if exactly one is.
    pub fn selected_one(&self) -> Option<&EntityId> {
        if self.selection.len() == 1 {
            self.selection.first()
        } else {
            None
        }
    }

    pub fn clear_selection(&mut self) {
        self.selection.clear();
        self.anchor = None;
    }

    pub fn select_only(&mut self, id: &EntityId) {
        self.selection.clear();
        self.selection.insert(id.clone());
        self.anchor = Some(id.clone());
        self.scroll_to = Some(id.clone());
    }

    /// Selects the first invitee the table shows (Enter in the search).
    pub(crate) fn select_first_visible(&mut self) {
        let first = self.visible_rows().next().map(|r| r.id.clone());
        if let Some(id) = first {
            self.select_only(&id);
        }
    }

    /// Selects an invitee and clears any filter that would hide it.
    pub(crate) fn reveal(&mut self, id: &EntityId) {
        self.reveal = Some(id.clone());
        self.select_only(id);
    }

    /// Ctrl+A: every invitee the current filter shows.
    pub fn select_all_visible(&mut self) {
        self.selection = self
            .visible
            .iter()
            .filter_map(|&i| self.rows.get(i))
            .map(|r| r.id.clone())
            .collect();
    }

    /// The rows shown, in order (after [`TableState::refresh`]).
    pub fn visible_rows(&self) -> impl Iterator<Item = &Row> {
        self.visible.iter().filter_map(|&i| self.rows.get(i))
    }

    pub fn visible_len(&self) -> usize {
        self.visible.len()
    }

    pub fn total_len(&self) -> usize {
        self.rows.len()
    }

    /// How many invitees each category chip would show, given the search and the status chips.
    pub fn category_count(&self, category: Category) -> usize {
        self.category_counts.get(&category).copied().unwrap_or(0)
    }

    pub fn status_count(&self, status: InvitationStatus) -> usize {
        self.status_counts.get(&status).copied().unwrap_or(0)
    }

    /// Brings the caches up to date with the document and the filter. Cheap when nothing changed.
    pub fn refresh(&mut self, doc: &Document, meeting_id: &MeetingId) {
        let workspace = doc.workspace();
        let Some(meeting) = workspace.meeting(meeting_id) else {
            self.rows.clear();
            self.by_id.clear();
            self.visible.clear();
            self.rows_for = None;
            return;
        };
        let key = (doc.revision(), meeting_id.clone());
        if self.rows_for.as_ref() != Some(&key) {
            let patched = self.rows_for
                == Some((doc.revision().wrapping_sub(1), meeting_id.clone()))
                && self.patch_rows(doc, meeting_id);
            if !patched {
                self.rows = meeting
                    .invitees
                    .iter()
                    .map(|(id, invitee)| Row::build(workspace, meeting, id, invitee))
                    .collect();
                self.by_id = self
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.id.clone(), i))
                    .collect();
            }
            self.rows_for = Some(key);
            self.visible_dirty = true;
            let known = &self.by_id;
            self.selection.retain(|id| known.contains_key(id));
        }
        if let Some(id) = self.reveal.take() {
            if let Some(&i) = self.by_id.get(&id)
                && let Some(row) = self.rows.get(i)
                && !(self.passes_chips(row) && row.matches(&self.terms()))
            {
                self.clear_filters();
            }
            self.scroll_to = Some(id);
        }
        if self.visible_dirty {
            self.recompute_visible();
            self.visible_dirty = false;
            // A new order or filter keeps the invitee selected in view (it may have moved far off).
            if self.scroll_to.is_none()
                && let Some(id) = self.selected_one()
            {
                self.scroll_to = Some(id.clone());
            }
        }
    }

    /// Rebuilds only the rows the last change touched; `false` if that is not possible.
    fn patch_rows(&mut self, doc: &Document, meeting_id: &MeetingId) -> bool {
        let Some(touched) = doc.last_touched() else {
            return false;
        };
        let workspace = doc.workspace();
        let Some(meeting) = workspace.meeting(meeting_id) else {
            return false;
        };
        for (m, id) in touched {
            if m != meeting_id {
                continue;
            }
            let (Some(&i), Some(invitee)) = (self.by_id.get(id), meeting.invitees.get(id)) else {
                return false; // added or removed: the row set changed
            };
            if let Some(row) = self.rows.get_mut(i) {
                *row = Row::build(workspace, meeting, id, invitee);
            }
        }
        true
    }

    pub(super) fn terms(&self) -> Vec<String> {
        fold(&self.filter.search)
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    }

    fn passes_chips(&self, row: &Row) -> bool {
        self.passes_categories(row) && self.passes_statuses(row) && self.passes_conditions(row)
    }

    fn passes_conditions(&self, row: &Row) -> bool {
        let facts = Facts {
            reply: row.reply,
            sent: row.sent,
            head_gender: row.head_gender,
        };
        let today = self
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        self.filter.passes_conditions(facts, today)
    }

    fn passes_categories(&self, row: &Row) -> bool {
        let categories = &self.filter.categories;
        categories.is_empty() || row.category.is_some_and(|c| categories.contains(&c))
    }

    fn passes_statuses(&self, row: &Row) -> bool {
        self.filter.statuses.is_empty() || self.filter.statuses.contains(&row.status)
    }

    fn recompute_visible(&mut self) {
        let terms = self.terms();
        self.category_counts.clear();
        self.status_counts.clear();
        let mut visible = Vec::new();
        for (i, row) in self.rows.iter().enumerate() {
            if !row.matches(&terms) || !self.passes_conditions(row) {
                continue;
            }
            if let Some((_, ids)) = &self.id_filter
                && !ids.contains(&row.id)
            {
                continue;
            }
            let by_category = self.passes_categories(row);
            let by_status = self.passes_statuses(row);
            if by_status && let Some(category) = row.category {
                *self.category_counts.entry(category).or_default() += 1;
            }
            if by_category {
                *self.status_counts.entry(row.status).or_default() += 1;
            }
            if by_category && by_status {
                visible.push(i);
            }
        }
        let rows = &self.rows;
        let (column, descending) = (self.sort, self.descending);
        let lang = crate::i18n::language();
        let collate = |a: &str, b: &str| collate_in(lang, a, b);
        visible.sort_by(|&a, &b| {
            let (Some(a), Some(b)) = (rows.get(a), rows.get(b)) else {
                return std::cmp::Ordering::Equal;
            };
            let by_column = match column {
                SortColumn::Name => std::cmp::Ordering::Equal,
                SortColumn::Category => a.category.cmp(&b.category),
                SortColumn::Status => a.status.cmp(&b.status),
                SortColumn::Sent => a.sent.cmp(&b.sent),
                SortColumn::Reply => a.reply.cmp(&b.reply),
                SortColumn::People => a.people.cmp(&b.people),
                SortColumn::Head => collate(&a.head, &b.head),
                SortColumn::Credentials => a.credentials.cmp(&b.credentials),
                SortColumn::Observer => collate(&a.observer, &b.observer),
            };
            let by_name = || collate_in(lang, &a.name, &b.name).then_with(|| a.id.cmp(&b.id));
            // Descending order reverses the chosen column; ties stay in alphabetical order.
            match (column, descending) {
                (SortColumn::Name, false) => by_name(),
                (SortColumn::Name, true) => by_name().reverse(),
                (_, false) => by_column.then_with(by_name),
                (_, true) => by_column.reverse().then_with(by_name),
            }
        });
        self.visible = visible;
    }

    /// Moves the selection up or down by one row (arrow keys); the row moved to takes the focus.
    pub(super) fn move_selection(&mut self, down: bool) {
        let shown: Vec<EntityId> = self.visible_rows().map(|r| r.id.clone()).collect();
        if let Some(id) =
            super::selection::step(&mut self.selection, &mut self.anchor, &shown, down)
        {
            self.scroll_to = Some(id.clone());
            self.focus_to = Some(id);
        }
    }

    /// A click on a row: alone, with Ctrl (toggle) or with Shift (range from the anchor).
    pub(super) fn click(&mut self, index: usize, modifiers: Modifiers) {
        let shown: Vec<EntityId> = self.visible_rows().map(|r| r.id.clone()).collect();
        super::selection::click(
            &mut self.selection,
            &mut self.anchor,
            &shown,
            index,
            modifiers,
        );
    }
}

fn date_text(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Puts `value` in `set`, or takes it out if it is there.
fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

impl super::selection::Counted for TableState {
    fn counts(&self) -> (usize, usize, usize) {
        (self.visible.len(), self.rows.len(), self.selection.len())
    }
}
