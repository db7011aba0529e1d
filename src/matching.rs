//! A matching run under the programme's rules: the scorer with its
//! exclusions, the locked pairs checked against the hard rules, the
//! diversity targets, the solve, and the outcome with its target report.
//! `match`, `check` and `explain` all work through it, so they agree on
//! every score and every rule.

use crate::cohort::{MenteeIx, MentorIx, Participant, Role, Term};
use crate::config::{TargetAttribute, TargetConfig};
use crate::error::{InputError, Kind, Location, Problem};
use crate::inputs::Loaded;
use crate::outcome::Outcome;
use crate::outcome::targets::{Shortfall, TargetReport};
use crate::score::{CandidateMatrix, Scorer, Total, Verdict};
use crate::solve::{self, Assignment, Objective, Problem as SolveProblem, Target, Unsolved};
use crate::t;

/// Hears how far the long phases of a run have come, for a progress bar.
/// Calls come from several threads while scoring.
pub trait Progress: Sync {
    fn scoring(&self, _mentees_done: usize, _mentees: usize) {}
    fn solving(&self, _mentees_done: usize, _mentees: usize) {}
}

/// No progress to show.
pub struct Silent;

impl Progress for Silent {}

/// Whether locked pairs must keep the hard rules and capacities.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locks {
    /// A lock that breaks a rule or a capacity is an error.
    #[default]
    Checked,
    /// Locks are kept whatever they break (`--force-locks`); their
    /// explanations say what.
    Forced,
}

/// How an assignment is put into words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Describe {
    /// For every matched mentee, the next this many eligible mentors.
    pub alternatives: usize,
    /// Pass the intake's other columns through (`--keep-columns`);
    /// sensitive ones only with `--show-sensitive`.
    pub keep_columns: bool,
}

/// Everything scored, ready to solve.
pub struct Matching<'a> {
    pub loaded: &'a Loaded,
    pub scorer: Scorer<'a>,
    pub matrix: CandidateMatrix,
    pub capacities: Vec<u32>,
    /// (mentee, mentor) pairs from `--lock`.
    pub locked: Vec<(MenteeIx, MentorIx)>,
    /// Whether the locks stand whatever the rules say (`--force-locks`).
    pub forced: bool,
    pub targets: Vec<Target>,
    /// Per mentee, whether they come first; empty when nobody does.
    pub priority: Vec<bool>,
    /// Per mentee, how many mentors they want; empty when each wants one.
    pub wanted: Vec<u32>,
    progress: &'a dyn Progress,
}

impl<'a> Matching<'a> {
    /// Scores every pair and checks the locked pairs.
    ///
    /// # Errors
    /// A locked pair that is also excluded, a mentee locked to two mentors,
    /// and, unless `force_locks`, a locked pair that breaks a hard rule or
    /// more locked mentees than a mentor's capacity; each at its line.
    pub fn new(loaded: &'a Loaded, locks: Locks) -> Result<Matching<'a>, InputError> {
        Matching::with_progress(loaded, locks, &Silent)
    }

    /// [`Matching::new`], telling `progress` how scoring, and later
    /// solving, advance.
    ///
    /// # Errors
    /// As [`Matching::new`].
    pub fn with_progress(
        loaded: &'a Loaded,
        locks: Locks,
        progress: &'a dyn Progress,
    ) -> Result<Matching<'a>, InputError> {
        Matching::build(loaded, locks, progress, false)
    }

    /// [`Matching::with_progress`] for group mentoring, where a mentor's
    /// capacity says only whether they lead a group: locks are not held to
    /// it ([`Matching::group`] checks them against the groups).
    ///
    /// # Errors
    /// As [`Matching::new`], but for capacities.
    pub fn for_groups(
        loaded: &'a Loaded,
        locks: Locks,
        progress: &'a dyn Progress,
    ) -> Result<Matching<'a>, InputError> {
        Matching::build(loaded, locks, progress, true)
    }

    fn build(
        loaded: &'a Loaded,
        locks: Locks,
        progress: &'a dyn Progress,
        groups: bool,
    ) -> Result<Matching<'a>, InputError> {
        let force_locks = locks == Locks::Forced;
        let cohort = &loaded.cohort;
        let scorer = Scorer::with_sensitive(cohort, &loaded.config, &loaded.ratings, loaded.show_sensitive)
            .exclude(loaded.exclusions.iter().map(|row| ((row.mentee, row.mentor), row.origin.clone())))
            .remember(loaded.history.iter().map(|row| ((row.mentee, row.mentor), row.origin.clone())));
        let (mentees, mentors) = (cohort.mentees.len(), cohort.mentors.len());
        crate::memory::check_pairs(mentees, mentors, loaded.config.targets.len(), scorer.narrow())?;
        let matrix = scorer.matrix_with_progress(&|done, all| progress.scoring(done, all));
        let capacities: Vec<u32> = cohort.mentors.iter().map(|m| m.capacity).collect();

        let mut problems = Vec::new();
        let mut locked: Vec<(MenteeIx, MentorIx)> = Vec::new();
        let mut load = vec![0u32; capacities.len()];
        for row in &loaded.locks {
            let (mentee, mentor) = (row.mentee, row.mentor);
            let names = format!("{} – {}", cohort.mentee(mentee).id, cohort.mentor(mentor).id);
            // A mentee locked to more mentors than they want is reported,
            // with the lines, when the lock files are read (`inputs`); only
            // the first locks count.
            let wanted = cohort.mentee(mentee).wanted as usize;
            if locked.contains(&(mentee, mentor))
                || locked.iter().filter(|&&(e, _)| e == mentee).count() >= wanted
            {
                continue;
            }
            let verdict = matrix.verdict(mentee, mentor);
            if verdict == Verdict::Excluded {
                problems.push(lock_excluded(&names, &row.origin));
            } else if verdict != Verdict::Eligible && !force_locks {
                let reason = scorer.reason(mentee, mentor).unwrap_or_default();
                problems.push(lock_breaks(&names, &reason, &row.origin));
            }
            load[mentor.0] += 1;
            if load[mentor.0] > capacities[mentor.0] && !force_locks && !groups {
                problems.push(
                    Problem::new(
                        Kind::Capacity,
                        row.origin.clone(),
                        format!(
                            "mentor {} is locked to {} mentees, more than their capacity of {}",
                            cohort.mentor(mentor).id,
                            load[mentor.0],
                            capacities[mentor.0]
                        ),
                    )
                    .hint("remove a lock, raise the mentor's capacity, or give --force-locks"),
                );
            }
            locked.push((mentee, mentor));
        }
        InputError::check(problems)?;
        locked.sort_unstable();

        let targets = loaded
            .config
            .targets
            .iter()
            .map(|t| Target {
                members: cohort.mentees.iter().map(|p| has(p, t)).collect(),
                min_share: t.min_share,
            })
            .collect();
        let priority = loaded.priority.clone();
        let wanted: Vec<u32> = cohort.mentees.iter().map(|e| e.wanted).collect();
        let wanted = if wanted.iter().all(|&w| w == 1) { Vec::new() } else { wanted };
        Ok(Matching {
            loaded,
            scorer,
            matrix,
            capacities,
            locked,
            forced: force_locks,
            targets,
            priority,
            wanted,
            progress,
        })
    }

    /// The best assignment with the locks and these targets.
    ///
    /// # Errors
    /// Targets that overlap in too many ways to solve exactly.
    pub fn solve_with(
        &self,
        locked: &[(MenteeIx, MentorIx)],
        targets: &[Target],
    ) -> Result<Assignment, InputError> {
        self.solve_prioritised(locked, targets, &self.priority)
    }

    /// [`Matching::solve_with`], with these mentees first.
    fn solve_prioritised(
        &self,
        locked: &[(MenteeIx, MentorIx)],
        targets: &[Target],
        priority: &[bool],
    ) -> Result<Assignment, InputError> {
        let progress = |done, all| self.progress.solving(done, all);
        let locked = places(locked);
        let problem = SolveProblem {
            scores: &self.matrix,
            capacities: &self.capacities,
            locked: &locked,
            targets,
            priority,
            objective: self.objective(),
            wanted: &self.wanted,
            progress: Some(&progress),
        };
        solve::solve_problem(&problem).map_err(|unsolved| {
            let problem = match unsolved {
                Unsolved::TooManyOverlaps(too_many) => Problem::new(Kind::Unsolvable,
                    self.loaded.config.location(),
                    if too_many.flows == 0 {
                        format!(
                            "the targets share mentees in too many ways to be met exactly ({} groups of mentees \
                             count toward several targets at once; up to {} can be weighed)",
                            too_many.shared,
                            solve::targets::MAX_SHARED,
                        )
                    } else {
                        format!(
                            "the targets share mentees in too many ways to be met exactly (no pairing was proven \
                             best after {} flows)",
                            too_many.flows
                        )
                    },
                )
                .hint("use at most three targets that share mentees; targets on one attribute never share any"),
                Unsolved::ObjectiveAgainstTargets => Problem::new(Kind::Unsolvable,
                    self.loaded.config.location(),
                    "objective.prefer = \"best_scores\" cannot be combined with [[targets]]",
                )
                .hint("keep the targets with prefer = \"most_pairs\", or drop them"),
                Unsolved::SeveralAgainstTargets => Problem::new(Kind::Unsolvable,
                    self.loaded.config.location(),
                    "[[targets]] cannot be combined with mentees who want several mentors (mentors_wanted)",
                )
                .hint("drop the targets, or leave mentors_wanted at 1 for everyone"),
                Unsolved::TooLarge { mentees } => Problem::new(Kind::Unsolvable,
                    self.loaded.config.location(),
                    format!("the scores of {mentees} mentees cannot be weighed exactly for this objective (prefer = \"best_scores\", --priority or mentors_wanted)"),
                )
                .hint("use prefer = \"most_pairs\", lower the weights, or match without --priority"),
            };
            problem.into()
        })
    }

    /// Every candidate pair, scored and judged, for the `scores` view.
    pub fn candidates(&self) -> crate::score::Candidates {
        crate::score::Candidates::new(&self.scorer, &self.matrix)
    }

    /// The best assignment under every rule, lock and target.
    ///
    /// # Errors
    /// As [`Matching::solve_with`].
    pub fn solve(&self) -> Result<Assignment, InputError> {
        self.solve_with(&self.locked, &self.targets)
    }

    /// Matches and puts the result into words, with a report per target.
    ///
    /// # Errors
    /// As [`Matching::solve_with`].
    pub fn outcome(&self, describe: &Describe) -> Result<Outcome, InputError> {
        self.describe(&self.solve()?, describe)
    }

    /// Says who came first: "Priority mentee." before a matched priority
    /// mentee's explanation, and in an unmatched one's reason; counts them.
    /// A mentee whom the pairing without priority would have matched is
    /// told so.
    fn mark_priority(&self, outcome: &mut Outcome) {
        let (cohort, lang) = (&self.loaded.cohort, self.loaded.config.output.lang);
        let mentee = |id: &str| match cohort.find(id) {
            Some((Role::Mentee, e)) => Some(e),
            _ => None,
        };
        let first = |id: &str| mentee(id).is_some_and(|e| self.priority[e]);
        outcome.summary.priority = self.priority.iter().filter(|&&p| p).count();
        let mut matched = std::collections::BTreeSet::new();
        for pair in outcome.pairs.iter_mut().filter(|p| first(&p.mentee_id)) {
            matched.insert(pair.mentee_id.clone());
            pair.explanation = t!(lang, "priority-mentee", explanation = &pair.explanation);
        }
        outcome.summary.priority_matched = matched.len();
        // Without targets (priority is not combined with them) the solver
        // cannot fail.
        let unprioritised = solve::solve_problem(&SolveProblem {
            scores: &self.matrix,
            capacities: &self.capacities,
            locked: &places(&self.locked),
            targets: &[],
            priority: &[],
            objective: self.objective(),
            wanted: &self.wanted,
            progress: None,
        })
        .ok();
        for person in outcome.unmatched.iter_mut().filter(|u| u.role == Role::Mentee) {
            if first(&person.id) {
                person.reason = t!(lang, "priority-unmatched", reason = &person.reason);
            } else if let (Some(e), Some(without)) = (mentee(&person.id), &unprioritised)
                && without.mentor_of[e].is_some()
            {
                person.reason = t!(lang, "priority-left", reason = &person.reason);
            }
        }
    }

    /// What the solver maximises first, as the config says.
    fn objective(&self) -> Objective {
        self.loaded.config.objective.prefer.objective()
    }

    /// Best scores first: counts the pairs given up for score against the
    /// most pairs that can be made (under the same locks and priority), and
    /// tells each mentee left out who would be matched there.
    fn mark_given_up(&self, outcome: &mut Outcome, assignment: &Assignment) {
        // Targets are never combined with best scores, so this cannot fail.
        let Ok(most) = solve::solve_problem(&SolveProblem {
            scores: &self.matrix,
            capacities: &self.capacities,
            locked: &places(&self.locked),
            targets: &[],
            priority: &self.priority,
            objective: Objective::MostPairs,
            wanted: &self.wanted,
            progress: None,
        }) else {
            return;
        };
        outcome.summary.pairs_given_up = most.pair_count().saturating_sub(assignment.pair_count());
        outcome.summary.points_gained =
            Total(assignment.total(&self.matrix).saturating_sub(most.total(&self.matrix)));
        let (cohort, lang) = (&self.loaded.cohort, self.loaded.config.output.lang);
        for person in outcome.unmatched.iter_mut().filter(|u| u.role == Role::Mentee) {
            if let Some((Role::Mentee, e)) = cohort.find(&person.id)
                && most.mentor_of[e].is_some()
            {
                person.reason = t!(lang, "best-scores-left", reason = &person.reason);
            }
        }
    }

    /// Puts an assignment of [`Matching::solve`] into words, complete: the
    /// pairs, the unmatched, the summary, a report per target and its cost,
    /// and the columns passed through. Reports only format it.
    ///
    /// # Errors
    /// As [`Matching::solve_with`], for the targets' costs.
    pub fn describe(&self, assignment: &Assignment, describe: &Describe) -> Result<Outcome, InputError> {
        let mut outcome =
            Outcome::new(&self.scorer, &self.matrix, assignment, &self.locked, describe.alternatives);
        outcome.summary.excluded = self.loaded.exclusions.len();
        outcome.summary.earlier = self.loaded.history.len();
        if self.priority.contains(&true) {
            self.mark_priority(&mut outcome);
        }
        if self.objective() == Objective::BestScores {
            self.mark_given_up(&mut outcome, assignment);
        }
        if !describe.keep_columns {
            outcome.drop_extra_columns();
        } else if !self.loaded.show_sensitive {
            let privacy = &self.loaded.config.privacy;
            outcome.drop_columns(|header| privacy.is_sensitive(header));
        }
        if !self.targets.is_empty() {
            let total = assignment.total(&self.matrix);
            let without = self.solve_with(&self.locked, &[])?.total(&self.matrix);
            outcome.summary.targets_cost = Total(without.saturating_sub(total));
            for (i, config) in self.loaded.config.targets.iter().enumerate() {
                outcome.targets.push(self.report(i, config, assignment, total)?);
            }
        }
        Ok(outcome)
    }

    fn report(
        &self,
        i: usize,
        config: &TargetConfig,
        assignment: &Assignment,
        total: u64,
    ) -> Result<TargetReport, InputError> {
        let target = &self.targets[i];
        let matched = assignment.matched();
        let needed = target.needed(matched);
        let members_matched = assignment.pairs().filter(|&(e, _)| target.members[e]).count();
        let others: Vec<Target> =
            self.targets.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, t)| t.clone()).collect();
        let cost = Total(self.solve_with(&self.locked, &others)?.total(&self.matrix).saturating_sub(total));
        let shortfall = if members_matched >= needed { None } else { Some(self.shortfall(i, needed)?) };
        let counts = (needed, members_matched, matched, target.members.len());
        Ok(TargetReport::new(config, counts, cost, shortfall, self.loaded.config.output.lang))
    }

    /// Why a target is missed: too few members in the cohort, too few that
    /// can be matched at once, or not together with the other targets.
    fn shortfall(&self, i: usize, needed: usize) -> Result<Shortfall, InputError> {
        let target = &self.targets[i];
        let members = target.members.iter().filter(|&&m| m).count();
        if members < needed {
            return Ok(Shortfall::TooFew { members });
        }
        let all = Target { members: target.members.clone(), min_share: 1.0 };
        let alone = self.solve_with(&self.locked, std::slice::from_ref(&all))?;
        let most = alone.pairs().filter(|&(e, _)| target.members[e]).count();
        if most < needed {
            // Priority mentees come before targets: were it not for them,
            // could as many be matched?
            if self.priority.contains(&true) {
                let free = self.solve_prioritised(&self.locked, std::slice::from_ref(&all), &[])?;
                if free.pairs().filter(|&(e, _)| target.members[e]).count() >= needed {
                    return Ok(Shortfall::Priority { members, most });
                }
            }
            return Ok(Shortfall::NotAtOnce { members, most });
        }
        Ok(Shortfall::NotTogether)
    }
}

/// A locked pair that is also excluded.
pub(crate) fn lock_excluded(names: &str, origin: &Location) -> Problem {
    Problem::new(Kind::RuleBroken, origin.clone(), format!("the locked pair {names} is also excluded"))
        .hint("remove it from the lock file or from the exclude file")
}

/// A locked pair that breaks a hard rule, without `--force-locks`.
pub(crate) fn lock_breaks(names: &str, reason: &str, origin: &Location) -> Problem {
    Problem::new(Kind::RuleBroken, origin.clone(), format!("the locked pair {names} breaks a rule: {reason}"))
        .hint("remove the lock, or give --force-locks to keep the pair anyway")
}

/// Locked pairs as the solver takes them: rows and columns.
fn places(locked: &[(MenteeIx, MentorIx)]) -> Vec<(usize, usize)> {
    locked.iter().map(|&(mentee, mentor)| (mentee.0, mentor.0)).collect()
}

/// Whether a participant has the target's value.
fn has(participant: &Participant, target: &TargetConfig) -> bool {
    let (value, wanted) = match target.attribute {
        TargetAttribute::Gender => (participant.gender.as_ref(), Term::gender(&target.value)),
        TargetAttribute::Background => (participant.background.as_ref(), Term::new(&target.value)),
        TargetAttribute::Sector => (participant.sector.as_ref(), Term::new(&target.value)),
        TargetAttribute::TargetSector => (participant.target_sector.as_ref(), Term::new(&target.value)),
        TargetAttribute::Region => (participant.region.as_ref(), Term::new(&target.value)),
        TargetAttribute::Level => (participant.level.as_ref(), Term::new(&target.value)),
    };
    matches!((value, wanted), (Some(value), Some(wanted)) if value.key == wanted.key)
}
