//! One way to open the inputs of a run, used by every command, so that every
//! command accepts the same files and flags: intake files with a role column,
//! mentor and mentee files without one, the configuration and the ratings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::cohort::{self, Cohort, Role, Source};
use crate::config::Config;
use crate::error::{InputError, Location, Problem};
use crate::intake::{self, ReadOptions, Table};
use crate::pairs::{self, PairRow};
use crate::score::Ratings;
use crate::text;

/// The files a run reads, as the user named them.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    /// Intake files with a role column.
    pub files: Vec<PathBuf>,
    pub mentors: Vec<PathBuf>,
    pub mentees: Vec<PathBuf>,
    pub config: Option<PathBuf>,
    pub ratings: Option<PathBuf>,
    /// Pair files of pairs to keep as they are.
    pub locks: Vec<PathBuf>,
    /// Pair files of pairs never to make.
    pub excludes: Vec<PathBuf>,
    /// How to read the intake files (pair files are always sniffed).
    pub options: ReadOptions,
    /// Whether outputs may show sensitive values.
    pub show_sensitive: bool,
}

/// Everything a run needs, read and validated.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub config: Config,
    pub cohort: Cohort,
    pub ratings: Ratings,
    /// Pairs to keep as they are, from `--lock`.
    pub locks: Vec<PairRow>,
    /// Pairs never to make, from `--exclude`.
    pub exclusions: Vec<PairRow>,
    /// What looks wrong but does not stop the run.
    pub warnings: Vec<Problem>,
    /// Whether outputs may show sensitive values (`--show-sensitive`).
    pub show_sensitive: bool,
}

impl Loaded {
    /// A cohort with the default configuration and no ratings.
    pub fn from_cohort(cohort: Cohort) -> Loaded {
        let warnings = cohort.warnings();
        Loaded {
            config: Config::default(),
            cohort,
            ratings: Ratings::default(),
            locks: Vec::new(),
            exclusions: Vec::new(),
            warnings,
            show_sensitive: false,
        }
    }
}

impl Inputs {
    /// Every file named, for refusing to write over one.
    pub fn paths(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> =
            self.files.iter().chain(&self.mentors).chain(&self.mentees).cloned().collect();
        paths.extend(self.config.iter().cloned());
        paths.extend(self.ratings.iter().cloned());
        paths
    }

    /// Whether any intake file was named.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.mentors.is_empty() && self.mentees.is_empty()
    }

    /// Reads and validates everything.
    ///
    /// # Errors
    /// Every problem of every intake file at once; then those of the ratings.
    pub fn load(&self) -> Result<Loaded, InputError> {
        let config = match &self.config {
            Some(path) => {
                let config = Config::read(path)?;
                check_columns(&config, &path.display().to_string())?;
                config
            }
            None => Config::default(),
        };
        let named = self
            .files
            .iter()
            .map(|path| (path, None))
            .chain(self.mentors.iter().map(|path| (path, Some(Role::Mentor))))
            .chain(self.mentees.iter().map(|path| (path, Some(Role::Mentee))));
        let mut problems: Vec<Problem> = Vec::new();
        let mut tables: Vec<(Table, Option<Role>)> = Vec::new();
        for (path, role) in named {
            match intake::read(path, &self.options) {
                Ok(table) => tables.push((table, role)),
                Err(error) => problems.extend(error.problems),
            }
        }
        let sources: Vec<Source> = tables.iter().map(|(table, role)| Source { table, role: *role }).collect();
        let cohort = match Cohort::build(&sources, &config.columns) {
            Ok(cohort) => cohort,
            Err(error) => {
                problems.extend(error.problems);
                Cohort::default()
            }
        };
        InputError::check(problems)?;
        let ratings = match &self.ratings {
            Some(path) => Ratings::read(&intake::read(path, &ReadOptions::default())?, &cohort, &config)?,
            None => Ratings::default(),
        };
        // Every problem of every pair file in one run: bad rows, and a
        // mentee locked to two mentors.
        let mut problems = Vec::new();
        let mut pair_files = |paths: &[PathBuf]| -> Vec<PairRow> {
            let mut rows = Vec::new();
            for path in paths {
                let read = intake::read(path, &ReadOptions::default())
                    .and_then(|t| pairs::read_lenient(&t, &cohort, None));
                match read {
                    Ok((found, bad)) => {
                        rows.extend(found);
                        problems.extend(bad);
                    }
                    Err(error) => problems.extend(error.problems),
                }
            }
            rows
        };
        let locks = pair_files(&self.locks);
        let exclusions = pair_files(&self.excludes);
        let mut locked_to: BTreeMap<usize, &PairRow> = BTreeMap::new();
        for row in &locks {
            if let Some(first) = locked_to.insert(row.mentee, row) {
                problems.push(
                    Problem::new(
                        row.origin.clone(),
                        format!(
                            "mentee {} is locked to two mentors, {} ({}) and {}",
                            cohort.mentees[row.mentee].id,
                            cohort.mentors[first.mentor].id,
                            first.origin,
                            cohort.mentors[row.mentor].id
                        ),
                    )
                    .hint("keep one lock per mentee"),
                );
                locked_to.insert(row.mentee, first);
            }
        }
        InputError::check(problems)?;
        let warnings = cohort.warnings();
        Ok(Loaded {
            config,
            cohort,
            ratings,
            locks,
            exclusions,
            warnings,
            show_sensitive: self.show_sensitive,
        })
    }
}

/// Every field the config's `[columns]` maps a header to must be one tandem
/// knows.
fn check_columns(config: &Config, source: &str) -> Result<(), InputError> {
    let known: Vec<&str> = cohort::FIELDS.iter().map(|f| f.name).collect();
    let problems = config
        .columns
        .iter()
        .filter(|(_, field)| !known.iter().any(|k| text::key(k) == text::key(field)))
        .map(|(header, field)| {
            Problem::new(
                Location::file(source),
                format!("[columns] maps '{header}' to '{field}', which is not a field tandem reads"),
            )
            .hint(format!("use one of: {}", known.join(", ")))
        })
        .collect();
    InputError::check(problems)
}
