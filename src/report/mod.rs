//! Writing results: each format is a function from what was computed to
//! bytes (`csv`, `json`, `markdown`), and [`write`] is the one place bytes
//! reach a file, atomically.

pub mod columns;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
mod output;
pub mod sponsors;
pub mod summary;
pub mod text;
pub mod workbook;

pub use output::{Closed, remove_unfinished, to_stdout, write};

use std::path::Path;

use anyhow::bail;

use crate::i18n::Lang;
use crate::outcome::Outcome;
use crate::score::Points;
pub use crate::score::{Candidate, Candidates};
use crate::t;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    /// CSV as Dutch and German Excel opens it: `;` between cells, decimal
    /// commas, and a UTF-8 byte-order mark (`--csv-style excel-eu`).
    CsvExcelEu,
    Json,
    Markdown,
    Html,
    /// An Excel workbook: a sheet per table, numbers as numbers.
    Xlsx,
}

/// How CSV is written: as most tools read it, or as Excel set to a Dutch or
/// German locale opens it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CsvStyle {
    /// `,` between cells, decimal points, no byte-order mark.
    #[default]
    Standard,
    /// `;` between cells, decimal commas, a UTF-8 byte-order mark.
    ExcelEu,
}

impl CsvStyle {
    /// The style Excel expects in a language: `excel-eu` for Dutch and
    /// German, the standard style for English.
    pub fn for_lang(lang: Lang) -> CsvStyle {
        if lang.decimal_comma() { CsvStyle::ExcelEu } else { CsvStyle::Standard }
    }
}

impl std::str::FromStr for CsvStyle {
    type Err = String;

    fn from_str(text: &str) -> Result<CsvStyle, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "standard" => Ok(CsvStyle::Standard),
            "excel-eu" => Ok(CsvStyle::ExcelEu),
            _ => Err(format!("'{text}' is not a CSV style; use standard or excel-eu")),
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    /// `csv`, `json`, `markdown` (or `md`), `html`, in any case.
    fn from_str(text: &str) -> Result<Format, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "xlsx" => Ok(Format::Xlsx),
            _ => {
                Err(format!("'{text}' is not a format tandem writes; use csv, json, markdown, html or xlsx"))
            }
        }
    }
}

impl Format {
    /// The format asked for, else the one the output file's extension names,
    /// else CSV.
    ///
    /// # Errors
    /// An output file with an extension tandem does not write.
    pub fn choose(format: Option<Format>, output: Option<&Path>) -> anyhow::Result<Format> {
        if let Some(format) = format {
            return Ok(format);
        }
        let Some(extension) = output.and_then(Path::extension) else {
            return Ok(Format::Csv);
        };
        match extension.to_string_lossy().to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            "md" | "markdown" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            "xlsx" => Ok(Format::Xlsx),
            other => bail!(
                "tandem does not know which format to write to a .{other} file; \
                 name the file .csv, .json, .md, .html or .xlsx, or give --format csv|json|markdown|html|xlsx"
            ),
        }
    }

    /// This format, with CSV in the style asked for.
    pub fn styled(self, style: CsvStyle) -> Format {
        match (self, style) {
            (Format::Csv, CsvStyle::ExcelEu) => Format::CsvExcelEu,
            (Format::CsvExcelEu, CsvStyle::Standard) => Format::Csv,
            (format, _) => format,
        }
    }

    /// The outcome of a matching run in this format.
    pub fn outcome(self, outcome: &Outcome) -> Vec<u8> {
        match self {
            Format::Csv => csv::write(&Grid::outcome(outcome)),
            Format::CsvExcelEu => csv::write_excel_eu(&Grid::outcome(outcome)),
            Format::Json => json::outcome(outcome),
            Format::Markdown => markdown::outcome(outcome),
            Format::Html => html::outcome(outcome),
            Format::Xlsx => workbook::outcome(outcome),
        }
    }

    /// The sponsor report of a matching run in this format: HTML, Markdown
    /// or JSON.
    ///
    /// # Errors
    /// Another format: the report is for reading, not a table of people.
    pub fn sponsors(self, outcome: &Outcome, programme: &str) -> anyhow::Result<Vec<u8>> {
        Ok(match self {
            Format::Html => sponsors::html(outcome, programme),
            Format::Markdown => sponsors::markdown(outcome, programme),
            Format::Json => sponsors::json(outcome, programme),
            _ => bail!(
                "the sponsor report is written as html, markdown or json; give --format html, or -o report.html"
            ),
        })
    }

    /// A pool's pairs of peers in this format.
    pub fn peers(self, outcome: &crate::peers::PeerOutcome) -> Vec<u8> {
        let grid = || Grid::peers(outcome);
        match self {
            Format::Csv => csv::write(&grid()),
            Format::CsvExcelEu => csv::write_excel_eu(&grid()),
            Format::Json => json::peers(outcome),
            Format::Markdown => markdown::table(&grid().for_reading(outcome.lang)).into_bytes(),
            Format::Html => html::table_page(
                &t!(outcome.lang, "sheet-peers"),
                &grid().for_reading(outcome.lang),
                outcome.lang,
            ),
            Format::Xlsx => {
                let mut numbers = columns(outcome.lang, &["rank", "score"]);
                numbers.extend(outcome.criteria.iter().map(|c| criterion_column(outcome.lang, c)));
                workbook::single(&t!(outcome.lang, "sheet-peers"), grid(), &numbers)
            }
        }
    }

    /// A pool's groups in this format: a row per member (CSV, workbook), a
    /// row per group (Markdown, HTML), or JSON.
    pub fn groups(self, outcome: &crate::peers::GroupOutcome) -> Vec<u8> {
        let lang = outcome.lang;
        match self {
            Format::Csv => csv::write(&Grid::group_members(outcome)),
            Format::CsvExcelEu => csv::write_excel_eu(&Grid::group_members(outcome)),
            Format::Json => json::groups(outcome),
            Format::Markdown => {
                let mut text = format!("# {}\n\n{}\n\n", t!(lang, "sheet-groups"), group_summary(outcome));
                text += &markdown::table(&Grid::groups(outcome).for_reading(lang));
                text.into_bytes()
            }
            Format::Html => {
                html::table_page(&t!(lang, "sheet-groups"), &Grid::groups(outcome).for_reading(lang), lang)
            }
            Format::Xlsx => workbook::single(
                &t!(lang, "sheet-groups"),
                Grid::group_members(outcome),
                &columns(lang, &["group", "score"]),
            ),
        }
    }

    /// Letters to participants in this format: CSV or a workbook for a
    /// mail merge, or JSON.
    ///
    /// # Errors
    /// Markdown or HTML: letters are rows to merge, not a page.
    pub fn letters(self, letters: &[crate::letters::Letter], lang: Lang) -> anyhow::Result<Vec<u8>> {
        let grid = || Grid::letters(letters, lang);
        Ok(match self {
            Format::Csv => csv::write(&grid()),
            Format::CsvExcelEu => csv::write_excel_eu(&grid()),
            Format::Json => json::letters(letters),
            Format::Xlsx => workbook::single(&t!(lang, "sheet-letters"), grid(), &[]),
            Format::Markdown | Format::Html => bail!(
                "letters are written as csv, xlsx or json, one row per participant for a mail merge; \
                 give -o letters.csv or --format xlsx"
            ),
        })
    }

    /// What changed between two pairings, in this format.
    pub fn diff(self, diff: &crate::diff::Diff) -> Vec<u8> {
        match self {
            Format::Csv => csv::write(&Grid::diff(diff)),
            Format::CsvExcelEu => csv::write_excel_eu(&Grid::diff(diff)),
            Format::Json => json::diff(diff),
            Format::Markdown => markdown::diff(diff).into_bytes(),
            Format::Html => html::table_page("What changed", &Grid::diff(diff), Lang::En),
            Format::Xlsx => workbook::single("What changed", Grid::diff(diff), &[]),
        }
    }

    /// Every candidate pair in this format.
    pub fn candidates(self, candidates: &Candidates) -> Vec<u8> {
        match self {
            Format::Csv => csv::write(&Grid::candidates(candidates)),
            Format::CsvExcelEu => csv::write_excel_eu(&Grid::candidates(candidates)),
            Format::Json => json::candidates(candidates),
            Format::Markdown => {
                markdown::table(&Grid::candidates(candidates).for_reading(candidates.lang)).into_bytes()
            }
            Format::Html => html::table_page(
                &t!(candidates.lang, "sheet-candidates"),
                &Grid::candidates(candidates).for_reading(candidates.lang),
                candidates.lang,
            ),
            Format::Xlsx => {
                let mut numbers = columns(candidates.lang, &["score"]);
                numbers.extend(candidates.criteria.iter().map(|c| criterion_column(candidates.lang, c)));
                workbook::single(
                    &t!(candidates.lang, "sheet-candidates"),
                    Grid::candidates(candidates),
                    &numbers,
                )
            }
        }
    }
}

/// Rows of text cells under a header, shared by the CSV and Markdown writers.
pub struct Grid {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// The grid for people to read in a language: numbers with its decimal
    /// comma (`57,50`), as a Markdown or HTML page shows them.
    pub fn for_reading(mut self, lang: Lang) -> Grid {
        if lang.decimal_comma() {
            for cell in self.rows.iter_mut().flatten() {
                if let std::borrow::Cow::Owned(comma) = csv::decimal_comma(cell) {
                    *cell = comma;
                }
            }
        }
        self
    }

    /// Peer pairs by rank, then everyone left out with the reason.
    pub fn peers(outcome: &crate::peers::PeerOutcome) -> Grid {
        let lang = outcome.lang;
        let mut headers = columns(lang, &["rank", "a_id", "a_name", "b_id", "b_name", "score"]);
        headers.extend(outcome.criteria.iter().map(|c| criterion_column(lang, c)));
        headers.push(column(lang, "explanation"));
        let mut rows = Vec::new();
        for pair in &outcome.pairs {
            let mut row = vec![
                pair.rank.to_string(),
                pair.a_id.clone(),
                pair.a_name.clone(),
                pair.b_id.clone(),
                pair.b_name.clone(),
                pair.score.to_string(),
            ];
            row.extend(pair.criteria.iter().map(Points::to_string));
            row.push(pair.explanation.clone());
            rows.push(row);
        }
        for person in &outcome.unmatched {
            let mut row = vec![String::new(), person.id.clone(), person.name.clone()];
            row.resize(headers.len() - 1, String::new());
            row.push(t!(lang, "row-not-paired", reason = &person.reason));
            rows.push(row);
        }
        Grid { headers, rows }
    }

    /// A row per member of each group, then everyone left out.
    pub fn group_members(outcome: &crate::peers::GroupOutcome) -> Grid {
        let lang = outcome.lang;
        // Groups with mentors (group mentoring) name each row's role, the
        // mentor's row first.
        let led = outcome.groups.iter().any(|g| g.mentor.is_some());
        let keys: &[&str] = if led {
            &["group", "role", "id", "name", "organisation", "score", "explanation"]
        } else {
            &["group", "id", "name", "organisation", "score", "explanation"]
        };
        let mut rows = Vec::new();
        for group in &outcome.groups {
            let people =
                group.mentor.iter().map(|m| ("mentor", m)).chain(group.members.iter().map(|m| ("mentee", m)));
            for (role, (id, name, organisation)) in people {
                let mut row = vec![group.group.to_string()];
                if led {
                    row.push(role.to_owned());
                }
                row.extend([id.clone(), name.clone(), organisation.clone(), group.score.to_string()]);
                row.push(group.explanation.clone());
                rows.push(row);
            }
        }
        for person in &outcome.unmatched {
            let reason = t!(lang, "row-not-placed", reason = &person.reason);
            let mut row = vec![String::new()];
            if led {
                row.push("mentee".to_owned());
            }
            row.extend([person.id.clone(), person.name.clone(), String::new(), String::new(), reason]);
            rows.push(row);
        }
        Grid { headers: columns(lang, keys), rows }
    }

    /// A row per group: its members, score and explanation; then everyone
    /// left out.
    pub fn groups(outcome: &crate::peers::GroupOutcome) -> Grid {
        let lang = outcome.lang;
        let headers = markdown::headings(lang, &["group", "members", "score", "explanation"]);
        let mut rows: Vec<Vec<String>> = outcome
            .groups
            .iter()
            .map(|group| {
                let members: Vec<String> = group
                    .members
                    .iter()
                    .map(|(id, name, organisation)| {
                        if name.is_empty() {
                            format!("{id} ({organisation})")
                        } else {
                            format!("{name} ({organisation})")
                        }
                    })
                    .collect();
                vec![
                    group.group.to_string(),
                    members.join("; "),
                    group.score.to_string(),
                    group.explanation.clone(),
                ]
            })
            .collect();
        for person in &outcome.unmatched {
            let who = if person.name.is_empty() {
                person.id.clone()
            } else {
                format!("{} ({})", person.name, person.id)
            };
            rows.push(vec![
                String::new(),
                who,
                String::new(),
                t!(lang, "row-not-placed", reason = &person.reason),
            ]);
        }
        Grid { headers, rows }
    }

    /// A letter a row, with the columns a mail merge takes.
    pub fn letters(letters: &[crate::letters::Letter], lang: Lang) -> Grid {
        let headers = columns(lang, &["id", "name", "email", "role", "language", "subject", "message"]);
        let rows = letters
            .iter()
            .map(|l| {
                vec![
                    l.id.clone(),
                    l.name.clone(),
                    l.email.clone(),
                    t!(lang, "role", role = l.role.name()),
                    l.lang.code().to_owned(),
                    l.subject.clone(),
                    l.message.clone(),
                ]
            })
            .collect();
        Grid { headers, rows }
    }

    /// Pairs by rank, then the unmatched with their reasons.
    pub fn outcome(outcome: &Outcome) -> Grid {
        let lang = outcome.lang;
        let mut headers =
            columns(lang, &["rank", "mentee_id", "mentee_name", "mentor_id", "mentor_name", "score"]);
        headers.extend(outcome.criteria.iter().map(|c| criterion_column(lang, c)));
        headers.push(column(lang, "explanation"));
        if outcome.alternatives > 0 {
            headers.push(column(lang, "alternatives"));
        }
        headers.extend(columns(
            lang,
            &["mentee_email", "mentee_organisation", "mentor_email", "mentor_organisation"],
        ));
        for role in ["mentee", "mentor"] {
            headers.extend(
                outcome.extra_columns.iter().map(|c| t!(lang, "column-extra", role = role, column = c)),
            );
        }
        let blank = vec![String::new(); outcome.criteria.len()];
        let no_extra = vec![String::new(); outcome.extra_columns.len()];
        let mut rows = Vec::new();
        for pair in &outcome.pairs {
            let mut row = vec![
                pair.rank.to_string(),
                pair.mentee_id.clone(),
                pair.mentee_name.clone(),
                pair.mentor_id.clone(),
                pair.mentor_name.clone(),
                pair.score.to_string(),
            ];
            row.extend(pair.criteria.iter().map(Points::to_string));
            row.push(pair.explanation.clone());
            if outcome.alternatives > 0 {
                row.push(alternatives(&pair.alternatives, lang));
            }
            row.extend([
                pair.mentee_email.clone(),
                pair.mentee_organisation.clone(),
                pair.mentor_email.clone(),
                pair.mentor_organisation.clone(),
            ]);
            row.extend(pair.mentee_extra.iter().cloned());
            row.extend(pair.mentor_extra.iter().cloned());
            rows.push(row);
        }
        for person in &outcome.unmatched {
            let (id, name) = (person.id.clone(), person.name.clone());
            let mut row = match person.role {
                crate::cohort::Role::Mentee => vec![String::new(), id, name, String::new(), String::new()],
                crate::cohort::Role::Mentor => vec![String::new(), String::new(), String::new(), id, name],
            };
            row.push(String::new());
            row.extend(blank.iter().cloned());
            row.push(t!(lang, "row-not-matched", reason = &person.reason));
            if outcome.alternatives > 0 {
                row.push(String::new());
            }
            let contact = [person.email.clone(), person.organisation.clone()];
            let blank = [String::new(), String::new()];
            match person.role {
                crate::cohort::Role::Mentee => row.extend(contact.into_iter().chain(blank)),
                crate::cohort::Role::Mentor => row.extend(blank.into_iter().chain(contact)),
            }
            let (mentee, mentor) = match person.role {
                crate::cohort::Role::Mentee => (&person.extra, &no_extra),
                crate::cohort::Role::Mentor => (&no_extra, &person.extra),
            };
            row.extend(mentee.iter().cloned());
            row.extend(mentor.iter().cloned());
            rows.push(row);
        }
        Grid { headers, rows }
    }

    /// One row per mentee: how their pairing changed, the mentors before
    /// and after.
    pub fn diff(diff: &crate::diff::Diff) -> Grid {
        let headers = ["change", "mentee", "mentee_name", "before", "after"].map(String::from).to_vec();
        let rows = diff
            .mentees
            .iter()
            .map(|m| {
                vec![
                    m.change.name().to_owned(),
                    m.mentee.clone(),
                    m.name.clone(),
                    m.before.join("; "),
                    m.after.join("; "),
                ]
            })
            .collect();
        Grid { headers, rows }
    }

    pub fn candidates(candidates: &Candidates) -> Grid {
        let lang = candidates.lang;
        let mut headers = columns(lang, &["mentee_id", "mentor_id", "score", "eligible", "reason"]);
        headers.extend(candidates.criteria.iter().map(|c| criterion_column(lang, c)));
        headers.push(column(lang, "explanation"));
        let rows = candidates
            .rows
            .iter()
            .map(|c| {
                let mut row = vec![
                    c.mentee_id.clone(),
                    c.mentor_id.clone(),
                    c.score.to_string(),
                    yes_no(lang, c.eligible),
                    c.reason.clone(),
                ];
                row.extend(c.criteria.iter().map(Points::to_string));
                row.push(c.explanation.clone());
                row
            })
            .collect();
        Grid { headers, rows }
    }
}

/// "Emma Hendriks (62.50); Milan Huisman (60.00)": by name, with the id
/// where names repeat.
pub fn alternatives(alternatives: &[crate::outcome::Alternative], lang: Lang) -> String {
    alternatives
        .iter()
        .map(|a| format!("{} ({})", a.label, a.score.text(lang)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The grouping in one sentence: how many groups of how many people, the
/// total, and how close to the best possible it is proven to be.
pub fn group_summary(outcome: &crate::peers::GroupOutcome) -> String {
    let (s, lang) = (&outcome.summary, outcome.lang);
    let closeness =
        if s.exact { t!(lang, "group-best") } else { t!(lang, "group-within", gap = lang.percent(s.gap)) };
    let priority = match s.priority {
        0 => String::new(),
        count => t!(lang, "summary-priority-grouped", placed = s.priority_matched, count = count),
    };
    t!(
        lang,
        "group-summary",
        groups = s.groups,
        placed = s.people - s.unmatched,
        people = s.people,
        priority = priority,
        total = s.total_score.text(lang),
        closeness = closeness
    )
}

/// A column's header in a language: in English the key scripts read
/// (`mentee_id`), in Dutch and German words (`Mentee-ID`), which read back
/// as a pair file all the same.
pub fn column(lang: Lang, key: &str) -> String {
    lang.text(&format!("column-{}", key.replace('_', "-")), &[])
}

/// The headers of these columns in a language.
pub fn columns(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|key| column(lang, key)).collect()
}

/// A criterion's column: a built-in one's name in the language, one of
/// the config's as written.
pub fn criterion_column(lang: Lang, name: &str) -> String {
    lang.criterion(name, 2).unwrap_or_else(|| name.to_owned())
}

/// "yes" or "no" in a language.
pub fn yes_no(lang: Lang, yes: bool) -> String {
    if yes { t!(lang, "yes") } else { t!(lang, "no") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_from_flag_then_extension_then_csv() {
        let choose = |format, path: &str| Format::choose(format, Some(Path::new(path)));
        assert_eq!(choose(None, "out.JSON").unwrap(), Format::Json);
        assert_eq!(choose(None, "out.md").unwrap(), Format::Markdown);
        assert_eq!(choose(Some(Format::Json), "out.csv").unwrap(), Format::Json);
        assert_eq!(choose(None, "pairs").unwrap(), Format::Csv);
        assert_eq!(Format::choose(None, None).unwrap(), Format::Csv);
        assert_eq!(choose(None, "out.xlsx").unwrap(), Format::Xlsx);
        assert!(choose(None, "out.ods").unwrap_err().to_string().contains(".ods file"));
    }
}
