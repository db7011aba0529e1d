//! A pair who both list languages must share one
//! (`rules.require_shared_language`).

use crate::cohort::{Cohort, Participant, Role, Term};

use super::super::{Pair, Points};
use super::{BitSets, Rule, Verdict};
use crate::i18n::Lang;
use crate::t;

pub(super) struct SharedLanguage {
    languages: BitSets,
    /// In a pool of peers there is no mentee nor mentor: its texts name
    /// the two people.
    pool: bool,
}

impl SharedLanguage {
    pub fn new(cohort: &Cohort) -> Self {
        SharedLanguage {
            languages: BitSets::new(cohort, |p| p.languages.iter().map(|l| l.key.as_str()).collect()),
            pool: cohort.is_pool(),
        }
    }

    /// Each side's languages, named by role, or in a pool by the person.
    fn sides(&self, pair: Pair<'_>, lang: Lang) -> String {
        let (mentee, mentor) = both(pair, lang);
        if self.pool {
            t!(
                lang,
                "rule-language-people",
                a = pair.mentee.called(),
                a_speaks = mentee,
                b = pair.mentor.called(),
                b_speaks = mentor
            )
        } else {
            t!(lang, "rule-language-detail", mentee = mentee, mentor = mentor)
        }
    }
}

/// The languages as written, or "none listed".
fn listed(languages: &[Term], lang: Lang) -> String {
    if languages.is_empty() {
        return t!(lang, "none-listed");
    }
    languages.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(", ")
}

/// The mentee's and the mentor's languages, as written.
fn both(pair: Pair<'_>, lang: Lang) -> (String, String) {
    (listed(&pair.mentee.languages, lang), listed(&pair.mentor.languages, lang))
}

impl Rule for SharedLanguage {
    fn verdict(&self) -> Verdict {
        Verdict::NoSharedLanguage
    }

    fn title(&self, lang: Lang) -> String {
        t!(lang, "rule-language-title")
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        let (a, b) = self.languages.pair(pair);
        a.iter().any(|&w| w != 0) && b.iter().any(|&w| w != 0) && a.iter().zip(b).all(|(x, y)| x & y == 0)
    }

    fn reason(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        if self.pool {
            return t!(lang, "rule-language-reason-people", sides = self.sides(pair, lang));
        }
        let (mentee, mentor) = both(pair, lang);
        t!(lang, "rule-language-reason", mentee = mentee, mentor = mentor)
    }

    fn detail(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        self.sides(pair, lang)
    }

    fn passed(&self, pair: Pair<'_>, lang: Lang) -> Option<String> {
        let shared: Vec<&str> = pair
            .mentee
            .languages
            .iter()
            .filter(|l| pair.mentor.languages.iter().any(|m| m.key == l.key))
            .map(|l| l.text.as_str())
            .collect();
        (!shared.is_empty()).then(|| t!(lang, "rule-language-passed", languages = shared.join(", ")))
    }

    fn shared(&self, _: &Participant, role: Role, count: usize, lang: Lang) -> String {
        t!(lang, "rule-language-shared", count = count, role = role.name())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::verdict;
    use super::*;
    use crate::config::Config;

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
}
