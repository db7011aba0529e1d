//! Pair files: rows naming a mentee and a mentor by id, such as the ratings
//! given after introductory meetings (and, later, locked or excluded pairs).
//! tandem's own CSV output is a valid pair file: rows with either id empty
//! (the unmatched) are skipped.

use std::collections::BTreeMap;

use crate::cohort::{Cohort, Role};
use crate::error::{InputError, Location, Problem};
use crate::intake::{Columns, FieldSpec, Resolved, Table};

/// A pair read from a file, by cohort index, with the value of its extra
/// column if the caller asked for one.
#[derive(Clone, Debug, PartialEq)]
pub struct PairRow {
    pub mentee: usize,
    pub mentor: usize,
    pub value: Option<f64>,
    /// The row, and the value's cell when there is one.
    pub origin: Location,
}

const MENTEE: FieldSpec = FieldSpec {
    name: "mentee_id",
    aliases: &["mentee", "mentee id", "mentee nummer", "mentee nr"],
    required: true,
    ..FieldSpec::EMPTY
};
const MENTOR: FieldSpec = FieldSpec {
    name: "mentor_id",
    aliases: &["mentor", "mentor id", "mentor nummer", "mentor nr"],
    required: true,
    ..FieldSpec::EMPTY
};

/// Reads the pairs of a table, resolving ids against the cohort. With
/// `value`, that column must hold a number on every row.
///
/// # Errors
/// Every problem, located: a missing column, an id not in the cohort or of
/// the wrong role, a value that is not a number, a pair listed twice.
pub fn read(table: &Table, cohort: &Cohort, value: Option<FieldSpec>) -> Result<Vec<PairRow>, InputError> {
    let (rows, problems) = read_lenient(table, cohort, value)?;
    InputError::check(problems)?;
    Ok(rows)
}

/// Reads the pairs that can be read, and the problems of the rest, for
/// callers to whom a bad row is a finding rather than an error (`check`).
///
/// # Errors
/// A missing column.
pub fn read_lenient(
    table: &Table,
    cohort: &Cohort,
    value: Option<FieldSpec>,
) -> Result<(Vec<PairRow>, Vec<Problem>), InputError> {
    let fields: Vec<FieldSpec> = [MENTEE, MENTOR].into_iter().chain(value).collect();
    let Resolved { columns, mut problems, .. } = Columns::resolve(table, &fields, &BTreeMap::new());
    if !problems.is_empty() {
        return Err(InputError { problems });
    }
    problems.extend(table.problems.iter().cloned());
    let mut rows = Vec::new();
    let mut seen: BTreeMap<(usize, usize), u64> = BTreeMap::new();
    for row in &table.rows {
        let cell = |field: &str| columns.get(field).map_or("", |c| row.cell(c));
        let at = |field: &str| table.at(row.line, columns.get(field).unwrap_or(0));
        let (mentee_id, mentor_id) = (cell(MENTEE.name), cell(MENTOR.name));
        if mentee_id.is_empty() || mentor_id.is_empty() {
            continue;
        }
        let mentee = resolve(cohort, mentee_id, Role::Mentee, at(MENTEE.name), &mut problems);
        let mentor = resolve(cohort, mentor_id, Role::Mentor, at(MENTOR.name), &mut problems);
        let value = match value {
            None => None,
            Some(field) => {
                let text = cell(field.name);
                match text.replace(',', ".").parse::<f64>() {
                    Ok(number) if number.is_finite() => Some(number),
                    _ => {
                        problems.push(
                            Problem::new(at(field.name), format!("'{text}' is not a number"))
                                .hint(format!("write the {} as a number, such as 4 or 7.5", field.name)),
                        );
                        continue;
                    }
                }
            }
        };
        let (Some(mentee), Some(mentor)) = (mentee, mentor) else { continue };
        if let Some(first) = seen.insert((mentee, mentor), row.line) {
            problems.push(
                Problem::new(
                    Location::line(&table.source, row.line),
                    format!("the pair {mentee_id} – {mentor_id} is listed twice, also on line {first}"),
                )
                .hint("keep one row per pair"),
            );
            continue;
        }
        let origin = match value {
            Some(_) => at(fields[2].name),
            None => Location::line(&table.source, row.line),
        };
        rows.push(PairRow { mentee, mentor, value, origin });
    }
    Ok((rows, problems))
}

fn resolve(
    cohort: &Cohort,
    id: &str,
    role: Role,
    at: Location,
    problems: &mut Vec<Problem>,
) -> Option<usize> {
    match cohort.find(id) {
        Some((found, index)) if found == role => Some(index),
        Some((found, _)) => {
            problems.push(
                Problem::new(at, format!("'{id}' is a {}, not a {}", found.name(), role.name()))
                    .hint("check that the mentee and mentor columns are not swapped"),
            );
            None
        }
        None => {
            problems.push(
                Problem::new(at, format!("no participant has the id '{id}'"))
                    .hint("use the ids of the intake file"),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::parse;
    use crate::score::tests::cohort;

    const COHORT: &str = "id,role,organisation\nE1,mentee,A\nE2,mentee,B\nM1,mentor,C\nM2,mentor,D\n";
    const RATING: FieldSpec =
        FieldSpec { name: "rating", aliases: &["score"], required: true, ..FieldSpec::EMPTY };

    #[test]
    fn reads_pairs_by_cohort_index_and_skips_the_unmatched() {
        let cohort = cohort(COHORT);
        let table = parse("p.csv", b"rank,mentee_id,mentor_id,score\n1,E2,M1,80.5\n,E1,,\n").unwrap();
        let rows = read(&table, &cohort, Some(RATING)).unwrap();
        let origin = Location::line("p.csv", 2).column("score").index(3);
        assert_eq!(rows, [PairRow { mentee: 1, mentor: 0, value: Some(80.5), origin }]);
    }

    #[test]
    fn reports_every_bad_row() {
        let cohort = cohort(COHORT);
        let table = parse("p.csv", b"mentee,mentor,rating\nE1,M9,4\nM1,E1,3\nE2,M2,good\nE1,M1,4\nE1,M1,5\n")
            .unwrap();
        let text = read(&table, &cohort, Some(RATING)).unwrap_err().to_string();
        assert!(text.contains("p.csv:2: column 'mentor' (B): no participant has the id 'M9'"), "{text}");
        assert!(text.contains("p.csv:3: column 'mentee' (A): 'M1' is a mentor, not a mentee"), "{text}");
        assert!(text.contains("p.csv:4: column 'rating' (C): 'good' is not a number"), "{text}");
        assert!(text.contains("p.csv:6: the pair E1 – M1 is listed twice, also on line 5"), "{text}");
    }

    #[test]
    fn decimal_commas_are_numbers() {
        let cohort = cohort(COHORT);
        let table = parse("p.csv", b"mentee;mentor;rating\nE1;M1;3,5\n").unwrap();
        assert_eq!(read(&table, &cohort, Some(RATING)).unwrap()[0].value, Some(3.5));
    }
}
