//! Excel workbooks (`.xlsx`), written with `rust_xlsxwriter`: a sheet per
//! table, the header row frozen and filtered, columns as wide as their
//! content (within reason), numbers as numbers and every other cell as
//! text, which Excel never runs as a formula.
//!
//! A matching run's workbook holds the sheet `Pairs` (the rows of the CSV
//! output, pairs then the unmatched, so that it reads back as a pair file
//! wherever the CSV does), `Unmatched` (everyone left out, with the
//! reason), `Summary`, `Targets` when the config has some, and
//! `Alternatives` when asked for.

use rust_xlsxwriter::{Format as CellFormat, Workbook, Worksheet, XlsxError};

use super::Grid;
use crate::outcome::Outcome;

/// The widest a column is fitted to its content, in pixels (about sixty
/// characters): an explanation is readable in its cell, and the next
/// columns stay in view.
const WIDEST: u32 = 420;

/// A table of a sheet: its header, its rows, and which columns hold
/// numbers.
struct Table<'a> {
    name: &'a str,
    grid: Grid,
    numeric: Vec<bool>,
}

impl<'a> Table<'a> {
    /// A table whose columns of these headers hold numbers.
    fn new(name: &'a str, grid: Grid, numbers: &[&str]) -> Self {
        let numeric = grid.headers.iter().map(|h| numbers.contains(&h.as_str())).collect();
        Table { name, grid, numeric }
    }
}

/// The workbook of a matching run.
pub fn outcome(outcome: &Outcome) -> Vec<u8> {
    let mut numbers: Vec<&str> = vec!["rank", "score"];
    numbers.extend(outcome.criteria.iter().map(String::as_str));
    let mut tables = vec![
        Table::new("Pairs", Grid::outcome(outcome), &numbers),
        Table::new("Unmatched", unmatched(outcome), &[]),
        Table::new("Summary", summary(outcome), &["value"]),
    ];
    if !outcome.targets.is_empty() {
        tables.push(Table::new(
            "Targets",
            targets(outcome),
            &["min_share", "needed", "matched", "share", "cost"],
        ));
    }
    if outcome.alternatives > 0 {
        tables.push(Table::new("Alternatives", alternatives(outcome), &["choice", "score"]));
    }
    write(&tables)
}

/// A workbook of one table: the candidate pairs, or what changed.
pub fn single(name: &str, grid: Grid, numbers: &[&str]) -> Vec<u8> {
    write(&[Table::new(name, grid, numbers)])
}

fn write(tables: &[Table<'_>]) -> Vec<u8> {
    // Text and numbers in memory: nothing here can fail but a sheet of
    // more rows than Excel holds, which tandem's limits rule out.
    build(tables).expect("a workbook within Excel's limits")
}

fn build(tables: &[Table<'_>]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let header = CellFormat::new().set_bold();
    for table in tables {
        let sheet = workbook.add_worksheet();
        sheet.set_name(table.name)?;
        fill(sheet, table, &header)?;
    }
    workbook.save_to_buffer()
}

fn fill(sheet: &mut Worksheet, table: &Table<'_>, header: &CellFormat) -> Result<(), XlsxError> {
    let grid = &table.grid;
    for (c, title) in grid.headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, title, header)?;
    }
    for (r, row) in grid.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(number) if table.numeric[c] && number.is_finite() => {
                    sheet.write_number(r, c as u16, number)?
                }
                _ => sheet.write_string(r, c as u16, cell)?,
            };
        }
    }
    if !grid.headers.is_empty() {
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, grid.rows.len() as u32, grid.headers.len() as u16 - 1)?;
    }
    sheet.set_autofit_max_width(WIDEST).autofit();
    Ok(())
}

/// Everyone left unmatched, with the reason.
fn unmatched(outcome: &Outcome) -> Grid {
    let headers = ["role", "id", "name", "email", "organisation", "reason"].map(String::from).to_vec();
    let rows = outcome
        .unmatched
        .iter()
        .map(|p| {
            vec![
                p.role.name().to_owned(),
                p.id.clone(),
                p.name.clone(),
                p.email.clone(),
                p.organisation.clone(),
                p.reason.clone(),
            ]
        })
        .collect();
    Grid { headers, rows }
}

/// The summary's counts, one a row.
fn summary(outcome: &Outcome) -> Grid {
    let s = &outcome.summary;
    let mut rows: Vec<(&str, String)> = vec![
        ("mentees", s.mentees.to_string()),
        ("mentors", s.mentors.to_string()),
        ("places", s.places.to_string()),
        ("matched mentees", s.matched.to_string()),
        ("unmatched mentees", (s.mentees - s.matched).to_string()),
        ("pairs", s.pairs.to_string()),
        ("total score", s.total_score.to_string()),
        ("mean score", format!("{:.2}", s.mean_score())),
        ("locked pairs", s.locked.to_string()),
        ("excluded pairs", s.excluded.to_string()),
        ("pairs of earlier rounds", s.earlier.to_string()),
        ("priority mentees", s.priority.to_string()),
        ("priority mentees matched", s.priority_matched.to_string()),
    ];
    if !outcome.targets.is_empty() {
        rows.push(("score the targets cost", s.targets_cost.to_string()));
    }
    if s.pairs_given_up > 0 {
        rows.push(("pairs given up for score", s.pairs_given_up.to_string()));
        rows.push(("points gained", s.points_gained.to_string()));
    }
    Grid {
        headers: vec!["item".into(), "value".into()],
        rows: rows.into_iter().map(|(k, v)| vec![k.to_owned(), v]).collect(),
    }
}

/// Each target: what it asks, what it reached, what it cost, why missed.
fn targets(outcome: &Outcome) -> Grid {
    let headers = ["attribute", "value", "min_share", "needed", "matched", "share", "met", "cost", "reason"]
        .map(String::from)
        .to_vec();
    let rows = outcome
        .targets
        .iter()
        .map(|t| {
            vec![
                t.attribute.to_owned(),
                t.value.clone(),
                t.min_share.to_string(),
                t.needed.to_string(),
                t.matched.to_string(),
                format!("{:.4}", t.share),
                if t.met { "yes" } else { "no" }.to_owned(),
                t.cost.to_string(),
                t.reason.clone().unwrap_or_default(),
            ]
        })
        .collect();
    Grid { headers, rows }
}

/// Per matched mentee, the next best eligible mentors.
fn alternatives(outcome: &Outcome) -> Grid {
    let headers = ["mentee_id", "mentee_name", "choice", "mentor_id", "mentor_name", "score"]
        .map(String::from)
        .to_vec();
    let mut rows = Vec::new();
    for pair in &outcome.pairs {
        for (i, alternative) in pair.alternatives.iter().enumerate() {
            rows.push(vec![
                pair.mentee_id.clone(),
                pair.mentee_name.clone(),
                (i + 1).to_string(),
                alternative.mentor_id.clone(),
                alternative.mentor_name.clone(),
                alternative.score.to_string(),
            ]);
        }
    }
    Grid { headers, rows }
}
