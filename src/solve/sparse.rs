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
    // Each round after the first starts from the last one's assignment and
    // duals: only the rows the new pairs unsettle search again.
    let mut state = None;
    loop {
        let solved = if mentees <= places {
            let graph = Graph::by_mentee(&kept, capacities, max);
            let found = graph.shortest_paths(state.take(), progress);
            let columns = graph.columns();
            let solved = Solved {
                mentor_of: found.column_of.iter().map(|&c| (c < columns).then_some(c as usize)).collect(),
                mentee_dual: found.u.clone(),
                mentor_dual: found.v[..columns as usize].to_vec(),
            };
            state = Some(found);
            solved
        } else {
            let (graph, mentor_of_place) = Graph::by_place(&kept, capacities, max);
            let found = graph.shortest_paths(state.take(), progress);
            let mut mentor_of = vec![None; mentees];
            let mut mentor_dual = vec![i64::MIN; capacities.len()];
            for (place, &column) in found.column_of.iter().enumerate() {
                let mentor = mentor_of_place[place] as usize;
                mentor_dual[mentor] = mentor_dual[mentor].max(found.u[place]);
                if column < graph.columns() {
                    mentor_of[column as usize] = Some(mentor);
                }
            }
            let solved = Solved { mentor_of, mentee_dual: found.v[..mentees].to_vec(), mentor_dual };
            state = Some(found);
            solved
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

/// The best few pairs of one person, as they come: a pair must rank above
/// the least of them to join, so most are turned away by one comparison.
#[derive(Clone, Default)]
struct Best {
    /// Ranks of pairs (each names the other person, see [`rank`]), at most
    /// [`ROOM`] times `best` before they are cut back: short, so that the
    /// lists of all mentors stay in cache.
    list: Vec<u64>,
    /// Once cut back, the rank of the least kept; 0 before.
    floor: u64,
}

/// How many times `best` pairs a list holds before it is cut back.
const ROOM: usize = 2;

impl Best {
    #[inline]
    fn offer(&mut self, rank: u64, best: usize) {
        if rank <= self.floor {
            return;
        }
        self.list.push(rank);
        if self.list.len() >= ROOM * best {
            self.floor = cut_to_best(&mut self.list, best);
        }
    }

    /// The score of the least kept once cut back, below which no pair
    /// joins; 0 before.
    fn least(&self) -> u32 {
        if self.floor == 0 { 0 } else { unrank(0, self.floor).0 }
    }

    /// The owner's best as (score, other) pairs, and, where some pairs were
    /// left out, the lowest score kept: none left out scores more. Leaves
    /// the list empty, for the next owner.
    fn take(&mut self, owner: u32, best: usize) -> (Vec<(u32, u32)>, Option<u32>) {
        if self.list.len() > best {
            self.floor = cut_to_best(&mut self.list, best);
        }
        let list: Vec<(u32, u32)> = self.list.drain(..).map(|rank| unrank(owner, rank)).collect();
        let cut = (self.floor > 0).then(|| list.iter().map(|&(score, _)| score).min().unwrap_or(0));
        self.floor = 0;
        (list, cut)
    }
}

/// How an owner ranks the people of the other side: by score, and among
/// equal scores by a mix of the two indices, so that people who score
/// alike are spread over the lists instead of the first by index filling
/// all of them. The mix is one to one, so a rank names the other person
/// ([`unrank`]); a rank is never 0, so that 0 can mean no floor.
#[inline]
fn rank(owner: u32, score: u32, other: u32) -> u64 {
    let tie = (other ^ salt(owner)).wrapping_mul(MIX);
    (u64::from(score) + 1) << 32 | u64::from(tie)
}

/// The (score, other) a rank of `owner`'s stands for.
fn unrank(owner: u32, rank: u64) -> (u32, u32) {
    let other = (rank as u32).wrapping_mul(UNMIX) ^ salt(owner);
    (((rank >> 32) - 1) as u32, other)
}

fn salt(owner: u32) -> u32 {
    owner.wrapping_mul(0x9E37_79B9)
}

/// An odd multiplier, and its inverse modulo 2³².
const MIX: u32 = 0x85EB_CA6B;
const UNMIX: u32 = {
    // Newton's iteration doubles the correct low bits each step: 5 steps
    // from the 3 an odd number gives itself.
    let mut inverse = MIX;
    let mut step = 0;
    while step < 5 {
        inverse = inverse.wrapping_mul(2u32.wrapping_sub(MIX.wrapping_mul(inverse)));
        step += 1;
    }
    inverse
};

/// Keeps the `best` highest ranked of a list, and returns the least
/// kept. The list is short: [`Best`] cuts it back at [`ROOM`] times
/// `best`.
fn cut_to_best(list: &mut Vec<u64>, best: usize) -> u64 {
    // Descending by rank, as ascending by its complement: the plain order
    // of integers, which the selection inlines.
    for rank in list.iter_mut() {
        *rank = !*rank;
    }
    list.select_nth_unstable(best - 1);
    list.truncate(best);
    for rank in list.iter_mut() {
        *rank = !*rank;
    }
    // The selected place holds the least kept.
    list[best - 1]
}

impl Kept {
    /// Each mentee's `best` mentors and each mentor's `best` mentees, by
    /// [`rank`]; one pass over every pair, on every core.
    fn new<S: Scores + ?Sized>(scores: &S, best: usize) -> Kept {
        let (mentees, mentors) = (scores.mentees(), scores.mentors());
        /// A mentee's best (score, mentor) pairs, its cut, its highest score.
        type Row = (Vec<(u32, u32)>, Option<u32>, Option<u32>);
        // A block of mentees a thread, each with one set of mentor lists,
        // merged at the end: every set starts empty and takes in its first
        // pairs unsorted, so more blocks would cost more than they balance.
        let block = mentees.div_ceil(rayon::current_num_threads()).max(1);
        let blocks: Vec<(Vec<Row>, Vec<Best>)> = (0..mentees.div_ceil(block))
            .into_par_iter()
            .map(|b| {
                let mut by_mentor = vec![Best::default(); mentors];
                // Each mentor's least score kept apart, in one short array:
                // most pairs score below it and are turned away there,
                // without ranking them or touching the lists.
                let mut floor = vec![0u32; mentors];
                let mut row = Vec::new();
                let mut own = Best::default();
                let rows = (b * block..((b + 1) * block).min(mentees))
                    .map(|mentee| {
                        scores.row(mentee, &mut row);
                        let mentee = mentee as u32;
                        let mut own_floor = 0;
                        for &(mentor, score) in &row {
                            let m = mentor as usize;
                            if score >= floor[m] {
                                by_mentor[m].offer(rank(mentor, score, mentee), best);
                                floor[m] = by_mentor[m].least();
                            }
                            if score >= own_floor {
                                own.offer(rank(mentee, score, mentor), best);
                                own_floor = own.least();
                            }
                        }
                        let max = row.iter().map(|&(_, score)| score).max();
                        let (own, cut) = own.take(mentee, best);
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
            for (all, block) in by_mentor.iter_mut().zip(bests) {
                for rank in block.list {
                    all.offer(rank, best);
                }
            }
        }
        for (mentor, mut list) in by_mentor.into_iter().enumerate() {
            for (score, mentee) in list.take(mentor as u32, best).0 {
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
        self.entries_of(self.list_of[row] as usize)
    }

    fn entries_of(&self, list: usize) -> &[(u32, i64)] {
        &self.entries[self.start[list]..self.start[list + 1]]
    }

    /// Shortest augmenting paths, row by row: per row its column (a real
    /// one, or `columns()` for nobody), and the duals `u` (rows) and `v`
    /// (columns, nobody last) with `cost − u[row] − v[column] ≥ 0` on
    /// every entry and zero on the assignment, and every column with room
    /// at the highest `v` of all, nobody's. From `warm`, the state of a
    /// solve on fewer entries, only the rows its duals no longer fit
    /// search again.
    ///
    /// The search is that of the square problem in which a place left
    /// empty holds a spare row, which costs nothing anywhere: a spare row
    /// may sit only where `v` is highest, which is why a column with room
    /// holds the highest dual. A row that searches needs an open place,
    /// one no spare row holds. From a cold start all open places are
    /// nobody's, at the highest dual, so a path may end at any column
    /// with room: its spare row moves to nobody for nothing. After a warm
    /// start the open places are those rows left, whose duals may be
    /// lower: a path through a column with room then goes on through its
    /// spare row to any column, at the difference of their duals.
    fn shortest_paths(&self, warm: Option<State>, progress: &mut dyn FnMut(usize, usize)) -> State {
        let (mut state, free) = match warm {
            Some(state) => self.settle(state),
            None => self.start(),
        };
        let mut search = Search::new(self.capacity.len() + 1);
        for (done, &row) in free.iter().enumerate() {
            search.augment(self, &mut state, row as usize);
            progress(done + 1, free.len());
        }
        state
    }

    /// A first state: each row's least cost; where a column of that cost
    /// has room, the row takes it (the first such, by index). Returns the
    /// rows left without a column, each with an open place at nobody.
    fn start(&self) -> (State, Vec<u32>) {
        let rows = self.list_of.len();
        let mut state = State::new(rows, self.capacity.len());
        let mut free = Vec::new();
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
                state.take(row, pick);
            } else {
                free.push(row as u32);
            }
        }
        state.open(self.columns(), free.len() as u32);
        (state, free)
    }

    /// Fits the duals of a solve on fewer entries to this graph's, and
    /// returns the rows that lost their column doing so, in order: a row
    /// whose new entries cost less than its dual allows lowers its dual
    /// to its least cost, and leaves its column if that is no longer
    /// among its cheapest, opening the place it had.
    fn settle(&self, mut state: State) -> (State, Vec<u32>) {
        let nobody = self.columns();
        let least: Vec<i64> = (0..self.start.len() - 1)
            .map(|list| {
                let to_nobody = self.nobody - state.v[nobody as usize];
                self.entries_of(list)
                    .iter()
                    .map(|&(column, cost)| cost - state.v[column as usize])
                    .fold(to_nobody, i64::min)
            })
            .collect();
        let mut free = Vec::new();
        for row in 0..self.list_of.len() {
            let least = least[self.list_of[row] as usize];
            if least >= state.u[row] {
                continue;
            }
            state.u[row] = least;
            let column = state.column_of[row];
            let cost = if column == nobody {
                self.nobody
            } else {
                self.list(row).iter().find(|&&(c, _)| c == column).expect("the row's column").1
            };
            if cost - state.v[column as usize] > least {
                state.leave(row);
                state.open(column, 1);
                free.push(row as u32);
            }
        }
        (state, free)
    }

    /// Whether a column has room: nobody always has.
    fn free(&self, state: &State, column: u32) -> bool {
        column == self.columns()
            || state.holders[column as usize].len() < self.capacity[column as usize] as usize
    }

    /// Whether a column holds a spare row: it has room beyond its open
    /// places.
    fn spare(&self, state: &State, column: u32) -> bool {
        column == self.columns()
            || state.holders[column as usize].len() + (state.open[column as usize] as usize)
                < self.capacity[column as usize] as usize
    }
}

/// No column yet.
const NONE: u32 = u32::MAX;

/// A column reached through a spare row, not a row.
const SPARE: u32 = u32::MAX - 1;

/// Farther than any path.
const FAR: i64 = i64::MAX / 4;

/// The assignment as it grows, and its duals.
struct State {
    u: Vec<i64>,
    /// Per column, nobody last.
    v: Vec<i64>,
    column_of: Vec<u32>,
    /// Per column, nobody last, the rows it holds.
    holders: Vec<Vec<u32>>,
    /// Per row, where it is in its column's holders.
    slot_of: Vec<u32>,
    /// Per column, nobody last, its open places: as many as rows without
    /// a column.
    open: Vec<u32>,
    /// The columns that may have open places.
    opened: Vec<u32>,
}

impl State {
    fn new(rows: usize, columns: usize) -> State {
        State {
            u: vec![0; rows],
            v: vec![0; columns + 1],
            column_of: vec![NONE; rows],
            holders: vec![Vec::new(); columns + 1],
            slot_of: vec![NONE; rows],
            open: vec![0; columns + 1],
            opened: Vec::new(),
        }
    }

    /// Moves `row` into `column`, out of the column it had.
    fn take(&mut self, row: usize, column: u32) {
        self.leave(row);
        self.column_of[row] = column;
        let holders = &mut self.holders[column as usize];
        self.slot_of[row] = holders.len() as u32;
        holders.push(row as u32);
    }

    /// Takes `row` out of its column.
    fn leave(&mut self, row: usize) {
        let column = std::mem::replace(&mut self.column_of[row], NONE);
        if column == NONE {
            return;
        }
        let holders = &mut self.holders[column as usize];
        let slot = self.slot_of[row] as usize;
        holders.swap_remove(slot);
        if let Some(&moved) = holders.get(slot) {
            self.slot_of[moved as usize] = slot as u32;
        }
    }

    fn open(&mut self, column: u32, places: u32) {
        if self.open[column as usize] == 0 {
            self.opened.push(column);
        }
        self.open[column as usize] += places;
    }

    /// Fills an open place of `column`.
    fn fill(&mut self, column: u32) {
        self.open[column as usize] -= 1;
        if self.open[column as usize] == 0 {
            self.opened.retain(|&c| c != column);
        }
    }
}

/// One Dijkstra search's working memory, kept from row to row. Its nodes
/// are the columns, nobody, and the spare rows, last.
struct Search {
    distance: Vec<i64>,
    done: Vec<bool>,
    /// Per column, the row its distance came through, or [`SPARE`]; for
    /// the spare rows, the column.
    path: Vec<u32>,
    touched: Vec<u32>,
    scanned_rows: Vec<u32>,
    scanned_columns: Vec<u32>,
    /// (distance, 0 for a column a path ends at, 1 for nobody, 2 for any
    /// other, node): a search ends at once where a column with room is as
    /// near as any.
    heap: BinaryHeap<Reverse<(i64, u8, u32)>>,
}

impl Search {
    fn new(columns: usize) -> Search {
        Search {
            distance: vec![FAR; columns + 1],
            done: vec![false; columns + 1],
            path: vec![NONE; columns + 1],
            touched: Vec::new(),
            scanned_rows: Vec::new(),
            scanned_columns: Vec::new(),
            heap: BinaryHeap::new(),
        }
    }

    /// Gives `current` a column by the shortest augmenting path, and
    /// updates the duals.
    fn augment(&mut self, graph: &Graph, state: &mut State, current: usize) {
        let nobody = graph.columns();
        let spares = nobody + 1;
        let top = state.v[nobody as usize];
        // Where an open place is at the highest dual, a spare row moves
        // there for nothing, and a path may end at any column with room.
        let shortcut = state.opened.iter().any(|&c| state.v[c as usize] == top);
        let ends = |state: &State, column: u32| {
            state.open[column as usize] > 0 || (shortcut && graph.free(state, column))
        };
        self.heap.clear();
        self.scanned_rows.clear();
        self.scanned_columns.clear();
        self.relax(graph, state, current, 0, &ends);
        let sink = loop {
            let Reverse((d, _, node)) = self.heap.pop().expect("an open place is always reachable");
            let n = node as usize;
            if self.done[n] || d > self.distance[n] {
                continue;
            }
            self.done[n] = true;
            if node == spares {
                // A spare row goes on to any column.
                for column in 0..=nobody {
                    let c = column as usize;
                    let through = d + top - state.v[c];
                    if !self.done[c] && through < self.distance[c] {
                        let rank = if column == nobody {
                            1
                        } else if ends(state, column) {
                            0
                        } else {
                            2
                        };
                        self.reach(column, through, SPARE, rank);
                    }
                }
                continue;
            }
            self.scanned_columns.push(node);
            if ends(state, node) {
                break node;
            }
            if graph.spare(state, node) && d < self.distance[spares as usize] {
                self.reach(spares, d, node, 2);
            }
            for k in 0..state.holders[n].len() {
                let row = state.holders[n][k];
                self.scanned_rows.push(row);
                self.relax(graph, state, row as usize, d, &ends);
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
        if state.open[sink as usize] > 0 {
            state.fill(sink);
        } else {
            // The sink's spare row moves to an open place at the highest
            // dual.
            let open = state.opened.iter().copied().find(|&c| state.v[c as usize] == top);
            state.fill(open.expect("an open place at the highest dual"));
        }
        let mut column = sink;
        loop {
            let from = self.path[column as usize];
            if from == SPARE {
                // A spare row filled this column's place: it came from
                // the column the spare rows were reached through.
                column = self.path[spares as usize];
                continue;
            }
            let row = from as usize;
            let previous = state.column_of[row];
            state.take(row, column);
            if row == current {
                break;
            }
            column = previous;
        }
        for &node in &self.touched {
            self.distance[node as usize] = FAR;
            self.done[node as usize] = false;
        }
        self.touched.clear();
    }

    fn reach(&mut self, node: u32, distance: i64, from: u32, rank: u8) {
        let n = node as usize;
        if self.distance[n] == FAR {
            self.touched.push(node);
        }
        self.distance[n] = distance;
        self.path[n] = from;
        self.heap.push(Reverse((distance, rank, node)));
    }

    /// Relaxes the entries of `row`, reached at `base`, and its way to
    /// nobody.
    fn relax(
        &mut self,
        graph: &Graph,
        state: &State,
        row: usize,
        base: i64,
        ends: &impl Fn(&State, u32) -> bool,
    ) {
        let nobody = graph.columns();
        let entries = graph.list(row).iter().copied().chain(std::iter::once((nobody, graph.nobody)));
        for (column, cost) in entries {
            let c = column as usize;
            if self.done[c] {
                continue;
            }
            let d = base + cost - state.u[row] - state.v[c];
            if d < self.distance[c] {
                let rank = if column == nobody {
                    1
                } else if ends(state, column) {
                    0
                } else {
                    2
                };
                self.reach(column, d, row as u32, rank);
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
        /// A rank names the score and the other person it was made of,
        /// and ranks order by score first.
        #[test]
        fn a_rank_names_its_pair(owner: u32, score in 0u32..u32::MAX, other: u32, lower in 0u32..u32::MAX) {
            prop_assert_eq!(unrank(owner, rank(owner, score, other)), (score, other));
            prop_assert!(rank(owner, score, other) > 0);
            if lower < score {
                prop_assert!(rank(owner, lower, other.wrapping_add(1)) < rank(owner, score, other));
            }
        }
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
