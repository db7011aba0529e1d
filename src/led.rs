//! Group mentoring (`tandem match --group-size N`): each mentor leads a
//! small group of mentees chosen together, rather than mentees one by one.
//!
//! A group is worth its mentor–mentee scores (the same scores and hard
//! rules as one-to-one matching) plus a shared-theme bonus for each goal
//! two of its mentees share (`groups.theme`, 5 points by default). Two
//! mentees of one organisation never share a group (unless
//! `rules.same_organisation` is off). The
//! grouping itself is [`crate::solve::led`]: exact on small cohorts, a
//! local search with its gap to an upper bound on larger ones.

use std::collections::BTreeSet;

use crate::cohort::{MenteeIx, MentorIx, Participant};
use crate::error::{InputError, Kind, Location, Problem};
use crate::matching::Matching;
use crate::peers::{GroupOutcome, PeerGroup};
use crate::score::{CandidateMatrix, Points, Total};
use crate::solve::led::{GroupScores, LedGrouping, led_groups, led_sizes};
use crate::t;

/// Mentor–mentee scores and the mentees' shared-theme bonuses.
struct Themed<'a> {
    matrix: &'a CandidateMatrix,
    /// The bonus for each goal two mentees share (`groups.theme`).
    theme: Points,
    /// Per mentee, their goals' keys, and their organisation's key where
    /// colleagues may not share a group.
    goals: Vec<BTreeSet<&'a str>>,
    organisation: Vec<Option<&'a str>>,
    /// Mentees an earlier or excluded grouping put together, (a, b) with
    /// a < b.
    apart: BTreeSet<(usize, usize)>,
}

impl GroupScores for Themed<'_> {
    fn mentees(&self) -> usize {
        self.goals.len()
    }

    fn mentors(&self) -> usize {
        self.matrix.mentors
    }

    fn pair(&self, mentee: usize, mentor: usize) -> Option<u32> {
        self.matrix.score(MenteeIx(mentee), MentorIx(mentor)).map(|points| points.0)
    }

    fn together(&self, a: usize, b: usize) -> Option<u32> {
        if let (Some(x), Some(y)) = (self.organisation[a], self.organisation[b])
            && x == y
        {
            return None;
        }
        if self.apart.contains(&(a.min(b), a.max(b))) {
            return None;
        }
        Some(self.goals[a].intersection(&self.goals[b]).count() as u32 * self.theme.0)
    }
}

impl Matching<'_> {
    /// Groups of about `size` mentees, each led by a mentor with room
    /// (capacity above 0), each locked mentee in their mentor's group.
    ///
    /// # Errors
    /// A lock the grouping could not keep, at its line.
    pub fn group(&self, size: usize) -> Result<LedGrouping, InputError> {
        self.group_with(size, &self.priority)
    }

    /// [`Matching::group`], with these mentees first.
    fn group_with(&self, size: usize, priority: &[bool]) -> Result<LedGrouping, InputError> {
        let leads: Vec<bool> = self.capacities.iter().map(|&c| c > 0).collect();
        let leaders = leads.iter().filter(|&&l| l).count();
        let cohort = self.scorer.cohort();
        let locked: Vec<(usize, usize)> = self.locked.iter().map(|&(e, m)| (e.0, m.0)).collect();
        let sizes = led_sizes(cohort.mentees.len(), leaders, size);
        InputError::check(self.check_group_locks(&locked, &leads, &sizes))?;
        let grouping = led_groups(&self.themed(), &leads, &sizes, &locked, priority);
        let problems = grouping.unkept.iter().map(|&(e, m)| {
            let origin = self
                .loaded
                .locks
                .iter()
                .find(|row| (row.mentee.0, row.mentor.0) == (e, m))
                .map_or_else(Location::nowhere, |row| row.origin.clone());
            Problem::new(
                Kind::Unsolvable,
                origin,
                format!(
                    "the locked pair {} – {} could not be kept: the mentor's group cannot take the mentee with the \
                     other locks and rules",
                    cohort.mentees[e].id, cohort.mentors[m].id
                ),
            )
            .hint("remove a lock, or ask for another --group-size")
        });
        InputError::check(problems.collect())?;
        Ok(grouping)
    }

    fn themed(&self) -> Themed<'_> {
        let cohort = self.scorer.cohort();
        let colleagues = self.loaded.config.rules.same_organisation;
        Themed {
            matrix: &self.matrix,
            theme: Points::from_points(self.loaded.config.groups.theme),
            goals: cohort.mentees.iter().map(|p| p.goals.iter().map(|g| g.key.as_str()).collect()).collect(),
            organisation: cohort
                .mentees
                .iter()
                .map(|p| {
                    (colleagues && !p.organisation.key.is_empty()).then_some(p.organisation.key.as_str())
                })
                .collect(),
            apart: self.loaded.apart.iter().map(|row| (row.a.0.min(row.b.0), row.a.0.max(row.b.0))).collect(),
        }
    }

    /// The groups in words: each with its mentor, its mentees by id, its
    /// worth and the goals its mentees share; every mentee left out, with
    /// why.
    /// Locks the groups cannot keep whatever the scores: more mentees
    /// locked to a mentor than the largest group holds, more mentors with
    /// locked mentees than there are groups, and, unless forced, a lock to
    /// a mentor who leads no group (capacity 0); each at its line.
    fn check_group_locks(&self, locked: &[(usize, usize)], leads: &[bool], sizes: &[usize]) -> Vec<Problem> {
        let cohort = self.scorer.cohort();
        let largest = sizes.iter().copied().max().unwrap_or(0);
        // In the order of the lock files, each lock once.
        let mut rows: Vec<(usize, usize, &Location)> = Vec::new();
        for row in &self.loaded.locks {
            let (e, m) = (row.mentee.0, row.mentor.0);
            if locked.contains(&(e, m)) && !rows.iter().any(|&(x, y, _)| (x, y) == (e, m)) {
                rows.push((e, m, &row.origin));
            }
        }
        let mut problems = Vec::new();
        let mut count = vec![0usize; cohort.mentors.len()];
        let mut leaders: Vec<usize> = Vec::new();
        for (e, m, origin) in rows {
            let mentor = &cohort.mentors[m].id;
            count[m] += 1;
            if !leaders.contains(&m) {
                leaders.push(m);
            }
            let problem = if !leads[m] && !self.forced {
                Some((
                    format!(
                        "mentor {mentor} is locked to {}, but has capacity 0 and leads no group",
                        cohort.mentees[e].id
                    ),
                    "remove the lock, give the mentor a capacity, or give --force-locks",
                ))
            } else if count[m] == largest + 1 {
                Some((
                    format!(
                        "mentor {mentor} is locked to {} mentees, more than a group of {largest} holds",
                        count[m]
                    ),
                    "remove a lock, or ask for larger groups with --group-size",
                ))
            } else if leaders.len() == sizes.len() + 1 && leaders.last() == Some(&m) {
                Some((
                    format!(
                        "{} mentors have locked mentees, but there are {} groups",
                        leaders.len(),
                        sizes.len()
                    ),
                    "remove the locks to one mentor, or ask for smaller groups with --group-size",
                ))
            } else {
                None
            };
            if let Some((message, hint)) = problem {
                problems.push(Problem::new(Kind::RuleBroken, origin.clone(), message).hint(hint));
            }
        }
        problems
    }

    /// The groups in words: each with its mentor, its mentees by id, its
    /// worth and the goals its mentees share; every mentee left out, with
    /// why; with priority (groups of about `size`), who came first and who
    /// was left for them.
    pub fn describe_groups(&self, grouping: &LedGrouping, size: usize) -> GroupOutcome {
        let (cohort, lang) = (self.scorer.cohort(), self.scorer.lang());
        let first = |e: usize| self.priority.get(e).copied().unwrap_or(false);
        let themed = self.themed();
        let who = |p: &Participant| (p.id.0.clone(), p.name.clone(), p.organisation.text.clone());
        let mut groups: Vec<PeerGroup> = grouping
            .groups
            .iter()
            .map(|(mentor, members)| {
                let leader = &cohort.mentors[*mentor];
                let mut people: Vec<&Participant> = members.iter().map(|&e| &cohort.mentees[e]).collect();
                people.sort_by(|x, y| x.id.0.cmp(&y.id.0));
                let (mut pairs, mut themes) = (Total::ZERO, Total::ZERO);
                for (i, &a) in members.iter().enumerate() {
                    pairs += Points(themed.pair(a, *mentor).unwrap_or(0));
                    for &b in &members[i + 1..] {
                        themes += Points(themed.together(a, b).unwrap_or(0));
                    }
                }
                let explanation = format!(
                    "{} {} {}",
                    t!(
                        lang,
                        "group-led-by",
                        mentor = leader.called(),
                        organisation = &leader.organisation.text
                    ),
                    t!(lang, "group-led-worth", pairs = pairs.text(lang), themes = themes.text(lang)),
                    crate::peers::shared_goals(&people, lang)
                );
                let mut locked: Vec<&Participant> = members
                    .iter()
                    .filter(|&&e| self.locked.contains(&(MenteeIx(e), MentorIx(*mentor))))
                    .map(|&e| &cohort.mentees[e])
                    .collect();
                locked.sort_by(|x, y| x.id.0.cmp(&y.id.0));
                let locked: Vec<&str> = locked.iter().map(|p| p.called()).collect();
                let explanation = match locked.is_empty() {
                    true => explanation,
                    false => t!(lang, "led-locked", mentees = locked.join(", "), explanation = explanation),
                };
                let mut prioritised: Vec<&Participant> =
                    members.iter().filter(|&&e| first(e)).map(|&e| &cohort.mentees[e]).collect();
                prioritised.sort_by(|x, y| x.id.0.cmp(&y.id.0));
                let prioritised: Vec<&str> = prioritised.iter().map(|p| p.called()).collect();
                let explanation = crate::peers::with_priority(lang, &prioritised, explanation);
                PeerGroup {
                    group: 0,
                    mentor: Some(who(leader)),
                    members: people.iter().map(|p| who(p)).collect(),
                    score: Total(pairs.0 + themes.0),
                    explanation,
                }
            })
            .collect();
        groups.sort_by(|a, b| a.mentor.cmp(&b.mentor));
        // Who the grouping without priority places, to tell those left for
        // the priority mentees so.
        let unprioritised =
            match self.priority.contains(&true) && grouping.left_out.iter().any(|&e| !first(e)) {
                true => self.group_with(size, &[]).ok(),
                false => None,
            };
        let placed_without = |e: usize| {
            unprioritised.as_ref().is_some_and(|g| g.groups.iter().any(|(_, members)| members.contains(&e)))
        };
        let reason = |e: usize| {
            let reason = t!(lang, "led-left-out");
            match (first(e), placed_without(e)) {
                (true, _) => t!(lang, "priority-unmatched", reason = reason),
                (false, true) => t!(lang, "priority-left", reason = reason),
                (false, false) => reason,
            }
        };
        let mut outcome = GroupOutcome::new(
            lang,
            cohort.mentees.len(),
            groups,
            grouping.left_out.iter().map(|&e| (&cohort.mentees[e], reason(e))),
            (grouping.gap(), grouping.exact),
        );
        outcome.summary.priority = (0..cohort.mentees.len()).filter(|&e| first(e)).count();
        outcome.summary.priority_matched =
            outcome.summary.priority - grouping.left_out.iter().filter(|&&e| first(e)).count();
        outcome
    }
}
