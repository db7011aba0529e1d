//! Any bytes as a pair file (ratings, locks, exclusions, check) against a
//! small cohort: an error or pairs, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| tandem::fuzzing::pairs(bytes));
