//! Pairs listed in a file given with `--exclude` are never made.

use crate::cohort::{Participant, Role};

use super::super::{Pair, Points};
use super::{Listed, Rule, Verdict};
use crate::i18n::Lang;
use crate::t;

/// The excluded (mentee, mentor) pairs, with the line that excludes each.
#[derive(Default)]
pub(super) struct Excluded {
    pub pairs: Listed,
}

impl Rule for Excluded {
    fn verdict(&self) -> Verdict {
        Verdict::Excluded
    }

    fn title(&self, lang: Lang) -> String {
        t!(lang, "rule-excluded-title")
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        self.pairs.contains(pair)
    }

    fn reason(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        match self.pairs.at(pair) {
            Some(origin) => t!(lang, "rule-excluded-reason-at", place = origin.to_string()),
            None => t!(lang, "rule-excluded-reason"),
        }
    }

    fn detail(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        match self.pairs.at(pair) {
            Some(at) => t!(lang, "rule-excluded-detail-at", place = at.to_string()),
            None => t!(lang, "rule-excluded-detail"),
        }
    }

    fn shared(&self, _: &Participant, role: Role, count: usize, lang: Lang) -> String {
        t!(lang, "rule-excluded-shared", count = count, role = role.name())
    }
}
