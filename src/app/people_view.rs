//! The People view: every delegate of the meeting in one table (name, delegation, role, function, gender,
//! e-mail), searchable and sortable like the invitee table and laid out only where visible, so 50,000
//! people scroll as fast as 50; and the possible duplicates, each a click from its delegation. Opening a
//! person shows them in their delegation's detail.

use std::collections::{BTreeMap, BTreeSet};

use egui::{RichText, Sense};
use egui_extras::{Column, TableBuilder};

use super::grid::GridReading;

use super::action::Action;
use super::view::Cx;
use crate::model::{EntityId, Gender, PersonId, Role, words};
use crate::text::{collate_in, fold};

/// The columns, in display order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PeopleColumn {
    #[default]
    Name,
    Delegation,
    Role,
    Function,
    Gender,
    Email,
}

impl PeopleColumn {
    const ALL: [Self; 6] = [
        Self::Name,
        Self::Delegation,
        Self::Role,
        Self::Function,
        Self::Gender,
        Self::Email,
    ];

    fn label(self) -> String {
        crate::t!(match self {
            Self::Name => "col-name",
            Self::Delegation => "people-delegation",
            Self::Role => "detail-role",
            Self::Function => "detail-function",
            Self::Gender => "detail-gender",
            Self::Email => "detail-email",
        })
    }
}

/// One person as the view shows them.
#[derive(Clone, Debug)]
pub struct PersonRow {
    pub invitee: EntityId,
    pub person: PersonId,
    /// "Ms. Ana ROJAS".
    pub name: String,
    pub delegation: String,
    pub role: Role,
    pub function: String,
    pub gender: Gender,
    pub email: String,
    /// Family then given name, folded, for sorting by name.
    sort_name: String,
    /// Everything search looks at, folded.
    haystack: String,
}

/// What the People view holds between frames: the rows (rebuilt when the document changes) and the
/// filtered, sorted order (rebuilt when the search or the sort changes).
#[derive(Debug, Default)]
pub struct PeopleState {
    query: String,
    sort: PeopleColumn,
    descending: bool,
    rows: Vec<PersonRow>,
    rows_for: Option<(u64, crate::model::MeetingId, crate::i18n::Lang)>,
    visible: Vec<usize>,
    visible_dirty: bool,
    /// The people selected (Ctrl+C copies them), and where a Shift+click range starts.
    selected: BTreeSet<PersonId>,
    anchor: Option<PersonId>,
    duplicates: Vec<crate::model::Duplicate>,
    /// The ids of the rows drawn last frame: while one has the focus, the arrow keys are the table's.
    row_ids: Vec<egui::Id>,
    /// The row the keyboard moved to, to take the focus when it is drawn (a screen reader reads it).
    focus_to: Option<PersonId>,
    /// Where the table is to scroll to (the row the keyboard moved to).
    scroll_to: Option<usize>,
}

impl PeopleState {
    pub fn set_query(&mut self, query: &str) {
        if self.query != query {
            query.clone_into(&mut self.query);
            self.visible_dirty = true;
        }
    }

    /// The people shown, in order.
    pub fn visible_rows(&self) -> impl Iterator<Item = &PersonRow> {
        self.visible.iter().filter_map(|&i| self.rows.get(i))
    }

    /// Ctrl+A: everyone the search shows.
    pub fn select_all_visible(&mut self) {
        self.selected = self.visible_rows().map(|r| r.person).collect();
    }

    /// The selected people's rows, in the order shown.
    pub fn selected_rows(&self) -> impl Iterator<Item = &PersonRow> {
        self.visible_rows()
            .filter(|r| self.selected.contains(&r.person))
    }

    fn sort_by(&mut self, column: PeopleColumn) {
        super::selection::sort_by(&mut self.sort, &mut self.descending, column);
        self.visible_dirty = true;
    }

    /// Rebuilds the rows when the document, the meeting or the language changed, and the order when the
    /// search or the sort did.
    fn refresh(&mut self, cx: &Cx) {
        let lang = crate::i18n::language();
        let key = (cx.revision, cx.meeting_id(), lang);
        if self.rows_for.as_ref() != Some(&key) {
            self.rows = rows(cx);
            self.duplicates = cx
                .meeting
                .map(crate::model::possible_duplicates)
                .unwrap_or_default();
            self.rows_for = Some(key);
            self.visible_dirty = true;
        }
        if std::mem::take(&mut self.visible_dirty) {
            let needle = fold(self.query.trim());
            let mut visible: Vec<usize> = (0..self.rows.len())
                .filter(|&i| needle.is_empty() || self.rows[i].haystack.contains(&needle))
                .collect();
            let rows = &self.rows;
            visible.sort_by(|&a, &b| {
                let (a, b) = (&rows[a], &rows[b]);
                let order = match self.sort {
                    PeopleColumn::Name => a.sort_name.cmp(&b.sort_name),
                    PeopleColumn::Delegation => collate_in(lang, &a.delegation, &b.delegation),
                    PeopleColumn::Role => a.role.cmp(&b.role),
                    PeopleColumn::Function => collate_in(lang, &a.function, &b.function),
                    PeopleColumn::Gender => a.gender.cmp(&b.gender),
                    PeopleColumn::Email => a.email.cmp(&b.email),
                };
                let order = order.then_with(|| a.sort_name.cmp(&b.sort_name));
                if self.descending {
                    order.reverse()
                } else {
                    order
                }
            });
            self.visible = visible;
        }
    }
}

/// Every delegate of the meeting shown.
fn rows(cx: &Cx) -> Vec<PersonRow> {
    let Some(meeting) = cx.meeting else {
        return Vec::new();
    };
    let lang = crate::i18n::language();
    let workspace = cx.workspace;
    let mut rows = Vec::with_capacity(meeting.people());
    for (id, invitee) in &meeting.invitees {
        let delegation = workspace.name_at(meeting, id, lang).to_owned();
        for m in &invitee.delegation.members {
            let name = m.display_name();
            let haystack = [
                fold(&format!("{} {}", m.given_name, m.family_name)),
                fold(&delegation),
                fold(&m.function),
                m.email.to_lowercase(),
            ]
            .join("\n");
            rows.push(PersonRow {
                invitee: id.clone(),
                person: m.id,
                sort_name: format!(
                    "{}\u{1f}{}",
                    fold(m.family_name.trim()),
                    fold(m.given_name.trim())
                ),
                name,
                delegation: delegation.clone(),
                role: m.role,
                function: m.function.clone(),
                gender: m.gender,
                email: m.email.clone(),
                haystack,
            });
        }
    }
    rows
}

/// The People view; returns what a click on a person asks for (their form, in their delegation).
pub fn ui(ui: &mut egui::Ui, cx: &Cx, people: &mut PeopleState) -> Vec<Action> {
    people.refresh(cx);
    let mut open: Option<(EntityId, PersonId)> = None;
    ui.horizontal(|ui| {
        ui.heading(crate::t!("people-title", count = people.rows.len()));
        let label = ui.label(crate::t!("people-search"));
        let mut query = people.query.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut query)
                    .id_salt("people_search")
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
        if response.changed() {
            people.set_query(&query);
        }
        if response.lost_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter))
            && let Some(first) = people.visible_rows().next()
        {
            open = Some((first.invitee.clone(), first.person));
        }
        ui.label(crate::t!(
            "people-shown",
            shown = people.visible.len(),
            total = people.rows.len()
        ));
    });
    duplicates_ui(ui, cx, people, &mut open);
    ui.separator();
    if people.rows.is_empty() {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| ui.label(crate::t!("people-none")));
    } else {
        table_ui(ui, people, &mut open);
    }
    open.map(|(invitee, person)| Action::OpenPerson(invitee, person))
        .into_iter()
        .collect()
}

/// The possible duplicates, folded away when there are none: each entry a link to the person.
fn duplicates_ui(
    ui: &mut egui::Ui,
    cx: &Cx,
    people: &PeopleState,
    open: &mut Option<(EntityId, PersonId)>,
) {
    if people.duplicates.is_empty() {
        ui.label(RichText::new(crate::t!("people-no-duplicates")).weak());
        return;
    }
    let names: BTreeMap<(EntityId, PersonId), &PersonRow> = people
        .rows
        .iter()
        .map(|r| ((r.invitee.clone(), r.person), r))
        .collect();
    egui::CollapsingHeader::new(
        RichText::new(crate::t!(
            "people-duplicates",
            count = people.duplicates.len()
        ))
        .color(ui.visuals().warn_fg_color),
    )
    .id_salt("people_duplicates")
    .default_open(true)
    .show(ui, |ui| {
        for duplicate in &people.duplicates {
            ui.horizontal_wrapped(|ui| {
                let shared = match duplicate.shared {
                    crate::model::Shared::Email => crate::t!("people-same-email"),
                    crate::model::Shared::Function => crate::t!("people-same-function"),
                };
                ui.label(format!("{} ({shared}):", duplicate.name));
                // Twice in one delegation: each link also says the entry's role, so the two differ.
                let same_delegation = duplicate.first.0 == duplicate.second.0;
                for entry in [&duplicate.first, &duplicate.second] {
                    let delegation = names.get(entry).map_or_else(
                        || cx.name_of(&entry.0),
                        |r| {
                            if same_delegation {
                                format!("{} · {}", r.delegation, words::role(r.role))
                            } else {
                                r.delegation.clone()
                            }
                        },
                    );
                    if ui.link(delegation).clicked() {
                        *open = Some(entry.clone());
                    }
                }
            });
        }
    });
}

fn table_ui(ui: &mut egui::Ui, people: &mut PeopleState, open: &mut Option<(EntityId, PersonId)>) {
    keyboard(ui, people, open);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut sort_clicked = None;
    let mut clicked = None;
    let mut reading = GridReading::new(ui.scope_id().with("people-grid"));
    let (mut row_ids, mut focus_response) = (Vec::new(), None);
    let focus_to = people.focus_to.take();
    let scroll_to = people.scroll_to.take();
    ui.style_mut().interaction.selectable_labels = false;
    let grid_ui = ui
        .scope(|ui| {
            egui::ScrollArea::horizontal()
                .auto_shrink(false)
                .show(ui, |ui| {
                    let builder = people_builder(ui, scroll_to);
                    builder
                        .header(row_height + 2.0, |mut header| {
                            for column in PeopleColumn::ALL {
                                header.col(|ui| {
                                    reading.header_cell(ui);
                                    let label = RichText::new(column.label()).strong();
                                    if ui.add(egui::Button::new(label).frame(false)).clicked() {
                                        sort_clicked = Some(column);
                                    }
                                    if people.sort == column {
                                        super::table_view::sort_arrow(ui, people.descending);
                                    }
                                });
                            }
                        })
                        .body(|body| {
                            body.rows(row_height, people.visible.len(), |mut row| {
                                let index = row.index();
                                let Some(data) =
                                    people.visible.get(index).and_then(|&i| people.rows.get(i))
                                else {
                                    return;
                                };
                                let selected = people.selected.contains(&data.person);
                                row.set_selected(selected);
                                for text in [
                                    data.name.clone(),
                                    data.delegation.clone(),
                                    words::role(data.role),
                                    data.function.clone(),
                                    words::gender(data.gender),
                                    data.email.clone(),
                                ] {
                                    row.col(|ui| {
                                        reading.cell(ui, index, selected);
                                        ui.label(text);
                                    });
                                }
                                let response = row.response();
                                row_ids.push(response.id);
                                if focus_to == Some(data.person) {
                                    focus_response = Some(response.clone());
                                }
                                if response.double_clicked() {
                                    *open = Some((data.invitee.clone(), data.person));
                                } else if response.clicked() {
                                    response.request_focus();
                                    clicked = Some((index, response.ctx.input(|i| i.modifiers)));
                                }
                            });
                        });
                })
        })
        .response
        .id;
    reading.finish(
        ui.ctx(),
        grid_ui,
        &crate::t!("view-people"),
        people.visible.len(),
    );
    if let Some(response) = focus_response {
        response.request_focus();
    }
    people.row_ids = row_ids;
    if let Some(column) = sort_clicked {
        people.sort_by(column);
    }
    if let Some((index, modifiers)) = clicked {
        let shown: Vec<PersonId> = people.visible_rows().map(|r| r.person).collect();
        super::selection::click(
            &mut people.selected,
            &mut people.anchor,
            &shown,
            index,
            modifiers,
        );
    }
}

/// The People table's columns, scrolled to the row asked for.
fn people_builder(ui: &mut egui::Ui, scroll_to: Option<usize>) -> TableBuilder<'_> {
    let builder = TableBuilder::new(ui)
        .id_salt("people")
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(220.0).at_least(120.0).clip(true))
        .column(Column::initial(180.0).at_least(100.0).clip(true))
        .column(Column::initial(150.0).at_least(80.0).clip(true))
        .column(Column::initial(240.0).at_least(100.0).clip(true))
        .column(Column::initial(80.0).at_least(60.0).clip(true))
        .column(Column::remainder().at_least(140.0).clip(true));
    match scroll_to {
        Some(index) => builder.scroll_to_row(index, None),
        None => builder,
    }
}

/// While a row of the table has the focus, the arrow keys move the selection and Enter opens the person
/// (as a double click does).
fn keyboard(ui: &egui::Ui, people: &mut PeopleState, open: &mut Option<(EntityId, PersonId)>) {
    let focused = ui.ctx().memory(egui::Memory::focused);
    if !focused.is_some_and(|id| people.row_ids.contains(&id)) {
        return;
    }
    let (up, down, enter) = ui.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
            i.consume_key(egui::Modifiers::NONE, egui::Key::Enter),
        )
    });
    if up || down {
        // The table moves the focus with the selection: egui's own arrow-key focus move would go one
        // row further.
        ui.ctx()
            .memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        let shown: Vec<PersonId> = people.visible_rows().map(|r| r.person).collect();
        if let Some(person) =
            super::selection::step(&mut people.selected, &mut people.anchor, &shown, down)
        {
            people.scroll_to = shown.iter().position(|p| *p == person);
            people.focus_to = Some(person);
        }
    }
    if enter
        && let Some(row) = people
            .visible_rows()
            .find(|r| Some(r.person) == people.anchor)
    {
        *open = Some((row.invitee.clone(), row.person));
    }
}

impl super::selection::Counted for PeopleState {
    fn counts(&self) -> (usize, usize, usize) {
        (self.visible.len(), self.rows.len(), self.selected.len())
    }
}
