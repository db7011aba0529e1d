//! Pairs listed in a file given with `--exclude` are never made.

use std::collections::BTreeMap;

use crate::cohort::{Participant, Role};
use crate::error::Location;

use super::super::{Pair, Points};
use super::{Rule, Verdict, verb};

/// The excluded (mentee, mentor) pairs, with the line that excludes each.
#[derive(Default)]
pub(super) struct Excluded {
    pub pairs: BTreeMap<(usize, usize), Location>,
}

impl Rule for Excluded {
    fn verdict(&self) -> Verdict {
        Verdict::Excluded
    }

    fn title(&self) -> &str {
        "not excluded"
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        !self.pairs.is_empty() && self.pairs.contains_key(&(pair.mentee_index, pair.mentor_index))
    }

    fn reason(&self, pair: Pair<'_>, _: Points) -> String {
        match self.pairs.get(&(pair.mentee_index, pair.mentor_index)) {
            Some(origin) => format!("excluded: listed in {origin}"),
            None => "excluded".to_owned(),
        }
    }

    fn detail(&self, pair: Pair<'_>, _: Points) -> String {
        match self.pairs.get(&(pair.mentee_index, pair.mentor_index)) {
            Some(at) => format!("excluded at {at}"),
            None => "in no exclude file".to_owned(),
        }
    }

    fn shared(&self, _: &Participant, role: Role, plural: bool) -> String {
        format!("{} excluded from pairing with this {}", verb(plural, "is", "are"), role.name())
    }
}
