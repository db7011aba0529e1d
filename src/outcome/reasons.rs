//! Why each person left unmatched is: the reason in words, from the
//! assignment and the rules that keep the others from them. Every rule's
//! words come from its unit (`score::Rule::shared`).

use std::collections::BTreeMap;

use super::Names;
use crate::cohort::{MenteeIx, MentorIx, Participant, Role};
use crate::i18n::Lang;
use crate::score::{CandidateMatrix, Scorer, Verdict};
use crate::solve::Assignment;
use crate::t;

/// Why a mentee has no mentor. Because the assignment matches as many
/// mentees as possible, every mentor with a free place is ineligible for an
/// unmatched mentee; the reason says which rules make them so.
pub(super) fn mentee(
    scorer: &Scorer<'_>,
    matrix: &CandidateMatrix,
    assignment: &Assignment,
    mentee: MenteeIx,
    free: &[MentorIx],
    locked: &[(MenteeIx, MentorIx)],
    names: &Names,
) -> String {
    let reason = mentee_reason(scorer, matrix, assignment, mentee, free, locked, names);
    after_pairs_not_repeated(scorer, matrix, Person::Mentee(mentee), reason, names)
}

fn mentee_reason(
    scorer: &Scorer<'_>,
    matrix: &CandidateMatrix,
    assignment: &Assignment,
    mentee: MenteeIx,
    free: &[MentorIx],
    locked: &[(MenteeIx, MentorIx)],
    names: &Names,
) -> String {
    let (cohort, lang) = (scorer.cohort(), scorer.lang());
    if cohort.mentors.is_empty() {
        return t!(lang, "reason-nobody", role = "mentor");
    }
    let person = Person::Mentee(mentee);
    let all: Vec<usize> = (0..cohort.mentors.len()).collect();
    let eligible: Vec<MentorIx> =
        cohort.mentor_ixs().filter(|&m| matrix.verdict(mentee, m) == Verdict::Eligible).collect();
    if eligible.is_empty() {
        return t!(
            lang,
            "reason-none-eligible",
            role = "mentor",
            rules = rules_broken(scorer, matrix, person, &all, "mentor")
        );
    }
    // The mentee's best option, and who has it: the trade-off made.
    let best = *eligible
        .iter()
        .max_by_key(|&&m| (matrix.score(mentee, m), std::cmp::Reverse(m)))
        .unwrap_or(&MentorIx(0));
    let holders: Vec<String> = assignment
        .pairs()
        .map(|(e, m)| (MenteeIx(e), MentorIx(m)))
        .filter(|&(_, m)| m == best)
        .map(|(e, m)| {
            let who = names.label(cohort.mentee(e));
            if locked.contains(&(e, m)) { t!(lang, "reason-locked-pair", name = who) } else { who }
        })
        .collect();
    let (best_name, holders) = (names.label(cohort.mentor(best)), lang.list(&holders));
    let booked = t!(
        lang,
        "reason-booked",
        count = eligible.len(),
        best = best_name,
        points = matrix.score(mentee, best).unwrap_or_default().text(lang),
        holders = holders
    );
    if free.is_empty() {
        let places: u64 = cohort.mentors.iter().map(|m| u64::from(m.capacity)).sum();
        return t!(
            lang,
            "reason-every-place-taken",
            reason = booked,
            places = places,
            mentees = cohort.mentees.len()
        );
    }
    let free: Vec<usize> = free.iter().map(|m| m.0).collect();
    format!("{booked}; {}", rules_broken(scorer, matrix, person, &free, "mentor-free"))
}

/// Why a mentor has no mentee: no mentee is eligible, or every eligible
/// mentee is matched to another mentor, and every unmatched mentee is
/// ineligible for this one (else the assignment would have paired them).
pub(super) fn mentor(
    scorer: &Scorer<'_>,
    matrix: &CandidateMatrix,
    mentor: MentorIx,
    waiting: &[MenteeIx],
    names: &Names,
) -> String {
    let reason = mentor_reason(scorer, matrix, mentor, waiting, names);
    after_pairs_not_repeated(scorer, matrix, Person::Mentor(mentor), reason, names)
}

fn mentor_reason(
    scorer: &Scorer<'_>,
    matrix: &CandidateMatrix,
    mentor: MentorIx,
    waiting: &[MenteeIx],
    names: &Names,
) -> String {
    let (cohort, lang) = (scorer.cohort(), scorer.lang());
    if cohort.mentor(mentor).capacity == 0 {
        return t!(lang, "reason-capacity-zero");
    }
    if cohort.mentees.is_empty() {
        return t!(lang, "reason-nobody", role = "mentee");
    }
    let person = Person::Mentor(mentor);
    let all: Vec<usize> = (0..cohort.mentees.len()).collect();
    let eligible: Vec<MenteeIx> =
        cohort.mentee_ixs().filter(|&e| matrix.verdict(e, mentor) == Verdict::Eligible).collect();
    if eligible.is_empty() {
        return t!(
            lang,
            "reason-none-eligible",
            role = "mentee",
            rules = rules_broken(scorer, matrix, person, &all, "mentee")
        );
    }
    let mut shown: Vec<String> = eligible.iter().take(5).map(|&e| names.label(cohort.mentee(e))).collect();
    if eligible.len() > 5 {
        shown.push("…".to_owned());
    }
    let taken = t!(lang, "reason-taken", count = eligible.len(), names = shown.join(", "));
    if waiting.is_empty() {
        let places: u64 = cohort.mentors.iter().map(|m| u64::from(m.capacity)).sum();
        return t!(
            lang,
            "reason-every-mentee-matched",
            reason = taken,
            places = places,
            mentees = cohort.mentees.len()
        );
    }
    let waiting: Vec<usize> = waiting.iter().map(|e| e.0).collect();
    format!("{taken}; {}", rules_broken(scorer, matrix, person, &waiting, "mentee-waiting"))
}

/// Someone left unmatched, on either side: the helpers below speak of them
/// and of the people of the other side, by their places there.
#[derive(Clone, Copy)]
enum Person {
    Mentee(MenteeIx),
    Mentor(MentorIx),
}

impl Person {
    fn role(self) -> Role {
        match self {
            Person::Mentee(_) => Role::Mentee,
            Person::Mentor(_) => Role::Mentor,
        }
    }

    fn participant(self, cohort: &crate::cohort::Cohort) -> &Participant {
        match self {
            Person::Mentee(e) => cohort.mentee(e),
            Person::Mentor(m) => cohort.mentor(m),
        }
    }
}

/// The person's pairs that are not to be made again: excluded ("the pair
/// with Laura Kaya is excluded") or made in an earlier round. Said first, since
/// a coordinator rematching after introductory meetings looks for it.
/// Nothing when one rule keeps everyone from the person: the reason says
/// so already.
fn pairs_not_repeated(
    scorer: &Scorer<'_>,
    matrix: &CandidateMatrix,
    person: Person,
    names: &Names,
) -> Option<String> {
    let cohort = scorer.cohort();
    let others = match person {
        Person::Mentee(_) => &cohort.mentors,
        Person::Mentor(_) => &cohort.mentees,
    };
    let verdict_of = verdicts(matrix, person);
    if others.is_empty() || (1..others.len()).all(|o| verdict_of(o) == verdict_of(0)) {
        return None;
    }
    let ids = |verdict: Verdict| -> Vec<String> {
        (0..others.len()).filter(|&o| verdict_of(o) == verdict).map(|o| names.label(&others[o])).collect()
    };
    let (excluded, earlier) = (ids(Verdict::Excluded), ids(Verdict::EarlierRound));
    let (excluded, earlier): (Vec<&str>, Vec<&str>) =
        (excluded.iter().map(String::as_str).collect(), earlier.iter().map(String::as_str).collect());
    let lang = scorer.lang();
    let mut said = Vec::new();
    if !excluded.is_empty() {
        said.push(t!(lang, "reason-pairs-excluded", count = excluded.len(), names = joined(&excluded, lang)));
    }
    if !earlier.is_empty() {
        said.push(t!(lang, "reason-paired-earlier", names = joined(&earlier, lang)));
    }
    (!said.is_empty()).then(|| said.join("; "))
}

/// "MR04", "MR04 and MR07", "MR01, MR04 and MR07"; at most five ids.
fn joined(ids: &[&str], lang: Lang) -> String {
    if ids.len() <= 5 {
        lang.list(&ids.iter().map(|&id| id.to_owned()).collect::<Vec<_>>())
    } else {
        t!(lang, "list-more", init = ids[..4].join(", "), count = ids.len() - 4)
    }
}

/// The verdict on a pair of `person` with someone of the other side, by
/// that someone's place there.
fn verdicts(matrix: &CandidateMatrix, person: Person) -> impl Fn(usize) -> Verdict + '_ {
    move |other| match person {
        Person::Mentee(mentee) => matrix.verdict(mentee, MentorIx(other)),
        Person::Mentor(mentor) => matrix.verdict(MenteeIx(other), mentor),
    }
}

/// The reason, after the person's pairs that are not to be made again.
fn after_pairs_not_repeated(
    scorer: &Scorer<'_>,
    matrix: &CandidateMatrix,
    person: Person,
    reason: String,
    names: &Names,
) -> String {
    match pairs_not_repeated(scorer, matrix, person, names) {
        Some(earlier) => format!("{earlier}; {reason}"),
        None => reason,
    }
}

/// The rules that make `others` ineligible for `person`, grouped:
/// "every mentor with free capacity works at Acme BV, as this mentee does",
/// or "of the 5 mentors with free capacity, 3 work at Acme BV, as this
/// mentee does; 2 share no language with this mentee".
fn rules_broken(
    scorer: &Scorer<'_>,
    matrix: &CandidateMatrix,
    person: Person,
    others: &[usize],
    other: &str,
) -> String {
    let (me, role) = (person.participant(scorer.cohort()), person.role());
    let verdict_of = verdicts(matrix, person);
    let mut groups: BTreeMap<Verdict, usize> = BTreeMap::new();
    for &o in others {
        *groups.entry(verdict_of(o)).or_default() += 1;
    }
    let lang = scorer.lang();
    let phrase = |verdict: Verdict, count: usize| -> String {
        match scorer.rule(verdict) {
            Some(rule) => rule.shared(me, role, count, lang),
            None => t!(lang, "reason-eligible", count = count),
        }
    };
    if let [(verdict, _)] = groups.iter().collect::<Vec<_>>()[..] {
        return t!(lang, "reason-every", other = other, phrase = phrase(*verdict, 1));
    }
    let parts: Vec<String> =
        groups.iter().map(|(verdict, &n)| format!("{n} {}", phrase(*verdict, n))).collect();
    t!(lang, "reason-of-the", count = others.len(), other = other, parts = parts.join("; "))
}
