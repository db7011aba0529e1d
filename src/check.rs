//! Checking a pairing made elsewhere (by hand, or edited after a run)
//! against the programme's rules: every hard rule, mentor capacities,
//! unknown or doubly paired ids, locks and targets, and how far its total
//! score is from the optimum under the same rules.

use crate::cohort::{MenteeIx, MentorIx};
use crate::error::{InputError, Kind, Location, Problem};
use crate::intake::Table;
use crate::matching::Matching;
use crate::pairs::{self, PairRow};
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
    let mut pairing = Pairing::new(cohort.mentees.len(), cohort.mentors.len());
    for row in &rows {
        violations.extend(pairing.add(matching, row));
    }
    violations.extend(pairing.over_capacity(matching));
    violations.extend(pairing.locks_missing(matching, &table.source));
    let targets = targets_missed(matching, &pairing.made);
    let optimum = matching.solve()?;
    violations.sort_by(|a, b| a.location.cmp(&b.location));
    let matrix = &matching.matrix;
    Ok(CheckReport {
        violations,
        targets,
        pairs: pairing.made.len(),
        total: pairing.total,
        optimum_pairs: optimum.pair_count(),
        optimum_total: optimum.pairs().map(|(e, m)| matrix.score(MenteeIx(e), MentorIx(m))).sum(),
        prefer: matching.loaded.config.objective.prefer,
        several: !matching.wanted.is_empty(),
    })
}

/// Checks a pairing of peers: nobody with themselves or in two pairs,
/// every pair keeping every rule both ways, the locked pairs made; and the
/// optimum of the pool, compared by pairs.
///
/// # Errors
/// The pair file lacks its two id columns; the optimum cannot be computed.
pub fn check_peers(peers: &crate::peers::Peers<'_>, table: &Table) -> Result<CheckReport, InputError> {
    let cohort = &peers.loaded.cohort;
    let (rows, mut violations) = pairs::read_lenient(table, cohort, None)?;
    let id = |i: usize| &cohort.mentees[i].id;
    let mut partner: Vec<Option<(usize, &Location)>> = vec![None; cohort.mentees.len()];
    let mut made: Vec<(usize, usize)> = Vec::new();
    let mut total = Total::ZERO;
    for row in &rows {
        let (a, b) = (row.mentee.0.min(row.mentor.0), row.mentee.0.max(row.mentor.0));
        let names = format!("{} – {}", id(a), id(b));
        if made.contains(&(a, b)) {
            continue;
        }
        if a == b {
            let message = format!("{names}: one person cannot be their own peer");
            violations.push(Problem::new(Kind::RuleBroken, row.origin.clone(), message));
            continue;
        }
        if let Some((person, (other, at))) = [a, b].into_iter().find_map(|p| Some((p, partner[p]?))) {
            let message = format!("{names}: {} is paired twice, also with {} ({at})", id(person), id(other));
            violations.push(Problem::new(Kind::Capacity, row.origin.clone(), message));
            continue;
        }
        partner[a] = Some((b, &row.origin));
        partner[b] = Some((a, &row.origin));
        made.push((a, b));
        total += peers.score(a, b);
        if let Some(reason) = peers.reason(a, b) {
            violations.push(Problem::new(Kind::RuleBroken, row.origin.clone(), format!("{names}: {reason}")));
        }
    }
    for &(a, b) in peers.locked.iter().filter(|pair| !made.contains(pair)) {
        let message = format!("{} – {}: locked pair missing from the pairing", id(a), id(b));
        violations.push(Problem::new(Kind::RuleBroken, Location::file(&table.source), message));
    }
    let optimum = peers.solve()?;
    violations.sort_by(|a, b| a.location.cmp(&b.location));
    Ok(CheckReport {
        violations,
        targets: Vec::new(),
        pairs: made.len(),
        total,
        optimum_pairs: optimum.pairs.len(),
        optimum_total: optimum.pairs.iter().map(|&(a, b)| peers.score(a, b)).sum(),
        prefer: crate::config::Prefer::MostPairs,
        // Pairs, not mentees, are what a pool counts.
        several: true,
    })
}

/// The pairing as its rows are taken in, with what checking them needs.
struct Pairing<'r> {
    /// Per mentee, their mentors so far, each with its row.
    mentors_of: Vec<Vec<(MentorIx, &'r Location)>>,
    /// Per mentor, their mentees so far.
    load: Vec<u32>,
    /// Per mentor, the pair that first went over capacity.
    excess: Vec<Option<(String, Location)>>,
    made: Vec<(MenteeIx, MentorIx)>,
    total: Total,
}

impl<'r> Pairing<'r> {
    fn new(mentees: usize, mentors: usize) -> Self {
        Pairing {
            mentors_of: vec![Vec::new(); mentees],
            load: vec![0; mentors],
            excess: vec![None; mentors],
            made: Vec::new(),
            total: Total::ZERO,
        }
    }

    /// Takes in a row: a violation when the mentee has all the mentors
    /// they want already (the row is then left out) or the pair breaks a
    /// rule.
    fn add(&mut self, matching: &Matching<'_>, row: &'r PairRow) -> Option<Problem> {
        let cohort = &matching.loaded.cohort;
        let (mentee, mentor) = (row.mentee, row.mentor);
        let names = format!("{} – {}", cohort.mentee(mentee).id, cohort.mentor(mentor).id);
        let mentors = &mut self.mentors_of[mentee.0];
        // The same pair twice is the pair file's own problem.
        if mentors.iter().any(|&(m, _)| m == mentor) {
            return None;
        }
        let wanted = cohort.mentee(mentee).wanted as usize;
        if mentors.len() >= wanted {
            let others: Vec<String> =
                mentors.iter().map(|&(other, at)| format!("{} ({at})", cohort.mentor(other).id)).collect();
            let id = &cohort.mentee(mentee).id;
            let message = if wanted == 1 {
                format!("{names}: mentee {id} is paired twice, also with {}", others[0])
            } else {
                format!(
                    "{names}: mentee {id} has more mentors than the {wanted} wanted, also {}",
                    others.join(", ")
                )
            };
            return Some(Problem::new(Kind::Capacity, row.origin.clone(), message));
        }
        mentors.push((mentor, &row.origin));
        self.made.push((mentee, mentor));
        self.total += matching.matrix.score(mentee, mentor);
        self.load[mentor.0] += 1;
        if self.load[mentor.0] == cohort.mentor(mentor).capacity + 1 {
            self.excess[mentor.0] = Some((names.clone(), row.origin.clone()));
        }
        (matching.matrix.verdict(mentee, mentor) != Verdict::Eligible).then(|| {
            let reason = matching.scorer.reason(mentee, mentor).unwrap_or_default();
            Problem::new(Kind::RuleBroken, row.origin.clone(), format!("{names}: {reason}"))
        })
    }

    /// A violation per mentor with more mentees than places, at the pair
    /// that went over.
    fn over_capacity(&self, matching: &Matching<'_>) -> Vec<Problem> {
        let cohort = &matching.loaded.cohort;
        cohort
            .mentor_ixs()
            .zip(&self.excess)
            .filter_map(|(mentor, excess)| {
                let (names, at) = excess.clone()?;
                let (id, capacity) = (&cohort.mentor(mentor).id, cohort.mentor(mentor).capacity);
                let message = format!(
                    "{names}: over capacity: mentor {id} has {} mentees, capacity {capacity}",
                    self.load[mentor.0]
                );
                Some(Problem::new(Kind::Capacity, at, message))
            })
            .collect()
    }

    /// A violation per locked pair the pairing leaves out.
    fn locks_missing(&self, matching: &Matching<'_>, source: &str) -> Vec<Problem> {
        let cohort = &matching.loaded.cohort;
        matching
            .locked
            .iter()
            .filter(|&&(mentee, mentor)| !self.mentors_of[mentee.0].iter().any(|&(m, _)| m == mentor))
            .map(|&(mentee, mentor)| {
                let (e, m) = (&cohort.mentee(mentee).id, &cohort.mentor(mentor).id);
                let message = format!("{e} – {m}: locked pair missing from the pairing");
                Problem::new(Kind::RuleBroken, Location::file(source), message)
            })
            .collect()
    }
}

/// The targets the pairs miss, in words.
fn targets_missed(matching: &Matching<'_>, made: &[(MenteeIx, MentorIx)]) -> Vec<String> {
    let configs = matching.loaded.config.targets.iter();
    configs
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
        .collect()
}
