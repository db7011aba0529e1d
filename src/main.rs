//! The `tandem` command: parse the arguments, run, report errors, choose the
//! exit code (0 success, 1 bad input or I/O, 2 usage, 3 a rule violated;
//! clap exits with 2 on its own; 141 when the reader of standard output
//! closed it, as for any program a pipe cuts short; 130 when interrupted).

mod cli;
mod cmd;
mod console;
mod progress;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use tandem::error::{InputError, UsageError, visible};
use tandem::report::Closed;

use crate::console::say;

fn main() -> ExitCode {
    // An interrupted run leaves no temporary file of personal data behind.
    let _ = ctrlc::set_handler(|| {
        tandem::report::remove_unfinished();
        std::process::exit(130);
    });
    let cli = cli::Cli::parse();
    if let Some(message) = cli.usage_problem() {
        cli::Cli::command().error(clap::error::ErrorKind::MissingRequiredArgument, message).exit();
    }
    if let Err(error) = tandem::memory::limit() {
        return report(&error.into());
    }
    match cli::run(cli) {
        Ok(code) => code,
        Err(error) => report(&error),
    }
}

/// Prints an error as people read it, and chooses the exit code.
fn report(error: &anyhow::Error) -> ExitCode {
    if error.downcast_ref::<Closed>().is_some() {
        return ExitCode::from(141);
    }
    if let Some(input) = error.downcast_ref::<InputError>() {
        for problem in input.shown() {
            say(&format!("error: {problem}"));
        }
        if input.problems.len() > 1 {
            say(&format!("{} problems found; fix them and run again.", input.problems.len()));
        }
        return ExitCode::FAILURE;
    }
    if let Some(usage) = error.downcast_ref::<UsageError>() {
        say(&format!("error: {usage}"));
        return ExitCode::from(2);
    }
    say(&format!("error: {}", visible(&format!("{error:#}"))));
    ExitCode::FAILURE
}
