//! Any bytes as an intake file, CSV or workbook: an error or a cohort,
//! never a panic; and a cohort that is read goes through a whole match.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem::cohort::{Cohort, Source};
use tandem::inputs::Loaded;
use tandem::intake::{ReadOptions, delimited, workbook};

fuzz_target!(|bytes: &[u8]| {
    let table = if workbook::is_workbook(bytes) {
        workbook::parse("fuzz.xlsx", bytes.to_vec(), None)
    } else {
        delimited::parse("fuzz.csv", bytes, &ReadOptions::default())
    };
    let Ok(table) = table else { return };
    let Ok(cohort) = Cohort::build(&[Source { table: &table, role: None }], &Default::default()) else { return };
    if cohort.mentees.len() * cohort.mentors.len() <= 10_000 {
        let _ = tandem::run_match(&Loaded::from_cohort(cohort));
    }
});
