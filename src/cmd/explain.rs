//! `tandem explain`: one pair in full, and what forcing it would cost.

use std::process::ExitCode;

use clap::Args;
use tandem::matching::Matching;
use tandem::{explain, report};

use super::warn;
use crate::cli::InputArgs;
use crate::console::show;

/// Explain one pair: its score, its rules, its rank, and what forcing it costs.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The mentee's id.
    mentee: String,
    /// The mentor's id.
    mentor: String,
    #[command(flatten)]
    pub inputs: InputArgs,
}

/// Runs `explain`.
///
/// # Errors
/// Bad input or I/O; a usage error for an id no participant has.
pub fn run(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let loaded = args.inputs.inputs().load()?;
    warn(&loaded.warnings, args.inputs.quiet);
    let matching = Matching::new(&loaded, args.inputs.locks())?;
    show(&report::text::explain(&explain::explain(&matching, &args.mentee, &args.mentor)?))?;
    Ok(ExitCode::SUCCESS)
}
