//! MSP Invitations: invitations, delegations, credentials, observer status and the List of Participants for a
//! Meeting of the States Parties to the Anti-Personnel Mine Ban Convention.
//!
//! The crate is one library with two faces: the desktop app ([`app`]) and the command-line interface ([`cli`]).
//! Everything below them is free of egui:
//!
//! - [`model`]: the domain (States and their treaty dates, organisations, meetings, invitations, delegations,
//!   validation) and the reference data embedded in the binary.
//! - [`storage`]: the workspace as a RON file, loaded with precise errors and saved atomically.
//! - [`edit`]: every change to a workspace, as commands that know their inverse (undo and redo).
//! - [`exchange`]: the List of Participants and other lists as PDF, HTML, CSV and XLSX; imports.
//! - [`session`]: an open workspace (its document, file, lock and what was loaded) and the use cases both
//!   faces call: opening, the checked save, letters, e-mail, exports and imports, as jobs bound to it.
//! - [`i18n`]: the interface in English, French, Spanish and Russian (Fluent), and dates in each.
//! - [`text`]: Unicode collation for sorting names and folding for search.

pub mod app;
pub mod cli;
pub mod edit;
pub mod exchange;
pub mod i18n;
pub mod model;
pub mod session;
pub mod storage;
pub mod text;
