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

/// Pair a pool of peers two by two (the most pairs, then the best total), or put it in groups.
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
    /// Form groups of about N (intervision groups; N-1 or N+1 where the pool does not divide) instead of pairs.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(2..))]
    group_size: Option<u16>,
}

/// Runs `peers`; exit code 3 when `--strict` finds someone left out.
///
/// # Errors
/// Bad input or I/O; a usage error for an option pools do not take.
pub fn run(args: PeersArgs) -> anyhow::Result<ExitCode> {
    let PeersArgs { run: args, strict, timings, group_size } = args;
    let quiet = args.inputs.quiet;
    let mut clock = Timings::new(timings);
    let (mut inputs, format) = args.prepare()?;
    inputs.pool = true;
    let loaded = inputs.load()?;
    let (format, lang) = (args.styled(format, loaded.config.output.lang), loaded.config.output.lang);
    clock.lap("intake");
    understood(&loaded, quiet);
    let peers = match group_size {
        Some(size) => Peers::for_groups(&loaded, args.inputs.locks(), usize::from(size))?,
        None => Peers::new(&loaded, args.inputs.locks())?,
    };
    clock.lap("scoring");
    if let Some(size) = group_size {
        if loaded.priority.contains(&true) && !quiet {
            say("warning: priority is not applied to groups; everyone the rules allow is placed");
        }
        let grouping = peers.group(usize::from(size))?;
        clock.lap("solving");
        let outcome = peers.describe_groups(&grouping);
        clock.lap("explaining");
        return super::write_groups(
            &outcome,
            format,
            args.output.as_deref(),
            &inputs,
            &mut clock,
            (quiet, strict),
        );
    }
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
            priority = match s.priority {
                0 => String::new(),
                count => t!(lang, "summary-priority-paired", paired = s.priority_matched, count = count),
            },
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
