//! JSON for scripts: the schema of DESIGN.md, `version` 1. Fields are only
//! ever added, never renamed or removed.

use serde::Serialize;
use serde::ser::SerializeMap;

use super::Candidates;
use crate::outcome::Outcome;
use crate::score::Points;

pub fn outcome(outcome: &Outcome) -> Vec<u8> {
    let pairs: Vec<_> = outcome
        .pairs
        .iter()
        .map(|p| PairJson {
            rank: p.rank,
            mentee_id: &p.mentee_id,
            mentee_name: &p.mentee_name,
            mentor_id: &p.mentor_id,
            mentor_name: &p.mentor_name,
            mentee_email: &p.mentee_email,
            mentee_organisation: &p.mentee_organisation,
            mentor_email: &p.mentor_email,
            mentor_organisation: &p.mentor_organisation,
            score: p.score.as_f64(),
            criteria: Criteria(&outcome.criteria, &p.criteria),
            explanation: &p.explanation,
            locked: p.locked,
            alternatives: p
                .alternatives
                .iter()
                .map(|a| AlternativeJson {
                    mentor_id: &a.mentor_id,
                    mentor_name: &a.mentor_name,
                    score: a.score.as_f64(),
                })
                .collect(),
            mentee_columns: columns(&outcome.extra_columns, &p.mentee_extra),
            mentor_columns: columns(&outcome.extra_columns, &p.mentor_extra),
        })
        .collect();
    let unmatched: Vec<_> = outcome
        .unmatched
        .iter()
        .map(|u| UnmatchedJson {
            id: &u.id,
            name: &u.name,
            email: &u.email,
            organisation: &u.organisation,
            role: u.role.name(),
            reason: &u.reason,
            columns: columns(&outcome.extra_columns, &u.extra),
        })
        .collect();
    let summary = &outcome.summary;
    to_bytes(&OutcomeJson {
        version: 1,
        pairs,
        unmatched,
        summary: SummaryJson {
            mentees: summary.mentees,
            mentors: summary.mentors,
            places: summary.places,
            matched: summary.matched,
            unmatched_mentees: summary.mentees - summary.matched,
            pairs: summary.pairs,
            mentors_wanted: summary.mentors_wanted,
            total_score: summary.total_score.as_f64(),
            mean_score: summary.mean_score(),
            locked: summary.locked,
            excluded: summary.excluded,
            earlier_rounds: summary.earlier,
            priority: summary.priority,
            priority_matched: summary.priority_matched,
            targets: outcome
                .targets
                .iter()
                .map(|t| TargetJson {
                    attribute: t.attribute,
                    value: &t.value,
                    min_share: t.min_share,
                    needed: t.needed,
                    matched: t.matched,
                    share: round(t.share),
                    met: t.met,
                    cost: t.cost.as_f64(),
                    reason: t.reason.as_deref(),
                })
                .collect(),
            targets_cost: summary.targets_cost.as_f64(),
            pairs_given_up: summary.pairs_given_up,
            points_gained: summary.points_gained.as_f64(),
        },
    })
}

pub fn candidates(candidates: &Candidates) -> Vec<u8> {
    let rows: Vec<_> = candidates
        .rows
        .iter()
        .map(|c| CandidateJson {
            mentee_id: &c.mentee_id,
            mentor_id: &c.mentor_id,
            score: c.score.as_f64(),
            eligible: c.eligible,
            reason: &c.reason,
            criteria: Criteria(&candidates.criteria, &c.criteria),
            explanation: &c.explanation,
        })
        .collect();
    to_bytes(&CandidatesJson { version: 1, candidates: rows })
}

/// A pool's pairs of peers: `pairs` (`rank`, `a_id`, `a_name`, `b_id`,
/// `b_name`, `score`, `criteria`, `explanation`), `unmatched` (`id`,
/// `name`, `reason`) and `summary`.
pub fn peers(outcome: &crate::peers::PeerOutcome) -> Vec<u8> {
    let pairs: Vec<_> = outcome
        .pairs
        .iter()
        .map(|p| PeerPairJson {
            rank: p.rank,
            a_id: &p.a_id,
            a_name: &p.a_name,
            b_id: &p.b_id,
            b_name: &p.b_name,
            score: p.score.as_f64(),
            criteria: Criteria(&outcome.criteria, &p.criteria),
            explanation: &p.explanation,
        })
        .collect();
    let unmatched: Vec<_> = outcome
        .unmatched
        .iter()
        .map(|u| UnpairedJson { id: &u.id, name: &u.name, reason: &u.reason })
        .collect();
    let s = &outcome.summary;
    to_bytes(&PeersJson {
        version: 1,
        pairs,
        unmatched,
        summary: PeerSummaryJson {
            people: s.people,
            pairs: s.pairs,
            unmatched: s.unmatched,
            total_score: s.total_score.as_f64(),
            mean_score: if s.pairs == 0 { 0.0 } else { s.total_score.mean(s.pairs) },
            priority: s.priority,
            priority_matched: s.priority_matched,
        },
    })
}

#[derive(Serialize)]
struct PeersJson<'a> {
    version: u32,
    pairs: Vec<PeerPairJson<'a>>,
    unmatched: Vec<UnpairedJson<'a>>,
    summary: PeerSummaryJson,
}

#[derive(Serialize)]
struct PeerPairJson<'a> {
    rank: usize,
    a_id: &'a str,
    a_name: &'a str,
    b_id: &'a str,
    b_name: &'a str,
    score: f64,
    criteria: Criteria<'a>,
    explanation: &'a str,
}

#[derive(Serialize)]
struct UnpairedJson<'a> {
    id: &'a str,
    name: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct PeerSummaryJson {
    people: usize,
    pairs: usize,
    unmatched: usize,
    total_score: f64,
    mean_score: f64,
    priority: usize,
    priority_matched: usize,
}

fn to_bytes(value: &impl Serialize) -> Vec<u8> {
    // Serialising plain structs to memory cannot fail.
    let mut bytes = serde_json::to_vec_pretty(value).expect("serialise to memory");
    bytes.push(b'\n');
    bytes
}

#[derive(Serialize)]
struct OutcomeJson<'a> {
    version: u32,
    pairs: Vec<PairJson<'a>>,
    unmatched: Vec<UnmatchedJson<'a>>,
    summary: SummaryJson<'a>,
}

#[derive(Serialize)]
struct PairJson<'a> {
    rank: usize,
    mentee_id: &'a str,
    mentee_name: &'a str,
    mentor_id: &'a str,
    mentor_name: &'a str,
    mentee_email: &'a str,
    mentee_organisation: &'a str,
    mentor_email: &'a str,
    mentor_organisation: &'a str,
    score: f64,
    criteria: Criteria<'a>,
    explanation: &'a str,
    locked: bool,
    alternatives: Vec<AlternativeJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mentee_columns: Option<Columns<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mentor_columns: Option<Columns<'a>>,
}

#[derive(Serialize)]
struct UnmatchedJson<'a> {
    id: &'a str,
    name: &'a str,
    email: &'a str,
    organisation: &'a str,
    role: &'static str,
    reason: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    columns: Option<Columns<'a>>,
}

/// The intake's other columns, passed through, keys in column order.
struct Columns<'a>(&'a [String], &'a [String]);

/// The columns, when the outcome carries any.
fn columns<'a>(headers: &'a [String], values: &'a [String]) -> Option<Columns<'a>> {
    (!headers.is_empty()).then_some(Columns(headers, values))
}

impl Serialize for Columns<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (header, value) in self.0.iter().zip(self.1) {
            map.serialize_entry(header, value)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct SummaryJson<'a> {
    mentees: usize,
    mentors: usize,
    places: u64,
    matched: usize,
    unmatched_mentees: usize,
    pairs: usize,
    mentors_wanted: u64,
    total_score: f64,
    mean_score: f64,
    locked: usize,
    excluded: usize,
    earlier_rounds: usize,
    priority: usize,
    priority_matched: usize,
    targets: Vec<TargetJson<'a>>,
    targets_cost: f64,
    pairs_given_up: usize,
    points_gained: f64,
}

#[derive(Serialize)]
struct TargetJson<'a> {
    attribute: &'static str,
    value: &'a str,
    min_share: f64,
    needed: usize,
    matched: usize,
    /// The share of matched mentees reached, to four decimals.
    share: f64,
    met: bool,
    cost: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
}

#[derive(Serialize)]
struct AlternativeJson<'a> {
    mentor_id: &'a str,
    mentor_name: &'a str,
    score: f64,
}

fn round(share: f64) -> f64 {
    (share * 10_000.0).round() / 10_000.0
}

#[derive(Serialize)]
struct CandidatesJson<'a> {
    version: u32,
    candidates: Vec<CandidateJson<'a>>,
}

#[derive(Serialize)]
struct CandidateJson<'a> {
    mentee_id: &'a str,
    mentor_id: &'a str,
    score: f64,
    eligible: bool,
    reason: &'a str,
    criteria: Criteria<'a>,
    explanation: &'a str,
}

/// Points per criterion as an object, keys in criterion order.
struct Criteria<'a>(&'a [String], &'a [Points]);

impl Serialize for Criteria<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, points) in self.0.iter().zip(self.1) {
            map.serialize_entry(name, &points.as_f64())?;
        }
        map.end()
    }
}

/// What `validate --format json` writes: the column report of every file,
/// the cohort's size, the warnings and the problems (empty when the inputs
/// are fine).
pub fn validate(
    files: &[crate::cohort::FileColumns],
    cohort: Option<&crate::cohort::Cohort>,
    warnings: &[crate::error::Problem],
    problems: &[crate::error::Problem],
) -> Vec<u8> {
    let files: Vec<FileJson> = files
        .iter()
        .map(|file| FileJson {
            file: &file.source,
            role: file.role.map(|r| r.name()),
            rows: file.rows,
            columns: file
                .columns
                .iter()
                .map(|c| ColumnJson {
                    column: c.header.letter(),
                    header: &c.header.header,
                    field: c.header.field,
                    recognised: c.header.field.and(c.header.how).map(|how| match how {
                        crate::intake::How::Config => "config",
                        crate::intake::How::Name => "name",
                        crate::intake::How::Question => "question",
                    }),
                    passed_over: c.header.passed_over.as_deref(),
                    sensitive: c.sensitive,
                    filled: c.filled,
                    criteria: &c.criteria,
                })
                .collect(),
            notes: &file.notes,
        })
        .collect();
    let participants = cohort.map(|cohort| ParticipantsJson {
        mentees: cohort.mentees.len(),
        mentors: cohort.mentors.len(),
        places: cohort.mentors.iter().map(|m| u64::from(m.capacity)).sum(),
    });
    to_bytes(&ValidateJson {
        version: 1,
        files,
        participants,
        warnings: warnings.iter().map(ProblemJson::from).collect(),
        problems: problems.iter().map(ProblemJson::from).collect(),
    })
}

#[derive(Serialize)]
struct ValidateJson<'a> {
    version: u32,
    files: Vec<FileJson<'a>>,
    participants: Option<ParticipantsJson>,
    warnings: Vec<ProblemJson<'a>>,
    problems: Vec<ProblemJson<'a>>,
}

#[derive(Serialize)]
struct FileJson<'a> {
    file: &'a str,
    role: Option<&'static str>,
    rows: usize,
    columns: Vec<ColumnJson<'a>>,
    notes: &'a [String],
}

#[derive(Serialize)]
struct ColumnJson<'a> {
    /// The column's letter, as spreadsheets show it.
    column: String,
    header: &'a str,
    field: Option<&'static str>,
    /// How the header was recognised: "config", "name" or "question".
    recognised: Option<&'static str>,
    passed_over: Option<&'a str>,
    sensitive: bool,
    /// Rows with a value in this column.
    filled: usize,
    /// The declared criteria that read it.
    criteria: &'a [String],
}

#[derive(Serialize)]
struct ParticipantsJson {
    mentees: usize,
    mentors: usize,
    places: u64,
}

#[derive(Serialize)]
struct ProblemJson<'a> {
    kind: crate::error::Kind,
    file: Option<&'a str>,
    line: Option<u64>,
    column: Option<String>,
    header: Option<&'a str>,
    message: &'a str,
    hint: Option<&'a str>,
}

impl<'a> From<&'a crate::error::Problem> for ProblemJson<'a> {
    fn from(problem: &'a crate::error::Problem) -> Self {
        let at = &problem.location;
        ProblemJson {
            kind: problem.kind,
            file: (!at.file.is_empty()).then_some(at.file.as_str()),
            line: at.line,
            column: at.index.map(crate::error::column_letters),
            header: at.column.as_deref(),
            message: &problem.message,
            hint: problem.hint.as_deref(),
        }
    }
}

/// What `check --format json` writes: every violation with its kind and
/// place, the targets missed, and the pairing against the optimum.
pub fn check(report: &crate::check::CheckReport) -> Vec<u8> {
    let violations: Vec<ProblemJson> = report.violations.iter().map(ProblemJson::from).collect();
    let prefer = match report.prefer {
        crate::config::Prefer::MostPairs => "most_pairs",
        crate::config::Prefer::BestScores => "best_scores",
    };
    to_bytes(&serde_json::json!({
        "version": 1,
        "clean": report.is_clean(),
        "violations": violations,
        "targets_missed": report.targets,
        "pairing": { "pairs": report.pairs, "total_score": report.total.as_f64() },
        "optimum": { "pairs": report.optimum_pairs, "total_score": report.optimum_total.as_f64(), "prefer": prefer },
    }))
}

/// What `diff --format json` writes: the counts, each mentee's change, and
/// the mentors whose mentees changed.
pub fn diff(diff: &crate::diff::Diff) -> Vec<u8> {
    use crate::diff::Change;
    let mentees: Vec<serde_json::Value> = diff
        .mentees
        .iter()
        .map(|m| {
            serde_json::json!({
                "change": m.change.name(), "mentee": m.mentee, "name": m.name,
                "before": m.before, "after": m.after,
            })
        })
        .collect();
    let mentors: Vec<serde_json::Value> = diff
        .mentors
        .iter()
        .map(|m| serde_json::json!({ "mentor": m.mentor, "name": m.name, "before": m.before, "after": m.after }))
        .collect();
    to_bytes(&serde_json::json!({
        "version": 1,
        "summary": {
            "kept": diff.count(Change::Kept), "changed": diff.count(Change::Changed),
            "new": diff.count(Change::New), "dropped": diff.count(Change::Dropped),
        },
        "mentees": mentees,
        "mentors": mentors,
    }))
}

/// Letters to participants: `{"version": 1, "letters": [{"id", "name",
/// "email", "role", "language", "subject", "message"}]}`.
pub fn letters(letters: &[crate::letters::Letter]) -> Vec<u8> {
    #[derive(Serialize)]
    struct LetterJson<'a> {
        id: &'a str,
        name: &'a str,
        email: &'a str,
        role: &'static str,
        language: &'static str,
        subject: &'a str,
        message: &'a str,
    }
    #[derive(Serialize)]
    struct LettersJson<'a> {
        version: u32,
        letters: Vec<LetterJson<'a>>,
    }
    let letters = letters
        .iter()
        .map(|l| LetterJson {
            id: &l.id,
            name: &l.name,
            email: &l.email,
            role: l.role.name(),
            language: l.lang.code(),
            subject: &l.subject,
            message: &l.message,
        })
        .collect();
    to_bytes(&LettersJson { version: 1, letters })
}

/// A pool's groups: `{"version": 1, "groups": [{"group", "mentor": {"id",
/// "name"} (in group mentoring only), "members": [{"id", "name"}], "score",
/// "explanation"}], "unmatched": [{"id", "name",
/// "reason"}], "summary": {"people", "groups", "unmatched", "total_score",
/// "gap", "exact"}}`.
pub fn groups(outcome: &crate::peers::GroupOutcome) -> Vec<u8> {
    #[derive(Serialize)]
    struct Member<'a> {
        id: &'a str,
        name: &'a str,
    }
    #[derive(Serialize)]
    struct Group<'a> {
        group: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        mentor: Option<Member<'a>>,
        members: Vec<Member<'a>>,
        score: f64,
        explanation: &'a str,
    }
    #[derive(Serialize)]
    struct Summary {
        people: usize,
        groups: usize,
        unmatched: usize,
        total_score: f64,
        gap: f64,
        exact: bool,
        priority: usize,
        priority_matched: usize,
    }
    #[derive(Serialize)]
    struct Groups<'a> {
        version: u32,
        groups: Vec<Group<'a>>,
        unmatched: Vec<UnpairedJson<'a>>,
        summary: Summary,
    }
    let s = &outcome.summary;
    to_bytes(&Groups {
        version: 1,
        groups: outcome
            .groups
            .iter()
            .map(|g| Group {
                group: g.group,
                mentor: g.mentor.as_ref().map(|(id, name, _)| Member { id, name }),
                members: g.members.iter().map(|(id, name, _)| Member { id, name }).collect(),
                score: g.score.as_f64(),
                explanation: &g.explanation,
            })
            .collect(),
        unmatched: outcome
            .unmatched
            .iter()
            .map(|u| UnpairedJson { id: &u.id, name: &u.name, reason: &u.reason })
            .collect(),
        summary: Summary {
            people: s.people,
            groups: s.groups,
            unmatched: s.unmatched,
            total_score: s.total_score.as_f64(),
            gap: (s.gap * 10_000.0).round() / 10_000.0,
            exact: s.exact,
            priority: s.priority,
            priority_matched: s.priority_matched,
        },
    })
}
