//! Checking a pairing made elsewhere (by hand, or edited after a run)
//! against the programme's rules: every hard rule, mentor capacities,
//! unknown or doubly paired ids, locks and targets, and how far its total
//! score is from the optimum under the same rules.

use crate::cohort::{MenteeIx, MentorIx};
use crate::error::{InputError, Kind, Location, Problem};
use crate::i18n::Lang;
use crate::intake::Table;
use crate::matching::Matching;
use crate::outcome::Names;
use crate::pairs::{self, PairRow};
use crate::score::{Total, Verdict};
use crate::t;

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
    /// The language of its sentences.
    pub lang: Lang,
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
    let names = Names::of(cohort);
    let mut pairing = Pairing::new(cohort.mentees.len(), cohort.mentors.len());
    for row in &rows {
        violations.extend(pairing.add(matching, row, &names));
    }
    violations.extend(pairing.over_capacity(matching, &names));
    violations.extend(pairing.locks_missing(matching, &table.source, &names));
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
        optimum_total: optimum
            .pairs()
            .map(|(e, m)| matching.scorer.score(matrix, MenteeIx(e), MentorIx(m)))
            .sum(),
        prefer: matching.loaded.config.objective.prefer,
        several: !matching.wanted.is_empty(),
        lang: matching.loaded.config.output.lang,
    })
}

/// Checks a pairing of peers: nobody with themselves or in two pairs,
/// every pair keeping every rule both ways, the locked pairs made; and the
/// optimum of the pool, compared by pairs.
///
/// # Errors
/// The pair file lacks its two id columns; the optimum cannot be computed.
pub fn check_peers(peers: &crate::peers::Peers<'_>, table: &Table) -> Result<CheckReport, InputError> {
    let (cohort, lang) = (&peers.loaded.cohort, peers.loaded.config.output.lang);
    let (rows, mut violations) = pairs::read_lenient(table, cohort, None)?;
    let people = Names::among(cohort.mentees.iter());
    let id = |i: usize| people.label(&cohort.mentees[i]);
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
            let message = t!(lang, "check-own-peer", pair = names);
            violations.push(Problem::new(Kind::RuleBroken, row.origin.clone(), message));
            continue;
        }
        if let Some((person, (other, at))) = [a, b].into_iter().find_map(|p| Some((p, partner[p]?))) {
            let message = t!(
                lang,
                "check-peer-twice",
                pair = names,
                person = id(person),
                other = id(other),
                place = at.to_string()
            );
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
        let message = t!(lang, "check-lock-missing", pair = format!("{} – {}", id(a), id(b)));
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
        lang,
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
    fn add(&mut self, matching: &Matching<'_>, row: &'r PairRow, people: &Names) -> Option<Problem> {
        let (cohort, lang) = (&matching.loaded.cohort, matching.loaded.config.output.lang);
        let (mentee, mentor) = (row.mentee, row.mentor);
        let names =
            format!("{} – {}", people.label(cohort.mentee(mentee)), people.label(cohort.mentor(mentor)));
        let mentors = &mut self.mentors_of[mentee.0];
        // The same pair twice is the pair file's own problem.
        if mentors.iter().any(|&(m, _)| m == mentor) {
            return None;
        }
        let wanted = cohort.mentee(mentee).wanted as usize;
        if mentors.len() >= wanted {
            let others: Vec<String> = mentors
                .iter()
                .map(|&(other, at)| format!("{} ({at})", people.label(cohort.mentor(other))))
                .collect();
            let name = people.label(cohort.mentee(mentee));
            let message = if wanted == 1 {
                t!(lang, "check-mentee-twice", pair = &names, mentee = name, other = &others[0])
            } else {
                t!(
                    lang,
                    "check-more-mentors",
                    pair = &names,
                    mentee = name,
                    wanted = wanted,
                    others = others.join(", ")
                )
            };
            return Some(Problem::new(Kind::Capacity, row.origin.clone(), message));
        }
        mentors.push((mentor, &row.origin));
        self.made.push((mentee, mentor));
        self.total += matching.scorer.score(&matching.matrix, mentee, mentor);
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
    fn over_capacity(&self, matching: &Matching<'_>, people: &Names) -> Vec<Problem> {
        let (cohort, lang) = (&matching.loaded.cohort, matching.loaded.config.output.lang);
        cohort
            .mentor_ixs()
            .zip(&self.excess)
            .filter_map(|(mentor, excess)| {
                let (names, at) = excess.clone()?;
                let (name, capacity) = (people.label(cohort.mentor(mentor)), cohort.mentor(mentor).capacity);
                let message = t!(
                    lang,
                    "check-over-capacity",
                    pair = names,
                    mentor = name,
                    count = self.load[mentor.0],
                    capacity = capacity
                );
                Some(Problem::new(Kind::Capacity, at, message))
            })
            .collect()
    }

    /// A violation per locked pair the pairing leaves out.
    fn locks_missing(&self, matching: &Matching<'_>, source: &str, people: &Names) -> Vec<Problem> {
        let (cohort, lang) = (&matching.loaded.cohort, matching.loaded.config.output.lang);
        matching
            .locked
            .iter()
            .filter(|&&(mentee, mentor)| !self.mentors_of[mentee.0].iter().any(|&(m, _)| m == mentor))
            .map(|&(mentee, mentor)| {
                let (e, m) = (people.label(cohort.mentee(mentee)), people.label(cohort.mentor(mentor)));
                let message = t!(lang, "check-lock-missing", pair = format!("{e} – {m}"));
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
                t!(
                    matching.loaded.config.output.lang,
                    "check-target-missed",
                    attribute = config.attribute.name(),
                    value = &config.value,
                    members = members,
                    matched = made.len(),
                    needed = needed,
                    percent = format!("{:.0}", config.min_share * 100.0)
                )
            })
        })
        .collect()
}
