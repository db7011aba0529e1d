//! Hard rules: the pairs that are never made, each with a reason a
//! coordinator can read out. Checked in order; the first rule broken is the
//! one reported.

use std::collections::BTreeMap;

use crate::cohort::Cohort;
use crate::config::Config;
use crate::error::Location;

use super::{Ids, Pair, Points};

/// Whether a pair may be made, and if not, which rule forbids it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Verdict {
    #[default]
    Eligible,
    /// Mentee and mentor work at the same organisation.
    SameOrganisation,
    /// Both list languages, and share none.
    NoSharedLanguage,
    /// The score is below `rules.min_score`.
    BelowMinimum,
    /// The pair is in a file given with `--exclude`.
    Excluded,
}

impl Verdict {
    /// The rule's short name, as the `scores` view and summaries write it.
    pub fn rule(self) -> &'static str {
        match self {
            Verdict::Eligible => "",
            Verdict::SameOrganisation => "same organisation",
            Verdict::NoSharedLanguage => "no shared language",
            Verdict::BelowMinimum => "below minimum score",
            Verdict::Excluded => "excluded pair",
        }
    }
}

pub(super) struct Rules {
    pub min_score: Points,
    shared_language: bool,
    /// Whether colleagues are kept apart (`rules.same_organisation`).
    separate_colleagues: bool,
    /// Organisation ids of mentees and mentors.
    organisations: Ids,
    /// Per participant, the bit set of their languages (`words` 64-bit
    /// words each), mentees then mentors; empty sets for no language.
    languages: Vec<u64>,
    words: usize,
    /// Excluded pairs, with the line that excludes them.
    pub excluded: BTreeMap<(usize, usize), Location>,
}

impl Rules {
    pub fn new(cohort: &Cohort, config: &Config) -> Rules {
        let everyone = || cohort.mentees.iter().chain(&cohort.mentors);
        let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
        for language in everyone().flat_map(|p| &p.languages) {
            let next = ids.len();
            ids.entry(language.key.as_str()).or_insert(next);
        }
        let words = ids.len().div_ceil(64).max(1);
        let mut languages = vec![0u64; (cohort.mentees.len() + cohort.mentors.len()) * words];
        for (i, person) in everyone().enumerate() {
            for language in &person.languages {
                let bit = ids[language.key.as_str()];
                languages[i * words + bit / 64] |= 1 << (bit % 64);
            }
        }
        Rules {
            min_score: Points::from_points(config.rules.min_score),
            shared_language: config.rules.require_shared_language,
            separate_colleagues: config.rules.same_organisation,
            organisations: Ids::of(cohort, |p| Some(&p.organisation), |p| Some(&p.organisation)),
            languages,
            words,
            excluded: BTreeMap::new(),
        }
    }

    /// The language sets of a pair's mentee and mentor.
    fn language_sets(&self, pair: Pair<'_>) -> (&[u64], &[u64]) {
        let mentor_row = self.organisations.mentees.len() + pair.mentor_index;
        (
            &self.languages[pair.mentee_index * self.words..][..self.words],
            &self.languages[mentor_row * self.words..][..self.words],
        )
    }

    pub fn check(&self, pair: Pair<'_>, score: Points) -> Verdict {
        if self.excluded.contains_key(&(pair.mentee_index, pair.mentor_index)) {
            Verdict::Excluded
        } else if self.separate_colleagues
            && self.organisations.pair(pair).0 == self.organisations.pair(pair).1
        {
            Verdict::SameOrganisation
        } else if self.shared_language && !self.shares_language(pair) {
            Verdict::NoSharedLanguage
        } else if score < self.min_score {
            Verdict::BelowMinimum
        } else {
            Verdict::Eligible
        }
    }

    /// Why the pair is ineligible, starting with the rule; `None` when it
    /// is eligible.
    pub fn reason(&self, pair: Pair<'_>, verdict: Verdict, score: Points) -> Option<String> {
        let list = |terms: &[crate::cohort::Term]| {
            terms.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(", ")
        };
        Some(match verdict {
            Verdict::Eligible => return None,
            Verdict::SameOrganisation => {
                format!("same organisation: both work at {}", pair.mentor.organisation.text)
            }
            Verdict::NoSharedLanguage => format!(
                "no shared language: the mentee speaks {}, the mentor {}",
                list(&pair.mentee.languages),
                list(&pair.mentor.languages)
            ),
            Verdict::BelowMinimum => {
                format!("below the minimum score: {score} is less than {} (rules.min_score)", self.min_score)
            }
            Verdict::Excluded => match self.excluded.get(&(pair.mentee_index, pair.mentor_index)) {
                Some(origin) => format!("excluded: listed in {origin}"),
                None => "excluded".to_owned(),
            },
        })
    }

    /// The sentences on the rules an eligible pair passes.
    pub fn explain(&self, pair: Pair<'_>) -> Vec<String> {
        let mut sentences = Vec::new();
        if self.separate_colleagues {
            sentences.push("Different organisations.".to_owned());
        }
        let shared: Vec<&str> = pair
            .mentee
            .languages
            .iter()
            .filter(|l| pair.mentor.languages.iter().any(|m| m.key == l.key))
            .map(|l| l.text.as_str())
            .collect();
        if !shared.is_empty() {
            sentences.push(format!("Both speak {}.", shared.join(", ")));
        }
        sentences
    }
}

/// One hard rule as it applies to a pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleCheck {
    pub rule: &'static str,
    pub passed: bool,
    pub detail: String,
}

impl Rules {
    /// Every rule, passed or not, with what decides it.
    pub fn checks(&self, pair: Pair<'_>, score: Points) -> Vec<RuleCheck> {
        let (mentee, mentor) = (pair.mentee, pair.mentor);
        let languages = |p: &crate::cohort::Participant| {
            if p.languages.is_empty() {
                "none listed".to_owned()
            } else {
                p.languages.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(", ")
            }
        };
        let mut checks = Vec::new();
        if self.separate_colleagues {
            checks.push(RuleCheck {
                rule: "different organisations",
                passed: mentee.organisation.key != mentor.organisation.key,
                detail: format!("{} and {}", mentee.organisation.text, mentor.organisation.text),
            });
        }
        if self.shared_language {
            checks.push(RuleCheck {
                rule: "a shared language",
                passed: self.shares_language(pair),
                detail: format!("mentee: {}; mentor: {}", languages(mentee), languages(mentor)),
            });
        }
        checks.push(RuleCheck {
            rule: "at least the minimum score",
            passed: score >= self.min_score,
            detail: format!("{score} against a minimum of {}", self.min_score),
        });
        let excluded = self.excluded.get(&(pair.mentee_index, pair.mentor_index));
        checks.push(RuleCheck {
            rule: "not excluded",
            passed: excluded.is_none(),
            detail: excluded.map_or("in no exclude file".to_owned(), |at| format!("excluded at {at}")),
        });
        checks
    }
}

impl Rules {
    /// True when either lists no languages, or they have one in common.
    fn shares_language(&self, pair: Pair<'_>) -> bool {
        let (a, b) = self.language_sets(pair);
        a.iter().all(|&w| w == 0) || b.iter().all(|&w| w == 0) || a.iter().zip(b).any(|(x, y)| x & y != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::tests::{cohort, first_pair};

    fn verdict(
        mentee: (&str, &str),
        mentor: (&str, &str),
        config: &Config,
        score: Points,
    ) -> (Verdict, Option<String>) {
        let cohort = cohort(&format!(
            "id,role,organisation,languages\nE,mentee,{},\"{}\"\nM,mentor,{},\"{}\"\n",
            mentee.0, mentee.1, mentor.0, mentor.1
        ));
        let rules = Rules::new(&cohort, config);
        let pair = first_pair(&cohort);
        let verdict = rules.check(pair, score);
        (verdict, rules.reason(pair, verdict, score))
    }

    #[test]
    fn colleagues_are_never_paired() {
        let (v, reason) = verdict(("Acme BV", ""), (" acme  bv", ""), &Config::default(), Points(9000));
        assert_eq!(v, Verdict::SameOrganisation);
        assert_eq!(reason.unwrap(), "same organisation: both work at acme  bv");
    }

    #[test]
    fn languages_must_overlap_when_both_list_some() {
        let config = Config::default();
        let (v, reason) = verdict(("A", "Dutch"), ("B", "English; German"), &config, Points(0));
        assert_eq!(v, Verdict::NoSharedLanguage);
        assert_eq!(
            reason.unwrap(),
            "no shared language: the mentee speaks Dutch, the mentor English, German"
        );
        assert_eq!(verdict(("A", "Dutch"), ("B", "english, dutch"), &config, Points(0)).0, Verdict::Eligible);
        assert_eq!(verdict(("A", ""), ("B", "English"), &config, Points(0)).0, Verdict::Eligible);
        let relaxed = Config::parse("t.toml", "[rules]\nrequire_shared_language = false\n").unwrap();
        assert_eq!(verdict(("A", "Dutch"), ("B", "English"), &relaxed, Points(0)).0, Verdict::Eligible);
    }

    #[test]
    fn minimum_score() {
        let config = Config::parse("t.toml", "[rules]\nmin_score = 20\n").unwrap();
        let (v, reason) = verdict(("A", ""), ("B", ""), &config, Points(1999));
        assert_eq!(v, Verdict::BelowMinimum);
        assert_eq!(reason.unwrap(), "below the minimum score: 19.99 is less than 20.00 (rules.min_score)");
        assert_eq!(verdict(("A", ""), ("B", ""), &config, Points(2000)).0, Verdict::Eligible);
    }
}
