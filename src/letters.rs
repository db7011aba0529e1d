//! Letters to participants (`tandem letters`): one message per participant
//! and role, in their language, ready for a mail merge. A matched person
//! reads who their partner is and what they share; someone left out reads
//! why, in words that name no other participant. No letter carries a
//! sensitive value: the criteria that could tell one (diversity, ratings,
//! a sensitive declaration) say nothing in letters.

use std::collections::BTreeMap;

use crate::cohort::{MenteeIx, MentorIx, Participant, Role};
use crate::i18n::Lang;
use crate::matching::Matching;
use crate::score::Verdict;
use crate::t;

/// One participant's letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub lang: Lang,
    pub subject: String,
    pub message: String,
}

/// The language a participant reads: the first of the languages they
/// listed that tandem writes, else `default`.
pub fn language_of(person: &Participant, default: Lang) -> Lang {
    person.languages.iter().find_map(|l| l.text.parse::<Lang>().ok()).unwrap_or(default)
}

/// A letter for every participant of the cohort, mentees first, each side
/// by id, on the pairing `pairs` (a run's output or one made by hand).
pub fn letters(matching: &Matching<'_>, pairs: &[(MenteeIx, MentorIx)], default: Lang) -> Vec<Letter> {
    let cohort = &matching.loaded.cohort;
    let mut mentors_of: BTreeMap<MenteeIx, Vec<MentorIx>> = BTreeMap::new();
    let mut mentees_of: BTreeMap<MentorIx, Vec<MenteeIx>> = BTreeMap::new();
    for &(e, m) in pairs {
        mentors_of.entry(e).or_default().push(m);
        mentees_of.entry(m).or_default().push(e);
    }
    let mut letters = Vec::new();
    for mentee in cohort.mentee_ixs() {
        let (person, lang) = (cohort.mentee(mentee), language_of(cohort.mentee(mentee), default));
        let partners = mentors_of.get(&mentee).map(|mentors| {
            let notes = |m: MentorIx| matching.scorer.shared_notes(mentee, m, lang);
            mentors.iter().map(|&m| partner(cohort.mentor(m), notes(m), lang)).collect()
        });
        letters.push(letter(person, Role::Mentee, lang, partners, || {
            mentee_reason(matching, mentee, &mentees_of)
        }));
    }
    for mentor in cohort.mentor_ixs() {
        let (person, lang) = (cohort.mentor(mentor), language_of(cohort.mentor(mentor), default));
        let partners = mentees_of.get(&mentor).map(|mentees| {
            let notes = |e: MenteeIx| matching.scorer.shared_notes(e, mentor, lang);
            mentees.iter().map(|&e| partner(cohort.mentee(e), notes(e), lang)).collect()
        });
        letters.push(letter(person, Role::Mentor, lang, partners, || {
            mentor_reason(matching, mentor, &mentors_of)
        }));
    }
    letters
}

/// A participant's letter: to their partners, or why they have none.
fn letter(
    person: &Participant,
    role: Role,
    lang: Lang,
    partners: Option<Vec<String>>,
    why: impl FnOnce() -> String,
) -> Letter {
    let message = match partners {
        Some(partners) => t!(
            lang,
            "letter-matched",
            name = name(person),
            role = role.name(),
            count = partners.len(),
            partners = partners.join("\n\n")
        ),
        None => t!(lang, "letter-unmatched", name = name(person), role = role.name(), why = why()),
    };
    Letter {
        id: person.id.0.clone(),
        name: person.name.trim().to_owned(),
        email: person.email.trim().to_owned(),
        role,
        lang,
        subject: t!(lang, "letter-subject"),
        message,
    }
}

/// How a letter addresses someone: by name, else by id.
fn name(person: &Participant) -> String {
    if person.name.trim().is_empty() { person.id.0.clone() } else { person.name.trim().to_owned() }
}

/// The partner, with their organisation, and what the pair shares.
fn partner(other: &Participant, notes: Vec<String>, lang: Lang) -> String {
    let who = match other.organisation.text.trim() {
        "" => name(other),
        organisation => t!(lang, "letter-partner-at", name = name(other), organisation = organisation),
    };
    if notes.is_empty() {
        format!("{who}.")
    } else {
        t!(lang, "letter-partner-why", partner = who, why = notes.join(" "))
    }
}

/// Why a mentee has no mentor, naming no one: nobody may be their mentor,
/// every place is taken, or the mentors who fit them are taken.
fn mentee_reason(
    matching: &Matching<'_>,
    mentee: MenteeIx,
    mentees_of: &BTreeMap<MentorIx, Vec<MenteeIx>>,
) -> String {
    let cohort = &matching.loaded.cohort;
    let eligible: Vec<MentorIx> =
        cohort.mentor_ixs().filter(|&m| matching.matrix.verdict(mentee, m) == Verdict::Eligible).collect();
    let full = |m: MentorIx| mentees_of.get(&m).map_or(0, Vec::len) >= cohort.mentor(m).capacity as usize;
    if eligible.is_empty() {
        "none-eligible"
    } else if cohort.mentor_ixs().all(full) {
        "places"
    } else if eligible.iter().all(|&m| full(m)) {
        "taken"
    } else {
        // A pairing made by hand may leave a possible pair unmade.
        "not-chosen"
    }
    .to_owned()
}

/// Why a mentor has no mentee, naming no one.
fn mentor_reason(
    matching: &Matching<'_>,
    mentor: MentorIx,
    mentors_of: &BTreeMap<MenteeIx, Vec<MentorIx>>,
) -> String {
    let cohort = &matching.loaded.cohort;
    let eligible = |e: MenteeIx| matching.matrix.verdict(e, mentor) == Verdict::Eligible;
    let waiting = |e: &MenteeIx| !mentors_of.contains_key(e);
    if cohort.mentor(mentor).capacity == 0 {
        "no-places"
    } else if !cohort.mentee_ixs().any(eligible) {
        "none-eligible"
    } else if !cohort.mentee_ixs().any(|e| waiting(&e)) {
        "everyone-matched"
    } else if cohort.mentee_ixs().filter(waiting).any(eligible) {
        // A pairing made by hand may leave a possible pair unmade.
        "not-chosen"
    } else {
        "taken"
    }
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::tests::cohort;

    #[test]
    fn a_letter_is_in_the_first_language_listed_that_tandem_writes() {
        let cohort = cohort(
            "id,role,organisation,languages\nE1,mentee,A,\"Frans; Duits; Engels\"\nE2,mentee,A,Englisch\n\
             E3,mentee,A,Nederlands\nE4,mentee,A,Arabic\nE5,mentee,A,\n",
        );
        let lang = |i: usize| language_of(&cohort.mentees[i], Lang::Nl);
        assert_eq!((lang(0), lang(1), lang(2)), (Lang::De, Lang::En, Lang::Nl));
        assert_eq!((lang(3), lang(4)), (Lang::Nl, Lang::Nl), "none tandem writes: the run's language");
        assert_eq!(language_of(&cohort.mentees[3], Lang::De), Lang::De);
    }
}
