//! `tandem scores`: every candidate pair with its score, eligibility and
//! reason, as the scoring stage gives them.

use std::process::ExitCode;

use tandem::matching::{Locks, Matching};
use tandem::report;

use super::understood;
use crate::cli::RunArgs;

/// Runs `scores`.
///
/// # Errors
/// Bad input or I/O.
pub fn run(args: RunArgs) -> anyhow::Result<ExitCode> {
    let (inputs, format) = args.prepare()?;
    let loaded = inputs.load()?;
    let format = args.styled(format, loaded.config.output.lang);
    understood(&loaded, args.inputs.quiet);
    let matching = Matching::new(&loaded, Locks::Forced)?;
    report::write(args.output.as_deref(), &format.candidates(&matching.candidates()), &inputs.paths())?;
    Ok(ExitCode::SUCCESS)
}
