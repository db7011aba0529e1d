//! The Hungarian method (`pathfinding::kuhn_munkres`, O(n³)) on the same
//! weights as [`super::sap`]: slower on tie-heavy matrices, kept as an
//! independent oracle for tests and benchmarks.

use pathfinding::kuhn_munkres::{Weights, kuhn_munkres};

use super::{Assignment, Scores};

/// The best assignment, as [`super::solve`], by the Hungarian method.
///
/// # Panics
/// When `capacities` has not one entry per mentor.
pub fn solve<S: Scores + ?Sized>(scores: &S, capacities: &[u32]) -> Assignment {
    let mentees = scores.mentees();
    assert_eq!(capacities.len(), scores.mentors(), "one capacity per mentor");
    let slots = super::slots(capacities, mentees);
    let mut mentor_of = vec![None; mentees];
    let max_score =
        (0..mentees).flat_map(|e| (0..scores.mentors()).filter_map(move |m| scores.score(e, m))).max();
    let (Some(max_score), false) = (max_score, slots.is_empty()) else {
        return Assignment::new(mentor_of);
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
    Assignment::new(mentor_of)
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
