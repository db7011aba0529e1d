//! Hard rules: the pairs that are never made, each with a reason a
//! coordinator can read out. Each rule is one unit, a file here
//! implementing [`Rule`], that carries its test and every phrase said of it:
//! the reason a pair is ineligible, the sentence for a pair that passes,
//! the line `check` and `explain` list, and the words for everyone a person
//! cannot be paired with. Adding a rule touches its file, and here its
//! `Unit` variant and the line of [`Rules::new`] that switches it on.
//!
//! Rules are checked in order; the first one broken is the one reported.

mod declared;
mod earlier;
mod excluded;
mod language;
mod minimum;
mod organisation;
mod person;

use std::collections::BTreeMap;

use crate::cohort::{Cohort, MenteeIx, MentorIx, Participant, Role};
use crate::config::Config;
use std::sync::Arc;

use crate::error::Location;

use super::declared::Declared;
use super::{Pair, Points};
use crate::i18n::Lang;

/// Whether a pair may be made, and if not, which rule forbids it: one byte
/// per pair in the candidate matrix. The built-in rules have names; a rule
/// the config declares (`require = true`) is [`Verdict::declared`] by its
/// place among the declarations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct Verdict(u8);

// Named like the variants of an enum, which is what they are to readers.
#[allow(non_upper_case_globals)]
impl Verdict {
    pub const Eligible: Verdict = Verdict(0);
    /// Mentee and mentor work at the same organisation.
    pub const SameOrganisation: Verdict = Verdict(1);
    /// Both list languages, and share none.
    pub const NoSharedLanguage: Verdict = Verdict(2);
    /// The score is below `rules.min_score`.
    pub const BelowMinimum: Verdict = Verdict(3);
    /// The pair is in a file given with `--exclude`.
    pub const Excluded: Verdict = Verdict(4);
    /// The pair was made in an earlier round (`--history`).
    pub const EarlierRound: Verdict = Verdict(5);
    /// Mentee and mentor are one person, of both roles.
    pub const SamePerson: Verdict = Verdict(6);

    /// The most rules the config may declare.
    pub const MAX_DECLARED: usize = 200;

    /// The verdict as one byte, for compact storage.
    pub fn code(self) -> u8 {
        self.0
    }

    /// The verdict of [`Verdict::code`].
    pub fn from_code(code: u8) -> Verdict {
        Verdict(code)
    }

    /// The verdict of the `index`-th declared rule.
    ///
    /// # Panics
    /// Beyond [`Verdict::MAX_DECLARED`]; the config allows no more.
    pub fn declared(index: usize) -> Verdict {
        assert!(index < Verdict::MAX_DECLARED, "at most {} declared rules", Verdict::MAX_DECLARED);
        Verdict(7 + index as u8)
    }
}

/// One hard rule: its test and everything said of it.
pub trait Rule: Sync {
    /// The verdict of a pair that breaks it.
    fn verdict(&self) -> Verdict;
    /// What a pair passing it is, for `check` and `explain` ("different
    /// organisations").
    fn title(&self, lang: Lang) -> String;
    /// Whether the pair breaks the rule. The hot path: on ids and bits.
    fn breaks(&self, pair: Pair<'_>, score: Points) -> bool;
    /// Why a pair that breaks it is ineligible, starting with the rule
    /// ("same organisation: both work at Acme").
    fn reason(&self, pair: Pair<'_>, score: Points, lang: Lang) -> String;
    /// What decides the rule for a pair, for `check` and `explain`.
    fn detail(&self, pair: Pair<'_>, score: Points, lang: Lang) -> String;
    /// The sentence an eligible pair's explanation says of it, if any.
    fn passed(&self, _pair: Pair<'_>, _lang: Lang) -> Option<String> {
        None
    }
    /// What the people this rule keeps from `person` have in common, for
    /// the reason someone is unmatched: "work at Acme, as this mentee
    /// does" (`plural`), "works at …" (one).
    /// `count` is how many people it is said of.
    fn shared(&self, person: &Participant, role: Role, count: usize, lang: Lang) -> String;
}

/// One hard rule as it applies to a pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleCheck {
    pub rule: String,
    pub passed: bool,
    pub detail: String,
}

/// A rule of the run. The units are told apart here, so that the hot
/// path (`breaks`, once per pair) dispatches statically.
enum Unit {
    Excluded(excluded::Excluded),
    Earlier(earlier::EarlierRound),
    Person(person::SamePerson),
    Organisation(organisation::SameOrganisation),
    Language(language::SharedLanguage),
    Declared(declared::DeclaredRule),
    Minimum(minimum::MinimumScore),
}

impl Unit {
    fn rule(&self) -> &dyn Rule {
        match self {
            Unit::Excluded(rule) => rule,
            Unit::Earlier(rule) => rule,
            Unit::Person(rule) => rule,
            Unit::Organisation(rule) => rule,
            Unit::Language(rule) => rule,
            Unit::Declared(rule) => rule,
            Unit::Minimum(rule) => rule,
        }
    }

    #[inline]
    fn breaks(&self, pair: Pair<'_>, score: Points) -> bool {
        match self {
            Unit::Excluded(rule) => rule.breaks(pair, score),
            Unit::Earlier(rule) => rule.breaks(pair, score),
            Unit::Person(rule) => rule.breaks(pair, score),
            Unit::Organisation(rule) => rule.breaks(pair, score),
            Unit::Language(rule) => rule.breaks(pair, score),
            Unit::Declared(rule) => rule.breaks(pair, score),
            Unit::Minimum(rule) => rule.breaks(pair, score),
        }
    }
}

/// The rules of a run, in the order they are checked.
pub(super) struct Rules {
    units: Vec<Unit>,
    pub min_score: Points,
}

impl Rules {
    /// The rules the config switches on; pairs from `--exclude` files
    /// first, as nothing else matters then.
    pub fn new(cohort: &Cohort, config: &Config, declared: &[Arc<Declared>]) -> Rules {
        let mut units = vec![
            Unit::Excluded(excluded::Excluded::default()),
            Unit::Earlier(earlier::EarlierRound::default()),
        ];
        if let Some(rule) = person::SamePerson::new(cohort) {
            units.push(Unit::Person(rule));
        }
        if config.rules.same_organisation {
            units.push(Unit::Organisation(organisation::SameOrganisation::new(cohort)));
        }
        if config.rules.require_shared_language {
            units.push(Unit::Language(language::SharedLanguage::new(cohort)));
        }
        for (i, declared) in declared.iter().filter(|d| d.config.require).enumerate() {
            let verdict = Verdict::declared(i);
            units.push(Unit::Declared(declared::DeclaredRule { declared: declared.clone(), verdict }));
        }
        let min_score = Points::from_points(config.rules.min_score);
        units.push(Unit::Minimum(minimum::MinimumScore { min_score }));
        Rules { units, min_score }
    }

    /// Never makes these (mentee, mentor) pairs, each with its place.
    pub fn exclude(&mut self, pairs: impl IntoIterator<Item = ((MenteeIx, MentorIx), Location)>) {
        if let Some(Unit::Excluded(excluded)) = self.units.first_mut() {
            excluded.pairs.extend(pairs);
        }
    }

    /// Never makes again these pairs of earlier rounds.
    pub fn remember(&mut self, pairs: impl IntoIterator<Item = ((MenteeIx, MentorIx), Location)>) {
        if let Some(Unit::Earlier(earlier)) = self.units.get_mut(1) {
            earlier.pairs.extend(pairs);
        }
    }

    fn all(&self) -> impl Iterator<Item = &dyn Rule> {
        self.units.iter().map(Unit::rule)
    }

    /// The rule of a verdict, if it is on.
    pub fn of(&self, verdict: Verdict) -> Option<&dyn Rule> {
        self.all().find(|r| r.verdict() == verdict)
    }

    /// The first rule the pair breaks, or eligible.
    #[inline]
    pub fn check(&self, pair: Pair<'_>, score: Points) -> Verdict {
        for unit in &self.units {
            if unit.breaks(pair, score) {
                return unit.rule().verdict();
            }
        }
        Verdict::Eligible
    }

    /// [`Rules::check`], with the verdict of the declared rules already
    /// found (the first the pair breaks, or eligible).
    #[inline]
    pub fn check_given(&self, pair: Pair<'_>, score: Points, declared: Verdict) -> Verdict {
        let mut declared = Some(declared);
        for unit in &self.units {
            if let Unit::Declared(_) = unit {
                match declared.take() {
                    Some(verdict) if verdict != Verdict::Eligible => return verdict,
                    _ => continue,
                }
            }
            if unit.breaks(pair, score) {
                return unit.rule().verdict();
            }
        }
        Verdict::Eligible
    }

    /// Why the pair is ineligible, starting with the rule; `None` when it
    /// is eligible.
    pub fn reason(&self, pair: Pair<'_>, verdict: Verdict, score: Points, lang: Lang) -> Option<String> {
        self.of(verdict).map(|rule| rule.reason(pair, score, lang))
    }

    /// The sentences on the rules an eligible pair passes.
    pub fn explain(&self, pair: Pair<'_>, lang: Lang) -> Vec<String> {
        self.all().filter_map(|r| r.passed(pair, lang)).collect()
    }

    /// Every rule, passed or not, with what decides it; the excluded pairs
    /// last, as `check` and `explain` list them.
    pub fn checks(&self, pair: Pair<'_>, score: Points, lang: Lang) -> Vec<RuleCheck> {
        let (excluded, others) = self.units.split_first().map_or((None, &[][..]), |(e, o)| (Some(e), o));
        others
            .iter()
            // Earlier rounds are listed when there are any.
            .filter(|u| !matches!(u, Unit::Earlier(earlier) if earlier.pairs.is_empty()))
            .chain(excluded)
            .map(Unit::rule)
            .map(|r| RuleCheck {
                rule: r.title(lang),
                passed: !r.breaks(pair, score),
                detail: r.detail(pair, score, lang),
            })
            .collect()
    }
}

/// Per participant of a cohort, a bit set of their values (`words` 64-bit
/// words each), mentees then mentors: for rules that compare sets.
pub(super) struct BitSets {
    bits: Vec<u64>,
    words: usize,
    mentees: usize,
}

impl BitSets {
    pub fn new<'c>(cohort: &'c Cohort, values: impl Fn(&'c Participant) -> Vec<&'c str>) -> BitSets {
        let everyone = || cohort.mentees.iter().chain(&cohort.mentors);
        let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
        for value in everyone().flat_map(&values) {
            let next = ids.len();
            ids.entry(value).or_insert(next);
        }
        let words = ids.len().div_ceil(64).max(1);
        let mut bits = vec![0u64; (cohort.mentees.len() + cohort.mentors.len()) * words];
        for (i, person) in everyone().enumerate() {
            for value in values(person) {
                let bit = ids[value];
                bits[i * words + bit / 64] |= 1 << (bit % 64);
            }
        }
        BitSets { bits, words, mentees: cohort.mentees.len() }
    }

    /// The sets of a pair's mentee and mentor.
    pub fn pair(&self, pair: Pair<'_>) -> (&[u64], &[u64]) {
        let mentor_row = self.mentees + pair.mentor_index;
        (
            &self.bits[pair.mentee_index * self.words..][..self.words],
            &self.bits[mentor_row * self.words..][..self.words],
        )
    }
}

/// Pairs a file lists (`--exclude`, `--history`), each with the line that
/// lists it: what the rules of listed pairs look up.
#[derive(Default)]
pub(super) struct Listed(BTreeMap<(MenteeIx, MentorIx), Location>);

impl Listed {
    /// Whether the pair is listed. The hot path: nothing to look up when
    /// no file was given.
    #[inline]
    fn contains(&self, pair: Pair<'_>) -> bool {
        !self.0.is_empty() && self.0.contains_key(&pair.ixs())
    }

    /// The line that lists the pair.
    fn at(&self, pair: Pair<'_>) -> Option<&Location> {
        self.0.get(&pair.ixs())
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn extend(&mut self, pairs: impl IntoIterator<Item = ((MenteeIx, MentorIx), Location)>) {
        self.0.extend(pairs);
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::score::tests::{cohort, first_pair};

    /// The verdict and reason for a mentee and a mentor given as
    /// (organisation, languages).
    pub(crate) fn verdict(
        mentee: (&str, &str),
        mentor: (&str, &str),
        config: &Config,
        score: Points,
    ) -> (Verdict, Option<String>) {
        let cohort = cohort(&format!(
            "id,role,organisation,languages\nE,mentee,{},\"{}\"\nM,mentor,{},\"{}\"\n",
            mentee.0, mentee.1, mentor.0, mentor.1
        ));
        let rules = Rules::new(&cohort, config, &[]);
        let pair = first_pair(&cohort);
        let verdict = rules.check(pair, score);
        (verdict, rules.reason(pair, verdict, score, Lang::En))
    }

    #[test]
    fn the_first_rule_broken_is_the_one_reported() {
        let config = Config::parse("t.toml", "[rules]\nmin_score = 50\n").unwrap();
        let (v, reason) = verdict(("Acme", "Dutch"), ("Acme", "English"), &config, Points(0));
        assert_eq!(v, Verdict::SameOrganisation);
        assert_eq!(reason.unwrap(), "same organisation: both work at Acme");
    }

    #[test]
    fn rules_switched_off_are_never_broken_nor_listed() {
        let config =
            Config::parse("t.toml", "[rules]\nsame_organisation = false\nrequire_shared_language = false\n")
                .unwrap();
        let cohort = cohort("id,role,organisation,languages\nE,mentee,Acme,Dutch\nM,mentor,Acme,English\n");
        let rules = Rules::new(&cohort, &config, &[]);
        let pair = first_pair(&cohort);
        assert_eq!(rules.check(pair, Points(0)), Verdict::Eligible);
        let checks = rules.checks(pair, Points(0), Lang::En);
        let titles: Vec<&str> = checks.iter().map(|c| c.rule.as_str()).collect();
        assert_eq!(titles, ["at least the minimum score", "not excluded"]);
        assert!(rules.explain(pair, Lang::En).is_empty());
    }
}
