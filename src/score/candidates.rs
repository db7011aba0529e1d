//! Every candidate pair of a cohort as the scoring stage judged it, for
//! the `scores` view: one row a pair, with its points, eligibility, reason
//! and explanation.

use super::{CandidateMatrix, Points, Scorer};
use crate::cohort::MentorIx;

/// Every candidate pair of a cohort, for the `scores` view: by mentee id,
/// eligible pairs first, best score first, then by mentor id.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidates {
    pub criteria: Vec<String>,
    /// The language its sentences are in.
    pub lang: crate::i18n::Lang,
    pub rows: Vec<Candidate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub mentee_id: String,
    pub mentor_id: String,
    pub score: Points,
    pub eligible: bool,
    /// Why the pair is ineligible; empty when it is eligible.
    pub reason: String,
    pub criteria: Vec<Points>,
    pub explanation: String,
}

impl Candidates {
    pub fn new(scorer: &Scorer<'_>, matrix: &CandidateMatrix) -> Candidates {
        let cohort = scorer.cohort();
        let mut rows = Vec::with_capacity(matrix.mentees * matrix.mentors);
        for mentee in matrix.mentee_ixs() {
            // The matrix keeps no score for a pair the rules forbid: each
            // pair is assessed again, as its criteria are shown anyway.
            let mut assessed: Vec<(MentorIx, super::Assessment)> =
                matrix.mentor_ixs().map(|m| (m, scorer.assess(mentee, m))).collect();
            assessed.sort_by_key(|(m, a)| (a.verdict, std::cmp::Reverse(a.score), *m));
            for (mentor, assessment) in assessed {
                let reason = scorer.reason(mentee, mentor);
                rows.push(Candidate {
                    mentee_id: cohort.mentee(mentee).id.0.clone(),
                    mentor_id: cohort.mentor(mentor).id.0.clone(),
                    score: assessment.score,
                    eligible: reason.is_none(),
                    reason: reason.unwrap_or_default(),
                    criteria: assessment.criteria,
                    explanation: scorer.explain(mentee, mentor),
                });
            }
        }
        Candidates { criteria: matrix.names.clone(), rows, lang: scorer.lang() }
    }
}
