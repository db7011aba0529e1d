//! Goals, and every `overlap` criterion: phrases compared as wholes,
//! folded for case, spacing and diacritics, with the config's synonyms
//! applied; two different phrases count as one when their normalised
//! Levenshtein similarity reaches `goals.similarity`. Never substrings: "AI"
//! does not match "retail".
//!
//! The goals criterion itself is the default declaration `overlap` on the
//! goals field (`score::declared`): every distinct phrase is compared with
//! every other once, up front, and a pair is then scored with bit
//! operations.

use std::collections::BTreeMap;

use crate::text::fold;

/// For each of `phrases`, the indices of `topics` that count as it: equal,
/// or alike at `similarity`, as goals are compared. For other criteria
/// that compare phrases the same way (declared `overlap`).
pub(super) fn alike(phrases: &[&str], topics: &[&str], similarity: f64) -> Vec<Vec<usize>> {
    let topics: Vec<Phrase> = topics.iter().enumerate().map(|(j, t)| Phrase::new(t, j)).collect();
    let mut by_length: Vec<&Phrase> = topics.iter().collect();
    by_length.sort_by_key(|p| p.length);
    phrases
        .iter()
        .enumerate()
        .map(|(i, phrase)| {
            let phrase = Phrase::new(phrase, i);
            let mut found: Vec<usize> = phrase
                .candidates(&by_length, similarity)
                .filter(|t| phrase.alike(t, similarity))
                .map(|t| t.index)
                .collect();
            found.sort_unstable();
            found
        })
        .collect()
}

/// A goal phrase with what makes comparing it cheap: its length in
/// characters and a histogram of its characters.
struct Phrase<'a> {
    text: &'a str,
    index: usize,
    length: usize,
    histogram: [u16; 32],
}

impl<'a> Phrase<'a> {
    fn new(text: &'a str, index: usize) -> Self {
        let mut histogram = [0u16; 32];
        for c in text.chars() {
            let bucket = &mut histogram[c as usize % 32];
            *bucket = bucket.saturating_add(1);
        }
        Phrase { text, index, length: text.chars().count(), histogram }
    }

    /// The phrases of `by_length` (sorted by length) whose length allows a
    /// similarity of `similarity` with this one: the edit distance is at
    /// least the difference in length.
    fn candidates<'p>(
        &self,
        by_length: &'p [&'p Phrase<'p>],
        similarity: f64,
    ) -> impl Iterator<Item = &'p Phrase<'p>> {
        let slack = 1.0 - similarity;
        // |a - b| <= slack * max(a, b): b within [a (1 - slack), a / (1 - slack)].
        let low = (self.length as f64 * similarity).floor() as usize;
        let high = if slack >= 1.0 {
            usize::MAX
        } else {
            (self.length as f64 / similarity.max(f64::EPSILON)).ceil() as usize
        };
        let start = by_length.partition_point(|p| p.length < low);
        by_length[start..].iter().copied().take_while(move |p| p.length <= high)
    }

    /// Whether two phrases count as one goal: equal, or a normalised
    /// Levenshtein similarity of at least `similarity`. Two lower bounds of
    /// the edit distance (length and character counts) rule most pairs out
    /// before the distance itself is computed.
    fn alike(&self, other: &Phrase<'_>, similarity: f64) -> bool {
        if self.text == other.text {
            return true;
        }
        let longest = self.length.max(other.length);
        if longest == 0 {
            return false;
        }
        // A hair above, so that rounding never rules out a pair at the edge.
        let allowed = ((1.0 - similarity) * longest as f64 + 1e-9).floor() as usize;
        let (mut more, mut fewer) = (0usize, 0usize);
        for (a, b) in self.histogram.iter().zip(&other.histogram) {
            if a > b {
                more += usize::from(a - b);
            } else {
                fewer += usize::from(b - a);
            }
        }
        if more.max(fewer) > allowed || self.length.abs_diff(other.length) > allowed {
            return false;
        }
        strsim::normalized_levenshtein(self.text, other.text) >= similarity
    }
}

/// Folded phrase → the folded name of its class of synonyms. Synonyms that
/// name each other, or share a phrase, are one class (so `leadership =
/// ["budgeting"]` and `budgeting = ["leadership"]` never cancel out); the
/// class is named by its first name in the config's order.
pub(super) fn synonym_table(synonyms: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, String> {
    // Union-find over the folded phrases, each root the earliest name.
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    fn root(parent: &BTreeMap<String, String>, phrase: &str) -> String {
        let mut current = phrase.to_owned();
        while let Some(next) = parent.get(&current).filter(|next| **next != current) {
            current = next.clone();
        }
        current
    }
    for (name, others) in synonyms {
        let name = fold(name);
        parent.entry(name.clone()).or_insert_with(|| name.clone());
        for other in others {
            let other = fold(other);
            parent.entry(other.clone()).or_insert_with(|| other.clone());
            let (a, b) = (root(&parent, &name), root(&parent, &other));
            if a != b {
                // The earlier root (in name order) names the class.
                let (keep, join) = if a <= b { (a, b) } else { (b, a) };
                parent.insert(join, keep);
            }
        }
    }
    let phrases: Vec<String> = parent.keys().cloned().collect();
    phrases
        .into_iter()
        .filter_map(|phrase| {
            let class = root(&parent, &phrase);
            (class != phrase).then_some((phrase, class))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::score::declared::{Declared, DeclaredCriterion};
    use crate::score::tests::{cohort, declaration, first_pair};
    use crate::score::{Criterion, Pair, Points};

    /// The default goals criterion, a declaration `overlap` on the goals
    /// field.
    fn criterion(cohort: &crate::cohort::Cohort, config: &Config) -> DeclaredCriterion {
        let goals = Declared::new(cohort, config, &declaration(config, "goals")).unwrap();
        DeclaredCriterion(std::sync::Arc::new(goals))
    }

    fn goals(mentee: &str, mentor: &str, config: &Config) -> (Points, Option<String>) {
        let cohort = cohort(&format!(
            "id,role,organisation,goals\nE,mentee,A,\"{mentee}\"\nM,mentor,B,\"{mentor}\"\n"
        ));
        let goals = criterion(&cohort, config);
        let pair = first_pair(&cohort);
        (goals.points(pair), goals.explain(pair, crate::i18n::Lang::En))
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
    fn synonyms_that_name_each_other_are_one_goal() {
        let config = Config::parse(
            "t.toml",
            "[goals.synonyms]\nleadership = [\"budgeting\"]\nbudgeting = [\"leadership\", \"finance\"]\n",
        )
        .unwrap();
        for (mentee, mentor) in
            [("leadership", "budgeting"), ("budgeting", "leadership"), ("finance", "leadership")]
        {
            assert_eq!(goals(mentee, mentor, &config).0, Points(4500), "{mentee} ~ {mentor}");
        }
        assert_eq!(goals("sales", "leadership", &config).0, Points::ZERO);
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
        assert_eq!((points, text.unwrap().as_str()), (Points::ZERO, "The mentor listed no goals."));
    }

    #[test]
    fn weight_zero_switches_it_off() {
        let mut config = Config::default();
        config.weights.goals = 0.0;
        assert_eq!(goals("sales", "sales", &config), (Points::ZERO, None));
    }

    #[test]
    fn more_than_64_distinct_topics() {
        // Three mentors offer 150 numbers between them, which differ by at
        // least a third of their digits: only "149" (the first mentor's
        // last) matches.
        let topics: Vec<String> = (100..250).map(|i| i.to_string()).collect();
        let mentors: Vec<String> = topics
            .chunks(50)
            .enumerate()
            .map(|(i, chunk)| format!("M{i},mentor,B{i},\"{}\"\n", chunk.join(";")))
            .collect();
        let cohort = cohort(&format!("id,role,organisation,goals\nE,mentee,A,149\n{}", mentors.concat()));
        let goals = criterion(&cohort, &Config::default());
        let pair = |mentor| Pair {
            mentee: &cohort.mentees[0],
            mentor: &cohort.mentors[mentor],
            mentee_index: 0,
            mentor_index: mentor,
        };
        assert_eq!(goals.points(pair(0)), Points(4500));
        assert_eq!(goals.points(pair(1)), Points::ZERO);
        assert_eq!(goals.points(pair(2)), Points::ZERO);
    }

    #[test]
    fn the_quick_filters_never_change_which_phrases_match() {
        let words = [
            "leadership",
            "leadershp",
            "lead",
            "budgeting",
            "budget",
            "public speaking",
            "publik speaking",
            "sales",
            "ai",
            "retail",
            "data literacy",
            "data-literacy",
            "coaching skills",
            "coaching",
            "führung",
            "fuhrung",
        ];
        for similarity in [0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0] {
            let phrases: Vec<Phrase> = words.iter().enumerate().map(|(i, w)| Phrase::new(w, i)).collect();
            let mut by_length: Vec<&Phrase> = phrases.iter().collect();
            by_length.sort_by_key(|p| p.length);
            for a in &phrases {
                let candidates: Vec<usize> = a.candidates(&by_length, similarity).map(|p| p.index).collect();
                for b in &phrases {
                    let plain =
                        a.text == b.text || strsim::normalized_levenshtein(a.text, b.text) >= similarity;
                    let quick = candidates.contains(&b.index) && a.alike(b, similarity);
                    assert_eq!(quick, plain, "{} ~ {} at {similarity}", a.text, b.text);
                }
            }
        }
    }
}
