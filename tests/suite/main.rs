//! The tests of whole flows, in one test binary: each file a module, sharing `common` (the harness and
//! helpers). One binary links the GUI stack once; as one binary per file, linking took most of a cold
//! `cargo test`. Run one file's tests with `cargo test --test suite FILE::` (`cargo test --test suite
//! merge::`), one test with its name.

mod common;

mod accessibility;
mod attendance;
mod cli;
mod clipboard;
mod date_picker;
mod desk;
mod edits;
mod exports;
mod file_dialog;
mod fuzz;
mod going_out;
mod hostile_imports;
mod house_rules;
mod i18n;
mod i18n_ui;
mod keyboard;
mod mail;
mod mail_ui;
mod merge;
mod one_wording;
mod org_names;
mod people;
mod races;
mod recurring_jobs;
mod registers;
mod registrations;
mod reliability;
mod reliability_ui;
mod replay;
mod roundtrip;
mod saved_filters;
mod snapshots;
mod steadiness;
mod team;
mod transfer_ui;
mod treaty_status;
mod un_form;
mod validation;
mod views;
mod workbench;
mod workspace_file;
