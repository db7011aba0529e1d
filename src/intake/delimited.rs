//! Delimited text: CSV and TSV as spreadsheets and form tools export them.
//!
//! The encoding is taken from a byte-order mark (UTF-8, UTF-16), else UTF-8
//! when the bytes are valid UTF-8, else UTF-16 when the text is mostly
//! interleaved zero bytes, else Windows-1252 (what Excel writes for "CSV" on
//! Dutch and German Windows). The delimiter is the most frequent of `,` `;`
//! tab and `|` outside quotes on the header line.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::{ReadOptions, Table};
use crate::error::{InputError, Kind, Location, Problem};

/// Parses delimited text.
///
/// # Errors
/// Bytes that are not text in the encoding asked for, or no header.
pub fn parse(source: &str, bytes: &[u8], options: &ReadOptions) -> Result<Table, InputError> {
    let text = decode(source, bytes, options.encoding)?;
    not_binary(source, &text)?;
    let delimiter = options.delimiter.unwrap_or_else(|| sniff_delimiter(&text));
    check_quotes(source, &text, delimiter)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());

    let mut lines = Lines::new(&text);
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| lines.at(p.byte()));
                rows.push((line, record.iter().map(str::to_owned).collect()));
            }
            Err(err) => {
                let line = err.position().map_or(0, |p| lines.at(p.byte()));
                problems.push(
                    Problem::new(
                        Kind::Malformed,
                        Location::line(source, line),
                        format!("cannot read this row: {err}"),
                    )
                    .hint("check for a stray quote character on this line"),
                );
            }
        }
    }
    let mut table = Table::from_rows(source, rows)?;
    table.problems.extend(problems);
    Ok(table)
}

/// The text of the bytes, in the encoding forced, else the one detected.
fn decode<'a>(
    source: &str,
    bytes: &'a [u8],
    forced: Option<&'static Encoding>,
) -> Result<Cow<'a, str>, InputError> {
    let encoding = match forced {
        Some(encoding) => encoding,
        None => match Encoding::for_bom(bytes) {
            Some((encoding, _)) => encoding,
            None if std::str::from_utf8(bytes).is_ok() => UTF_8,
            None => match utf16_without_bom(bytes) {
                Some(encoding) => encoding,
                None => {
                    mostly_utf8(source, bytes)?;
                    WINDOWS_1252
                }
            },
        },
    };
    let without_bom = match Encoding::for_bom(bytes) {
        Some((bom, length)) if bom == encoding => &bytes[length..],
        _ => bytes,
    };
    match encoding.decode_without_bom_handling_and_without_replacement(without_bom) {
        Some(text) => Ok(text),
        None => {
            // Find where decoding breaks down, for the line number.
            let (text, _) = encoding.decode_without_bom_handling(without_bom);
            let before = text.split('\u{FFFD}').next().unwrap_or("");
            let line = 1 + before.matches('\n').count() as u64;
            Err(Problem::new(
                Kind::Malformed,
                Location::line(source, line),
                format!("the file is not {} text", encoding.name()),
            )
            .hint("save it from Excel as 'CSV UTF-8 (comma delimited)', or name its encoding with --encoding")
            .into())
        }
    }
}

/// A file that is UTF-8 but for some bytes (a row pasted from elsewhere, a
/// broken export) is an error naming the first bad byte: read as
/// Windows-1252 instead, every "Zoë" would silently become "ZoÃ«". Text
/// with no UTF-8 sequence at all is left to Windows-1252.
fn mostly_utf8(source: &str, bytes: &[u8]) -> Result<(), InputError> {
    let utf8_characters: usize =
        bytes.utf8_chunks().map(|chunk| chunk.valid().chars().filter(|c| !c.is_ascii()).count()).sum();
    if utf8_characters == 0 {
        return Ok(());
    }
    let bad = std::str::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to());
    let before = &bytes[..bad];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count() as u64;
    let character = 1 + String::from_utf8_lossy(&before[line_start..]).chars().count();
    Err(Problem::new(
        Kind::Malformed,
        Location::line(source, line),
        format!(
            "byte 0x{:02X} at character {character} is not UTF-8, though the file holds UTF-8 text elsewhere",
            bytes[bad]
        ),
    )
    .hint(
        "the file mixes two encodings; fix that line (or save the file again as 'CSV UTF-8'), \
         or give --encoding windows-1252 to read the whole file in that encoding",
    )
    .into())
}

/// NUL bytes in the header line, or many of them, mean the file is not
/// text at all (a binary file under a .csv name).
fn not_binary(source: &str, text: &str) -> Result<(), InputError> {
    let header = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    let nuls = text.bytes().filter(|&b| b == 0).count();
    if header.contains('\0') || (nuls > 10 && nuls * 100 >= text.len()) {
        return Err(Problem::new(
            Kind::Malformed,
            Location::file(source),
            "this is not a text file: it holds NUL bytes",
        )
        .hint("export the sign-up sheet as CSV (UTF-8) or give the Excel workbook itself")
        .into());
    }
    Ok(())
}

/// A quote that opens a cell and is never closed makes the rest of the
/// file one cell; one closed only many lines later swallows the rows in
/// between. Both are errors naming the line where the quote opened.
fn check_quotes(source: &str, text: &str, delimiter: u8) -> Result<(), InputError> {
    let delimiter = delimiter as char;
    let header = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    let header_delimiters = header.chars().filter(|&c| c == delimiter).count();
    let mut line = 1u64;
    let mut quoted: Option<u64> = None;
    // Delimiters on the current line inside the open quote.
    let mut inside = 0usize;
    let mut swallowed: Option<u64> = None;
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match quoted {
            Some(opened) => match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                }
                '"' => {
                    quoted = None;
                    if let Some(row) = swallowed {
                        return Err(Problem::new(Kind::Malformed,
                            Location::line(source, opened),
                            format!("a quote opened here closes only on line {line}, so the rows from line {row} on are read as part of one cell"),
                        )
                        .hint("a cell probably holds a stray '\"': remove it, or put the whole cell in quotes and double the quote inside (\"\")")
                        .into());
                    }
                }
                '\n' => {
                    line += 1;
                    inside = 0;
                }
                c if c == delimiter => {
                    inside += 1;
                    // A whole row's worth of delimiters on one line of a
                    // quoted cell: rows are being swallowed.
                    if header_delimiters >= 3
                        && inside >= header_delimiters
                        && line > opened
                        && swallowed.is_none()
                    {
                        swallowed = Some(line);
                    }
                }
                _ => {}
            },
            None => {
                if c == '"' && field_start {
                    quoted = Some(line);
                    inside = 0;
                    swallowed = None;
                }
                if c == '\n' {
                    line += 1;
                }
                field_start = c == delimiter || c == '\n' || c == '\r';
            }
        }
    }
    let last = if text.ends_with('\n') { line - 1 } else { line };
    match quoted {
        Some(opened) => Err(Problem::new(Kind::Malformed,
            Location::line(source, opened),
            format!("a quote opened here is never closed, so everything from here to the end of the file (line {last}) would be one cell"),
        )
        .hint("a cell probably holds a stray '\"': remove it, or close the quote")
        .into()),
        None => Ok(()),
    }
}

/// UTF-16 without a byte-order mark: zero bytes in every other place, as in
/// text exported as "Unicode text" by some tools.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(512) & !1];
    if sample.len() < 4 {
        return None;
    }
    let zeros_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let half = sample.len() / 2;
    if zeros_at(1) * 10 >= half * 9 {
        Some(UTF_16LE)
    } else if zeros_at(0) * 10 >= half * 9 {
        Some(UTF_16BE)
    } else {
        None
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_default(bytes: &[u8]) -> Result<Table, InputError> {
        parse("t.csv", bytes, &ReadOptions::default())
    }

    #[test]
    fn reads_rows_with_their_spreadsheet_lines() {
        let table = parse_default(b"id,name\n1,Ann\n\n2,\"Bo\nB\"\n3,Cy\n").unwrap();
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
    }

    #[test]
    fn a_forced_delimiter_wins() {
        let options = ReadOptions { delimiter: Some(b';'), ..ReadOptions::default() };
        let table = parse("t.csv", b"id,x;name\n1,2;Ann\n", &options).unwrap();
        assert_eq!(table.headers, ["id,x", "name"]);
    }

    #[test]
    fn reports_every_ragged_row() {
        let table = parse_default(b"id,name\n1,Ann,extra\n2,Bo\n3,Cy,more\n").unwrap();
        let lines: Vec<_> = table.problems.iter().map(|p| p.location.line).collect();
        assert_eq!(lines, [Some(2), Some(4)]);
        assert_eq!(table.rows.len(), 3);
    }

    #[test]
    fn short_rows_and_trailing_empty_cells_are_fine() {
        let table = parse_default(b"id,name,goals\n1,Ann\n2,Bo,x,,\n").unwrap();
        assert!(table.problems.is_empty());
        assert_eq!(table.rows[0].cell(2), "");
        assert_eq!(table.rows[1].cell(2), "x");
    }

    #[test]
    fn decodes_every_encoding_staff_have() {
        let expected = "naam;organisatie\nRenée;Café Ré\n";
        let mut utf16le = vec![0xFF, 0xFE];
        utf16le.extend(expected.encode_utf16().flat_map(u16::to_le_bytes));
        let mut utf16be = vec![0xFE, 0xFF];
        utf16be.extend(expected.encode_utf16().flat_map(u16::to_be_bytes));
        let bare_utf16le: Vec<u8> = expected.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let (cp1252, _, _) = WINDOWS_1252.encode(expected);
        for bytes in [
            expected.as_bytes().to_vec(),
            [b"\xEF\xBB\xBF".as_slice(), expected.as_bytes()].concat(),
            utf16le,
            utf16be,
            bare_utf16le,
            cp1252.into_owned(),
        ] {
            let table = parse_default(&bytes).unwrap();
            assert_eq!(table.headers, ["naam", "organisatie"], "{bytes:?}");
            assert_eq!(table.rows[0].cells, ["Renée", "Café Ré"], "{bytes:?}");
        }
    }

    #[test]
    fn a_forced_encoding_that_does_not_fit_names_the_line() {
        let options = ReadOptions { encoding: Some(UTF_8), ..ReadOptions::default() };
        let error = parse("w.csv", b"id,name\n1,Ren\xe9\n", &options).unwrap_err();
        assert_eq!(error.problems[0].location.line, Some(2));
        assert!(error.to_string().contains("not UTF-8 text"), "{error}");
        // Left to detection, the same bytes are Windows-1252.
        assert_eq!(parse_default(b"id,name\n1,Ren\xe9\n").unwrap().rows[0].cell(1), "René");
    }

    #[test]
    fn a_stray_quote_is_an_error_at_the_line_it_opens() {
        let error = parse_default(b"id,role,organisation,region\nE1,mentee,A,\"Leiden,\nE2,mentee,B,Delft\n")
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "t.csv:2: a quote opened here is never closed, so everything from here to the end of the file (line 3) would be one cell\n  hint: a cell probably holds a stray '\"': remove it, or close the quote"
        );
        // Closed again many lines later, by another cell's quotes.
        let error = parse_default(
            b"id,role,organisation,region,goals\nE1,mentee,A,\"Leiden,x\nE2,mentee,B,Delft,sales\nE3,mentee,C,Delft,\"a, b\"\n",
        )
        .unwrap_err();
        assert!(
            error.to_string().starts_with(
                "t.csv:2: a quote opened here closes only on line 4, so the rows from line 3 on"
            ),
            "{error}"
        );
        // Quoted line breaks and doubled quotes are fine.
        let table = parse_default(b"id,name,goals\n1,\"Ann \"\"A\"\"\",\"a,\nb\"\n2,Bo,c\n").unwrap();
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].cell(1), "Ann \"A\"");
    }

    #[test]
    fn a_late_invalid_byte_in_utf8_is_an_error_not_windows_1252() {
        let error = parse_default("id,name\n1,Zoë Müller\n2,Ren\u{e9}\n".replace('\u{e9}', "@").as_bytes())
            .map(|_| ());
        assert!(error.is_ok());
        let mut bytes = "id,name\n1,Zoë Müller\n2,Ren".as_bytes().to_vec();
        bytes.extend([0xE9, b'\n']);
        let error = parse_default(&bytes).unwrap_err();
        assert_eq!(
            error.problems[0].to_string(),
            "t.csv:3: byte 0xE9 at character 6 is not UTF-8, though the file holds UTF-8 text elsewhere\n  hint: the file mixes two encodings; fix that line (or save the file again as 'CSV UTF-8'), or give --encoding windows-1252 to read the whole file in that encoding"
        );
        let options = ReadOptions { encoding: Some(WINDOWS_1252), ..ReadOptions::default() };
        assert_eq!(parse("t.csv", &bytes, &options).unwrap().rows[1].cell(1), "René");
    }

    #[test]
    fn nul_bytes_in_the_header_mean_not_text() {
        let error = parse_default(b"id\0,name\n1,Ann\n").unwrap_err();
        assert!(error.to_string().contains("this is not a text file"), "{error}");
    }

    #[test]
    fn rejects_an_empty_file() {
        assert!(parse_default(b" \n\n").unwrap_err().to_string().contains("empty"));
        assert!(parse_default(b"").unwrap_err().to_string().contains("empty"));
    }
}
