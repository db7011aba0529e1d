//! Pairs made in an earlier round (`--history`) are never made again.

use crate::cohort::{Participant, Role};

use super::super::{Pair, Points};
use super::{Listed, Rule, Verdict, verb};

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

    fn title(&self) -> &str {
        "not paired in an earlier round"
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        self.pairs.contains(pair)
    }

    fn reason(&self, pair: Pair<'_>, _: Points) -> String {
        match self.pairs.at(pair) {
            Some(origin) => format!("paired in an earlier round: {origin}"),
            None => "paired in an earlier round".to_owned(),
        }
    }

    fn detail(&self, pair: Pair<'_>, _: Points) -> String {
        match self.pairs.at(pair) {
            Some(at) => format!("paired at {at}"),
            None => "in no earlier round's output".to_owned(),
        }
    }

    fn shared(&self, _: &Participant, role: Role, plural: bool) -> String {
        format!("{} paired with this {} in an earlier round", verb(plural, "was", "were"), role.name())
    }
}
