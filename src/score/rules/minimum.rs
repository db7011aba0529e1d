//! Pairs scoring less than `rules.min_score` are never made.

use crate::cohort::{Participant, Role};

use super::super::{Pair, Points};
use super::{Rule, Verdict};
use crate::i18n::Lang;
use crate::t;

pub(super) struct MinimumScore {
    pub min_score: Points,
}

impl Rule for MinimumScore {
    fn verdict(&self) -> Verdict {
        Verdict::BelowMinimum
    }

    fn title(&self, lang: Lang) -> String {
        t!(lang, "rule-minimum-title")
    }

    fn breaks(&self, _: Pair<'_>, score: Points) -> bool {
        score < self.min_score
    }

    fn reason(&self, _: Pair<'_>, score: Points, lang: Lang) -> String {
        t!(lang, "rule-minimum-reason", score = score.text(lang), minimum = self.min_score.text(lang))
    }

    fn detail(&self, _: Pair<'_>, score: Points, lang: Lang) -> String {
        t!(lang, "rule-minimum-detail", score = score.text(lang), minimum = self.min_score.text(lang))
    }

    fn shared(&self, _: &Participant, role: Role, count: usize, lang: Lang) -> String {
        t!(
            lang,
            "rule-minimum-shared",
            count = count,
            minimum = self.min_score.text(lang),
            role = role.name()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::verdict;
    use super::*;
    use crate::config::Config;

    #[test]
    fn minimum_score() {
        let config = Config::parse("t.toml", "[rules]\nmin_score = 20\n").unwrap();
        let (v, reason) = verdict(("A", ""), ("B", ""), &config, Points(1999));
        assert_eq!(v, Verdict::BelowMinimum);
        assert_eq!(reason.unwrap(), "below the minimum score: 19.99 is less than 20.00 (rules.min_score)");
        assert_eq!(verdict(("A", ""), ("B", ""), &config, Points(2000)).0, Verdict::Eligible);
    }
}
