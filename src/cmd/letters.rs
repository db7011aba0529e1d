//! `tandem letters`: a message to every participant, in their language, on
//! a pairing: who their partner is and why, or why they were left out.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use tandem::intake::{self, ReadOptions};
use tandem::matching::Matching;
use tandem::report::{CsvStyle, Format};
use tandem::{letters, pairs, report};

use super::warn;
use crate::cli::InputArgs;
use crate::console::say;

/// Write a letter to every participant on a pairing, in their language, for a mail merge.
#[derive(Debug, Args)]
pub struct LettersArgs {
    /// The pairing the letters are about: mentee_id and mentor_id columns (tandem's own output will do).
    #[arg(long, value_name = "FILE")]
    pairs: PathBuf,
    /// Write to this file instead of standard output (.csv, .xlsx or .json).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format; by default from the output file's extension, else CSV.
    #[arg(long, value_parser = |text: &str| text.parse::<Format>())]
    format: Option<Format>,
    /// CSV for Dutch and German Excel (excel-eu), or as most tools read it (standard); by --lang by default.
    #[arg(long, value_name = "STYLE", value_parser = |text: &str| text.parse::<CsvStyle>())]
    csv_style: Option<CsvStyle>,
    #[command(flatten)]
    pub inputs: InputArgs,
}

/// Runs `letters`.
///
/// # Errors
/// Bad input or I/O; a pair file naming someone not in the cohort; an
/// output format letters are not written in.
pub fn run(args: LettersArgs) -> anyhow::Result<ExitCode> {
    let format = Format::choose(args.format, args.output.as_deref())?;
    if matches!(format, Format::Markdown | Format::Html) {
        return Err(tandem::error::UsageError::new(
            "letters are written as csv, xlsx or json, one row per participant for a mail merge",
            "give an output file such as -o letters.csv or -o letters.xlsx",
        )
        .into());
    }
    let inputs = args.inputs.inputs();
    let loaded = inputs.load()?;
    warn(&loaded.warnings, args.inputs.quiet);
    let lang = loaded.config.output.lang;
    let style = args.csv_style.unwrap_or(CsvStyle::for_lang(lang));
    let matching = Matching::new(&loaded, args.inputs.locks())?;
    let table = intake::read(&args.pairs, &ReadOptions::default())?;
    let rows = pairs::read(&table, &loaded.cohort, None)?;
    let made: Vec<_> = rows.iter().map(|row| (row.mentee, row.mentor)).collect();
    let letters = letters::letters(&matching, &made, lang);
    let bytes = format.styled(style).letters(&letters, lang)?;
    let mut paths = inputs.paths();
    paths.push(args.pairs.clone());
    report::write(args.output.as_deref(), &bytes, &paths)?;
    if !args.inputs.quiet {
        say(&tandem::t!(
            lang,
            "summary-letters",
            count = letters.len(),
            wrote = super::wrote(args.output.as_deref(), lang)
        ));
    }
    Ok(ExitCode::SUCCESS)
}
