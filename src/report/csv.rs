//! CSV, as Excel opens it: UTF-8 with a header row, and no cell that a
//! spreadsheet would run as a formula; in the standard style, or in the
//! style of Dutch and German Excel (`;`, decimal commas, a byte-order
//! mark).

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

/// CSV as Excel set to a Dutch or German locale opens it by a double
/// click: a UTF-8 byte-order mark (so accented names show right), `;`
/// between cells, and decimal commas in numbers (`80,00`), which that
/// Excel reads as numbers.
pub fn write_excel_eu(grid: &Grid) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing to memory cannot fail.
    writer.write_record(&grid.headers).expect("write to memory");
    for row in &grid.rows {
        let cells = row.iter().map(|cell| decimal_comma(&neutralise(cell)).into_owned());
        writer.write_record(cells).expect("write to memory");
    }
    writer.into_inner().expect("write to memory")
}

/// A number with a decimal point (`80.00`, `-1.5`) with a decimal comma;
/// any other cell as it is.
pub(super) fn decimal_comma(cell: &str) -> Cow<'_, str> {
    let number = cell.strip_prefix('-').unwrap_or(cell);
    match number.split_once('.') {
        Some((whole, fraction))
            if !whole.is_empty()
                && !fraction.is_empty()
                && whole.bytes().all(|b| b.is_ascii_digit())
                && fraction.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Cow::Owned(cell.replacen('.', ",", 1))
        }
        _ => Cow::Borrowed(cell),
    }
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
    fn excel_eu_has_a_bom_semicolons_and_decimal_commas() {
        let grid = Grid {
            headers: vec!["id".into(), "score".into(), "name".into(), "note".into()],
            rows: vec![vec!["1.2.3".into(), "80.00".into(), "Zoë; Jan".into(), "-12.5".into()]],
        };
        let text = String::from_utf8(write_excel_eu(&grid)).unwrap();
        assert_eq!(text, "\u{feff}id;score;name;note\n1.2.3;80,00;\"Zoë; Jan\";-12,5\n");
        assert_eq!(decimal_comma("v1.0"), "v1.0");
        assert_eq!(decimal_comma(".5"), ".5");
        assert_eq!(decimal_comma("12"), "12");
    }

    #[test]
    fn quotes_cells_with_delimiters() {
        let grid =
            Grid { headers: vec!["a".into(), "b".into()], rows: vec![vec!["x, y".into(), "=1+1".into()]] };
        assert_eq!(String::from_utf8(write(&grid)).unwrap(), "a,b\n\"x, y\",'=1+1\n");
    }
}
