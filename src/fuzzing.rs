//! What the fuzz targets in `fuzz/` run, as plain functions, so that their
//! committed corpora also run as regression tests under `cargo test`. Each
//! takes any bytes and must return without panicking.

use crate::cohort::{Cohort, Source};
use crate::config::Config;
use crate::inputs::Loaded;
use crate::intake::{ReadOptions, delimited, workbook};
use crate::pairs;
use crate::score::Ratings;

/// Any bytes as an intake file, CSV or workbook: an error or a cohort; a
/// cohort that is read goes through a whole match.
pub fn intake(bytes: &[u8]) {
    let table = if workbook::is_workbook(bytes) {
        workbook::parse("fuzz.xlsx", bytes.to_vec(), None)
    } else {
        delimited::parse("fuzz.csv", bytes, &ReadOptions::default())
    };
    let Ok(table) = table else { return };
    let Ok(cohort) = Cohort::build(&[Source { table: &table, role: None }], &Default::default()) else {
        return;
    };
    let _ = cohort.warnings();
    if cohort.mentees.len() * cohort.mentors.len() <= 10_000 {
        let _ = crate::run_match(&Loaded::from_cohort(cohort));
    }
}

/// Any bytes as a configuration file: an error or a configuration.
pub fn config(bytes: &[u8]) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = Config::parse("fuzz.toml", text);
    }
}

/// The small cohort pair files are read against.
const COHORT: &[u8] = b"id,role,organisation\nE1,mentee,A\nE2,mentee,B\nM1,mentor,C\nM2,mentor,A\n";

/// Any bytes as a pair file (ratings, locks, exclusions, check) against a
/// small cohort: an error or pairs.
pub fn pairs(bytes: &[u8]) {
    let Ok(intake) = delimited::parse("cohort.csv", COHORT, &ReadOptions::default()) else { return };
    let Ok(cohort) = Cohort::build(&[Source { table: &intake, role: None }], &Default::default()) else {
        return;
    };
    let Ok(table) = delimited::parse("pairs.csv", bytes, &ReadOptions::default()) else { return };
    let _ = pairs::read(&table, &cohort, None);
    let _ = pairs::read_lenient(&table, &cohort, None);
    let _ = pairs::read_people(&table, &cohort);
    let _ = Ratings::read(&table, &cohort, &Config::default());
}
