//! Treaty status on any date, computed from the reference data's dates.

use crate::common;

use common::d;

use msp_invitations::model::{TreatyStatus, reference};

fn count(date: &str, status: TreatyStatus) -> usize {
    reference::states()
        .iter()
        .filter(|s| s.status_on(d(date)) == status)
        .count()
}

fn bound_by_deposit(date: &str) -> usize {
    reference::states()
        .iter()
        .filter(|s| s.status_on(d(date)).is_party_by_deposit())
        .count()
}

fn status(iso3: &str, date: &str) -> TreatyStatus {
    reference::state(iso3)
        .expect("the State is in the reference data")
        .status_on(d(date))
}

#[test]
fn counts_by_deposit_match_the_un_records() {
    assert_eq!(
        bound_by_deposit("2012-12-03"),
        160,
        "A/RES/67/32 records 160 States"
    );
    assert_eq!(
        bound_by_deposit("2013-12-02"),
        161,
        "the 13MSP opened with 161"
    );
    assert_eq!(bound_by_deposit("2025-06-25"), 166);
    assert_eq!(bound_by_deposit("2026-02-20"), 161);
}

#[test]
fn the_13msp_opening_day() {
    assert_eq!(count("2013-12-02", TreatyStatus::StateParty), 161);
    assert_eq!(count("2013-12-02", TreatyStatus::NotYetInForce), 0);
    assert_eq!(count("2013-12-02", TreatyStatus::Signatory), 1);
    assert_eq!(count("2013-12-02", TreatyStatus::NotParty), 35);
    assert_eq!(status("MHL", "2013-12-02"), TreatyStatus::Signatory);
}

#[test]
fn on_3_december_2012_poland_and_the_marshall_islands_had_signed_only() {
    assert_eq!(count("2012-12-03", TreatyStatus::Signatory), 2);
    assert_eq!(count("2012-12-03", TreatyStatus::NotParty), 35);
    assert_eq!(status("POL", "2012-12-03"), TreatyStatus::Signatory);
}

#[test]
fn boundaries_count_from_the_day_itself() {
    // Poland: signed 1997-12-04, deposited 2012-12-27, in force 2013-06-01, withdrawal effective 2026-02-20.
    assert_eq!(status("POL", "1997-12-03"), TreatyStatus::NotParty);
    assert_eq!(status("POL", "1997-12-04"), TreatyStatus::Signatory);
    assert_eq!(status("POL", "2012-12-26"), TreatyStatus::Signatory);
    assert_eq!(status("POL", "2012-12-27"), TreatyStatus::NotYetInForce);
    assert_eq!(status("POL", "2013-05-31"), TreatyStatus::NotYetInForce);
    assert_eq!(status("POL", "2013-06-01"), TreatyStatus::StateParty);
    assert_eq!(status("POL", "2026-02-19"), TreatyStatus::StateParty);
    assert_eq!(status("POL", "2026-02-20"), TreatyStatus::Withdrawn);
    // Oman acceded on 2014-08-20, in force 2015-02-01, never signed.
    assert_eq!(status("OMN", "2014-08-19"), TreatyStatus::NotParty);
    assert_eq!(status("OMN", "2014-08-20"), TreatyStatus::NotYetInForce);
    assert_eq!(status("OMN", "2015-02-01"), TreatyStatus::StateParty);
    // The first 40: in force on 1 March 1999.
    assert_eq!(status("CAN", "1999-02-28"), TreatyStatus::NotYetInForce);
    assert_eq!(status("CAN", "1999-03-01"), TreatyStatus::StateParty);
    // Estonia withdrew with effect from 27 December 2025.
    assert_eq!(status("EST", "2025-12-26"), TreatyStatus::StateParty);
    assert_eq!(status("EST", "2025-12-27"), TreatyStatus::Withdrawn);
}

#[test]
fn the_14msp_opening_counts_oman() {
    assert_eq!(count("2015-11-30", TreatyStatus::StateParty), 162);
}
