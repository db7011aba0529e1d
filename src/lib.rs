//! tandem pairs mentors with mentees for cross-mentoring programmes: it reads
//! intake exports, scores every candidate pair on shared goals, sector
//! crossing, diversity preferences and ratings, enforces the hard rules
//! (never two colleagues, mentor capacity), finds the optimal assignment and
//! explains every pair and every person left unmatched.
//!
//! The pipeline, one module a stage:
//! [`inputs`] → [`intake`] → [`cohort`] → [`score`] → [`solve`] → [`outcome`] → [`report`],
//! with [`config`] for the programme's settings, [`matching`] for a run
//! (scoring, locks, targets, solving, and the outcome built once),
//! [`peers`] for a run on one pool of peers, [`led`] for group mentoring,
//! and [`memory`] for the ceiling
//! intake and scoring check before allocating.
//!
//! ```
//! use tandem::{cohort::{Cohort, Source}, config::Config, intake, outcome::Outcome,
//!              score::{Ratings, Scorer}, solve::solve};
//! let table = intake::parse("cohort.csv", b"id,role,organisation,goals\n\
//!     E1,mentee,Acme,leadership\nM1,mentor,Beta,leadership\n").unwrap();
//! let cohort = Cohort::build(&[Source { table: &table, role: None }], &Default::default()).unwrap();
//! let config = Config::default();
//! let ratings = Ratings::default();
//! let scorer = Scorer::new(&cohort, &config, &ratings);
//! let matrix = scorer.matrix();
//! let outcome = Outcome::new(&scorer, &matrix, &solve(&matrix, &[1]), &[], 0);
//! assert_eq!(outcome.pairs[0].mentor_id, "M1");
//! ```

pub mod check;
pub mod cohort;
pub mod config;
pub mod diff;
pub mod error;
pub mod explain;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod inputs;
pub mod intake;
pub mod led;
pub mod letters;
pub mod matching;
pub mod memory;
pub mod outcome;
pub mod pairs;
pub mod peers;
pub mod report;
pub mod score;
pub mod solve;
pub mod text;
pub mod words;

use error::InputError;
use inputs::Loaded;
use matching::{Describe, Locks, Matching};
use outcome::Outcome;
use score::Candidates;

/// Matches a loaded cohort under its rules, locks, exclusions and targets,
/// with the default settings: locks must keep the rules, no alternatives.
///
/// # Errors
/// Locks that break the rules; targets that overlap too much to solve.
pub fn run_match(loaded: &Loaded) -> Result<Outcome, InputError> {
    Matching::new(loaded, Locks::Checked)?.outcome(&Describe::default())
}

/// Every candidate pair of a loaded cohort, scored and explained.
///
/// # Errors
/// As [`run_match`].
pub fn run_scores(loaded: &Loaded) -> Result<Candidates, InputError> {
    let matching = Matching::new(loaded, Locks::Forced)?;
    Ok(matching.candidates())
}
