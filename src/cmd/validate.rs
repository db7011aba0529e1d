//! `tandem validate`: what was understood of every input file, every
//! problem, and a summary of the cohort; for people or as JSON.

use std::process::ExitCode;

use clap::Args;
use tandem::report;

use super::{unscored, warn};
use crate::cli::InputArgs;
use crate::console::{say, show};

/// Check intake files without matching: what was understood, every problem, a cohort summary.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
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

/// Runs `validate`: the column report, then the cohort's summary and warnings,
/// or every problem; as text or JSON. The column report is shown also when
/// the files have problems, as far as they can be read.
pub fn run(args: ValidateArgs) -> anyhow::Result<ExitCode> {
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
        show(&report::summary::cohort(&loaded.cohort, &loaded.warnings, loaded.config.output.lang))?;
    }
    if args.strict && !loaded.unscored.is_empty() {
        say(&format!("strict:{}", unscored(&loaded.unscored).trim_start_matches(',')));
        return Ok(ExitCode::from(3));
    }
    Ok(ExitCode::SUCCESS)
}
