//! Command-line arguments (clap) and the wiring of each command to the
//! library. No matching logic lives here.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::bail;
use clap::{Args, Parser, Subcommand};

use encoding_rs::Encoding;
use tandem::config::DEFAULT_TOML;
use tandem::error::Problem;
use tandem::inputs::Inputs;
use tandem::intake::{self, ReadOptions};
use tandem::matching::Matching;
use tandem::report::{self, Format};
use tandem::{check, explain};

use crate::console::{say, say_text, show};
use crate::progress::Bars;

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
    Match(MatchArgs),
    /// Write every candidate pair with its score, eligibility and reason.
    Scores(RunArgs),
    /// Check a pairing against the programme's rules (exit code 3 on a violation).
    Check(CheckArgs),
    /// Explain one pair: its score, its rules, its rank, and what forcing it costs.
    Explain(ExplainArgs),
    /// Check intake files without matching, and summarise the cohort.
    Validate(ValidateArgs),
    /// Write a commented tandem.toml and an intake template to start from.
    Init(InitArgs),
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
    /// Keep locked pairs even when they break a rule or a capacity.
    #[arg(long)]
    force_locks: bool,
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
    quiet: bool,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    #[command(flatten)]
    run: RunArgs,
    /// Pass the intake's other columns through to the CSV and JSON outputs.
    #[arg(long)]
    keep_columns: bool,
    /// For every matched mentee, list the next N best eligible mentors.
    #[arg(long, value_name = "N", default_value_t = 0)]
    alternatives: usize,
    /// Exit with code 3 when a mentee is left unmatched, a target is missed,
    /// or a criterion has no data to score on.
    #[arg(long)]
    strict: bool,
    /// Print each phase's wall time on standard error.
    #[arg(long)]
    timings: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The pairing to check: mentee_id and mentor_id columns.
    #[arg(long, value_name = "FILE")]
    pairs: PathBuf,
    #[command(flatten)]
    inputs: InputArgs,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The mentee's id.
    mentee: String,
    /// The mentor's id.
    mentor: String,
    #[command(flatten)]
    inputs: InputArgs,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// text: the column report and a summary for people; json: the same as data, for scripts.
    #[arg(long, value_enum, default_value = "text")]
    format: ValidateFormat,
    /// Exit with code 3 when a criterion has no data to score on.
    #[arg(long)]
    strict: bool,
}

/// What `validate` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ValidateFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    inputs: InputArgs,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format; by default from the output file's extension, else CSV.
    #[arg(long, value_enum)]
    format: Option<Format>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to write into; created when missing.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Replace files that already exist.
    #[arg(long)]
    force: bool,
}

impl Cli {
    /// A usage problem clap cannot see: a command that reads a cohort but was
    /// given no intake file.
    pub fn usage_problem(&self) -> Option<&'static str> {
        match &self.command {
            Command::Match(MatchArgs { run: args, .. }) | Command::Scores(args)
                if args.inputs.inputs().is_empty() =>
            {
                Some("give at least one intake file, or --mentors and --mentees files")
            }
            Command::Validate(ValidateArgs { inputs, .. })
            | Command::Check(CheckArgs { inputs, .. })
            | Command::Explain(ExplainArgs { inputs, .. })
                if inputs.inputs().is_empty() =>
            {
                Some("give at least one intake file, or --mentors and --mentees files")
            }
            _ => None,
        }
    }
}

impl InputArgs {
    fn inputs(&self) -> Inputs {
        Inputs {
            files: self.files.clone(),
            mentors: self.mentors.clone(),
            mentees: self.mentees.clone(),
            config: self.config.clone(),
            ratings: self.ratings.clone(),
            locks: self.lock.clone(),
            excludes: self.exclude.clone(),
            show_sensitive: self.show_sensitive,
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

/// Runs a command; the exit code on success.
///
/// # Errors
/// Bad input or I/O, for exit code 1.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Match(MatchArgs { run: args, keep_columns, alternatives, strict, timings }) => {
            let mut clock = Timings::new(timings);
            let (inputs, format) = prepare(&args)?;
            let loaded = inputs.load()?;
            clock.lap("intake");
            understood(&loaded, args.inputs.quiet);
            let bars = Bars::new(args.inputs.quiet);
            let matching = Matching::with_progress(&loaded, args.inputs.force_locks, &bars)?;
            clock.lap("scoring");
            let assignment = matching.solve()?;
            clock.lap("solving");
            let mut outcome = matching.describe(&assignment, alternatives)?;
            if !keep_columns {
                outcome.drop_extra_columns();
            }
            clock.lap("explaining");
            report::write(args.output.as_deref(), &format.outcome(&outcome), &inputs.paths())?;
            clock.lap("writing");
            clock.report();
            let s = &outcome.summary;
            if !args.inputs.quiet {
                let used: std::collections::BTreeSet<&str> =
                    outcome.pairs.iter().map(|p| p.mentor_id.as_str()).collect();
                say(&format!(
                    "Matched {} of {} mentees with {} of {} mentors; mean score {:.2}.{}",
                    s.matched,
                    s.mentees,
                    used.len(),
                    s.mentors,
                    s.mean_score(),
                    args.output.as_ref().map(|p| format!(" Wrote {}.", p.display())).unwrap_or_default()
                ));
                for target in outcome.targets.iter().filter(|t| !t.met) {
                    say(&format!(
                        "Target {} = {} missed: {}.",
                        target.attribute,
                        target.value,
                        target.reason.as_deref().unwrap_or("")
                    ));
                }
            }
            let missed = outcome.targets.iter().filter(|t| !t.met).count();
            if strict && (s.matched < s.mentees || missed > 0 || !loaded.unscored.is_empty()) {
                say(&format!(
                    "strict: {} mentee{} unmatched, {missed} target{} missed{}",
                    s.mentees - s.matched,
                    if s.mentees - s.matched == 1 { "" } else { "s" },
                    if missed == 1 { "" } else { "s" },
                    unscored(&loaded.unscored)
                ));
                return Ok(ExitCode::from(3));
            }
        }
        Command::Check(args) => {
            let inputs = args.inputs.inputs();
            let loaded = inputs.load()?;
            warn(&loaded.warnings, args.inputs.quiet);
            let matching = Matching::new(&loaded, args.inputs.force_locks)?;
            let table = intake::read(&args.pairs, &ReadOptions::default())?;
            let found = check::check(&matching, &table)?;
            show(&report::text::check(&found))?;
            if !found.is_clean() {
                return Ok(ExitCode::from(3));
            }
        }
        Command::Explain(args) => {
            let loaded = args.inputs.inputs().load()?;
            warn(&loaded.warnings, args.inputs.quiet);
            let matching = Matching::new(&loaded, args.inputs.force_locks)?;
            show(&report::text::explain(&explain::explain(&matching, &args.mentee, &args.mentor)?))?;
        }
        Command::Scores(args) => {
            let (inputs, format) = prepare(&args)?;
            let loaded = inputs.load()?;
            understood(&loaded, args.inputs.quiet);
            let matching = Matching::new(&loaded, true)?;
            let candidates = report::Candidates::new(&matching.scorer, &matching.matrix);
            report::write(args.output.as_deref(), &format.candidates(&candidates), &inputs.paths())?;
        }
        Command::Validate(args) => return validate(&args),
        Command::Init(args) => init(&args)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Wall time per phase, for `--timings`.
struct Timings {
    enabled: bool,
    start: Instant,
    last: Instant,
    laps: Vec<(&'static str, Duration)>,
}

impl Timings {
    fn new(enabled: bool) -> Timings {
        let now = Instant::now();
        Timings { enabled, start: now, last: now, laps: Vec::new() }
    }

    fn lap(&mut self, phase: &'static str) {
        let now = Instant::now();
        self.laps.push((phase, now - self.last));
        self.last = now;
    }

    /// `timings: intake 0.012 s, scoring 0.200 s, …, total 0.912 s`.
    fn report(&self) {
        if self.enabled {
            let laps: Vec<String> =
                self.laps.iter().map(|(phase, t)| format!("{phase} {:.3} s", t.as_secs_f64())).collect();
            say(&format!("timings: {}, total {:.3} s", laps.join(", "), self.start.elapsed().as_secs_f64()));
        }
    }
}

/// `validate`: the column report, then the cohort's summary and warnings,
/// or every problem; as text or JSON. The column report is shown also when
/// the files have problems, as far as they can be read.
fn validate(args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    let inputs = args.inputs.inputs();
    let json = args.format == ValidateFormat::Json;
    let loaded = match inputs.load() {
        Ok(loaded) => loaded,
        Err(error) => {
            let files = inputs.understand();
            if json {
                report::write(None, &report::json::validate(&files, None, &[], &error.problems), &[])?;
            } else {
                show(&report::columns::table(&files))?;
            }
            return Err(error.into());
        }
    };
    if json {
        let bytes = report::json::validate(&loaded.cohort.files, Some(&loaded.cohort), &loaded.warnings, &[]);
        report::write(None, &bytes, &[])?;
    } else {
        warn(&loaded.warnings, args.inputs.quiet);
        show(&report::columns::table(&loaded.cohort.files))?;
        show(&report::summary::cohort(&loaded.cohort, &loaded.warnings))?;
    }
    if args.strict && !loaded.unscored.is_empty() {
        say(&format!("strict:{}", unscored(&loaded.unscored).trim_start_matches(',')));
        return Ok(ExitCode::from(3));
    }
    Ok(ExitCode::SUCCESS)
}

/// `, goals and sector without data` for the strict line; empty for none.
fn unscored(criteria: &[&str]) -> String {
    match criteria {
        [] => String::new(),
        [one] => format!(", {one} without data"),
        [rest @ .., last] => format!(", {} and {last} without data", rest.join(", ")),
    }
}

/// What was understood of the input files, then the warnings, on
/// standard error; nothing when quiet.
fn understood(loaded: &tandem::inputs::Loaded, quiet: bool) {
    if !quiet {
        say_text(&report::columns::brief(&loaded.cohort.files));
    }
    warn(&loaded.warnings, quiet);
}

/// Prints warnings on standard error, unless quiet.
fn warn(warnings: &[Problem], quiet: bool) {
    if !quiet {
        for warning in warnings {
            say(&format!("warning: {warning}"));
        }
    }
}

fn prepare(args: &RunArgs) -> anyhow::Result<(Inputs, Format)> {
    let inputs = args.inputs.inputs();
    let format = Format::choose(args.format, args.output.as_deref())?;
    Ok((inputs, format))
}

/// The intake template `init` writes: every field tandem reads, and two rows.
const TEMPLATE: &str = "\
id,role,name,email,organisation,sector,target_sector,goals,gender,background,languages,region,level,capacity
M001,mentor,Example Mentor,mentor@example.org,Example Corp,finance,,leadership; negotiation,,,English; Dutch,Utrecht,director,2
E001,mentee,Example Mentee,mentee@example.org,Example School,education,finance,leadership; budgeting,,,Dutch,Utrecht,team lead,
";

fn init(args: &InitArgs) -> anyhow::Result<()> {
    let files = [("tandem.toml", DEFAULT_TOML), ("participants.csv", TEMPLATE)];
    let targets: Vec<(PathBuf, &str)> =
        files.iter().map(|(name, text)| (args.dir.join(name), *text)).collect();
    if !args.force
        && let Some((path, _)) = targets.iter().find(|(path, _)| path.exists())
    {
        bail!(
            "{} already exists; tandem init leaves it as it is (give --force to replace it)",
            path.display()
        );
    }
    std::fs::create_dir_all(&args.dir).map_err(|err| {
        anyhow::anyhow!("cannot create {}: {}", args.dir.display(), tandem::error::plain(&err))
    })?;
    for (path, text) in &targets {
        report::write(Some(path), text.as_bytes(), &[])?;
        say(&format!("Wrote {}", display(path)));
    }
    Ok(())
}

fn display(path: &Path) -> String {
    path.strip_prefix("./").unwrap_or(path).display().to_string()
}
