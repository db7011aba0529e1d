//! Any text as a configuration file: an error or a configuration.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| tandem::fuzzing::config(bytes));
