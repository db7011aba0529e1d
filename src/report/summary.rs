//! The cohort summary of `tandem validate`: how many mentees and mentors,
//! and how they spread over organisations and sectors, as plain text for a
//! terminal.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::cohort::{Cohort, Participant, Role, Term};
use crate::error::Problem;

pub fn cohort(cohort: &Cohort, warnings: &[Problem]) -> String {
    let places: u64 = cohort.mentors.iter().map(|m| u64::from(m.capacity)).sum();
    let mut text = format!(
        "{} participants: {} mentees, {} mentors with {places} places.\n",
        cohort.mentees.len() + cohort.mentors.len(),
        cohort.mentees.len(),
        cohort.mentors.len(),
    );
    text += &counts("organisation", cohort, |p| Some(&p.organisation));
    text += &counts("sector", cohort, |p| p.sector.as_ref());
    text += &match warnings.len() {
        0 => "\nNo problems found.\n".to_owned(),
        1 => "\nNo problems found; 1 warning.\n".to_owned(),
        n => format!("\nNo problems found; {n} warnings.\n"),
    };
    text
}

/// Mentees and mentors per value of a field, by value; the first spelling
/// met (in id order) names each value.
fn counts(field: &str, cohort: &Cohort, value: impl Fn(&Participant) -> Option<&Term>) -> String {
    let mut rows: BTreeMap<String, (String, usize, usize)> = BTreeMap::new();
    for person in cohort.mentees.iter().chain(&cohort.mentors) {
        let (key, name) = match value(person) {
            Some(term) => (term.key.clone(), term.text.clone()),
            // Sorts after every value.
            None => ("\u{10FFFF}".to_owned(), "(not given)".to_owned()),
        };
        let row = rows.entry(key).or_insert((name, 0, 0));
        match person.role {
            Role::Mentee => row.1 += 1,
            Role::Mentor => row.2 += 1,
        }
    }
    let width = rows.values().map(|(name, ..)| name.chars().count()).chain([field.len()]).max().unwrap_or(0);
    let mut text = format!("\n{field:<width$}  mentees  mentors\n");
    for (name, mentees, mentors) in rows.values() {
        let _ = writeln!(text, "{name:<width$}  {mentees:>7}  {mentors:>7}");
    }
    text
}
