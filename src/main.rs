//! The `tandem` command: parse the arguments, run, report errors, choose the
//! exit code (0 success, 1 bad input or I/O, 2 usage; clap exits with 2 on
//! its own).

mod cli;
mod progress;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use tandem::error::InputError;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    if let Some(message) = cli.usage_problem() {
        cli::Cli::command().error(clap::error::ErrorKind::MissingRequiredArgument, message).exit();
    }
    match cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            match error.downcast_ref::<InputError>() {
                Some(input) => {
                    for problem in &input.problems {
                        eprintln!("error: {problem}");
                    }
                    if input.problems.len() > 1 {
                        eprintln!("{} problems found; fix them and run again.", input.problems.len());
                    }
                }
                None => eprintln!("error: {error:#}"),
            }
            ExitCode::FAILURE
        }
    }
}
