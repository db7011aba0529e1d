//! tandem pairs mentors with mentees for cross-mentoring programmes: it reads
//! intake exports, scores every candidate pair on shared goals, sector
//! crossing, diversity preferences and ratings, enforces the hard rules
//! (never two colleagues, mentor capacity), finds the optimal assignment and
//! explains every pair and every person left unmatched.
//!
//! The pipeline, one module a stage:
//! [`intake`] → [`cohort`] → [`score`] → [`solve`] → [`outcome`] → [`report`],
//! with [`config`] for the programme's settings and [`inputs`] to open the
//! files of a run the same way for every command.
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
//! let outcome = Outcome::new(&scorer, &matrix, &solve(&matrix, &[1]));
//! assert_eq!(outcome.pairs[0].mentor_id, "M1");
//! ```

pub mod cohort;
pub mod config;
pub mod error;
pub mod inputs;
pub mod intake;
pub mod outcome;
pub mod pairs;
pub mod report;
pub mod score;
pub mod solve;
pub mod text;
pub mod words;

use inputs::Loaded;
use outcome::Outcome;
use report::Candidates;
use score::Scorer;

/// Matches a loaded cohort: scores every pair, solves, and puts the result
/// into words.
pub fn run_match(loaded: &Loaded) -> Outcome {
    let scorer = Scorer::new(&loaded.cohort, &loaded.config, &loaded.ratings);
    let matrix = scorer.matrix();
    let capacities: Vec<u32> = loaded.cohort.mentors.iter().map(|m| m.capacity).collect();
    let assignment = solve::solve(&matrix, &capacities);
    Outcome::new(&scorer, &matrix, &assignment)
}

/// Every candidate pair of a loaded cohort, scored and explained.
pub fn run_scores(loaded: &Loaded) -> Candidates {
    let scorer = Scorer::new(&loaded.cohort, &loaded.config, &loaded.ratings);
    Candidates::new(&scorer, &scorer.matrix())
}
