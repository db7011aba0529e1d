//! The optimal assignment of mentees to mentors.
//!
//! Given every pair's score (or `None` for a pair the rules forbid) and each
//! mentor's capacity, [`solve`] finds the assignment that matches the most
//! mentees and, among those, has the highest total score. [`solve_problem`]
//! adds locked pairs, group targets ([`targets`]), priority mentees, and the
//! other [`Objective`]: the highest total score first. It knows nothing of
//! people, files or criteria: scores in, mentor per mentee out.
//!
//! Both methods work on a matrix of mentees × mentor slots, each mentor
//! contributing one slot per place of capacity, with a weight of `BIG +
//! score` for an allowed pair and nothing for a forbidden one, where `BIG`
//! exceeds any possible total of scores: so one more matched mentee always
//! outweighs any gain in score, and a forbidden pair, which an algorithm may
//! still place when a row has nothing better, is dropped from the result.
//! [`sap`] (shortest augmenting paths, as SciPy) is the one used up to
//! [`SPARSE_FROM`] pairs, `sparse` (the same on each person's best pairs,
//! certified by the duals) beyond; [`hungarian`]
//! (`pathfinding::kuhn_munkres`) is kept as their oracle.

mod flow;
pub mod groups;
pub mod hungarian;
pub mod led;
pub mod pool;
pub mod sap;
mod several;
mod sparse;
pub mod targets;

pub use targets::TooManyOverlaps;

/// Why a problem has no answer tandem can give exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsolved {
    /// Targets overlap in too many ways to be solved exactly.
    TooManyOverlaps(TooManyOverlaps),
    /// `best_scores` with targets: targets count matched mentees, which
    /// that objective gives up for score.
    ObjectiveAgainstTargets,
    /// Mentees who want several mentors, with targets: targets count
    /// matched mentees one mentor each.
    SeveralAgainstTargets,
    /// `best_scores` weighs each score by the number of mentees (so that,
    /// at equal total, more pairs win), and the product does not fit.
    TooLarge { mentees: usize },
}

/// What the best assignment maximises first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Objective {
    /// The most mentees matched, then the highest total score.
    #[default]
    MostPairs,
    /// The highest total score, then the most mentees matched: a pair is
    /// left out when making it would cost better pairs more than it adds.
    BestScores,
}

/// The pairs an optimal matching chose, by index, sorted: (mentee row,
/// mentor column) in a cohort of two sides, or two people of one pool, the
/// smaller index first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pairing {
    pub pairs: Vec<(usize, usize)>,
}

impl From<&Assignment> for Pairing {
    fn from(assignment: &Assignment) -> Pairing {
        let mut pairs: Vec<(usize, usize)> = assignment.pairs().collect();
        pairs.sort_unstable();
        Pairing { pairs }
    }
}

/// A matching problem solved exactly under its rules: the two sides of a
/// cohort ([`Problem`], by assignment and flows) or one pool of peers
/// ([`pool::Pool`], by Edmonds' blossom algorithm). A kind of cohort is a
/// kind of problem, not a fork of the pipeline.
pub trait Matcher {
    /// The best pairing by the problem's objective.
    ///
    /// # Errors
    /// When the problem cannot be solved exactly.
    fn pairing(&self) -> Result<Pairing, Unsolved>;
}

impl<S: Scores + ?Sized> Matcher for Problem<'_, S> {
    fn pairing(&self) -> Result<Pairing, Unsolved> {
        solve_problem(self).map(|assignment| Pairing::from(&assignment))
    }
}

/// Pair scores as the solver sees them.
pub trait Scores: Sync {
    fn mentees(&self) -> usize;
    fn mentors(&self) -> usize;
    /// The pair's score in hundredths, or `None` when the pair is forbidden.
    fn score(&self, mentee: usize, mentor: usize) -> Option<u32>;

    /// A mentee's allowed pairs, (mentor, score) by mentor, into `out`
    /// (cleared first): what [`Scores::score`] gives, read a row at once
    /// where the scores allow it.
    fn row(&self, mentee: usize, out: &mut Vec<(u32, u32)>) {
        out.clear();
        out.extend((0..self.mentors()).filter_map(|m| Some((m as u32, self.score(mentee, m)?))));
    }
}

/// The mentor of each mentee, if any, and the further mentors of mentees
/// who want several.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    /// Per mentee, their (first) mentor.
    pub mentor_of: Vec<Option<usize>>,
    /// (mentee, mentor) pairs beyond each mentee's first, sorted; empty
    /// unless a mentee wants several mentors.
    pub further: Vec<(usize, usize)>,
}

impl Assignment {
    /// One mentor or none per mentee.
    pub fn new(mentor_of: Vec<Option<usize>>) -> Assignment {
        Assignment { mentor_of, further: Vec::new() }
    }

    /// How many mentees have a mentor.
    pub fn matched(&self) -> usize {
        self.mentor_of.iter().flatten().count()
    }

    /// How many pairs there are: one per matched mentee, and more for
    /// mentees with several mentors.
    pub fn pair_count(&self) -> usize {
        self.matched() + self.further.len()
    }

    /// A mentee's mentors, the first first.
    pub fn mentors_of(&self, mentee: usize) -> Vec<usize> {
        // `further` is sorted: the mentee's pairs are one run of it.
        let start = self.further.partition_point(|&(e, _)| e < mentee);
        let further = self.further[start..].iter().take_while(|&&(e, _)| e == mentee).map(|&(_, m)| m);
        self.mentor_of[mentee].into_iter().chain(further).collect()
    }

    /// The sum of the assigned pairs' scores.
    pub fn total<S: Scores + ?Sized>(&self, scores: &S) -> u64 {
        self.pairs().map(|(mentee, mentor)| u64::from(scores.score(mentee, mentor).unwrap_or(0))).sum()
    }

    /// The assigned (mentee, mentor) pairs: each mentee's first, by
    /// mentee, then the further ones.
    pub fn pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let first =
            self.mentor_of.iter().enumerate().filter_map(|(mentee, mentor)| Some((mentee, (*mentor)?)));
        first.chain(self.further.iter().copied())
    }
}

/// The assignment that matches the most mentees, then has the highest total
/// score, never using a forbidden pair nor exceeding a mentor's capacity.
///
/// The result depends only on the scores and capacities in their given
/// order, so callers that order mentees and mentors by id get the same
/// result whatever the order of their input rows. The method is
/// [`sap::solve`]; [`hungarian::solve`] computes the same optimum more
/// slowly, and serves as its test oracle.
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
    solve_with_progress(scores, capacities, &mut |_, _| {})
}

/// [`solve`], telling `progress` (rows done, rows) as it goes.
///
/// # Panics
/// When `capacities` has not one entry per mentor.
pub fn solve_with_progress<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    progress: &mut dyn FnMut(usize, usize),
) -> Assignment {
    assert_eq!(capacities.len(), scores.mentors(), "one capacity per mentor");
    if let Some(assignment) = unconstrained(scores, capacities) {
        return assignment;
    }
    let pairs = (scores.mentees() as u64) * (scores.mentors() as u64);
    if pairs < SPARSE_FROM {
        let budget = (DENSE_BUDGET * pairs).max(DENSE_BUDGET_FLOOR);
        if let Some(assignment) = dense(scores, capacities, budget, progress) {
            return assignment;
        }
    }
    sparse::solve(scores, capacities, progress)
}

/// How many times the matrix the dense solver's searches may read before
/// the candidate lists take over: on tie-heavy cohorts the row reduction
/// places most rows and the searches read it once at most (2,000 × 1,000:
/// 0.15 times, 16 ms, against 28 ms on lists); on many distinct scores
/// with about as many places as mentees they may read it thousands of
/// times (4,000 × 2,000 with 400 goal phrases: 17 s, against 3.3 s on
/// lists). The count of reads, not a clock, decides, so the method and the
/// result stay the same from run to run.
const DENSE_BUDGET: u64 = 2;

/// Below this many reads (a few milliseconds) the dense solver always
/// finishes: small cohorts never change method.
const DENSE_BUDGET_FLOOR: u64 = 1 << 20;

/// The dense solver within `budget` reads of the scores; `None` when it
/// needs more.
fn dense<S: Scores + ?Sized>(
    scores: &S,
    capacities: &[u32],
    budget: u64,
    progress: &mut dyn FnMut(usize, usize),
) -> Option<Assignment> {
    let slots = slots(capacities, scores.mentees());
    if scores.mentees() <= slots.len() {
        return sap::solve_within(scores, &slots, budget, progress);
    }
    // More mentees than places: solved the other way round, a row per
    // place and a column per mentee, as SciPy does with a wide matrix, so
    // that no mentee left out searches a "nobody" column per place short
    // (on two mentees per place, 20 times faster). Both ways give an
    // optimum; which of equal pairings, may differ.
    let mentees = scores.mentees();
    let Some(transposed) = Transposed::new(scores, &slots) else {
        return sap::solve_within(scores, &slots, budget, progress);
    };
    let each: Vec<usize> = (0..mentees).collect();
    let by_place = sap::solve_within(&transposed, &each, budget, progress)?;
    let mut mentor_of = vec![None; mentees];
    for (place, mentee) in by_place.pairs() {
        mentor_of[mentee] = Some(slots[place]);
    }
    Some(Assignment::new(mentor_of))
}

/// The scores of places × mentees, copied once mentor by mentor, so that
/// the solver reads them in order (reading the mentee-major scores by
/// column would miss the cache at every step).
struct Transposed<'a> {
    /// Per mentor, per mentee, the score; `u32::MAX` for a forbidden pair.
    cells: Vec<u32>,
    mentees: usize,
    slots: &'a [usize],
}

impl<'a> Transposed<'a> {
    /// `None` when a score is `u32::MAX`, which the copy keeps for
    /// forbidden pairs.
    fn new<S: Scores + ?Sized>(scores: &S, slots: &'a [usize]) -> Option<Self> {
        let (mentees, mentors) = (scores.mentees(), scores.mentors());
        let mut cells = vec![u32::MAX; mentees * mentors];
        for e in 0..mentees {
            for m in 0..mentors {
                match scores.score(e, m) {
                    Some(u32::MAX) => return None,
                    Some(score) => cells[m * mentees + e] = score,
                    None => {}
                }
            }
        }
        Some(Transposed { cells, mentees, slots })
    }
}

impl Scores for Transposed<'_> {
    fn mentees(&self) -> usize {
        self.slots.len()
    }

    fn mentors(&self) -> usize {
        self.mentees
    }

    fn score(&self, place: usize, mentee: usize) -> Option<u32> {
        let score = self.cells[self.slots[place] * self.mentees + mentee];
        (score != u32::MAX).then_some(score)
    }
}

/// Each mentee with their best eligible mentor (the lowest index among
/// equals), when no mentor is then asked for more places than they have.
/// That assignment is optimal: every mentee who can be matched is, at
/// their highest score. It settles in O(mentees × mentors) the cohorts
/// whose capacities never bind (a thousand mentors of capacity a
/// thousand), which as slot copies would cost the solver millions of
/// columns; `None` when some capacity binds.
fn unconstrained<S: Scores + ?Sized>(scores: &S, capacities: &[u32]) -> Option<Assignment> {
    let mut demand = vec![0u32; capacities.len()];
    let mut mentor_of = Vec::with_capacity(scores.mentees());
    for mentee in 0..scores.mentees() {
        let mut best: Option<(u32, usize)> = None;
        for (mentor, &capacity) in capacities.iter().enumerate() {
            if let Some(score) = scores.score(mentee, mentor)
                && capacity > 0
                && best.is_none_or(|(top, _)| score > top)
            {
                best = Some((score, mentor));
            }
        }
        if let Some((_, mentor)) = best {
            demand[mentor] += 1;
            if demand[mentor] > capacities[mentor] {
                return None;
            }
        }
        mentor_of.push(best.map(|(_, mentor)| mentor));
    }
    Some(Assignment::new(mentor_of))
}

/// From how many pairs the candidate lists (module `sparse`) solve without
/// the dense solver trying first: where they cross on tie-heavy cohorts
/// (5,000 × 2,500: 0.14 s against 0.17 s; 20,000 × 10,000: 1.1 s against
/// 6.7 s, and 1.1 GB against 1.8 GB). Below, the dense solver goes first,
/// within [`DENSE_BUDGET`]: its row reduction places most rows of such
/// cohorts at once, faster than a pass that ranks every pair.
pub const SPARSE_FROM: u64 = 10_000_000;

/// The bytes a pair the solver adds to the scores' own: the dense solver
/// copies them, a row per place, where mentees outnumber places; the lists
/// take a few pairs a person.
pub fn bytes_per_pair(mentees: usize, mentors: usize) -> u64 {
    if (mentees as u64) * (mentors as u64) >= SPARSE_FROM { 0 } else { 4 }
}

/// One column per place of capacity, naming its mentor; a mentor never
/// needs more places than there are mentees.
fn slots(capacities: &[u32], mentees: usize) -> Vec<usize> {
    capacities
        .iter()
        .enumerate()
        .flat_map(|(mentor, &capacity)| std::iter::repeat_n(mentor, (capacity as usize).min(mentees)))
        .collect()
}

/// A share of the matched mentees that must come from a group.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// Per mentee, whether they belong to the group.
    pub members: Vec<bool>,
    /// From 0 to 1.
    pub min_share: f64,
}

impl Target {
    /// How many members `matched` mentees must include: the share, rounded
    /// up (a tolerance keeps 0.6 × 10 at 6).
    pub fn needed(&self, matched: usize) -> usize {
        (self.min_share * matched as f64 - 1e-9).ceil().max(0.0) as usize
    }
}

/// An assignment problem with its constraints.
pub struct Problem<'a, S: ?Sized> {
    pub scores: &'a S,
    pub capacities: &'a [u32],
    /// Pairs made before solving, kept whatever their score; they use up
    /// their mentor's capacity and count toward targets.
    pub locked: &'a [(usize, usize)],
    pub targets: &'a [Target],
    /// Per mentee, whether they come first: among the assignments that
    /// match the most mentees, those that match the most of them win.
    /// Empty when nobody does.
    pub priority: &'a [bool],
    /// Most pairs first, or best scores first.
    pub objective: Objective,
    /// Per mentee, how many mentors they want; empty when each wants one.
    pub wanted: &'a [u32],
    /// Hears (rows done, rows) while the assignment solver runs.
    pub progress: Option<&'a (dyn Fn(usize, usize) + Sync)>,
}

/// The best assignment under locks and targets: the locked pairs, then, for
/// the other mentees, as many matched as possible, as much of every target
/// as possible, and the highest total score, in that order.
///
/// # Errors
/// When overlapping targets are too many to solve exactly.
///
/// # Panics
/// When a locked pair names a mentee or mentor out of range, or a mentee
/// twice.
pub fn solve_problem<S: Scores + ?Sized>(problem: &Problem<'_, S>) -> Result<Assignment, Unsolved> {
    let scores = problem.scores;
    if problem.wanted.iter().any(|&w| w > 1) {
        return solve_several(problem);
    }
    let mut mentor_of = vec![None; scores.mentees()];
    let mut capacities = problem.capacities.to_vec();
    for &(mentee, mentor) in problem.locked {
        assert!(mentor_of[mentee].is_none(), "mentee {mentee} locked twice");
        mentor_of[mentee] = Some(mentor);
        capacities[mentor] = capacities[mentor].saturating_sub(1);
    }
    let rows: Vec<usize> = (0..scores.mentees()).filter(|&e| mentor_of[e].is_none()).collect();
    let free = Rows { scores, rows: &rows };
    let first: Vec<bool> = rows.iter().map(|&e| problem.priority.get(e).copied().unwrap_or(false)).collect();
    let places: u64 = capacities.iter().map(|&c| u64::from(c)).sum();
    let prioritised = match first.contains(&true) {
        true => {
            Some(Prioritised::new(&free, &first, places).ok_or(Unsolved::TooLarge { mentees: rows.len() })?)
        }
        false => None,
    };
    if problem.objective == Objective::BestScores && !problem.targets.is_empty() {
        return Err(Unsolved::ObjectiveAgainstTargets);
    }
    let plain = {
        let scores: &dyn Scores = match &prioritised {
            Some(prioritised) => prioritised,
            None => &free,
        };
        let mut progress = |done, all| problem.progress.map_or((), |p| p(done, all));
        match problem.objective {
            Objective::MostPairs => solve_with_progress(scores, &capacities, &mut progress),
            Objective::BestScores => best_scores(scores, &capacities, &mut progress)?,
        }
    };
    let assignment = if problem.targets.is_empty() {
        plain
    } else {
        let matched = problem.locked.len() + plain.matched();
        let members: Vec<Vec<bool>> =
            problem.targets.iter().map(|t| rows.iter().map(|&e| t.members[e]).collect()).collect();
        let needs: Vec<targets::Need> = problem
            .targets
            .iter()
            .zip(&members)
            .map(|(target, members)| {
                let already = problem.locked.iter().filter(|&&(e, _)| target.members[e]).count();
                // More than all members can never be matched; asking for all
                // of them leaves every assignment's value the same.
                let all = already + members.iter().filter(|&&m| m).count();
                targets::Need { members, already, needed: target.needed(matched).min(all) }
            })
            .collect();
        let met = |need: &targets::Need| {
            need.already + plain.pairs().filter(|&(row, _)| need.members[row]).count() >= need.needed
        };
        if needs.iter().all(met) {
            // Already met by the best assignment without targets: it is the
            // optimum, as nothing scores more.
            plain
        } else {
            // The flows, sparse and certified, on every size: bonuses per
            // target found by bisection with the assignment solver were
            // tried first beyond 4 million pairs, and where targets share
            // mentees they mostly failed after dozens of solves (5,000 ×
            // 2,500 with two targets missed: 131 s, against 9.9 s flows
            // alone).
            targets::solve(&free, &capacities, &needs, &first, &|done, all| {
                if let Some(progress) = problem.progress {
                    progress(done, all);
                }
            })?
        }
    };
    for (row, mentor) in assignment.mentor_of.into_iter().enumerate() {
        mentor_of[rows[row]] = mentor;
    }
    Ok(Assignment::new(mentor_of))
}

/// [`solve_problem`] where some mentee wants several mentors: locked pairs
/// count toward what each mentee wants, and are never made twice.
fn solve_several<S: Scores + ?Sized>(problem: &Problem<'_, S>) -> Result<Assignment, Unsolved> {
    if !problem.targets.is_empty() {
        return Err(Unsolved::SeveralAgainstTargets);
    }
    let mut capacities = problem.capacities.to_vec();
    for &(_, mentor) in problem.locked {
        capacities[mentor] = capacities[mentor].saturating_sub(1);
    }
    let demands: Vec<several::Demand> = (0..problem.scores.mentees())
        .map(|e| {
            let locks = problem.locked.iter().filter(|&&(l, _)| l == e).count() as u32;
            several::Demand {
                wanted: problem.wanted.get(e).copied().unwrap_or(1).saturating_sub(locks),
                unmatched: locks == 0,
                priority: problem.priority.get(e).copied().unwrap_or(false),
            }
        })
        .collect();
    let chosen = several::solve(problem.scores, &capacities, &demands, problem.locked, problem.objective)?;
    Ok(several::assignment(problem.scores, problem.locked, chosen))
}

/// The assignment with the highest total score, then the most mentees
/// matched: the most-pairs solve of a problem with one more mentor,
/// "nobody", who takes everyone at score 0, while each real pair scores
/// `score × (mentees + 1) + 1`. Everyone is then matched, to someone or to
/// nobody, and the best total of those scores is the best total score,
/// then the most real pairs (fewer than `mentees + 1` can never outweigh a
/// point of score).
fn best_scores(
    scores: &dyn Scores,
    capacities: &[u32],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Assignment, Unsolved> {
    let mentees = scores.mentees();
    let max = (0..mentees)
        .flat_map(|e| (0..scores.mentors()).filter_map(move |m| scores.score(e, m)))
        .max()
        .unwrap_or(0);
    let factor = u32::try_from(mentees + 1).map_err(|_| Unsolved::TooLarge { mentees })?;
    max.checked_mul(factor).and_then(|top| top.checked_add(1)).ok_or(Unsolved::TooLarge { mentees })?;
    let widened = WithNobody { scores, factor };
    let mut capacities = capacities.to_vec();
    capacities.push(u32::try_from(mentees).unwrap_or(u32::MAX));
    let assignment = solve_with_progress(&widened, &capacities, progress);
    let nobody = scores.mentors();
    Ok(Assignment::new(assignment.mentor_of.into_iter().map(|m| m.filter(|&m| m != nobody)).collect()))
}

/// Scores with one more mentor, "nobody", at 0 for everyone, and each
/// real pair's score `score × factor + 1`: see [`best_scores`].
struct WithNobody<'a> {
    scores: &'a dyn Scores,
    factor: u32,
}

impl Scores for WithNobody<'_> {
    fn mentees(&self) -> usize {
        self.scores.mentees()
    }

    fn mentors(&self) -> usize {
        self.scores.mentors() + 1
    }

    fn score(&self, mentee: usize, mentor: usize) -> Option<u32> {
        if mentor == self.scores.mentors() {
            return Some(0);
        }
        self.scores.score(mentee, mentor).map(|score| score * self.factor + 1)
    }

    fn row(&self, mentee: usize, out: &mut Vec<(u32, u32)>) {
        self.scores.row(mentee, out);
        for (_, score) in out.iter_mut() {
            *score = *score * self.factor + 1;
        }
        out.push((self.scores.mentors() as u32, 0));
    }
}

/// Scores with a bonus on the rows that come first, larger than any total
/// of scores: so one more of them matched outweighs any gain in score,
/// while the solver's own weight for a matched row still outweighs both.
struct Prioritised<'a, S: ?Sized> {
    scores: &'a S,
    first: &'a [bool],
    bonus: u32,
}

impl<'a, S: Scores + ?Sized> Prioritised<'a, S> {
    /// The bonus above any total of scores of at most `places` pairs;
    /// `None` when the bonus and a score do not fit in the 32 bits a score
    /// has (beyond 400,000 pairs at 100 points).
    fn new(scores: &'a S, first: &'a [bool], places: u64) -> Option<Self> {
        let max = (0..scores.mentees())
            .flat_map(|e| (0..scores.mentors()).filter_map(move |m| scores.score(e, m)))
            .max()
            .unwrap_or(0);
        let pairs = (scores.mentees() as u64).min(places);
        let bonus = u64::from(max) * pairs + 1;
        u32::try_from(bonus + u64::from(max)).ok()?;
        Some(Prioritised { scores, first, bonus: bonus as u32 })
    }
}

impl<S: Scores + ?Sized> Scores for Prioritised<'_, S> {
    fn mentees(&self) -> usize {
        self.scores.mentees()
    }

    fn mentors(&self) -> usize {
        self.scores.mentors()
    }

    fn score(&self, mentee: usize, mentor: usize) -> Option<u32> {
        let score = self.scores.score(mentee, mentor)?;
        Some(if self.first[mentee] { score + self.bonus } else { score })
    }

    fn row(&self, mentee: usize, out: &mut Vec<(u32, u32)>) {
        self.scores.row(mentee, out);
        if self.first[mentee] {
            for (_, score) in out.iter_mut() {
                *score += self.bonus;
            }
        }
    }
}

/// Some mentees' rows of the scores, by their indices.
struct Rows<'a, S: ?Sized> {
    scores: &'a S,
    rows: &'a [usize],
}

impl<S: Scores + ?Sized> Scores for Rows<'_, S> {
    fn mentees(&self) -> usize {
        self.rows.len()
    }

    fn mentors(&self) -> usize {
        self.scores.mentors()
    }

    fn score(&self, mentee: usize, mentor: usize) -> Option<u32> {
        self.scores.score(self.rows[mentee], mentor)
    }

    fn row(&self, mentee: usize, out: &mut Vec<(u32, u32)>) {
        self.scores.row(self.rows[mentee], out);
    }
}

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

    pub(super) fn check_valid(grid: &Grid, capacities: &[u32], assignment: &Assignment) {
        let mut used = vec![0; grid.mentors];
        for (mentee, mentor) in assignment.pairs() {
            assert!(grid.score(mentee, mentor).is_some(), "forbidden pair {mentee}–{mentor} chosen");
            used[mentor] += 1;
        }
        for (mentor, (&used, &capacity)) in used.iter().zip(capacities).enumerate() {
            assert!(used <= capacity, "mentor {mentor} takes {used} mentees, capacity {capacity}");
        }
    }

    pub(super) fn cohort() -> impl Strategy<Value = (Grid, Vec<u32>)> {
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

    /// The best (matched, targets met, total) over every assignment that
    /// keeps the locks, by enumeration; targets as in [`solve_problem`].
    fn brute_force_problem(
        grid: &Grid,
        capacities: &[u32],
        locked: &[(usize, usize)],
        targets: &[Target],
    ) -> (usize, usize, u64) {
        fn all(
            grid: &Grid,
            mentee: usize,
            left: &mut [u32],
            fixed: &[Option<usize>],
            current: &mut Vec<Option<usize>>,
            out: &mut Vec<Vec<Option<usize>>>,
        ) {
            if mentee == grid.mentees() {
                out.push(current.clone());
                return;
            }
            if let Some(mentor) = fixed[mentee] {
                current.push(Some(mentor));
                all(grid, mentee + 1, left, fixed, current, out);
                current.pop();
                return;
            }
            current.push(None);
            all(grid, mentee + 1, left, fixed, current, out);
            current.pop();
            for mentor in 0..grid.mentors {
                if grid.score(mentee, mentor).is_some() && left[mentor] > 0 {
                    left[mentor] -= 1;
                    current.push(Some(mentor));
                    all(grid, mentee + 1, left, fixed, current, out);
                    current.pop();
                    left[mentor] += 1;
                }
            }
        }
        let mut fixed = vec![None; grid.mentees()];
        let mut left = capacities.to_vec();
        for &(e, m) in locked {
            fixed[e] = Some(m);
            left[m] = left[m].saturating_sub(1);
        }
        let mut assignments = Vec::new();
        all(grid, 0, &mut left, &fixed, &mut Vec::new(), &mut assignments);
        let most = assignments.iter().map(|a| a.iter().flatten().count()).max().unwrap_or(0);
        assignments
            .iter()
            .map(|a| {
                let assignment = Assignment::new(a.clone());
                let matched = assignment.matched();
                let met = targets
                    .iter()
                    .map(|t| assignment.pairs().filter(|&(e, _)| t.members[e]).count().min(t.needed(most)))
                    .sum();
                (matched, met, assignment.total(grid))
            })
            .max()
            .unwrap_or((0, 0, 0))
    }

    /// Scores, capacities, locked pairs and targets.
    type Constrained = (Grid, Vec<u32>, Vec<(usize, usize)>, Vec<Target>);

    fn constrained() -> impl Strategy<Value = Constrained> {
        cohort()
            .prop_flat_map(|(grid, capacities)| {
                let mentees = grid.mentees();
                let share = prop_oneof![Just(0.25), Just(0.5), Just(0.6), Just(1.0)];
                let target = (proptest::collection::vec(any::<bool>(), mentees), share)
                    .prop_map(|(members, min_share)| Target { members, min_share });
                (
                    Just(grid),
                    Just(capacities),
                    proptest::collection::vec((0..mentees.max(1), 0usize..8), 0..3),
                    proptest::collection::vec(target, 0..3),
                )
            })
            .prop_map(|(grid, capacities, wanted, targets)| {
                // Locks within capacity, a mentee at most once.
                let mut left = capacities.clone();
                let mut locked: Vec<(usize, usize)> = Vec::new();
                for (mentee, mentor) in wanted {
                    if grid.mentees() == 0 || grid.mentors == 0 {
                        break;
                    }
                    let mentor = mentor % grid.mentors;
                    if left[mentor] > 0 && !locked.iter().any(|&(e, _)| e == mentee) {
                        left[mentor] -= 1;
                        locked.push((mentee, mentor));
                    }
                }
                (grid, capacities, locked, targets)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn locks_and_targets_optimal_against_brute_force((grid, capacities, locked, targets) in constrained()) {
            let problem = Problem { scores: &grid, capacities: &capacities, locked: &locked, targets: &targets, priority: &[], objective: Objective::MostPairs, wanted: &[], progress: None };
            let assignment = solve_problem(&problem).unwrap();
            for &(e, m) in &locked {
                prop_assert_eq!(assignment.mentor_of[e], Some(m));
            }
            let mut used = vec![0u32; grid.mentors];
            for (e, m) in assignment.pairs() {
                used[m] += 1;
                prop_assert!(locked.contains(&(e, m)) || grid.score(e, m).is_some());
            }
            prop_assert!(used.iter().zip(&capacities).all(|(u, c)| u <= c));
            let matched = assignment.matched();
            let expected = brute_force_problem(&grid, &capacities, &locked, &targets);
            let met = targets
                .iter()
                .map(|t| assignment.pairs().filter(|&(e, _)| t.members[e]).count().min(t.needed(expected.0)))
                .sum();
            prop_assert_eq!((matched, met, assignment.total(&grid)), expected);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// The flows alone, on networks that start from one pair a mentee
        /// and a mentor, so that the certificate must bring in the rest;
        /// up to three targets, overlapping at random.
        #[test]
        fn sparse_flows_under_overlapping_targets_against_brute_force(
            (grid, capacities, targets) in cohort().prop_flat_map(|(grid, capacities)| {
                let mentees = grid.mentees();
                let share = prop_oneof![Just(0.25), Just(0.5), Just(0.75), Just(1.0)];
                // Most mentees members, so that the shared classes are
                // large enough for the search along their counts to matter.
                let target = (proptest::collection::vec(proptest::bool::weighted(0.7), mentees), share)
                    .prop_map(|(members, min_share)| Target { members, min_share });
                (Just(grid), Just(capacities), proptest::collection::vec(target, 1..4))
            }),
            best in 1usize..3,
        ) {
            let expected = brute_force_problem(&grid, &capacities, &[], &targets);
            let needs: Vec<targets::Need> = targets
                .iter()
                .map(|t| targets::Need { members: &t.members, already: 0, needed: t.needed(expected.0) })
                .collect();
            let assignment = targets::solve_sparse(&grid, &capacities, &needs, &[], &|_, _| {}, best).unwrap();
            check_valid(&grid, &capacities, &assignment);
            let met = targets
                .iter()
                .map(|t| assignment.pairs().filter(|&(e, _)| t.members[e]).count().min(t.needed(expected.0)))
                .sum();
            prop_assert_eq!((assignment.matched(), met, assignment.total(&grid)), expected);
        }
    }

    /// The best (matched, priority mentees matched, total) over every
    /// assignment, by enumeration.
    fn brute_force_priority(grid: &Grid, capacities: &[u32], first: &[bool]) -> (usize, usize, u64) {
        fn go(grid: &Grid, first: &[bool], mentee: usize, left: &mut [u32]) -> (usize, usize, u64) {
            if mentee == grid.mentees() {
                return (0, 0, 0);
            }
            let mut best = go(grid, first, mentee + 1, left);
            for mentor in 0..grid.mentors {
                if let (Some(score), true) = (grid.score(mentee, mentor), left[mentor] > 0) {
                    left[mentor] -= 1;
                    let (matched, prioritised, total) = go(grid, first, mentee + 1, left);
                    left[mentor] += 1;
                    let prioritised = prioritised + usize::from(first[mentee]);
                    best = best.max((matched + 1, prioritised, total + u64::from(score)));
                }
            }
            best
        }
        go(grid, first, 0, &mut capacities.to_vec())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn priority_mentees_first_then_score_against_brute_force(
            (grid, capacities, first) in cohort().prop_flat_map(|(grid, capacities)| {
                let mentees = grid.mentees();
                (Just(grid), Just(capacities), proptest::collection::vec(any::<bool>(), mentees))
            })
        ) {
            let problem = Problem { scores: &grid, capacities: &capacities, locked: &[], targets: &[], priority: &first, objective: Objective::MostPairs, wanted: &[], progress: None };
            let assignment = solve_problem(&problem).unwrap();
            check_valid(&grid, &capacities, &assignment);
            let prioritised = assignment.pairs().filter(|&(e, _)| first[e]).count();
            prop_assert_eq!(
                (assignment.matched(), prioritised, assignment.total(&grid)),
                brute_force_priority(&grid, &capacities, &first)
            );
        }
    }

    #[test]
    fn priority_and_a_target_that_want_the_one_place_for_different_mentees_are_told_apart() {
        let grid = Grid { mentors: 1, cells: vec![vec![Some(100)], vec![Some(500)], vec![Some(300)]] };
        let target = |members: Vec<bool>| vec![Target { members, min_share: 1.0 }];
        let problem = |targets: &[Target], priority: &[bool]| -> Result<Assignment, Unsolved> {
            solve_problem(&Problem {
                scores: &grid,
                capacities: &[1],
                locked: &[],
                targets,
                priority,
                objective: Objective::MostPairs,
                wanted: &[],
                progress: None,
            })
        };
        // Priority alone beats score; a target on the same mentee agrees.
        assert_eq!(problem(&[], &[true, false, false]).unwrap().mentor_of, vec![Some(0), None, None]);
        let agreed = problem(&target(vec![true, false, true]), &[true, false, false]).unwrap();
        assert_eq!(agreed.mentor_of, vec![Some(0), None, None]);
        // A target on another mentee asks for another pairing: priority
        // comes first, and the target is missed.
        let conflict = problem(&target(vec![false, false, true]), &[true, false, false]).unwrap();
        assert_eq!(conflict.mentor_of, vec![Some(0), None, None]);
    }

    #[test]
    fn priority_bonuses_beyond_32_bits_are_refused_not_a_panic() {
        let problem = |cells: Vec<Vec<Option<u32>>>, capacities: &[u32]| {
            let grid = Grid { mentors: capacities.len(), cells };
            let first = vec![true; grid.cells.len()];
            solve_problem(&Problem {
                scores: &grid,
                capacities,
                locked: &[],
                targets: &[],
                priority: &first,
                objective: Objective::MostPairs,
                wanted: &[],
                progress: None,
            })
        };
        let big = Some(u32::MAX / 3);
        // Two places: the bonus of three times a score does not fit.
        assert_eq!(problem(vec![vec![big, big]; 3], &[1, 1]).unwrap_err(), Unsolved::TooLarge { mentees: 3 });
        // One place: the bonus needs twice a score only, whatever the
        // mentees.
        assert_eq!(problem(vec![vec![big]; 3], &[1]).unwrap().matched(), 1);
    }

    /// Every assignment within the capacities, for brute force.
    fn every_assignment(grid: &Grid, capacities: &[u32]) -> Vec<Assignment> {
        fn go(
            grid: &Grid,
            mentee: usize,
            left: &mut [u32],
            now: &mut Vec<Option<usize>>,
            all: &mut Vec<Assignment>,
        ) {
            if mentee == grid.mentees() {
                all.push(Assignment::new(now.clone()));
                return;
            }
            now.push(None);
            go(grid, mentee + 1, left, now, all);
            now.pop();
            for mentor in 0..grid.mentors {
                if grid.score(mentee, mentor).is_some() && left[mentor] > 0 {
                    left[mentor] -= 1;
                    now.push(Some(mentor));
                    go(grid, mentee + 1, left, now, all);
                    now.pop();
                    left[mentor] += 1;
                }
            }
        }
        let mut all = Vec::new();
        go(grid, 0, &mut capacities.to_vec(), &mut Vec::new(), &mut all);
        all
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Priority before targets: the answer is the best by (matched,
        /// priority, targets, score), also where the targets alone would
        /// take another priority mentee's place.
        #[test]
        fn priority_with_targets_against_brute_force(
            (grid, capacities, first, targets) in cohort().prop_flat_map(|(grid, capacities)| {
                let mentees = grid.mentees();
                let share = prop_oneof![Just(0.25), Just(0.5), Just(1.0)];
                let target = (proptest::collection::vec(any::<bool>(), mentees), share)
                    .prop_map(|(members, min_share)| Target { members, min_share });
                (
                    Just(grid),
                    Just(capacities),
                    proptest::collection::vec(any::<bool>(), mentees),
                    proptest::collection::vec(target, 1..3),
                )
            })
        ) {
            let all = every_assignment(&grid, &capacities);
            let most = all.iter().map(Assignment::matched).max().unwrap_or(0);
            let prioritised = |a: &Assignment| a.pairs().filter(|&(e, _)| first[e]).count();
            let met = |a: &Assignment| -> usize {
                targets.iter().map(|t| a.pairs().filter(|&(e, _)| t.members[e]).count().min(t.needed(most))).sum()
            };
            let key = |a: &Assignment| (a.matched(), prioritised(a), met(a), a.total(&grid));
            let best = all.iter().map(key).max().unwrap_or((0, 0, 0, 0));
            let problem = Problem { scores: &grid, capacities: &capacities, locked: &[], targets: &targets, priority: &first, objective: Objective::MostPairs, wanted: &[], progress: None };
            let assignment = solve_problem(&problem).unwrap();
            check_valid(&grid, &capacities, &assignment);
            prop_assert_eq!(key(&assignment), best);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Best scores first: the highest total, then the most pairs, with
        /// priority mentees before both, against every assignment.
        #[test]
        fn best_scores_against_brute_force(
            (grid, capacities, first) in cohort().prop_flat_map(|(grid, capacities)| {
                let mentees = grid.mentees();
                let first = prop_oneof![
                    Just(vec![false; mentees]),
                    proptest::collection::vec(any::<bool>(), mentees),
                ];
                (Just(grid), Just(capacities), first)
            })
        ) {
            let prioritised = |a: &Assignment| a.pairs().filter(|&(e, _)| first[e]).count();
            let key = |a: &Assignment| (prioritised(a), a.total(&grid), a.matched());
            let best = every_assignment(&grid, &capacities).iter().map(key).max().unwrap_or((0, 0, 0));
            let problem = Problem { scores: &grid, capacities: &capacities, locked: &[], targets: &[], priority: &first, objective: Objective::BestScores, wanted: &[], progress: None };
            let assignment = solve_problem(&problem).unwrap();
            check_valid(&grid, &capacities, &assignment);
            prop_assert_eq!(key(&assignment), best);
        }
    }

    /// Every way to give each mentee distinct mentors, at most as many as
    /// they want, within the capacities and keeping the locks, for brute
    /// force: each as its list of (mentee, mentor) pairs.
    fn every_several(
        grid: &Grid,
        capacities: &[u32],
        wanted: &[u32],
        locked: &[(usize, usize)],
    ) -> Vec<Vec<(usize, usize)>> {
        fn go(
            grid: &Grid,
            wanted: &[u32],
            locked: &[(usize, usize)],
            mentee: usize,
            left: &mut [u32],
            now: &mut Vec<(usize, usize)>,
            all: &mut Vec<Vec<(usize, usize)>>,
        ) {
            if mentee == grid.mentees() {
                all.push(now.clone());
                return;
            }
            for set in 0u32..(1 << grid.mentors) {
                let mentors: Vec<usize> = (0..grid.mentors).filter(|m| set & (1 << m) != 0).collect();
                let keeps = locked.iter().filter(|&&(e, _)| e == mentee).all(|&(_, m)| mentors.contains(&m));
                let fits = mentors.len() as u32 <= wanted[mentee]
                    && mentors.iter().all(|&m| left[m] > 0)
                    && mentors
                        .iter()
                        .all(|&m| grid.score(mentee, m).is_some() || locked.contains(&(mentee, m)));
                if !keeps || !fits {
                    continue;
                }
                for &m in &mentors {
                    left[m] -= 1;
                    now.push((mentee, m));
                }
                go(grid, wanted, locked, mentee + 1, left, now, all);
                for &m in &mentors {
                    left[m] += 1;
                    now.pop();
                }
            }
        }
        let mut all = Vec::new();
        go(grid, wanted, locked, 0, &mut capacities.to_vec(), &mut Vec::new(), &mut all);
        all
    }

    /// A cohort with what each mentee wants, who comes first, and locks.
    type Several = (Grid, Vec<u32>, Vec<u32>, Vec<bool>, Vec<(usize, usize)>);

    fn several() -> impl Strategy<Value = Several> {
        (0usize..5, 0usize..5).prop_flat_map(|(mentees, mentors)| {
            let cell = prop_oneof![1 => Just(None), 3 => (0u32..6).prop_map(|s| Some(s * 500))];
            (
                proptest::collection::vec(proptest::collection::vec(cell, mentors), mentees),
                proptest::collection::vec(0u32..3, mentors),
                proptest::collection::vec(1u32..4, mentees),
                prop_oneof![Just(vec![false; mentees]), proptest::collection::vec(any::<bool>(), mentees)],
                proptest::collection::vec((0..mentees.max(1), 0..mentors.max(1)), 0..3),
            )
                .prop_map(move |(cells, capacities, wanted, first, locks)| {
                    let grid = Grid { mentors, cells };
                    // Locks that an assignment can keep: allowed pairs,
                    // within what the mentee wants and the mentor takes.
                    let mut locked: Vec<(usize, usize)> = Vec::new();
                    for (e, m) in locks {
                        let ok = e < mentees
                            && m < mentors
                            && grid.score(e, m).is_some()
                            && !locked.contains(&(e, m))
                            && (locked.iter().filter(|&&(l, _)| l == e).count() as u32) < wanted[e]
                            && (locked.iter().filter(|&&(_, n)| n == m).count() as u32) < capacities[m];
                        if ok {
                            locked.push((e, m));
                        }
                    }
                    (grid, capacities, wanted, first, locked)
                })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Several mentors per mentee, under either objective, with
        /// priority and locks, against every way to give them: never the
        /// same pair twice, and the best by the objective's order.
        #[test]
        fn several_mentors_against_brute_force((grid, capacities, wanted, first, locked) in several(), best_scores in any::<bool>()) {
            let objective = if best_scores { Objective::BestScores } else { Objective::MostPairs };
            let key = |pairs: &[(usize, usize)]| {
                let mut mentees: Vec<usize> = pairs.iter().map(|&(e, _)| e).collect();
                mentees.dedup();
                let prioritised = mentees.iter().filter(|&&e| first[e]).count();
                let total: u64 = pairs.iter().map(|&(e, m)| u64::from(grid.score(e, m).unwrap_or(0))).sum();
                match objective {
                    Objective::MostPairs => (mentees.len() as u64, prioritised as u64, pairs.len() as u64, total),
                    Objective::BestScores => (prioritised as u64, total, pairs.len() as u64, 0),
                }
            };
            let best = every_several(&grid, &capacities, &wanted, &locked).iter().map(|p| key(p)).max();
            let problem = Problem { scores: &grid, capacities: &capacities, locked: &locked, targets: &[], priority: &first, objective, wanted: &wanted, progress: None };
            let assignment = solve_problem(&problem).unwrap();
            let mut pairs: Vec<(usize, usize)> = assignment.pairs().collect();
            pairs.sort_unstable();
            let before = pairs.len();
            pairs.dedup();
            prop_assert_eq!(before, pairs.len(), "a pair made twice");
            for &(e, m) in &pairs {
                prop_assert!(grid.score(e, m).is_some(), "forbidden pair {}–{}", e, m);
            }
            for &lock in &locked {
                prop_assert!(pairs.contains(&lock), "lock {:?} dropped", lock);
            }
            for (e, &w) in wanted.iter().enumerate() {
                prop_assert!(pairs.iter().filter(|&&(l, _)| l == e).count() as u32 <= w);
            }
            for (m, &c) in capacities.iter().enumerate() {
                prop_assert!(pairs.iter().filter(|&&(_, n)| n == m).count() as u32 <= c);
            }
            prop_assert_eq!(Some(key(&pairs)), best);
        }
    }

    #[test]
    fn best_scores_leaves_out_a_pair_that_costs_more_than_it_adds() {
        // Ann scores 100 with mentor 0 and 0 with mentor 1; Bo can only
        // take mentor 0, at 0. Most pairs: both, total 0. Best scores: Ann
        // with mentor 0 alone, total 100.
        let grid = Grid { mentors: 2, cells: vec![vec![Some(100), Some(0)], vec![Some(0), None]] };
        let solve = |objective| {
            let problem = Problem {
                scores: &grid,
                capacities: &[1, 1],
                locked: &[],
                targets: &[],
                priority: &[],
                objective,
                wanted: &[],
                progress: None,
            };
            solve_problem(&problem).unwrap().mentor_of
        };
        assert_eq!(solve(Objective::MostPairs), vec![Some(1), Some(0)]);
        assert_eq!(solve(Objective::BestScores), vec![Some(0), None]);
        // At equal total, more pairs: a pair at 0 that costs nothing is made.
        let grid = Grid { mentors: 2, cells: vec![vec![Some(100), None], vec![None, Some(0)]] };
        let problem = Problem {
            scores: &grid,
            capacities: &[1, 1],
            locked: &[],
            targets: &[],
            priority: &[],
            objective: Objective::BestScores,
            wanted: &[],
            progress: None,
        };
        assert_eq!(solve_problem(&problem).unwrap().mentor_of, vec![Some(0), Some(1)]);
        let target = [Target { members: vec![true, false], min_share: 0.5 }];
        let problem = Problem { targets: &target, ..problem };
        assert_eq!(solve_problem(&problem), Err(Unsolved::ObjectiveAgainstTargets));
    }

    /// Larger matrices than brute force can check: uniform scores, or few
    /// distinct values with many forbidden pairs.
    fn larger() -> impl Strategy<Value = (Grid, Vec<u32>)> {
        (1usize..40, 1usize..25, any::<bool>()).prop_flat_map(|(mentees, mentors, ties)| {
            let cell = if ties {
                prop_oneof![1 => Just(None), 4 => (0u32..4).prop_map(|s| Some(s * 2500))].boxed()
            } else {
                prop_oneof![1 => Just(None), 9 => (0u32..10_000).prop_map(Some)].boxed()
            };
            (
                proptest::collection::vec(proptest::collection::vec(cell, mentors), mentees),
                proptest::collection::vec(0u32..4, mentors),
            )
                .prop_map(move |(cells, capacities)| (Grid { mentors, cells }, capacities))
        })
    }

    proptest! {
        #[test]
        fn same_optimum_as_the_hungarian_method((grid, capacities) in larger()) {
            let fast = solve(&grid, &capacities);
            check_valid(&grid, &capacities, &fast);
            let oracle = hungarian::solve(&grid, &capacities);
            prop_assert_eq!((fast.matched(), fast.total(&grid)), (oracle.matched(), oracle.total(&grid)));
        }
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
    fn the_hungarian_oracle_agrees_with_brute_force() {
        let grid = Grid {
            mentors: 3,
            cells: vec![
                vec![Some(5), None, Some(1)],
                vec![Some(4), Some(4), None],
                vec![None, Some(9), Some(2)],
            ],
        };
        let assignment = hungarian::solve(&grid, &[1, 1, 1]);
        assert_eq!((assignment.matched(), assignment.total(&grid)), brute_force(&grid, &[1, 1, 1]));
    }

    #[test]
    fn empty_sides() {
        assert_eq!(solve(&Grid { mentors: 0, cells: vec![vec![]; 2] }, &[]).mentor_of, [None, None]);
        assert!(solve(&Grid { mentors: 2, cells: vec![] }, &[1, 1]).mentor_of.is_empty());
    }
}
