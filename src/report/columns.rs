//! The column report: which header of every input file became which field,
//! how it was recognised, which headers were left unused, and which hold
//! sensitive data. A compact block on standard error for `match` and
//! `scores`, a table for `validate`.

use std::fmt::Write;

use crate::cohort::{ColumnUse, FileColumns};
use crate::text::key;

/// Headers longer than this are cut in the compact block.
const SHORT: usize = 40;

/// A few lines per file, for standard error.
pub fn brief(files: &[FileColumns]) -> String {
    let mut text = String::new();
    for file in files {
        let used: Vec<String> = file
            .columns
            .iter()
            .filter_map(|c| c.header.field.map(|field| (c, field)))
            .map(|(c, field)| {
                if key(&c.header.header) == key(field) {
                    format!("{} {}", c.header.letter(), field)
                } else {
                    format!("{} '{}' → {field}", c.header.letter(), short(&c.header.header))
                }
            })
            .collect();
        let _ = writeln!(text, "{}: {}: {}", file.source, rows(file.rows), list(&used));
        let declared: Vec<String> = file
            .columns
            .iter()
            .filter(|c| c.header.field.is_none() && !c.criteria.is_empty())
            .map(|c| {
                format!("{} '{}' → {}", c.header.letter(), short(&c.header.header), c.criteria.join(", "))
            })
            .collect();
        if !declared.is_empty() {
            let _ = writeln!(text, "  read by [[criteria]]: {}", declared.join(", "));
        }
        let unused: Vec<String> = file
            .columns
            .iter()
            .filter(|c| c.header.field.is_none() && c.criteria.is_empty())
            .map(|c| format!("{} '{}'", c.header.letter(), short(&c.header.header)))
            .collect();
        if !unused.is_empty() {
            let _ = writeln!(text, "  not used: {}", unused.join(", "));
        }
        let sensitive: Vec<String> =
            file.columns.iter().filter(|c| c.sensitive).map(|c| c.header.letter()).collect();
        if !sensitive.is_empty() {
            let _ = writeln!(text, "  sensitive, shown only with --show-sensitive: {}", sensitive.join(", "));
        }
        for note in &file.notes {
            let _ = writeln!(text, "  {note}");
        }
    }
    text
}

/// A table per file, for `validate`: every column, what it became and how.
pub fn table(files: &[FileColumns]) -> String {
    let mut text = String::new();
    for file in files {
        let role = file.role.map(|r| format!(", given as {}s", r.name())).unwrap_or_default();
        let _ = writeln!(text, "Columns of {} ({}{role}):", file.source, rows(file.rows));
        let width =
            file.columns.iter().map(|c| c.header.header.chars().count().min(SHORT)).max().unwrap_or(0);
        for column in &file.columns {
            let header = short(&column.header.header);
            let pad = width.saturating_sub(header.chars().count());
            let _ = writeln!(
                text,
                "  {:<3} {header}{}  {}",
                column.header.letter(),
                " ".repeat(pad),
                describe(column, file.rows)
            );
        }
        for note in &file.notes {
            let _ = writeln!(text, "  {note}");
        }
        text.push('\n');
    }
    text
}

/// What became of a column, in words.
fn describe(column: &ColumnUse, rows: usize) -> String {
    let header = &column.header;
    let mut text = match (header.field, &header.passed_over) {
        (Some(field), _) => {
            let how = header.how.map(|h| h.describe()).unwrap_or_default();
            format!("{} ({how})", field.replace('_', " "))
        }
        (None, _) if !column.criteria.is_empty() => {
            format!("read by [[criteria]] {}", column.criteria.join(", "))
        }
        (None, Some(why)) => format!("not used: {why}"),
        (None, None) => "not used".to_owned(),
    };
    if header.field.is_some() && column.filled < rows {
        let _ = write!(text, ", empty in {} of {} rows", rows - column.filled, rows);
    }
    if column.sensitive {
        text += "; sensitive";
    }
    text
}

fn rows(rows: usize) -> String {
    if rows == 1 { "1 row".to_owned() } else { format!("{rows} rows") }
}

fn list(items: &[String]) -> String {
    if items.is_empty() { "no column recognised".to_owned() } else { items.join(", ") }
}

/// A header cut to [`SHORT`] characters, with an ellipsis.
fn short(header: &str) -> String {
    let header = header.replace(['\n', '\r'], " ");
    if header.chars().count() <= SHORT {
        header
    } else {
        format!("{}…", header.chars().take(SHORT - 1).collect::<String>())
    }
}
