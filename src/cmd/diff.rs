//! `tandem diff OLD NEW`: what changed between two pairings.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use tandem::report::{self, CsvStyle, Format};

/// The pairs kept, changed, new and dropped between two pairings.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier pairing: tandem's CSV or JSON output, or a file of mentee_id and mentor_id.
    old: PathBuf,
    /// The later pairing.
    new: PathBuf,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format; by default from the output file's extension, else CSV.
    #[arg(long, value_parser = |text: &str| text.parse::<Format>())]
    format: Option<Format>,
    /// CSV for Dutch and German Excel: excel-eu writes ; between cells, decimal commas and a byte-order mark.
    #[arg(long, value_name = "STYLE", default_value = "standard", value_parser = |text: &str| text.parse::<CsvStyle>())]
    csv_style: CsvStyle,
}

/// Runs `diff`.
///
/// # Errors
/// A file that cannot be read as a pairing, or an output that cannot be
/// written.
pub fn run(args: DiffArgs) -> anyhow::Result<ExitCode> {
    let format = Format::choose(args.format, args.output.as_deref())?.styled(args.csv_style);
    let diff = tandem::diff::diff(&args.old, &args.new)?;
    report::write(args.output.as_deref(), &format.diff(&diff), &[args.old, args.new])?;
    Ok(ExitCode::SUCCESS)
}
