//! Several mentors per mentee (`mentors_wanted`): a minimum-cost flow from
//! the mentees, each sending up to the number of mentors they want, to the
//! mentors, each taking up to their capacity, through one edge of capacity
//! 1 per allowed pair, so that no two people are ever paired twice (slot
//! copies of mentees in an assignment could pair them twice).
//!
//! The objectives are tiers of one cost. Most pairs first: a mentee's first
//! mentor earns a bonus larger than everything below it, so the most
//! mentees get a mentor; then priority mentees; then each pair earns a unit
//! larger than any total of scores, so the most pairs are made; then the
//! score. Best scores first: priority mentees, then the total score, then
//! the pairs. Successive shortest paths stop at the first path that does
//! not pay, which leaves the flow of least cost of any size.

use super::flow::Network;
use super::{Assignment, Objective, Scores, Unsolved};

/// One mentee's part in the flow.
pub(super) struct Demand {
    /// Mentors still wanted (after locked pairs).
    pub wanted: u32,
    /// Whether the mentee has no mentor yet (no locked pair), so that a
    /// first mentor earns the tier of matched mentees.
    pub unmatched: bool,
    pub priority: bool,
}

/// The best pairs for the demands, never a forbidden pair nor one of
/// `taken` (locked already), within the mentors' `capacities` (what locks
/// left). Returns each mentee's new mentors.
///
/// # Errors
/// [`Unsolved::TooLarge`] when the tiers of cost do not fit in 64 bits.
pub(super) fn solve<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    demands: &[Demand],
    taken: &[(usize, usize)],
    objective: Objective,
) -> Result<Vec<Vec<usize>>, Unsolved> {
    let (mentees, mentors) = (scores.mentees(), scores.mentors());
    let too_large = Unsolved::TooLarge { mentees };
    let max = (0..mentees)
        .flat_map(|e| (0..mentors).filter_map(move |m| scores.score(e, m)))
        .max()
        .map_or(0, i64::from);
    let wanted: i64 = demands.iter().map(|d| i64::from(d.wanted)).sum();
    let places: i64 = capacities.iter().map(|&c| i64::from(c)).sum();
    // No more pairs than this can be made; their scores sum below `unit`.
    let pairs = wanted.min(places);
    let mul = |a: i64, b: i64| a.checked_mul(b).ok_or_else(|| too_large.clone());
    let add = |a: i64, b: i64| a.checked_add(b).ok_or_else(|| too_large.clone());
    // The flow's distances stay below a quarter of the range.
    let fits = |total: i64| if total < i64::MAX / 8 { Ok(total) } else { Err(too_large.clone()) };
    let prioritised = demands.iter().any(|d| d.priority);
    let count = mentees as i64;
    // (pair weight, first-mentor bonus, priority bonus) per objective.
    let (pair, first, priority): (Box<dyn Fn(i64) -> i64>, i64, i64) = match objective {
        Objective::MostPairs => {
            let unit = add(mul(max, pairs)?, 1)?;
            let pairs_total = mul(add(pairs, 1)?, unit)?;
            let priority = if prioritised { pairs_total } else { 0 };
            let first = if prioritised { mul(add(count, 1)?, pairs_total)? } else { pairs_total };
            fits(add(mul(count, first)?, mul(count, priority)?)?)?;
            (Box::new(move |score| unit + score), first, priority)
        }
        Objective::BestScores => {
            let factor = add(pairs, 1)?;
            let pair_top = add(mul(max, factor)?, 1)?;
            let priority = if prioritised { add(mul(pair_top, pairs)?, 1)? } else { 0 };
            fits(add(mul(count, priority)?, mul(pairs, pair_top)?)?)?;
            (Box::new(move |score| score * factor + 1), 0, priority)
        }
    };

    let (source, sink) = (0, 1 + mentees + mentors);
    let mut network = Network::new(sink + 1);
    for (e, demand) in demands.iter().enumerate() {
        if demand.wanted == 0 {
            continue;
        }
        let mut rest = i64::from(demand.wanted);
        if demand.unmatched {
            let bonus = first + if demand.priority { priority } else { 0 };
            network.edge(source, 1 + e, 1, -bonus);
            rest -= 1;
        }
        if rest > 0 {
            network.edge(source, 1 + e, rest, 0);
        }
    }
    let mut edges = Vec::new();
    for e in (0..mentees).filter(|&e| demands[e].wanted > 0) {
        for (m, &capacity) in capacities.iter().enumerate() {
            if let Some(score) = scores.score(e, m)
                && capacity > 0
                && !taken.contains(&(e, m))
            {
                edges.push((e, m, network.edge(1 + e, 1 + mentees + m, 1, -pair(i64::from(score)))));
            }
        }
    }
    for (m, &capacity) in capacities.iter().enumerate() {
        if capacity > 0 {
            network.edge(1 + mentees + m, sink, i64::from(capacity), 0);
        }
    }
    let order: Vec<usize> = (0..=sink).collect();
    let _proof = network.min_cost_flow(source, sink, &order);
    let mut chosen = vec![Vec::new(); mentees];
    for (e, m, edge) in edges {
        if network.flow(edge) > 0 {
            chosen[e].push(m);
        }
    }
    Ok(chosen)
}

/// Puts the chosen mentors into an assignment: each mentee's locked
/// mentors first, then the chosen ones by score, best first (ties by
/// index).
pub(super) fn assignment<S: Scores + ?Sized>(
    scores: &S,
    locked: &[(usize, usize)],
    mut chosen: Vec<Vec<usize>>,
) -> Assignment {
    let mut mentor_of = vec![None; chosen.len()];
    let mut further = Vec::new();
    for (e, mentors) in chosen.iter_mut().enumerate() {
        mentors.sort_by_key(|&m| (std::cmp::Reverse(scores.score(e, m)), m));
        let locks = locked.iter().filter(|&&(l, _)| l == e).map(|&(_, m)| m);
        for (i, m) in locks.chain(mentors.iter().copied()).enumerate() {
            if i == 0 {
                mentor_of[e] = Some(m);
            } else {
                further.push((e, m));
            }
        }
    }
    further.sort_unstable();
    Assignment { mentor_of, further }
}
