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

use std::cmp::Reverse;
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

/// (matched, priority rows matched, Σ min(members matched, needed), total
/// score): the objective, compared in this order.
type Value = (usize, usize, usize, u64);

/// The best assignment of the rows under the needs, by the objective above;
/// with priority rows (`first`, empty for none), by (matched, priority
/// rows matched, needs, score).
///
/// With the number matched of every shared class fixed, one flow finds the
/// best assignment; call its value `T`. Along the count `k` of one shared
/// class, the others fixed, `T(k)` is the value of a linear program whose
/// bounds move linearly with `k` (the class's supply, the rest of each
/// need it counts for), plus the needs it meets itself: concave wherever
/// no need's rest reaches zero. So the counts of the largest shared class
/// are searched by bisection on `T(k + 1) − T(k)`, piece by piece between
/// the counts where a need's rest reaches zero, and only the other shared
/// classes (none with two targets) are enumerated.
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
    solve_sparse(scores, capacities, needs, first, progress, Sparse::BEST)
}

/// [`solve`], with flows that start from each mentee's and each mentor's
/// `best_pairs` best pairs.
pub(super) fn solve_sparse<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    needs: &[Need<'_>],
    first: &[bool],
    progress: &dyn Fn(usize, usize),
    best_pairs: usize,
) -> Result<Assignment, Unsolved> {
    let mentees = scores.mentees();
    // Rows by the set of targets they count for, as a bit mask.
    let mut classes: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for row in 0..mentees {
        let mask =
            needs.iter().enumerate().filter(|(_, n)| n.members[row]).fold(0u64, |m, (t, _)| m | 1 << t);
        classes.entry(mask).or_default().push(row);
    }
    let mut shared: Vec<(u64, usize)> = classes
        .iter()
        .filter(|(mask, _)| mask.count_ones() >= 2)
        .map(|(&mask, rows)| (mask, rows.len()))
        .collect();
    // The largest shared class is searched, the others enumerated.
    let searched =
        shared.iter().enumerate().max_by_key(|(i, (_, size))| (*size, Reverse(*i))).map(|(i, _)| i);
    let searched = searched.map(|i| shared.remove(i));
    let per_search = searched.map_or(1, |(mask, size)| {
        let pieces = u64::from(mask.count_ones()) + 1;
        pieces * 2 * (u64::from(usize::BITS - size.leading_zeros()) + 1)
    });
    let flows =
        shared.iter().try_fold(per_search, |product, (_, size)| product.checked_mul(*size as u64 + 1));
    match flows {
        Some(flows) if flows <= MAX_FLOWS => {}
        _ => return Err(Unsolved::TooManyOverlaps(TooManyOverlaps { flows: flows.unwrap_or(u64::MAX) })),
    }
    let tiers = Tiers::new(scores, needs.len(), first).ok_or(Unsolved::TooLarge { mentees })?;
    let still: Vec<i64> = needs.iter().map(|n| n.needed as i64 - n.already as i64).collect();

    let total = flows.unwrap_or(0) as usize;
    let done = std::cell::Cell::new(0);
    let mut best: Option<(Value, Assignment)> = None;
    let network = Flows { scores, capacities, needs, first, tiers, classes: &classes };
    let mut sparse = Sparse::new(scores, best_pairs);
    let mut consider = |fixed: &BTreeMap<u64, usize>| -> Option<Value> {
        let assignment = network.flow(fixed, &mut sparse)?;
        let value = value(scores, needs, first, &assignment);
        if best.as_ref().is_none_or(|(v, _)| value > *v) {
            best = Some((value, assignment));
        }
        done.set(done.get() + 1);
        progress(done.get(), total.max(done.get()));
        Some(value)
    };
    let mut counts = vec![0usize; shared.len()];
    loop {
        let mut fixed: BTreeMap<u64, usize> =
            shared.iter().map(|(mask, _)| *mask).zip(counts.iter().copied()).collect();
        match searched {
            None => {
                consider(&fixed);
            }
            Some((mask, size)) => {
                // Where the rest of a need the class counts for reaches zero.
                let mut ends: Vec<usize> = (0..needs.len())
                    .filter(|t| mask & 1 << t != 0)
                    .map(|t| {
                        let others: i64 =
                            fixed.iter().filter(|(m, _)| *m & 1 << t != 0).map(|(_, &k)| k as i64).sum();
                        (still[t] - others).clamp(0, size as i64) as usize
                    })
                    .chain([0, size])
                    .collect();
                ends.sort_unstable();
                ends.dedup();
                let mut memo: BTreeMap<usize, Option<Value>> = BTreeMap::new();
                let mut at = |k: usize| -> Option<Value> {
                    *memo.entry(k).or_insert_with(|| {
                        fixed.insert(mask, k);
                        consider(&fixed)
                    })
                };
                for piece in ends.windows(2) {
                    peak(piece[0], piece[1], &mut at);
                }
            }
        }
        // The next vector of counts, like an odometer.
        let Some(position) = (0..counts.len()).find(|&i| counts[i] < shared[i].1) else { break };
        counts[position] += 1;
        counts[..position].fill(0);
    }
    Ok(best.map(|(_, assignment)| assignment).unwrap_or(Assignment::new(vec![None; mentees])))
}

/// The first `k` in `low..=high` where a function concave there stops
/// rising, by bisection on `f(k + 1) > f(k)`; the top is tried first, as
/// a scarce class is often best matched in full.
fn peak(low: usize, high: usize, f: &mut impl FnMut(usize) -> Option<Value>) -> usize {
    if low == high || f(high) > f(high - 1) {
        return high;
    }
    let (mut low, mut high) = (low, high - 1);
    while low < high {
        let middle = low + (high - low) / 2;
        if f(middle + 1) > f(middle) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
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
    // A target that cannot be met even with every other bonus at zero and
    // its own above any score cannot be certified: leave it to the flows
    // before any bisection.
    for t in 0..needs.len() {
        let mut lambdas = vec![0u32; needs.len()];
        lambdas[t] = top as u32;
        if count(&at(&lambdas), &needs[t]) < needs[t].needed {
            return None;
        }
    }
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
) -> Value {
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

/// The pairs a flow is built on: at first each mentee's best few mentors
/// and each mentor's best few mentees, then whatever pairs the optimality
/// certificate of a flow finds missing. Kept from flow to flow, as the
/// flows of one problem want much the same pairs.
struct Sparse {
    /// Per mentee, its mentors in the network, ascending.
    of: Vec<Vec<usize>>,
}

impl Sparse {
    /// How many of each mentee's and each mentor's best pairs start in the
    /// network, and how many more a mentee takes at most per certificate.
    const BEST: usize = 24;

    fn new<S: Scores + ?Sized>(scores: &S, best: usize) -> Sparse {
        let best = best.max(1);
        let (mentees, mentors) = (scores.mentees(), scores.mentors());
        let by_score = |&(s, i): &(u32, usize)| (Reverse(s), i);
        let keep = |list: &mut Vec<(u32, usize)>| {
            if list.len() > best {
                list.select_nth_unstable_by_key(best - 1, by_score);
                list.truncate(best);
            }
        };
        let mut of: Vec<Vec<usize>> = vec![Vec::new(); mentees];
        let mut best_mentees: Vec<Vec<(u32, usize)>> = vec![Vec::new(); mentors];
        let mut row: Vec<(u32, usize)> = Vec::with_capacity(mentors);
        for (mentee, chosen) in of.iter_mut().enumerate() {
            row.clear();
            row.extend((0..mentors).filter_map(|m| scores.score(mentee, m).map(|s| (s, m))));
            for &(score, mentor) in &row {
                let list = &mut best_mentees[mentor];
                list.push((score, mentee));
                if list.len() >= 2 * best {
                    keep(list);
                }
            }
            keep(&mut row);
            chosen.extend(row.iter().map(|&(_, m)| m));
        }
        for (mentor, mut list) in best_mentees.into_iter().enumerate() {
            keep(&mut list);
            for (_, mentee) in list {
                of[mentee].push(mentor);
            }
        }
        for chosen in &mut of {
            chosen.sort_unstable();
            chosen.dedup();
        }
        Sparse { of }
    }

    /// Every eligible pair.
    fn complete<S: Scores + ?Sized>(scores: &S) -> Sparse {
        let of = (0..scores.mentees())
            .map(|e| (0..scores.mentors()).filter(|&m| scores.score(e, m).is_some()).collect())
            .collect();
        Sparse { of }
    }
}

/// A network after its flow: the potentials that prove it optimal (`None`
/// when a shared class cannot match its count), and per pair edge, its
/// index, mentee and mentor.
type Built = (Network, Option<Vec<i64>>, Vec<(usize, usize, usize)>);

/// What every flow of one problem shares.
struct Flows<'a, S: ?Sized> {
    scores: &'a S,
    capacities: &'a [u32],
    needs: &'a [Need<'a>],
    first: &'a [bool],
    tiers: Tiers,
    classes: &'a BTreeMap<u64, Vec<usize>>,
}

/// The nodes of a flow's network, numbered from the sink back to the
/// source: Dijkstra settles nodes of equal distance by number, so it
/// reaches the sink through a mentor before it spreads over every mentee,
/// as the shortest augmenting path solver prefers a free column.
const SINK: usize = 0;
const FIRST_MENTOR: usize = 1;

impl<S: Scores + ?Sized> Flows<'_, S> {
    fn first_mentee(&self) -> usize {
        FIRST_MENTOR + self.scores.mentors()
    }

    /// A pair's weight: a mentee matched, a priority one, then its score.
    fn weight(&self, mentee: usize, score: u32) -> i64 {
        let priority = if self.first.get(mentee).copied().unwrap_or(false) { self.tiers.priority } else { 0 };
        self.tiers.pair + priority + i64::from(score)
    }

    /// One minimum-cost flow: cardinality first, then the needs, then
    /// score, with each shared class matching exactly its fixed count
    /// (`None` when it cannot) and counting toward its targets up to what
    /// they need.
    ///
    /// The flow is built on the pairs in `sparse`; the potentials that
    /// prove it optimal there are then checked against every other pair,
    /// and the pairs that could improve it join the network for another
    /// flow, until none can: the result is optimal over all pairs.
    fn flow(&self, fixed: &BTreeMap<u64, usize>, sparse: &mut Sparse) -> Option<Assignment> {
        let mut complete = false;
        loop {
            let (network, potential, pair_edges) = self.build_and_flow(fixed, sparse);
            let Some(potential) = potential else {
                if complete {
                    return None;
                }
                // Perhaps only out of pairs in the network: all of them.
                *sparse = Sparse::complete(self.scores);
                complete = true;
                continue;
            };
            if self.improving(&potential, sparse) == 0 {
                let mut mentor_of = vec![None; self.scores.mentees()];
                for (edge, mentee, mentor) in pair_edges {
                    if network.flow(edge) > 0 {
                        mentor_of[mentee] = Some(mentor);
                    }
                }
                return Some(Assignment::new(mentor_of));
            }
        }
    }

    /// The certificate: adds to `sparse` the pairs outside it whose reduced
    /// cost is negative (at most [`Sparse::BEST`] a mentee, the most
    /// negative), and returns how many.
    fn improving(&self, potential: &[i64], sparse: &mut Sparse) -> usize {
        let (scores, first_mentee) = (self.scores, self.first_mentee());
        let mut inside = vec![false; scores.mentors()];
        let mut added = 0;
        let mut found: Vec<(i64, usize)> = Vec::new();
        for (mentee, chosen) in sparse.of.iter_mut().enumerate() {
            for &m in chosen.iter() {
                inside[m] = true;
            }
            found.clear();
            for mentor in (0..scores.mentors()).filter(|&m| !inside[m]) {
                if let Some(score) = scores.score(mentee, mentor) {
                    let reduced = -self.weight(mentee, score) + potential[first_mentee + mentee]
                        - potential[FIRST_MENTOR + mentor];
                    if reduced < 0 {
                        found.push((reduced, mentor));
                    }
                }
            }
            for &m in chosen.iter() {
                inside[m] = false;
            }
            if found.len() > Sparse::BEST {
                found.select_nth_unstable(Sparse::BEST - 1);
                found.truncate(Sparse::BEST);
            }
            if !found.is_empty() {
                added += found.len();
                chosen.extend(found.iter().map(|&(_, m)| m));
                chosen.sort_unstable();
            }
        }
        added
    }

    /// The network of [`Flows::flow`] on the pairs in `sparse`, after its
    /// flow.
    fn build_and_flow(&self, fixed: &BTreeMap<u64, usize>, sparse: &Sparse) -> Built {
        let (mentees, huge) = (self.scores.mentees(), self.tiers.need);
        // Still needed from these rows, per target, after the shared
        // classes.
        let mut still: Vec<i64> = self.needs.iter().map(|n| n.needed as i64 - n.already as i64).collect();
        for (&mask, &count) in fixed {
            for (t, need) in still.iter_mut().enumerate() {
                if mask & 1 << t != 0 {
                    *need -= count as i64;
                }
            }
        }
        let first_mentee = self.first_mentee();
        let first_class = first_mentee + mentees;
        let source = first_class + self.classes.len();
        let mut network = Network::new(source + 1);
        let mut supplies = Vec::new();
        for (c, (&mask, rows)) in self.classes.iter().enumerate() {
            let node = first_class + c;
            let size = rows.len() as i64;
            if let Some(&count) = fixed.get(&mask) {
                supplies.push((node, count as i64));
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
        for (mentee, chosen) in sparse.of.iter().enumerate() {
            for &mentor in chosen {
                if let Some(score) = self.scores.score(mentee, mentor) {
                    let cost = -self.weight(mentee, score);
                    let edge = network.edge(first_mentee + mentee, FIRST_MENTOR + mentor, 1, cost);
                    pair_edges.push((edge, mentee, mentor));
                }
            }
        }
        for (mentor, &capacity) in self.capacities.iter().enumerate() {
            network.edge(FIRST_MENTOR + mentor, SINK, i64::from(capacity).min(mentees as i64), 0);
        }
        let order: Vec<usize> = (0..=source).rev().collect();
        let potential = network.min_cost_flow_with(&supplies, source, SINK, &order);
        (network, potential, pair_edges)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn peak_finds_the_first_top_of_a_concave_run(
            start in 0u64..50,
            mut slopes in proptest::collection::vec(-5i64..5, 0..30),
            infeasible in 0usize..5,
        ) {
            // Non-increasing differences, then counts that cannot be met.
            slopes.sort_unstable_by(|a, b| b.cmp(a));
            let mut values = vec![1000 + start];
            for slope in slopes {
                values.push(values.last().unwrap().checked_add_signed(slope).unwrap());
            }
            let feasible = values.len().saturating_sub(infeasible).max(1);
            let f = |k: usize| (k < feasible).then(|| (0, 0, 0, values[k]));
            let expected = (0..values.len()).fold(0, |best, k| if f(k) > f(best) { k } else { best });
            let mut calls = 0;
            let found = peak(0, values.len() - 1, &mut |k| {
                calls += 1;
                f(k)
            });
            prop_assert_eq!(found, expected);
            prop_assert!(calls <= 2 * (usize::BITS - values.len().leading_zeros()) as usize + 2);
        }
    }
}
