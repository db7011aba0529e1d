//! Goals: the share of a mentee's development goals that the mentor offers.
//!
//! Goals are compared as whole phrases, folded for case, spacing and
//! diacritics, with the config's synonyms applied; two different phrases
//! count as the same goal when their normalised Levenshtein similarity
//! reaches `goals.similarity`. Never substrings: "AI" does not match "retail".
//!
//! Every distinct mentee phrase is compared with every distinct mentor phrase
//! once, up front; a pair is then scored with bit operations.

use std::collections::{BTreeMap, BTreeSet};

use crate::cohort::{Cohort, Participant};
use crate::config::Config;
use crate::text::fold;

use super::{Criterion, Pair, Points};

pub struct Goals {
    weight: Points,
    /// Per mentee, the ids of their distinct goal phrases, in their order.
    mentee_goals: Vec<Vec<usize>>,
    /// Per mentee phrase, the bitset of mentor phrases that count as it.
    matches: Vec<u64>,
    /// Per mentor, the bitset of their phrases.
    mentor_topics: Vec<u64>,
    /// 64-bit words per bitset.
    words: usize,
    /// Whether anyone in the cohort listed goals; if not, there is nothing
    /// to explain.
    listed: bool,
}

impl Goals {
    pub fn new(cohort: &Cohort, config: &Config) -> Goals {
        let synonyms = synonym_table(&config.goals.synonyms);
        let canonical = |p: &Participant| -> Vec<String> {
            let mut seen = BTreeSet::new();
            p.goals
                .iter()
                .map(|goal| synonyms.get(&goal.key).cloned().unwrap_or_else(|| goal.key.clone()))
                .filter(|key| seen.insert(key.clone()))
                .collect()
        };
        let mentee_keys: Vec<Vec<String>> = cohort.mentees.iter().map(canonical).collect();
        let mentor_keys: Vec<Vec<String>> = cohort.mentors.iter().map(canonical).collect();
        let index = |keys: &[Vec<String>]| -> BTreeMap<String, usize> {
            let distinct: BTreeSet<&String> = keys.iter().flatten().collect();
            distinct.into_iter().enumerate().map(|(i, k)| (k.clone(), i)).collect()
        };
        let mentee_phrases = index(&mentee_keys);
        let mentor_phrases = index(&mentor_keys);
        let words = mentor_phrases.len().div_ceil(64).max(1);

        let similarity = config.goals.similarity;
        let mut matches = vec![0u64; mentee_phrases.len() * words];
        for (phrase, &i) in &mentee_phrases {
            for (topic, &j) in &mentor_phrases {
                if phrase == topic || strsim::normalized_levenshtein(phrase, topic) >= similarity {
                    matches[i * words + j / 64] |= 1 << (j % 64);
                }
            }
        }
        let mut mentor_topics = vec![0u64; mentor_keys.len() * words];
        for (mentor, keys) in mentor_keys.iter().enumerate() {
            for key in keys {
                let j = mentor_phrases[key];
                mentor_topics[mentor * words + j / 64] |= 1 << (j % 64);
            }
        }
        Goals {
            weight: Points::from_points(config.weights.goals),
            mentee_goals: mentee_keys
                .iter()
                .map(|keys| keys.iter().map(|k| mentee_phrases[k]).collect())
                .collect(),
            matches,
            mentor_topics,
            words,
            listed: cohort.mentees.iter().chain(&cohort.mentors).any(|p| !p.goals.is_empty()),
        }
    }

    /// For each of the mentee's distinct goals, whether the mentor offers it.
    fn shared(&self, pair: Pair<'_>) -> impl Iterator<Item = bool> + '_ {
        let topics = &self.mentor_topics[pair.mentor_index * self.words..][..self.words];
        self.mentee_goals[pair.mentee_index].iter().map(move |&phrase| {
            let matching = &self.matches[phrase * self.words..][..self.words];
            matching.iter().zip(topics).any(|(a, b)| a & b != 0)
        })
    }
}

/// Folded synonym → folded name it stands for.
fn synonym_table(synonyms: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, String> {
    let mut table = BTreeMap::new();
    for (name, others) in synonyms {
        for other in others {
            table.insert(fold(other), fold(name));
        }
    }
    table
}

impl Criterion for Goals {
    fn name(&self) -> &'static str {
        "goals"
    }

    fn fields(&self) -> Vec<(&'static str, super::Side)> {
        vec![("goals", super::Side::Both)]
    }

    fn weight(&self) -> Points {
        self.weight
    }

    fn points(&self, pair: Pair<'_>) -> Points {
        let goals = self.mentee_goals[pair.mentee_index].len() as u64;
        let shared = self.shared(pair).filter(|&s| s).count() as u64;
        self.weight.share(shared, goals)
    }

    fn explain(&self, pair: Pair<'_>) -> Option<String> {
        if self.weight == Points::ZERO || !self.listed {
            return None;
        }
        if pair.mentee.goals.is_empty() {
            return Some("The mentee listed no goals.".to_owned());
        }
        if pair.mentor.goals.is_empty() {
            return Some("The mentor listed no topics.".to_owned());
        }
        // The mentee's goals, deduplicated as in `new`, in the mentee's order.
        let mut seen = BTreeSet::new();
        let texts = pair.mentee.goals.iter().filter(|g| seen.insert(g.key.clone()));
        let shared: Vec<&str> = texts
            .zip(self.shared(pair))
            .filter(|(_, shared)| *shared)
            .map(|(g, _)| g.text.as_str())
            .collect();
        let total = self.mentee_goals[pair.mentee_index].len();
        let goals = if total == 1 { "goal" } else { "goals" };
        Some(match shared.len() {
            0 => format!("Shares none of the mentee's {total} {goals}."),
            n => format!("Shares {n} of {total} {goals}: {}.", shared.join(", ")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::tests::{cohort, first_pair};

    fn goals(mentee: &str, mentor: &str, config: &Config) -> (Points, Option<String>) {
        let cohort = cohort(&format!(
            "id,role,organisation,goals\nE,mentee,A,\"{mentee}\"\nM,mentor,B,\"{mentor}\"\n"
        ));
        let goals = Goals::new(&cohort, config);
        let pair = first_pair(&cohort);
        (goals.points(pair), goals.explain(pair))
    }

    #[test]
    fn share_of_goals_offered() {
        let (points, text) =
            goals("Leadership; Negotiation; Finance", "negotiation, leadership, law", &Config::default());
        assert_eq!(points, Points(3000));
        assert_eq!(text.unwrap(), "Shares 2 of 3 goals: Leadership, Negotiation.");
    }

    #[test]
    fn tolerates_case_spacing_and_small_misspellings() {
        let (points, _) = goals(
            "  Stakeholder   management;Negociation",
            "stakeholder management;NEGOTIATION",
            &Config::default(),
        );
        assert_eq!(points, Points(4500));
    }

    #[test]
    fn never_matches_substrings_or_distant_words() {
        let (points, text) = goals("AI", "retail; AI ethics; sales", &Config::default());
        assert_eq!(points, Points::ZERO);
        assert_eq!(text.unwrap(), "Shares none of the mentee's 1 goal.");
        let (points, _) = goals("sales", "scales", &Config::default());
        assert_eq!(points, Points::ZERO);
    }

    #[test]
    fn synonyms_from_the_config_count_as_the_same_goal() {
        let mut config = Config::default();
        config.goals.synonyms.insert("Leadership".into(), vec!["People management".into()]);
        let (points, _) = goals("people management", "leadership", &config);
        assert_eq!(points, Points(4500));
        let (points, _) = goals("leadership", "People Management", &config);
        assert_eq!(points, Points(4500));
    }

    #[test]
    fn similarity_one_accepts_exact_phrases_only() {
        let mut config = Config::default();
        config.goals.similarity = 1.0;
        let (points, _) = goals("negociation", "negotiation", &config);
        assert_eq!(points, Points::ZERO);
    }

    #[test]
    fn duplicates_count_once_and_missing_goals_score_zero() {
        let (points, _) = goals("sales; Sales; law", "sales", &Config::default());
        assert_eq!(points, Points(2250));
        let (points, text) = goals("", "sales", &Config::default());
        assert_eq!((points, text.unwrap().as_str()), (Points::ZERO, "The mentee listed no goals."));
        let (points, text) = goals("sales", "", &Config::default());
        assert_eq!((points, text.unwrap().as_str()), (Points::ZERO, "The mentor listed no topics."));
    }

    #[test]
    fn weight_zero_switches_it_off() {
        let mut config = Config::default();
        config.weights.goals = 0.0;
        assert_eq!(goals("sales", "sales", &config), (Points::ZERO, None));
    }

    #[test]
    fn more_than_64_distinct_topics() {
        // Numbers differ by at least a third of their digits: only "149" matches.
        let topics: Vec<String> = (100..250).map(|i| i.to_string()).collect();
        let (points, _) = goals("149", &topics.join(";"), &Config::default());
        assert_eq!(points, Points(4500));
        let (points, _) = goals("149", &topics[..49].join(";"), &Config::default());
        assert_eq!(points, Points::ZERO);
    }
}
