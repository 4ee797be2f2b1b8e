//! The dashboard: invitees by category and invitation status as stacked bars, replies over time, the
//! figures that matter (delegations, people, gender balance, days left) and who has not answered. Clicking
//! a bar segment or a figure shows exactly those invitees in the table.

use std::collections::BTreeSet;

use num_traits::ToPrimitive as _;

use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Plot, PlotPoint};

use super::action::Action;
use super::view::Cx;
use crate::model::words;
use crate::model::{
    Category, Date, EntityId, Gender, InvitationStatus, Meeting, Reply, Role, Workspace,
};
use crate::t;

/// Where an invitee's invitation stands, for the stacked bars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bucket {
    NotInvited,
    NoReply,
    Accepted,
    Declined,
    Withdrawn,
}

impl Bucket {
    const ALL: [Self; 5] = [
        Self::NotInvited,
        Self::NoReply,
        Self::Accepted,
        Self::Declined,
        Self::Withdrawn,
    ];

    fn label(self) -> String {
        match self {
            Self::NotInvited => t!("bucket-not-invited"),
            Self::NoReply => t!("bucket-no-reply"),
            Self::Accepted => t!("bucket-accepted"),
            Self::Declined => t!("bucket-declined"),
            Self::Withdrawn => t!("bucket-withdrawn"),
        }
    }

    fn color(self) -> Color32 {
        match self {
            Self::NotInvited => Color32::from_rgb(170, 170, 170),
            Self::NoReply => Color32::from_rgb(230, 160, 40),
            Self::Accepted => Color32::from_rgb(60, 150, 80),
            Self::Declined => Color32::from_rgb(200, 70, 60),
            Self::Withdrawn => Color32::from_rgb(110, 110, 160),
        }
    }

    fn of(status: InvitationStatus, reply: Reply) -> Self {
        match (status, reply) {
            (InvitationStatus::NotInvited, _) => Self::NotInvited,
            (InvitationStatus::Withdrawn, _) => Self::Withdrawn,
            (InvitationStatus::Invited, Reply::NoReply) => Self::NoReply,
            (InvitationStatus::Invited, Reply::Accepted) => Self::Accepted,
            (InvitationStatus::Invited, Reply::Declined) => Self::Declined,
        }
    }
}

/// One segment of the stacked bars, where it was drawn, and who is in it.
#[derive(Clone, Debug)]
pub struct BarSegment {
    pub category: Category,
    pub bucket: Bucket,
    pub ids: BTreeSet<EntityId>,
    /// Where it was drawn last frame, for clicks (and for tests that click it).
    pub rect: egui::Rect,
}

impl BarSegment {
    pub fn label(&self) -> String {
        format!(
            "{}: {}",
            words::category_chip(self.category),
            self.bucket.label().to_lowercase()
        )
    }
}

fn segments(workspace: &Workspace, meeting: &Meeting) -> Vec<BarSegment> {
    let mut segments = Vec::new();
    for category in Category::ALL {
        for bucket in Bucket::ALL {
            let ids: BTreeSet<EntityId> = meeting
                .invitees
                .iter()
                .filter(|(id, i)| {
                    workspace.category(meeting, id) == Some(category)
                        && Bucket::of(i.invitation.status, i.invitation.reply) == bucket
                })
                .map(|(id, _)| id.clone())
                .collect();
            if !ids.is_empty() {
                segments.push(BarSegment {
                    category,
                    bucket,
                    ids,
                    rect: egui::Rect::NOTHING,
                });
            }
        }
    }
    segments
}

fn days_between(from: Date, to: Date) -> i64 {
    (to - from).num_days()
}

/// "Opening: in 12 days", "Registration deadline: today", "Opening: 3 days ago".
fn days_text(days: i64, what: &str) -> String {
    match days {
        0 => t!("dash-today", what = what.to_owned()),
        1 => t!("dash-tomorrow", what = what.to_owned()),
        d if d > 0 => t!("dash-in-days", what = what.to_owned(), days = d),
        -1 => t!("dash-yesterday", what = what.to_owned()),
        d => t!("dash-days-ago", what = what.to_owned(), days = -d),
    }
}

/// The dashboard; returns what a click on a figure or a bar asks for (the table, showing exactly those
/// invitees). `segments` keeps the bars as drawn, where a pointer finds them.
pub fn ui(ui: &mut Ui, cx: &Cx, segments: &mut Vec<BarSegment>) -> Vec<Action> {
    // Borrowed, not cloned: a workspace of 50,000 people is not copied every frame.
    let Some(meeting) = cx.meeting else {
        ui.label(t!("dash-no-meeting"));
        return Vec::new();
    };
    let mut filter: Option<(String, BTreeSet<EntityId>)> = None;
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.heading(t!("dash-at-a-glance", meeting = meeting.short_name.clone()));
            attendance(ui, cx, meeting);
            let unanswered = figures(ui, meeting, cx.today, &mut filter);
            ui.add_space(8.0);
            *segments = category_bars(ui, cx.workspace, meeting, &mut filter);
            ui.add_space(8.0);
            replies_chart(ui, meeting);
            ui.add_space(8.0);
            unanswered_list(ui, (cx.workspace, meeting), &unanswered, &mut filter);
        });
    filter
        .map(|(label, ids)| Action::ShowOnly(label, ids))
        .into_iter()
        .collect()
}

/// A figure's click asks the table to show exactly these invitees, under this label.
type Filter = Option<(String, BTreeSet<EntityId>)>;

/// The figures, each a button that shows those invitees, and the days left. Returns the invitees who
/// have not answered.
fn figures(ui: &mut Ui, meeting: &Meeting, today: Date, filter: &mut Filter) -> BTreeSet<EntityId> {
    let delegations: BTreeSet<EntityId> = meeting
        .invitees
        .iter()
        .filter(|(_, i)| !i.delegation.is_empty())
        .map(|(id, _)| id.clone())
        .collect();
    let members: Vec<(&EntityId, &crate::model::Member)> = meeting
        .invitees
        .iter()
        .flat_map(|(id, i)| i.delegation.members.iter().map(move |m| (id, m)))
        .collect();
    let women: BTreeSet<EntityId> = members
        .iter()
        .filter(|(_, m)| m.gender == Gender::Female)
        .map(|(id, _)| (*id).clone())
        .collect();
    let genders = crate::model::GenderCount::of(members.iter().map(|(_, m)| m.gender));
    let not_stated: BTreeSet<EntityId> = members
        .iter()
        .filter(|(_, m)| m.gender == Gender::Unknown)
        .map(|(id, _)| (*id).clone())
        .collect();
    let head_genders = crate::model::GenderCount::of(
        members
            .iter()
            .filter(|(_, m)| m.role == Role::HeadOfDelegation)
            .map(|(_, m)| m.gender),
    );
    let women_heads: BTreeSet<EntityId> = members
        .iter()
        .filter(|(_, m)| m.role == Role::HeadOfDelegation && m.gender == Gender::Female)
        .map(|(id, _)| (*id).clone())
        .collect();
    let unanswered: BTreeSet<EntityId> = meeting
        .invitees
        .iter()
        .filter(|(_, i)| {
            i.invitation.status == InvitationStatus::Invited && i.invitation.reply == Reply::NoReply
        })
        .map(|(id, _)| id.clone())
        .collect();
    // Delegations whose members are known but whose designating note or letter has not come: the
    // official list cannot name them yet.
    let undesignated: BTreeSet<EntityId> = meeting
        .invitees
        .iter()
        .filter(|(_, i)| !i.delegation.is_empty() && i.designation.is_none())
        .map(|(id, _)| id.clone())
        .collect();
    // The share of women among those whose gender is stated.
    let percent = |count: crate::model::GenderCount| {
        count.women_percent().map_or_else(
            || "—".to_owned(),
            |p| crate::i18n::percent_in(crate::i18n::language(), p, 0),
        )
    };
    ui.horizontal_wrapped(|ui| {
        let mut figure = |ui: &mut Ui, text: String, label: &str, ids: &BTreeSet<EntityId>| {
            if ui
                .add(egui::Button::new(RichText::new(text).size(15.0)))
                .on_hover_text(t!("dash-show-these"))
                .clicked()
            {
                *filter = Some((label.to_owned(), ids.clone()));
            }
        };
        figure(
            ui,
            t!("plural-delegations", count = delegations.len()),
            &t!("dash-filter-delegations"),
            &delegations,
        );
        figure(
            ui,
            t!("dash-people", count = members.len()),
            &t!("dash-filter-delegations"),
            &delegations,
        );
        figure(
            ui,
            t!(
                "dash-women",
                count = genders.women,
                stated = genders.stated,
                percent = percent(genders)
            ),
            &t!("dash-filter-women"),
            &women,
        );
        if genders.not_stated > 0 {
            figure(
                ui,
                t!("dash-not-stated", count = genders.not_stated),
                &t!("dash-filter-not-stated"),
                &not_stated,
            );
        }
        figure(
            ui,
            t!(
                "dash-women-heads",
                count = head_genders.women,
                heads = head_genders.stated,
                percent = percent(head_genders)
            ),
            &t!("dash-filter-women-heads"),
            &women_heads,
        );
        figure(
            ui,
            t!("dash-unanswered", count = unanswered.len()),
            &t!("dash-filter-unanswered"),
            &unanswered,
        );
        figure(
            ui,
            t!("dash-undesignated", count = undesignated.len()),
            &t!("dash-filter-undesignated"),
            &undesignated,
        );
    });
    timing(ui, meeting, today);

    unanswered
}

/// Where the meeting stands in time: the days to the registration deadline and the opening; during the
/// meeting which day it is; after it, that it was held.
fn timing(ui: &mut Ui, meeting: &Meeting, today: Date) {
    ui.horizontal(|ui| {
        let dates = || {
            crate::exchange::document::date_range_in(
                crate::i18n::language(),
                meeting.opening,
                meeting.closing,
            )
        };
        if today > meeting.closing {
            // Counting days to an opening long past says nothing: the meeting was held.
            ui.label(t!("dash-held", dates = dates()));
            return;
        }
        if today >= meeting.opening {
            ui.label(t!(
                "dash-in-session",
                dates = dates(),
                day = days_between(meeting.opening, today) + 1,
                days = days_between(meeting.opening, meeting.closing) + 1
            ));
            return;
        }
        if let Some(deadline) = meeting.registration_deadline {
            ui.label(days_text(
                days_between(today, deadline),
                &t!("dash-deadline"),
            ));
            ui.separator();
        }
        ui.label(days_text(
            days_between(today, meeting.opening),
            &t!("dash-opening"),
        ));
    });
}

/// Invitees by category and where their invitation stands, as stacked bars; a click on a segment shows
/// those invitees. Returns where each segment was drawn.
fn category_bars(
    ui: &mut Ui,
    workspace: &Workspace,
    meeting: &Meeting,
    filter: &mut Filter,
) -> Vec<BarSegment> {
    let mut segs = segments(workspace, meeting);
    let charts: Vec<BarChart> = {
        let mut charts: Vec<BarChart> = Vec::new();
        for bucket in Bucket::ALL {
            let bars: Vec<Bar> = Category::ALL
                .iter()
                .enumerate()
                .map(|(x, category)| {
                    let n = segs
                        .iter()
                        .find(|s| s.category == *category && s.bucket == bucket)
                        .map_or(0, |s| s.ids.len());
                    Bar::new(x as f64, n as f64).width(0.7).fill(bucket.color())
                })
                .collect();
            let refs: Vec<&BarChart> = charts.iter().collect();
            let chart = BarChart::new(bucket.label(), bars)
                .color(bucket.color())
                .stack_on(&refs);
            charts.push(chart);
        }
        charts
    };
    let label = ui.strong(t!("dash-bars"));
    let categories = Category::ALL;
    let plot = Plot::new("dashboard_bars")
        .height(300.0)
        .legend(Legend::default())
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_x(-0.6)
        .include_x(categories.len() as f64 - 0.4)
        .include_y(0.0)
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x()
                .formatter(move |mark, _| {
                    let i = mark.value.round();
                    if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                        categories
                            .get(i.to_usize().unwrap_or(usize::MAX))
                            .map(|c| words::category_chip(*c))
                            .unwrap_or_default()
                    } else {
                        String::new()
                    }
                })
                .tick_label_font(axis_font(ui, &categories)),
        ]);
    let response = plot.show(ui, |plot_ui| {
        for chart in charts {
            plot_ui.bar_chart(chart);
        }
        // Remember where each segment is on screen.
        let mut base = [0.0f64; 8];
        for bucket in Bucket::ALL {
            for (x, category) in Category::ALL.iter().enumerate() {
                if let Some(seg) = segs
                    .iter_mut()
                    .find(|s| s.category == *category && s.bucket == bucket)
                {
                    let height = seg.ids.len() as f64;
                    let a =
                        plot_ui.screen_from_plot(PlotPoint::new(x as f64 - 0.35, base[x] + height));
                    let b = plot_ui.screen_from_plot(PlotPoint::new(x as f64 + 0.35, base[x]));
                    seg.rect = egui::Rect::from_two_pos(a, b);
                    base[x] += height;
                }
            }
        }
        plot_ui.pointer_coordinate()
    });
    let response_plot = response.response.labelled_by(label.id);
    if response_plot.clicked()
        && let Some(pointer) = response_plot.interact_pointer_pos()
        && let Some(seg) = segs.iter().find(|s| s.rect.contains(pointer))
    {
        *filter = Some((seg.label(), seg.ids.clone()));
    }
    segs
}

/// Replies received each day, accepted stacked under declined.
/// During the meeting: each day anyone arrived, the people and delegations present, in all and by
/// category (the desk's record, `model/attendance.rs`). Nothing before the first arrival.
fn attendance(ui: &mut Ui, cx: &Cx, meeting: &Meeting) {
    let days = crate::model::attendance::by_day(cx.workspace, meeting);
    if days.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.strong(t!("dash-attendance"));
    egui::Grid::new("attendance_by_day")
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for day in &days {
                ui.label(crate::i18n::long_date(day.day));
                ui.label(t!(
                    "dash-present",
                    people = day.people,
                    delegations = day.delegations
                ));
                let parts: Vec<String> = day
                    .by_category
                    .iter()
                    .map(|(category, (people, delegations))| {
                        t!(
                            "dash-present-category",
                            category = crate::model::words::category_chip(*category),
                            people = *people,
                            delegations = *delegations
                        )
                    })
                    .collect();
                ui.label(parts.join(" · "));
                ui.end_row();
            }
        });
    ui.add_space(6.0);
}

fn replies_chart(ui: &mut Ui, meeting: &Meeting) {
    ui.strong(t!("dash-replies"));
    let mut replies: Vec<(Date, Reply)> = meeting
        .invitees
        .values()
        .filter_map(|i| Some((i.invitation.reply_date?, i.invitation.reply)))
        .filter(|(_, r)| *r != Reply::NoReply)
        .collect();
    replies.sort();
    if replies.is_empty() {
        ui.label(RichText::new(t!("dash-no-replies")).weak());
    } else {
        // Replies received each day, accepted stacked under declined.
        let day = |d: Date| d.num_days_from_ce_f64();
        let mut per_day: std::collections::BTreeMap<Date, (f64, f64)> =
            std::collections::BTreeMap::new();
        for (date, reply) in &replies {
            let entry = per_day.entry(*date).or_default();
            match reply {
                Reply::Accepted => entry.0 += 1.0,
                Reply::Declined => entry.1 += 1.0,
                Reply::NoReply => {}
            }
        }
        let bars = |bucket: Bucket, count: fn(&(f64, f64)) -> f64| {
            BarChart::new(
                bucket.label(),
                per_day
                    .iter()
                    .map(|(d, counts)| Bar::new(day(*d), count(counts)).width(0.8))
                    .collect(),
            )
            .color(bucket.color())
        };
        let accepted = bars(Bucket::Accepted, |c| c.0);
        let declined = bars(Bucket::Declined, |c| c.1).stack_on(&[&accepted]);
        Plot::new("replies")
            .height(180.0)
            .legend(Legend::default())
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .include_y(0.0)
            .x_axis_formatter(|mark, _| {
                mark.value
                    .round()
                    .to_i32()
                    .and_then(Date::from_num_days_from_ce_opt)
                    .filter(|_| (mark.value - mark.value.round()).abs() < 1e-6)
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            })
            .show(ui, |plot_ui| {
                plot_ui.bar_chart(accepted);
                plot_ui.bar_chart(declined);
            });
    }
}

/// Who was invited and has not answered, each a link that shows them in the table.
fn unanswered_list(
    ui: &mut Ui,
    (workspace, meeting): (&Workspace, &Meeting),
    unanswered: &BTreeSet<EntityId>,
    filter: &mut Filter,
) {
    let lang = crate::i18n::language();
    ui.strong(t!("dash-not-answered", count = unanswered.len()));
    if unanswered.is_empty() {
        let invited = meeting
            .invitees
            .values()
            .any(|i| i.invitation.status != crate::model::InvitationStatus::NotInvited);
        let said = if invited {
            t!("dash-all-answered")
        } else {
            t!("dash-nobody-invited")
        };
        ui.label(RichText::new(said).weak());
    }
    ui.horizontal_wrapped(|ui| {
        let mut names: Vec<(String, EntityId)> = unanswered
            .iter()
            .map(|id| (workspace.name_at(meeting, id, lang).to_owned(), id.clone()))
            .collect();
        names.sort_by(|a, b| crate::text::collate_in(lang, &a.0, &b.0));
        for (name, id) in names {
            if ui.link(&name).clicked() {
                *filter = Some((name, BTreeSet::from([id])));
            }
        }
    });
}

/// Days from the common era, as plot coordinates.
trait DayNumber {
    fn num_days_from_ce_f64(self) -> f64;
}

impl DayNumber for Date {
    fn num_days_from_ce_f64(self) -> f64 {
        use chrono::Datelike as _;
        f64::from(self.num_days_from_ce())
    }
}

/// The font of the categories under the bars: the body's when every name fits under its bar, else the
/// small one, so that a narrow window (or a longer language) loses no name (the plot leaves out a label
/// wider than its bar).
fn axis_font(ui: &egui::Ui, categories: &[Category]) -> egui::FontId {
    // The y axis's numbers take about 40 points on the left.
    let per_bar = (ui.available_width() - 40.0) / categories.len().max(1) as f32;
    let body = egui::TextStyle::Body.resolve(ui.style());
    let widest = ui.fonts_mut(|fonts| {
        categories
            .iter()
            .map(|c| {
                fonts
                    .layout_no_wrap(words::category_chip(*c), body.clone(), Color32::WHITE)
                    .size()
                    .x
            })
            .fold(0.0, f32::max)
    });
    if widest + 8.0 < per_bar {
        body
    } else {
        egui::TextStyle::Small.resolve(ui.style())
    }
}
