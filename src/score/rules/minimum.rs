//! Pairs scoring less than `rules.min_score` are never made.

use crate::cohort::{Participant, Role};

use super::super::{Pair, Points};
use super::{Rule, Verdict, verb};

pub(super) struct MinimumScore {
    pub min_score: Points,
}

impl Rule for MinimumScore {
    fn verdict(&self) -> Verdict {
        Verdict::BelowMinimum
    }

    fn title(&self) -> &str {
        "at least the minimum score"
    }

    fn breaks(&self, _: Pair<'_>, score: Points) -> bool {
        score < self.min_score
    }

    fn reason(&self, _: Pair<'_>, score: Points) -> String {
        format!("below the minimum score: {score} is less than {} (rules.min_score)", self.min_score)
    }

    fn detail(&self, _: Pair<'_>, score: Points) -> String {
        format!("{score} against a minimum of {}", self.min_score)
    }

    fn shared(&self, _: &Participant, role: Role, plural: bool) -> String {
        format!(
            "{} below the minimum of {} with this {}",
            verb(plural, "scores", "score"),
            self.min_score,
            role.name()
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
