//! `tandem explain`: one pair in full, and what forcing it would cost.

use std::process::ExitCode;

use clap::Args;
use tandem::matching::Matching;
use tandem::peers::Peers;
use tandem::{explain, report};

use super::warn;
use crate::cli::InputArgs;
use crate::console::show;

/// Explain one pair: its score, its rules, its rank, and what forcing it costs.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The mentee's id (with --peers, one peer's).
    mentee: String,
    /// The mentor's id (with --peers, the other peer's).
    mentor: String,
    /// The pair is of two peers of one pool, as `tandem peers` reads it.
    #[arg(long)]
    peers: bool,
    #[command(flatten)]
    pub inputs: InputArgs,
}

/// Runs `explain`.
///
/// # Errors
/// Bad input or I/O; a usage error for an id no participant has.
pub fn run(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let mut inputs = args.inputs.inputs();
    inputs.pool = args.peers;
    let loaded = inputs.load()?;
    warn(&loaded.warnings, args.inputs.quiet);
    if args.peers {
        let peers = Peers::new(&loaded, args.inputs.locks())?;
        show(&report::text::explain_peers(&explain::explain_peers(&peers, &args.mentee, &args.mentor)?))?;
        return Ok(ExitCode::SUCCESS);
    }
    let matching = Matching::new(&loaded, args.inputs.locks())?;
    show(&report::text::explain(&explain::explain(&matching, &args.mentee, &args.mentor)?))?;
    Ok(ExitCode::SUCCESS)
}
