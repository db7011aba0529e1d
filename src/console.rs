//! Text for people on the terminal: standard output for results, standard
//! error for the summary, warnings and errors. Characters that would steer
//! or hide from a terminal are shown escaped. Neither ever panics: a
//! reader that closes standard output ends the run quietly (see
//! [`tandem::report::Closed`]), and a standard error that cannot be written
//! is left alone, since there is nowhere else to say so.

use std::io::Write;

/// Prints text on standard output.
///
/// # Errors
/// A closed pipe, or a failed write such as a full disk.
pub fn show(text: &str) -> anyhow::Result<()> {
    tandem::report::to_stdout(tandem::error::terminal(text).as_bytes())
}

/// Prints a line on standard error, if it can.
pub fn say(line: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{}", tandem::error::terminal(line));
}

/// Prints text (whole lines) on standard error, if it can.
pub fn say_text(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(tandem::error::terminal(text).as_bytes());
}
