//! Pair files: rows naming a mentee and a mentor by id or e-mail address:
//! the ratings given after introductory meetings, locked and excluded
//! pairs, earlier rounds (`--history`) and the pairing `check` reads.
//! tandem's own CSV output is a valid pair file: rows with either side
//! empty (the unmatched) are skipped, and ids it wrote with a leading `'`
//! read back as they were.

use std::collections::BTreeMap;

use crate::cohort::{Cohort, MenteeIx, MentorIx, Role};
use crate::error::{InputError, Kind, Location, Problem};
use crate::intake::{Columns, FieldSpec, Resolved, Table};

/// A pair read from a file, by cohort index, with the value of its extra
/// column if the caller asked for one.
#[derive(Clone, Debug, PartialEq)]
pub struct PairRow {
    pub mentee: MenteeIx,
    pub mentor: MentorIx,
    pub value: Option<f64>,
    /// The row, and the value's cell when there is one.
    pub origin: Location,
}

const MENTEE: FieldSpec = FieldSpec {
    name: "mentee_id",
    // `a_id`: the first of a pair of peers, as `tandem peers` writes it.
    aliases: &["mentee", "mentee id", "mentee nummer", "mentee nr", "a_id", "a id"],
    ..FieldSpec::EMPTY
};
const MENTOR: FieldSpec = FieldSpec {
    name: "mentor_id",
    aliases: &["mentor", "mentor id", "mentor nummer", "mentor nr", "b_id", "b id"],
    ..FieldSpec::EMPTY
};
const MENTEE_EMAIL: FieldSpec = FieldSpec {
    name: "mentee_email",
    aliases: &["mentee e-mail", "mentee mail", "e-mail mentee"],
    content: crate::intake::Content::Email,
    ..FieldSpec::EMPTY
};
const MENTOR_EMAIL: FieldSpec = FieldSpec {
    name: "mentor_email",
    aliases: &["mentor e-mail", "mentor mail", "e-mail mentor"],
    content: crate::intake::Content::Email,
    ..FieldSpec::EMPTY
};

const MENTEE_NAME: FieldSpec =
    FieldSpec { name: "mentee_name", aliases: &["mentee name"], ..FieldSpec::EMPTY };
const MENTOR_NAME: FieldSpec =
    FieldSpec { name: "mentor_name", aliases: &["mentor name"], ..FieldSpec::EMPTY };

/// What to do with a row naming someone who is not in this intake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leavers {
    /// A problem at the row (locks, ratings, `check`).
    Refuse,
    /// Skipped, and counted (`--exclude`: last year's pairs name people who
    /// did not come back).
    Skip,
}

/// Two mentees a grouping put in one group (of a mentor's group): kept
/// apart where that grouping is an earlier round or an exclusion.
#[derive(Clone, Debug, PartialEq)]
pub struct Apart {
    pub a: MenteeIx,
    pub b: MenteeIx,
    pub origin: Location,
}

/// The pairs of a file, what is wrong with its rows, and how many rows it
/// skipped for naming people not in this intake.
#[derive(Debug, Default)]
pub struct Read {
    pub rows: Vec<PairRow>,
    /// From a grouping of a two-sided cohort: the mentees who shared a
    /// group (in a pool, every two members are a pair of `rows`).
    pub apart: Vec<Apart>,
    pub problems: Vec<Problem>,
    pub skipped: usize,
    /// Rows whose names or e-mail addresses are not those the intake gives
    /// the same people: ids that meant someone else in an earlier round.
    pub disagreements: Vec<Problem>,
}

/// Reads the pairs of a table, resolving ids against the cohort. With
/// `value`, that column must hold a number on every row.
///
/// # Errors
/// Every problem, located: a missing column, an id not in the cohort or of
/// the wrong role, a value that is not a number, a pair listed twice.
pub fn read(table: &Table, cohort: &Cohort, value: Option<FieldSpec>) -> Result<Vec<PairRow>, InputError> {
    let read = read_with(table, cohort, value, Leavers::Refuse)?;
    InputError::check(read.problems)?;
    Ok(read.rows)
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
    let read = read_with(table, cohort, value, Leavers::Refuse)?;
    Ok((read.rows, read.problems))
}

/// Reads a pair file whose people are named by id (`mentee_id`,
/// `mentor_id`) or by e-mail address (`mentee_email`, `mentor_email`), as
/// tandem's own outputs name them; the address decides where an id is not
/// in this intake (ids that were a form's response numbers change every
/// round). With `value`, that column must hold a number on every row.
/// Where rows naming people who left are skipped (exclusions, earlier
/// rounds), a row naming two mentees keeps them apart ([`Read::apart`]).
///
/// # Errors
/// A file with neither ids nor e-mail addresses for a side.
pub fn read_with(
    table: &Table,
    cohort: &Cohort,
    value: Option<FieldSpec>,
    leavers: Leavers,
) -> Result<Read, InputError> {
    let fields: Vec<FieldSpec> = [MENTEE, MENTOR, MENTEE_EMAIL, MENTOR_EMAIL]
        .into_iter()
        .chain(value)
        .chain([MENTEE_NAME, MENTOR_NAME])
        .collect();
    let Resolved { columns, mut problems, .. } = Columns::resolve(table, &fields, &BTreeMap::new());
    for (id, email) in [(&MENTEE, &MENTEE_EMAIL), (&MENTOR, &MENTOR_EMAIL)] {
        if !columns.has(id.name) && !columns.has(email.name) {
            problems.push(crate::intake::missing(table, id, &columns).hint(format!(
                "name the {} by a '{}' or a '{}' column, as tandem's own outputs do",
                id.name.trim_end_matches("_id"),
                id.name,
                email.name
            )));
        }
    }
    if !problems.is_empty() {
        return Err(InputError { problems });
    }
    problems.extend(table.problems.iter().cloned());
    let by_email = Emails::of(cohort);
    let mut read = Read::default();
    let mut seen: BTreeMap<(MenteeIx, MentorIx), u64> = BTreeMap::new();
    for row in &table.rows {
        let cell = |field: &str| columns.get(field).map_or("", |c| unquote(row.cell(c)));
        let at = |field: &str| {
            table.at(
                row.line,
                columns
                    .get(field)
                    .or_else(|| columns.get(&format!("{}_email", field.trim_end_matches("_id"))))
                    .unwrap_or(0),
            )
        };
        let named = |id: &FieldSpec, email: &FieldSpec| (cell(id.name), cell(email.name));
        let (mentee_named, mentor_named) = (named(&MENTEE, &MENTEE_EMAIL), named(&MENTOR, &MENTOR_EMAIL));
        // The unmatched rows of tandem's own output name one side only.
        if (mentee_named.0.is_empty() && mentee_named.1.is_empty())
            || (mentor_named.0.is_empty() && mentor_named.1.is_empty())
        {
            continue;
        }
        let problem = |message: String, field: &str| {
            let (kind, hint) = if message.starts_with("no participant") {
                (Kind::UnknownPerson, "use the ids or e-mail addresses of the intake file")
            } else {
                (Kind::InvalidValue, "check that the mentee and mentor columns are not swapped")
            };
            Problem::new(kind, at(field), message).hint(hint)
        };
        let mentee = find(cohort, &by_email, mentee_named, Role::Mentee);
        let mentor = find(cohort, &by_email, mentor_named, Role::Mentor);
        // Two mentees, where they may be kept apart: never in one group.
        if leavers == Leavers::Skip
            && value.is_none()
            && let (Ok(a), Err(Some(message))) = (&mentee, &mentor)
            && message.ends_with("is a mentee, not a mentor")
            && let Ok(b) = find(cohort, &by_email, mentor_named, Role::Mentee)
            && *a != b
        {
            let (a, b) = (MenteeIx(*a.min(&b)), MenteeIx(*a.max(&b)));
            read.apart.push(Apart { a, b, origin: Location::line(&table.source, row.line) });
            continue;
        }
        let (mentee, mentor) = match (mentee, mentor) {
            (Ok(mentee), Ok(mentor)) => (MenteeIx(mentee), MentorIx(mentor)),
            (mentee, mentor) => {
                let left = |r: &Result<usize, Option<String>>| matches!(r, Err(Some(m)) if m.starts_with("no participant"));
                if leavers == Leavers::Skip && (left(&mentee) || left(&mentor)) {
                    read.skipped += 1;
                    continue;
                }
                problems.extend(mentee.err().flatten().map(|m| problem(m, MENTEE.name)));
                problems.extend(mentor.err().flatten().map(|m| problem(m, MENTOR.name)));
                continue;
            }
        };
        let value = match value {
            None => None,
            Some(field) => {
                let text = cell(field.name);
                match text.replace(',', ".").parse::<f64>() {
                    Ok(number) if number.is_finite() => Some(number),
                    _ => {
                        problems.push(
                            Problem::new(
                                Kind::InvalidValue,
                                at(field.name),
                                format!("'{text}' is not a number"),
                            )
                            .hint(format!("write the {} as a number, such as 4 or 7.5", field.name)),
                        );
                        continue;
                    }
                }
            }
        };
        let names =
            |named: (&str, &str)| if named.0.is_empty() { named.1.to_owned() } else { named.0.to_owned() };
        if let Some(first) = seen.insert((mentee, mentor), row.line) {
            problems.push(
                Problem::new(
                    Kind::Duplicate,
                    Location::line(&table.source, row.line),
                    format!(
                        "the pair {} – {} is listed twice, also on line {first}",
                        names(mentee_named),
                        names(mentor_named)
                    ),
                )
                .hint("keep one row per pair"),
            );
            continue;
        }
        for (person, name, email) in [
            (cohort.mentee(mentee), cell(MENTEE_NAME.name), cell(MENTEE_EMAIL.name)),
            (cohort.mentor(mentor), cell(MENTOR_NAME.name), cell(MENTOR_EMAIL.name)),
        ] {
            if let Some(disagreement) = disagreement(person, name, email) {
                read.disagreements.push(
                    Problem::new(Kind::Disagreement, Location::line(&table.source, row.line), disagreement).hint(
                        "ids that were a form's response numbers change every year: name people by e-mail \
                     (mentee_email, mentor_email), as tandem's outputs do; or correct the file",
                    ),
                );
            }
        }
        let origin = match value {
            Some(_) => at(fields[4].name),
            None => Location::line(&table.source, row.line),
        };
        read.rows.push(PairRow { mentee, mentor, value, origin });
    }
    read.problems = problems;
    Ok(read)
}

const GROUP: FieldSpec = FieldSpec { name: "group", aliases: &["groep", "gruppe"], ..FieldSpec::EMPTY };
const ROLE: FieldSpec = FieldSpec { name: "role", aliases: &["rol", "rolle"], ..FieldSpec::EMPTY };

/// Whether a table is a grouping, as `--group-size` writes one: a `group`
/// column and people by `id` or `email`, a row each, and no mentee or
/// mentor column.
pub fn is_grouping(table: &Table) -> bool {
    let fields = [GROUP, PERSON, PERSON_EMAIL, MENTEE, MENTOR, MENTEE_EMAIL, MENTOR_EMAIL];
    let Resolved { columns, .. } = Columns::resolve(table, &fields, &BTreeMap::new());
    let named = |fields: &[&FieldSpec]| fields.iter().any(|f| columns.has(f.name));
    columns.has(GROUP.name)
        && named(&[&PERSON, &PERSON_EMAIL])
        && !named(&[&MENTEE, &MENTOR, &MENTEE_EMAIL, &MENTOR_EMAIL])
}

/// The pairs of a grouping ([`is_grouping`]), such as last round's groups
/// as `--history`: in a pool, every two members of a group; in a
/// two-sided cohort, the mentor (by the `role` column, else by the
/// intake) with each mentee of their group, and every two of those
/// mentees ([`Read::apart`]). Each pair is located at the row of its later
/// member; rows without a group are skipped.
///
/// # Errors
/// A grouping whose people are named by neither id nor e-mail address.
pub fn read_grouping(table: &Table, cohort: &Cohort, leavers: Leavers) -> Result<Read, InputError> {
    let fields = [GROUP, ROLE, PERSON, PERSON_EMAIL];
    let Resolved { columns, .. } = Columns::resolve(table, &fields, &BTreeMap::new());
    if !columns.has(PERSON.name) && !columns.has(PERSON_EMAIL.name) {
        return Err(crate::intake::missing(table, &PERSON, &columns)
            .hint("name the members by an 'id' or an 'email' column, as tandem's groups do")
            .into());
    }
    let pool = cohort.is_pool();
    let by_email = Emails::of(cohort);
    let mut read = Read { problems: table.problems.clone(), ..Read::default() };
    // Per group, in file order: (role, index, line).
    let mut groups: BTreeMap<String, Vec<(Role, usize, u64)>> = BTreeMap::new();
    for row in &table.rows {
        let cell = |field: &str| columns.get(field).map_or("", |c| unquote(row.cell(c)));
        let group = cell(GROUP.name).trim();
        let named = (cell(PERSON.name), cell(PERSON_EMAIL.name));
        if group.is_empty() || (named.0.is_empty() && named.1.is_empty()) {
            continue;
        }
        let role = match cell(ROLE.name) {
            _ if pool => Some(Role::Mentee),
            "" => cohort.find(named.0).map(|(role, _)| role).or(Some(Role::Mentee)),
            written => Role::parse(written),
        };
        let found = match role {
            Some(role) => find(cohort, &by_email, named, role).map(|index| (role, index)),
            None => Err(Some(format!("'{}' is not a role", cell(ROLE.name)))),
        };
        match found {
            Ok((role, index)) => groups.entry(group.to_owned()).or_default().push((role, index, row.line)),
            Err(Some(message)) if message.starts_with("no participant") && leavers == Leavers::Skip => {
                read.skipped += 1;
            }
            Err(Some(message)) => {
                let column = columns.get(PERSON.name).or(columns.get(PERSON_EMAIL.name)).unwrap_or(0);
                read.problems.push(
                    Problem::new(Kind::UnknownPerson, table.at(row.line, column), message)
                        .hint("use the ids or e-mail addresses of the intake file"),
                );
            }
            Err(None) => {}
        }
    }
    for members in groups.values() {
        for (i, &(role_b, b, line)) in members.iter().enumerate() {
            for &(role_a, a, _) in &members[..i] {
                let origin = Location::line(&table.source, line);
                match (role_a, role_b) {
                    _ if pool && a != b => read.rows.push(PairRow {
                        mentee: MenteeIx(a.min(b)),
                        mentor: MentorIx(a.max(b)),
                        value: None,
                        origin,
                    }),
                    (Role::Mentee, Role::Mentor) => read.rows.push(PairRow {
                        mentee: MenteeIx(a),
                        mentor: MentorIx(b),
                        value: None,
                        origin,
                    }),
                    (Role::Mentor, Role::Mentee) => read.rows.push(PairRow {
                        mentee: MenteeIx(b),
                        mentor: MentorIx(a),
                        value: None,
                        origin,
                    }),
                    (Role::Mentee, Role::Mentee) if a != b => {
                        read.apart.push(Apart { a: MenteeIx(a.min(b)), b: MenteeIx(a.max(b)), origin })
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(read)
}

/// The mentees a file names (`--priority`): by an `id` or `email` column
/// (or `mentee_id`, `mentee_email`), each row one mentee; or, in a pairing
/// such as tandem's own output, the mentees of the rows without a mentor:
/// last round's unmatched.
#[derive(Debug, Default)]
pub struct People {
    /// The mentees, each once, in file order.
    pub mentees: Vec<MenteeIx>,
    pub problems: Vec<Problem>,
    /// Rows naming people not in this intake.
    pub skipped: usize,
}

const PERSON: FieldSpec = FieldSpec { name: "id", aliases: &["participant id"], ..FieldSpec::EMPTY };
const PERSON_EMAIL: FieldSpec = FieldSpec {
    name: "email",
    aliases: &["e-mail", "mail", "e-mail address"],
    content: crate::intake::Content::Email,
    ..FieldSpec::EMPTY
};

/// Reads the mentees a file names; see [`People`].
///
/// # Errors
/// A file with no column naming people.
pub fn read_people(table: &Table, cohort: &Cohort) -> Result<People, InputError> {
    let fields = [PERSON, PERSON_EMAIL, MENTEE, MENTEE_EMAIL, MENTOR, MENTOR_EMAIL];
    let Resolved { columns, .. } = Columns::resolve(table, &fields, &BTreeMap::new());
    let pairing = columns.has(MENTOR.name) || columns.has(MENTOR_EMAIL.name);
    let (id, email) = if columns.has(MENTEE.name) || columns.has(MENTEE_EMAIL.name) {
        (MENTEE.name, MENTEE_EMAIL.name)
    } else {
        (PERSON.name, PERSON_EMAIL.name)
    };
    if !columns.has(id) && !columns.has(email) {
        return Err(crate::intake::missing(table, &PERSON, &columns)
            .hint(
                "name the mentees by an 'id' or an 'email' column, or give tandem's output of the last round",
            )
            .into());
    }
    let by_email = Emails::of(cohort);
    let mut people = People { problems: table.problems.clone(), ..People::default() };
    for row in &table.rows {
        let cell = |field: &str| columns.get(field).map_or("", |c| unquote(row.cell(c)));
        if pairing && !(cell(MENTOR.name).is_empty() && cell(MENTOR_EMAIL.name).is_empty()) {
            continue;
        }
        match find(cohort, &by_email, (cell(id), cell(email)), Role::Mentee) {
            Ok(mentee) if !people.mentees.contains(&MenteeIx(mentee)) => {
                people.mentees.push(MenteeIx(mentee))
            }
            Ok(_) | Err(None) => {}
            Err(Some(message)) if message.starts_with("no participant") => people.skipped += 1,
            Err(Some(message)) => people.problems.push(
                Problem::new(
                    Kind::UnknownPerson,
                    table.at(row.line, columns.get(id).or(columns.get(email)).unwrap_or(0)),
                    message,
                )
                .hint("priority is for mentees: remove the mentors from this file"),
            ),
        }
    }
    Ok(people)
}

/// How a pair file's name and address for someone differ from the
/// intake's, if they do: "'12' is Tom Bakker <tom@b.nl> in the intake,
/// Lisa de Vries <lisa@a.nl> here". Names agree when the words of the
/// shorter are all in the longer ("Lisa" and "Lisa de Vries").
fn disagreement(person: &crate::cohort::Participant, name: &str, email: &str) -> Option<String> {
    let fold = crate::text::fold;
    let other_address = !email.is_empty() && !person.email.is_empty() && fold(email) != fold(&person.email);
    let words = |text: &str| -> Vec<String> { fold(text).split_whitespace().map(str::to_owned).collect() };
    let (theirs, ours) = (words(name), words(&person.name));
    let (short, long) = if theirs.len() <= ours.len() { (&theirs, &ours) } else { (&ours, &theirs) };
    let other_name = !theirs.is_empty() && !ours.is_empty() && !short.iter().all(|w| long.contains(w));
    if !other_address && !other_name {
        return None;
    }
    let who = |name: &str, email: &str| match (name.is_empty(), email.is_empty()) {
        (false, false) => format!("{name} <{email}>"),
        (false, true) => name.to_owned(),
        (true, _) => format!("<{email}>"),
    };
    Some(format!(
        "'{}' is {} in the intake, but {} in this file",
        person.id,
        who(&person.name, &person.email),
        who(name, email)
    ))
}

/// An id as tandem's CSV wrote it: a leading `'` that kept a spreadsheet
/// from running it as a formula is not part of it.
fn unquote(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

/// Participants by folded e-mail address, each side.
struct Emails {
    mentees: BTreeMap<String, usize>,
    mentors: BTreeMap<String, usize>,
}

impl Emails {
    fn of(cohort: &Cohort) -> Emails {
        let index = |people: &[crate::cohort::Participant]| {
            people
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.email.is_empty())
                .map(|(i, p)| (crate::text::fold(&p.email), i))
                .collect()
        };
        Emails { mentees: index(&cohort.mentees), mentors: index(&cohort.mentors) }
    }
}

/// The participant a row names, by id, else by e-mail address: the index,
/// or why not (`None` for no name at all).
fn find(
    cohort: &Cohort,
    emails: &Emails,
    (id, email): (&str, &str),
    role: Role,
) -> Result<usize, Option<String>> {
    if !id.is_empty() {
        match cohort.find_in(id, role) {
            Some((found, index)) if found == role => return Ok(index),
            Some((found, _)) => {
                return Err(Some(format!("'{id}' is a {}, not a {}", found.name(), role.name())));
            }
            None if email.is_empty() => return Err(Some(format!("no participant has the id '{id}'"))),
            None => {}
        }
    }
    if email.is_empty() {
        return Err(None);
    }
    let side = if role == Role::Mentee { &emails.mentees } else { &emails.mentors };
    match side.get(&crate::text::fold(email)) {
        Some(&index) => Ok(index),
        None => Err(Some(format!("no participant has the e-mail address '{email}'"))),
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
        assert_eq!(rows, [PairRow { mentee: MenteeIx(1), mentor: MentorIx(0), value: Some(80.5), origin }]);
    }

    #[test]
    fn reports_every_bad_row() {
        let cohort = cohort(COHORT);
        let table = parse("p.csv", b"mentee,mentor,rating\nE1,M9,4\nM1,E1,3\nE2,M2,good\nE1,M1,4\nE1,M1,5\n")
            .unwrap();
        let error = read(&table, &cohort, Some(RATING)).unwrap_err();
        let kinds: Vec<(Option<u64>, Kind)> =
            error.problems.iter().map(|p| (p.location.line, p.kind)).collect();
        assert_eq!(
            kinds,
            [
                (Some(2), Kind::UnknownPerson),
                // M1 is a mentor and E1 a mentee: both columns are wrong.
                (Some(3), Kind::InvalidValue),
                (Some(3), Kind::InvalidValue),
                (Some(4), Kind::InvalidValue),
                (Some(6), Kind::Duplicate)
            ]
        );
        let text = error.to_string();
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

    #[test]
    fn a_grouping_gives_each_mentor_their_mentees_and_the_mentees_two_by_two() {
        let cohort = cohort("id,role,organisation\nE1,mentee,A\nE2,mentee,B\nE3,mentee,C\nM1,mentor,D\n");
        let table = parse(
            "g.csv",
            b"groep,rol,id,naam\n1,mentor,M1,Ann\n1,mentee,E1,Bob\n1,mentee,E3,Cem\n,mentee,E2,Dirk\n2,mentee,E9,Eve\n",
        )
        .unwrap();
        assert!(is_grouping(&table));
        let read = read_grouping(&table, &cohort, Leavers::Skip).unwrap();
        let rows: Vec<(usize, usize, Option<u64>)> =
            read.rows.iter().map(|r| (r.mentee.0, r.mentor.0, r.origin.line)).collect();
        assert_eq!(rows, [(0, 0, Some(3)), (2, 0, Some(4))]);
        let apart: Vec<(usize, usize, Option<u64>)> =
            read.apart.iter().map(|r| (r.a.0, r.b.0, r.origin.line)).collect();
        assert_eq!(apart, [(0, 2, Some(4))]);
        assert_eq!(read.skipped, 1, "E9 left the programme");
        // A pair file is not a grouping.
        assert!(!is_grouping(&parse("p.csv", b"group,mentee_id,mentor_id\n1,E1,M1\n").unwrap()));
        assert!(!is_grouping(&parse("p.csv", b"id\nE1\n").unwrap()));
    }

    #[test]
    fn in_a_pool_every_two_members_of_a_group_are_a_pair() {
        let pool = cohort("id,role,organisation\nA,mentee,X\nB,mentee,Y\nC,mentee,Z\n").pool();
        let table = parse("g.csv", b"group,id\n1,A\n1,B\n1,C\n").unwrap();
        let read = read_grouping(&table, &pool, Leavers::Refuse).unwrap();
        let rows: Vec<(usize, usize)> = read.rows.iter().map(|r| (r.mentee.0, r.mentor.0)).collect();
        assert_eq!(rows, [(0, 1), (0, 2), (1, 2)]);
        assert!(read.apart.is_empty());
        let unknown = parse("g.csv", b"group,id\n1,A\n1,Q\n").unwrap();
        let read = read_grouping(&unknown, &pool, Leavers::Refuse).unwrap();
        assert_eq!(read.problems.len(), 1);
        assert!(
            read.problems[0].to_string().contains("g.csv:3: column 'id' (B): no participant has the id 'Q'")
        );
    }
}
