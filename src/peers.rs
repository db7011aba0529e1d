//! A pool of peers, paired (`tandem peers`): colleagues of different
//! organisations learning from each other, with no mentee and no mentor.
//!
//! The pool's cohort holds everyone on both sides ([`Cohort::pool`]), so
//! the scorer of mentoring pairs scores a pair both ways: a as the one who
//! asks and b as the one who gives, then the other way round. A pair is
//! allowed only when both ways pass every hard rule (never two colleagues,
//! never a person with themselves), and its score is the mean of the two.
//! The pairing with the most pairs, then the highest total, is found on the
//! general graph by [`crate::solve::pool`].
//!
//! [`Cohort::pool`]: crate::cohort::Cohort::pool

use std::collections::BTreeMap;

use crate::cohort::{MenteeIx, MentorIx, Participant};
use crate::error::{InputError, Kind, Location, Problem};
use crate::inputs::Loaded;
use crate::matching::Locks;
use crate::outcome::Names;
use crate::pairs::PairRow;
use crate::score::{CandidateMatrix, Points, Scorer, Total, Verdict};
use crate::solve::pool::{Pool, PoolScores};
use crate::solve::{Matcher, Pairing, Unsolved};
use crate::t;

/// A pool scored, ready to pair.
pub struct Peers<'a> {
    pub loaded: &'a Loaded,
    pub scorer: Scorer<'a>,
    pub matrix: CandidateMatrix,
    /// Pairs from `--lock`, (a, b) with a < b.
    pub locked: Vec<(usize, usize)>,
}

/// The pool's pairs in words, for every format.
#[derive(Clone, Debug)]
pub struct PeerOutcome {
    /// The criteria, in column order.
    pub criteria: Vec<String>,
    /// The language its sentences are in.
    pub lang: crate::i18n::Lang,
    pub summary: PeerSummary,
    pub pairs: Vec<PeerPair>,
    pub unmatched: Vec<Unpaired>,
}

/// The pairing in numbers.
#[derive(Clone, Debug)]
pub struct PeerSummary {
    pub people: usize,
    pub pairs: usize,
    pub unmatched: usize,
    /// The sum of the pairs' scores.
    pub total_score: Total,
    /// People who come first (`--priority`), and how many of them are
    /// paired.
    pub priority: usize,
    pub priority_matched: usize,
}

/// One pair of peers; `a` has the smaller id.
#[derive(Clone, Debug)]
pub struct PeerPair {
    pub rank: usize,
    pub a_id: String,
    pub a_name: String,
    pub b_id: String,
    pub b_name: String,
    /// The mean of the pair's two scores, a for b and b for a.
    pub score: Points,
    /// Per criterion, the mean of its two ways.
    pub criteria: Vec<Points>,
    pub explanation: String,
}

/// Someone left without a peer, and why.
#[derive(Clone, Debug)]
pub struct Unpaired {
    pub id: String,
    pub name: String,
    pub reason: String,
}

/// The pool's scores as the general-graph solver sees them: the sum of the
/// two ways (the mean's order, in whole hundredths), a pair allowed only
/// when both ways are.
pub struct BothWays<'m> {
    pub matrix: &'m CandidateMatrix,
}

impl PoolScores for BothWays<'_> {
    fn people(&self) -> usize {
        self.matrix.mentees
    }

    fn score(&self, a: usize, b: usize) -> Option<u32> {
        if a == b {
            return None;
        }
        let (ab, ba) = ((MenteeIx(a), MentorIx(b)), (MenteeIx(b), MentorIx(a)));
        Some(self.matrix.score(ab.0, ab.1)?.0 + self.matrix.score(ba.0, ba.1)?.0)
    }
}

/// The mean of two scores in hundredths, rounded half up.
pub(crate) fn mean(a: Points, b: Points) -> Points {
    Points((a.0 + b.0).div_ceil(2))
}

impl<'a> Peers<'a> {
    /// Scores every pair of the pool both ways, with the excluded pairs and
    /// those of earlier rounds forbidden whichever way a file names them,
    /// and checks the locked pairs.
    ///
    /// # Errors
    /// A pool too large for this machine's memory, one e-mail address
    /// twice, someone in two locked pairs or locked with themselves, and,
    /// unless `locks` is forced, a locked pair that breaks a rule.
    pub fn new(loaded: &'a Loaded, locks: Locks) -> Result<Peers<'a>, InputError> {
        Peers::build(loaded, locks, None)
    }

    /// [`Peers::new`] for groups of about `size`: a person may be locked
    /// with several others, who then share their group; the people locks
    /// join must fit in the largest group, and, unless `locks` is forced,
    /// may all share one.
    ///
    /// # Errors
    /// As [`Peers::new`], and locks joining too many people, or two who may
    /// not share a group.
    pub fn for_groups(loaded: &'a Loaded, locks: Locks, size: usize) -> Result<Peers<'a>, InputError> {
        Peers::build(loaded, locks, Some(size))
    }

    fn build(loaded: &'a Loaded, locks: Locks, size: Option<usize>) -> Result<Peers<'a>, InputError> {
        let cohort = &loaded.cohort;
        InputError::check(repeated(&cohort.mentees))?;
        crate::memory::check_pool(
            cohort.mentees.len(),
            Scorer::new(cohort, &loaded.config, &loaded.ratings).narrow(),
        )?;
        let both_ways = |rows: &'a [PairRow]| {
            rows.iter().flat_map(|row| {
                let (a, b) = (row.mentee.0, row.mentor.0);
                [
                    ((MenteeIx(a), MentorIx(b)), row.origin.clone()),
                    ((MenteeIx(b), MentorIx(a)), row.origin.clone()),
                ]
            })
        };
        let scorer = Scorer::with_sensitive(cohort, &loaded.config, &loaded.ratings, loaded.show_sensitive)
            .exclude(both_ways(&loaded.exclusions))
            .remember(both_ways(&loaded.history));
        let matrix = scorer.matrix();
        let mut peers = Peers { loaded, scorer, matrix, locked: Vec::new() };
        peers.locked = peers.check_locks(locks, size)?;
        if let Some(size) = size {
            InputError::check(peers.check_clusters(locks, size))?;
        }
        Ok(peers)
    }

    /// The locked pairs, (a, b) with a < b: nobody with themselves, nobody
    /// twice unless in groups (of about `size`), and, unless forced, every
    /// rule kept both ways.
    fn check_locks(&self, locks: Locks, size: Option<usize>) -> Result<Vec<(usize, usize)>, InputError> {
        let cohort = self.scorer.cohort();
        let mut problems = Vec::new();
        let mut locked: Vec<(usize, usize)> = Vec::new();
        let mut taken: BTreeMap<usize, &Location> = BTreeMap::new();
        for row in &self.loaded.locks {
            let (a, b) = (row.mentee.0.min(row.mentor.0), row.mentee.0.max(row.mentor.0));
            let names = format!("{} – {}", cohort.mentees[a].id, cohort.mentees[b].id);
            if locked.contains(&(a, b)) {
                continue;
            }
            if a == b {
                problems.push(
                    Problem::new(
                        Kind::RuleBroken,
                        row.origin.clone(),
                        format!("{names}: one person cannot be their own peer"),
                    )
                    .hint("lock two different people"),
                );
                continue;
            }
            if let Some(earlier) = taken.get(&a).or_else(|| taken.get(&b))
                && size.is_none()
            {
                problems.push(
                    Problem::new(
                        Kind::Duplicate,
                        row.origin.clone(),
                        format!("the locked pair {names} takes someone already locked at {earlier}"),
                    )
                    .hint("lock each person to one peer"),
                );
                continue;
            }
            let broken = [(a, b), (b, a)]
                .into_iter()
                .map(|(e, m)| (MenteeIx(e), MentorIx(m)))
                .find(|&(e, m)| self.matrix.verdict(e, m) != Verdict::Eligible);
            if let Some((e, m)) = broken {
                if self.matrix.verdict(e, m) == Verdict::Excluded {
                    problems.push(crate::matching::lock_excluded(&names, &row.origin));
                    continue;
                }
                if locks != Locks::Forced {
                    let reason = self.scorer.reason(e, m).unwrap_or_default();
                    problems.push(crate::matching::lock_breaks(&names, &reason, &row.origin));
                    continue;
                }
            }
            taken.insert(a, &row.origin);
            taken.insert(b, &row.origin);
            locked.push((a, b));
        }
        InputError::check(problems)?;
        locked.sort_unstable();
        Ok(locked)
    }

    /// Where locks join people into one group: not more than the largest
    /// group holds, and, unless forced, no two who may not share a group
    /// (colleagues locked each with a third), at the lock that joins them.
    fn check_clusters(&self, locks: Locks, size: usize) -> Vec<Problem> {
        let cohort = self.scorer.cohort();
        let people = cohort.mentees.len();
        let largest = crate::solve::groups::sizes(people, size).into_iter().max().unwrap_or(0);
        let origin = |members: &[usize]| {
            self.loaded
                .locks
                .iter()
                .filter(|row| members.contains(&row.mentee.0) && members.contains(&row.mentor.0))
                .map(|row| row.origin.clone())
                .max_by(|x, y| x.line.cmp(&y.line))
                .unwrap_or_else(Location::nowhere)
        };
        let ids = |members: &[usize]| -> String {
            members.iter().map(|&p| cohort.mentees[p].id.0.as_str()).collect::<Vec<_>>().join(", ")
        };
        let mut problems = Vec::new();
        for members in crate::solve::groups::clusters(people, &self.locked) {
            if members.len() > largest {
                problems.push(
                    Problem::new(
                        Kind::RuleBroken,
                        origin(&members),
                        format!(
                            "the locks put {} people in one group ({}), but the groups hold at most {largest}",
                            members.len(),
                            ids(&members)
                        ),
                    )
                    .hint("lock fewer people together, or ask for larger groups with --group-size"),
                );
                continue;
            }
            if locks == Locks::Forced {
                continue;
            }
            let apart = members.iter().enumerate().find_map(|(i, &a)| {
                members[i + 1..].iter().find_map(|&b| self.reason(a, b).map(|reason| (a, b, reason)))
            });
            if let Some((a, b, reason)) = apart {
                let names = format!("{} – {}", cohort.mentees[a].id, cohort.mentees[b].id);
                problems.push(
                    Problem::new(
                        Kind::RuleBroken,
                        origin(&members),
                        format!(
                            "the locks put {} in one group, but {names} may not share one: {reason}",
                            ids(&members)
                        ),
                    )
                    .hint("remove a lock, or give --force-locks to keep them together anyway"),
                );
            }
        }
        problems
    }

    /// The pairing with the most pairs, then the highest total score.
    ///
    /// # Errors
    /// Scores too large to weigh exactly.
    pub fn solve(&self) -> Result<Pairing, InputError> {
        self.solve_with(&self.locked, &self.loaded.priority)
    }

    /// The pairing with these locks and these people first: the most
    /// pairs, then the most of `priority` paired, then the highest total.
    ///
    /// # Errors
    /// Scores too large to weigh exactly.
    pub fn solve_with(&self, locked: &[(usize, usize)], priority: &[bool]) -> Result<Pairing, InputError> {
        let pool = Pool { scores: &BothWays { matrix: &self.matrix }, locked, priority };
        pool.pairing().map_err(|unsolved| {
            let Unsolved::TooLarge { mentees } = unsolved else { unreachable!("a pool has no targets") };
            InputError::from(Problem::new(
                Kind::Unsolvable,
                Location::nowhere(),
                format!("the scores of a pool of {mentees} people are too large to weigh exactly"),
            ))
        })
    }

    /// A pair's score: the mean of its two ways.
    pub fn score(&self, a: usize, b: usize) -> Points {
        let way = |e: usize, m: usize| self.scorer.score(&self.matrix, MenteeIx(e), MentorIx(m));
        mean(way(a, b), way(b, a))
    }

    /// Why a pair may not be made, the first way round that breaks a rule;
    /// `None` when both ways keep every rule.
    pub fn reason(&self, a: usize, b: usize) -> Option<String> {
        [(a, b), (b, a)]
            .into_iter()
            .map(|(e, m)| (MenteeIx(e), MentorIx(m)))
            .find(|&(e, m)| self.matrix.verdict(e, m) != Verdict::Eligible)
            .map(|(e, m)| self.scorer.reason(e, m).unwrap_or_default())
    }

    /// A pairing in words: the pairs by score, then everyone left out with
    /// the reason.
    pub fn describe(&self, pairing: &Pairing) -> PeerOutcome {
        let (cohort, lang) = (self.scorer.cohort(), self.scorer.lang());
        let names = Names::among(cohort.mentees.iter());
        let person = |i: usize| &cohort.mentees[i];
        let first = |p: usize| self.loaded.priority.get(p).copied().unwrap_or(false);
        let mut pairs: Vec<PeerPair> = pairing
            .pairs
            .iter()
            .map(|&(a, b)| {
                let explanation = match self.locked.contains(&(a, b)) {
                    true => t!(lang, "locked-pair", explanation = self.explain(a, b, &names)),
                    false => self.explain(a, b, &names),
                };
                let prioritised: Vec<String> =
                    [a, b].into_iter().filter(|&p| first(p)).map(|p| names.label(person(p))).collect();
                let explanation = with_priority(lang, &prioritised, explanation);
                let (ab, ba) = (
                    self.scorer.assess(MenteeIx(a), MentorIx(b)),
                    self.scorer.assess(MenteeIx(b), MentorIx(a)),
                );
                PeerPair {
                    rank: 0,
                    a_id: person(a).id.0.clone(),
                    a_name: person(a).name.clone(),
                    b_id: person(b).id.0.clone(),
                    b_name: person(b).name.clone(),
                    score: self.score(a, b),
                    criteria: ab.criteria.iter().zip(&ba.criteria).map(|(&x, &y)| mean(x, y)).collect(),
                    explanation,
                }
            })
            .collect();
        pairs.sort_by(|x, y| y.score.cmp(&x.score).then_with(|| x.a_id.cmp(&y.a_id)));
        for (i, pair) in pairs.iter_mut().enumerate() {
            pair.rank = i + 1;
        }
        let mut partner = vec![None; cohort.mentees.len()];
        for &(a, b) in &pairing.pairs {
            partner[a] = Some(b);
            partner[b] = Some(a);
        }
        // Who the pairing without priority pairs, to tell those left for
        // the priority people so.
        let unprioritised = match self.loaded.priority.iter().any(|&p| p) {
            true => self.solve_with(&self.locked, &[]).ok(),
            false => None,
        };
        let paired_without = |p: usize| {
            unprioritised.as_ref().is_some_and(|pairing| pairing.pairs.iter().any(|&(a, b)| a == p || b == p))
        };
        let unmatched: Vec<Unpaired> = (0..cohort.mentees.len())
            .filter(|&p| partner[p].is_none())
            .map(|p| {
                let reason = self.left_out(p, &partner, &names);
                let reason = match (first(p), paired_without(p)) {
                    (true, _) => t!(lang, "priority-peer-unpaired", reason = reason),
                    (false, true) => t!(lang, "priority-peer-left", reason = reason),
                    (false, false) => reason,
                };
                Unpaired { id: person(p).id.0.clone(), name: person(p).name.clone(), reason }
            })
            .collect();
        let priority = (0..cohort.mentees.len()).filter(|&p| first(p)).count();
        PeerOutcome {
            lang,
            criteria: self.matrix.names.clone(),
            summary: PeerSummary {
                people: cohort.mentees.len(),
                pairs: pairs.len(),
                unmatched: unmatched.len(),
                total_score: Total(pairs.iter().map(|p| u64::from(p.score.0)).sum()),
                priority,
                priority_matched: (0..cohort.mentees.len())
                    .filter(|&p| first(p) && partner[p].is_some())
                    .count(),
            },
            pairs,
            unmatched,
        }
    }

    /// A pair's explanation: one text where both ways read the same, else
    /// each way under the name of the one it is for.
    fn explain(&self, a: usize, b: usize, names: &Names) -> String {
        let ab = self.scorer.explain(MenteeIx(a), MentorIx(b));
        let ba = self.scorer.explain(MenteeIx(b), MentorIx(a));
        if ab == ba {
            return ab;
        }
        let (cohort, lang) = (self.scorer.cohort(), self.scorer.lang());
        let label = |i: usize| names.label(&cohort.mentees[i]);
        t!(lang, "peers-both-ways", a = label(a), ab = ab, b = label(b), ba = ba)
    }

    /// Why someone has no peer: nobody they may be paired with, or every
    /// such peer is paired with someone else (naming the best of them).
    fn left_out(&self, p: usize, partner: &[Option<usize>], names: &Names) -> String {
        let scores = BothWays { matrix: &self.matrix };
        let (cohort, lang) = (self.scorer.cohort(), self.scorer.lang());
        let others = (0..cohort.mentees.len()).filter(|&q| q != p);
        let eligible: Vec<(u32, usize)> =
            others.clone().filter_map(|q| scores.score(p, q).map(|s| (s, q))).collect();
        let Some(&(_, best)) = eligible.iter().max_by_key(|&&(s, q)| (s, std::cmp::Reverse(q))) else {
            if cohort.mentees.len() == 1 {
                return t!(lang, "peers-alone");
            }
            return t!(lang, "peers-none-eligible", rules = self.ruled_out(p, others));
        };
        let label = |q: usize| names.label(&cohort.mentees[q]);
        let (best_name, points) = (label(best), self.score(p, best).text(lang));
        let taken = match partner[best] {
            Some(other) => {
                t!(lang, "peers-best-taken", best = best_name, points = points, other = label(other))
            }
            None => t!(lang, "peers-best-left-out", best = best_name, points = points),
        };
        if cohort.mentees.len() % 2 == 1 && partner.iter().filter(|q| q.is_none()).count() == 1 {
            t!(lang, "peers-odd", count = cohort.mentees.len(), reason = taken)
        } else {
            taken
        }
    }

    /// What rules keep everyone else from `p`, counted by rule.
    fn ruled_out(&self, p: usize, others: impl Iterator<Item = usize>) -> String {
        let lang = self.scorer.lang();
        let mut by_rule: BTreeMap<String, usize> = BTreeMap::new();
        for q in others {
            let verdict = [(p, q), (q, p)]
                .into_iter()
                .map(|(e, m)| self.matrix.verdict(MenteeIx(e), MentorIx(m)))
                .find(|&v| v != Verdict::Eligible);
            if let Some(rule) = verdict.and_then(|v| self.scorer.rule(v)) {
                *by_rule.entry(rule.title(lang)).or_default() += 1;
            }
        }
        let parts: Vec<String> =
            by_rule.iter().map(|(title, &n)| t!(lang, "peers-fail", count = n, rule = title)).collect();
        let others: usize = by_rule.values().sum();
        match by_rule.keys().next() {
            Some(title) if by_rule.len() == 1 => t!(lang, "peers-none-passes", count = others, rule = title),
            _ => t!(lang, "peers-of-the", count = others, parts = parts.join(", ")),
        }
    }
}

/// A person in the pool more than once, by e-mail, at each later row: one
/// who filled in the form twice (or a mentor's and a mentee's form) would
/// otherwise be paired with themselves.
fn repeated(participants: &[Participant]) -> Vec<Problem> {
    let mut first: BTreeMap<String, &Participant> = BTreeMap::new();
    let mut problems = Vec::new();
    for person in participants.iter().filter(|p| !p.email.trim().is_empty()) {
        match first.get(&person.email.trim().to_lowercase()) {
            Some(earlier) => problems.push(
                Problem::new(
                    Kind::Duplicate,
                    person.origin.clone(),
                    format!(
                        "'{}' and '{}' have the same e-mail address, {}: one person cannot be their own peer",
                        earlier.id, person.id, person.email
                    ),
                )
                .hint("keep one of the two rows"),
            ),
            None => {
                first.insert(person.email.trim().to_lowercase(), person);
            }
        }
    }
    problems
}

/// A pool's groups in words, for every format.
#[derive(Clone, Debug)]
pub struct GroupOutcome {
    pub lang: crate::i18n::Lang,
    pub groups: Vec<PeerGroup>,
    /// People in no group, with the reason.
    pub unmatched: Vec<Unpaired>,
    pub summary: GroupSummary,
}

/// One group: its members by id, its score (the sum of its pairs' scores)
/// and what its members share.
#[derive(Clone, Debug)]
pub struct PeerGroup {
    pub group: usize,
    /// (id, name, organisation) of the mentor who leads it, in group
    /// mentoring; `None` for peers.
    pub mentor: Option<(String, String, String)>,
    /// (id, name, organisation) of each member.
    pub members: Vec<(String, String, String)>,
    pub score: Total,
    pub explanation: String,
}

/// The grouping in numbers.
#[derive(Clone, Debug)]
pub struct GroupSummary {
    pub people: usize,
    pub groups: usize,
    pub unmatched: usize,
    pub total_score: Total,
    /// How far the total may be from the best possible, as a share of an
    /// upper bound: 0 when the grouping is proven best.
    pub gap: f64,
    pub exact: bool,
    /// People who come first (`--priority`), and how many of them have a
    /// group.
    pub priority: usize,
    pub priority_matched: usize,
}

impl GroupOutcome {
    /// Groups numbered in their order, everyone left out with their
    /// reason (in words), and the numbers: of `people`, with the
    /// grouping's gap.
    pub(crate) fn new<'p>(
        lang: crate::i18n::Lang,
        people: usize,
        mut groups: Vec<PeerGroup>,
        left_out: impl Iterator<Item = (&'p Participant, String)>,
        (gap, exact): (f64, bool),
    ) -> GroupOutcome {
        for (i, group) in groups.iter_mut().enumerate() {
            group.group = i + 1;
        }
        let unmatched: Vec<Unpaired> = left_out
            .map(|(p, reason)| Unpaired { id: p.id.0.clone(), name: p.name.clone(), reason })
            .collect();
        GroupOutcome {
            lang,
            summary: GroupSummary {
                people,
                groups: groups.len(),
                unmatched: unmatched.len(),
                total_score: Total(groups.iter().map(|g| g.score.0).sum()),
                gap,
                exact,
                priority: 0,
                priority_matched: 0,
            },
            groups,
            unmatched,
        }
    }
}

impl Peers<'_> {
    /// Groups of about `size` (intervision groups): never two people who
    /// may not be paired in one group, each locked pair in one, the most
    /// pair score inside them.
    ///
    /// # Errors
    /// A lock the grouping could not keep, at its line.
    pub fn group(&self, size: usize) -> Result<crate::solve::groups::Grouping, InputError> {
        let cohort = self.scorer.cohort();
        let grouping = crate::solve::groups::group(
            &BothWays { matrix: &self.matrix },
            &crate::solve::groups::sizes(cohort.mentees.len(), size),
            &self.locked,
        );
        let problems = grouping.unkept.iter().map(|&(a, b)| {
            let origin = self
                .loaded
                .locks
                .iter()
                .find(|row| (row.mentee.0.min(row.mentor.0), row.mentee.0.max(row.mentor.0)) == (a, b))
                .map_or_else(Location::nowhere, |row| row.origin.clone());
            Problem::new(
                Kind::Unsolvable,
                origin,
                format!(
                    "the locked pair {} – {} could not be put in one group with the other locks and rules",
                    cohort.mentees[a].id, cohort.mentees[b].id
                ),
            )
            .hint("remove a lock, or ask for another --group-size")
        });
        InputError::check(problems.collect())?;
        Ok(grouping)
    }

    /// A grouping in words: the groups by their first member's id, each
    /// with the goals its members share; everyone left out, with why.
    pub fn describe_groups(&self, grouping: &crate::solve::groups::Grouping) -> GroupOutcome {
        let (cohort, lang) = (self.scorer.cohort(), self.scorer.lang());
        let person = |i: usize| &cohort.mentees[i];
        let mut groups: Vec<PeerGroup> = grouping
            .groups
            .iter()
            .map(|members| {
                let mut score = Total::ZERO;
                for (i, &a) in members.iter().enumerate() {
                    for &b in &members[i + 1..] {
                        score += self.score(a, b);
                    }
                }
                let mut people: Vec<&Participant> = members.iter().map(|&m| person(m)).collect();
                people.sort_by(|x, y| x.id.0.cmp(&y.id.0));
                let explanation = shared_goals(&people, lang);
                let locked: Vec<String> = self
                    .locked
                    .iter()
                    .filter(|(a, _)| members.contains(a))
                    .map(|&(a, b)| {
                        t!(lang, "group-locked-pair", a = person(a).called(), b = person(b).called())
                    })
                    .collect();
                let explanation = match locked.is_empty() {
                    true => explanation,
                    false => t!(lang, "group-locked", pairs = locked.join(", "), explanation = explanation),
                };
                PeerGroup {
                    group: 0,
                    mentor: None,
                    members: people
                        .iter()
                        .map(|p| (p.id.0.clone(), p.name.clone(), p.organisation.text.clone()))
                        .collect(),
                    score,
                    explanation,
                }
            })
            .collect();
        groups.sort_by(|a, b| a.members[0].0.cmp(&b.members[0].0));
        GroupOutcome::new(
            lang,
            cohort.mentees.len(),
            groups,
            grouping.left_out.iter().map(|&p| (person(p), t!(lang, "group-left-out"))),
            (grouping.gap(), grouping.exact),
        )
    }
}

/// An explanation that names who in the pair or group comes first
/// (`--priority`): "Priority: Eve Peters. …"; as it is when nobody does.
pub(crate) fn with_priority(
    lang: crate::i18n::Lang,
    names: &[impl AsRef<str>],
    explanation: String,
) -> String {
    if names.is_empty() {
        return explanation;
    }
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    t!(lang, "priority-peers", count = names.len(), names = names.join(", "), explanation = explanation)
}

/// The goals two or more members of a group share, most shared first:
/// "Shared goals: leadership (4 of 5), budgeting (2 of 5)."
pub(crate) fn shared_goals(members: &[&Participant], lang: crate::i18n::Lang) -> String {
    let mut counts: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for member in members {
        let mut seen = std::collections::BTreeSet::new();
        for goal in &member.goals {
            if seen.insert(goal.key.as_str()) {
                counts.entry(goal.key.as_str()).or_insert((0, goal.text.as_str())).0 += 1;
            }
        }
    }
    let mut shared: Vec<(usize, &str)> = counts.into_values().filter(|&(n, _)| n >= 2).collect();
    shared.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    let organisations: std::collections::BTreeSet<&str> =
        members.iter().map(|m| m.organisation.key.as_str()).collect();
    let goals: Vec<String> = shared
        .iter()
        .map(|&(n, text)| t!(lang, "group-goal", goal = text, count = n, of = members.len()))
        .collect();
    t!(
        lang,
        "group-explanation",
        shared = goals.len(),
        goals = goals.join(", "),
        organisations = organisations.len()
    )
}
