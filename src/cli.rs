//! The command line (clap): the commands and the arguments they share, and
//! the dispatch to `cmd/`, one file per command. No matching logic lives
//! here, and the library knows nothing of clap.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use encoding_rs::Encoding;
use tandem::i18n::Lang;
use tandem::inputs::Inputs;
use tandem::intake::ReadOptions;
use tandem::report::{CsvStyle, Format};

use crate::cmd;

#[derive(Debug, Parser)]
#[command(
    name = "tandem",
    version,
    about = "Pairs mentors with mentees: optimal, explained, deterministic.",
    after_help = "Exit codes: 0 success, 1 bad input or I/O error, 2 usage error, \
                  3 a rule violated (check) or, with --strict, someone unmatched or a target missed."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Match mentees with mentors and write the ranked pairs, explained.
    Match(cmd::r#match::MatchArgs),
    /// Pair a pool of peers two by two across organisations (no roles), or put it in groups (--group-size).
    Peers(cmd::peers::PeersArgs),
    /// Write every candidate pair with its score, eligibility and reason.
    Scores(RunArgs),
    /// Check a pairing against the programme's rules (exit code 3 on a violation).
    Check(cmd::check::CheckArgs),
    /// Explain one pair: its score, its rules, its rank, and what forcing it costs.
    Explain(cmd::explain::ExplainArgs),
    /// Check intake files without matching: what was understood, every problem, a cohort summary.
    Validate(cmd::validate::ValidateArgs),
    /// Write a letter to every participant on a pairing, in their language, for a mail merge.
    Letters(cmd::letters::LettersArgs),
    /// List the pairs kept, changed, new and dropped between two pairings.
    Diff(cmd::diff::DiffArgs),
    /// Write a commented tandem.toml and an intake template to start from.
    Init(cmd::init::InitArgs),
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Intake files (CSV, TSV, Excel or OpenDocument workbooks) with a role column.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Intake files of mentors only (no role column needed).
    #[arg(long, value_name = "FILE", num_args = 1..)]
    mentors: Vec<PathBuf>,
    /// Intake files of mentees only (no role column needed).
    #[arg(long, value_name = "FILE", num_args = 1..)]
    mentees: Vec<PathBuf>,
    /// Programme settings (tandem.toml); defaults when left out.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Ratings of pairs: mentee_id, mentor_id, rating.
    #[arg(long, value_name = "FILE")]
    ratings: Option<PathBuf>,
    /// Pairs to keep as they are (mentee_id, mentor_id; tandem's own CSV output will do).
    #[arg(long, value_name = "FILE")]
    lock: Vec<PathBuf>,
    /// Pairs never to make (mentee_id, mentor_id; last year's output will do).
    #[arg(long, value_name = "FILE")]
    exclude: Vec<PathBuf>,
    /// Earlier rounds' outputs: none of their pairs is made again.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    history: Vec<PathBuf>,
    /// Mentees who come first (an id or email column; or last round's output, whose unmatched come first).
    #[arg(long, value_name = "FILE", num_args = 1..)]
    priority: Vec<PathBuf>,
    /// Keep locked pairs even when they break a rule or a capacity.
    #[arg(long)]
    pub force_locks: bool,
    /// Show gender, background and the config's [privacy] sensitive columns in outputs.
    #[arg(long)]
    show_sensitive: bool,
    /// The sheet to read from workbooks (.xlsx, .xls, .ods); the first by default.
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// The delimiter of CSV files: , ; | or tab; detected by default.
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    delimiter: Option<u8>,
    /// The encoding of CSV files: utf-8, utf-16le, utf-16be, windows-1252, …; detected by default.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    encoding: Option<&'static Encoding>,
    /// Print nothing but errors on standard error: no column report, no warnings.
    #[arg(short, long)]
    pub quiet: bool,
    /// The language of explanations, reasons, reports and headers: en, nl or de; the config's [output] lang by default.
    #[arg(long, value_name = "LANG", value_parser = |text: &str| text.parse::<Lang>())]
    lang: Option<Lang>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format; by default from the output file's extension, else CSV.
    #[arg(long, value_parser = parse_format)]
    format: Option<Format>,
    /// CSV for Dutch and German Excel: excel-eu writes ; between cells, decimal commas and a byte-order mark (the default with --lang nl or de); standard writes , and decimal points.
    #[arg(long, value_name = "STYLE", value_parser = |text: &str| text.parse::<CsvStyle>())]
    csv_style: Option<CsvStyle>,
}

impl InputArgs {
    /// Whether locks must keep the rules (`--force-locks` says no).
    pub fn locks(&self) -> tandem::matching::Locks {
        if self.force_locks { tandem::matching::Locks::Forced } else { tandem::matching::Locks::Checked }
    }
}

impl RunArgs {
    /// The inputs, and the output format asked for or named by the file.
    ///
    /// # Errors
    /// An output file whose extension names no format tandem writes.
    pub fn prepare(&self) -> anyhow::Result<(Inputs, Format)> {
        let format = Format::choose(self.format, self.output.as_deref())?;
        Ok((self.inputs.inputs(), format))
    }

    /// The format with CSV in the style asked for, else in the style Excel
    /// expects in the language of the output: `excel-eu` for Dutch and
    /// German.
    pub fn styled(&self, format: Format, lang: Lang) -> Format {
        format.styled(self.csv_style.unwrap_or(CsvStyle::for_lang(lang)))
    }
}

impl Cli {
    /// A usage problem clap cannot see: a command that reads a cohort but was
    /// given no intake file.
    pub fn usage_problem(&self) -> Option<&'static str> {
        match &self.command {
            Command::Match(cmd::r#match::MatchArgs { run: args, .. })
            | Command::Peers(cmd::peers::PeersArgs { run: args, .. })
            | Command::Scores(args)
                if args.inputs.inputs().is_empty() =>
            {
                Some("give at least one intake file, or --mentors and --mentees files")
            }
            Command::Validate(cmd::validate::ValidateArgs { inputs, .. })
            | Command::Check(cmd::check::CheckArgs { inputs, .. })
            | Command::Explain(cmd::explain::ExplainArgs { inputs, .. })
            | Command::Letters(cmd::letters::LettersArgs { inputs, .. })
                if inputs.inputs().is_empty() =>
            {
                Some("give at least one intake file, or --mentors and --mentees files")
            }
            _ => None,
        }
    }
}

impl InputArgs {
    /// The files and options of a run, for the library.
    pub fn inputs(&self) -> Inputs {
        Inputs {
            files: self.files.clone(),
            mentors: self.mentors.clone(),
            mentees: self.mentees.clone(),
            config: self.config.clone(),
            ratings: self.ratings.clone(),
            locks: self.lock.clone(),
            excludes: self.exclude.clone(),
            history: self.history.clone(),
            priority: self.priority.clone(),
            show_sensitive: self.show_sensitive,
            pool: false,
            lang: self.lang,
            options: ReadOptions {
                delimiter: self.delimiter,
                encoding: self.encoding,
                sheet: self.sheet.clone(),
            },
        }
    }
}

fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        "comma" => Ok(b','),
        "semicolon" => Ok(b';'),
        "pipe" => Ok(b'|'),
        _ if text.len() == 1 && text.is_ascii() => Ok(text.as_bytes()[0]),
        _ => Err("give one character, such as , or ; or |, or the word tab".to_owned()),
    }
}

fn parse_encoding(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!("unknown encoding; try utf-8, utf-16le, utf-16be or windows-1252, not '{label}'")
    })
}

fn parse_format(text: &str) -> Result<Format, String> {
    text.parse()
}

/// Runs a command; the exit code on success.
///
/// # Errors
/// Bad input or I/O, for exit code 1; a usage error, for exit code 2.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Match(args) => cmd::r#match::run(args),
        Command::Peers(args) => cmd::peers::run(args),
        Command::Scores(args) => cmd::scores::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Explain(args) => cmd::explain::run(args),
        Command::Validate(args) => cmd::validate::run(args),
        Command::Letters(args) => cmd::letters::run(args),
        Command::Diff(args) => cmd::diff::run(args),
        Command::Init(args) => cmd::init::run(args),
    }
}
