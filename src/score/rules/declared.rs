//! A criterion the config declares with `require = true`: a pair that fails
//! it is never made. Its test and words are the declaration's own
//! (`score::declared`), so the rule and the criterion always agree.

use std::sync::Arc;

use crate::cohort::{Participant, Role};

use super::super::declared::{Declared, Fit};
use super::super::{Pair, Points};
use super::{Rule, Verdict, verb};

pub(super) struct DeclaredRule {
    pub declared: Arc<Declared>,
    pub verdict: Verdict,
}

impl Rule for DeclaredRule {
    fn verdict(&self) -> Verdict {
        self.verdict
    }

    fn title(&self) -> &str {
        &self.declared.config.name
    }

    /// Broken when the declaration speaks of the pair and is not met; a
    /// missing value never makes a pair ineligible.
    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        self.declared.fit(pair) == Fit::NotMet
    }

    fn reason(&self, pair: Pair<'_>, _: Points) -> String {
        format!("{}: {}", self.declared.config.name, lower(&self.declared.sentence(pair)))
    }

    fn detail(&self, pair: Pair<'_>, _: Points) -> String {
        self.declared.sentence(pair)
    }

    fn shared(&self, _: &Participant, role: Role, plural: bool) -> String {
        format!(
            "{} not meet {} with this {}",
            verb(plural, "does", "do"),
            self.declared.config.name,
            role.name()
        )
    }
}

/// A sentence made to follow a colon: its first letter in lower case,
/// unless the word is all capitals.
fn lower(sentence: &str) -> String {
    let first_word = sentence.split_whitespace().next().unwrap_or("");
    if first_word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return sentence.to_owned();
    }
    let mut chars = sentence.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}
