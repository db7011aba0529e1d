//! Warnings about a valid cohort that may still be wrong: the same person
//! signed up twice, one employer spelt two ways (which would let colleagues
//! be paired), mentees without goals. They never stop a run.

use std::collections::BTreeMap;

use crate::error::{Kind, Problem};
use crate::text::{fold, key};

use super::{Cohort, Participant, Role};

impl Cohort {
    /// Every warning, in file and line order.
    pub fn warnings(&self) -> Vec<Problem> {
        let mut everyone: Vec<&Participant> = self.mentees.iter().chain(&self.mentors).collect();
        everyone.sort_by(|a, b| a.origin.cmp(&b.origin));
        // Someone of both roles is on each side, from one row: once here.
        everyone.dedup_by(|a, b| a.origin == b.origin && a.id == b.id);
        let mut warnings = self.intake_warnings.clone();
        duplicate_people(&everyone, &mut warnings);
        lookalike_ids(&everyone, &mut warnings);
        organisation_spellings(&everyone, &mut warnings);
        if everyone.iter().any(|p| !p.goals.is_empty()) {
            for mentee in everyone.iter().filter(|p| p.role == Role::Mentee && p.goals.is_empty()) {
                warnings.push(
                    Problem::new(
                        Kind::Participant,
                        mentee.origin.clone(),
                        format!("mentee '{}' listed no goals", mentee.id),
                    )
                    .hint("their pairs earn no points for goals; ask them for their development goals"),
                );
            }
        }
        warnings.sort_by(|a, b| a.location.cmp(&b.location));
        warnings
    }
}

/// The same e-mail address twice, or a near-identical name at the same
/// organisation.
fn duplicate_people(everyone: &[&Participant], warnings: &mut Vec<Problem>) {
    let mut by_email: BTreeMap<String, &Participant> = BTreeMap::new();
    for &person in everyone {
        let email = fold(&person.email);
        if email.is_empty() {
            continue;
        }
        if let Some(first) = by_email.get(&email) {
            warnings.push(
                Problem::new(
                    Kind::Participant,
                    person.origin.clone(),
                    format!(
                        "'{}' has the same e-mail address as '{}' ({}): {}",
                        person.id, first.id, first.origin, person.email
                    ),
                )
                .hint("if this is one person signed up twice, remove one of the rows"),
            );
        } else {
            by_email.insert(email, person);
        }
    }
    let mut by_organisation: BTreeMap<&str, Vec<&Participant>> = BTreeMap::new();
    for &person in everyone {
        by_organisation.entry(&person.organisation.key).or_default().push(person);
    }
    for colleagues in by_organisation.values() {
        let names: Vec<String> = colleagues.iter().map(|p| key(&p.name)).collect();
        let emails: Vec<String> = colleagues.iter().map(|p| fold(&p.email)).collect();
        let neighbours = neighbours(&names);
        for (i, person) in colleagues.iter().enumerate() {
            if names[i].is_empty() {
                continue;
            }
            let twin = earlier(&neighbours, i).find(|&j| {
                near(&names[i], &names[j])
                    // Already reported as one e-mail address used twice.
                    && (emails[i].is_empty() || emails[i] != emails[j])
            });
            if let Some(twin) = twin.map(|j| colleagues[j]) {
                warnings.push(
                    Problem::new(
                        Kind::Participant,
                        person.origin.clone(),
                        format!(
                            "'{}' ({}) and '{}' ({}, {}) look like the same person at {}",
                            person.id, person.name, twin.id, twin.name, twin.origin, person.organisation.text
                        ),
                    )
                    .hint("if this is one person signed up twice, remove one of the rows"),
                );
            }
        }
    }
}

/// Ids that differ only in case or in invisible characters (a zero-width
/// space pasted along), and ids holding such characters: two people to
/// tandem, and perhaps one person to a reader, or a pair file that will
/// not match.
fn lookalike_ids(everyone: &[&Participant], warnings: &mut Vec<Problem>) {
    let mut by_form: BTreeMap<String, &Participant> = BTreeMap::new();
    for &person in everyone {
        let id = &person.id.0;
        if let Some(c) = id.chars().find(|&c| is_invisible(c)) {
            warnings.push(
                Problem::new(
                    Kind::Participant,
                    person.origin.clone(),
                    format!(
                        "id '{}' holds the invisible character U+{:04X}",
                        crate::error::visible(id),
                        c as u32
                    ),
                )
                .hint("retype the id: pair files that name it without the character will not match"),
            );
        }
        let form: String = id.chars().filter(|&c| !is_invisible(c)).flat_map(char::to_lowercase).collect();
        if let Some(first) = by_form.get(&form) {
            warnings.push(
                Problem::new(Kind::Participant,
                    person.origin.clone(),
                    format!(
                        "ids '{}' and '{}' ({}) differ only in case or invisible characters",
                        crate::error::visible(id),
                        crate::error::visible(&first.id.0),
                        first.origin
                    ),
                )
                .hint("tandem takes them as two people; if they are one, remove a row, else give them ids that differ clearly"),
            );
        } else {
            by_form.insert(form, person);
        }
    }
}

/// Characters that take no room on screen.
fn is_invisible(c: char) -> bool {
    crate::error::hidden(c) && !c.is_control()
}

/// Lists up to this long compare every pair; longer ones compare each key
/// with its nearest keys in sorted order only, so the work stays near
/// linear for a cohort of thousands at one employer.
const EVERY_PAIR_UP_TO: usize = 2000;

/// For a long list, each entry's earlier entries among its sorted
/// neighbours; `None` for a short list, where every earlier entry counts.
fn neighbours(keys: &[String]) -> Option<Vec<Vec<usize>>> {
    if keys.len() <= EVERY_PAIR_UP_TO {
        return None;
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]).then(a.cmp(&b)));
    let mut earlier = vec![Vec::new(); keys.len()];
    for (position, &a) in order.iter().enumerate() {
        for &b in order.iter().skip(position + 1).take(8) {
            earlier[a.max(b)].push(a.min(b));
        }
    }
    for list in &mut earlier {
        list.sort_unstable();
    }
    Some(earlier)
}

/// The earlier entries to compare entry `i` with, in file order.
fn earlier(neighbours: &Option<Vec<Vec<usize>>>, i: usize) -> Box<dyn Iterator<Item = usize> + '_> {
    match neighbours {
        None => Box::new(0..i),
        Some(lists) => Box::new(lists[i].iter().copied()),
    }
}

/// Whether two keys (letters and digits only) look like one name spelt
/// twice: equal, or at most one edit apart per full eight letters, never
/// when they differ in their digits ("Team 12" and "Team 13" are two).
fn near(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    if digits(a) != digits(b) {
        return false;
    }
    let allowed = a.chars().count().min(b.chars().count()) / 8;
    strsim::damerau_levenshtein(a, b) <= allowed
}

/// Organisations whose names differ only a little ("Deloitte" and "Deloitte
/// NL", "Gemeente Leiden" and "Gemeente Leidn"): if they are one employer,
/// their people would not be kept apart.
fn organisation_spellings(everyone: &[&Participant], warnings: &mut Vec<Problem>) {
    // The first participant of each spelling, in file order.
    let mut first: Vec<&Participant> = Vec::new();
    for &person in everyone {
        if !first.iter().any(|p| p.organisation.key == person.organisation.key) {
            first.push(person);
        }
    }
    let keys: Vec<String> = first.iter().map(|p| p.organisation.key.clone()).collect();
    let neighbours = neighbours(&keys);
    for (i, person) in first.iter().enumerate() {
        let words = super::organisation_words(&person.organisation.text).join(" ");
        let similar = earlier(&neighbours, i).map(|j| first[j]).find(|other| {
            let other_words = super::organisation_words(&other.organisation.text).join(" ");
            starts_with_words(&words, &other_words)
                || starts_with_words(&other_words, &words)
                || near(&person.organisation.key, &other.organisation.key)
        });
        if let Some(other) = similar {
            warnings.push(
                Problem::new(Kind::Participant,
                    person.origin.clone(),
                    format!(
                        "organisation '{}' differs only slightly from '{}' ({})",
                        person.organisation.text, other.organisation.text, other.origin
                    ),
                )
                .hint("if they are the same employer, write the name the same way everywhere, or colleagues may be paired"),
            );
        }
    }
}

/// Whether `long`'s words begin with all of `short`'s words.
fn starts_with_words(long: &str, short: &str) -> bool {
    let mut long_words = long.split(' ');
    short.split(' ').all(|word| long_words.next() == Some(word))
}

#[cfg(test)]
mod tests {
    use crate::score::tests::cohort;

    fn warnings(csv: &str) -> Vec<String> {
        cohort(csv).warnings().iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_same_email_twice() {
        let found = warnings(
            "id,role,name,email,organisation\nE1,mentee,Ann,ann@x.nl,A\nE2,mentee,Bo,ANN@x.nl ,B\nM1,mentor,Cy,,C\n",
        );
        assert_eq!(
            found,
            [
                "t.csv:3: 'E2' has the same e-mail address as 'E1' (t.csv:2): ANN@x.nl\n  hint: if this is one person signed up twice, remove one of the rows"
            ]
        );
    }

    #[test]
    fn ids_alike_but_for_case_or_invisible_characters() {
        let found =
            warnings("id,role,organisation\nE1,mentee,A\ne1,mentee,B\nE1\u{200b},mentee,C\nM1,mentor,D\n");
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0].starts_with(
                "t.csv:3: ids 'e1' and 'E1' (t.csv:2) differ only in case or invisible characters"
            ),
            "{found:?}"
        );
        assert!(
            found[1].starts_with("t.csv:4: id 'E1\\u{200b}' holds the invisible character U+200B"),
            "{found:?}"
        );
        assert!(found[2].starts_with("t.csv:4: ids 'E1\\u{200b}' and 'E1' (t.csv:2) differ"), "{found:?}");
    }

    #[test]
    fn near_identical_names_at_one_organisation() {
        let found = warnings(
            "id,role,name,organisation\nE1,mentee,Anne-Marie de Vries,Acme\nE2,mentee,Anne Marie de Vries,ACME\nE3,mentee,Anne-Marie de Vries,Beta\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("t.csv:3: 'E2' (Anne Marie de Vries) and 'E1' (Anne-Marie de Vries, t.csv:2) look like the same person at ACME"), "{found:?}");
    }

    #[test]
    fn organisations_spelt_two_ways() {
        let found = warnings(
            "id,role,organisation\nE1,mentee,Deloitte\nE2,mentee,Deloitte NL\nM1,mentor,Gemeente Leiden\nM2,mentor,Gemeente Leidn\nM3,mentor,Gemeente Delft\nM4,mentor,Acme B.V.\nM5,mentor,ACME BV\nM6,mentor,Acme Holding B.V.\n",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[2].starts_with(
                "t.csv:9: organisation 'Acme Holding B.V.' differs only slightly from 'Acme B.V.' (t.csv:7)"
            ),
            "{found:?}"
        );
        assert!(found[0].starts_with(
            "t.csv:3: organisation 'Deloitte NL' differs only slightly from 'Deloitte' (t.csv:2)"
        ));
        assert!(found[1].starts_with(
            "t.csv:5: organisation 'Gemeente Leidn' differs only slightly from 'Gemeente Leiden' (t.csv:4)"
        ));
    }

    #[test]
    fn numbered_names_are_different_people_and_employers() {
        let found = warnings(
            "id,role,name,organisation\nE1,mentee,Person 4916,Team 12\nE2,mentee,Person 4919,Team 12\nM1,mentor,Cy,Team 13\n",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn thousands_at_one_employer_are_compared_with_their_neighbours_only() {
        let mut csv = String::from("id,role,name,organisation\n");
        for i in 0..3000 {
            csv += &format!("E{i},mentee,Person {i},Acme\n");
        }
        csv += "E9999,mentee,Person 17,ACME\n";
        let found = warnings(&csv);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("'E9999' (Person 17) and 'E17' (Person 17"), "{found:?}");
    }

    #[test]
    fn mentees_without_goals_when_others_have_some() {
        let found = warnings("id,role,organisation,goals\nE1,mentee,A,\nE2,mentee,B,sales\nM1,mentor,C,\n");
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("t.csv:2: mentee 'E1' listed no goals"));
        assert!(warnings("id,role,organisation\nE1,mentee,A\n").is_empty());
    }
}
