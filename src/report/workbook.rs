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

use super::{Grid, columns, criterion_column, yes_no};
use crate::outcome::Outcome;
use crate::t;

/// The widest a column is fitted to its content, in pixels (about sixty
/// characters): an explanation is readable in its cell, and the next
/// columns stay in view.
const WIDEST: u32 = 420;

/// A table of a sheet: its header, its rows, and which columns hold
/// numbers.
struct Table<'a> {
    name: std::borrow::Cow<'a, str>,
    grid: Grid,
    numeric: Vec<bool>,
}

impl<'a> Table<'a> {
    /// A table whose columns of these headers hold numbers.
    fn new(name: &'a str, grid: Grid, numbers: &[String]) -> Self {
        let numeric = grid.headers.iter().map(|h| numbers.contains(h)).collect();
        Table { name: name.into(), grid, numeric }
    }
}

/// The workbook of a matching run.
pub fn outcome(outcome: &Outcome) -> Vec<u8> {
    let lang = outcome.lang;
    let mut numbers = columns(lang, &["rank", "score"]);
    numbers.extend(outcome.criteria.iter().map(|c| criterion_column(lang, c)));
    let (pairs, unmatched_sheet, summary_sheet) =
        (t!(lang, "sheet-pairs"), t!(lang, "sheet-unmatched"), t!(lang, "sheet-summary"));
    let mut tables = vec![
        Table::new(&pairs, Grid::outcome(outcome), &numbers),
        Table::new(&unmatched_sheet, unmatched(outcome), &[]),
        Table::new(&summary_sheet, summary(outcome), &columns(lang, &["value"])),
    ];
    let (targets_sheet, alternatives_sheet) = (t!(lang, "sheet-targets"), t!(lang, "sheet-alternatives"));
    if !outcome.targets.is_empty() {
        let numbers = columns(lang, &["min_share", "needed", "matched", "share", "cost"]);
        tables.push(Table::new(&targets_sheet, targets(outcome), &numbers));
    }
    if outcome.alternatives > 0 {
        let numbers = columns(lang, &["choice", "score"]);
        tables.push(Table::new(&alternatives_sheet, alternatives(outcome), &numbers));
    }
    write(&tables)
}

/// A workbook of one table: the candidate pairs, or what changed.
pub fn single(name: &str, grid: Grid, numbers: &[String]) -> Vec<u8> {
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
        sheet.set_name(table.name.as_ref())?;
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
    let lang = outcome.lang;
    let headers = columns(lang, &["role", "id", "name", "email", "organisation", "reason"]);
    let rows = outcome
        .unmatched
        .iter()
        .map(|p| {
            vec![
                t!(lang, "role", role = p.role.name()),
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
    let (s, lang) = (&outcome.summary, outcome.lang);
    let mut rows: Vec<(&str, String)> = vec![
        ("mentees", s.mentees.to_string()),
        ("mentors", s.mentors.to_string()),
        ("places", s.places.to_string()),
        ("matched", s.matched.to_string()),
        ("unmatched", (s.mentees - s.matched).to_string()),
        ("pairs", s.pairs.to_string()),
        ("total", s.total_score.to_string()),
        ("mean", format!("{:.2}", s.mean_score())),
        ("locked", s.locked.to_string()),
        ("excluded", s.excluded.to_string()),
        ("earlier", s.earlier.to_string()),
        ("priority", s.priority.to_string()),
        ("priority-matched", s.priority_matched.to_string()),
    ];
    if !outcome.targets.is_empty() {
        rows.push(("targets-cost", s.targets_cost.to_string()));
    }
    if s.pairs_given_up > 0 {
        rows.push(("given-up", s.pairs_given_up.to_string()));
        rows.push(("gained", s.points_gained.to_string()));
    }
    Grid {
        headers: columns(lang, &["item", "value"]),
        rows: rows.into_iter().map(|(k, v)| vec![lang.text(&format!("item-{k}"), &[]), v]).collect(),
    }
}

/// Each target: what it asks, what it reached, what it cost, why missed.
fn targets(outcome: &Outcome) -> Grid {
    let lang = outcome.lang;
    let headers = columns(
        lang,
        &["attribute", "value", "min_share", "needed", "matched", "share", "met", "cost", "reason"],
    );
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
                yes_no(lang, t.met),
                t.cost.to_string(),
                t.reason.clone().unwrap_or_default(),
            ]
        })
        .collect();
    Grid { headers, rows }
}

/// Per matched mentee, the next best eligible mentors.
fn alternatives(outcome: &Outcome) -> Grid {
    let headers =
        columns(outcome.lang, &["mentee_id", "mentee_name", "choice", "mentor_id", "mentor_name", "score"]);
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
