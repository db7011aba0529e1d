//! Problems found in users' files, each with the place it was found, so that
//! staff can open the file and fix it.
//!
//! Problems are collected, not thrown one at a time: a file with three errors
//! is reported with all three in one run.

use std::fmt;

/// Where in an input a problem was found: file, line as a spreadsheet shows
/// it (1-based, header included), and the column's header as the file
/// writes it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: String,
    pub line: Option<u64>,
    /// The column's header as the file writes it.
    pub column: Option<String>,
    /// The column's position from 0, shown as a spreadsheet's letter.
    pub index: Option<usize>,
}

impl Location {
    /// The whole file.
    pub fn file(file: impl Into<String>) -> Self {
        Location { file: file.into(), line: None, column: None, index: None }
    }

    /// No file: a problem of the run as a whole (its size, settings that
    /// cannot go together), shown without a place.
    pub fn nowhere() -> Self {
        Location::file("")
    }

    /// Whether the problem has no place.
    pub fn is_nowhere(&self) -> bool {
        self.file.is_empty() && self.line.is_none()
    }

    /// One line of a file.
    pub fn line(file: impl Into<String>, line: u64) -> Self {
        Location { file: file.into(), line: Some(line), column: None, index: None }
    }

    /// The same place, narrowed to a column by its header.
    pub fn column(mut self, header: impl Into<String>) -> Self {
        self.column = Some(header.into());
        self
    }

    /// The same place, narrowed to a column by its position from 0.
    pub fn index(mut self, index: usize) -> Self {
        self.index = Some(index);
        self
    }
}

/// A column's letters as spreadsheets show them: 0 is A, 25 Z, 26 AA.
pub fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        match (&self.column, self.index) {
            (Some(column), Some(index)) => write!(f, ": column '{column}' ({})", column_letters(index)),
            (Some(column), None) => write!(f, ": column '{column}'"),
            (None, Some(index)) => write!(f, ": column {}", column_letters(index)),
            (None, None) => Ok(()),
        }
    }
}

/// What kind of thing is wrong, for scripts and tests to tell problems
/// apart without reading their words (`validate` and `check` print it in
/// JSON as `kind`, in snake case). Stable: kinds are only ever added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A file that cannot be opened or read as what it claims to be.
    Unreadable,
    /// A file larger than tandem reads, or a cohort larger than memory.
    TooLarge,
    /// Broken text or structure: an encoding, a stray quote, a row with
    /// too many cells, a control character.
    Malformed,
    /// A column tandem needs that no header gives.
    MissingColumn,
    /// A header read in a way that may not be what was meant: ambiguous,
    /// passed over, numbering responses.
    Column,
    /// An empty cell where a value is needed.
    MissingValue,
    /// A value tandem cannot take: not a number, not yes or no, an unknown
    /// role, out of range.
    InvalidValue,
    /// The same id, pair, header or file twice.
    Duplicate,
    /// A pair file naming someone not in the intake, or not in that role.
    UnknownPerson,
    /// A pair file whose names or addresses differ from the intake's.
    Disagreement,
    /// A participant who looks wrong: the same e-mail or person twice,
    /// invisible characters, near-identical organisations, no goals.
    Participant,
    /// Rows of a pair file skipped, or a file naming nothing.
    Skipped,
    /// A criterion with weight that has (almost) no data to score on.
    Gap,
    /// The configuration: an unknown key, a value out of range, a
    /// declaration that cannot work.
    Config,
    /// A pair that breaks a hard rule, or a locked pair left out.
    RuleBroken,
    /// More mentees than a mentor's places, or more mentors than a mentee
    /// wants.
    Capacity,
    /// Settings that cannot be solved exactly together.
    Unsolvable,
}

impl Kind {
    /// The kind as JSON writes it: `missing_column`.
    pub fn name(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }
}

/// One thing wrong with an input, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: Kind,
    pub location: Location,
    pub message: String,
    pub hint: Option<String>,
}

impl Problem {
    pub fn new(kind: Kind, location: Location, message: impl Into<String>) -> Self {
        Problem { kind, location, message: message.into(), hint: None }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Problem {
    /// `file:line: column 'X' (C): message`, then the hint; control
    /// characters (from a file name or a cell) are shown escaped, never
    /// sent to the terminal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.location.is_nowhere() {
            write!(f, "{}: ", visible(&self.location.to_string()))?;
        }
        write!(f, "{}", visible(&self.message))?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {}", visible(hint))?;
        }
        Ok(())
    }
}

/// Text with every control character, and every character that takes no
/// room on screen, escaped (`\u{1b}`, `\u{200b}`), for a terminal.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    escape_where(text, hidden)
}

/// Text of several lines for a terminal: as [`visible`], but keeping line
/// breaks and tabs.
pub fn terminal(text: &str) -> std::borrow::Cow<'_, str> {
    escape_where(text, |c| hidden(c) && !matches!(c, '\n' | '\t'))
}

/// Text with the characters `escape` picks written as Rust escapes.
fn escape_where(text: &str, escape: impl Fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(&escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.chars()
            .map(|c| if escape(c) { c.escape_default().to_string() } else { c.to_string() })
            .collect(),
    )
}

/// Control characters, and those that take no room on screen: zero-width
/// spaces and joiners, word joiners, the byte-order mark, soft hyphens, and
/// the bidirectional overrides that make a terminal show text reversed.
pub fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
        )
}

/// An I/O error's text without the "(os error N)" the system appends.
pub fn plain(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// Every problem found in the inputs of one run, in file and line order.
#[derive(Debug, PartialEq, Eq)]
pub struct InputError {
    pub problems: Vec<Problem>,
}

impl InputError {
    /// Wraps the problems, or returns `Ok` when there are none.
    pub fn check(mut problems: Vec<Problem>) -> Result<(), InputError> {
        if problems.is_empty() {
            return Ok(());
        }
        problems.sort_by(|a, b| a.location.cmp(&b.location));
        problems.dedup();
        Err(InputError { problems })
    }

    /// The problems as people read them: one repeated on many rows (the
    /// same hint, in the same column of the same file) is shown for its
    /// first [`SHOWN`] rows, then counted, so a file of a thousand alike
    /// rows gives a readable error.
    pub fn shown(&self) -> Vec<Problem> {
        collapse(self.problems.clone())
    }

    pub fn single(problem: Problem) -> Self {
        InputError { problems: vec![problem] }
    }
}

/// How many rows of one repeated problem are shown.
pub const SHOWN: usize = 3;

/// Keeps the first [`SHOWN`] problems of each sort (kind, file, column,
/// hint) of more than five, and one line counting the rest.
fn collapse(problems: Vec<Problem>) -> Vec<Problem> {
    type Sort = (Kind, String, Option<usize>, Option<String>);
    let sort = |p: &Problem| -> Sort { (p.kind, p.location.file.clone(), p.location.index, p.hint.clone()) };
    let mut counts: std::collections::BTreeMap<Sort, Vec<u64>> = std::collections::BTreeMap::new();
    for problem in problems.iter().filter(|p| p.location.line.is_some()) {
        counts.entry(sort(problem)).or_default().push(problem.location.line.unwrap_or(0));
    }
    let mut shown: std::collections::BTreeMap<Sort, usize> = std::collections::BTreeMap::new();
    let mut kept = Vec::new();
    for problem in problems {
        let key = sort(&problem);
        let problem_kind = problem.kind;
        let lines = counts.get(&key).filter(|lines| lines.len() > 5);
        let Some(lines) = lines else {
            kept.push(problem);
            continue;
        };
        let seen = shown.entry(key).or_default();
        *seen += 1;
        if *seen <= SHOWN {
            kept.push(problem);
        }
        if *seen == SHOWN {
            let rest = &lines[SHOWN..];
            let mut location = Location::file(problem_file(&kept));
            location.column = kept.last().and_then(|p| p.location.column.clone());
            location.index = kept.last().and_then(|p| p.location.index);
            kept.push(Problem {
                kind: problem_kind,
                location,
                message: format!(
                    "and {} more rows like these, lines {} to {}",
                    rest.len(),
                    rest.first().copied().unwrap_or(0),
                    rest.last().copied().unwrap_or(0)
                ),
                hint: None,
            });
        }
    }
    kept
}

fn problem_file(problems: &[Problem]) -> String {
    problems.last().map(|p| p.location.file.clone()).unwrap_or_default()
}

impl From<Problem> for InputError {
    fn from(problem: Problem) -> Self {
        InputError::single(problem)
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.shown().iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        if self.problems.len() > 1 {
            write!(f, "\n{} problems found; fix them and run again", self.problems.len())?;
        }
        Ok(())
    }
}

impl std::error::Error for InputError {}

/// A command line that asks for what the inputs do not hold (an id no
/// participant has, a mentor's id where a mentee's belongs): exit code 2,
/// like any other usage error.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError {
    pub message: String,
    pub hint: Option<String>,
}

impl UsageError {
    pub fn new(message: impl Into<String>, hint: impl Into<String>) -> Self {
        UsageError { message: message.into(), hint: Some(hint.into()) }
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&visible(&self.message))?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {}", visible(hint))?;
        }
        Ok(())
    }
}

impl std::error::Error for UsageError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_reads_like_a_compiler_message() {
        let at = Location::line("intake.csv", 17).column("Organisatie");
        assert_eq!(at.to_string(), "intake.csv:17: column 'Organisatie'");
        assert_eq!(Location::file("a.csv").to_string(), "a.csv");
        assert_eq!(at.index(2).to_string(), "intake.csv:17: column 'Organisatie' (C)");
        assert_eq!(Location::line("a.csv", 2).index(27).to_string(), "a.csv:2: column AB");
    }

    #[test]
    fn terminal_text_shows_what_hides() {
        assert_eq!(visible("Ann\u{1b}[2J"), "Ann\\u{1b}[2J");
        assert_eq!(visible("E1\u{200b}"), "E1\\u{200b}");
        assert_eq!(visible("Ann\u{202e}live"), "Ann\\u{202e}live");
        assert_eq!(visible("Zoë Müller"), "Zoë Müller");
    }

    #[test]
    fn column_letters_as_spreadsheets_show_them() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].map(column_letters).to_vec();
        assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn a_problem_on_many_rows_is_shown_three_times_then_counted() {
        let problems = (2..=200)
            .map(|line| {
                Problem::new(
                    Kind::MissingValue,
                    Location::line("a.csv", line).column("role").index(1),
                    format!("no role for E{line}"),
                )
                .hint("write mentor or mentee")
            })
            .chain([Problem::new(Kind::MissingValue, Location::line("a.csv", 7), "other")])
            .collect();
        let error = InputError::check(problems).unwrap_err();
        assert_eq!(error.problems.len(), 200, "every problem is kept");
        let lines: Vec<String> =
            error.shown().iter().map(|p| p.to_string().lines().next().unwrap().to_owned()).collect();
        assert_eq!(
            lines,
            [
                "a.csv:2: column 'role' (B): no role for E2",
                "a.csv:3: column 'role' (B): no role for E3",
                "a.csv:4: column 'role' (B): no role for E4",
                "a.csv: column 'role' (B): and 196 more rows like these, lines 5 to 200",
                "a.csv:7: other",
            ]
        );
    }

    #[test]
    fn input_error_lists_every_problem_sorted_with_hints() {
        let error = InputError::check(vec![
            Problem::new(Kind::MissingValue, Location::line("a.csv", 9), "second"),
            Problem::new(Kind::MissingValue, Location::line("a.csv", 3), "first").hint("do this"),
        ])
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "a.csv:3: first\n  hint: do this\na.csv:9: second\n2 problems found; fix them and run again"
        );
        assert!(InputError::check(Vec::new()).is_ok());
    }
}
