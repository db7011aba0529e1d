//! Any bytes as a pair file (ratings, locks, exclusions, check) against a
//! small cohort: an error or pairs, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem::cohort::{Cohort, Source};
use tandem::config::Config;
use tandem::intake::{ReadOptions, delimited};
use tandem::pairs;
use tandem::score::Ratings;

const COHORT: &[u8] = b"id,role,organisation\nE1,mentee,A\nE2,mentee,B\nM1,mentor,C\nM2,mentor,A\n";

fuzz_target!(|bytes: &[u8]| {
    let intake = delimited::parse("cohort.csv", COHORT, &ReadOptions::default()).unwrap();
    let cohort = Cohort::build(&[Source { table: &intake, role: None }], &Default::default()).unwrap();
    let Ok(table) = delimited::parse("pairs.csv", bytes, &ReadOptions::default()) else { return };
    let _ = pairs::read(&table, &cohort, None);
    let _ = pairs::read_lenient(&table, &cohort, None);
    let _ = Ratings::read(&table, &cohort, &Config::default());
});
