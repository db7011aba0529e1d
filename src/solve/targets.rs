//! Matching under group targets: at least a share of the matched mentees
//! from a group (women, a background), met at the least loss of total
//! score, never at the cost of a matched mentee.
//!
//! The objective, in order: (1) as many mentees matched as possible; (2) as
//! much of every target as possible, Σ min(matched members, needed);
//! (3) the highest total score. Mentees are sorted into classes by the
//! targets they count for. When no mentee counts for two targets (one
//! target, or several on one attribute), one minimum-cost flow with a
//! lower-bound arc per target solves the problem exactly. When targets
//! overlap, the number matched of each class shared by several targets is
//! enumerated, each fixed count solved as a flow whose shared arcs weigh as
//! many times as the targets they count for; the best of these is optimal
//! (the optimum's own counts are among those enumerated, and for them the
//! flow's objective bounds the true one from below with equality at the
//! optimum). Property tests check all of this against brute force.

use std::collections::BTreeMap;

use super::flow::Network;
use super::{Assignment, Scores, Unsolved};

/// The most flows an overlap of targets may take to solve exactly.
pub const MAX_FLOWS: u64 = 20_000;

/// Targets overlap in too many ways to be solved exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooManyOverlaps {
    pub flows: u64,
}

/// A group of mentees (by their rows) and how many of them must be matched.
pub struct Need<'a> {
    pub members: &'a [bool],
    /// Members matched elsewhere (locked pairs) that already count.
    pub already: usize,
    /// How many must be matched in all, `already` included.
    pub needed: usize,
}

/// The best assignment of the rows under the needs, by the objective above;
/// with priority rows (`first`, empty for none), by (matched, priority
/// rows matched, needs, score).
///
/// # Errors
/// When overlapping targets would need more than [`MAX_FLOWS`] flows, or
/// the tiers of cost do not fit.
pub fn solve<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    needs: &[Need<'_>],
    first: &[bool],
    progress: &dyn Fn(usize, usize),
) -> Result<Assignment, Unsolved> {
    let mentees = scores.mentees();
    // Rows by the set of targets they count for, as a bit mask.
    let mut classes: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for row in 0..mentees {
        let mask =
            needs.iter().enumerate().filter(|(_, n)| n.members[row]).fold(0u64, |m, (t, _)| m | 1 << t);
        classes.entry(mask).or_default().push(row);
    }
    let shared: Vec<(u64, usize)> = classes
        .iter()
        .filter(|(mask, _)| mask.count_ones() >= 2)
        .map(|(&mask, rows)| (mask, rows.len().min(mentees)))
        .collect();
    let flows = shared.iter().try_fold(1u64, |product, (_, size)| product.checked_mul(*size as u64 + 1));
    match flows {
        Some(flows) if flows <= MAX_FLOWS => {}
        _ => return Err(Unsolved::TooManyOverlaps(TooManyOverlaps { flows: flows.unwrap_or(u64::MAX) })),
    }
    let tiers = Tiers::new(scores, needs.len(), first).ok_or(Unsolved::TooLarge { mentees })?;

    let total = shared.iter().map(|(_, size)| size + 1).product::<usize>();
    let mut counts = vec![0usize; shared.len()];
    let mut best: Option<((usize, usize, usize, u64), Assignment)> = None;
    for done in 1.. {
        let fixed: BTreeMap<u64, usize> =
            shared.iter().map(|(mask, _)| *mask).zip(counts.iter().copied()).collect();
        let assignment = flow(scores, capacities, needs, first, &tiers, &classes, &fixed);
        let value = value(scores, needs, first, &assignment);
        if best.as_ref().is_none_or(|(v, _)| value > *v) {
            best = Some((value, assignment));
        }
        progress(done, total);
        // The next vector of counts, like an odometer.
        let Some(position) = (0..counts.len()).find(|&i| counts[i] < shared[i].1) else { break };
        counts[position] += 1;
        counts[..position].fill(0);
    }
    Ok(best.map(|(_, assignment)| assignment).unwrap_or(Assignment::new(vec![None; mentees])))
}

/// One target, solved by a bonus for its members found by bisection, with
/// the fast assignment solver: the smallest bonus `λ` whose optimum
/// (ties going to more members) matches exactly the members needed is the
/// optimum, since any assignment with as many members scores at most what
/// it does (a Lagrangian bound). `None` when no bonus lands exactly on the
/// need (the optimum of one bonus jumps past it) or the bonuses outgrow
/// the score range; the flow then decides.
pub fn parametric<S: Scores + ?Sized>(scores: &S, capacities: &[u32], need: &Need<'_>) -> Option<Assignment> {
    let count = |a: &Assignment| need.already + a.pairs().filter(|&(row, _)| need.members[row]).count();
    let max_score = (0..scores.mentees())
        .flat_map(|e| (0..scores.mentors()).filter_map(move |m| scores.score(e, m)))
        .max()?;
    // A bonus above any possible difference in total score makes members
    // count before score.
    let top = u64::from(max_score) * scores.mentees() as u64 + 1;
    if 2 * (u64::from(max_score) + top) + 1 > u64::from(u32::MAX) {
        return None;
    }
    let needs = std::slice::from_ref(need);
    let at = |lambda: u32| super::solve(&Bonuses { scores, needs, lambdas: &[lambda] }, capacities);
    let free = at(0);
    if count(&free) >= need.needed {
        return Some(free);
    }
    let most = at(top as u32);
    if count(&most) <= need.needed {
        return Some(most);
    }
    // count(at(low)) < needed < count(at(high)).
    let (mut low, mut high, mut best) = (0u32, top as u32, most);
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        let assignment = at(middle);
        if count(&assignment) >= need.needed {
            high = middle;
            best = assignment;
        } else {
            low = middle;
        }
    }
    (count(&best) == need.needed).then_some(best)
}

/// Several targets, by a bonus per target found by bisecting one bonus at a
/// time, a few rounds over the targets. The result is returned only with a
/// certificate of optimality: every target met, and each target with a
/// bonus met exactly (then, for any assignment meeting the targets, score ≤
/// score + Σ bonus·(members − needed) ≤ this one's, the Lagrangian bound).
/// `None` sends the problem to the exact flows.
pub fn lagrangian<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    needs: &[Need<'_>],
) -> Option<Assignment> {
    let count = |a: &Assignment, need: &Need<'_>| {
        need.already + a.pairs().filter(|&(row, _)| need.members[row]).count()
    };
    let max_score = (0..scores.mentees())
        .flat_map(|e| (0..scores.mentors()).filter_map(move |m| scores.score(e, m)))
        .max()?;
    let top = u64::from(max_score) * scores.mentees() as u64 + 1;
    if 2 * (u64::from(max_score) + top * needs.len() as u64) + 1 > u64::from(u32::MAX) {
        return None;
    }
    let at = |lambdas: &[u32]| super::solve(&Bonuses { scores, needs, lambdas }, capacities);
    let certified = |a: &Assignment, lambdas: &[u32]| {
        needs.iter().zip(lambdas).all(|(need, &l)| {
            let n = count(a, need);
            n >= need.needed && (l == 0 || n == need.needed)
        })
    };
    let mut lambdas = vec![0u32; needs.len()];
    for _round in 0..4 {
        let mut changed = false;
        for t in 0..needs.len() {
            let mut trial = lambdas.clone();
            trial[t] = 0;
            let new = if count(&at(&trial), &needs[t]) >= needs[t].needed {
                0
            } else {
                trial[t] = top as u32;
                if count(&at(&trial), &needs[t]) < needs[t].needed {
                    return None;
                }
                let (mut low, mut high) = (0u32, top as u32);
                while high - low > 1 {
                    trial[t] = low + (high - low) / 2;
                    if count(&at(&trial), &needs[t]) >= needs[t].needed {
                        high = trial[t];
                    } else {
                        low = trial[t];
                    }
                }
                high
            };
            changed |= new != lambdas[t];
            lambdas[t] = new;
        }
        let assignment = at(&lambdas);
        if certified(&assignment, &lambdas) {
            return Some(assignment);
        }
        if !changed {
            break;
        }
    }
    None
}

/// Scores with a bonus per target for its members, doubled so that ties go
/// to members of some target.
struct Bonuses<'a, S: ?Sized> {
    scores: &'a S,
    needs: &'a [Need<'a>],
    lambdas: &'a [u32],
}

impl<S: Scores + ?Sized> Scores for Bonuses<'_, S> {
    fn mentees(&self) -> usize {
        self.scores.mentees()
    }

    fn mentors(&self) -> usize {
        self.scores.mentors()
    }

    fn score(&self, mentee: usize, mentor: usize) -> Option<u32> {
        let bonus: u32 =
            self.needs.iter().zip(self.lambdas).filter(|(n, _)| n.members[mentee]).map(|(_, l)| l).sum();
        let member = u32::from(self.needs.iter().any(|n| n.members[mentee]));
        self.scores.score(mentee, mentor).map(|s| 2 * (s + bonus) + member)
    }
}

/// (matched, priority rows matched, Σ min(members matched, needed), total
/// score).
fn value<S: Scores + ?Sized>(
    scores: &S,
    needs: &[Need<'_>],
    first: &[bool],
    assignment: &Assignment,
) -> (usize, usize, usize, u64) {
    let prioritised = assignment.pairs().filter(|&(row, _)| first.get(row).copied().unwrap_or(false)).count();
    let met = needs
        .iter()
        .map(|need| {
            let matched = assignment.pairs().filter(|&(row, _)| need.members[row]).count();
            (need.already + matched).min(need.needed)
        })
        .sum();
    (assignment.matched(), prioritised, met, assignment.total(scores))
}

/// The weights of a flow's tiers, which cannot trade against each other:
/// any gain in score is worth less than one unit of a need (`need`), any
/// gain in needs less than one more priority row (`priority`, 0 without
/// them), any gain in those less than one more matched mentee (`pair`).
struct Tiers {
    need: i64,
    priority: i64,
    pair: i64,
}

impl Tiers {
    /// `None` when the weights do not fit in 64 bits with room for the
    /// flow's distances.
    fn new<S: Scores + ?Sized>(scores: &S, needs: usize, first: &[bool]) -> Option<Tiers> {
        let (mentees, mentors) = (scores.mentees() as i64, scores.mentors());
        let max_score = (0..scores.mentees())
            .flat_map(|e| (0..mentors).filter_map(move |m| scores.score(e, m)))
            .max()
            .map_or(0, i64::from);
        let need = mentees.checked_mul(max_score)?.checked_add(1)?;
        // Needs weigh up to once per target a row counts for.
        let needs_total = need.checked_mul((needs as i64).checked_mul(mentees)?.checked_add(1)?)?;
        let priority = if first.contains(&true) { needs_total.checked_add(need)? } else { 0 };
        let below = priority.checked_mul(mentees)?.checked_add(needs_total)?.checked_add(need)?;
        let pair = below.checked_add(1)?;
        // The flow's costs sum to at most mentees × (pair + priority + …).
        (pair.checked_mul(mentees.checked_add(1)?)?.checked_mul(2)? < i64::MAX / 4).then_some(Tiers {
            need,
            priority,
            pair,
        })
    }
}

/// One minimum-cost flow: cardinality first, then the needs (shared classes
/// limited to their fixed count and weighing once per target), then score.
fn flow<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    needs: &[Need<'_>],
    first: &[bool],
    tiers: &Tiers,
    classes: &BTreeMap<u64, Vec<usize>>,
    fixed: &BTreeMap<u64, usize>,
) -> Assignment {
    let (mentees, mentors) = (scores.mentees(), scores.mentors());
    let huge = tiers.need;

    // Still needed from these rows, per target, after the shared classes.
    let mut still: Vec<i64> = needs.iter().map(|n| n.needed as i64 - n.already as i64).collect();
    for (&mask, &count) in fixed {
        for (t, need) in still.iter_mut().enumerate() {
            if mask & 1 << t != 0 {
                *need -= count as i64;
            }
        }
    }

    // Nodes numbered from the sink back to the source: Dijkstra settles
    // nodes of equal distance by number, so it reaches the sink through a
    // mentor before it spreads over every mentee, as the shortest
    // augmenting path solver prefers a free column.
    let sink = 0;
    let first_mentor = 1;
    let first_mentee = first_mentor + mentors;
    let first_class = first_mentee + mentees;
    let source = first_class + classes.len();
    let mut network = Network::new(source + 1);
    for (c, (&mask, rows)) in classes.iter().enumerate() {
        let node = first_class + c;
        let size = rows.len() as i64;
        if let Some(&count) = fixed.get(&mask) {
            let weight = i64::from(mask.count_ones());
            network.edge(source, node, count as i64, -weight * huge);
        } else if mask != 0 {
            let t = mask.trailing_zeros() as usize;
            let lower = still[t].clamp(0, size);
            network.edge(source, node, lower, -huge);
            network.edge(source, node, size - lower, 0);
        } else {
            network.edge(source, node, size, 0);
        }
        for &row in rows {
            network.edge(node, first_mentee + row, 1, 0);
        }
    }
    let mut pair_edges = Vec::new();
    for mentee in 0..mentees {
        for mentor in 0..mentors {
            if let Some(score) = scores.score(mentee, mentor) {
                let priority = if first.get(mentee).copied().unwrap_or(false) { tiers.priority } else { 0 };
                let weight = tiers.pair + priority + i64::from(score);
                let edge = network.edge(first_mentee + mentee, first_mentor + mentor, 1, -weight);
                pair_edges.push((edge, mentee, mentor));
            }
        }
    }
    for (mentor, &capacity) in capacities.iter().enumerate() {
        network.edge(first_mentor + mentor, sink, i64::from(capacity).min(mentees as i64), 0);
    }
    let order: Vec<usize> = (0..=source).rev().collect();
    network.min_cost_flow(source, sink, &order);

    let mut mentor_of = vec![None; mentees];
    for (edge, mentee, mentor) in pair_edges {
        if network.flow(edge) > 0 {
            mentor_of[mentee] = Some(mentor);
        }
    }
    Assignment::new(mentor_of)
}
