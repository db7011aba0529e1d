//! One file per command, each with its arguments (and so its usage text)
//! and its `run`; what several commands share is here.

pub mod check;
pub mod diff;
pub mod explain;
pub mod init;
pub mod letters;
pub mod r#match;
pub mod peers;
pub mod scores;
pub mod validate;

use std::time::{Duration, Instant};

use tandem::error::Problem;
use tandem::inputs::Loaded;
use tandem::report;

use crate::console::{say, say_text};

/// Wall time per phase, for `--timings`.
pub struct Timings {
    enabled: bool,
    start: Instant,
    last: Instant,
    laps: Vec<(&'static str, Duration)>,
}

impl Timings {
    pub fn new(enabled: bool) -> Timings {
        let now = Instant::now();
        Timings { enabled, start: now, last: now, laps: Vec::new() }
    }

    pub fn lap(&mut self, phase: &'static str) {
        let now = Instant::now();
        self.laps.push((phase, now - self.last));
        self.last = now;
    }

    /// `timings: intake 0.012 s, scoring 0.200 s, …, total 0.912 s`.
    pub fn report(&self) {
        if self.enabled {
            let laps: Vec<String> =
                self.laps.iter().map(|(phase, t)| format!("{phase} {:.3} s", t.as_secs_f64())).collect();
            say(&format!("timings: {}, total {:.3} s", laps.join(", "), self.start.elapsed().as_secs_f64()));
        }
    }
}

/// `, goals and sector without data` for the strict line; empty for none.
pub fn unscored(criteria: &[String]) -> String {
    match criteria {
        [] => String::new(),
        [one] => format!(", {one} without data"),
        [rest @ .., last] => format!(", {} and {last} without data", rest.join(", ")),
    }
}

/// " Wrote pairs.csv." after a summary line, in its language; nothing
/// when the output went to standard output.
pub fn wrote(output: Option<&std::path::Path>, lang: tandem::i18n::Lang) -> String {
    output
        .map(|path| tandem::t!(lang, "summary-wrote", path = path.display().to_string()))
        .unwrap_or_default()
}

/// What was understood of the input files, then the warnings, on
/// standard error; nothing when quiet.
pub fn understood(loaded: &Loaded, quiet: bool) {
    if !quiet {
        say_text(&report::columns::brief(&loaded.cohort.files));
    }
    warn(&loaded.warnings, quiet);
}

/// Writes a grouping (of peers, or mentor groups) and says how it went;
/// exit code 3 when `strict` finds someone without a group.
///
/// # Errors
/// Writing the output.
pub fn write_groups(
    outcome: &tandem::peers::GroupOutcome,
    format: tandem::report::Format,
    output: Option<&std::path::Path>,
    inputs: &tandem::inputs::Inputs,
    clock: &mut Timings,
    (quiet, strict): (bool, bool),
) -> anyhow::Result<std::process::ExitCode> {
    tandem::report::write(output, &format.groups(outcome), &inputs.paths())?;
    clock.lap("writing");
    clock.report();
    if !quiet {
        crate::console::say(&format!(
            "{}{}",
            tandem::report::group_summary(outcome),
            wrote(output, outcome.lang)
        ));
    }
    if strict && outcome.summary.unmatched > 0 {
        crate::console::say(&format!("strict: {} without a group", outcome.summary.unmatched));
        return Ok(std::process::ExitCode::from(3));
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// Prints warnings on standard error, unless quiet.
pub fn warn(warnings: &[Problem], quiet: bool) {
    if !quiet {
        for warning in warnings {
            say(&format!("warning: {warning}"));
        }
    }
}
