//! The optimal assignment of mentees to mentors.
//!
//! Given every pair's score (or `None` for a pair the rules forbid) and each
//! mentor's capacity, [`solve`] finds the assignment that matches the most
//! mentees and, among those, has the highest total score. It knows nothing
//! of people, files or criteria: scores in, mentor per mentee out.
//!
//! The method is the Hungarian algorithm (`pathfinding::kuhn_munkres`) on a
//! matrix of mentees × mentor slots, each mentor contributing one slot per
//! place of capacity. An eligible pair weighs `BIG + score` and a forbidden
//! one 0, where `BIG` exceeds any possible total of scores: so one more
//! eligible pair always outweighs any gain in score, and a forbidden pair,
//! which the algorithm may still place when a row has nothing better, adds
//! nothing and is dropped from the result.

use pathfinding::kuhn_munkres::{Weights, kuhn_munkres};

/// Pair scores as the solver sees them.
pub trait Scores {
    fn mentees(&self) -> usize;
    fn mentors(&self) -> usize;
    /// The pair's score in hundredths, or `None` when the pair is forbidden.
    fn score(&self, mentee: usize, mentor: usize) -> Option<u32>;
}

/// The mentor of each mentee, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub mentor_of: Vec<Option<usize>>,
}

impl Assignment {
    /// How many mentees have a mentor.
    pub fn matched(&self) -> usize {
        self.mentor_of.iter().flatten().count()
    }

    /// The sum of the assigned pairs' scores.
    pub fn total<S: Scores + ?Sized>(&self, scores: &S) -> u64 {
        self.pairs().map(|(mentee, mentor)| u64::from(scores.score(mentee, mentor).unwrap_or(0))).sum()
    }

    /// The assigned (mentee, mentor) pairs, by mentee.
    pub fn pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.mentor_of.iter().enumerate().filter_map(|(mentee, mentor)| Some((mentee, (*mentor)?)))
    }
}

/// The assignment that matches the most mentees, then has the highest total
/// score, never using a forbidden pair nor exceeding a mentor's capacity.
///
/// The result depends only on the scores and capacities in their given
/// order, so callers that order mentees and mentors by id get the same
/// result whatever the order of their input rows.
///
/// Executes in O(n²·m) for n = min(mentees, slots), m = max(mentees, slots),
/// where slots = Σ min(capacity, mentees).
///
/// ```
/// use tandem::solve::{solve, Scores};
/// struct Grid(Vec<Vec<Option<u32>>>);
/// impl Scores for Grid {
///     fn mentees(&self) -> usize { self.0.len() }
///     fn mentors(&self) -> usize { self.0[0].len() }
///     fn score(&self, e: usize, m: usize) -> Option<u32> { self.0[e][m] }
/// }
/// // Ann may only go to mentor 0; Bo prefers 0 but can take 1.
/// let grid = Grid(vec![vec![Some(10), None], vec![Some(90), Some(50)]]);
/// assert_eq!(solve(&grid, &[1, 1]).mentor_of, vec![Some(0), Some(1)]);
/// ```
///
/// # Panics
/// When `capacities` has not one entry per mentor.
pub fn solve<S: Scores + ?Sized>(scores: &S, capacities: &[u32]) -> Assignment {
    let mentees = scores.mentees();
    assert_eq!(capacities.len(), scores.mentors(), "one capacity per mentor");
    let slots: Vec<usize> = capacities
        .iter()
        .enumerate()
        .flat_map(|(mentor, &capacity)| std::iter::repeat_n(mentor, (capacity as usize).min(mentees)))
        .collect();
    let mut mentor_of = vec![None; mentees];
    if mentees == 0 || slots.is_empty() {
        return Assignment { mentor_of };
    }

    let max_score =
        (0..mentees).flat_map(|e| (0..scores.mentors()).filter_map(move |m| scores.score(e, m))).max();
    let Some(max_score) = max_score else {
        return Assignment { mentor_of };
    };
    let view = SlotWeights {
        scores,
        slots: &slots,
        big: i64::from(max_score) * mentees.min(slots.len()) as i64 + 1,
        transposed: mentees > slots.len(),
        negated: false,
    };
    let (_, columns) = kuhn_munkres(&view);
    for (row, column) in columns.into_iter().enumerate() {
        let (mentee, slot) = if view.transposed { (column, row) } else { (row, column) };
        if scores.score(mentee, slots[slot]).is_some() {
            mentor_of[mentee] = Some(slots[slot]);
        }
    }
    Assignment { mentor_of }
}

/// The weights of mentees × slots, transposed when there are more mentees
/// than slots (the algorithm wants no more rows than columns), read from the
/// scores without copying them.
struct SlotWeights<'a, S: ?Sized> {
    scores: &'a S,
    slots: &'a [usize],
    big: i64,
    transposed: bool,
    negated: bool,
}

impl<S: Scores + ?Sized> Weights<i64> for SlotWeights<'_, S> {
    fn rows(&self) -> usize {
        if self.transposed { self.slots.len() } else { self.scores.mentees() }
    }

    fn columns(&self) -> usize {
        if self.transposed { self.scores.mentees() } else { self.slots.len() }
    }

    fn at(&self, row: usize, column: usize) -> i64 {
        let (mentee, slot) = if self.transposed { (column, row) } else { (row, column) };
        let weight = self.scores.score(mentee, self.slots[slot]).map_or(0, |s| self.big + i64::from(s));
        if self.negated { -weight } else { weight }
    }

    fn neg(&self) -> Self {
        SlotWeights { negated: !self.negated, ..*self }
    }
}

impl<S: ?Sized> Clone for SlotWeights<'_, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S: ?Sized> Copy for SlotWeights<'_, S> {}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Scores as a grid, for tests.
    #[derive(Clone, Debug)]
    pub(crate) struct Grid {
        pub mentors: usize,
        pub cells: Vec<Vec<Option<u32>>>,
    }

    impl Scores for Grid {
        fn mentees(&self) -> usize {
            self.cells.len()
        }
        fn mentors(&self) -> usize {
            self.mentors
        }
        fn score(&self, mentee: usize, mentor: usize) -> Option<u32> {
            self.cells[mentee][mentor]
        }
    }

    /// The best (matched, total) over every assignment, by enumeration.
    pub(crate) fn brute_force(grid: &Grid, capacities: &[u32]) -> (usize, u64) {
        fn go(grid: &Grid, mentee: usize, left: &mut [u32]) -> (usize, u64) {
            if mentee == grid.mentees() {
                return (0, 0);
            }
            let mut best = go(grid, mentee + 1, left);
            for mentor in 0..grid.mentors {
                if let (Some(score), true) = (grid.score(mentee, mentor), left[mentor] > 0) {
                    left[mentor] -= 1;
                    let (matched, total) = go(grid, mentee + 1, left);
                    left[mentor] += 1;
                    best = best.max((matched + 1, total + u64::from(score)));
                }
            }
            best
        }
        go(grid, 0, &mut capacities.to_vec())
    }

    fn check_valid(grid: &Grid, capacities: &[u32], assignment: &Assignment) {
        let mut used = vec![0; grid.mentors];
        for (mentee, mentor) in assignment.pairs() {
            assert!(grid.score(mentee, mentor).is_some(), "forbidden pair {mentee}–{mentor} chosen");
            used[mentor] += 1;
        }
        for (mentor, (&used, &capacity)) in used.iter().zip(capacities).enumerate() {
            assert!(used <= capacity, "mentor {mentor} takes {used} mentees, capacity {capacity}");
        }
    }

    fn cohort() -> impl Strategy<Value = (Grid, Vec<u32>)> {
        (0usize..7, 0usize..5).prop_flat_map(|(mentees, mentors)| {
            // Few distinct values and many forbidden pairs, as real scores have.
            let cell = prop_oneof![1 => Just(None), 3 => (0u32..6).prop_map(|s| Some(s * 500))];
            (
                proptest::collection::vec(proptest::collection::vec(cell, mentors), mentees),
                proptest::collection::vec(0u32..3, mentors),
            )
                .prop_map(move |(cells, capacities)| (Grid { mentors, cells }, capacities))
        })
    }

    proptest! {
        #[test]
        fn optimal_against_brute_force((grid, capacities) in cohort()) {
            let assignment = solve(&grid, &capacities);
            check_valid(&grid, &capacities, &assignment);
            prop_assert_eq!((assignment.matched(), assignment.total(&grid)), brute_force(&grid, &capacities));
        }
    }

    #[test]
    fn more_matches_beat_higher_scores() {
        // Mentee 0 alone with mentor 0 would score 100; matching both scores
        // less in total but matches two.
        let grid = Grid { mentors: 2, cells: vec![vec![Some(10_000), Some(0)], vec![Some(0), None]] };
        assert_eq!(solve(&grid, &[1, 1]).mentor_of, [Some(1), Some(0)]);
    }

    #[test]
    fn a_row_without_eligible_pairs_stays_unmatched() {
        let grid = Grid { mentors: 2, cells: vec![vec![None, None], vec![Some(5), Some(7)]] };
        assert_eq!(solve(&grid, &[1, 1]).mentor_of, [None, Some(1)]);
        let grid = Grid { mentors: 1, cells: vec![vec![None]] };
        assert_eq!(solve(&grid, &[3]).mentor_of, [None]);
    }

    #[test]
    fn capacity_gives_a_mentor_several_mentees_either_way_round() {
        let grid = Grid { mentors: 2, cells: vec![vec![Some(9), Some(1)]; 3] };
        let assignment = solve(&grid, &[2, 0]);
        assert_eq!(assignment.mentor_of.iter().filter(|m| **m == Some(0)).count(), 2);
        assert_eq!(assignment.matched(), 2);
        let assignment = solve(&grid, &[5, 5]);
        assert_eq!(assignment.mentor_of, [Some(0); 3]);
    }

    #[test]
    fn empty_sides() {
        assert_eq!(solve(&Grid { mentors: 0, cells: vec![vec![]; 2] }, &[]).mentor_of, [None, None]);
        assert!(solve(&Grid { mentors: 2, cells: vec![] }, &[1, 1]).mentor_of.is_empty());
    }
}
