//! Any bytes as an intake file, CSV or workbook: an error or a cohort,
//! never a panic; and a cohort that is read goes through a whole match.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| tandem::fuzzing::intake(bytes));
