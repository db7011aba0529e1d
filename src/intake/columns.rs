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

impl Columns {
    /// Maps the table's headers onto `fields`. `extra` maps further headers
    /// (as users write them) to field names, overriding the aliases.
    ///
    /// Problems: a required field without a column (naming the closest
    /// header), and two columns for the same field.
    pub fn resolve(
        table: &Table,
        fields: &[FieldSpec],
        extra: &BTreeMap<String, String>,
    ) -> (Columns, Vec<Problem>) {
        let extra: BTreeMap<String, String> =
            extra.iter().map(|(header, field)| (key(header), key(field))).collect();
        let mut columns = Columns::default();
        let mut problems = Vec::new();
        for (index, header) in table.headers.iter().enumerate() {
            let header_key = key(header);
            if header_key.is_empty() {
                continue;
            }
            let wanted = extra.get(&header_key).unwrap_or(&header_key);
            let Some(field) = fields.iter().find(|field| {
                key(field.name) == *wanted || field.aliases.iter().any(|alias| key(alias) == *wanted)
            }) else {
                continue;
            };
            if let Some(&first) = columns.index.get(field.name) {
                problems.push(
                    Problem::new(
                        Location::line(&table.source, table.header_line).column(header).index(index),
                        format!(
                            "two columns hold the {}: '{}' and '{}'",
                            field.name.replace('_', " "),
                            table.headers[first],
                            header
                        ),
                    )
                    .hint("remove or rename one of them"),
                );
                continue;
            }
            columns.index.insert(field.name, index);
        }
        for field in fields.iter().filter(|f| f.required) {
            if !columns.index.contains_key(field.name) {
                problems.push(missing(table, field, &columns));
            }
        }
        (columns, problems)
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
        let (columns, problems) = Columns::resolve(&table, FIELDS, &BTreeMap::new());
        assert!(problems.is_empty());
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
        let (columns, problems) = Columns::resolve(&table, FIELDS, &extra);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(columns.get("organisation"), Some(1));
    }

    #[test]
    fn missing_column_names_the_closest_header() {
        let table = parse("t.csv", b"id,Organsiation,Name\n").unwrap();
        let (_, problems) = Columns::resolve(&table, FIELDS, &BTreeMap::new());
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].to_string(),
            "t.csv:1: no column for organisation\n  hint: did you mean 'Organsiation'? Rename that header to 'organisation'"
        );
    }

    #[test]
    fn two_columns_for_one_field_is_a_problem() {
        let table = parse("t.csv", b"id,organisation,Name,Full name\n").unwrap();
        let (_, problems) = Columns::resolve(&table, FIELDS, &BTreeMap::new());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("'Name' and 'Full name'"));
    }
}
