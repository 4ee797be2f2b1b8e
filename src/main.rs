//! `msp-invitations`: the desktop app, or a command when one is given.

use std::process::ExitCode;

use clap::Parser as _;
use msp_invitations::{app, cli};

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    if let Err(err) = cli::refuse_unknown_first_argument(&args) {
        err.exit();
    }
    match args.command {
        Some(command) => cli::run(command),
        None => match app::run(args.path) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: could not start the app: {err}");
                ExitCode::from(1)
            }
        },
    }
}
