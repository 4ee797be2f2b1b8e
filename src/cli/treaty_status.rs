//! `treaty-status`: every State's status under the Convention on a day, and the counts.

use std::io::Write as _;
use std::process::ExitCode;

use crate::model::{self, Date, TreatyStatus, reference};

pub(super) fn treaty_status(date: Date, csv: bool, lang: crate::i18n::Lang) -> ExitCode {
    // Named as the UN named them on that day.
    let name = |state: &model::StateRecord| -> String {
        reference::short_name_on(&state.iso3, lang, date)
            .unwrap_or(&state.name)
            .to_owned()
    };
    let states = reference::states();
    if csv {
        let mut writer = ::csv::Writer::from_writer(std::io::stdout().lock());
        let mut rows = vec![["iso3".to_owned(), "name".to_owned(), "status".to_owned()]];
        rows.extend(states.iter().map(|state| {
            [
                state.iso3.clone(),
                name(state),
                state.status_on(date).label().to_owned(),
            ]
        }));
        // A closed output ends the listing, which is all this command does.
        for row in rows {
            if writer.write_record(&row).is_err() {
                return ExitCode::SUCCESS;
            }
        }
        let _ = writer.flush();
        return ExitCode::SUCCESS;
    }
    say!("Status under the Convention on {date}");
    for state in states {
        say!(
            "{}  {:<55} {}",
            state.iso3,
            name(state),
            state.status_on(date).label()
        );
    }
    say!();
    let mut by_deposit = 0;
    for status in TreatyStatus::ALL {
        let n = states
            .iter()
            .filter(|s| s.status_on(date) == status)
            .count();
        if status.is_party_by_deposit() {
            by_deposit += n;
        }
        say!("{:<20} {n:>4}", status.label());
    }
    say!(
        "{:<20} {by_deposit:>4}  (States Parties counted by deposit of the instrument)",
        "Bound"
    );
    ExitCode::SUCCESS
}
