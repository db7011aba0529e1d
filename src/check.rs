//! Checking a pairing made elsewhere (by hand, or edited after a run)
//! against the programme's rules: every hard rule, mentor capacities,
//! unknown or doubly paired ids, locks and targets, and how far its total
//! score is from the optimum under the same rules.

use crate::cohort::{MenteeIx, MentorIx};
use crate::error::{InputError, Kind, Location, Problem};
use crate::intake::Table;
use crate::matching::Matching;
use crate::pairs;
use crate::score::{Total, Verdict};

/// What `tandem check` found.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckReport {
    /// Each violation, with its place and both ids where there are two.
    pub violations: Vec<Problem>,
    /// Targets missed, as sentences.
    pub targets: Vec<String>,
    /// The pairing's pairs whose ids are known, and their total score.
    pub pairs: usize,
    pub total: Total,
    /// The optimum under the same rules, locks and targets.
    pub optimum_pairs: usize,
    pub optimum_total: Total,
    /// What the optimum maximises first.
    pub prefer: crate::config::Prefer,
    /// Whether some mentee wants several mentors: pairs, not mentees, are
    /// then compared.
    pub several: bool,
}

impl CheckReport {
    /// Whether nothing was found.
    pub fn is_clean(&self) -> bool {
        self.violations.is_empty() && self.targets.is_empty()
    }
}

/// Checks the pairs of a table.
///
/// # Errors
/// The pair file lacks a mentee or mentor column; the optimum cannot be
/// computed (targets overlapping too much).
pub fn check(matching: &Matching<'_>, table: &Table) -> Result<CheckReport, InputError> {
    let cohort = &matching.loaded.cohort;
    let (rows, mut violations) = pairs::read_lenient(table, cohort, None)?;
    let matrix = &matching.matrix;
    let mut mentors_of: Vec<Vec<(MentorIx, &Location)>> = vec![Vec::new(); cohort.mentees.len()];
    let mut load = vec![0u32; cohort.mentors.len()];
    // Per mentor, the pair that first went over capacity.
    let mut excess: Vec<Option<(String, Location)>> = vec![None; cohort.mentors.len()];
    let mut total = Total::ZERO;
    let mut made = Vec::new();
    for row in &rows {
        let (mentee, mentor) = (row.mentee, row.mentor);
        let names = format!("{} – {}", cohort.mentee(mentee).id, cohort.mentor(mentor).id);
        // The same pair twice is the pair file's own problem.
        if mentors_of[mentee.0].iter().any(|&(m, _)| m == mentor) {
            continue;
        }
        let wanted = cohort.mentee(mentee).wanted as usize;
        if mentors_of[mentee.0].len() >= wanted {
            let others: Vec<String> = mentors_of[mentee.0]
                .iter()
                .map(|&(other, at)| format!("{} ({at})", cohort.mentor(other).id))
                .collect();
            let message = if wanted == 1 {
                format!(
                    "{names}: mentee {} is paired twice, also with {}",
                    cohort.mentee(mentee).id,
                    others[0]
                )
            } else {
                format!(
                    "{names}: mentee {} has more mentors than the {wanted} wanted, also {}",
                    cohort.mentee(mentee).id,
                    others.join(", ")
                )
            };
            violations.push(Problem::new(Kind::Capacity, row.origin.clone(), message));
            continue;
        }
        mentors_of[mentee.0].push((mentor, &row.origin));
        made.push((mentee, mentor));
        total += matrix.score(mentee, mentor);
        if matrix.verdict(mentee, mentor) != Verdict::Eligible {
            let reason = matching.scorer.reason(mentee, mentor).unwrap_or_default();
            violations.push(Problem::new(Kind::RuleBroken, row.origin.clone(), format!("{names}: {reason}")));
        }
        load[mentor.0] += 1;
        if load[mentor.0] == cohort.mentor(mentor).capacity + 1 {
            excess[mentor.0] = Some((names, row.origin.clone()));
        }
    }
    for (mentor, excess) in cohort.mentor_ixs().zip(excess) {
        if let Some((names, at)) = excess {
            let capacity = cohort.mentor(mentor).capacity;
            violations.push(Problem::new(
                Kind::Capacity,
                at,
                format!(
                    "{names}: over capacity: mentor {} has {} mentees, capacity {capacity}",
                    cohort.mentor(mentor).id,
                    load[mentor.0]
                ),
            ));
        }
    }
    for &(mentee, mentor) in &matching.locked {
        if !mentors_of[mentee.0].iter().any(|&(m, _)| m == mentor) {
            violations.push(Problem::new(
                Kind::RuleBroken,
                Location::file(&table.source),
                format!(
                    "{} – {}: locked pair missing from the pairing",
                    cohort.mentee(mentee).id,
                    cohort.mentor(mentor).id
                ),
            ));
        }
    }
    let targets = matching
        .loaded
        .config
        .targets
        .iter()
        .zip(&matching.targets)
        .filter_map(|(config, target)| {
            let needed = target.needed(made.len());
            let members = made.iter().filter(|&&(e, _)| target.members[e.0]).count();
            (members < needed).then(|| {
                format!(
                    "target {} = {} missed: {members} of {} matched mentees, {needed} needed ({:.0}%)",
                    config.attribute.name(),
                    config.value,
                    made.len(),
                    config.min_share * 100.0
                )
            })
        })
        .collect();
    let optimum = matching.solve()?;
    violations.sort_by(|a, b| a.location.cmp(&b.location));
    Ok(CheckReport {
        violations,
        targets,
        pairs: made.len(),
        total,
        optimum_pairs: optimum.pair_count(),
        optimum_total: optimum.pairs().map(|(e, m)| matrix.score(MenteeIx(e), MentorIx(m))).sum(),
        prefer: matching.loaded.config.objective.prefer,
        several: !matching.wanted.is_empty(),
    })
}
