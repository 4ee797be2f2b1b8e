//! Writes the workspace `scripts/make-samples` makes its sample notes verbales from: the built-in 13MSP
//! with every invitee invited but the Plurinational State of Bolivia, the Holy See, the Kingdom of the
//! Netherlands and the Russian Federation, and a reference prefix for the secretariat's letters (a sample
//! value). A run of letters "only to those not yet invited" then writes those four.
//!
//! `cargo run --example sample_notes -- OUT.ron`

use std::process::ExitCode;

use msp_invitations::model::{InvitationStatus, builtin_workspace};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: sample_notes OUT.ron");
        return ExitCode::from(2);
    };
    let mut workspace = builtin_workspace();
    let meeting = &mut workspace.meetings[0];
    meeting.reference_prefix = "ODA/GVA/2013/".to_owned();
    for (id, invitee) in &mut meeting.invitees {
        if !["BOL", "VAT", "NLD", "RUS"].contains(&id.code()) {
            invitee.invitation.status = InvitationStatus::Invited;
            invitee.invitation.sent = meeting.opening.checked_sub_days(chrono::Days::new(180));
        }
    }
    match msp_invitations::storage::save(std::path::Path::new(&path), &workspace) {
        Ok(_) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("sample_notes: {err}");
            ExitCode::from(1)
        }
    }
}
