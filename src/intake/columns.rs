//! Mapping a file's headers onto the fields a caller knows, by name or alias,
//! ignoring case, spacing, punctuation and diacritics.

use std::collections::BTreeMap;

use crate::error::{Location, Problem};
use crate::text::key;

use super::Table;

/// A field the caller reads, with the header names users write for it.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    /// The canonical name, as used in the config's `[columns]` table.
    pub name: &'static str,
    /// Other names, in any case and punctuation.
    pub aliases: &'static [&'static str],
    pub required: bool,
}

/// Which column of a table holds each field.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    index: BTreeMap<&'static str, usize>,
}

/// The columns found for a table, with what went wrong or looks doubtful.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    pub columns: Columns,
    /// A required field without a column.
    pub problems: Vec<Problem>,
    /// Two columns that could hold the same field, and which was taken.
    pub warnings: Vec<Problem>,
}

impl Columns {
    /// Maps the table's headers onto `fields`. `mapped` maps further headers
    /// (as users write them) to field names; a header mapped there wins over
    /// any other that names the same field.
    ///
    /// When two headers name one field (Microsoft Forms writes its own `ID`,
    /// `Name` and `Email` columns beside the form's questions), the more
    /// specific one, with the longer name, is taken, with a warning.
    pub fn resolve(table: &Table, fields: &[FieldSpec], mapped: &BTreeMap<String, String>) -> Resolved {
        let mapped: BTreeMap<String, String> =
            mapped.iter().map(|(header, field)| (key(header), key(field))).collect();
        // Per field, the candidate columns: (explicitly mapped, key length, index).
        let mut candidates: BTreeMap<&'static str, Vec<(bool, usize, usize)>> = BTreeMap::new();
        for (index, header) in table.headers.iter().enumerate() {
            let header_key = key(header);
            if header_key.is_empty() {
                continue;
            }
            let explicit = mapped.get(&header_key);
            let wanted = explicit.unwrap_or(&header_key);
            let field = fields.iter().find(|field| {
                key(field.name) == *wanted || field.aliases.iter().any(|alias| key(alias) == *wanted)
            });
            if let Some(field) = field {
                candidates.entry(field.name).or_default().push((explicit.is_some(), header_key.len(), index));
            }
        }
        let mut resolved = Resolved::default();
        for (field, mut found) in candidates {
            // Explicit first, then the longest name, then the leftmost.
            found.sort_by_key(|&(explicit, length, index)| (!explicit, std::cmp::Reverse(length), index));
            let (explicit, _, chosen) = found[0];
            resolved.columns.index.insert(field, chosen);
            if found.len() > 1 && !explicit {
                let others: Vec<String> =
                    found[1..].iter().map(|&(_, _, i)| format!("'{}'", table.headers[i])).collect();
                let header = &table.headers[chosen];
                resolved.warnings.push(
                    Problem::new(
                        Location::line(&table.source, table.header_line).column(header).index(chosen),
                        format!(
                            "columns '{header}' and {} could both hold the {}; tandem uses '{header}'",
                            others.join(", "),
                            field.replace('_', " "),
                        ),
                    )
                    .hint(format!(
                        "to use another, map it under [columns] in the config, e.g. {:?} = \"{field}\"",
                        table.headers[found[1].2]
                    )),
                );
            }
        }
        for field in fields.iter().filter(|f| f.required) {
            if !resolved.columns.index.contains_key(field.name) {
                resolved.problems.push(missing(table, field, &resolved.columns));
            }
        }
        resolved
    }

    /// The columns with a header that hold none of the fields, in order.
    pub fn unmapped<'t>(&self, table: &'t Table) -> impl Iterator<Item = usize> + 't {
        let mapped: Vec<usize> = self.index.values().copied().collect();
        (0..table.headers.len()).filter(move |c| !table.headers[*c].is_empty() && !mapped.contains(c))
    }

    /// The column of a field, if the file has one.
    pub fn get(&self, field: &str) -> Option<usize> {
        self.index.get(field).copied()
    }
}

/// A problem for a required field without a column, naming the unmapped
/// header that comes closest.
pub fn missing(table: &Table, field: &FieldSpec, columns: &Columns) -> Problem {
    let mapped: Vec<usize> = columns.index.values().copied().collect();
    let names = std::iter::once(field.name).chain(field.aliases.iter().copied());
    let closest = table
        .headers
        .iter()
        .enumerate()
        .filter(|(i, h)| !mapped.contains(i) && !h.is_empty())
        .map(|(_, header)| {
            let similarity = names
                .clone()
                .map(|name| strsim::normalized_damerau_levenshtein(&key(name), &key(header)))
                .fold(0.0, f64::max);
            (similarity, header)
        })
        .filter(|(similarity, _)| *similarity >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)));
    let what = field.name.replace('_', " ");
    let problem =
        Problem::new(Location::line(&table.source, table.header_line), format!("no column for {what}"));
    match closest {
        Some((_, header)) => {
            problem.hint(format!("did you mean '{header}'? Rename that header to '{}'", field.name))
        }
        None => problem.hint(format!(
            "add a column headed '{}' (found: {})",
            field.name,
            table.headers.iter().map(|h| format!("'{h}'")).collect::<Vec<_>>().join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::parse;

    const FIELDS: &[FieldSpec] = &[
        FieldSpec { name: "id", aliases: &["participant id"], required: true },
        FieldSpec { name: "organisation", aliases: &["organization", "organisatie"], required: true },
        FieldSpec { name: "name", aliases: &["full name", "naam"], required: false },
    ];

    #[test]
    fn matches_aliases_ignoring_case_and_punctuation() {
        let table = parse("t.csv", b"Participant-ID,ORGANISATIE,Naam,Notes\n").unwrap();
        let Resolved { columns, problems, warnings } = Columns::resolve(&table, FIELDS, &BTreeMap::new());
        assert!(problems.is_empty() && warnings.is_empty());
        assert_eq!(columns.get("id"), Some(0));
        assert_eq!(columns.get("organisation"), Some(1));
        assert_eq!(columns.get("name"), Some(2));
    }

    #[test]
    fn extra_mapping_wins() {
        let table = parse("t.csv", b"Code,Employer\n").unwrap();
        let extra = BTreeMap::from([
            ("code".to_owned(), "id".to_owned()),
            ("Employer".to_owned(), "organisation".to_owned()),
        ]);
        let Resolved { columns, problems, .. } = Columns::resolve(&table, FIELDS, &extra);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(columns.get("organisation"), Some(1));
    }

    #[test]
    fn missing_column_names_the_closest_header() {
        let table = parse("t.csv", b"id,Organsiation,Name\n").unwrap();
        let problems = Columns::resolve(&table, FIELDS, &BTreeMap::new()).problems;
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].to_string(),
            "t.csv:1: no column for organisation\n  hint: did you mean 'Organsiation'? Rename that header to 'organisation'"
        );
    }

    #[test]
    fn of_two_columns_for_one_field_the_more_specific_wins() {
        // Microsoft Forms: its own ID (the response number) beside the question.
        let table = parse("t.csv", b"ID,Start time,Participant ID,organisation\n").unwrap();
        let resolved = Columns::resolve(&table, FIELDS, &BTreeMap::new());
        assert_eq!(resolved.columns.get("id"), Some(2));
        assert_eq!(
            resolved.warnings[0].to_string(),
            "t.csv:1: column 'Participant ID' (C): columns 'Participant ID' and 'ID' could both hold the id; tandem uses 'Participant ID'\n  hint: to use another, map it under [columns] in the config, e.g. \"ID\" = \"id\""
        );
        let mapped = BTreeMap::from([("ID".to_owned(), "id".to_owned())]);
        let resolved = Columns::resolve(&table, FIELDS, &mapped);
        assert_eq!(resolved.columns.get("id"), Some(0));
        assert!(resolved.warnings.is_empty());
    }
}
