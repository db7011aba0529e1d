//! Excel and OpenDocument workbooks (`.xlsx`, `.xlsm`, `.xls`, `.ods`), read
//! with calamine: one sheet, as rows of text, with the row numbers Excel
//! shows.

use std::io::Cursor;

use std::collections::BTreeMap;

use calamine::{Data, Reader, Sheets, open_workbook_auto_from_rs};

use super::Table;
use crate::error::{InputError, Kind, Location, Problem, column_letters};

/// Whether the bytes are a workbook, by their first bytes: a zip container
/// (xlsx, xlsm, xlsb, ods) or an OLE compound file (xls). The content
/// decides, not the name: a workbook saved as `.csv` is still a workbook,
/// and text named `.xlsx` is still text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// Reads one sheet of a workbook: the one named, else the first.
///
/// A workbook is bounded before it is unpacked: its parts may not unpack to
/// more than [`MAX_UNPACKED`] bytes, nor to more than a quarter of the
/// memory the run may use; cells beyond [`MAX_COLUMNS`] columns or with
/// more than [`super::MAX_CELL`] characters are errors. `.xlsx` sheets are
/// read cell by cell, so a stray cell far down or right costs nothing.
///
/// # Errors
/// Not a workbook calamine can open, one too large to read, no such sheet
/// (the message lists the sheets there are), or an empty sheet.
pub fn parse(source: &str, bytes: Vec<u8>, sheet: Option<&str>) -> Result<Table, InputError> {
    check_unpacked_size(source, &bytes)?;
    check_repeated_cells(source, &bytes)?;
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|err| {
        Problem::new(Kind::Unreadable, Location::file(source), format!("cannot read this workbook: {err}"))
            .hint("open it in Excel and save it again as .xlsx, or save the sheet as 'CSV UTF-8'")
    })?;
    let names = workbook.sheet_names();
    let name = match sheet {
        None => names.first().cloned(),
        Some(wanted) => names
            .iter()
            .find(|name| *name == wanted)
            .or_else(|| names.iter().find(|name| name.trim().eq_ignore_ascii_case(wanted.trim())))
            .cloned(),
    };
    let Some(name) = name else {
        let listed = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
        return Err(Problem::new(
            Kind::Unreadable,
            Location::file(source),
            format!("the workbook has no sheet named '{}'", sheet.unwrap_or_default()),
        )
        .hint(format!("its sheets are {listed}; give one of them with --sheet"))
        .into());
    };
    let source_sheet = format!("{source} [{name}]");
    let unreadable = |err: &dyn std::fmt::Display| {
        InputError::from(
            Problem::new(
                Kind::Unreadable,
                Location::file(source),
                format!("cannot read the sheet '{name}': {err}"),
            )
            .hint("open the workbook in Excel and save it again"),
        )
    };
    let mut cells = Cells::new(&source_sheet);
    match &mut workbook {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx.worksheet_cells_reader(&name).map_err(|e| unreadable(&e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                let (row, column) = cell.get_position();
                cells.add(row, column, &Data::from(cell.get_value().clone()))?;
            }
        }
        workbook => {
            let range = workbook.worksheet_range(&name).map_err(|e| unreadable(&e))?;
            for (row, column, cell) in range.used_cells() {
                let (first_row, first_column) = range.start().unwrap_or((0, 0));
                cells.add(first_row + row as u32, first_column + column as u32, cell)?;
            }
        }
    }
    cells.into_table()
}

/// The most bytes a workbook's parts may unpack to.
pub const MAX_UNPACKED: u64 = 512 * 1024 * 1024;

/// The most columns a sheet may use.
const MAX_COLUMNS: u32 = super::MAX_COLUMNS as u32;

/// A zip container (xlsx, ods) whose parts unpack to more than the limit is
/// refused before anything is unpacked: a few kilobytes can hold gigabytes.
fn check_unpacked_size(source: &str, bytes: &[u8]) -> Result<(), InputError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // calamine says what is wrong with it
    };
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        if let Ok(part) = archive.by_index_raw(i) {
            unpacked = unpacked.saturating_add(part.size());
        }
    }
    let limit = match crate::memory::limit() {
        Ok(Some(memory)) => MAX_UNPACKED.min(memory / 4),
        _ => MAX_UNPACKED,
    };
    if unpacked <= limit {
        return Ok(());
    }
    Err(Problem::new(
        Kind::TooLarge,
        Location::file(source),
        format!(
            "this workbook unpacks to {}, more than the {} tandem reads ({} packed)",
            crate::memory::size(unpacked),
            crate::memory::size(limit),
            crate::memory::size(bytes.len() as u64)
        ),
    )
    .hint(
        "save the responses sheet alone as 'CSV UTF-8', or as a new workbook without other sheets and images",
    )
    .into())
}

/// The most cells with a value an OpenDocument sheet may spell out through
/// repeats.
pub const MAX_REPEATED_CELLS: u64 = 5_000_000;

/// OpenDocument writes runs of equal cells once, with a repeat count: a
/// kilobyte can ask for a million rows of sixteen thousand cells, which
/// calamine would spell out. The counts are added up from `content.xml`
/// before calamine reads it.
fn check_repeated_cells(source: &str, bytes: &[u8]) -> Result<(), InputError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    let Ok(mut content) = archive.by_name("content.xml") else { return Ok(()) };
    let mut xml = Vec::new();
    if std::io::Read::read_to_end(&mut content, &mut xml).is_err() {
        return Ok(());
    }
    let xml = String::from_utf8_lossy(&xml);
    let (mut cells, mut row_repeat, mut column) = (0u64, 1u64, 0u64);
    for tag in xml.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        let repeat = |attribute: &str| -> u64 {
            tag.split(attribute)
                .nth(1)
                .and_then(|rest| rest.trim_start_matches(['=', '"', '\'']).split(['"', '\'']).next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(1)
        };
        if tag.starts_with("table:table-row ") || tag == "table:table-row" {
            row_repeat = repeat("table:number-rows-repeated");
            column = 0;
        } else if tag.starts_with("table:table-cell") || tag.starts_with("table:covered-table-cell") {
            let columns = repeat("table:number-columns-repeated");
            column = column.saturating_add(columns);
            if tag.contains("office:value-type") {
                if column > u64::from(MAX_COLUMNS) {
                    return Err(Problem::new(Kind::Malformed,
                        Location::file(source),
                        format!("a row of this sheet has values beyond the {MAX_COLUMNS} columns tandem reads"),
                    )
                    .hint("delete what stands far to the right of the responses, or save the responses as 'CSV UTF-8'")
                    .into());
                }
                cells = cells.saturating_add(row_repeat.saturating_mul(columns));
            }
        }
        if cells > MAX_REPEATED_CELLS {
            return Err(Problem::new(
                Kind::TooLarge,
                Location::file(source),
                format!("this workbook repeats cells into more than {MAX_REPEATED_CELLS} values"),
            )
            .hint("delete the rows and columns after the responses, or save the responses as 'CSV UTF-8'")
            .into());
        }
    }
    Ok(())
}

/// A sheet's cells as they come, by row, checked as they are added.
struct Cells<'s> {
    source: &'s str,
    rows: BTreeMap<u32, Vec<(u32, String)>>,
    problems: Vec<Problem>,
    text: usize,
}

impl<'s> Cells<'s> {
    fn new(source: &'s str) -> Self {
        Cells { source, rows: BTreeMap::new(), problems: Vec::new(), text: 0 }
    }

    /// Adds a cell at a row and column from 0.
    ///
    /// # Errors
    /// A cell beyond the last column tandem reads, one longer than a cell
    /// may be, or more text than a file may hold.
    fn add(&mut self, row: u32, column: u32, cell: &Data) -> Result<(), InputError> {
        if matches!(cell, Data::Empty) {
            return Ok(());
        }
        let at = || Location::line(self.source, u64::from(row) + 1).index(column as usize);
        if column >= MAX_COLUMNS {
            return Err(Problem::new(
                Kind::Malformed,
                at(),
                format!(
                    "this sheet has a value in column {}, beyond the {MAX_COLUMNS} columns tandem reads",
                    column_letters(column as usize)
                ),
            )
            .hint(
                "delete what stands far to the right of the responses, or copy the responses to a new sheet",
            )
            .into());
        }
        if let Data::String(text) = cell
            && text.chars().count() > super::MAX_CELL
        {
            return Err(super::too_long(at(), text.chars().count()).into());
        }
        let text = match text(cell) {
            Ok(text) => text,
            Err(error) => {
                self.problems.push(
                    Problem::new(Kind::InvalidValue, at(), format!("the cell shows the Excel error {error}"))
                        .hint("fix the formula in Excel, or replace it by its value"),
                );
                String::new()
            }
        };
        self.text += text.len();
        if self.text > super::MAX_TEXT {
            return Err(Problem::new(
                Kind::TooLarge,
                Location::file(self.source),
                format!("this sheet holds more than {} MB of text", super::MAX_TEXT / 1_000_000),
            )
            .hint("save the responses alone as 'CSV UTF-8'")
            .into());
        }
        self.rows.entry(row).or_default().push((column, text));
        Ok(())
    }

    /// The table of the cells, with the rows and column letters Excel shows.
    fn into_table(self) -> Result<Table, InputError> {
        let rows = self.rows.into_iter().map(|(row, cells)| {
            let width = cells.iter().map(|(c, _)| *c as usize + 1).max().unwrap_or(0);
            let mut line = vec![String::new(); width];
            for (column, text) in cells {
                line[column as usize] = text;
            }
            (u64::from(row) + 1, line)
        });
        let mut table = Table::from_rows(self.source, rows)?;
        table.problems.extend(self.problems);
        Ok(table)
    }
}

/// A cell as text: whole numbers without a decimal point, dates as ISO 8601.
fn text(cell: &Data) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => format!("{}", *number as i64),
        Data::Float(number) => number.to_string(),
        Data::Int(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(datetime) => match datetime.as_datetime() {
            Some(datetime) => {
                let text = datetime.to_string();
                text.strip_suffix(" 00:00:00").map(str::to_owned).unwrap_or(text)
            }
            None => datetime.as_f64().to_string(),
        },
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Error(error) => return Err(error.to_string()),
    })
}
