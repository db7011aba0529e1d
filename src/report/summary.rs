//! The cohort summary of `tandem validate`: how many mentees and mentors,
//! and how they spread over organisations and sectors, as plain text for a
//! terminal.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::cohort::{Cohort, Participant, Role, Term};
use crate::error::Problem;
use crate::i18n::Lang;
use crate::t;

pub fn cohort(cohort: &Cohort, warnings: &[Problem], lang: Lang) -> String {
    let places: u64 = cohort.mentors.iter().map(|m| u64::from(m.capacity)).sum();
    let mut text = t!(
        lang,
        "validate-participants",
        count = cohort.mentees.len() + cohort.mentors.len(),
        mentees = cohort.mentees.len(),
        mentors = cohort.mentors.len(),
        places = places
    );
    text.push('\n');
    text += &counts(&t!(lang, "validate-organisation"), cohort, lang, |p| Some(&p.organisation));
    text += &counts(&t!(lang, "validate-sector"), cohort, lang, |p| p.sector.as_ref());
    let _ = write!(text, "\n{}\n", t!(lang, "validate-no-problems", count = warnings.len()));
    text
}

/// Mentees and mentors per value of a field, by value; the first spelling
/// met (in id order) names each value.
fn counts(field: &str, cohort: &Cohort, lang: Lang, value: impl Fn(&Participant) -> Option<&Term>) -> String {
    let mut rows: BTreeMap<String, (String, usize, usize)> = BTreeMap::new();
    for person in cohort.mentees.iter().chain(&cohort.mentors) {
        let (key, name) = match value(person) {
            Some(term) => (term.key.clone(), term.text.clone()),
            // Sorts after every value.
            None => ("\u{10FFFF}".to_owned(), t!(lang, "not-given")),
        };
        let row = rows.entry(key).or_insert((name, 0, 0));
        match person.role {
            Role::Mentee => row.1 += 1,
            Role::Mentor => row.2 += 1,
        }
    }
    let (mentees, mentors) = (t!(lang, "summary-mentees"), t!(lang, "summary-mentors"));
    let width = rows
        .values()
        .map(|(name, ..)| name.chars().count())
        .chain([field.chars().count()])
        .max()
        .unwrap_or(0);
    let (a, b) = (mentees.chars().count().max(7), mentors.chars().count().max(7));
    let mut text = format!("\n{field:<width$}  {mentees:>a$}  {mentors:>b$}\n");
    for (name, mentees, mentors) in rows.values() {
        let _ = writeln!(text, "{name:<width$}  {mentees:>a$}  {mentors:>b$}");
    }
    text
}
