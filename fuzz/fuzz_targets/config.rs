//! Any text as a configuration file: an error or a configuration.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem::config::Config;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = Config::parse("fuzz.toml", text);
    }
});
