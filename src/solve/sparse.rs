//! The assignment on candidate lists, for cohorts whose every pair the
//! dense solver would hold too long or too large.
//!
//! Each mentee keeps its best mentors and each mentor its best mentees;
//! shortest augmenting paths (as [`super::sap`], with a heap, as LAPMOD
//! does on sparse costs) solve the assignment on those pairs, with a mentor
//! taking as many mentees as its capacity. The duals that prove that
//! solution optimal on the lists are then checked against every other
//! allowed pair: a pair whose reduced cost is negative might improve it
//! and joins the lists for another solve. When no pair does, the duals
//! prove the solution optimal over every pair, so the result is exact,
//! as the dense solver's: the most mentees matched, then the highest total
//! score.
//!
//! Rows are searched from the side with fewer units, as the dense solver
//! transposes: mentees when places are at least as many, else the
//! mentors' places (each place a row, all of one mentor's places sharing
//! its list), so that a mentee who cannot be matched never searches.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::{Assignment, Scores};

/// How many of each mentee's and each mentor's best pairs start in the
/// lists.
const BEST: usize = 16;

/// How many more pairs a mentee takes at most per round of the
/// certificate.
const MORE: usize = 64;

/// The best assignment, as [`super::solve`], on candidate lists certified
/// by the duals. `progress` hears (rows done, rows) in each round.
pub fn solve<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    progress: &mut dyn FnMut(usize, usize),
) -> Assignment {
    solve_from(scores, capacities, BEST, progress)
}

/// [`solve`], starting from the `best` pairs of each mentee and mentor.
fn solve_from<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    best: usize,
    progress: &mut dyn FnMut(usize, usize),
) -> Assignment {
    let mentees = scores.mentees();
    let mut kept = Kept::new(scores, best.max(1));
    let Some(max) = kept.max else {
        return Assignment::new(vec![None; mentees]);
    };
    let places: usize = capacities.iter().map(|&c| (c as usize).min(mentees)).sum();
    loop {
        let solved = if mentees <= places {
            let graph = Graph::by_mentee(&kept, capacities, max);
            let (column_of, u, v) = graph.shortest_paths(progress);
            let mentor_of = column_of.iter().map(|&c| (c < graph.columns()).then_some(c as usize)).collect();
            Solved { mentor_of, mentee_dual: u, mentor_dual: v }
        } else {
            let (graph, mentor_of_place) = Graph::by_place(&kept, capacities, max);
            let (column_of, u, v) = graph.shortest_paths(progress);
            let mut mentor_of = vec![None; mentees];
            let mut mentor_dual = vec![i64::MIN; capacities.len()];
            for (place, &column) in column_of.iter().enumerate() {
                let mentor = mentor_of_place[place] as usize;
                mentor_dual[mentor] = mentor_dual[mentor].max(u[place]);
                if column < graph.columns() {
                    mentor_of[column as usize] = Some(mentor);
                }
            }
            Solved { mentor_of, mentee_dual: v, mentor_dual }
        };
        if kept.improve(scores, capacities, &solved, max) == 0 {
            return Assignment::new(solved.mentor_of);
        }
    }
}

/// A solve on the lists, with its duals: a pair's reduced cost is
/// `max − score − mentee_dual − mentor_dual`, never negative on the lists.
struct Solved {
    mentor_of: Vec<Option<usize>>,
    mentee_dual: Vec<i64>,
    mentor_dual: Vec<i64>,
}

/// The pairs the solver works on.
struct Kept {
    /// Per mentee, its mentors in the lists with their scores, ascending by
    /// mentor.
    of: Vec<Vec<(u32, u32)>>,
    /// Per mentee, the lowest score among its own best, when it has more
    /// allowed pairs than those: no pair outside scores more.
    cut: Vec<Option<u32>>,
    /// The highest score of any allowed pair; `None` when none is.
    max: Option<u32>,
}

/// The best few pairs of one person, as they come: a pair must beat the
/// least of them to join, so most are turned away by one comparison.
#[derive(Clone, Default)]
struct Best {
    /// (score, other) pairs, at most four times `best` before they are cut
    /// back.
    list: Vec<(u32, u32)>,
    /// Once cut back, the least kept.
    floor: Option<Rank>,
}

impl Best {
    #[inline]
    fn offer(&mut self, owner: u32, score: u32, other: u32, best: usize) {
        // Most pairs score below the floor: no hash for them.
        if let Some(floor) = self.floor
            && (score < floor.0 || (score == floor.0 && rank(owner, score, other) <= floor))
        {
            return;
        }
        self.list.push((score, other));
        if self.list.len() >= 4 * best {
            self.floor = Some(cut_to_best(&mut self.list, owner, best));
        }
    }

    /// The best, and, where some pairs were left out, the lowest score
    /// kept: none left out scores more.
    fn finish(mut self, owner: u32, best: usize) -> (Vec<(u32, u32)>, Option<u32>) {
        if self.list.len() > best {
            self.floor = Some(cut_to_best(&mut self.list, owner, best));
        }
        let cut = self.floor.map(|_| self.list.iter().map(|&(score, _)| score).min().unwrap_or(0));
        (self.list, cut)
    }
}

/// How a person ranks the people of the other side: by score, and among
/// equal scores by a hash of the pair, so that people who score alike
/// are spread over the lists instead of the first by index filling all of
/// them.
type Rank = (u32, u32);

fn rank(owner: u32, score: u32, other: u32) -> Rank {
    let mut x = (u64::from(owner) << 32 | u64::from(other)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 29;
    (score, (x.wrapping_mul(0xBF58_476D_1CE4_E5B9) >> 32) as u32)
}

/// Keeps the `best` highest ranked of an owner's (score, other) list, and
/// returns the least kept. The list is short: [`Best`] cuts it back at
/// four times `best`.
fn cut_to_best(list: &mut Vec<(u32, u32)>, owner: u32, best: usize) -> Rank {
    let order = |&(score, other): &(u32, u32)| Reverse(rank(owner, score, other));
    list.select_nth_unstable_by_key(best - 1, order);
    list.truncate(best);
    list.iter().map(|&(score, other)| rank(owner, score, other)).min().expect("a list of best")
}

impl Kept {
    /// Each mentee's `best` mentors and each mentor's `best` mentees, by
    /// score, the lower index first among equals; one pass over every
    /// pair, on every core.
    fn new<S: Scores + ?Sized>(scores: &S, best: usize) -> Kept {
        let (mentees, mentors) = (scores.mentees(), scores.mentors());
        /// A mentee's best (score, mentor) pairs, its cut, its highest score.
        type Row = (Vec<(u32, u32)>, Option<u32>, Option<u32>);
        // A few blocks of mentees a thread, each with one set of mentor
        // lists: as many sets as blocks, merged at the end.
        let block = mentees.div_ceil(4 * rayon::current_num_threads()).max(1);
        let blocks: Vec<(Vec<Row>, Vec<Best>)> = (0..mentees.div_ceil(block))
            .into_par_iter()
            .map(|b| {
                let mut by_mentor = vec![Best::default(); mentors];
                // Each mentor's floor score apart, in one short array: most
                // pairs are turned away there without touching the lists.
                let mut floor = vec![0u32; mentors];
                let mut row = Vec::new();
                let rows = (b * block..((b + 1) * block).min(mentees))
                    .map(|mentee| {
                        scores.row(mentee, &mut row);
                        let mut own = Best::default();
                        let mut max = None;
                        let mut own_floor = 0;
                        for &(mentor, score) in &row {
                            let m = mentor as usize;
                            if score >= floor[m] {
                                by_mentor[m].offer(mentor, score, mentee as u32, best);
                                floor[m] = by_mentor[m].floor.map_or(0, |f| f.0);
                            }
                            if score >= own_floor {
                                own.offer(mentee as u32, score, mentor, best);
                                own_floor = own.floor.map_or(0, |f| f.0);
                            }
                            max = max.max(Some(score));
                        }
                        let (own, cut) = own.finish(mentee as u32, best);
                        (own, cut, max)
                    })
                    .collect();
                (rows, by_mentor)
            })
            .collect();
        let mut of: Vec<Vec<(u32, u32)>> = Vec::with_capacity(mentees);
        let mut cut = Vec::with_capacity(mentees);
        let mut max = None;
        let mut by_mentor = vec![Best::default(); mentors];
        for (rows, bests) in blocks {
            for (own, row_cut, row_max) in rows {
                of.push(own.into_iter().map(|(score, mentor)| (mentor, score)).collect());
                cut.push(row_cut);
                max = max.max(row_max);
            }
            for (mentor, (all, block)) in by_mentor.iter_mut().zip(bests).enumerate() {
                for (score, mentee) in block.list {
                    all.offer(mentor as u32, score, mentee, best);
                }
            }
        }
        for (mentor, list) in by_mentor.into_iter().enumerate() {
            for (score, mentee) in list.finish(mentor as u32, best).0 {
                of[mentee as usize].push((mentor as u32, score));
            }
        }
        for list in &mut of {
            list.sort_unstable();
            list.dedup();
        }
        Kept { of, cut, max }
    }

    /// The certificate: adds to the lists every allowed pair outside them
    /// whose reduced cost under the solve's duals is negative (at most
    /// [`MORE`] a mentee, the most negative), and returns how many. None
    /// means the solve is optimal over every pair.
    fn improve<S: Scores + ?Sized>(
        &mut self,
        scores: &S,
        capacities: &[u32],
        solved: &Solved,
        max: u32,
    ) -> usize {
        let max = i64::from(max);
        // A mentor without places can take nobody, whatever its dual.
        let open = |mentor: usize| capacities[mentor] > 0;
        let highest =
            (0..capacities.len()).filter(|&m| open(m)).map(|m| solved.mentor_dual[m]).max().unwrap_or(0);
        let found: Vec<Vec<(u32, u32)>> = self
            .of
            .par_iter()
            .zip(&self.cut)
            .enumerate()
            .map(|(mentee, (kept, cut))| {
                let a = solved.mentee_dual[mentee];
                // No pair outside scores more than the cut, and no mentor's
                // dual is higher than the highest: then none can improve.
                let Some(cut) = cut else { return Vec::new() };
                if max - i64::from(*cut) - a - highest >= 0 {
                    return Vec::new();
                }
                let mut found: Vec<(i64, u32, u32)> = Vec::new();
                let mut row = Vec::new();
                scores.row(mentee, &mut row);
                let mut inside = kept.iter().map(|&(m, _)| m).peekable();
                for (mentor, score) in row {
                    while inside.next_if(|&m| m < mentor).is_some() {}
                    if inside.next_if_eq(&mentor).is_some() || !open(mentor as usize) {
                        continue;
                    }
                    let reduced = max - i64::from(score) - a - solved.mentor_dual[mentor as usize];
                    if reduced < 0 {
                        found.push((reduced, mentor, score));
                    }
                }
                if found.len() > MORE {
                    found.select_nth_unstable(MORE - 1);
                    found.truncate(MORE);
                }
                found.into_iter().map(|(_, mentor, score)| (mentor, score)).collect()
            })
            .collect();
        let mut added = 0;
        for (list, more) in self.of.iter_mut().zip(found) {
            added += more.len();
            list.extend(more);
            list.sort_unstable();
        }
        added
    }
}

/// The lists as the search reads them: rows, each with a list of
/// (column, cost), and columns, each with a capacity.
struct Graph {
    /// Per row, which list it searches (the places of one mentor share
    /// one).
    list_of: Vec<u32>,
    /// Per list, where its entries start in `entries`; one more at the end.
    start: Vec<usize>,
    /// (column, cost) entries, list by list.
    entries: Vec<(u32, i64)>,
    capacity: Vec<u32>,
    /// The cost of leaving a row without a column: more than any
    /// difference in total score, so the most rows are matched first.
    nobody: i64,
}

impl Graph {
    /// Rows are mentees, columns mentors with their capacities.
    fn by_mentee(kept: &Kept, capacities: &[u32], max: u32) -> Graph {
        let lists = kept.of.iter().map(|list| list.iter().map(|&(m, s)| (m, s)));
        let mentees = kept.of.len();
        let mut graph = Graph::new(lists, capacities.to_vec(), max, mentees);
        graph.list_of = (0..mentees as u32).collect();
        graph
    }

    /// Rows are the mentors' places, columns mentees of one place each;
    /// also returns each row's mentor.
    fn by_place(kept: &Kept, capacities: &[u32], max: u32) -> (Graph, Vec<u32>) {
        let mentees = kept.of.len();
        let mut by_mentor: Vec<Vec<(u32, u32)>> = vec![Vec::new(); capacities.len()];
        for (mentee, list) in kept.of.iter().enumerate() {
            for &(mentor, score) in list {
                by_mentor[mentor as usize].push((mentee as u32, score));
            }
        }
        let mut graph = Graph::new(by_mentor.into_iter().map(Vec::into_iter), vec![1; mentees], max, mentees);
        let mut mentor_of_place = Vec::new();
        for (mentor, &capacity) in capacities.iter().enumerate() {
            for _ in 0..(capacity as usize).min(mentees) {
                mentor_of_place.push(mentor as u32);
            }
        }
        graph.list_of = mentor_of_place.clone();
        (graph, mentor_of_place)
    }

    fn new<L: Iterator<Item = (u32, u32)>>(
        lists: impl Iterator<Item = L>,
        capacity: Vec<u32>,
        max: u32,
        mentees: usize,
    ) -> Graph {
        let max = i64::from(max);
        let (mut start, mut entries) = (vec![0], Vec::new());
        for list in lists {
            entries.extend(list.map(|(column, score)| (column, max - i64::from(score))));
            start.push(entries.len());
        }
        // Fewer than `mentees + 1` pairs can never outweigh one more.
        let big = max * (mentees as i64) + 1;
        Graph { list_of: Vec::new(), start, entries, capacity, nobody: big + max }
    }

    fn columns(&self) -> u32 {
        self.capacity.len() as u32
    }

    fn list(&self, row: usize) -> &[(u32, i64)] {
        let list = self.list_of[row] as usize;
        &self.entries[self.start[list]..self.start[list + 1]]
    }

    /// Shortest augmenting paths, row by row: per row its column (a real
    /// one, or `columns()` for nobody), and the duals `u` (rows) and `v`
    /// (columns) with `cost − u[row] − v[column] ≥ 0` on every entry and
    /// zero on the assignment, `u[row] ≤ nobody`, and `v` zero on every
    /// column with room.
    fn shortest_paths(&self, progress: &mut dyn FnMut(usize, usize)) -> Duals {
        let rows = self.list_of.len();
        let mut state = State {
            u: vec![0; rows],
            v: vec![0; self.capacity.len() + 1],
            column_of: vec![NONE; rows],
            holders: vec![Vec::new(); self.capacity.len()],
        };
        // Each row's least cost; where a column of that cost has room, the
        // row takes it (the first such, by index).
        for row in 0..rows {
            let mut least = self.nobody;
            let mut pick = self.columns();
            for &(column, cost) in self.list(row) {
                let better_room = cost == least && !self.free(&state, pick) && self.free(&state, column);
                if cost < least || better_room {
                    least = cost;
                    pick = column;
                }
            }
            state.u[row] = least;
            if self.free(&state, pick) {
                state.take(row, pick, self.columns());
            }
        }
        let mut search = Search::new(self.capacity.len() + 1);
        for current in 0..rows {
            if state.column_of[current] == NONE {
                search.augment(self, &mut state, current);
            }
            progress(current + 1, rows);
        }
        state.v.truncate(self.capacity.len());
        (state.column_of, state.u, state.v)
    }

    /// Whether a column has room: nobody always has.
    fn free(&self, state: &State, column: u32) -> bool {
        column == self.columns()
            || state.holders[column as usize].len() < self.capacity[column as usize] as usize
    }
}

/// No column yet.
const NONE: u32 = u32::MAX;

/// Farther than any path.
const FAR: i64 = i64::MAX / 4;

/// Per row its column and the duals, as [`Graph::shortest_paths`] gives them.
type Duals = (Vec<u32>, Vec<i64>, Vec<i64>);

/// The assignment as it grows, and its duals.
struct State {
    u: Vec<i64>,
    /// Per column, nobody last.
    v: Vec<i64>,
    column_of: Vec<u32>,
    /// Per real column, the rows it holds.
    holders: Vec<Vec<u32>>,
}

impl State {
    /// Moves `row` into `column`, out of the column it had.
    fn take(&mut self, row: usize, column: u32, nobody: u32) {
        let previous = std::mem::replace(&mut self.column_of[row], column);
        if column != nobody {
            self.holders[column as usize].push(row as u32);
        }
        if previous != NONE && previous != nobody {
            let holders = &mut self.holders[previous as usize];
            let at = holders.iter().position(|&r| r as usize == row).expect("a holder");
            holders.swap_remove(at);
        }
    }
}

/// One Dijkstra search's working memory, kept from row to row.
struct Search {
    distance: Vec<i64>,
    done: Vec<bool>,
    /// Per column, the row its distance came through.
    path: Vec<u32>,
    touched: Vec<u32>,
    scanned_rows: Vec<u32>,
    scanned_columns: Vec<u32>,
    /// (distance, 0 for a column with room, 1 for nobody, 2 for a full
    /// one, column): a search ends at once where a column with room is as
    /// near as any.
    heap: BinaryHeap<Reverse<(i64, u8, u32)>>,
}

impl Search {
    fn new(columns: usize) -> Search {
        Search {
            distance: vec![FAR; columns],
            done: vec![false; columns],
            path: vec![NONE; columns],
            touched: Vec::new(),
            scanned_rows: Vec::new(),
            scanned_columns: Vec::new(),
            heap: BinaryHeap::new(),
        }
    }

    /// Gives `current` a column by the shortest augmenting path, and
    /// updates the duals.
    fn augment(&mut self, graph: &Graph, state: &mut State, current: usize) {
        self.heap.clear();
        self.scanned_rows.clear();
        self.scanned_columns.clear();
        self.relax(graph, state, current, 0);
        let sink = loop {
            let Reverse((d, _, column)) = self.heap.pop().expect("nobody is always reachable");
            let c = column as usize;
            if self.done[c] || d > self.distance[c] {
                continue;
            }
            self.done[c] = true;
            self.scanned_columns.push(column);
            if graph.free(state, column) {
                break column;
            }
            for k in 0..state.holders[c].len() {
                let row = state.holders[c][k];
                self.scanned_rows.push(row);
                self.relax(graph, state, row as usize, d);
            }
        };
        let shortest = self.distance[sink as usize];
        state.u[current] += shortest;
        for &row in &self.scanned_rows {
            let row = row as usize;
            state.u[row] += shortest - self.distance[state.column_of[row] as usize];
        }
        for &column in &self.scanned_columns {
            let c = column as usize;
            state.v[c] -= shortest - self.distance[c];
        }
        let mut column = sink;
        loop {
            let row = self.path[column as usize] as usize;
            let previous = state.column_of[row];
            state.take(row, column, graph.columns());
            if row == current {
                break;
            }
            column = previous;
        }
        for &column in &self.touched {
            self.distance[column as usize] = FAR;
            self.done[column as usize] = false;
        }
        self.touched.clear();
    }

    /// Relaxes the entries of `row`, reached at `base`, and its way to
    /// nobody.
    fn relax(&mut self, graph: &Graph, state: &State, row: usize, base: i64) {
        let nobody = graph.columns();
        let entries = graph.list(row).iter().copied().chain(std::iter::once((nobody, graph.nobody)));
        for (column, cost) in entries {
            let c = column as usize;
            if self.done[c] {
                continue;
            }
            let d = base + cost - state.u[row] - state.v[c];
            if d < self.distance[c] {
                if self.distance[c] == FAR {
                    self.touched.push(column);
                }
                self.distance[c] = d;
                self.path[c] = row as u32;
                let rank = if column == nobody {
                    1
                } else if graph.free(state, column) {
                    0
                } else {
                    2
                };
                self.heap.push(Reverse((d, rank, column)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Grid, brute_force, cohort};
    use super::*;
    use proptest::prelude::*;

    fn value(grid: &Grid, assignment: &Assignment) -> (usize, u64) {
        (assignment.matched(), assignment.total(grid))
    }

    /// A mentor with a place left while a mentee it could take is free,
    /// their pair outside the lists: the certificate must find it, by the
    /// dual of the mentor's empty place, not of its taken one.
    #[test]
    fn a_free_mentee_reaches_a_place_left_empty() {
        // Mentor 0 (two places) ranks mentee 0 first; mentee 2 ranks
        // mentor 1 first; mentees 1 and 2 tie for mentor 1's one place.
        let grid = Grid {
            mentors: 2,
            cells: vec![
                vec![Some(100), Some(100)],
                vec![None, Some(100)],
                vec![Some(10), Some(100)],
                vec![None, Some(40)],
            ],
        };
        let assignment = solve_from(&grid, &[2, 1], 1, &mut |_, _| {});
        assert_eq!(value(&grid, &assignment), (3, 210));
        assert_eq!(assignment.mentor_of, [Some(0), Some(1), Some(0), None]);
    }

    /// Cohorts too large for brute force, with the ties, forbidden pairs
    /// and capacities real ones have, on either side of the places.
    fn larger() -> impl Strategy<Value = (Grid, Vec<u32>)> {
        (20usize..120, 5usize..60, 2u32..12).prop_flat_map(|(mentees, mentors, levels)| {
            let cell = prop_oneof![1 => Just(None), 3 => (0..levels).prop_map(|s| Some(s * 250))];
            (
                proptest::collection::vec(proptest::collection::vec(cell, mentors), mentees),
                proptest::collection::vec(prop_oneof![1 => Just(0u32), 2 => Just(1), 4 => 2u32..5], mentors),
            )
                .prop_map(move |(cells, capacities)| (Grid { mentors, cells }, capacities))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// The same optimum as the dense solver, from lists of one pair a
        /// person up.
        #[test]
        fn the_same_optimum_as_the_dense_solver((grid, capacities) in larger()) {
            let slots = super::super::slots(&capacities, grid.mentees());
            let dense = super::super::sap::solve(&grid, &slots, &mut |_, _| {});
            for start in [1, 3, BEST] {
                let assignment = solve_from(&grid, &capacities, start, &mut |_, _| {});
                super::super::tests::check_valid(&grid, &capacities, &assignment);
                prop_assert_eq!(value(&grid, &assignment), value(&grid, &dense), "lists of {}", start);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// On small cohorts, where the lists start with a pair or two a
        /// person, the certificate must bring in what the optimum needs.
        #[test]
        fn lists_and_certificate_find_the_optimum((grid, capacities) in cohort()) {
            let best = brute_force(&grid, &capacities);
            for start in [1, 2, BEST] {
                let assignment = solve_from(&grid, &capacities, start, &mut |_, _| {});
                super::super::tests::check_valid(&grid, &capacities, &assignment);
                prop_assert_eq!(value(&grid, &assignment), best, "lists of {}", start);
            }
        }
    }
}
