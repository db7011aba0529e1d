//! One way to open the inputs of a run, used by every command, so that every
//! command accepts the same files and flags: intake files with a role column,
//! mentor and mentee files without one, the configuration and the ratings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::cohort::{self, Cohort, FileColumns, Role, Source};
use crate::config::{Config, CriterionConfig};
use crate::error::{InputError, Kind, Location, Problem};
use crate::intake::{self, ReadOptions, Table, same_file};
use crate::pairs::{self, Apart, Leavers, PairRow};
use crate::score::{Gap, Ratings, Scorer};
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
    /// Earlier rounds' outputs, whose pairs are never made again.
    pub history: Vec<PathBuf>,
    /// Files of mentees who come first (`--priority`).
    pub priority: Vec<PathBuf>,
    /// How to read the intake files (pair files are always sniffed).
    pub options: ReadOptions,
    /// Whether outputs may show sensitive values.
    pub show_sensitive: bool,
    /// One pool of peers (`tandem peers`): every row a participant, no
    /// role read; the cohort holds everyone on both sides
    /// ([`Cohort::pool`]).
    pub pool: bool,
    /// The language to write in (`--lang`), over the config's
    /// `[output] lang`.
    pub lang: Option<crate::i18n::Lang>,
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
    /// Pairs of earlier rounds, from `--history`.
    pub history: Vec<PairRow>,
    /// Mentees an excluded or earlier grouping put in one group: never in
    /// one mentor's group again.
    pub apart: Vec<Apart>,
    /// Per mentee, whether they come first (`--priority`); empty when
    /// nobody does.
    pub priority: Vec<bool>,
    /// What looks wrong but does not stop the run.
    pub warnings: Vec<Problem>,
    /// Criteria with weight but (almost) no data, for `--strict`; each is
    /// also a warning.
    pub unscored: Vec<String>,
    /// Whether outputs may show sensitive values (`--show-sensitive`).
    pub show_sensitive: bool,
}

impl Loaded {
    /// A cohort with the default configuration and no ratings.
    pub fn from_cohort(cohort: Cohort) -> Loaded {
        let warnings = cohort.warnings();
        let priority = match cohort.mentees.iter().any(|m| m.priority) {
            true => cohort.mentees.iter().map(|m| m.priority).collect(),
            false => Vec::new(),
        };
        Loaded {
            config: Config::default(),
            cohort,
            ratings: Ratings::default(),
            locks: Vec::new(),
            exclusions: Vec::new(),
            history: Vec::new(),
            apart: Vec::new(),
            priority,
            warnings,
            unscored: Vec::new(),
            show_sensitive: false,
        }
    }
}

impl Inputs {
    /// Every file a run reads (intake, config, ratings, lock and exclude
    /// files), for refusing to write over one.
    pub fn paths(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> =
            self.files.iter().chain(&self.mentors).chain(&self.mentees).cloned().collect();
        paths.extend(self.config.iter().cloned());
        paths.extend(self.ratings.iter().cloned());
        paths.extend(self.locks.iter().cloned());
        paths.extend(self.excludes.iter().cloned());
        paths.extend(self.history.iter().cloned());
        paths.extend(self.priority.iter().cloned());
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
        let mut config = config;
        if let Some(lang) = self.lang {
            config.output.lang = lang;
        }
        let mut problems: Vec<Problem> = Vec::new();
        let tables = self.tables(&mut problems);
        let sources: Vec<Source> = tables.iter().map(|(table, role)| Source { table, role: *role }).collect();
        let options = crate::cohort::Options { pool: self.pool, ..config.cohort_options() };
        let cohort = match Cohort::build(&sources, &options) {
            Ok(cohort) => cohort,
            Err(error) => {
                problems.extend(error.problems);
                Cohort::default()
            }
        };
        InputError::check(problems)?;
        // A pool holds everyone on both sides, and its pair files name two
        // of them; its warnings are those of the people, each once.
        let cohort_warnings = cohort.warnings();
        let cohort = if self.pool { cohort.pool() } else { cohort };
        let source =
            self.config.as_ref().map_or_else(|| "the configuration".to_owned(), |p| p.display().to_string());
        InputError::check(crate::score::declared::problems(&cohort, &config, &source))?;
        let ratings = match &self.ratings {
            Some(path) => Ratings::read(&intake::read(path, &ReadOptions::default())?, &cohort, &config)?,
            None => Ratings::default(),
        };
        // Every problem of every pair file in one run.
        let mut problems = Vec::new();
        let mut pair_warnings = Vec::new();
        let mut read = |paths: &[PathBuf], leavers: Leavers, what: &str| {
            read_pair_files(paths, &cohort, leavers, what, &mut problems, &mut pair_warnings)
        };
        // A grouping as a lock file locks each mentee to their mentor; the
        // mentees of one group share it with them.
        let (locks, _) = read(&self.locks, Leavers::Refuse, "lock");
        let (exclusions, mut apart) = read(&self.excludes, Leavers::Skip, "exclude");
        let (history, earlier) = read(&self.history, Leavers::Skip, "history");
        apart.extend(earlier);
        let mut priority = read_priority(&self.priority, &cohort, &mut problems, &mut pair_warnings);
        if cohort.mentees.iter().any(|m| m.priority) {
            priority.resize(cohort.mentees.len(), false);
            for (first, mentee) in priority.iter_mut().zip(&cohort.mentees) {
                *first |= mentee.priority;
            }
        }
        if !self.pool {
            problems.extend(locked_twice(&locks, &cohort));
        }
        InputError::check(problems)?;
        let mut warnings = cohort_warnings;
        warnings.extend(pair_warnings);
        warnings.extend(self.unmatched_column_names(&config, &tables));
        // A pool's gaps are the mentees'.
        let mut gaps = Scorer::new(&cohort, &config, &ratings).gaps();
        if self.pool {
            gaps.retain(|gap| gap.role == Role::Mentee);
        }
        let mut unscored: Vec<String> = gaps.iter().map(|g| g.criterion.clone()).collect();
        unscored.dedup();
        for warning in gaps.iter().map(|gap| gap_warning(gap, &cohort, self.pool)) {
            // A missing column reads the same for mentees and mentors.
            if !warnings.contains(&warning) {
                warnings.push(warning);
            }
        }
        Ok(Loaded {
            config,
            cohort,
            ratings,
            locks,
            exclusions,
            history,
            apart,
            priority,
            warnings,
            unscored,
            show_sensitive: self.show_sensitive,
        })
    }

    /// Reads every intake file, each with the role its flag gives; the
    /// problems of files that cannot be read, and of a file named twice,
    /// go to `problems`.
    fn tables(&self, problems: &mut Vec<Problem>) -> Vec<(Table, Option<Role>)> {
        let named: Vec<(&PathBuf, Option<Role>)> = self
            .files
            .iter()
            .map(|path| (path, None))
            .chain(self.mentors.iter().map(|path| (path, Some(Role::Mentor))))
            .chain(self.mentees.iter().map(|path| (path, Some(Role::Mentee))))
            .collect();
        let mut tables = Vec::new();
        for (i, &(path, role)) in named.iter().enumerate() {
            if let Some((earlier, _)) = named[..i].iter().find(|(other, _)| same_file(other, path)) {
                problems.push(
                    Problem::new(
                        Kind::Duplicate,
                        Location::file(path.display().to_string()),
                        format!("this file is given twice (also as {})", earlier.display()),
                    )
                    .hint(
                        "name each intake file once: reading it twice would make everyone in it two people",
                    ),
                );
                continue;
            }
            match intake::read(path, &self.options) {
                Ok(table) => tables.push((table, role)),
                Err(error) => problems.extend(error.problems),
            }
        }
        tables
    }

    /// What was understood of the intake files' columns, as far as they
    /// can be read: for `validate` to show also when the inputs have
    /// problems.
    pub fn understand(&self) -> Vec<FileColumns> {
        let config = self.config.as_ref().and_then(|path| Config::read(path).ok()).unwrap_or_default();
        let tables = self.tables(&mut Vec::new());
        let sources: Vec<Source> = tables.iter().map(|(table, role)| Source { table, role: *role }).collect();
        Cohort::understand(&sources, &config.cohort_options())
    }

    /// `[columns]` entries that name a header no intake file has: a typo
    /// there would otherwise leave the field silently unread.
    fn unmatched_column_names(&self, config: &Config, tables: &[(Table, Option<Role>)]) -> Vec<Problem> {
        let source =
            self.config.as_ref().map_or_else(|| "the configuration".to_owned(), |p| p.display().to_string());
        let has = |header: &str, role: Option<Role>| {
            tables
                .iter()
                .filter(|(_, r)| role.is_none() || *r == role)
                .any(|(table, _)| table.headers.iter().any(|h| text::key(h) == text::key(header)))
        };
        let sides = [
            ("columns", &config.columns.shared, None),
            ("columns.mentors", &config.columns.mentors, Some(Role::Mentor)),
            ("columns.mentees", &config.columns.mentees, Some(Role::Mentee)),
        ];
        let mut warnings: Vec<Problem> = sides
            .iter()
            .flat_map(|(table, map, role)| {
                map.iter().map(move |(header, field)| (*table, header, field, *role))
            })
            .filter(|(_, header, _, role)| !has(header, *role))
            .map(|(table, header, field, role)| {
                let files = match role {
                    Some(role) => format!("no file given with --{}s has", role.name()),
                    None => "no input file has".to_owned(),
                };
                Problem::new(
                    Kind::Config,
                    Location::file(&source),
                    format!("[{table}] maps '{header}' to '{field}', but {files} that header"),
                )
                .hint("copy the header exactly as the file writes it; 'tandem validate' lists every header")
            })
            .collect();
        // One side's mappings read only the files given as that side's.
        if config.columns.per_side() && tables.iter().any(|(_, role)| role.is_none()) {
            warnings.push(
                Problem::new(Kind::Config, Location::file(&source), "[columns.mentors] and [columns.mentees] apply to files given with --mentors and --mentees, not to files holding both roles")
                    .hint("give the mentors' and the mentees' files with --mentors and --mentees, or map the header under [columns]"),
            );
        }
        warnings
    }
}

/// The warning for rows of a file that name people who left: skipped, as
/// they need no `what`.
fn skipped(at: Location, message: String, what: &str) -> Problem {
    Problem::new(Kind::Skipped, at, format!("{message}; skipped"))
        .hint(format!("those who left or did not sign up again need no {what}"))
}

/// The mentees of the `--priority` files, per mentee; empty without files.
/// People not in this round are skipped with one warning per file; a file
/// naming nobody is a warning.
fn read_priority(
    paths: &[PathBuf],
    cohort: &Cohort,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> Vec<bool> {
    if paths.is_empty() {
        return Vec::new();
    }
    let mut priority = vec![false; cohort.mentees.len()];
    for path in paths {
        let read = intake::read(path, &ReadOptions::default())
            .and_then(|t| pairs::read_people(&t, cohort).map(|read| (t, read)));
        let (table, read) = match read {
            Ok(found) => found,
            Err(error) => {
                problems.extend(error.problems);
                continue;
            }
        };
        let at = Location::file(&table.source);
        if read.mentees.is_empty() && read.problems.is_empty() {
            warnings.push(
                Problem::new(Kind::Skipped, at.clone(), "the priority file names no mentee of this round")
                    .hint("check that this is the file you meant"),
            );
        }
        if read.skipped > 0 {
            let message = match read.skipped {
                1 => "1 person of this file is not in this round".to_owned(),
                n => format!("{n} people of this file are not in this round"),
            };
            warnings.push(skipped(at, message, "priority"));
        }
        for mentee in read.mentees {
            priority[mentee.0] = true;
        }
        problems.extend(read.problems);
    }
    priority
}

/// The pairs of pair files, adding their problems and warnings: a file
/// without pairs, and (exclusions, history) the rows naming people who left,
/// counted. A grouping (last round's groups) gives the pairs of each group,
/// and, of a mentor's group, its mentees two by two.
fn read_pair_files(
    paths: &[PathBuf],
    cohort: &Cohort,
    leavers: Leavers,
    what: &str,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> (Vec<PairRow>, Vec<Apart>) {
    let mut rows = Vec::new();
    let mut apart = Vec::new();
    for path in paths {
        let read = intake::read(path, &ReadOptions::default()).and_then(|t| {
            let grouping = pairs::is_grouping(&t);
            let read = match grouping {
                true => pairs::read_grouping(&t, cohort, leavers),
                false => pairs::read_with(&t, cohort, None, leavers),
            };
            read.map(|read| (t, read, grouping))
        });
        let (table, read, grouping) = match read {
            Ok(found) => found,
            Err(error) => {
                problems.extend(error.problems);
                continue;
            }
        };
        let at = Location::file(&table.source);
        if read.rows.is_empty() && read.apart.is_empty() && read.skipped == 0 && read.problems.is_empty() {
            warnings.push(
                Problem::new(Kind::Skipped, at.clone(), format!("the {what} file names no pairs"))
                    .hint("check that this is the file you meant"),
            );
        }
        if read.skipped > 0 {
            // A grouping's rows are people, a pair file's pairs.
            let message = match (read.skipped, grouping) {
                (1, true) => "1 person of this file is not in this round".to_owned(),
                (n, true) => format!("{n} people of this file are not in this round"),
                (1, false) => "1 pair of this file names people not in this round".to_owned(),
                (n, false) => format!("{n} pairs of this file name people not in this round"),
            };
            warnings.push(skipped(at.clone(), message, "exclusion"));
        }
        // A few shown, the rest counted: one wrong column of ids would
        // otherwise flood the screen.
        let more = read.disagreements.len().saturating_sub(3);
        warnings.extend(read.disagreements.into_iter().take(3));
        if more > 0 {
            warnings.push(
                Problem::new(
                    Kind::Disagreement,
                    at.clone(),
                    format!("{more} more rows of this file name people differently"),
                )
                .hint("compare the file with the intake"),
            );
        }
        rows.extend(read.rows);
        apart.extend(read.apart);
        problems.extend(read.problems);
    }
    (rows, apart)
}

/// A mentee locked to more mentors than they want (one, unless their
/// `mentors_wanted` says more), at the lock's line that is one too many.
fn locked_twice(locks: &[PairRow], cohort: &Cohort) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut locked_to: BTreeMap<cohort::MenteeIx, Vec<&PairRow>> = BTreeMap::new();
    for row in locks {
        let earlier = locked_to.entry(row.mentee).or_default();
        let wanted = cohort.mentee(row.mentee).wanted as usize;
        if earlier.iter().any(|first| first.mentor == row.mentor) {
            // The same pair twice: the pair file says so when it is read.
            continue;
        }
        if earlier.len() < wanted {
            earlier.push(row);
            continue;
        }
        let others: Vec<String> = earlier
            .iter()
            .map(|first| format!("{} ({})", cohort.mentor(first.mentor).id, first.origin))
            .collect();
        let (mentee, mentor) = (&cohort.mentee(row.mentee).id, &cohort.mentor(row.mentor).id);
        let (what, hint) = match wanted {
            1 => ("is locked to two mentors,".to_owned(), "keep one lock per mentee"),
            _ => (
                format!("wants {wanted} mentors and is locked to more:"),
                "keep one lock per mentor the mentee wants (their mentors_wanted)",
            ),
        };
        let message = format!("mentee {mentee} {what} {} and {mentor}", others.join(", "));
        problems.push(Problem::new(Kind::Capacity, row.origin.clone(), message).hint(hint));
    }
    problems
}

/// The warning for a criterion without (enough) data: what it costs, and
/// the unused headers that might hold the field.
fn gap_warning(gap: &Gap, cohort: &Cohort, pool: bool) -> Problem {
    let field = gap.field.replace('_', " ");
    let people = if pool { "participants".to_owned() } else { format!("{}s", gap.role.name()) };
    let holders: Vec<String> = cohort
        .files
        .iter()
        .flat_map(|f| f.columns.iter().filter(|c| c.header.field == Some(gap.field.as_str())))
        .map(|c| format!("'{}'", c.header.header))
        .collect();
    let unused: Vec<&str> = cohort
        .files
        .iter()
        .flat_map(|f| {
            f.columns.iter().filter(|c| {
                c.header.field.is_none()
                    && c.header.passed_over.is_none()
                    && !c.sensitive
                    && c.words
                    && c.criteria.is_empty()
            })
        })
        .map(|c| c.header.header.as_str())
        .collect();
    let location = Location::file(cohort.files.first().map_or("the intake", |f| f.source.as_str()));
    let all = if gap.with == 0 { "every pair" } else { "most pairs" };
    let message = if holders.is_empty() {
        let listed: Vec<String> = unused.iter().map(|h| format!("'{h}'")).collect();
        format!(
            "{}: no column found for {field}, so its {} points are 0 for {all}; {}",
            gap.criterion,
            gap.weight,
            if listed.is_empty() {
                "no unused header could hold it".to_owned()
            } else {
                format!("unused headers: {}", listed.join(", "))
            }
        )
    } else if gap.with == 0 {
        format!(
            "{}: no {} gave a {field} ({} empty), so its {} points are 0 for {all}",
            gap.criterion,
            gap.role.name(),
            holders.join(", "),
            gap.weight
        )
    } else {
        format!(
            "{}: only {} of {} {people} gave a {field} ({}), so its {} points are 0 for {all}",
            gap.criterion,
            gap.with,
            gap.of,
            holders.join(", "),
            gap.weight
        )
    };
    let hint = match (holders.is_empty(), unused.first()) {
        (true, Some(header)) => format!(
            "map the column that holds it under [columns] in the config, e.g. {header:?} = \"{}\", \
             or give the {} criterion weight 0 to score without it",
            gap.field, gap.criterion
        ),
        (true, None) => format!(
            "add a '{}' column, or give the {} criterion weight 0 to score without it",
            gap.field, gap.criterion
        ),
        (false, _) => format!(
            "ask the participants for their {field}, or give the {} criterion weight 0 to score without it",
            gap.criterion
        ),
    };
    Problem::new(Kind::Gap, location, message).hint(hint)
}

/// Every field the config's `[columns]` maps a header to must be one tandem
/// knows.
fn check_columns(config: &Config, source: &str) -> Result<(), InputError> {
    let known: Vec<&str> = cohort::FIELDS.iter().map(|f| f.name).collect();
    // A header may also be given the name a declared criterion reads it by.
    let declared: Vec<&str> = config.criteria.iter().flat_map(CriterionConfig::columns).collect();
    let problems = config
        .columns
        .all()
        .filter(|(_, field)| !known.iter().chain(&declared).any(|k| text::key(k) == text::key(field)))
        .map(|(header, field)| {
            Problem::new(
                Kind::Config,
                Location::file(source),
                format!("[columns] maps '{header}' to '{field}', which is not a field tandem reads"),
            )
            .hint(format!("use one of: {}, or a column a [[criteria]] reads", known.join(", ")))
        })
        .collect();
    InputError::check(problems)
}
