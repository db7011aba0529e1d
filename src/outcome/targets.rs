//! How each diversity target fared, in words: the numbers come from the
//! solving stage ([`crate::matching::Matching`]), the words from here.

use crate::config::{TargetAttribute, TargetConfig};
use crate::score::Total;
use crate::text::fold;

/// How a diversity target fared.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetReport {
    pub attribute: &'static str,
    pub value: String,
    pub min_share: f64,
    /// Members needed among the matched mentees.
    pub needed: usize,
    /// Members among the matched mentees.
    pub matched: usize,
    pub met: bool,
    /// Total score this target costs, given the others.
    pub cost: Total,
    /// The share of the matched mentees it reached, from 0 to 1.
    pub share: f64,
    /// Why it was missed, when it was.
    pub reason: Option<String>,
}

/// Why a target was missed, as the solving stage found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortfall {
    /// The cohort has fewer members than the share needs.
    TooFew { members: usize },
    /// Fewer members can be matched at once, whatever else gives way.
    NotAtOnce { members: usize, most: usize },
    /// As many could be matched, but not while the priority mentees
    /// (`--priority`) come first.
    Priority { members: usize, most: usize },
    /// Each target alone could be met, not all together.
    NotTogether,
}

impl TargetReport {
    /// The report of a target from its counts: (members needed, members
    /// matched, mentees matched, mentees in all); `shortfall` when missed.
    pub fn new(
        config: &TargetConfig,
        (needed, matched, all_matched, mentees): (usize, usize, usize, usize),
        cost: Total,
        shortfall: Option<Shortfall>,
    ) -> TargetReport {
        let share = format!("{:.0}% of {all_matched} matched mentees is {needed}", config.min_share * 100.0);
        let reason = shortfall.map(|shortfall| match shortfall {
            Shortfall::TooFew { members } => {
                format!("only {members} {} among {mentees} mentees; {share}", group(config, members))
            }
            Shortfall::NotAtOnce { members, most } => format!(
                "at most {most} of the {members} {} can be matched while {all_matched} mentees are; \
                 their eligible mentors have too few places; {share}",
                group(config, members)
            ),
            Shortfall::Priority { members, most } => format!(
                "at most {most} of the {members} {} can be matched while the priority mentees come first; {share}",
                group(config, members)
            ),
            Shortfall::NotTogether => format!("it cannot be met together with the other targets; {share}"),
        });
        TargetReport {
            attribute: config.attribute.name(),
            value: config.value.clone(),
            min_share: config.min_share,
            needed,
            matched,
            met: shortfall.is_none(),
            cost,
            share: if all_matched == 0 { 0.0 } else { matched as f64 / all_matched as f64 },
            reason,
        }
    }
}

/// "women" for gender = woman, else "mentees with sector = finance".
fn group(config: &TargetConfig, count: usize) -> String {
    let value = fold(&config.value);
    match (config.attribute, value.as_str()) {
        (TargetAttribute::Gender, "woman" | "women" | "vrouw" | "frau" | "female") => {
            if count == 1 { "woman" } else { "women" }.to_owned()
        }
        (TargetAttribute::Gender, "man" | "men" | "mann" | "male") => {
            if count == 1 { "man" } else { "men" }.to_owned()
        }
        _ => format!(
            "{} with {} {}",
            if count == 1 { "mentee" } else { "mentees" },
            config.attribute.name().replace('_', " "),
            config.value
        ),
    }
}
