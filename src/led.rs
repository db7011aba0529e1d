//! Group mentoring (`tandem match --group-size N`): each mentor leads a
//! small group of mentees chosen together, rather than mentees one by one.
//!
//! A group is worth its mentor–mentee scores (the same scores and hard
//! rules as one-to-one matching) plus a shared-theme bonus: [`THEME`] for
//! each goal two of its mentees share. Two mentees of one organisation
//! never share a group (unless `rules.same_organisation` is off). The
//! grouping itself is [`crate::solve::led`]: exact on small cohorts, a
//! local search with its gap to an upper bound on larger ones.

use std::collections::BTreeSet;

use crate::cohort::{MenteeIx, MentorIx, Participant};
use crate::matching::Matching;
use crate::peers::{GroupOutcome, PeerGroup};
use crate::score::{CandidateMatrix, Points, Total};
use crate::solve::led::{GroupScores, LedGrouping, led_groups, led_sizes};
use crate::t;

/// The bonus for each goal two mentees of one group share: 5 points.
pub const THEME: Points = Points(500);

/// Mentor–mentee scores and the mentees' shared-theme bonuses.
struct Themed<'a> {
    matrix: &'a CandidateMatrix,
    /// Per mentee, their goals' keys, and their organisation's key where
    /// colleagues may not share a group.
    goals: Vec<BTreeSet<&'a str>>,
    organisation: Vec<Option<&'a str>>,
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
        Some(self.goals[a].intersection(&self.goals[b]).count() as u32 * THEME.0)
    }
}

impl Matching<'_> {
    /// Groups of about `size` mentees, each led by a mentor with room
    /// (capacity above 0).
    pub fn group(&self, size: usize) -> LedGrouping {
        let leads: Vec<bool> = self.capacities.iter().map(|&c| c > 0).collect();
        let leaders = leads.iter().filter(|&&l| l).count();
        let mentees = self.scorer.cohort().mentees.len();
        led_groups(&self.themed(), &leads, &led_sizes(mentees, leaders, size))
    }

    fn themed(&self) -> Themed<'_> {
        let cohort = self.scorer.cohort();
        let colleagues = self.loaded.config.rules.same_organisation;
        Themed {
            matrix: &self.matrix,
            goals: cohort.mentees.iter().map(|p| p.goals.iter().map(|g| g.key.as_str()).collect()).collect(),
            organisation: cohort
                .mentees
                .iter()
                .map(|p| {
                    (colleagues && !p.organisation.key.is_empty()).then_some(p.organisation.key.as_str())
                })
                .collect(),
        }
    }

    /// The groups in words: each with its mentor, its mentees by id, its
    /// worth and the goals its mentees share; every mentee left out, with
    /// why.
    pub fn describe_groups(&self, grouping: &LedGrouping) -> GroupOutcome {
        let (cohort, lang) = (self.scorer.cohort(), self.scorer.lang());
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
                let leader_text =
                    if leader.name.is_empty() { leader.id.0.clone() } else { leader.name.clone() };
                let explanation = format!(
                    "{} {} {}",
                    t!(lang, "group-led-by", mentor = leader_text, organisation = &leader.organisation.text),
                    t!(lang, "group-led-worth", pairs = pairs.text(lang), themes = themes.text(lang)),
                    crate::peers::shared_goals(&people, lang)
                );
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
        GroupOutcome::new(
            lang,
            cohort.mentees.len(),
            groups,
            grouping.left_out.iter().map(|&e| &cohort.mentees[e]),
            &t!(lang, "led-left-out"),
            (grouping.gap(), grouping.exact),
        )
    }
}
