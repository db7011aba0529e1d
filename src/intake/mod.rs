//! Reading intake files into located rows of text.
//!
//! `intake` turns a file (CSV or TSV, with the delimiter sniffed from the
//! header line) into a [`Table`] whose every cell knows its file, line and
//! column, and maps the file's headers onto the fields a caller asks for
//! ([`Columns`]). It knows nothing about mentoring: which fields exist and how
//! users name them is the caller's [`FieldSpec`] list.

mod columns;

pub use columns::{Columns, FieldSpec};

use std::path::Path;

use crate::error::{InputError, Location, Problem};

/// A file's rows, as text, with their places.
#[derive(Clone, Debug)]
pub struct Table {
    /// The file as the user named it.
    pub source: String,
    /// The header cells, trimmed, as the file writes them.
    pub headers: Vec<String>,
    /// The data rows, blank lines left out.
    pub rows: Vec<Row>,
    /// Problems with single rows (a row longer than the header, a row the
    /// reader could not parse), for the caller to report together with its
    /// own: the rest of the table is still read.
    pub problems: Vec<Problem>,
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
        Location::line(&self.source, line).column(&self.headers[column])
    }
}

impl Row {
    /// The trimmed text of a cell; empty when the row is short.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |cell| cell.trim())
    }
}

/// Reads a delimited text file.
///
/// # Errors
/// The file cannot be read, is not text in a supported encoding, or has no
/// header. Problems with single rows are in [`Table::problems`].
pub fn read(path: &Path) -> Result<Table, InputError> {
    let source = path.display().to_string();
    let extension = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    if matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        return Err(Problem::new(Location::file(&source), "spreadsheet workbooks are not read yet")
            .hint("save the sheet as 'CSV UTF-8' from Excel and give tandem the .csv file")
            .into());
    }
    let bytes = std::fs::read(path).map_err(|err| {
        Problem::new(Location::file(&source), format!("cannot read the file: {err}"))
            .hint("check that the path is right and that you may read the file")
    })?;
    parse(&source, &bytes)
}

/// Parses delimited text already in memory; `source` names it in problems.
///
/// # Errors
/// As [`read`].
pub fn parse(source: &str, bytes: &[u8]) -> Result<Table, InputError> {
    let text = decode(source, bytes)?;
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());

    let mut lines = Lines::new(text);
    let mut records = reader.records();
    let mut problems = Vec::new();
    let mut headers = None;
    let mut rows = Vec::new();
    for record in &mut records {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map_or(0, |p| lines.at(p.byte()));
                problems.push(
                    Problem::new(Location::line(source, line), format!("cannot read this row: {err}"))
                        .hint("check for a stray quote character on this line"),
                );
                continue;
            }
        };
        let line = record.position().map_or(0, |p| lines.at(p.byte()));
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        match &headers {
            None => headers = Some(cells.iter().map(|c| c.trim().to_owned()).collect::<Vec<_>>()),
            Some(header) => {
                if cells.len() > header.len() && cells[header.len()..].iter().any(|c| !c.trim().is_empty()) {
                    problems.push(
                        Problem::new(
                            Location::line(source, line),
                            format!("this row has {} cells but the header has {}", cells.len(), header.len()),
                        )
                        .hint("a cell probably contains the delimiter; put that cell in double quotes"),
                    );
                }
                rows.push(Row { line, cells });
            }
        }
    }
    let Some(headers) = headers else {
        return Err(Problem::new(Location::file(source), "the file is empty")
            .hint("export the sign-up form with its header row")
            .into());
    };
    Ok(Table { source: source.to_owned(), headers, rows, problems })
}

/// Line numbers of record starts. The csv crate's own line count skips blank
/// lines, so this counts line breaks up to each record's first byte (past
/// any blank lines before it), going forward only, in linear time overall.
struct Lines<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines { bytes: text.as_bytes(), offset: 0, line: 1 }
    }

    fn at(&mut self, byte: u64) -> u64 {
        let mut start = (byte as usize).clamp(self.offset, self.bytes.len());
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        self.line += self.bytes[self.offset..start].iter().filter(|&&b| b == b'\n').count() as u64;
        self.offset = start;
        self.line
    }
}

/// UTF-8 text, without a byte-order mark.
fn decode<'a>(source: &str, bytes: &'a [u8]) -> Result<&'a str, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|err| {
        let line = 1 + bytes[..err.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64;
        Problem::new(Location::line(source, line), "the file is not UTF-8 text")
            .hint("in Excel, save it with 'Save as' and the type 'CSV UTF-8 (comma delimited)'")
            .into()
    })
}

/// The delimiter that occurs most often outside quotes on the first non-blank
/// line, among `,` `;` tab and `|`; a comma when none does.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0), (b'|', 0)];
    let mut quoted = false;
    for byte in header.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(entry) = counts.iter_mut().find(|(d, _)| *d == byte) {
            entry.1 += 1;
        }
    }
    // Ties go to the earlier candidate, so a header with none picks the comma.
    let mut best = counts[0];
    for entry in counts {
        if entry.1 > best.1 {
            best = entry;
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_with_their_spreadsheet_lines() {
        let table = parse("t.csv", b"id,name\n1,Ann\n\n2,\"Bo\nB\"\n3,Cy\n").unwrap();
        assert_eq!(table.headers, ["id", "name"]);
        let lines: Vec<u64> = table.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4, 6]);
        assert_eq!(table.rows[1].cell(1), "Bo\nB");
    }

    #[test]
    fn sniffs_semicolon_tab_and_pipe() {
        for (text, delimiter) in [
            ("id;naam;organisatie\n", b';'),
            ("id\tname\n", b'\t'),
            ("id|name\n", b'|'),
            ("\"a,b\";c;d\n", b';'),
            ("id\n", b','),
        ] {
            assert_eq!(sniff_delimiter(text), delimiter, "{text:?}");
        }
        let table = parse("t.csv", "\u{feff}id;naam\n1;Jan\n".as_bytes()).unwrap();
        assert_eq!(table.headers, ["id", "naam"]);
        assert_eq!(table.rows[0].cell(1), "Jan");
    }

    #[test]
    fn reports_every_ragged_row() {
        let table = parse("t.csv", b"id,name\n1,Ann,extra\n2,Bo\n3,Cy,more\n").unwrap();
        let lines: Vec<_> = table.problems.iter().map(|p| p.location.line).collect();
        assert_eq!(lines, [Some(2), Some(4)]);
        assert_eq!(table.rows.len(), 3);
    }

    #[test]
    fn short_rows_and_trailing_empty_cells_are_fine() {
        let table = parse("t.csv", b"id,name,goals\n1,Ann\n2,Bo,x,,\n").unwrap();
        assert_eq!(table.rows[0].cell(2), "");
        assert_eq!(table.rows[1].cell(2), "x");
    }

    #[test]
    fn rejects_empty_and_non_utf8_files_with_the_line() {
        assert!(parse("e.csv", b" \n\n").unwrap_err().to_string().contains("empty"));
        let error = parse("w.csv", b"id,name\n1,Ren\xe9\n").unwrap_err();
        assert_eq!(error.problems[0].location.line, Some(2));
    }
}
