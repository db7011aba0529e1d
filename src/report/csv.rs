//! CSV, as Excel opens it: UTF-8 with a header row, and no cell that a
//! spreadsheet would run as a formula.

use std::borrow::Cow;

use super::Grid;

pub fn write(grid: &Grid) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    writer.write_record(&grid.headers).expect("write to memory");
    for row in &grid.rows {
        writer.write_record(row.iter().map(|cell| neutralise(cell).into_owned())).expect("write to memory");
    }
    writer.into_inner().expect("write to memory")
}

/// A cell a spreadsheet would read as a formula (CWE-1236), starting with
/// `=`, `+`, `-`, `@`, tab or carriage return and not a number, gets a
/// leading `'` so that it shows as text.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.trim().parse::<f64>().is_err() {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("+31 6 1234"), "'+31 6 1234");
        assert_eq!(neutralise("-12.5"), "-12.5");
        assert_eq!(neutralise("Anne-Marie"), "Anne-Marie");
    }

    #[test]
    fn quotes_cells_with_delimiters() {
        let grid =
            Grid { headers: vec!["a".into(), "b".into()], rows: vec![vec!["x, y".into(), "=1+1".into()]] };
        assert_eq!(String::from_utf8(write(&grid)).unwrap(), "a,b\n\"x, y\",'=1+1\n");
    }
}
