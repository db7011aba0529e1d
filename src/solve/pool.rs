//! The optimal pairing of one pool of peers: any two people may be paired,
//! not a mentee with a mentor, so the graph of allowed pairs is general
//! rather than bipartite, and the assignment methods do not apply.
//!
//! Solved exactly as a maximum-weight matching on a general graph, by
//! Edmonds' blossom algorithm in its O(n³) primal-dual form
//! (`integer_blossom::max_weight_matching`). Each allowed pair weighs
//! `BIG + score + 1`, with `BIG` above any total of scores, so one more
//! pair always outweighs any gain in score: the result has the most pairs,
//! then the highest total score. With priority (`--priority`), each
//! priority person in a pair adds `FIRST`, above any total of scores and
//! below `BIG`: the most pairs, then the most priority people paired, then
//! the score. A forbidden pair weighs nothing, which the algorithm never
//! uses.

use super::{Pairing, Unsolved};

/// Pair scores within a pool, as the solver sees them: symmetric, and
/// never asked of a person with themselves.
pub trait PoolScores: Sync {
    fn people(&self) -> usize;
    /// The pair's score in hundredths, or `None` when the pair is
    /// forbidden; the same for (a, b) and (b, a).
    fn score(&self, a: usize, b: usize) -> Option<u32>;
}

/// A pool to pair, with the pairs fixed beforehand.
pub struct Pool<'a, P: ?Sized> {
    pub scores: &'a P,
    /// Pairs made whatever their score; no person in two of them.
    pub locked: &'a [(usize, usize)],
    /// Per person, whether they come first (`--priority`); empty for
    /// nobody.
    pub priority: &'a [bool],
}

impl<P: PoolScores + ?Sized> super::Matcher for Pool<'_, P> {
    /// The locked pairs, then, among everyone else, the most pairs, the
    /// most priority people paired, and the highest total score.
    ///
    /// # Errors
    /// When the weights would not fit in 64 bits.
    ///
    /// # Panics
    /// When a locked pair names someone out of range, or twice.
    fn pairing(&self) -> Result<Pairing, Unsolved> {
        let n = self.scores.people();
        let mut taken = vec![false; n];
        for &(a, b) in self.locked {
            assert!(a != b && !taken[a] && !taken[b], "person locked twice or with themselves");
            taken[a] = true;
            taken[b] = true;
        }
        let free: Vec<usize> = (0..n).filter(|&p| !taken[p]).collect();
        let mut pairs: Vec<(usize, usize)> = self.locked.iter().map(|&(a, b)| (a.min(b), a.max(b))).collect();
        pairs.extend(
            solve_prioritised(&Rows { scores: self.scores, rows: &free }, &|p| {
                self.priority.get(free[p]).copied().unwrap_or(false)
            })?
            .pairs
            .into_iter()
            .map(|(a, b)| (free[a], free[b])),
        );
        pairs.sort_unstable();
        Ok(Pairing { pairs })
    }
}

/// The pairing of the pool with the most pairs, then the highest total
/// score; each pair (a, b) with a < b, sorted. The result depends only on
/// the scores in their given order.
///
/// # Errors
/// When the weights would not fit in 64 bits.
pub fn solve<P: PoolScores + ?Sized>(scores: &P) -> Result<Pairing, Unsolved> {
    solve_prioritised(scores, &|_| false)
}

/// [`solve`], with the most people `first` paired before the score.
///
/// # Errors
/// When the weights would not fit in 64 bits.
fn solve_prioritised<P: PoolScores + ?Sized>(
    scores: &P,
    first: &dyn Fn(usize) -> bool,
) -> Result<Pairing, Unsolved> {
    let n = scores.people();
    let mut max = 0i64;
    let mut weights = vec![0i64; n * n];
    for a in 0..n {
        for b in a + 1..n {
            if let Some(score) = scores.score(a, b) {
                // 1 + score, so that a pair of score 0 still counts.
                weights[a * n + b] = 1 + i64::from(score);
                max = max.max(1 + i64::from(score));
            }
        }
    }
    // A priority person paired is worth more than any total of scores (at
    // most n / 2 pairs); a pair more than all of them together. The
    // algorithm's duals reach twice the largest weight; keep room above
    // that.
    let too_large = Unsolved::TooLarge { mentees: n };
    let prioritised = (0..n).filter(|&p| first(p)).count() as i64;
    let scores_bound = max.checked_mul(n as i64 / 2 + 1).ok_or(too_large.clone())?;
    let step = if prioritised > 0 { scores_bound } else { 0 };
    let big =
        step.checked_mul(prioritised).and_then(|w| w.checked_add(scores_bound)).ok_or(too_large.clone())?;
    if big.checked_add(2 * step).and_then(|w| w.checked_add(max)).and_then(|w| w.checked_mul(8)).is_none() {
        return Err(too_large);
    }
    for a in 0..n {
        for b in a + 1..n {
            let weight = &mut weights[a * n + b];
            if *weight > 0 {
                *weight += big + step * (i64::from(first(a)) + i64::from(first(b)));
            }
        }
    }
    let mate = integer_blossom::max_weight_matching(&weights, n);
    let pairs = mate.iter().enumerate().filter_map(|(a, b)| b.filter(|&b| a < b).map(|b| (a, b))).collect();
    Ok(Pairing { pairs })
}

/// The pool restricted to some of its people, renumbered in order.
struct Rows<'a, P: ?Sized> {
    scores: &'a P,
    rows: &'a [usize],
}

impl<P: PoolScores + ?Sized> PoolScores for Rows<'_, P> {
    fn people(&self) -> usize {
        self.rows.len()
    }

    fn score(&self, a: usize, b: usize) -> Option<u32> {
        self.scores.score(self.rows[a], self.rows[b])
    }
}

#[cfg(test)]
mod tests {
    use super::super::Matcher;
    use super::*;
    use proptest::prelude::*;

    /// Symmetric scores from the upper triangle.
    #[derive(Debug)]
    struct Triangle {
        n: usize,
        cells: Vec<Option<u32>>,
    }

    impl PoolScores for Triangle {
        fn people(&self) -> usize {
            self.n
        }

        fn score(&self, a: usize, b: usize) -> Option<u32> {
            assert_ne!(a, b, "a person scored with themselves");
            let (a, b) = (a.min(b), a.max(b));
            self.cells[a * self.n + b]
        }
    }

    /// The best (pairs, priority people paired, total) over every pairing,
    /// by enumeration: the first person not yet placed stays alone or
    /// pairs with a later one.
    fn brute_force(scores: &Triangle, locked: &[(usize, usize)], first: &[bool]) -> (usize, usize, u64) {
        fn go(scores: &Triangle, first: &[bool], placed: &mut [bool]) -> (usize, usize, u64) {
            let Some(a) = placed.iter().position(|&p| !p) else { return (0, 0, 0) };
            placed[a] = true;
            let mut best = go(scores, first, placed);
            for b in a + 1..scores.n {
                if let (false, Some(s)) = (placed[b], scores.score(a, b)) {
                    placed[b] = true;
                    let (pairs, prioritised, total) = go(scores, first, placed);
                    let both = usize::from(first[a]) + usize::from(first[b]);
                    best = best.max((pairs + 1, prioritised + both, total + u64::from(s)));
                    placed[b] = false;
                }
            }
            placed[a] = false;
            best
        }
        let mut placed = vec![false; scores.n];
        for &(a, b) in locked {
            placed[a] = true;
            placed[b] = true;
        }
        go(scores, first, &mut placed)
    }

    fn pool() -> impl Strategy<Value = Triangle> {
        (0usize..10).prop_flat_map(|n| {
            // Few distinct values and many forbidden pairs, as real scores have.
            let cell = prop_oneof![1 => Just(None), 2 => (0u32..6).prop_map(|s| Some(s * 500))];
            proptest::collection::vec(cell, n * n).prop_map(move |cells| Triangle { n, cells })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn most_pairs_then_priority_then_best_total_against_brute_force(
            scores in pool(),
            lock in proptest::collection::vec((0usize..10, 0usize..10), 0..3),
            first in proptest::collection::vec(prop_oneof![3 => Just(false), 1 => Just(true)], 10),
        ) {
            let first = &first[..scores.n];
            // Locks between distinct people, each at most once.
            let mut locked: Vec<(usize, usize)> = Vec::new();
            for (a, b) in lock {
                let fresh = |p: usize| p < scores.n && !locked.iter().any(|&(x, y)| x == p || y == p);
                if a != b && fresh(a) && fresh(b) {
                    locked.push((a, b));
                }
            }
            let pairing = Pool { scores: &scores, locked: &locked, priority: first }.pairing().unwrap();
            let mut seen = vec![false; scores.n];
            for &(a, b) in &pairing.pairs {
                prop_assert!(a < b);
                prop_assert!(!seen[a] && !seen[b], "someone in two pairs");
                seen[a] = true;
                seen[b] = true;
                let is_locked = locked.iter().any(|&(x, y)| (x.min(y), x.max(y)) == (a, b));
                prop_assert!(is_locked || scores.score(a, b).is_some(), "a forbidden pair");
            }
            for &(a, b) in &locked {
                prop_assert!(pairing.pairs.contains(&(a.min(b), a.max(b))));
            }
            let free: Vec<_> = pairing
                .pairs
                .iter()
                .filter(|&&(a, b)| !locked.iter().any(|&(x, y)| (x.min(y), x.max(y)) == (a, b)))
                .collect();
            let total = free.iter().map(|&&(a, b)| u64::from(scores.score(a, b).unwrap())).sum::<u64>();
            let prioritised = free.iter().map(|&&(a, b)| usize::from(first[a]) + usize::from(first[b])).sum::<usize>();
            prop_assert_eq!((free.len(), prioritised, total), brute_force(&scores, &locked, first));
        }
    }

    #[test]
    fn one_more_pair_beats_a_better_score() {
        // 0–1 scores 100 alone; 0–2 and 1–3 score 10 each but make two pairs.
        let mut cells = vec![None; 16];
        cells[1] = Some(10_000);
        cells[2] = Some(1_000);
        cells[7] = Some(1_000);
        let scores = Triangle { n: 4, cells };
        assert_eq!(solve(&scores).unwrap().pairs, vec![(0, 2), (1, 3)]);
    }

    #[test]
    fn an_odd_pool_leaves_one_out_and_nobody_meets_themselves() {
        let scores = Triangle { n: 3, cells: vec![Some(500); 9] };
        let pairing = solve(&scores).unwrap();
        assert_eq!(pairing.pairs.len(), 1);
        assert!(pairing.pairs.iter().all(|&(a, b)| a != b));
    }
}
