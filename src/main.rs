//! `msp-invitations`: the desktop app, or a command when one is given.

use std::process::ExitCode;

use clap::Parser as _;
use msp_invitations::{app, cli};

fn main() -> ExitCode {
    // A file-size limit (`ulimit -f`) reached mid-write would otherwise kill the process silently (SIGXFSZ)
    // and leave its temporary file; handled, the write fails with EFBIG and the message says so, as for a
    // full disk.
    #[cfg(unix)]
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
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
