//! The assignment by shortest augmenting paths: the Jonker–Volgenant family
//! in the form Crouse gives it ("On implementing 2D rectangular assignment
//! algorithms", 2016), the method of SciPy's `linear_sum_assignment`, on
//! integer costs, so it is exact.
//!
//! Rows are mentees; columns are mentor slots (one per place of capacity),
//! plus, when there are more mentees than slots, "nobody" columns, so that
//! every row is assigned. A pair's cost is `max − score` when the rules
//! allow it, and `BIG + max` when they do not (or for a nobody column),
//! where `BIG` exceeds any possible total of scores: minimising the total
//! cost matches the most mentees, then maximises their total score.
//!
//! Rows first take a free column of their least cost where they can (row
//! reduction); each remaining row is then added by one Dijkstra search over
//! reduced costs
//! `cost − u[row] − v[column]`, which stays non-negative (the dual
//! invariant); among columns at equal distance an unassigned one is taken
//! first, which ends searches early on the tie-heavy matrices that
//! mentoring scores make.

use super::{Assignment, Scores};

/// The best assignment: the most mentees matched, then the highest total
/// score. `progress` hears (rows done, rows) after each row.
///
/// Executes in O(n²·c) in the worst case for n mentees and c columns; far
/// less on real cohorts, where most searches end at a free column at once.
pub fn solve<S: Scores + ?Sized>(
    scores: &S,
    slots: &[usize],
    progress: &mut dyn FnMut(usize, usize),
) -> Assignment {
    solve_within(scores, slots, u64::MAX, progress).expect("no limit on the work")
}

/// How many rows' worth of columns a search is taken to read, to judge
/// after the row reduction whether the searches fit the budget.
const SEARCH_ROWS: u64 = 16;

/// [`solve`], giving up (`None`) once its searches have read more than
/// `budget` cells: on many distinct scores and about as many places as
/// mentees, rows left by the row reduction may each search most of the
/// matrix.
pub fn solve_within<S: Scores + ?Sized>(
    scores: &S,
    slots: &[usize],
    budget: u64,
    progress: &mut dyn FnMut(usize, usize),
) -> Option<Assignment> {
    let rows = scores.mentees();
    let mut mentor_of = vec![None; rows];
    let max_score =
        (0..rows).flat_map(|e| (0..scores.mentors()).filter_map(move |m| scores.score(e, m))).max();
    let (Some(max_score), false) = (max_score, slots.is_empty()) else {
        return Some(Assignment::new(mentor_of));
    };
    let mut work = 0u64;
    let max = i64::from(max_score);
    let big = max * rows.min(slots.len()) as i64 + 1;
    let forbidden = big + max;
    let columns = slots.len().max(rows);
    let cost = |row: usize, column: usize| -> i64 {
        match slots.get(column).and_then(|&mentor| scores.score(row, mentor)) {
            Some(score) => max - i64::from(score),
            None => forbidden,
        }
    };

    const NONE: usize = usize::MAX;
    let mut u = vec![0i64; rows];
    let mut v = vec![0i64; columns];
    let mut column_of = vec![NONE; rows];
    let mut row_of = vec![NONE; columns];
    let mut path = vec![NONE; columns];
    let mut distance = vec![i64::MAX; columns];
    let mut remaining: Vec<usize> = Vec::with_capacity(columns);
    let mut scanned_rows: Vec<usize> = Vec::new();
    let mut scanned_columns: Vec<usize> = Vec::new();
    let mut in_scanned_rows = vec![false; rows];

    // Initialisation: with u = each row's least cost and v = 0 every
    // reduced cost is non-negative; a row whose least cost lies in a free
    // column takes it, an edge of reduced cost 0. On tie-heavy matrices
    // this places most rows in one sequential pass, leaving few searches.
    for row in 0..rows {
        let mut least = i64::MAX;
        let mut free = NONE;
        for (column, &taken_by) in row_of.iter().enumerate() {
            let c = cost(row, column);
            if c < least {
                least = c;
                free = if taken_by == NONE { column } else { NONE };
            } else if c == least && free == NONE && taken_by == NONE {
                free = column;
            }
        }
        u[row] = least;
        if free != NONE {
            row_of[free] = row;
            column_of[row] = free;
        }
    }

    // Each row left searches at least a row's worth of columns, and where
    // the reduction leaves many, tens of rows' worth: when the rows left
    // would spend the budget at that rate, the searches are not begun.
    let left = column_of.iter().filter(|&&column| column == NONE).count() as u64;
    if left * columns as u64 * SEARCH_ROWS > budget {
        return None;
    }

    for current in 0..rows {
        if column_of[current] != NONE {
            progress(current + 1, rows);
            continue;
        }
        remaining.clear();
        remaining.extend((0..columns).rev());
        distance.fill(i64::MAX);
        scanned_rows.clear();
        scanned_columns.clear();
        let mut row = current;
        let mut shortest = 0i64;
        let sink = loop {
            work += remaining.len() as u64;
            if work > budget {
                return None;
            }
            in_scanned_rows[row] = true;
            scanned_rows.push(row);
            let mut lowest = i64::MAX;
            let mut best = NONE;
            for (k, &column) in remaining.iter().enumerate() {
                let reduced = shortest + cost(row, column) - u[row] - v[column];
                if reduced < distance[column] {
                    path[column] = row;
                    distance[column] = reduced;
                }
                if distance[column] < lowest || (distance[column] == lowest && row_of[column] == NONE) {
                    lowest = distance[column];
                    best = k;
                }
            }
            // Every column is reachable (costs are finite), so one is found.
            shortest = lowest;
            let column = remaining.swap_remove(best);
            scanned_columns.push(column);
            if row_of[column] == NONE {
                break column;
            }
            row = row_of[column];
        };

        // Dual update keeps reduced costs non-negative and zero on the
        // assignment.
        u[current] += shortest;
        for &r in &scanned_rows {
            in_scanned_rows[r] = false;
            if r != current {
                u[r] += shortest - distance[column_of[r]];
            }
        }
        for &c in &scanned_columns {
            v[c] -= shortest - distance[c];
        }
        // Augment along the path back from the sink.
        let mut column = sink;
        loop {
            let r = path[column];
            row_of[column] = r;
            let previous = std::mem::replace(&mut column_of[r], column);
            if r == current {
                break;
            }
            column = previous;
        }
        progress(current + 1, rows);
    }
    for (row, &column) in column_of.iter().enumerate() {
        if let Some(&mentor) = slots.get(column)
            && scores.score(row, mentor).is_some()
        {
            mentor_of[row] = Some(mentor);
        }
    }
    Some(Assignment::new(mentor_of))
}

#[cfg(test)]
mod tests {
    use super::super::tests::Grid;
    use super::*;

    /// Two mentees want the same one place most: the second must search,
    /// and a budget of no reads gives up there, while one that allows the
    /// search finds the same assignment as no limit. The budget must allow
    /// [`SEARCH_ROWS`] rows' worth of reads for each row the reduction
    /// leaves, or the searches are not begun.
    #[test]
    fn a_budget_stops_the_searches_not_the_row_reduction() {
        let grid = Grid { mentors: 2, cells: vec![vec![Some(90), Some(10)], vec![Some(80), Some(70)]] };
        let slots = [0, 1];
        assert_eq!(solve_within(&grid, &slots, 0, &mut |_, _| {}), None);
        let free = solve(&grid, &slots, &mut |_, _| {});
        assert_eq!(free.mentor_of, [Some(0), Some(1)]);
        let estimate = 2 * SEARCH_ROWS;
        assert_eq!(solve_within(&grid, &slots, estimate, &mut |_, _| {}), Some(free));
        assert_eq!(solve_within(&grid, &slots, estimate - 1, &mut |_, _| {}), None);
        // Row reduction alone places both: no search, no reads.
        let apart = Grid { mentors: 2, cells: vec![vec![Some(90), None], vec![None, Some(70)]] };
        assert!(solve_within(&apart, &slots, 0, &mut |_, _| {}).is_some());
    }
}
