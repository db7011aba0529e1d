//! Reading intake files into located rows of text.
//!
//! `intake` turns a file into a [`Table`] whose every cell knows its file,
//! line and column: CSV and TSV in UTF-8, UTF-16 or Windows-1252 with the
//! delimiter sniffed from the header line ([`delimited`]), and Excel or
//! OpenDocument workbooks ([`workbook`]), chosen by content first and
//! extension second. [`Columns`] maps the file's headers onto the fields a
//! caller asks for. It knows nothing about mentoring: which fields exist and
//! how users name them is the caller's [`FieldSpec`] list.

mod columns;
pub mod delimited;
pub mod workbook;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_removed_with_a_warning() {
        let table = parse("t.csv", b"id,name\n1,Acme\x1b[31mRED\n2,B\x00o\n").unwrap();
        assert_eq!(table.rows[0].cell(1), "Acme[31mRED");
        assert_eq!(table.rows[1].cell(1), "Bo");
        assert_eq!(
            table.warnings[0].to_string(),
            "t.csv:2: column 'name' (B): a cell holds the control character U+001B, which tandem removes (2 cells in all)\n  hint: such characters come from copying out of other programs; clean the cell to be sure nothing else is lost"
        );
    }
}

pub use columns::{
    Columns, Content, FieldSpec, HeaderUse, How, Resolved, header_words, holds_words, is_numbering, missing,
    pattern_strength,
};

use std::path::Path;

use encoding_rs::Encoding;

use crate::error::{InputError, Kind, Location, Problem};

/// The most characters a cell may hold: Excel's own limit, so no export of
/// a real sheet reaches it.
pub const MAX_CELL: usize = 32_767;

/// The most text one file may hold, and the largest file tandem reads.
pub const MAX_TEXT: usize = 512 * 1024 * 1024;

/// The most columns a file may use: far more than any sign-up form asks.
pub const MAX_COLUMNS: usize = 2_000;

/// The most data rows one file may hold.
pub const MAX_ROWS: usize = 1_000_000;

/// Memory a file takes per byte once read into cells, at the most: a cell
/// of one character costs a string of its own.
const MEMORY_PER_BYTE: u64 = 16;

/// The problem of a cell longer than [`MAX_CELL`].
fn too_long(at: Location, characters: usize) -> Problem {
    Problem::new(
        Kind::Malformed,
        at,
        format!("this cell holds {characters} characters, more than the {MAX_CELL} a cell may hold"),
    )
    .hint("shorten the answer: tandem reads cells as Excel does, up to 32,767 characters")
}

/// A file's rows, as text, with their places.
#[derive(Clone, Debug)]
pub struct Table {
    /// The file as the user named it.
    pub source: String,
    /// The header cells, trimmed, as the file writes them.
    pub headers: Vec<String>,
    /// The line of the header row.
    pub header_line: u64,
    /// The data rows, blank lines left out.
    pub rows: Vec<Row>,
    /// Problems with single rows (a row longer than the header, a row the
    /// reader could not parse), for the caller to report together with its
    /// own: the rest of the table is still read.
    pub problems: Vec<Problem>,
    /// What was read but changed: control characters removed from cells.
    pub warnings: Vec<Problem>,
}

/// How to read files, when sniffing is not wanted.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// The field delimiter of CSV and TSV files; sniffed when `None`.
    pub delimiter: Option<u8>,
    /// The text encoding; detected when `None`.
    pub encoding: Option<&'static Encoding>,
    /// The sheet of a workbook; the first when `None`.
    pub sheet: Option<String>,
}

/// One data row.
#[derive(Clone, Debug)]
pub struct Row {
    /// The line the row starts on, counting the header as line 1.
    pub line: u64,
    pub cells: Vec<String>,
}

impl Table {
    /// The place of a cell, for problems.
    pub fn at(&self, line: u64, column: usize) -> Location {
        Location::line(&self.source, line).column(&self.headers[column]).index(column)
    }

    /// A table from rows of cells with their line numbers: the first row
    /// with any text is the header, blank rows are left out, and a row with
    /// text beyond the header's last column is a problem.
    pub fn from_rows(
        source: &str,
        rows: impl IntoIterator<Item = (u64, Vec<String>)>,
    ) -> Result<Table, InputError> {
        let mut table = Table {
            source: source.to_owned(),
            headers: Vec::new(),
            header_line: 1,
            rows: Vec::new(),
            problems: Vec::new(),
            warnings: Vec::new(),
        };
        let mut has_header = false;
        // The first cell with control characters, and how many there are.
        let mut controlled: Option<(u64, usize, char)> = None;
        let mut controlled_cells = 0usize;
        for (line, mut cells) in rows {
            for (column, cell) in cells.iter_mut().enumerate() {
                if let Some(c) = cell.chars().find(|&c| is_stray_control(c)) {
                    cell.retain(|c| !is_stray_control(c));
                    controlled_cells += 1;
                    controlled.get_or_insert((line, column, c));
                }
            }
            if cells.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            if !has_header {
                table.headers = cells.iter().map(|c| c.trim().to_owned()).collect();
                table.header_line = line;
                has_header = true;
                continue;
            }
            if let Some(far) = cells.iter().skip(MAX_COLUMNS).position(|c| !c.trim().is_empty()) {
                return Err(Problem::new(
                    Kind::Malformed,
                    Location::line(source, line).index(MAX_COLUMNS + far),
                    format!("this row has a value beyond the {MAX_COLUMNS} columns tandem reads"),
                )
                .hint("check the delimiter (--delimiter), or delete what stands far to the right")
                .into());
            }
            for (column, cell) in cells.iter().enumerate() {
                // Characters, counted only where the bytes could exceed it.
                if cell.len() > MAX_CELL && cell.chars().count() > MAX_CELL {
                    let at = match table.headers.get(column) {
                        Some(header) => Location::line(source, line).column(header).index(column),
                        None => Location::line(source, line).index(column),
                    };
                    return Err(too_long(at, cell.chars().count()).into());
                }
            }
            if table.rows.len() == MAX_ROWS {
                return Err(Problem::new(
                    Kind::TooLarge,
                    Location::line(source, line),
                    format!("the file has more than {MAX_ROWS} rows"),
                )
                .hint("match smaller groups, one file each")
                .into());
            }
            let width = table.headers.len();
            if let Some(extra) = cells.iter().skip(width).position(|c| !c.trim().is_empty()) {
                table.problems.push(
                    Problem::new(Kind::Malformed,
                        Location::line(source, line).index(width + extra),
                        format!("this row has {} cells but the header has {width}", cells.len()),
                    )
                    .hint("a cell probably contains the delimiter; put that cell in double quotes, or give the column a header"),
                );
            }
            table.rows.push(Row { line, cells });
        }
        if !has_header {
            return Err(Problem::new(Kind::Malformed, Location::file(source), "the file is empty")
                .hint("export the sign-up form with its header row")
                .into());
        }
        if let Some((line, column, c)) = controlled {
            let at = match table.headers.get(column) {
                Some(header) if line != table.header_line => {
                    Location::line(source, line).column(header).index(column)
                }
                _ => Location::line(source, line).index(column),
            };
            let more = match controlled_cells {
                1 => String::new(),
                n => format!(" ({n} cells in all)"),
            };
            table.warnings.push(
                Problem::new(Kind::Malformed, at, format!("a cell holds the control character U+{:04X}, which tandem removes{more}", c as u32))
                    .hint("such characters come from copying out of other programs; clean the cell to be sure nothing else is lost"),
            );
        }
        Ok(table)
    }
}

/// Characters that have no place in a form answer and could steer a
/// terminal (escape sequences) or break other programs (NUL): every control
/// character but tab and line breaks.
fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

impl Row {
    /// The trimmed text of a cell; empty when the row is short.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |cell| cell.trim())
    }
}

/// Whether two paths name one file: the same device and inode where the
/// system tells them, else the same canonical path.
pub fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Reads an intake file: a workbook when its first bytes say so, else
/// delimited text (tab-separated when named `.tsv` or `.tab`).
///
/// # Errors
/// The file cannot be read, is not in a format or encoding tandem reads, has
/// no header, or (workbooks) lacks the sheet asked for. Problems with single
/// rows are in [`Table::problems`].
pub fn read(path: &Path, options: &ReadOptions) -> Result<Table, InputError> {
    let source = path.display().to_string();
    if let Ok(metadata) = std::fs::metadata(path)
        && metadata.is_file()
        && metadata.len() > MAX_TEXT as u64
    {
        return Err(Problem::new(
            Kind::TooLarge,
            Location::file(&source),
            format!(
                "the file is {} MB, more than the {} MB tandem reads",
                metadata.len() / 1_000_000,
                MAX_TEXT / 1_000_000
            ),
        )
        .hint("check that this is the sign-up export; match smaller groups, one file each")
        .into());
    }
    // Read into cells, a file takes many times its size in memory: count
    // it against the same ceiling as scoring, before reading it.
    if let Ok(metadata) = std::fs::metadata(path)
        && let Ok(Some(memory)) = crate::memory::limit()
        && metadata.len().saturating_mul(MEMORY_PER_BYTE) > memory
    {
        return Err(Problem::new(
            Kind::TooLarge,
            Location::file(&source),
            format!(
                "the file is {}, and reading it needs about {} of the {} available",
                crate::memory::size(metadata.len()),
                crate::memory::size(metadata.len().saturating_mul(MEMORY_PER_BYTE)),
                crate::memory::size(memory)
            ),
        )
        .hint("match smaller groups, one file each, or run on a machine with more memory")
        .into());
    }
    let bytes = std::fs::read(path).map_err(|err| {
        Problem::new(
            Kind::Unreadable,
            Location::file(&source),
            format!("cannot read the file: {}", crate::error::plain(&err)),
        )
        .hint("check that the path is right and that you may read the file")
    })?;
    let extension = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    if workbook::is_workbook(&bytes) {
        return workbook::parse(&source, bytes, options.sheet.as_deref());
    }
    let options = match (options.delimiter, extension.as_str()) {
        (None, "tsv" | "tab") => ReadOptions { delimiter: Some(b'\t'), ..options.clone() },
        _ => options.clone(),
    };
    delimited::parse(&source, &bytes, &options)
}

/// Parses delimited text in memory, sniffing delimiter and encoding;
/// `source` names it in problems.
///
/// # Errors
/// As [`read`].
pub fn parse(source: &str, bytes: &[u8]) -> Result<Table, InputError> {
    delimited::parse(source, bytes, &ReadOptions::default())
}
