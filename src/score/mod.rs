//! Scoring candidate pairs: one small unit per criterion, each giving points
//! between 0 and its weight and a phrase for the explanation, plus the hard
//! rules that make a pair ineligible.
//!
//! The whole [`CandidateMatrix`] is built in parallel over mentees. Scores
//! are integer hundredths of a point ([`Points`]), so the score a report
//! prints is exactly the one the solver used. Explanations are written only
//! for the pairs someone reads, from the same functions that gave the points.

mod candidates;
pub mod declared;
mod diversity;
mod goals;
mod ratings;
mod rules;
mod sector;

pub use candidates::{Candidate, Candidates};
pub use ratings::Ratings;
pub use rules::{Rule, RuleCheck, Verdict};

use std::fmt;

use rayon::prelude::*;

use crate::cohort::{Cohort, MenteeIx, MentorIx, Participant, Role};
use crate::config::{Compare, Config};
use crate::error::Location;
use crate::i18n::Lang;

/// Hundredths of a point: 45.5 points are `Points(4550)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(pub u32);

impl Points {
    pub const ZERO: Points = Points(0);

    /// Whole or decimal points, rounded to the nearest hundredth.
    pub fn from_points(points: f64) -> Points {
        Points((points * 100.0).round().clamp(0.0, u32::MAX as f64) as u32)
    }

    /// `self × numerator / denominator`, rounded half up; zero when the
    /// denominator is.
    pub fn share(self, numerator: u64, denominator: u64) -> Points {
        if denominator == 0 {
            return Points::ZERO;
        }
        Points(((u64::from(self.0) * numerator * 2 + denominator) / (denominator * 2)) as u32)
    }

    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 100.0
    }

    /// Points with two decimals in a language: `45.50`, `45,50`.
    pub fn text(self, lang: Lang) -> String {
        lang.decimal(i64::from(self.0))
    }
}

impl fmt::Display for Points {
    /// Points with two decimals, as spreadsheets show them: `45.50`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        Points(iter.map(|p| p.0).sum())
    }
}

/// A sum of scores in hundredths: a pairing's total, what a target or a
/// forced pair costs. Kept apart from [`Points`], which one pair scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Total(pub u64);

impl Total {
    pub const ZERO: Total = Total(0);

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Points with two decimals in a language: `1045.50`, `1045,50`.
    pub fn text(self, lang: Lang) -> String {
        lang.decimal(i64::try_from(self.0).unwrap_or(i64::MAX))
    }

    /// The mean over `count` pairs, in points rounded to hundredths, as
    /// every score tandem prints; 0 over none.
    pub fn mean(self, count: usize) -> f64 {
        if count == 0 {
            return 0.0;
        }
        (self.0 as f64 / count as f64).round() / 100.0
    }

    /// How much less `self` is than `other`; zero when it is not less.
    pub fn below(self, other: Total) -> Total {
        Total(other.0.saturating_sub(self.0))
    }
}

impl fmt::Display for Total {
    /// Points with two decimals: `1045.50`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

impl std::ops::AddAssign<Points> for Total {
    fn add_assign(&mut self, points: Points) {
        self.0 += u64::from(points.0);
    }
}

impl std::iter::Sum<Points> for Total {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Total {
        Total(iter.map(|p| u64::from(p.0)).sum())
    }
}

/// Small integer ids for the values of a field, one space for mentees and
/// mentors, so that the hot loop compares integers, not strings. Values
/// with equal keys get equal ids.
pub(crate) struct Ids {
    pub mentees: Vec<Option<u32>>,
    pub mentors: Vec<Option<u32>>,
}

impl Ids {
    pub fn of<'c>(
        cohort: &'c Cohort,
        mentee: impl Fn(&'c Participant) -> Option<&'c crate::cohort::Term>,
        mentor: impl Fn(&'c Participant) -> Option<&'c crate::cohort::Term>,
    ) -> Ids {
        let mut ids: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
        let mut id = |term: Option<&'c crate::cohort::Term>| {
            term.map(|t| {
                let next = ids.len() as u32;
                *ids.entry(t.key.as_str()).or_insert(next)
            })
        };
        let mentees = cohort.mentees.iter().map(|p| id(mentee(p))).collect();
        let mentors = cohort.mentors.iter().map(|p| id(mentor(p))).collect();
        Ids { mentees, mentors }
    }

    /// The pair's two ids.
    pub fn pair(&self, pair: Pair<'_>) -> (Option<u32>, Option<u32>) {
        (self.mentees[pair.mentee_index], self.mentors[pair.mentor_index])
    }
}

/// A mentee and a mentor, with their places in the cohort: bare, as the
/// criteria and rules index their per-participant arrays with them, and
/// typed by [`Pair::ixs`].
#[derive(Clone, Copy)]
pub struct Pair<'a> {
    pub mentee: &'a Participant,
    pub mentor: &'a Participant,
    pub mentee_index: usize,
    pub mentor_index: usize,
}

impl Pair<'_> {
    /// The pair's places, typed.
    pub fn ixs(&self) -> (MenteeIx, MentorIx) {
        (MenteeIx(self.mentee_index), MentorIx(self.mentor_index))
    }
}

/// One scoring criterion. Adding a criterion means one file in `score/` and
/// one line in [`Scorer::new`].
pub trait Criterion: Sync {
    /// The name used in config keys and output columns.
    fn name(&self) -> &str;
    /// The most points the criterion gives.
    fn weight(&self) -> Points;
    /// Points for a pair, from 0 to the criterion's weight.
    fn points(&self, pair: Pair<'_>) -> Points;
    /// Adds to `row` the points of `mentee` with every mentor, one entry
    /// per mentor: what [`Criterion::points`] gives pair by pair, where a
    /// criterion can, with what depends on the mentee worked out once.
    fn add_row(&self, cohort: &Cohort, mentee: usize, row: &mut [Points]) {
        let of = &cohort.mentees[mentee];
        for (m, (points, mentor)) in row.iter_mut().zip(&cohort.mentors).enumerate() {
            points.0 += self.points(Pair { mentee: of, mentor, mentee_index: mentee, mentor_index: m }).0;
        }
    }
    /// A sentence on how the pair fares, for the explanation; `None` when
    /// there is nothing to say.
    fn explain(&self, pair: Pair<'_>, lang: Lang) -> Option<String>;
    /// The participant fields the criterion scores on, and whose: without
    /// them its points are 0 for every pair. Empty for a criterion fed by
    /// another file (ratings).
    fn fields(&self) -> Vec<(String, Side)> {
        Vec::new()
    }
    /// Whether its sentence may tell one participant something another
    /// would keep to themselves (diversity, ratings from introductory
    /// meetings, a sensitive declaration): left out of letters.
    fn private(&self) -> bool {
        false
    }
}

/// Whose field a criterion reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Mentees,
    Mentors,
    Both,
}

impl Side {
    fn roles(self) -> &'static [Role] {
        match self {
            Side::Mentees => &[Role::Mentee],
            Side::Mentors => &[Role::Mentor],
            Side::Both => &[Role::Mentee, Role::Mentor],
        }
    }
}

/// A criterion with weight whose field few or no participants of one role
/// gave: its points are 0 for most or every pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub criterion: String,
    pub weight: Points,
    pub field: String,
    pub role: Role,
    /// Participants of the role with a value, and in all.
    pub with: usize,
    pub of: usize,
}

/// How one pair fares: its score, points per criterion, and eligibility.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub score: Points,
    pub criteria: Vec<Points>,
    pub verdict: Verdict,
}

/// Scores pairs of one cohort under one configuration.
pub struct Scorer<'a> {
    cohort: &'a Cohort,
    /// Every criterion, in column order.
    criteria: Vec<Box<dyn Criterion + 'a>>,
    /// The criteria that compare columns, again, for the hot path to sum
    /// without a call through the trait each, and the others.
    declared: Vec<std::sync::Arc<declared::Declared>>,
    /// Per compared declaration, its rule's verdict when it is required.
    declared_rules: Vec<Option<Verdict>>,
    others: Vec<usize>,
    rules: rules::Rules,
    /// The language of its sentences.
    lang: Lang,
}

impl<'a> Scorer<'a> {
    /// Prepares every criterion for the cohort (goal phrases compared once
    /// per distinct pair of phrases, not once per pair of people).
    pub fn new(cohort: &'a Cohort, config: &Config, ratings: &'a Ratings) -> Self {
        Scorer::with_sensitive(cohort, config, ratings, false)
    }

    /// [`Scorer::new`]; with `show_sensitive`, explanations may name gender
    /// and background values.
    pub fn with_sensitive(
        cohort: &'a Cohort,
        config: &Config,
        ratings: &'a Ratings,
        show_sensitive: bool,
    ) -> Self {
        let mut criteria: Vec<Box<dyn Criterion + 'a>> = Vec::new();
        let mut declared = Vec::new();
        let declarations = config.declarations();
        for declaration in &declarations {
            criteria.push(match declaration.compare {
                Compare::Sector => Box::new(sector::Sector::new(cohort, declaration)),
                Compare::Preferences => {
                    Box::new(diversity::Diversity::new(cohort, declaration).showing_values(show_sensitive))
                }
                Compare::Ratings => Box::new(ratings::RatingsCriterion::new(declaration, ratings)),
                _ => {
                    let compiled = std::sync::Arc::new(
                        declared::Declared::new(cohort, config, declaration).expect("a comparison"),
                    );
                    declared.push(compiled.clone());
                    Box::new(declared::DeclaredCriterion(compiled))
                }
            });
        }
        let rules = rules::Rules::new(cohort, config, &declared);

        let others = (0..criteria.len()).filter(|&i| !declarations[i].compare.compares_columns()).collect();
        let mut required = (0..).map(Verdict::declared);
        let declared_rules =
            declared.iter().map(|d| d.config.require.then(|| required.next().expect("a verdict"))).collect();
        Scorer { cohort, criteria, declared, declared_rules, others, rules, lang: config.output.lang }
    }

    /// Never makes these (mentee, mentor) pairs, each with the place that
    /// excludes it.
    pub fn exclude(mut self, pairs: impl IntoIterator<Item = ((MenteeIx, MentorIx), Location)>) -> Self {
        self.rules.exclude(pairs);
        self
    }

    /// Never makes again these (mentee, mentor) pairs of earlier rounds,
    /// each with the place that records it.
    pub fn remember(mut self, pairs: impl IntoIterator<Item = ((MenteeIx, MentorIx), Location)>) -> Self {
        self.rules.remember(pairs);
        self
    }

    /// The criteria's weights, in column order.
    pub fn weights(&self) -> Vec<Points> {
        self.criteria.iter().map(|c| c.weight()).collect()
    }

    /// The sentences on a pair that its two people may read, in a
    /// language: every criterion's but the private ones'.
    pub fn shared_notes(&self, mentee: MenteeIx, mentor: MentorIx, lang: Lang) -> Vec<String> {
        let pair = self.pair(mentee, mentor);
        self.criteria.iter().filter(|c| !c.private()).filter_map(|c| c.explain(pair, lang)).collect()
    }

    /// Each criterion's sentence on a pair, in column order.
    pub fn notes(&self, mentee: MenteeIx, mentor: MentorIx) -> Vec<Option<String>> {
        let pair = self.pair(mentee, mentor);
        self.criteria.iter().map(|c| c.explain(pair, self.lang)).collect()
    }

    /// Every hard rule, passed or failed, for a pair.
    pub fn checks(&self, mentee: MenteeIx, mentor: MentorIx) -> Vec<RuleCheck> {
        let score = self.assess(mentee, mentor).score;
        self.rules.checks(self.pair(mentee, mentor), score, self.lang)
    }

    /// The criteria with weight that have no data, or data for fewer than
    /// half of the mentees or mentors they read: each would score (almost)
    /// every pair alike.
    pub fn gaps(&self) -> Vec<Gap> {
        let mut gaps = Vec::new();
        for criterion in self.criteria.iter().filter(|c| c.weight() > Points::ZERO) {
            for (field, side) in criterion.fields() {
                for &role in side.roles() {
                    let people = match role {
                        Role::Mentee => &self.cohort.mentees,
                        Role::Mentor => &self.cohort.mentors,
                    };
                    let with = people.iter().filter(|p| p.has(&field)).count();
                    if !people.is_empty() && with * 2 < people.len() {
                        let (criterion, weight) = (criterion.name().to_owned(), criterion.weight());
                        let field = field.clone();
                        gaps.push(Gap { criterion, weight, field, role, with, of: people.len() });
                    }
                }
            }
        }
        gaps
    }

    /// The criteria's names, in column order.
    pub fn names(&self) -> Vec<String> {
        self.criteria.iter().map(|c| c.name().to_owned()).collect()
    }

    pub fn cohort(&self) -> &'a Cohort {
        self.cohort
    }

    /// The language its sentences are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The hard rule of a verdict, with everything said of it; `None` for
    /// an eligible pair.
    pub fn rule(&self, verdict: Verdict) -> Option<&dyn Rule> {
        self.rules.of(verdict)
    }

    /// `rules.min_score`, in hundredths.
    pub fn min_score(&self) -> Points {
        self.rules.min_score
    }

    fn pair(&self, mentee: MenteeIx, mentor: MentorIx) -> Pair<'a> {
        Pair {
            mentee: self.cohort.mentee(mentee),
            mentor: self.cohort.mentor(mentor),
            mentee_index: mentee.0,
            mentor_index: mentor.0,
        }
    }

    /// Scores one pair and checks the hard rules.
    pub fn assess(&self, mentee: MenteeIx, mentor: MentorIx) -> Assessment {
        let pair = self.pair(mentee, mentor);
        let criteria: Vec<Points> = self.criteria.iter().map(|c| c.points(pair)).collect();
        let score = criteria.iter().copied().sum();
        Assessment { score, criteria, verdict: self.rules.check(pair, score) }
    }

    /// The plain-language explanation of a pair: a sentence per criterion
    /// with something to say, then, for an eligible pair, the hard rules it
    /// passes.
    pub fn explain(&self, mentee: MenteeIx, mentor: MentorIx) -> String {
        let pair = self.pair(mentee, mentor);
        let mut sentences: Vec<String> =
            self.criteria.iter().filter_map(|c| c.explain(pair, self.lang)).collect();
        // The rules an ineligible pair breaks are its reason, given apart.
        if self.assess(mentee, mentor).verdict == Verdict::Eligible {
            sentences.extend(self.rules.explain(pair, self.lang));
        }
        sentences.join(" ")
    }

    /// A pair's score, eligible or not: the matrix holds the eligible
    /// pairs' scores; a forbidden pair is scored again.
    pub fn score(&self, matrix: &CandidateMatrix, mentee: MenteeIx, mentor: MentorIx) -> Points {
        matrix.score(mentee, mentor).unwrap_or_else(|| self.assess(mentee, mentor).score)
    }

    /// Why a pair is ineligible, in words; `None` when it is eligible.
    pub fn reason(&self, mentee: MenteeIx, mentor: MentorIx) -> Option<String> {
        let assessment = self.assess(mentee, mentor);
        self.rules.reason(self.pair(mentee, mentor), assessment.verdict, assessment.score, self.lang)
    }

    /// One mentee's scores and verdicts against every mentor, as
    /// [`Scorer::assess`] gives them pair by pair: the criteria that know
    /// their own data pair by pair, the declared comparisons a row at once
    /// (their rules' verdicts first), then the other rules.
    fn score_row(&self, mentee: MenteeIx, scores: &mut [Points], verdicts: &mut [Verdict]) {
        scores.fill(Points::ZERO);
        for &i in &self.others {
            self.criteria[i].add_row(self.cohort, mentee.0, scores);
        }
        for (declared, rule) in self.declared.iter().zip(&self.declared_rules) {
            declared.score_row(mentee.0, scores, verdicts, *rule);
        }
        for (mentor, (score, verdict)) in scores.iter().zip(verdicts.iter_mut()).enumerate() {
            *verdict = self.rules.check_given(self.pair(mentee, MentorIx(mentor)), *score, *verdict);
        }
    }

    /// Scores every pair, in parallel over mentees, into arrays allocated
    /// once.
    pub fn matrix(&self) -> CandidateMatrix {
        self.matrix_with_progress(&|_, _| {})
    }

    /// Whether every score fits the two bytes a pair of the narrow matrix
    /// holds: the weights add up to at most 652.79 points.
    pub fn narrow(&self) -> bool {
        self.criteria.iter().map(|c| u64::from(c.weight().0)).sum::<u64>() <= u64::from(Cells::NARROW_TOP)
    }

    /// [`Scorer::matrix`], telling `progress` (mentees done, mentees) as rows
    /// finish, from any thread.
    pub fn matrix_with_progress(&self, progress: &(dyn Fn(usize, usize) + Sync)) -> CandidateMatrix {
        let (mentees, mentors) = (self.cohort.mentees.len(), self.cohort.mentors.len());
        let cells = if self.narrow() {
            self.narrow_cells(progress).unwrap_or_else(|| self.wide_cells(progress))
        } else {
            self.wide_cells(progress)
        };
        CandidateMatrix { mentees, mentors, names: self.names(), cells }
    }

    /// Five bytes a pair: the score and the verdict apart.
    fn wide_cells(&self, progress: &(dyn Fn(usize, usize) + Sync)) -> Cells {
        let done = std::sync::atomic::AtomicUsize::new(0);
        let (mentees, mentors) = (self.cohort.mentees.len(), self.cohort.mentors.len());
        let mut scores = vec![Points::ZERO; mentees * mentors];
        let mut verdicts = vec![Verdict::Eligible; mentees * mentors];
        if mentors > 0 {
            scores.par_chunks_mut(mentors).zip(verdicts.par_chunks_mut(mentors)).enumerate().for_each(
                |(mentee, (scores, verdicts))| {
                    self.score_row(MenteeIx(mentee), scores, verdicts);
                    progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, mentees);
                },
            );
        }
        Cells::Wide { scores, verdicts }
    }

    /// Two bytes a pair: an eligible pair's score, or the verdict of one
    /// the rules forbid. `None` when a score does not fit after all.
    fn narrow_cells(&self, progress: &(dyn Fn(usize, usize) + Sync)) -> Option<Cells> {
        let done = std::sync::atomic::AtomicUsize::new(0);
        let (mentees, mentors) = (self.cohort.mentees.len(), self.cohort.mentors.len());
        let mut cells = vec![0u16; mentees * mentors];
        let fits = std::sync::atomic::AtomicBool::new(true);
        if mentors > 0 {
            cells.par_chunks_mut(mentors).enumerate().for_each_init(
                || (vec![Points::ZERO; mentors], vec![Verdict::Eligible; mentors]),
                |(scores, verdicts), (mentee, row)| {
                    self.score_row(MenteeIx(mentee), scores, verdicts);
                    for ((cell, &score), &verdict) in row.iter_mut().zip(scores.iter()).zip(verdicts.iter()) {
                        *cell = Cells::narrow(score, verdict).unwrap_or_else(|| {
                            fits.store(false, std::sync::atomic::Ordering::Relaxed);
                            0
                        });
                    }
                    progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, mentees);
                },
            );
        }
        fits.into_inner().then_some(Cells::Narrow(cells))
    }
}

/// Every mentee–mentor pair's score (where the rules allow the pair) and
/// verdict, row-major by mentee. The points per criterion, and the score
/// of a pair the rules forbid, are recomputed by [`Scorer::assess`] for
/// the few pairs someone reads.
#[derive(Clone, Debug)]
pub struct CandidateMatrix {
    pub mentees: usize,
    pub mentors: usize,
    /// The criteria, in column order.
    pub names: Vec<String>,
    cells: Cells,
}

/// How the matrix holds its pairs.
#[derive(Clone, Debug)]
enum Cells {
    /// Two bytes a pair, when every score fits below [`Cells::NARROW_TOP`]:
    /// the score of an eligible pair, or `0xFF00` plus the verdict.
    Narrow(Vec<u16>),
    /// Five bytes a pair, for weights beyond.
    Wide { scores: Vec<Points>, verdicts: Vec<Verdict> },
}

impl Cells {
    /// The highest score a narrow cell holds, in hundredths.
    const NARROW_TOP: u16 = 0xFEFF;
    const FORBIDDEN: u16 = 0xFF00;

    fn narrow(score: Points, verdict: Verdict) -> Option<u16> {
        if verdict == Verdict::Eligible {
            u16::try_from(score.0).ok().filter(|&s| s <= Cells::NARROW_TOP)
        } else {
            Some(Cells::FORBIDDEN | u16::from(verdict.code()))
        }
    }
}

impl CandidateMatrix {
    /// An eligible pair's score; `None` for a pair the rules forbid.
    pub fn score(&self, mentee: MenteeIx, mentor: MentorIx) -> Option<Points> {
        let at = mentee.0 * self.mentors + mentor.0;
        match &self.cells {
            Cells::Narrow(cells) => (cells[at] < Cells::FORBIDDEN).then(|| Points(u32::from(cells[at]))),
            Cells::Wide { scores, verdicts } => (verdicts[at] == Verdict::Eligible).then_some(scores[at]),
        }
    }

    /// Every mentee's place, in order.
    pub fn mentee_ixs(&self) -> impl Iterator<Item = MenteeIx> + use<> {
        (0..self.mentees).map(MenteeIx)
    }

    /// Every mentor's place, in order.
    pub fn mentor_ixs(&self) -> impl Iterator<Item = MentorIx> + use<> {
        (0..self.mentors).map(MentorIx)
    }

    pub fn verdict(&self, mentee: MenteeIx, mentor: MentorIx) -> Verdict {
        let at = mentee.0 * self.mentors + mentor.0;
        match &self.cells {
            Cells::Narrow(cells) if cells[at] < Cells::FORBIDDEN => Verdict::Eligible,
            Cells::Narrow(cells) => Verdict::from_code((cells[at] - Cells::FORBIDDEN) as u8),
            Cells::Wide { verdicts, .. } => verdicts[at],
        }
    }

    /// The bytes a pair takes: two when every score fits
    /// ([`Scorer::narrow`]), else five.
    pub fn bytes_per_pair(narrow: bool) -> u64 {
        if narrow {
            std::mem::size_of::<u16>() as u64
        } else {
            (std::mem::size_of::<Points>() + std::mem::size_of::<Verdict>()) as u64
        }
    }
}

impl crate::solve::Scores for CandidateMatrix {
    fn mentees(&self) -> usize {
        self.mentees
    }

    fn mentors(&self) -> usize {
        self.mentors
    }

    fn score(&self, mentee: usize, mentor: usize) -> Option<u32> {
        self.score(MenteeIx(mentee), MentorIx(mentor)).map(|score| score.0)
    }

    fn row(&self, mentee: usize, out: &mut Vec<(u32, u32)>) {
        let at = mentee * self.mentors..(mentee + 1) * self.mentors;
        out.clear();
        match &self.cells {
            Cells::Narrow(cells) => {
                for (mentor, &cell) in cells[at].iter().enumerate() {
                    if cell < Cells::FORBIDDEN {
                        out.push((mentor as u32, u32::from(cell)));
                    }
                }
            }
            Cells::Wide { scores, verdicts } => {
                for (mentor, (score, verdict)) in scores[at.clone()].iter().zip(&verdicts[at]).enumerate() {
                    if *verdict == Verdict::Eligible {
                        out.push((mentor as u32, score.0));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::cohort::{Role, Source};
    use crate::intake::parse;

    /// A cohort from CSV text with a role column.
    pub(crate) fn cohort(csv: &str) -> Cohort {
        let table = parse("t.csv", csv.as_bytes()).unwrap();
        Cohort::build(&[Source { table: &table, role: None }], &Default::default()).unwrap()
    }

    /// The declaration of a criterion by name, as the config makes it.
    pub(crate) fn declaration(config: &Config, name: &str) -> crate::config::CriterionConfig {
        config.declarations().into_iter().find(|d| d.name == name).expect("a declared criterion")
    }

    /// The pair of the first mentee and first mentor.
    pub(crate) fn first_pair(cohort: &Cohort) -> Pair<'_> {
        Pair { mentee: &cohort.mentees[0], mentor: &cohort.mentors[0], mentee_index: 0, mentor_index: 0 }
    }

    #[test]
    fn points_display_and_share_round_half_up() {
        assert_eq!(Points(4550).to_string(), "45.50");
        assert_eq!(Points(7).to_string(), "0.07");
        assert_eq!(Points::from_points(12.345).0, 1235);
        assert_eq!(Points(4500).share(2, 3), Points(3000));
        assert_eq!(Points(100).share(1, 3), Points(33));
        assert_eq!(Points(100).share(2, 3), Points(67));
        assert_eq!(Points(100).share(1, 0), Points::ZERO);
    }

    #[test]
    fn totals_sum_points_without_a_ceiling_and_print_as_points() {
        // More than u32 hundredths: a large cohort's total.
        let total: Total = std::iter::repeat_n(Points(u32::MAX), 3).sum();
        assert_eq!(total, Total(3 * u64::from(u32::MAX)));
        assert_eq!(total.to_string(), "128849018.85");
        assert_eq!(Total(11000).mean(2), 55.0);
        assert_eq!(Total(1000).mean(3), 3.33);
        assert_eq!(Total(1000).mean(0), 0.0);
        assert_eq!(Total(900).below(Total(1250)), Total(350));
        assert_eq!(Total(1250).below(Total(900)), Total::ZERO);
    }

    /// The matrix scores declared comparisons a row at once; every pair
    /// must read as [`Scorer::assess`] scores it alone: each kind, rules,
    /// filters, no preference, missing values, and more than 64 values.
    #[test]
    fn rows_of_declared_criteria_hold_what_assess_gives() {
        let mut csv = String::from("id,role,organisation,grade,style,interests,wish,gender,languages\n");
        let grades = ["EO", "HEO", "SEO", "G7", ""];
        let styles = ["calm", "direct", "calm;direct", ""];
        let wishes = ["woman", "geen voorkeur", "", "man"];
        let genders = ["woman", "man", ""];
        for i in 0..24 {
            let role = if i % 3 == 0 { "mentor" } else { "mentee" };
            // Interests from a vocabulary of 90 words: several words a bit set.
            let interests: Vec<String> = (0..4).map(|k| format!("topic{}", (i * 7 + k * 23) % 90)).collect();
            csv.push_str(&format!(
                "P{i:02},{role},Org{},{},{},\"{}\",{},{},{}\n",
                i % 5,
                grades[i % 5],
                styles[i % 4],
                interests.join(";"),
                wishes[i % 4],
                genders[i % 3],
                if i % 7 == 0 { "nl" } else { "en" },
            ));
        }
        let config = Config::parse(
            "t.toml",
            r#"
[[criteria]]
name = "seniority"
mentee = "grade"
compare = "above"
order = ["EO", "HEO", "SEO", "G7"]
steps = [1, 2]
weight = 10
require = true

[[criteria]]
name = "style"
mentee = "style"
compare = "different"
weight = 5
mentees = ["calm"]

[[criteria]]
name = "interests"
mentee = "interests"
compare = "overlap"
weight = 30
require = true

[[criteria]]
name = "gender wish"
mentee = "wish"
mentor = "gender"
compare = "wish"
weight = 5

[[criteria]]
name = "same style"
mentee = "style"
compare = "same"
weight = 3

[[criteria]]
name = "styles shared"
mentee = "style"
compare = "overlap"
weight = 4
require = true
"#,
        )
        .unwrap();
        let table = crate::intake::parse("t.csv", csv.as_bytes()).unwrap();
        let cohort =
            Cohort::build(&[crate::cohort::Source { table: &table, role: None }], &config.cohort_options())
                .unwrap();
        let ratings = Ratings::default();
        let scorer = Scorer::new(&cohort, &config, &ratings);
        let matrix = scorer.matrix();
        let mut verdicts = std::collections::BTreeSet::new();
        for mentee in cohort.mentee_ixs() {
            for mentor in cohort.mentor_ixs() {
                let assessment = scorer.assess(mentee, mentor);
                let eligible = assessment.verdict == Verdict::Eligible;
                assert_eq!(
                    matrix.score(mentee, mentor),
                    eligible.then_some(assessment.score),
                    "{mentee:?} {mentor:?}"
                );
                assert_eq!(matrix.verdict(mentee, mentor), assessment.verdict, "{mentee:?} {mentor:?}");
                verdicts.insert(assessment.verdict);
            }
        }
        // The cohort reaches every declared rule, and eligible pairs.
        for rule in 0..3 {
            assert!(verdicts.contains(&Verdict::declared(rule)), "{rule}: {verdicts:?}");
        }
        assert!(verdicts.contains(&Verdict::Eligible));
    }

    /// The built-in criteria score a mentee's row at once; every pair must
    /// read as [`Scorer::assess`] scores it alone: each sector policy,
    /// diversity preferences (one for a group of mentees only), ratings,
    /// and missing values.
    #[test]
    fn rows_of_builtin_criteria_hold_what_assess_gives() {
        let mut csv = String::from("id,role,organisation,sector,target sector,gender,background\n");
        let sectors = ["finance", "education", "retail", ""];
        let genders = ["woman", "man", ""];
        let backgrounds = ["a", "b", "c", ""];
        for i in 0..30 {
            let role = if i % 3 == 0 { "mentor" } else { "mentee" };
            let target = if role == "mentee" && i % 4 != 0 { sectors[(i / 2) % 4] } else { "" };
            csv.push_str(&format!(
                "P{i:02},{role},Org{},{},{target},{},{}\n",
                i % 4,
                sectors[i % 4],
                genders[(i / 3) % 3],
                backgrounds[(i / 2) % 4],
            ));
        }
        let cohort = cohort(&csv);
        let mut ratings_csv = String::from("mentee,mentor,rating\n");
        for (e, m) in [(1, 0), (2, 3), (4, 0), (5, 6), (8, 9)] {
            ratings_csv.push_str(&format!("P{e:02},P{m:02},{}\n", e % 5 + 1));
        }
        for policy in ["cross", "target", "same", "ignore", "target_else_cross"] {
            let config = Config::parse(
                "t.toml",
                &format!(
                    "[[criteria]]\nname = \"sector\"\ncompare = \"sector\"\npolicy = \"{policy}\"\nweight = 20\n\n\
                     [[criteria]]\nname = \"diversity\"\ncompare = \"preferences\"\nweight = 15\npreferences = [\n\
                     {{ attribute = \"gender\", prefer = \"same\", mentees = [\"woman\"] }},\n\
                     {{ attribute = \"background\", prefer = \"different\" }},\n]\n"
                ),
            )
            .unwrap();
            let table = crate::intake::parse("r.csv", ratings_csv.as_bytes()).unwrap();
            let ratings = Ratings::read(&table, &cohort, &config).unwrap();
            let scorer = Scorer::new(&cohort, &config, &ratings);
            let matrix = scorer.matrix();
            let mut scores = std::collections::BTreeSet::new();
            for mentee in cohort.mentee_ixs() {
                for mentor in cohort.mentor_ixs() {
                    let assessment = scorer.assess(mentee, mentor);
                    let eligible = assessment.verdict == Verdict::Eligible;
                    let at = format!("{policy}: {mentee:?} {mentor:?}");
                    assert_eq!(matrix.score(mentee, mentor), eligible.then_some(assessment.score), "{at}");
                    scores.insert(assessment.criteria.clone());
                }
            }
            // The cohort reaches more than a handful of combinations.
            assert!(scores.len() >= 6, "{policy}: {scores:?}");
        }
    }

    #[test]
    fn a_builtin_criterion_declared_with_require_is_a_hard_rule() {
        let cohort = cohort(
            "id,role,organisation,goals\nE1,mentee,A,sales;law\nM1,mentor,B,finance\nM2,mentor,C,Sales\nM3,mentor,D,\n",
        );
        let config = Config::parse(
            "t.toml",
            "[[criteria]]\nname = \"goals\"\nmentee = \"goals\"\ncompare = \"overlap\"\nweight = 45\nrequire = true\n",
        )
        .unwrap();
        let ratings = Ratings::default();
        let scorer = Scorer::new(&cohort, &config, &ratings);
        assert_eq!(scorer.names(), ["goals", "sector", "diversity", "ratings"]);
        assert_eq!(scorer.assess(MenteeIx(0), MentorIx(0)).verdict, Verdict::declared(0));
        assert_eq!(
            scorer.reason(MenteeIx(0), MentorIx(0)).unwrap(),
            "goals: shares none of the mentee's 2 goals"
        );
        assert_eq!(scorer.assess(MenteeIx(0), MentorIx(1)).verdict, Verdict::Eligible);
        assert_eq!(scorer.assess(MenteeIx(0), MentorIx(1)).score, Points(2250));
        assert_eq!(
            scorer.assess(MenteeIx(0), MentorIx(2)).verdict,
            Verdict::Eligible,
            "no topics: nothing to hold against"
        );
        // Without the declaration, the same points and no rule.
        let plain = Scorer::new(&cohort, &Config::default(), &ratings);
        assert_eq!(plain.assess(MenteeIx(0), MentorIx(0)).verdict, Verdict::Eligible);
        assert_eq!(plain.assess(MenteeIx(0), MentorIx(1)).score, Points(2250));
    }

    #[test]
    fn matrix_holds_what_assess_gives() {
        let cohort = cohort(
            "id,role,organisation,sector,goals\nE1,mentee,Acme,education,leadership;sales\nE2,mentee,Beta,finance,sales\nM1,mentor,Acme,finance,sales\nM2,mentor,Gamma,finance,leadership\n",
        );
        let ratings = Ratings::default();
        // Two bytes a pair with the default weights; five where they add
        // up to more than two bytes hold.
        let heavy = Config::parse("t.toml", "[weights]\ngoals = 700\n").unwrap();
        for (config, narrow) in [(Config::default(), true), (heavy, false)] {
            let scorer = Scorer::new(&cohort, &config, &ratings);
            assert_eq!(scorer.narrow(), narrow);
            let matrix = scorer.matrix();
            for mentee in cohort.mentee_ixs() {
                for mentor in cohort.mentor_ixs() {
                    let assessment = scorer.assess(mentee, mentor);
                    let eligible = assessment.verdict == Verdict::Eligible;
                    assert_eq!(matrix.score(mentee, mentor), eligible.then_some(assessment.score));
                    assert_eq!(matrix.verdict(mentee, mentor), assessment.verdict);
                    assert_eq!(scorer.score(&matrix, mentee, mentor), assessment.score);
                }
            }
        }
        let scorer = Scorer::new(&cohort, &Config::default(), &ratings);
        let matrix = scorer.matrix();
        assert_eq!(matrix.verdict(MenteeIx(0), MentorIx(0)), Verdict::SameOrganisation);
        assert_eq!(cohort.mentors[0].role, Role::Mentor);
        // E1 × M2: half the goals (22.50) and a sector crossing (20).
        assert_eq!(matrix.score(MenteeIx(0), MentorIx(1)), Some(Points(4250)));
        assert_eq!(
            scorer.explain(MenteeIx(0), MentorIx(1)),
            "Shares 1 of 2 goals: leadership. Crosses sectors: education → finance. Different organisations."
        );
    }
}
