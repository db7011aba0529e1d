//! The solver alone, on the matrices of issue-style comparisons: square
//! cohorts of n mentees and n/2 mentors with 2 places each, either uniform
//! random scores or "tie-heavy" ones (six distinct values, 20% of pairs
//! forbidden), as mentoring scores are. `benches/scipy_solver.py` builds
//! the very same matrices for SciPy's `linear_sum_assignment`.
//!
//! Peer pools are solved by the blossom algorithm on the same kind of
//! scores.
//!
//! `cargo bench --bench solver`

use divan::Bencher;
use tandem::solve::pool::{self, PoolScores};
use tandem::solve::{Scores, hungarian, solve};

fn main() {
    divan::main();
}

/// A dense matrix of scores, `None` for a forbidden pair.
pub struct Dense {
    mentors: usize,
    cells: Vec<Option<u32>>,
}

impl Scores for Dense {
    fn mentees(&self) -> usize {
        self.cells.len() / self.mentors
    }
    fn mentors(&self) -> usize {
        self.mentors
    }
    fn score(&self, mentee: usize, mentor: usize) -> Option<u32> {
        self.cells[mentee * self.mentors + mentor]
    }
}

/// The generator `scipy_solver.py` mirrors: xorshift64, seeded by size.
fn matrix(mentees: usize, tie_heavy: bool) -> (Dense, Vec<u32>) {
    let mentors = mentees / 2;
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ mentees as u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    const TIES: [u32; 6] = [0, 2000, 3500, 4500, 6500, 8000];
    let cells = (0..mentees * mentors)
        .map(|_| {
            if tie_heavy {
                if next() % 100 < 20 { None } else { Some(TIES[(next() % 6) as usize]) }
            } else {
                Some((next() % 10_001) as u32)
            }
        })
        .collect();
    (Dense { mentors, cells }, vec![2; mentors])
}

#[divan::bench(args = [1000, 2000, 5000], sample_count = 3)]
fn tandem_tie_heavy(bencher: Bencher, n: usize) {
    let (scores, capacities) = matrix(n, true);
    bencher.bench(|| solve(&scores, &capacities));
}

#[divan::bench(args = [1000, 2000, 5000], sample_count = 3)]
fn tandem_uniform(bencher: Bencher, n: usize) {
    let (scores, capacities) = matrix(n, false);
    bencher.bench(|| solve(&scores, &capacities));
}

#[divan::bench(args = [500, 1000], sample_count = 1)]
fn kuhn_munkres_tie_heavy(bencher: Bencher, n: usize) {
    let (scores, capacities) = matrix(n, true);
    bencher.bench(|| hungarian::solve(&scores, &capacities));
}

#[divan::bench(args = [500, 1000], sample_count = 1)]
fn kuhn_munkres_uniform(bencher: Bencher, n: usize) {
    let (scores, capacities) = matrix(n, false);
    bencher.bench(|| hungarian::solve(&scores, &capacities));
}

/// A pool of n peers with tie-heavy scores (six distinct values, 20% of
/// pairs forbidden), for the general-graph matching of peer pairs.
struct Peers {
    n: usize,
    cells: Vec<Option<u32>>,
}

impl PoolScores for Peers {
    fn people(&self) -> usize {
        self.n
    }
    fn score(&self, a: usize, b: usize) -> Option<u32> {
        self.cells[a.min(b) * self.n + a.max(b)]
    }
}

fn peers(n: usize) -> Peers {
    let (dense, _) = matrix(2 * n, true);
    // The first n × n of the mentee-by-mentor cells, read as a triangle.
    Peers { n, cells: dense.cells[..n * n].to_vec() }
}

#[divan::bench(args = [500, 1000, 2000], sample_count = 3)]
fn blossom_peers_tie_heavy(bencher: Bencher, n: usize) {
    let scores = peers(n);
    bencher.bench(|| pool::solve(&scores));
}
