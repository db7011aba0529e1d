//! Matching under group targets: at least a share of the matched mentees
//! from a group (women, a background), met at the least loss of total
//! score, never at the cost of a matched mentee.
//!
//! The objective, in order: (1) as many mentees matched as possible; (2) as
//! much of every target as possible, Σ min(matched members, needed);
//! (3) the highest total score. Mentees are sorted into classes by the
//! targets they count for. When no mentee counts for two targets (one
//! target, or several on one attribute), one minimum-cost flow with a
//! credit node per target solves the problem exactly. When targets
//! overlap, a mentee counts toward several at once, which no flow can say:
//! the number matched of each class shared by several targets is fixed per
//! flow, and the counts are searched by outer approximation with the
//! flows' own duals as cutting planes (see [`solve`]). Property tests check
//! all of this against brute force.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

use super::flow::Network;
use super::{Assignment, Scores, Unsolved};

/// The most flows an overlap of targets may take to solve exactly.
pub const MAX_FLOWS: u64 = 2_000;

/// The most classes of mentees shared by several targets that are searched
/// (three targets that all overlap make four, four make eleven).
pub const MAX_SHARED: usize = 11;

/// The most boxes one search for the next counts may look at.
const MAX_BOXES: usize = 200_000;

/// Targets overlap in too many ways to be solved exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooManyOverlaps {
    /// Classes of mentees that count toward several targets.
    pub shared: usize,
    /// Flows solved before the search gave up; 0 when there were more
    /// shared classes than [`MAX_SHARED`].
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

/// The best assignment of the rows under the needs: (1) as many mentees
/// matched as possible, (2) priority rows (`first`, empty for none), (3) as
/// much of every need as possible, Σ min(members matched, needed), (4) the
/// highest total score.
///
/// With the number matched of every shared class (mentees that count for
/// several targets) fixed at `k`, one minimum-cost flow finds the best
/// assignment; call its weight `W(k)`, the objective's tiers summed. `W`
/// is the value of a linear program whose right-hand side moves linearly
/// with `k`, so it is concave, and the potentials that prove a flow
/// optimal give a plane above `W` everywhere that touches it at `k` (weak
/// duality). The counts are searched by outer approximation: the next `k`
/// is the one where the lowest of the planes so far is highest (found by
/// branch and bound over boxes of counts), until no `k` left can beat the
/// best flow. Each flow's plane rules out a half-space of counts, so a few
/// dozen flows settle what enumerating the counts would take millions for.
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
    let (classes, shared) = classes(needs, mentees);
    let too_many = |flows: u64| Unsolved::TooManyOverlaps(TooManyOverlaps { shared: shared.len(), flows });
    if shared.len() > MAX_SHARED {
        return Err(too_many(0));
    }
    let tiers = Tiers::new(scores, needs.len(), first).ok_or(Unsolved::TooLarge { mentees })?;
    let network = Flows { scores, capacities, needs, first, tiers, classes: &classes, shared: &shared };
    let mut sparse = Sparse::new(scores, best_pairs);
    let high: Vec<usize> = shared.iter().map(|&(_, size)| size).collect();
    let mut cuts: Vec<Cut> = Vec::new();
    let mut limits: Vec<Limit> = Vec::new();
    let mut tried: BTreeSet<Vec<usize>> = BTreeSet::new();
    let mut best: Option<(i128, Assignment)> = None;
    // Members of several targets are wanted most: start from all of them.
    let mut counts = high.clone();
    loop {
        let evaluated = network.flow(&counts, &mut sparse);
        tried.insert(counts);
        if let Some(assignment) = evaluated.assignment
            && best.as_ref().is_none_or(|(weight, _)| evaluated.weight > *weight)
        {
            best = Some((evaluated.weight, assignment));
        }
        // A flow that fell short adds its limit; its plane, steep with the
        // cost of falling short, would only blur the master's ridges.
        match evaluated.limit {
            Some(limit) => limits.push(limit),
            None => cuts.push(evaluated.cut),
        }
        progress(tried.len(), tried.len() + 1);
        let floor = best.as_ref().map_or(i128::MIN, |(weight, _)| *weight);
        match highest(&cuts, &limits, &high, &tried, floor) {
            Some(Ok(next)) if (tried.len() as u64) < MAX_FLOWS => counts = next,
            None => break,
            Some(_) => return Err(too_many(tried.len() as u64)),
        }
    }
    Ok(best.map(|(_, assignment)| assignment).unwrap_or(Assignment::new(vec![None; mentees])))
}

/// The rows by the set of targets they count for (a bit mask), and the
/// classes of rows that count for several (mask, size).
type Classes = (BTreeMap<u64, Vec<usize>>, Vec<(u64, usize)>);

fn classes(needs: &[Need<'_>], mentees: usize) -> Classes {
    let mut classes: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for row in 0..mentees {
        let mask =
            needs.iter().enumerate().filter(|(_, n)| n.members[row]).fold(0u64, |m, (t, _)| m | 1 << t);
        classes.entry(mask).or_default().push(row);
    }
    let shared = classes
        .iter()
        .filter(|(mask, _)| mask.count_ones() >= 2)
        .map(|(&mask, rows)| (mask, rows.len()))
        .collect();
    (classes, shared)
}

/// A plane above the flows' weight over every vector of counts:
/// `constant + slope · k`.
struct Cut {
    constant: i128,
    slope: Vec<i128>,
}

impl Cut {
    fn at(&self, counts: &[usize]) -> i128 {
        self.constant + self.slope.iter().zip(counts).map(|(&g, &k)| g * k as i128).sum::<i128>()
    }

    /// The highest the plane reaches over the box `low..=high`.
    fn top(&self, low: &[usize], high: &[usize]) -> i128 {
        self.constant
            + self
                .slope
                .iter()
                .zip(low.iter().zip(high))
                .map(|(&g, (&l, &h))| (g * l as i128).max(g * h as i128))
                .sum::<i128>()
    }
}

/// A limit on the counts that can be matched together: `slope · k ≤ bound`.
struct Limit {
    slope: Vec<i128>,
    bound: i128,
}

impl Limit {
    fn at(&self, counts: &[usize]) -> i128 {
        self.slope.iter().zip(counts).map(|(&a, &k)| a * k as i128).sum()
    }

    fn keeps(&self, counts: &[usize]) -> bool {
        self.at(counts) <= self.bound
    }

    /// Whether some counts in the box `low..=high` keep it.
    fn met_in(&self, low: &[usize], high: &[usize]) -> bool {
        let least: i128 = self
            .slope
            .iter()
            .zip(low.iter().zip(high))
            .map(|(&a, (&l, &h))| (a * l as i128).min(a * h as i128))
            .sum();
        least <= self.bound
    }
}

/// What the planes allow over a box of counts, as far as the blends tried
/// show: a bound, and the counts where the blend that gives it peaks,
/// rounded down along the one coordinate (`split`) where it peaks between
/// two whole counts.
struct Top {
    value: i128,
    point: Vec<usize>,
    /// The coordinate and the count after which to split the box.
    split: Option<(usize, usize)>,
}

/// A bound on the lowest of the planes over the box `low..=high`, among
/// the counts the limits keep: the lowest of what single planes, blends of
/// two planes, and blends of a plane with a limit give. By linear
/// programming duality the best blend of all would give the exact top;
/// blends of two give it where two meet along a ridge, as a plane from
/// counts that cannot all be matched meets a plane from counts that can.
/// A blend's top is convex and piecewise linear in its weight, so its
/// least is at a weight where some coordinate's blended slope is zero; the
/// blend then peaks at a corner in every other coordinate, and where the
/// two meet in that one. Everything is exact, in integers, with weights as
/// fractions.
fn top(cuts: &[Cut], limits: &[Limit], low: &[usize], high: &[usize]) -> Top {
    let corner = |slope: &dyn Fn(usize) -> i128| -> Vec<usize> {
        (0..low.len()).map(|c| if slope(c) > 0 { high[c] } else { low[c] }).collect()
    };
    let mut best = Top { value: i128::MAX, point: low.to_vec(), split: None };
    for cut in cuts {
        let value = cut.top(low, high);
        if value < best.value {
            best = Top { value, point: corner(&|c| cut.slope[c]), split: None };
        }
    }
    // Where a blend peaks: at a corner, but along the coordinates where its
    // slope is zero (`c` first) where `meet(k) = 0`, a linear function
    // whose slope along `c` is `step(c)`; the first of them not filled to
    // its top is rounded down.
    let peak = |blended: &dyn Fn(usize) -> i128,
                c: usize,
                meet: &dyn Fn(&[usize]) -> i128,
                step: &dyn Fn(usize) -> i128|
     -> Top {
        let mut point = corner(blended);
        let flat: Vec<usize> =
            std::iter::once(c).chain((0..low.len()).filter(|&z| z != c && blended(z) == 0)).collect();
        for &z in &flat {
            point[z] = low[z];
        }
        for &z in &flat {
            let (rest, step) = (meet(&point), step(z));
            if step == 0 {
                continue;
            }
            let (num, den) = if step < 0 { (rest, -step) } else { (-rest, step) };
            let x = num.div_euclid(den);
            if x >= high[z] as i128 {
                point[z] = high[z];
                continue;
            }
            let split = (x >= low[z] as i128).then_some((z, x as usize));
            point[z] = x.max(low[z] as i128) as usize;
            return Top { value: i128::MAX, point, split };
        }
        Top { value: i128::MAX, point, split: None }
    };
    for (i, a) in cuts.iter().enumerate() {
        for b in &cuts[i + 1..] {
            for (c, (&ga, &gb)) in a.slope.iter().zip(&b.slope).enumerate() {
                if ga == 0 || gb == 0 || (ga > 0) == (gb > 0) {
                    continue;
                }
                // The weight p / q on `a` that makes this slope zero.
                let (p, q) = if gb > ga { (gb, gb - ga) } else { (-gb, ga - gb) };
                let Some(value) = blended_top(a, b, p, q, low, high) else { continue };
                if value < best.value {
                    let blended = |c: usize| p * a.slope[c] + (q - p) * b.slope[c];
                    // Where the planes meet: a(k) − b(k) = 0.
                    let meet = |k: &[usize]| a.at(k) - b.at(k);
                    let step = |z: usize| a.slope[z] - b.slope[z];
                    best = Top { value, ..peak(&blended, c, &meet, &step) };
                }
            }
        }
    }
    for a in cuts {
        for limit in limits {
            for (c, (&g, &l)) in a.slope.iter().zip(&limit.slope).enumerate() {
                if g == 0 || l == 0 || (g > 0) != (l > 0) {
                    continue;
                }
                // The weight p / q on the limit that makes this slope zero.
                let (p, q) = (g.abs(), l.abs());
                let Some(value) = limited_top(a, limit, p, q, low, high) else { continue };
                if value < best.value {
                    let blended = |c: usize| q * a.slope[c] - p * limit.slope[c];
                    // Where the limit is tight: slope · k − bound = 0.
                    let meet = |k: &[usize]| limit.at(k) - limit.bound;
                    let step = |z: usize| limit.slope[z];
                    best = Top { value, ..peak(&blended, c, &meet, &step) };
                }
            }
        }
    }
    best
}

/// The top over the box of `p/q · a + (1 − p/q) · b`, rounded down (the
/// weights of counts are whole); `None` where it would overflow.
fn blended_top(a: &Cut, b: &Cut, p: i128, q: i128, low: &[usize], high: &[usize]) -> Option<i128> {
    let mut top = p.checked_mul(a.constant)?.checked_add((q - p).checked_mul(b.constant)?)?;
    for ((&ga, &gb), (&l, &h)) in a.slope.iter().zip(&b.slope).zip(low.iter().zip(high)) {
        let g = p.checked_mul(ga)?.checked_add((q - p).checked_mul(gb)?)?;
        top = top.checked_add(g.checked_mul(l as i128)?.max(g.checked_mul(h as i128)?))?;
    }
    Some(top.div_euclid(q))
}

/// The top over the box of `a + p/q · (bound − slope · k)` of a limit,
/// rounded down; `None` where it would overflow.
fn limited_top(a: &Cut, limit: &Limit, p: i128, q: i128, low: &[usize], high: &[usize]) -> Option<i128> {
    let mut top = q.checked_mul(a.constant)?.checked_add(p.checked_mul(limit.bound)?)?;
    for ((&g, &s), (&l, &h)) in a.slope.iter().zip(&limit.slope).zip(low.iter().zip(high)) {
        let g = q.checked_mul(g)?.checked_sub(p.checked_mul(s)?)?;
        top = top.checked_add(g.checked_mul(l as i128)?.max(g.checked_mul(h as i128)?))?;
    }
    Some(top.div_euclid(q))
}

/// The vector of counts in `0..=high`, kept by every limit and not yet
/// `tried`, where the lowest of the planes is highest, if that is above
/// `floor`: by best-first branch and bound over boxes of counts, each
/// bounded by [`top`] and split where its bound peaks between two counts
/// (as branch and bound on a linear program's fractional variable), else
/// in the middle of its widest side. `None` when no counts can beat
/// `floor`; `Some(Err(()))` when the search would look at more than
/// [`MAX_BOXES`] boxes.
fn highest(
    cuts: &[Cut],
    limits: &[Limit],
    high: &[usize],
    tried: &BTreeSet<Vec<usize>>,
    floor: i128,
) -> Option<Result<Vec<usize>, ()>> {
    let bound = |low: &[usize], high: &[usize]| {
        limits.iter().all(|l| l.met_in(low, high)).then(|| top(cuts, limits, low, high))
    };
    let lowest = |k: &[usize]| cuts.iter().map(|c| c.at(k)).min().unwrap_or(i128::MAX);
    // By bound; at a tie, the earlier box first: (bound, index into
    // `tops`, low, high).
    type Entry = (i128, Reverse<usize>, Vec<usize>, Vec<usize>);
    let mut heap: BinaryHeap<Entry> = BinaryHeap::new();
    let mut tops: Vec<Top> = Vec::new();
    let low = vec![0; high.len()];
    if let Some(top) = bound(&low, high) {
        heap.push((top.value, Reverse(0), low, high.to_vec()));
        tops.push(top);
    }
    while let Some((value, Reverse(index), low, high)) = heap.pop() {
        if value <= floor {
            return None;
        }
        let top = std::mem::replace(&mut tops[index], Top { value, point: Vec::new(), split: None });
        let candidate = &top.point;
        if !tried.contains(candidate)
            && limits.iter().all(|l| l.keeps(candidate))
            && lowest(candidate) == value
        {
            return Some(Ok(top.point));
        }
        if low == high {
            continue;
        }
        let (c, at) = top.split.unwrap_or_else(|| {
            let widest = (0..low.len()).max_by_key(|&c| (high[c] - low[c], Reverse(c))).unwrap_or(0);
            (widest, low[widest] + (high[widest] - low[widest]) / 2)
        });
        let (mut left_high, mut right_low) = (high.clone(), low.clone());
        left_high[c] = at;
        right_low[c] = at + 1;
        for (low, high) in [(low, left_high), (right_low, high)] {
            if let Some(top) = bound(&low, &high).filter(|t| t.value > floor) {
                if tops.len() >= MAX_BOXES {
                    return Some(Err(()));
                }
                heap.push((top.value, Reverse(tops.len()), low, high));
                tops.push(top);
            }
        }
    }
    None
}

/// The weights of a flow's tiers, which cannot trade against each other:
/// any gain in score is worth less than one unit of a need (`need`), any
/// gain in needs less than one more priority row (`priority`, 0 without
/// them), any gain in those less than one more matched mentee (`pair`);
/// and a shared class's count falls short only where it cannot be matched
/// (`supply`, the gain of each unit of it).
struct Tiers {
    need: i64,
    priority: i64,
    pair: i64,
    supply: i64,
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
        let supply = pair.checked_mul(2)?;
        // The flow's costs sum to at most mentees × (supply + pair + …).
        (supply.checked_mul(mentees.checked_add(1)?)?.checked_mul(2)? < i64::MAX / 4).then_some(Tiers {
            need,
            priority,
            pair,
            supply,
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
    /// network.
    const BEST: usize = 24;

    /// How many more pairs a mentee takes at most per certificate: enough
    /// that a few rounds settle the network (5,000 × 2,500 with two targets
    /// took 11 rounds at 24, 4 at 96; every pair at once made the network
    /// seven times larger and the run slower).
    const MORE: usize = 96;

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
}

/// What every flow of one problem shares.
struct Flows<'a, S: ?Sized> {
    scores: &'a S,
    capacities: &'a [u32],
    needs: &'a [Need<'a>],
    first: &'a [bool],
    tiers: Tiers,
    classes: &'a BTreeMap<u64, Vec<usize>>,
    /// The classes shared by several targets (mask, size), whose counts
    /// are fixed per flow.
    shared: &'a [(u64, usize)],
}

/// One flow's result.
struct Evaluated {
    /// The assignment, `None` when the shared classes could not match
    /// their counts.
    assignment: Option<Assignment>,
    /// Its weight: the tiers of its objective, summed.
    weight: i128,
    /// The plane its potentials prove.
    cut: Cut,
    /// Where the counts could not all be matched, a limit on them that
    /// every vector of counts that can be matched keeps and these break.
    limit: Option<Limit>,
}

/// A network after its flow: the potentials that prove it optimal, and
/// per pair edge, its index, mentee and mentor.
type Built = (Network, Vec<i64>, Vec<(usize, usize, usize)>, Nodes);

/// Where a network's nodes of classes and needs are, and its edges whose
/// capacity follows the counts.
struct Nodes {
    /// Per class in `classes`' order, its node.
    class: Vec<usize>,
    /// Per need, the edge that counts what the shared classes matched
    /// toward it, and its node.
    credit: Vec<(usize, usize)>,
    /// Per shared class, the edge from the source that carries its count,
    /// each unit at a gain above any other.
    supply: Vec<usize>,
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
    /// score, with each shared class matching exactly its count.
    ///
    /// A shared class takes its count from the source, each unit at a
    /// gain (`Tiers::supply`) above anything the unit could displace, so
    /// the flow falls short of a count only where it cannot be matched;
    /// every count then has a flow and a plane, and only flows that fall
    /// short of none are assignments. A need takes credit (at the need
    /// tier) for members matched from its own class and, up to their
    /// counts, from the shared classes, by an edge to the sink whose
    /// capacity is the sum of those counts.
    ///
    /// The flow is built on the pairs in `sparse`; the potentials that
    /// prove it optimal there are then checked against every other pair,
    /// and the pairs that could improve it join the network for another
    /// flow, until none can: the result is optimal over all pairs.
    fn flow(&self, counts: &[usize], sparse: &mut Sparse) -> Evaluated {
        loop {
            let (network, potential, pair_edges, nodes) = self.build_and_flow(counts, sparse);
            if self.improving(&potential, sparse) > 0 {
                continue;
            }
            let cost: i128 =
                network.edges().map(|(e, .., cost)| i128::from(cost) * i128::from(network.flow(e))).sum();
            let gains = i128::from(self.tiers.supply) * counts.iter().map(|&k| k as i128).sum::<i128>();
            let short = nodes.supply.iter().zip(counts).any(|(&e, &k)| network.flow(e) < k as i64);
            let assignment = (!short).then(|| {
                let mut mentor_of = vec![None; self.scores.mentees()];
                for &(edge, mentee, mentor) in &pair_edges {
                    if network.flow(edge) > 0 {
                        mentor_of[mentee] = Some(mentor);
                    }
                }
                Assignment::new(mentor_of)
            });
            let source = network.nodes() - 1;
            let balanced = network.balanced(&potential, source, SINK);
            let cut = self.cut(&network, &balanced, &nodes);
            debug_assert_eq!(cut.at(counts), -cost - gains, "the plane touches the flow's weight");
            let limit = short.then(|| self.limit(&network, &nodes, counts, sparse));
            debug_assert!(
                limit.as_ref().is_none_or(|l| !l.keeps(counts)),
                "a limit from a flow that fell short rules its counts out"
            );
            return Evaluated { assignment, weight: -cost - gains, cut, limit };
        }
    }

    /// The plane above every count's weight that the potentials prove, by
    /// weak duality: for any flow `x` from the source, cost(x) ≥
    /// Σ_e min(0, reduced cost_e)·capacity_e. The edges that carry the
    /// shared classes' counts, and the credit edges, have capacities that
    /// move with the counts; every other edge is fixed. The pairs left out
    /// of the network have no negative reduced cost (the certificate), so
    /// they add nothing. Where the counts can be matched, the weight is
    /// the flow's, less the supply gains.
    fn cut(&self, network: &Network, potential: &[i64], nodes: &Nodes) -> Cut {
        let reduced = |from: usize, to: usize, cost: i64| {
            (i128::from(cost) + i128::from(potential[from]) - i128::from(potential[to])).min(0)
        };
        let moving: BTreeSet<usize> =
            nodes.credit.iter().map(|&(e, _)| e).chain(nodes.supply.iter().copied()).collect();
        let fixed: i128 = network
            .edges()
            .filter(|(e, ..)| !moving.contains(e))
            .map(|(_, from, to, capacity, cost)| reduced(from, to, cost) * i128::from(capacity))
            .sum();
        let reduced_of = |edge: usize| {
            let (_, from, to, _, cost) = network.edge_at(edge);
            reduced(from, to, cost)
        };
        let slope = self
            .shared
            .iter()
            .zip(&nodes.supply)
            .map(|(&(mask, _), &supply)| {
                let credits: i128 = (0..self.needs.len())
                    .filter(|t| mask & 1 << t != 0)
                    .map(|t| reduced_of(nodes.credit[t].0))
                    .sum();
                -reduced_of(supply) - credits - i128::from(self.tiers.supply)
            })
            .collect();
        Cut { constant: -fixed, slope }
    }

    /// After a flow where some shared class fell short: the nodes a
    /// residual path reaches from those classes (not through the source)
    /// form a set `R` out of which every edge is full, as no path leads
    /// from a class short of its count to the sink; the pairs left out of
    /// the network are residual edges too, so `R` holds every mentor its
    /// mentees may meet. Whatever the counts, what the shared classes in
    /// `R` take from the source must leave `R` through those edges (the
    /// sink is outside), so their counts sum to at most the edges'
    /// capacity; the credit edges among them carry the counts of the
    /// classes their needs share.
    fn limit(&self, network: &Network, nodes: &Nodes, counts: &[usize], sparse: &Sparse) -> Limit {
        let credit: BTreeSet<usize> = nodes.credit.iter().map(|&(e, _)| e).collect();
        let supply: BTreeSet<usize> = nodes.supply.iter().copied().collect();
        let shared_nodes: Vec<(u64, usize)> = self
            .classes
            .iter()
            .zip(&nodes.class)
            .filter(|((mask, _), _)| mask.count_ones() >= 2)
            .map(|((&mask, _), &node)| (mask, node))
            .collect();
        let short: Vec<usize> = shared_nodes
            .iter()
            .zip(nodes.supply.iter().zip(counts))
            .filter(|&(_, (&e, &k))| network.flow(e) < k as i64)
            .map(|(&(_, node), _)| node)
            .collect();
        let source = network.nodes() - 1;
        let (first_mentee, mentors) = (self.first_mentee(), self.scores.mentors());
        let left_out = |node: usize| -> Vec<usize> {
            let Some(mentee) = node.checked_sub(first_mentee).filter(|&e| e < self.scores.mentees()) else {
                return Vec::new();
            };
            (0..mentors)
                .filter(|m| {
                    sparse.of[mentee].binary_search(m).is_err() && self.scores.score(mentee, *m).is_some()
                })
                .map(|m| FIRST_MENTOR + m)
                .collect()
        };
        let inside = network.reached(&short, |_| false, &[SINK, source], left_out);
        let slope = shared_nodes
            .iter()
            .map(|&(mask, node)| {
                let credited =
                    (0..self.needs.len()).filter(|&t| mask & 1 << t != 0 && inside[nodes.credit[t].1]);
                i128::from(inside[node]) - credited.count() as i128
            })
            .collect();
        let bound = network
            .edges()
            .filter(|&(e, from, to, ..)| {
                inside[from] && !inside[to] && !credit.contains(&e) && !supply.contains(&e)
            })
            .map(|(.., capacity, _)| i128::from(capacity))
            .sum();
        Limit { slope, bound }
    }

    /// The certificate: adds to `sparse` the pairs outside it whose reduced
    /// cost is negative (at most [`Sparse::MORE`] a mentee, the most
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
            if found.len() > Sparse::MORE {
                found.select_nth_unstable(Sparse::MORE - 1);
                found.truncate(Sparse::MORE);
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
    fn build_and_flow(&self, counts: &[usize], sparse: &Sparse) -> Built {
        let mentees = self.scores.mentees();
        let first_mentee = self.first_mentee();
        let first_class = first_mentee + mentees;
        let first_credit = first_class + self.classes.len();
        let source = first_credit + self.needs.len();
        let mut network = Network::new(source + 1);
        let mut nodes = Nodes { class: Vec::new(), credit: Vec::new(), supply: Vec::new() };
        // Per need, the members the shared classes bring.
        let mut brought = vec![0i64; self.needs.len()];
        for (&(mask, _), &count) in self.shared.iter().zip(counts) {
            for (t, brought) in brought.iter_mut().enumerate() {
                if mask & 1 << t != 0 {
                    *brought += count as i64;
                }
            }
        }
        for (t, need) in self.needs.iter().enumerate() {
            let node = first_credit + t;
            let still = (need.needed as i64 - need.already as i64).max(0);
            network.edge(source, node, still, -self.tiers.need);
            nodes.credit.push((network.edge(node, SINK, brought[t], 0), node));
        }
        let mut shared = counts.iter();
        for (c, (&mask, rows)) in self.classes.iter().enumerate() {
            let node = first_class + c;
            nodes.class.push(node);
            let size = rows.len() as i64;
            if mask.count_ones() >= 2 {
                let count = shared.next().copied().unwrap_or(0) as i64;
                nodes.supply.push(network.edge(source, node, count, -self.tiers.supply));
            } else {
                network.edge(source, node, size, 0);
                if mask != 0 {
                    network.edge(first_credit + mask.trailing_zeros() as usize, node, size, 0);
                }
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
        let potential = network.min_cost_flow(source, SINK, &order);
        (network, potential, pair_edges, nodes)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Grid, cohort};
    use super::*;
    use proptest::prelude::*;

    /// A small cohort, up to three targets over its mentees, and how many
    /// of each target's members are needed.
    /// Per target, its members and how many of them are needed.
    type Targets = Vec<(Vec<bool>, usize)>;

    fn constrained() -> impl Strategy<Value = (Grid, Vec<u32>, Targets)> {
        cohort().prop_flat_map(|(grid, capacities)| {
            let mentees = grid.mentees();
            let target = (proptest::collection::vec(proptest::bool::weighted(0.7), mentees), 0..=mentees);
            (Just(grid), Just(capacities), proptest::collection::vec(target, 1..4))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Every count of the shared classes has a flow. Each plane from a
        /// flow that matched its counts lies above the weight of every
        /// count that can be matched, touching its own; each limit from a
        /// flow that fell short keeps every count that can be matched and
        /// rules out its own.
        #[test]
        fn planes_lie_above_every_weight_and_limits_keep_every_matchable_count(
            (grid, capacities, targets) in constrained(),
            best in 1usize..3,
        ) {
            let needs: Vec<Need> = targets
                .iter()
                .map(|(members, needed)| Need { members, already: 0, needed: (*needed).min(members.iter().filter(|&&m| m).count()) })
                .collect();
            let (classes, shared) = classes(&needs, grid.mentees());
            let tiers = Tiers::new(&grid, needs.len(), &[]).unwrap();
            let flows = Flows { scores: &grid, capacities: &capacities, needs: &needs, first: &[], tiers, classes: &classes, shared: &shared };
            let mut all = vec![Vec::new()];
            for &(_, size) in &shared {
                all = all.into_iter().flat_map(|k: Vec<usize>| (0..=size).map(move |c| [k.clone(), vec![c]].concat())).collect();
            }
            // Each from a network of few pairs, for the certificates and the
            // limits to bring in the rest.
            let evaluated: Vec<(Vec<usize>, Evaluated)> =
                all.into_iter().map(|k| { let e = flows.flow(&k, &mut Sparse::new(&grid, best)); (k, e) }).collect();
            for (k, e) in &evaluated {
                match &e.limit {
                    None => prop_assert_eq!(e.cut.at(k), e.weight),
                    Some(limit) => prop_assert!(!limit.keeps(k)),
                }
                prop_assert_eq!(e.assignment.is_none(), e.limit.is_some());
            }
            for (k, e) in evaluated.iter().filter(|(_, e)| e.assignment.is_some()) {
                for (_, other) in &evaluated {
                    match &other.limit {
                        None => prop_assert!(other.cut.at(k) >= e.weight, "a plane below the weight at {:?}", k),
                        Some(limit) => prop_assert!(limit.keeps(k), "a limit rules out {:?}, which was matched", k),
                    }
                }
            }
        }

        /// The search for the next counts finds, among the counts the
        /// limits keep and not yet tried, one where the lowest plane is
        /// highest, exactly when that is above the floor.
        #[test]
        fn the_next_counts_are_the_best_under_the_planes(
            high in proptest::collection::vec(0usize..5, 1..4),
            planes in proptest::collection::vec((-50i128..50, proptest::collection::vec(-9i128..10, 3)), 1..4),
            limits in proptest::collection::vec((proptest::collection::vec(-1i128..2, 3), 0i128..8), 0..3),
            tried in proptest::collection::vec(proptest::collection::vec(0usize..5, 3), 0..6),
            floor in -60i128..60,
        ) {
            let d = high.len();
            let cuts: Vec<Cut> = planes.into_iter().map(|(constant, slope)| Cut { constant, slope: slope[..d].to_vec() }).collect();
            let limits: Vec<Limit> = limits.into_iter().map(|(slope, bound)| Limit { slope: slope[..d].to_vec(), bound }).collect();
            let tried: BTreeSet<Vec<usize>> = tried.into_iter().map(|k| k[..d].to_vec()).collect();
            let lowest = |k: &[usize]| cuts.iter().map(|c| c.at(k)).min().unwrap();
            let mut all = vec![Vec::new()];
            for &h in &high {
                all = all.into_iter().flat_map(|k: Vec<usize>| (0..=h).map(move |c| [k.clone(), vec![c]].concat())).collect();
            }
            let best = all
                .iter()
                .filter(|k| !tried.contains(*k) && limits.iter().all(|l| l.keeps(k)))
                .map(|k| lowest(k))
                .max();
            match highest(&cuts, &limits, &high, &tried, floor) {
                None => prop_assert!(best.is_none_or(|b| b <= floor)),
                Some(Ok(k)) => {
                    prop_assert!(!tried.contains(&k) && limits.iter().all(|l| l.keeps(&k)));
                    prop_assert!(k.iter().zip(&high).all(|(c, h)| c <= h));
                    prop_assert_eq!(Some(lowest(&k)), best);
                    prop_assert!(lowest(&k) > floor);
                }
                Some(Err(())) => prop_assert!(false, "so small a search never gives up"),
            }
        }
    }
}
