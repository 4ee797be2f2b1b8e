//! The desktop app: the organiser's workbench on one workspace. This file only declares the rooms and
//! hands on the names used outside; each room imports from the room that defines a name, so that the
//! house reads from the top down (see ARCHITECTURE.md, "The app's floors"):
//!
//! - `frame.rs`: the app in its window (`run`, each frame's panels); `keys.rs` the keyboard's shortcuts;
//!   `perform.rs` what was asked for during the frame ([`Action`]) and the dialogs' choices, carried out
//!   once it is drawn, and what each [`UiCommand`] does; `asking.rs` asking for a path and carrying out
//!   the answer.
//! - `state.rs`: the [`App`], the shell holding the [`Workbench`], the views, the preferences, the
//!   safety net and the window's own state (`shell.rs`: title, theme, menus' keyboard, file dialog).
//! - `jobs.rs`: the job starter ([`App::jobs`]): exports, import previews and imports, letters and
//!   e-mail, run by the session on a worker thread, with Cancel. `clipboard.rs`: rows copied as
//!   tab-separated text; rows pasted into the import preview.
//! - `safety/`: the safety net ([`App::net`]): opening, saving with the merge, the folder watch, the
//!   banner, autosave, recovery and backups, a file each.
//! - `workbench.rs`: the open workspace as the app works on it: the session, the meeting shown, the day,
//!   the notice, the problems and the dialog open; the one edit path ([`Workbench::edit`]).
//! - `centre.rs`: the view shown, drawn with what it reads ([`view::Cx`]) and its own state; the views:
//!   `table.rs` (rows, filter, sort, selection, caches) with `table_view.rs`, `filters.rs`,
//!   `people_view.rs`, `detail.rs` (with `detail_sections.rs`, `correspondence.rs`), `bulk.rs`,
//!   `meeting_view.rs`, `dashboard.rs`, `registers_view.rs` (Rule 1.4, credentials), `letters_view.rs`
//!   (with `letters_state.rs` and `mail_view.rs`), `seating_view.rs`, `desk_view.rs`; `menu.rs`,
//!   `toolbar.rs`, `status_bar.rs` the frame around the work.
//! - `action.rs`: what a view hands back ([`Action`]); `dialogs/` the modal dialogs, one file each, drawn
//!   from what they read (`dialogs::DialogCx`) and handing back their choice; `files.rs` the file
//!   questions ([`Ask`]) and the app's own file dialog; `commands.rs` the commands ([`UiCommand`]) with
//!   their labels and shortcuts.
//! - On the ground: `view.rs` (what a view reads, [`View`]), `widgets.rs` (form rows and small widgets),
//!   `date_picker.rs`, `selection.rs` (the click and arrow-key logic both tables share), `grid.rs` (what a
//!   screen reader reads of them), `words.rs` and `errors.rs` (the app's words and typed errors),
//!   `prefs.rs` (preferences kept in eframe's storage), `frame_log.rs` (a line per frame, when asked).

mod action;
mod asking;
mod bulk;
mod centre;
mod clipboard;
mod commands;
mod correspondence;
mod dashboard;
mod date_picker;
mod desk_view;
mod detail;
mod detail_sections;
mod dialogs;
mod errors;
mod files;
mod filters;
mod frame;
mod frame_log;
mod grid;
mod jobs;
mod keys;
mod letters_state;
mod letters_view;
mod mail_view;
mod meeting_view;
mod menu;
mod people_view;
mod perform;
mod prefs;
mod registers_view;
mod safety;
pub mod seating_view;
mod selection;
mod shell;
mod state;
mod status_bar;
mod table;
mod table_view;
mod toolbar;
pub mod view;
mod widgets;
mod words;
mod workbench;

pub use crate::exchange::import::ImportKind;
pub use action::Action;
pub use commands::UiCommand;
pub use dialogs::{Dialog, NextMeetingForm, PendingAction};
pub use dialogs::{DrawForm, ExportForm, ImportState, NewOrganisationForm, SendForm};
pub use errors::{PrepareError, SendError, Shared};
pub use files::{Ask, PickKind, Purpose};
pub use frame::run;
pub use jobs::Jobs;
pub use prefs::Prefs;
pub use safety::{DATA_DIR_VARIABLE, Net, default_data_dir};
pub use state::App;
pub use table::{SortColumn, TableState};
pub use view::{FocusTarget, View};
pub use workbench::Workbench;
