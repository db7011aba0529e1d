//! Pairs listed in a file given with `--exclude` are never made.

use crate::cohort::{Participant, Role};

use super::super::{Pair, Points};
use super::{Listed, Rule, Verdict, verb};

/// The excluded (mentee, mentor) pairs, with the line that excludes each.
#[derive(Default)]
pub(super) struct Excluded {
    pub pairs: Listed,
}

impl Rule for Excluded {
    fn verdict(&self) -> Verdict {
        Verdict::Excluded
    }

    fn title(&self) -> &str {
        "not excluded"
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        self.pairs.contains(pair)
    }

    fn reason(&self, pair: Pair<'_>, _: Points) -> String {
        match self.pairs.at(pair) {
            Some(origin) => format!("excluded: listed in {origin}"),
            None => "excluded".to_owned(),
        }
    }

    fn detail(&self, pair: Pair<'_>, _: Points) -> String {
        match self.pairs.at(pair) {
            Some(at) => format!("excluded at {at}"),
            None => "in no exclude file".to_owned(),
        }
    }

    fn shared(&self, _: &Participant, role: Role, plural: bool) -> String {
        format!("{} excluded from pairing with this {}", verb(plural, "is", "are"), role.name())
    }
}
