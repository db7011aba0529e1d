//! One pair, in full: its score criterion by criterion, every hard rule
//! passed or failed, the mentor's rank among the mentee's options, and what
//! forcing the pair would cost the whole cohort against the optimum.

use crate::cohort::{MenteeIx, MentorIx};
use crate::error::UsageError;
use crate::matching::Matching;
use crate::outcome::others;
use crate::score::{Points, RuleCheck, Total, Verdict};
use crate::solve::Assignment;

#[derive(Clone, Debug, PartialEq)]
pub struct PairExplanation {
    pub mentee: String,
    pub mentor: String,
    pub score: Points,
    pub max_score: Points,
    /// (criterion, points, weight, sentence).
    pub criteria: Vec<(String, Points, Points, Option<String>)>,
    pub rules: Vec<RuleCheck>,
    pub eligible: bool,
    /// The mentor's place among the mentee's eligible mentors (1 is best),
    /// and how many there are.
    pub rank: Option<usize>,
    pub options: usize,
    /// Who the mentee (each of their mentors, with the pair's score) and
    /// the mentor are with in the optimal matching.
    pub optimal_mentors: Vec<(String, Points)>,
    pub optimal_mentees: Vec<String>,
    /// (matched, total) of the optimum and with the pair forced.
    pub optimum: (usize, Total),
    pub forced: Option<(usize, Total)>,
}

/// Explains the pair of a mentee and a mentor, named by id.
///
/// # Errors
/// [`UsageError`] for an id not in the cohort, or of the other role, or a
/// mentee locked to another mentor; [`crate::error::InputError`] where solving fails.
pub fn explain(matching: &Matching<'_>, mentee_id: &str, mentor_id: &str) -> anyhow::Result<PairExplanation> {
    let cohort = &matching.loaded.cohort;
    let find = |id: &str, role: crate::cohort::Role| -> Result<usize, UsageError> {
        match cohort.find_in(id, role) {
            Some((found, index)) if found == role => Ok(index),
            Some((found, _)) => Err(UsageError::new(
                format!("'{id}' is a {}, not a {}", found.name(), role.name()),
                "give the mentee's id first, then the mentor's",
            )),
            None => Err(UsageError::new(
                format!("no participant has the id '{id}'"),
                "use the ids of the intake file",
            )),
        }
    };
    let mentee = MenteeIx(find(mentee_id, crate::cohort::Role::Mentee)?);
    let mentor = MentorIx(find(mentor_id, crate::cohort::Role::Mentor)?);
    let (scorer, matrix) = (&matching.scorer, &matching.matrix);
    let weights = scorer.weights();
    let criteria = matrix
        .names
        .iter()
        .zip(scorer.assess(mentee, mentor).criteria)
        .zip(&weights)
        .zip(scorer.notes(mentee, mentor))
        .map(|(((name, points), weight), note)| (name.clone(), points, *weight, note))
        .collect();
    let eligible = matrix.verdict(mentee, mentor) == Verdict::Eligible;
    let options: Vec<MentorIx> = others(matrix, mentee, &[], usize::MAX).collect();
    let rank = options.iter().position(|&m| m == mentor).map(|i| i + 1);

    let value = |a: &Assignment| {
        (a.pair_count(), a.pairs().map(|(e, m)| matrix.score(MenteeIx(e), MentorIx(m))).sum())
    };
    let optimum = matching.solve()?;
    let locks: Vec<MentorIx> =
        matching.locked.iter().filter(|&&(e, _)| e == mentee).map(|&(_, m)| m).collect();
    let wanted = cohort.mentee(mentee).wanted as usize;
    let forced = match () {
        _ if locks.contains(&mentor) => Some(value(&optimum)),
        _ if locks.len() >= wanted => {
            let ids: Vec<&str> = locks.iter().map(|&m| cohort.mentor(m).id.0.as_str()).collect();
            return Err(UsageError::new(
                format!("{mentee_id} is locked to {}", ids.join(" and ")),
                "leave out --lock to explain another pair for this mentee",
            )
            .into());
        }
        // Every place of the mentor is taken by a lock: nothing can give way.
        _ if matching.locked.iter().filter(|&&(_, m)| m == mentor).count()
            >= cohort.mentor(mentor).capacity as usize =>
        {
            None
        }
        _ => {
            let mut locked = matching.locked.clone();
            locked.push((mentee, mentor));
            Some(value(&matching.solve_with(&locked, &matching.targets)?))
        }
    };
    Ok(PairExplanation {
        mentee: label(cohort.mentee(mentee)),
        mentor: label(cohort.mentor(mentor)),
        score: matrix.score(mentee, mentor),
        max_score: Points(weights.iter().map(|w| w.0).sum()),
        criteria,
        rules: scorer.checks(mentee, mentor),
        eligible,
        rank,
        options: options.len(),
        optimal_mentors: optimum
            .mentors_of(mentee.0)
            .into_iter()
            .map(|m| (label(cohort.mentor(MentorIx(m))), matrix.score(mentee, MentorIx(m))))
            .collect(),
        optimal_mentees: optimum
            .pairs()
            .filter(|&(_, m)| m == mentor.0)
            .map(|(e, _)| label(cohort.mentee(MenteeIx(e))))
            .collect(),
        optimum: value(&optimum),
        forced,
    })
}

fn label(participant: &crate::cohort::Participant) -> String {
    if participant.name.is_empty() {
        participant.id.0.clone()
    } else {
        format!("{} ({})", participant.id, participant.name)
    }
}
