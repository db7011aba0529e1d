//! A criterion the config declares with `require = true`: a pair that fails
//! it is never made. Its test and words are the declaration's own
//! (`score::declared`), so the rule and the criterion always agree.

use std::sync::Arc;

use crate::cohort::{Participant, Role};

use super::super::declared::{Declared, Fit};
use super::super::{Pair, Points};
use super::{Rule, Verdict};
use crate::i18n::Lang;
use crate::t;

pub(super) struct DeclaredRule {
    pub declared: Arc<Declared>,
    pub verdict: Verdict,
}

impl Rule for DeclaredRule {
    fn verdict(&self) -> Verdict {
        self.verdict
    }

    fn title(&self, lang: Lang) -> String {
        self.declared.name(lang, 2)
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        self.declared.fit(pair) == Fit::NotMet
    }

    fn reason(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        format!("{}: {}", self.declared.name(lang, 2), lower(&self.declared.sentence(pair, lang)))
    }

    fn detail(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        self.declared.sentence(pair, lang)
    }

    fn shared(&self, _: &Participant, role: Role, count: usize, lang: Lang) -> String {
        t!(
            lang,
            "rule-declared-shared",
            count = count,
            name = self.declared.name(lang, 2),
            role = role.name()
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
