//! `tandem peers`: one pool of peers, paired two by two across
//! organisations, every pair explained and everyone left out told why.

use std::process::ExitCode;

use clap::Args;
use tandem::peers::Peers;
use tandem::report;

use super::{Timings, understood, wrote};
use crate::cli::RunArgs;
use crate::console::say;
use tandem::t;

/// Pair a pool of peers two by two: the most pairs, then the best total.
#[derive(Debug, Args)]
pub struct PeersArgs {
    #[command(flatten)]
    pub run: RunArgs,
    /// Exit with code 3 when someone is left without a peer.
    #[arg(long)]
    strict: bool,
    /// Print each phase's wall time on standard error.
    #[arg(long)]
    timings: bool,
}

/// Runs `peers`; exit code 3 when `--strict` finds someone left out.
///
/// # Errors
/// Bad input or I/O; a usage error for an option pools do not take.
pub fn run(args: PeersArgs) -> anyhow::Result<ExitCode> {
    let PeersArgs { run: args, strict, timings } = args;
    super::pools_take(&args.inputs)?;
    let quiet = args.inputs.quiet;
    let mut clock = Timings::new(timings);
    let (mut inputs, format) = args.prepare()?;
    inputs.pool = true;
    let loaded = inputs.load()?;
    let (format, lang) = (args.styled(format, loaded.config.output.lang), loaded.config.output.lang);
    clock.lap("intake");
    understood(&loaded, quiet);
    let peers = Peers::new(&loaded, args.inputs.locks())?;
    clock.lap("scoring");
    let pairing = peers.solve()?;
    clock.lap("solving");
    let outcome = peers.describe(&pairing);
    clock.lap("explaining");
    report::write(args.output.as_deref(), &format.peers(&outcome), &inputs.paths())?;
    clock.lap("writing");
    clock.report();
    let s = &outcome.summary;
    if !quiet {
        let mean = if s.pairs == 0 { 0.0 } else { s.total_score.mean(s.pairs) };
        say(&t!(
            lang,
            "summary-peers",
            paired = s.people - s.unmatched,
            people = s.people,
            pairs = s.pairs,
            mean = lang.decimal((mean * 100.0).round() as i64),
            wrote = wrote(args.output.as_deref(), lang)
        ));
    }
    if strict && s.unmatched > 0 {
        say(&format!(
            "strict: {} {} without a peer",
            s.unmatched,
            if s.unmatched == 1 { "person" } else { "people" }
        ));
        return Ok(ExitCode::from(3));
    }
    Ok(ExitCode::SUCCESS)
}
