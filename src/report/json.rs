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
            score: p.score.as_f64(),
            criteria: Criteria(&outcome.criteria, &p.criteria),
            explanation: &p.explanation,
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
            total_score: summary.total_points(),
            mean_score: summary.mean_score(),
            targets: [],
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
    summary: SummaryJson,
}

#[derive(Serialize)]
struct PairJson<'a> {
    rank: usize,
    mentee_id: &'a str,
    mentee_name: &'a str,
    mentor_id: &'a str,
    mentor_name: &'a str,
    score: f64,
    criteria: Criteria<'a>,
    explanation: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    mentee_columns: Option<Columns<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mentor_columns: Option<Columns<'a>>,
}

#[derive(Serialize)]
struct UnmatchedJson<'a> {
    id: &'a str,
    name: &'a str,
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
struct SummaryJson {
    mentees: usize,
    mentors: usize,
    places: u64,
    matched: usize,
    unmatched_mentees: usize,
    total_score: f64,
    mean_score: f64,
    targets: [(); 0],
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
struct Criteria<'a>(&'a [&'static str], &'a [Points]);

impl Serialize for Criteria<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, points) in self.0.iter().zip(self.1) {
            map.serialize_entry(name, &points.as_f64())?;
        }
        map.end()
    }
}
