//! What changed between two pairings (`tandem diff OLD NEW`): the pairs
//! kept, changed, new and dropped, per mentee, and the mentors whose
//! mentees changed. Pair files are read as tandem writes them (CSV with
//! `mentee_id`, `mentor_id`, names and e-mail addresses, or its JSON), or
//! as staff keep them (ids or e-mail addresses only). People are known by
//! their e-mail address where both files give one, else by id, so that a
//! new round's ids (a form's response numbers) do not count as new people;
//! each is shown by the id (and name) of the later file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::error::{InputError, Kind, Location, Problem};
use crate::intake::{self, Columns, FieldSpec, ReadOptions, Resolved};
use crate::text::fold;

/// One pair as a file gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Named {
    mentee_id: String,
    mentee_name: String,
    mentee_email: String,
    mentor_id: String,
    mentor_name: String,
    mentor_email: String,
}

/// How a mentee's pairing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    Kept,
    Changed,
    New,
    Dropped,
}

impl Change {
    pub fn name(self) -> &'static str {
        match self {
            Change::Kept => "kept",
            Change::Changed => "changed",
            Change::New => "new",
            Change::Dropped => "dropped",
        }
    }
}

/// A mentee's pairing before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MenteeChange {
    pub change: Change,
    pub mentee: String,
    pub name: String,
    /// The mentors before and after, as "id (name)".
    pub before: Vec<String>,
    pub after: Vec<String>,
}

/// A mentor whose mentees changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorChange {
    pub mentor: String,
    pub name: String,
    pub before: Vec<String>,
    pub after: Vec<String>,
}

/// Everything that changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    pub mentees: Vec<MenteeChange>,
    pub mentors: Vec<MentorChange>,
}

impl Diff {
    /// How many mentees' pairings changed this way.
    pub fn count(&self, change: Change) -> usize {
        self.mentees.iter().filter(|m| m.change == change).count()
    }
}

/// Compares two pair files.
///
/// # Errors
/// A file that cannot be read, or that names neither ids nor e-mail
/// addresses of mentees and mentors.
pub fn diff(old: &Path, new: &Path) -> Result<Diff, InputError> {
    let (before, after) = (read(old), read(new));
    let (before, after) = match (before, after) {
        (Ok(b), Ok(a)) => (b, a),
        (b, a) => {
            let problems = [b.err(), a.err()].into_iter().flatten().flat_map(|e| e.problems).collect();
            return Err(InputError { problems });
        }
    };
    let by_email = |pairs: &[Named], mentee: bool| {
        pairs.iter().all(|p| !if mentee { &p.mentee_email } else { &p.mentor_email }.is_empty())
    };
    let mentee_email = by_email(&before, true) && by_email(&after, true);
    let mentor_email = by_email(&before, false) && by_email(&after, false);
    let key = |id: &str, email: &str, use_email: bool| if use_email { fold(email) } else { id.to_owned() };
    // Per mentee key: (id, name), mentors before and after.
    let mut people: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut mentors: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut sides: [BTreeMap<String, BTreeSet<String>>; 2] = Default::default();
    let mut mentor_sides: [BTreeMap<String, BTreeSet<String>>; 2] = Default::default();
    for (side, pairs) in [&before, &after].into_iter().enumerate() {
        for p in pairs {
            let e = key(&p.mentee_id, &p.mentee_email, mentee_email);
            let m = key(&p.mentor_id, &p.mentor_email, mentor_email);
            let label = |id: &str, email: &str| if id.is_empty() { email.to_owned() } else { id.to_owned() };
            people.insert(e.clone(), (label(&p.mentee_id, &p.mentee_email), p.mentee_name.clone()));
            mentors.insert(m.clone(), (label(&p.mentor_id, &p.mentor_email), p.mentor_name.clone()));
            sides[side].entry(e.clone()).or_default().insert(m.clone());
            mentor_sides[side].entry(m).or_default().insert(e);
        }
    }
    let show = |names: &BTreeMap<String, (String, String)>, keys: Option<&BTreeSet<String>>| -> Vec<String> {
        keys.into_iter()
            .flatten()
            .map(|k| match &names[k] {
                (id, name) if name.is_empty() => id.clone(),
                (id, name) => format!("{id} ({name})"),
            })
            .collect()
    };
    let mut diff = Diff::default();
    for (mentee, (id, name)) in &people {
        let (was, is) = (sides[0].get(mentee), sides[1].get(mentee));
        let change = match (was, is) {
            (Some(a), Some(b)) if a == b => Change::Kept,
            (Some(_), Some(_)) => Change::Changed,
            (None, _) => Change::New,
            (_, None) => Change::Dropped,
        };
        diff.mentees.push(MenteeChange {
            change,
            mentee: id.clone(),
            name: name.clone(),
            before: show(&mentors, was),
            after: show(&mentors, is),
        });
    }
    for (mentor, (id, name)) in &mentors {
        let (was, is) = (mentor_sides[0].get(mentor), mentor_sides[1].get(mentor));
        if was != is {
            diff.mentors.push(MentorChange {
                mentor: id.clone(),
                name: name.clone(),
                before: show(&people, was),
                after: show(&people, is),
            });
        }
    }
    diff.mentees.sort_by(|a, b| (a.change, &a.mentee).cmp(&(b.change, &b.mentee)));
    Ok(diff)
}

const FIELDS: &[FieldSpec] = &[
    FieldSpec { name: "mentee_id", aliases: &["mentee", "mentee id"], ..FieldSpec::EMPTY },
    FieldSpec { name: "mentee_name", ..FieldSpec::EMPTY },
    FieldSpec { name: "mentee_email", ..FieldSpec::EMPTY },
    FieldSpec { name: "mentor_id", aliases: &["mentor", "mentor id"], ..FieldSpec::EMPTY },
    FieldSpec { name: "mentor_name", ..FieldSpec::EMPTY },
    FieldSpec { name: "mentor_email", ..FieldSpec::EMPTY },
];

/// The pairs of a file: tandem's JSON output, or any pair file intake
/// reads (tandem's CSV output, a sheet of ids).
fn read(path: &Path) -> Result<Vec<Named>, InputError> {
    let source = path.display().to_string();
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
        return read_json(path, &source);
    }
    let table = intake::read(path, &ReadOptions::default())?;
    let Resolved { columns, .. } = Columns::resolve(&table, FIELDS, &BTreeMap::new());
    for side in ["mentee", "mentor"] {
        if !columns.has(&format!("{side}_id")) && !columns.has(&format!("{side}_email")) {
            return Err(Problem::new(
                Kind::MissingColumn,
                Location::line(&source, table.header_line),
                format!("no column for the {side}s: neither {side}_id nor {side}_email"),
            )
            .hint("give two of tandem's outputs, or files with mentee_id and mentor_id columns")
            .into());
        }
    }
    let cell = |row: &intake::Row, field: &str| -> String {
        let text = columns.value(row, field);
        text.strip_prefix('\'').filter(|t| t.starts_with(['=', '+', '-', '@'])).unwrap_or(&text).to_owned()
    };
    Ok(table
        .rows
        .iter()
        .map(|row| Named {
            mentee_id: cell(row, "mentee_id"),
            mentee_name: cell(row, "mentee_name"),
            mentee_email: cell(row, "mentee_email"),
            mentor_id: cell(row, "mentor_id"),
            mentor_name: cell(row, "mentor_name"),
            mentor_email: cell(row, "mentor_email"),
        })
        // The unmatched rows of tandem's output name one side only.
        .filter(|p| {
            let nobody = |id: &str, email: &str| id.is_empty() && email.is_empty();
            !nobody(&p.mentee_id, &p.mentee_email) && !nobody(&p.mentor_id, &p.mentor_email)
        })
        .collect())
}

fn read_json(path: &Path, source: &str) -> Result<Vec<Named>, InputError> {
    let text = std::fs::read_to_string(path).map_err(|err| {
        Problem::new(
            Kind::Unreadable,
            Location::file(source),
            format!("cannot read the file: {}", crate::error::plain(&err)),
        )
    })?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|err| {
        Problem::new(
            Kind::Malformed,
            Location::line(source, err.line() as u64),
            format!("this is not JSON: {err}"),
        )
        .hint("give the JSON that tandem match --format json writes, or its CSV")
    })?;
    let Some(pairs) = value.get("pairs").and_then(|p| p.as_array()) else {
        return Err(Problem::new(Kind::Malformed, Location::file(source), "this JSON has no \"pairs\"")
            .hint("give the JSON that tandem match --format json writes")
            .into());
    };
    let text = |pair: &serde_json::Value, field: &str| {
        pair.get(field).and_then(|v| v.as_str()).unwrap_or("").to_owned()
    };
    Ok(pairs
        .iter()
        .map(|p| Named {
            mentee_id: text(p, "mentee_id"),
            mentee_name: text(p, "mentee_name"),
            mentee_email: text(p, "mentee_email"),
            mentor_id: text(p, "mentor_id"),
            mentor_name: text(p, "mentor_name"),
            mentor_email: text(p, "mentor_email"),
        })
        .collect())
}
