//! How each diversity target fared, in words: the numbers come from the
//! solving stage ([`crate::matching::Matching`]), the words from here.

use crate::config::{TargetAttribute, TargetConfig};
use crate::i18n::Lang;
use crate::score::Total;
use crate::t;
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
        lang: Lang,
    ) -> TargetReport {
        let share = t!(
            lang,
            "target-share",
            percent = format!("{:.0}", config.min_share * 100.0),
            matched = all_matched,
            needed = needed
        );
        let reason = shortfall.map(|shortfall| match shortfall {
            Shortfall::TooFew { members } => {
                t!(
                    lang,
                    "target-too-few",
                    group = group(config, members, lang),
                    mentees = mentees,
                    share = share
                )
            }
            Shortfall::NotAtOnce { members, most } => t!(
                lang,
                "target-not-at-once",
                most = most,
                group = group(config, members, lang),
                matched = all_matched,
                share = share
            ),
            Shortfall::Priority { members, most } => {
                t!(lang, "target-priority", most = most, group = group(config, members, lang), share = share)
            }
            Shortfall::NotTogether => t!(lang, "target-not-together", share = share),
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

/// "3 women" for gender = woman, else "3 mentees with sector = finance".
fn group(config: &TargetConfig, count: usize, lang: Lang) -> String {
    let value = fold(&config.value);
    let gender = match (config.attribute, value.as_str()) {
        (TargetAttribute::Gender, "woman" | "women" | "vrouw" | "vrouwen" | "frau" | "frauen" | "female") => {
            "woman"
        }
        (TargetAttribute::Gender, "man" | "men" | "mannen" | "mann" | "manner" | "male") => "man",
        _ => "other",
    };
    t!(
        lang,
        "target-group",
        count = count,
        gender = gender,
        attribute = config.attribute.name().replace('_', " "),
        value = &config.value
    )
}
