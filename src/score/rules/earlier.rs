//! Pairs made in an earlier round (`--history`) are never made again.

use crate::cohort::{Participant, Role};

use super::super::{Pair, Points};
use super::{Listed, Rule, Verdict};
use crate::i18n::Lang;
use crate::t;

/// The (mentee, mentor) pairs of earlier rounds, with the line of the
/// output that holds each.
#[derive(Default)]
pub(super) struct EarlierRound {
    pub pairs: Listed,
}

impl Rule for EarlierRound {
    fn verdict(&self) -> Verdict {
        Verdict::EarlierRound
    }

    fn title(&self, lang: Lang) -> String {
        t!(lang, "rule-earlier-title")
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        self.pairs.contains(pair)
    }

    fn reason(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        match self.pairs.at(pair) {
            Some(origin) => t!(lang, "rule-earlier-reason-at", place = origin.to_string()),
            None => t!(lang, "rule-earlier-reason"),
        }
    }

    fn detail(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        match self.pairs.at(pair) {
            Some(at) => t!(lang, "rule-earlier-detail-at", place = at.to_string()),
            None => t!(lang, "rule-earlier-detail"),
        }
    }

    fn shared(&self, _: &Participant, role: Role, count: usize, lang: Lang) -> String {
        t!(lang, "rule-earlier-shared", count = count, role = role.name())
    }
}
