//! Excel and OpenDocument workbooks (`.xlsx`, `.xlsm`, `.xls`, `.ods`), read
//! with calamine: one sheet, as rows of text, with the row numbers Excel
//! shows.

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::Table;
use crate::error::{InputError, Location, Problem};

/// Whether the bytes are a workbook, by their first bytes: a zip container
/// (xlsx, xlsm, xlsb, ods) or an OLE compound file (xls). The content
/// decides, not the name: a workbook saved as `.csv` is still a workbook,
/// and text named `.xlsx` is still text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// Reads one sheet of a workbook: the one named, else the first.
///
/// # Errors
/// Not a workbook calamine can open, no such sheet (the message lists the
/// sheets there are), or an empty sheet.
pub fn parse(source: &str, bytes: Vec<u8>, sheet: Option<&str>) -> Result<Table, InputError> {
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|err| {
        Problem::new(Location::file(source), format!("cannot read this workbook: {err}"))
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
            Location::file(source),
            format!("the workbook has no sheet named '{}'", sheet.unwrap_or_default()),
        )
        .hint(format!("its sheets are {listed}; give one of them with --sheet"))
        .into());
    };
    let range = workbook.worksheet_range(&name).map_err(|err| {
        Problem::new(Location::file(source), format!("cannot read the sheet '{name}': {err}"))
            .hint("open the workbook in Excel and save it again")
    })?;
    // Row and column of the range's first cell in the sheet; padding the
    // columns before it keeps column letters as Excel shows them.
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let source_sheet = format!("{source} [{name}]");
    let mut problems = Vec::new();
    let rows = range.rows().enumerate().map(|(i, cells)| {
        let line = u64::from(first_row) + i as u64 + 1;
        let mut row = vec![String::new(); first_column as usize];
        for (j, cell) in cells.iter().enumerate() {
            row.push(text(cell).unwrap_or_else(|error| {
                let column = first_column as usize + j;
                problems.push(
                    Problem::new(
                        Location::line(&source_sheet, line).index(column),
                        format!("the cell shows the Excel error {error}"),
                    )
                    .hint("fix the formula in Excel, or replace it by its value"),
                );
                String::new()
            }));
        }
        (line, row)
    });
    let rows: Vec<(u64, Vec<String>)> = rows.collect();
    let mut table = Table::from_rows(&source_sheet, rows)?;
    table.problems.extend(problems);
    Ok(table)
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
