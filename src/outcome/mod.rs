//! The result of a matching run as people read it: ranked pairs with their
//! explanations, everyone left unmatched with a specific reason, and a
//! summary. Reports only read this; they never recompute anything.
//!
//! [`reasons`] says why each unmatched person is, [`targets`] how each
//! diversity target fared, in words.

mod reasons;
pub mod targets;

pub use targets::TargetReport;

use std::collections::{BTreeMap, BTreeSet};

use crate::cohort::{MenteeIx, MentorIx, Participant, Role};
use crate::i18n::Lang;
use crate::score::{CandidateMatrix, Points, Scorer, Total, Verdict};
use crate::solve::Assignment;
use crate::t;

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The criteria, in the order of each pair's points.
    pub criteria: Vec<String>,
    /// Best score first; ties by mentee id, then mentor id.
    pub pairs: Vec<MatchedPair>,
    /// Mentees first, then mentors without a mentee, each by id.
    pub unmatched: Vec<Unmatched>,
    pub summary: Summary,
    /// The intake's columns tandem does not use, passed through on request;
    /// each person's values are in the same order.
    pub extra_columns: Vec<String>,
    /// The diversity targets, in the config's order.
    pub targets: Vec<TargetReport>,
    /// How many alternatives per mentee were asked for (0: none).
    pub alternatives: usize,
    /// Participation per organisation, by name.
    pub organisations: Vec<Participation>,
    /// The language its sentences are in, and its reports are written in.
    pub lang: Lang,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchedPair {
    pub rank: usize,
    pub mentee_id: String,
    pub mentee_name: String,
    pub mentor_id: String,
    pub mentor_name: String,
    /// E-mail addresses and organisations as written, for introductions.
    pub mentee_email: String,
    pub mentee_organisation: String,
    pub mentor_email: String,
    pub mentor_organisation: String,
    pub score: Points,
    pub criteria: Vec<Points>,
    pub explanation: String,
    pub mentee_extra: Vec<String>,
    pub mentor_extra: Vec<String>,
    /// Kept as given with `--lock`.
    pub locked: bool,
    /// The mentee's next best eligible mentors, best first, when asked for.
    pub alternatives: Vec<Alternative>,
    /// The sectors of mentee and mentor, as written; empty when unknown.
    pub mentee_sector: String,
    pub mentor_sector: String,
}

/// How many of an organisation's people take part, and how many are matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participation {
    pub organisation: String,
    pub mentees: usize,
    pub mentors: usize,
    pub matched_mentees: usize,
    pub matched_mentors: usize,
}

/// Another eligible mentor for a matched mentee.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative {
    pub mentor_id: String,
    pub mentor_name: String,
    /// How people read it: the name, with the id where names repeat.
    pub label: String,
    pub score: Points,
}

/// How the outcome names people in its sentences: by name, with the id
/// where two participants share the name (and the id alone for someone
/// without one).
pub struct Names {
    repeated: BTreeSet<String>,
}

impl Names {
    pub fn of(cohort: &crate::cohort::Cohort) -> Names {
        Names::among(cohort.mentees.iter().chain(&cohort.mentors))
    }

    /// The names of these people, each once (a pool's, whose cohort holds
    /// everyone on both sides).
    pub fn among<'p>(people: impl Iterator<Item = &'p Participant>) -> Names {
        // By id: someone of both roles is on each side, one person.
        let mut named: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for person in people {
            let key = crate::text::fold(&person.name);
            if !key.is_empty() {
                named.entry(key).or_default().insert(person.id.0.as_str());
            }
        }
        Names { repeated: named.into_iter().filter(|(_, ids)| ids.len() > 1).map(|(name, _)| name).collect() }
    }

    /// "Emma Hendriks", "Emma Hendriks (MR18)" where another is named so,
    /// "MR18" without a name.
    pub fn label(&self, person: &Participant) -> String {
        let name = person.name.trim();
        if name.is_empty() {
            person.id.0.clone()
        } else if self.repeated.contains(&crate::text::fold(name)) {
            format!("{name} ({})", person.id)
        } else {
            name.to_owned()
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Unmatched {
    pub id: String,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub role: Role,
    pub reason: String,
    pub extra: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub mentees: usize,
    pub mentors: usize,
    /// Mentor places: the sum of capacities.
    pub places: u64,
    /// Mentees with a mentor.
    pub matched: usize,
    /// Pairs: one per matched mentee, more where mentees want several
    /// mentors; and how many mentors all mentees want together.
    pub pairs: usize,
    pub mentors_wanted: u64,
    /// The sum of the pairs' scores.
    pub total_score: Total,
    /// Pairs kept as given with `--lock`.
    pub locked: usize,
    /// Pairs never made: from `--exclude`, and from earlier rounds
    /// (`--history`).
    pub excluded: usize,
    pub earlier: usize,
    /// Mentees who come first (`--priority`), and how many are matched.
    pub priority: usize,
    pub priority_matched: usize,
    /// Total score all targets together cost.
    pub targets_cost: Total,
    /// Best scores first (`[objective] prefer = "best_scores"`): how many
    /// pairs fewer than the most that can be made, and the points of total
    /// score that gains; both 0 otherwise.
    pub pairs_given_up: usize,
    pub points_gained: Total,
}

impl Summary {
    /// The mean score of the pairs, in points; 0 with no pairs.
    pub fn mean_score(&self) -> f64 {
        self.total_score.mean(self.pairs)
    }

    /// Whether some mentee wants more than one mentor.
    pub fn several(&self) -> bool {
        self.mentors_wanted > self.mentees as u64
    }
}

impl Outcome {
    /// Puts an assignment into words.
    pub fn new(
        scorer: &Scorer<'_>,
        matrix: &CandidateMatrix,
        assignment: &Assignment,
        locked: &[(MenteeIx, MentorIx)],
        alternatives: usize,
    ) -> Outcome {
        let cohort = scorer.cohort();
        let mut load = vec![0u32; cohort.mentors.len()];
        for (_, mentor) in assignment.pairs() {
            load[mentor] += 1;
        }
        let names = Names::of(cohort);
        let pairs_in = Pairs { scorer, matrix, assignment, locked, load: &load, alternatives, names: &names };
        let mut pairs: Vec<MatchedPair> =
            assignment.pairs().map(|(e, m)| pairs_in.pair(MenteeIx(e), MentorIx(m))).collect();
        pairs.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| a.mentee_id.cmp(&b.mentee_id))
                .then_with(|| a.mentor_id.cmp(&b.mentor_id))
        });
        for (i, pair) in pairs.iter_mut().enumerate() {
            pair.rank = i + 1;
        }

        let free: Vec<MentorIx> =
            cohort.mentor_ixs().filter(|&m| load[m.0] < cohort.mentor(m).capacity).collect();
        let waiting: Vec<MenteeIx> =
            cohort.mentee_ixs().filter(|&e| assignment.mentor_of[e.0].is_none()).collect();
        let places: u64 = cohort.mentors.iter().map(|m| u64::from(m.capacity)).sum();

        let mut unmatched = Vec::new();
        for &mentee in &waiting {
            let reason = reasons::mentee(scorer, matrix, assignment, mentee, &free, locked, &names);
            unmatched.push(entry(cohort.mentee(mentee), reason, &cohort.extra_columns));
        }
        for mentor in cohort.mentor_ixs().filter(|&m| load[m.0] == 0) {
            let reason = reasons::mentor(scorer, matrix, mentor, &waiting, &names);
            unmatched.push(entry(cohort.mentor(mentor), reason, &cohort.extra_columns));
        }

        Outcome {
            lang: scorer.lang(),
            criteria: matrix.names.clone(),
            summary: Summary {
                mentees: cohort.mentees.len(),
                mentors: cohort.mentors.len(),
                places,
                matched: assignment.matched(),
                pairs: pairs.len(),
                mentors_wanted: cohort.mentees.iter().map(|e| u64::from(e.wanted)).sum(),
                total_score: pairs.iter().map(|p| p.score).sum(),
                locked: locked.len(),
                excluded: 0,
                earlier: 0,
                priority: 0,
                priority_matched: 0,
                targets_cost: Total::ZERO,
                pairs_given_up: 0,
                points_gained: Total::ZERO,
            },
            pairs,
            unmatched,
            extra_columns: cohort.extra_columns.clone(),
            targets: Vec::new(),
            alternatives,
            organisations: participation(cohort, assignment),
        }
    }

    /// Leaves out the intake's other columns, as outputs do unless asked.
    pub fn drop_extra_columns(&mut self) {
        self.drop_columns(|_| true);
    }

    /// Leaves out the intake's other columns whose header `drop` picks.
    pub fn drop_columns(&mut self, drop: impl Fn(&str) -> bool) {
        let keep: Vec<bool> = self.extra_columns.iter().map(|h| !drop(h)).collect();
        let filter = |values: &mut Vec<String>| {
            let mut i = 0;
            values.retain(|_| {
                i += 1;
                keep[i - 1]
            });
        };
        filter(&mut self.extra_columns);
        for pair in &mut self.pairs {
            filter(&mut pair.mentee_extra);
            filter(&mut pair.mentor_extra);
        }
        for person in &mut self.unmatched {
            filter(&mut person.extra);
        }
    }
}

/// The explanation of a pair; a locked pair says so, and one kept despite a
/// rule, or beyond its mentor's capacity (`--force-locks`), names it.
fn explain(
    scorer: &Scorer<'_>,
    matrix: &CandidateMatrix,
    (mentee, mentor): (MenteeIx, MentorIx),
    locked: &[(MenteeIx, MentorIx)],
    over_capacity: bool,
) -> String {
    let explanation = scorer.explain(mentee, mentor);
    if !locked.contains(&(mentee, mentor)) {
        return explanation;
    }
    let (capacity, lang) = (scorer.cohort().mentor(mentor).capacity, scorer.lang());
    let beyond = if over_capacity { capacity } else { 0 };
    match scorer.reason(mentee, mentor) {
        Some(reason) if matrix.verdict(mentee, mentor) != Verdict::Eligible => {
            t!(lang, "locked-pair-despite", beyond = beyond, reason = reason, explanation = explanation)
        }
        _ if over_capacity => t!(lang, "locked-pair-beyond", beyond = beyond, explanation = explanation),
        _ => t!(lang, "locked-pair", explanation = explanation),
    }
}

/// What putting one pair into words needs.
struct Pairs<'a> {
    scorer: &'a Scorer<'a>,
    matrix: &'a CandidateMatrix,
    assignment: &'a Assignment,
    locked: &'a [(MenteeIx, MentorIx)],
    /// Per mentor, their mentees in the assignment.
    load: &'a [u32],
    alternatives: usize,
    names: &'a Names,
}

impl Pairs<'_> {
    /// A pair of the assignment, in words.
    fn pair(&self, mentee: MenteeIx, mentor: MentorIx) -> MatchedPair {
        let Pairs { scorer, matrix, assignment, locked, load, alternatives, .. } = *self;
        let cohort = scorer.cohort();
        let mentors: Vec<MentorIx> = assignment.mentors_of(mentee.0).into_iter().map(MentorIx).collect();
        let (e, m) = (cohort.mentee(mentee), cohort.mentor(mentor));
        MatchedPair {
            rank: 0,
            mentee_id: e.id.0.clone(),
            mentee_name: e.name.clone(),
            mentor_id: m.id.0.clone(),
            mentor_name: m.name.clone(),
            mentee_email: e.email.clone(),
            mentee_organisation: e.organisation.text.clone(),
            mentor_email: m.email.clone(),
            mentor_organisation: m.organisation.text.clone(),
            score: scorer.score(matrix, mentee, mentor),
            criteria: scorer.assess(mentee, mentor).criteria,
            explanation: several(
                explain(scorer, matrix, (mentee, mentor), locked, load[mentor.0] > m.capacity),
                e.wanted,
                mentors.len(),
                scorer.lang(),
            ),
            mentee_extra: extra(e, &cohort.extra_columns),
            mentor_extra: extra(m, &cohort.extra_columns),
            locked: locked.contains(&(mentee, mentor)),
            alternatives: others(matrix, mentee, &mentors, alternatives)
                .map(|other| Alternative {
                    mentor_id: cohort.mentor(other).id.0.clone(),
                    mentor_name: cohort.mentor(other).name.clone(),
                    label: self.names.label(cohort.mentor(other)),
                    score: matrix.score(mentee, other).unwrap_or_default(),
                })
                .collect(),
            mentee_sector: e.sector.as_ref().map(|t| t.text.clone()).unwrap_or_default(),
            mentor_sector: m.sector.as_ref().map(|t| t.text.clone()).unwrap_or_default(),
        }
    }
}

/// An explanation, with what it is one of for a mentee who wants several
/// mentors: "One of the mentee's 2 mentors (3 wanted)."
fn several(explanation: String, wanted: u32, got: usize, lang: Lang) -> String {
    if wanted <= 1 {
        return explanation;
    }
    t!(lang, "several-mentors", explanation = explanation, count = got, wanted = wanted)
}

/// The mentee's eligible mentors other than those of `except` (their own
/// mentors), best score first, then by id; at most `count`.
pub fn others(
    matrix: &CandidateMatrix,
    mentee: MenteeIx,
    except: &[MentorIx],
    count: usize,
) -> impl Iterator<Item = MentorIx> + use<> {
    if count == 0 {
        return Vec::new().into_iter();
    }
    let mut options: Vec<MentorIx> = matrix
        .mentor_ixs()
        .filter(|m| !except.contains(m) && matrix.verdict(mentee, *m) == Verdict::Eligible)
        .collect();
    // A total order (the id breaks ties), so selecting then sorting the
    // best `count` gives the same list as sorting everything.
    let order = |&m: &MentorIx| (std::cmp::Reverse(matrix.score(mentee, m)), m);
    if options.len() > count {
        options.select_nth_unstable_by_key(count - 1, order);
        options.truncate(count);
    }
    options.sort_unstable_by_key(order);
    options.into_iter()
}

/// Mentees and mentors per organisation, matched and in all; the first
/// spelling met names each organisation.
fn participation<'c>(cohort: &'c crate::cohort::Cohort, assignment: &Assignment) -> Vec<Participation> {
    let mut mentor_matched = vec![false; cohort.mentors.len()];
    for (_, mentor) in assignment.pairs() {
        mentor_matched[mentor] = true;
    }
    let mut table: BTreeMap<&'c str, Participation> = BTreeMap::new();
    let mut bump = |p: &'c Participant, matched: bool| {
        let entry = table.entry(p.organisation.key.as_str()).or_insert_with(|| Participation {
            organisation: p.organisation.text.clone(),
            mentees: 0,
            mentors: 0,
            matched_mentees: 0,
            matched_mentors: 0,
        });
        match p.role {
            Role::Mentee => {
                entry.mentees += 1;
                entry.matched_mentees += usize::from(matched);
            }
            Role::Mentor => {
                entry.mentors += 1;
                entry.matched_mentors += usize::from(matched);
            }
        }
    };
    for (i, mentee) in cohort.mentees.iter().enumerate() {
        bump(mentee, assignment.mentor_of[i].is_some());
    }
    for (i, mentor) in cohort.mentors.iter().enumerate() {
        bump(mentor, mentor_matched[i]);
    }
    table.into_values().collect()
}

fn entry(participant: &Participant, reason: String, columns: &[String]) -> Unmatched {
    Unmatched {
        id: participant.id.0.clone(),
        name: participant.name.clone(),
        email: participant.email.clone(),
        organisation: participant.organisation.text.clone(),
        role: participant.role,
        reason,
        extra: extra(participant, columns),
    }
}

/// A participant's values of the other columns, in `columns` order; empty
/// where their file has no such column.
fn extra(participant: &Participant, columns: &[String]) -> Vec<String> {
    columns
        .iter()
        .map(|column| {
            participant
                .extra
                .iter()
                .find(|(header, _)| header == column)
                .map_or(String::new(), |(_, v)| v.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::score::Ratings;
    use crate::score::tests::cohort;
    use crate::solve::solve;

    fn outcome(csv: &str, config: &str) -> Outcome {
        let cohort = cohort(csv);
        let config = Config::parse("t.toml", config).unwrap();
        let ratings = Ratings::default();
        let scorer = Scorer::new(&cohort, &config, &ratings);
        let matrix = scorer.matrix();
        let capacities: Vec<u32> = cohort.mentors.iter().map(|m| m.capacity).collect();
        Outcome::new(&scorer, &matrix, &solve(&matrix, &capacities), &[], 0)
    }

    fn reasons(outcome: &Outcome) -> Vec<(String, String)> {
        outcome.unmatched.iter().map(|u| (u.id.clone(), u.reason.clone())).collect()
    }

    #[test]
    fn pairs_are_ranked_and_explained() {
        let outcome = outcome(
            "id,role,name,organisation,sector,goals\nE1,mentee,Ann,A,education,sales\nE2,mentee,Bo,B,finance,law\nM1,mentor,Cy,C,finance,sales\nM2,mentor,Di,D,finance,law\n",
            "",
        );
        let ranked: Vec<(usize, &str, &str, Points)> = outcome
            .pairs
            .iter()
            .map(|p| (p.rank, p.mentee_id.as_str(), p.mentor_id.as_str(), p.score))
            .collect();
        assert_eq!(ranked, [(1, "E1", "M1", Points(6500)), (2, "E2", "M2", Points(4500))]);
        assert_eq!(
            outcome.pairs[1].explanation,
            "Shares 1 of 1 goal: law. Same sector: finance. Different organisations."
        );
        assert_eq!(outcome.summary.total_score, Total(11000));
        assert_eq!(outcome.summary.mean_score(), 55.0);
        assert!(outcome.unmatched.is_empty());
    }

    #[test]
    fn colleagues_only_is_named_as_the_reason() {
        let outcome = outcome(
            "id,role,organisation,goals\nE1,mentee,Acme BV,\nE2,mentee,Acme BV,sales\nM1,mentor,Acme BV,\nM2,mentor,Gamma,sales\n",
            "",
        );
        // E2 takes M2 for the shared goal; M1 is left with E1, a colleague.
        assert_eq!(
            reasons(&outcome),
            [
                (
                    "E1".into(),
                    "the only eligible mentor, M2, is matched with E2 instead; every mentor with free capacity works at Acme BV, as this mentee does".into()
                ),
                (
                    "M1".into(),
                    "no mentee is eligible: every mentee works at Acme BV, as this mentor does".into()
                ),
            ]
        );
    }

    #[test]
    fn no_eligible_mentor_groups_the_rules() {
        let outcome = outcome(
            "id,role,organisation,languages\nE1,mentee,Acme,Dutch\nM1,mentor,Acme,Dutch\nM2,mentor,Beta,English\nM3,mentor,Gamma,German\n",
            "",
        );
        assert_eq!(
            outcome.unmatched[0].reason,
            "no mentor is eligible: of the 3 mentors, 1 works at Acme, as this mentee does; 2 share no language with this mentee"
        );
        assert_eq!(outcome.unmatched.len(), 4);
    }

    #[test]
    fn people_are_named_with_their_id_only_where_names_repeat() {
        let cohort = crate::score::tests::cohort(
            "id,role,name,organisation\nE1,mentee,Anna de Vries,A\nE2,mentee,Bo,B\nM1,mentor,anna  de vries,C\nM2,mentor,,D\n",
        );
        let names = Names::of(&cohort);
        let labels: Vec<String> =
            cohort.mentees.iter().chain(&cohort.mentors).map(|p| names.label(p)).collect();
        assert_eq!(labels, ["Anna de Vries (E1)", "Bo", "anna  de vries (M1)", "M2"]);
    }

    #[test]
    fn every_place_taken() {
        let outcome = outcome("id,role,organisation\nE1,mentee,A\nE2,mentee,B\nM1,mentor,C\n", "");
        assert_eq!(
            reasons(&outcome)[0].1,
            "the only eligible mentor, M1, is matched with E1 instead, and every place is taken (1 place for 2 mentees)"
        );
    }

    #[test]
    fn spare_mentor_when_everyone_is_matched() {
        let outcome = outcome(
            "id,role,organisation,capacity,goals\nE1,mentee,A,,law\nM1,mentor,C,,law\nM2,mentor,D,0,\nM3,mentor,E,2,\n",
            "",
        );
        assert_eq!(outcome.summary.matched, 1);
        assert_eq!(
            reasons(&outcome),
            [
                ("M2".into(), "the mentor's capacity is 0".into()),
                (
                    "M3".into(),
                    "the only eligible mentee (E1) is matched to another mentor for a higher total, and every mentee has a mentor (3 places for 1 mentee)".into()
                ),
            ]
        );
    }
}
