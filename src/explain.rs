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
    /// The language of its sentences.
    pub lang: crate::i18n::Lang,
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
        (a.pair_count(), a.pairs().map(|(e, m)| scorer.score(matrix, MenteeIx(e), MentorIx(m))).sum())
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
        lang: matching.loaded.config.output.lang,
        mentee: label(cohort.mentee(mentee)),
        mentor: label(cohort.mentor(mentor)),
        score: scorer.score(matrix, mentee, mentor),
        max_score: Points(weights.iter().map(|w| w.0).sum()),
        criteria,
        rules: scorer.checks(mentee, mentor),
        eligible,
        rank,
        options: options.len(),
        optimal_mentors: optimum
            .mentors_of(mentee.0)
            .into_iter()
            .map(|m| (label(cohort.mentor(MentorIx(m))), scorer.score(matrix, mentee, MentorIx(m))))
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

/// One pair of peers, named by id in either order: each criterion as the
/// mean of its two ways, every rule as passed only where both ways pass
/// it, the peer's rank among the first one's eligible peers, and what
/// forcing the pair would cost the pool.
///
/// # Errors
/// [`UsageError`] for an id not in the pool, or someone with themselves;
/// [`crate::error::InputError`] where solving fails.
pub fn explain_peers(
    peers: &crate::peers::Peers<'_>,
    a_id: &str,
    b_id: &str,
) -> anyhow::Result<PairExplanation> {
    let cohort = &peers.loaded.cohort;
    let find = |id: &str| -> Result<usize, UsageError> {
        cohort.find_in(id, crate::cohort::Role::Mentee).map(|(_, i)| i).ok_or_else(|| {
            UsageError::new(format!("no participant has the id '{id}'"), "use the ids of the intake file")
        })
    };
    let (a, b) = (find(a_id)?, find(b_id)?);
    if a == b {
        return Err(UsageError::new(
            format!("'{a_id}' twice: one person cannot be their own peer"),
            "name two people",
        )
        .into());
    }
    let (scorer, matrix) = (&peers.scorer, &peers.matrix);
    let (ab, ba) = ((MenteeIx(a), MentorIx(b)), (MenteeIx(b), MentorIx(a)));
    let weights = scorer.weights();
    let (notes_ab, notes_ba) = (scorer.notes(ab.0, ab.1), scorer.notes(ba.0, ba.1));
    let (first, second) = (label(&cohort.mentees[a]), label(&cohort.mentees[b]));
    let criteria = matrix
        .names
        .iter()
        .zip(scorer.assess(ab.0, ab.1).criteria.iter().zip(scorer.assess(ba.0, ba.1).criteria))
        .zip(&weights)
        .zip(notes_ab.into_iter().zip(notes_ba))
        .map(|(((name, (&x, y)), weight), notes)| {
            let note = match notes {
                (x, y) if x == y => x,
                (x, y) => Some(crate::t!(
                    scorer.lang(),
                    "peers-both-ways",
                    a = first.as_str(),
                    ab = x.as_deref().unwrap_or("—"),
                    b = second.as_str(),
                    ba = y.as_deref().unwrap_or("—")
                )),
            };
            (name.clone(), crate::peers::mean(x, y), *weight, note)
        })
        .collect();
    let rules = scorer
        .checks(ab.0, ab.1)
        .into_iter()
        .zip(scorer.checks(ba.0, ba.1))
        .map(|(x, y)| if x.passed && !y.passed { y } else { x })
        .collect();
    let eligible = peers.reason(a, b).is_none();
    let mut options: Vec<usize> =
        (0..cohort.mentees.len()).filter(|&q| q != a && peers.reason(a, q).is_none()).collect();
    options.sort_by_key(|&q| (std::cmp::Reverse(peers.score(a, q)), q));
    let rank = options.iter().position(|&q| q == b).map(|i| i + 1);
    let value = |pairing: &crate::solve::Pairing| {
        (pairing.pairs.len(), pairing.pairs.iter().map(|&(x, y)| peers.score(x, y)).sum::<Total>())
    };
    let optimum = peers.solve()?;
    let partner = |p: usize| {
        optimum.pairs.iter().find_map(|&(x, y)| match () {
            _ if x == p => Some(y),
            _ if y == p => Some(x),
            _ => None,
        })
    };
    let pair = (a.min(b), a.max(b));
    let taken = |p: usize| peers.locked.iter().any(|&(x, y)| (x == p || y == p) && (x, y) != pair);
    let forced = match () {
        _ if peers.locked.contains(&pair) => Some(value(&optimum)),
        _ if taken(a) || taken(b) => {
            return Err(UsageError::new(
                format!("{a_id} or {b_id} is locked to someone else"),
                "leave out --lock to explain this pair",
            )
            .into());
        }
        _ => {
            let mut locked = peers.locked.clone();
            locked.push(pair);
            Some(value(&peers.solve_with(&locked, &peers.loaded.priority)?))
        }
    };
    Ok(PairExplanation {
        lang: peers.loaded.config.output.lang,
        mentee: first,
        mentor: second,
        score: peers.score(a, b),
        max_score: Points(weights.iter().map(|w| w.0).sum()),
        criteria,
        rules,
        eligible,
        rank,
        options: options.len(),
        optimal_mentors: partner(a)
            .map(|q| (label(&cohort.mentees[q]), peers.score(a, q)))
            .into_iter()
            .collect(),
        optimal_mentees: partner(b).map(|q| label(&cohort.mentees[q])).into_iter().collect(),
        optimum: value(&optimum),
        forced,
    })
}

/// A participant as `explain` names them: by name, with the id that was
/// asked for ("Emma Hendriks (MR18)"); the id alone without a name.
fn label(participant: &crate::cohort::Participant) -> String {
    if participant.name.trim().is_empty() {
        participant.id.0.clone()
    } else {
        format!("{} ({})", participant.name.trim(), participant.id)
    }
}
