//! `tandem check`: a pairing made or edited by hand, against every rule.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use tandem::intake::{self, ReadOptions};
use tandem::matching::Matching;
use tandem::peers::Peers;
use tandem::{check, report};

use super::warn;
use crate::cli::InputArgs;
use crate::console::show;

/// Check a pairing against the programme's rules (exit code 3 on a violation).
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The pairing to check: mentee_id and mentor_id columns.
    #[arg(long, value_name = "FILE")]
    pairs: PathBuf,
    /// The pairing is of peers (a_id and b_id columns), checked against one pool as `tandem peers` reads it.
    #[arg(long)]
    peers: bool,
    /// text: one line per violation, for people and CI logs; json: each with its kind, for scripts.
    #[arg(long, value_enum, default_value = "text")]
    format: CheckFormat,
    #[command(flatten)]
    pub inputs: InputArgs,
}

/// What `check` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

/// Runs `check`; exit code 3 on any violation.
///
/// # Errors
/// Bad input or I/O.
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let mut inputs = args.inputs.inputs();
    inputs.pool = args.peers;
    let loaded = inputs.load()?;
    warn(&loaded.warnings, args.inputs.quiet);
    let table = intake::read(&args.pairs, &ReadOptions::default())?;
    let found = if args.peers {
        check::check_peers(&Peers::new(&loaded, args.inputs.locks())?, &table)?
    } else {
        check::check(&Matching::new(&loaded, args.inputs.locks())?, &table)?
    };
    match args.format {
        CheckFormat::Text => show(&report::text::check(&found))?,
        CheckFormat::Json => report::write(None, &report::json::check(&found), &[])?,
    }
    Ok(if found.is_clean() { ExitCode::SUCCESS } else { ExitCode::from(3) })
}
