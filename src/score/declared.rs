//! Criteria and hard rules the programme declares over any column
//! (`[[criteria]]`): a mentee's column compared with a mentor's by
//! `overlap`, `same`, `different`, `wish`, `above` or `below`.
//!
//! Each declaration is compiled once per cohort into small integer values
//! per participant (answers folded and mapped through `[values.COLUMN]`),
//! so a pair is judged with a few comparisons of integers. One compiled
//! declaration serves as a [`Criterion`] (its points and sentence) and, with
//! `require = true`, as a hard rule (`rules::declared`). A sensitive
//! declaration never prints a value, and says the same of every pair it
//! does not reward, so no reader can tell from the words who it applies to.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::cohort::{Cohort, Participant};
use crate::config::{Compare, Config, CriterionConfig};
use crate::error::{Kind, Location, Problem};
use crate::i18n::Lang;
use crate::t;
use crate::text::fold;
use crate::words;

use super::{Criterion, Pair, Points, Side};

/// How a pair fares under a declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// The declaration says nothing of the pair: a value is missing, or the
    /// mentee is not one it applies to.
    Unknown,
    /// Met: `shared` of the mentee's `of` values (1 of 1 but for overlap).
    Met {
        shared: usize,
        of: usize,
    },
    NotMet,
}

/// The comparisons a declaration can make of two columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Comparison {
    Overlap,
    Same,
    Different,
    Wish,
    Above,
    Below,
}

impl Comparison {
    /// The comparison of a declared kind; `None` for the kinds that know
    /// their own data (sector, preferences, ratings).
    fn of(compare: Compare) -> Option<Comparison> {
        Some(match compare {
            Compare::Overlap => Comparison::Overlap,
            Compare::Same => Comparison::Same,
            Compare::Different => Comparison::Different,
            Compare::Wish => Comparison::Wish,
            Compare::Above => Comparison::Above,
            Compare::Below => Comparison::Below,
            Compare::Sector | Compare::Preferences | Compare::Ratings => return None,
        })
    }
}

/// A declaration compiled for one cohort.
pub struct Declared {
    pub config: CriterionConfig,
    compare: Comparison,
    weight: Points,
    /// Whether anyone in the cohort answered the columns; if not, there is
    /// nothing to explain.
    listed: bool,
    /// Value ids by folded key, to find a participant's answers again.
    ids: BTreeMap<String, u32>,
    /// `[values.COLUMN]`, to map those answers as before.
    values: Values,
    /// Folded answer → the folded name of its class of synonyms (the
    /// goals field's `[goals.synonyms]`).
    synonyms: BTreeMap<String, String>,
    /// The display text of each value id (its first spelling).
    texts: Vec<String>,
    /// Per mentee and per mentor, their value ids, sorted and distinct.
    mentees: Vec<Vec<u32>>,
    mentors: Vec<Vec<u32>>,
    /// Per mentee: whether the declaration applies (`mentees = [...]`).
    applies: Vec<bool>,
    /// `wish`: per mentee, whether they have no preference.
    no_preference: Vec<bool>,
    /// `overlap`: per value id, the value ids that count as it.
    alike: Vec<Vec<u32>>,
    /// `above`/`below`: per value id, its place in the order.
    ranks: Vec<Option<f64>>,
    /// `above`/`below`: how far apart, from and to.
    steps: (f64, f64),
    /// The hot path: per participant, their values as a bit set (`words`
    /// 64-bit words each) and, for `above`/`below`, their place (NaN for
    /// none); for `overlap`, per mentor, every value that counts as one of
    /// theirs.
    words: usize,
    mentee_bits: Vec<u64>,
    mentor_bits: Vec<u64>,
    mentor_alike_bits: Vec<u64>,
    mentee_rank: Vec<f64>,
    mentor_rank: Vec<f64>,
    /// In a pool of peers there is no mentee nor mentor: its sentences
    /// name the two people.
    pool: bool,
}

impl Declared {
    /// Compiles a declaration that compares two columns for the cohort;
    /// `None` for the kinds that know their own data.
    pub fn new(cohort: &Cohort, config: &Config, declaration: &CriterionConfig) -> Option<Declared> {
        let compare = Comparison::of(declaration.compare)?;
        let mentor_column = declaration.mentor_column();
        let gender_wish = compare == Comparison::Wish && fold(mentor_column) == "gender";
        let synonyms = if crate::text::key(&declaration.mentee) == "goals" {
            super::goals::synonym_table(&config.goals.synonyms)
        } else {
            BTreeMap::new()
        };
        let mut vocabulary = Vocabulary::default();
        let values = |p: &Participant, column: &str, vocabulary: &mut Vocabulary| -> Vec<u32> {
            let mut ids: Vec<u32> = p
                .column(column)
                .iter()
                .filter(|answer| !(compare == Comparison::Wish && words::no_preference(answer)))
                .map(|answer| canonical(&config.values, column, answer, gender_wish))
                .map(|(text, key)| {
                    let key = synonyms.get(&key).cloned().unwrap_or(key);
                    vocabulary.id(text, key)
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let mentees: Vec<Vec<u32>> =
            cohort.mentees.iter().map(|p| values(p, &declaration.mentee, &mut vocabulary)).collect();
        let mentors: Vec<Vec<u32>> =
            cohort.mentors.iter().map(|p| values(p, mentor_column, &mut vocabulary)).collect();
        let filter: Vec<u32> = declaration
            .mentees
            .iter()
            .filter_map(|v| {
                let (text, key) = canonical(&config.values, &declaration.mentee, v, false);
                vocabulary.find(&key).or_else(|| Some(vocabulary.id(text, key)))
            })
            .collect();
        let applies =
            mentees.iter().map(|ids| filter.is_empty() || ids.iter().any(|v| filter.contains(v))).collect();
        let no_preference = cohort
            .mentees
            .iter()
            .map(|p| {
                let answers = p.column(&declaration.mentee);
                answers.is_empty() || answers.iter().all(|a| words::no_preference(a))
            })
            .collect();
        let texts: Vec<String> = vocabulary.texts.clone();
        let alike = match compare {
            Comparison::Overlap => {
                let keys: Vec<&str> = vocabulary.keys.iter().map(String::as_str).collect();
                super::goals::alike(&keys, &keys, config.goals.similarity)
                    .into_iter()
                    .map(|ids| ids.into_iter().map(|i| i as u32).collect())
                    .collect()
            }
            _ => Vec::new(),
        };
        let ranks: Vec<Option<f64>> = vocabulary.keys.iter().map(|key| rank(declaration, key)).collect();
        let steps = match declaration.steps {
            Some([from, to]) => (from, to),
            None => (1.0, f64::INFINITY),
        };
        let words = texts.len().div_ceil(64).max(1);
        let bits = |lists: &[Vec<u32>], expand: Option<&Vec<Vec<u32>>>| -> Vec<u64> {
            let mut bits = vec![0u64; lists.len() * words];
            for (i, ids) in lists.iter().enumerate() {
                for &v in ids {
                    let alike = expand.map_or_else(|| vec![v], |alike| alike[v as usize].clone());
                    for a in alike {
                        bits[i * words + a as usize / 64] |= 1 << (a % 64);
                    }
                }
            }
            bits
        };
        let first_rank = |ids: &Vec<u32>| ids.iter().find_map(|&v| ranks[v as usize]).unwrap_or(f64::NAN);
        let (mentee_bits, mentor_bits) = (bits(&mentees, None), bits(&mentors, None));
        let mentor_alike_bits = if alike.is_empty() { Vec::new() } else { bits(&mentors, Some(&alike)) };
        let (mentee_rank, mentor_rank) =
            (mentees.iter().map(first_rank).collect(), mentors.iter().map(first_rank).collect());
        let listed = mentees.iter().chain(&mentors).any(|ids| !ids.is_empty());
        Some(Declared {
            compare,
            listed,
            ids: vocabulary.ids,
            values: config.values.clone(),
            synonyms,
            words,
            mentee_bits,
            mentor_bits,
            mentor_alike_bits,
            mentee_rank,
            mentor_rank,
            config: declaration.clone(),
            weight: Points::from_points(declaration.weight),
            texts,
            mentees,
            mentors,
            applies,
            no_preference,
            alike,
            ranks,
            steps,
            pool: cohort.is_pool(),
        })
    }

    /// How a pair fares: the hot path, on bits and numbers.
    #[inline]
    pub fn fit(&self, pair: Pair<'_>) -> Fit {
        self.fit_indices(pair.mentee_index, pair.mentor_index)
    }

    /// [`Declared::fit`], by the pair's places.
    #[inline]
    fn fit_indices(&self, mentee: usize, mentor: usize) -> Fit {
        if !self.applies[mentee] {
            return Fit::Unknown;
        }
        if self.words == 1 {
            return self.fit_narrow(mentee, mentor);
        }
        let w = self.words;
        let ours = &self.mentee_bits[mentee * w..][..w];
        let theirs = &self.mentor_bits[mentor * w..][..w];
        let empty = |bits: &[u64]| bits.iter().all(|&b| b == 0);
        let meet = || ours.iter().zip(theirs).any(|(a, b)| a & b != 0);
        let yes = |met: bool| if met { Fit::Met { shared: 1, of: 1 } } else { Fit::NotMet };
        match self.compare {
            Comparison::Wish if self.no_preference[mentee] => Fit::Met { shared: 1, of: 1 },
            Comparison::Above | Comparison::Below => {
                let (a, b) = (self.mentee_rank[mentee], self.mentor_rank[mentor]);
                if a.is_nan() || b.is_nan() {
                    return Fit::Unknown;
                }
                let apart = if self.compare == Comparison::Above { b - a } else { a - b };
                yes(apart >= self.steps.0 - 1e-9 && apart <= self.steps.1 + 1e-9)
            }
            _ if empty(theirs) || (empty(ours) && self.compare != Comparison::Wish) => Fit::Unknown,
            Comparison::Wish | Comparison::Same => yes(meet()),
            Comparison::Different => yes(!meet()),
            Comparison::Overlap => {
                let alike = &self.mentor_alike_bits[mentor * w..][..w];
                let shared: u32 = ours.iter().zip(alike).map(|(a, b)| (a & b).count_ones()).sum();
                let of = self.mentees[mentee].len();
                if shared == 0 { Fit::NotMet } else { Fit::Met { shared: shared as usize, of } }
            }
        }
    }

    /// [`Declared::fit`] for a vocabulary of at most 64 values, the usual
    /// case: one word per participant.
    #[inline]
    fn fit_narrow(&self, mentee: usize, mentor: usize) -> Fit {
        let (ours, theirs) = (self.mentee_bits[mentee], self.mentor_bits[mentor]);
        let yes = |met: bool| if met { Fit::Met { shared: 1, of: 1 } } else { Fit::NotMet };
        match self.compare {
            Comparison::Wish if self.no_preference[mentee] => Fit::Met { shared: 1, of: 1 },
            Comparison::Above | Comparison::Below => {
                let (a, b) = (self.mentee_rank[mentee], self.mentor_rank[mentor]);
                if a.is_nan() || b.is_nan() {
                    return Fit::Unknown;
                }
                let apart = if self.compare == Comparison::Above { b - a } else { a - b };
                yes(apart >= self.steps.0 - 1e-9 && apart <= self.steps.1 + 1e-9)
            }
            _ if theirs == 0 || (ours == 0 && self.compare != Comparison::Wish) => Fit::Unknown,
            Comparison::Wish | Comparison::Same => yes(ours & theirs != 0),
            Comparison::Different => yes(ours & theirs == 0),
            Comparison::Overlap => {
                let shared = (ours & self.mentor_alike_bits[mentor]).count_ones() as usize;
                if shared == 0 { Fit::NotMet } else { Fit::Met { shared, of: ours.count_ones() as usize } }
            }
        }
    }

    /// Scores a mentee against every mentor at once: adds the points to
    /// `scores` and, where the declaration is a rule (`rule`) the pair
    /// breaks, sets `verdicts` that are still eligible to it. The hot path
    /// of the matrix, with the comparison chosen once a row; it gives what
    /// [`Declared::fit`] gives pair by pair.
    pub fn score_row(
        &self,
        mentee: usize,
        scores: &mut [Points],
        verdicts: &mut [super::Verdict],
        rule: Option<super::Verdict>,
    ) {
        let mentors = scores.len();
        let mut apply = |mentor: usize, points: Points, broken: bool| {
            scores[mentor].0 += points.0;
            if let Some(rule) = rule
                && broken
                && verdicts[mentor] == super::Verdict::Eligible
            {
                verdicts[mentor] = rule;
            }
        };
        let weight = self.weight;
        if !self.applies[mentee] {
            return;
        }
        if self.words != 1 {
            for mentor in 0..mentors {
                let fit = self.fit_indices(mentee, mentor);
                apply(mentor, self.points_of(fit), fit == Fit::NotMet);
            }
            return;
        }
        let ours = self.mentee_bits[mentee];
        match self.compare {
            Comparison::Wish if self.no_preference[mentee] => {
                (0..mentors).for_each(|mentor| apply(mentor, weight, false));
            }
            Comparison::Above | Comparison::Below => {
                let a = self.mentee_rank[mentee];
                if a.is_nan() {
                    return;
                }
                let above = self.compare == Comparison::Above;
                let (from, to) = (self.steps.0 - 1e-9, self.steps.1 + 1e-9);
                for (mentor, &b) in self.mentor_rank.iter().enumerate() {
                    if b.is_nan() {
                        continue;
                    }
                    let apart = if above { b - a } else { a - b };
                    let met = apart >= from && apart <= to;
                    apply(mentor, if met { weight } else { Points::ZERO }, !met);
                }
            }
            Comparison::Wish | Comparison::Same | Comparison::Different => {
                if ours == 0 && self.compare != Comparison::Wish {
                    return;
                }
                let same = self.compare != Comparison::Different;
                for (mentor, &theirs) in self.mentor_bits.iter().enumerate() {
                    if theirs == 0 {
                        continue;
                    }
                    let met = ((ours & theirs) != 0) == same;
                    apply(mentor, if met { weight } else { Points::ZERO }, !met);
                }
            }
            Comparison::Overlap => {
                if ours == 0 {
                    return;
                }
                // Points by how many of the mentee's values a mentor has.
                let of = ours.count_ones() as u64;
                let points: Vec<Points> = (0..=of).map(|shared| weight.share(shared, of)).collect();
                for (mentor, (&theirs, &alike)) in
                    self.mentor_bits.iter().zip(&self.mentor_alike_bits).enumerate()
                {
                    if theirs == 0 {
                        continue;
                    }
                    let shared = (ours & alike).count_ones() as usize;
                    apply(mentor, points[shared], shared == 0);
                }
            }
        }
    }

    /// The place in the order of the first value that has one.
    fn rank_of(&self, ids: &[u32]) -> Option<f64> {
        ids.iter().find_map(|&v| self.ranks[v as usize])
    }

    /// The points of a pair.
    #[inline]
    pub fn points(&self, pair: Pair<'_>) -> Points {
        self.points_of(self.fit(pair))
    }

    /// Points for a fit.
    #[inline]
    pub fn points_of(&self, fit: Fit) -> Points {
        match fit {
            Fit::Met { shared, of } if shared == of => self.weight,
            Fit::Met { shared, of } => self.weight.share(shared as u64, of as u64),
            _ => Points::ZERO,
        }
    }

    /// The values of ids, as first written.
    fn text(&self, ids: &[u32]) -> String {
        ids.iter().map(|&v| self.texts[v as usize].as_str()).collect::<Vec<_>>().join(", ")
    }

    /// The criterion's name in a language, for `count` values: a built-in
    /// criterion's in words of the language, one of the config's as
    /// written ("goals", "doel", "Ziele").
    pub fn name(&self, lang: Lang, count: usize) -> String {
        let name = &self.config.name;
        match (lang.criterion(name, count), lang) {
            (Some(words), _) => words,
            (None, Lang::En) => noun(name, count).to_owned(),
            (None, _) => name.clone(),
        }
    }

    /// The sentence on a pair, without its full stop: "mentor 2 steps above
    /// on grade: HEO → G7". A sensitive declaration names no value and
    /// says the same of every pair it does not reward.
    pub fn sentence(&self, pair: Pair<'_>, lang: Lang) -> String {
        let fit = self.fit(pair);
        let name = self.name(lang, 2);
        let title = capitalise(&name);
        if self.config.sensitive {
            return match fit {
                Fit::Met { .. } => t!(lang, "declared-met", name = title),
                _ => t!(lang, "declared-not-met", name = title),
            };
        }
        let (ours, theirs) = (&self.mentees[pair.mentee_index], &self.mentors[pair.mentor_index]);
        let (mine, yours) = (self.text(ours), self.text(theirs));
        match (self.compare, fit) {
            (_, Fit::Unknown) if !self.applies[pair.mentee_index] => {
                t!(lang, "declared-not-applicable", name = title)
            }
            (Comparison::Overlap, Fit::Unknown) if self.pool => {
                let person = if ours.is_empty() { pair.mentee } else { pair.mentor };
                t!(lang, "declared-none-listed-people", person = person.called(), name = name)
            }
            (Comparison::Overlap, Fit::Unknown) if ours.is_empty() => {
                t!(lang, "declared-none-listed", role = "mentee", name = name)
            }
            (Comparison::Overlap, Fit::Unknown) => {
                t!(lang, "declared-none-listed", role = "mentor", name = name)
            }
            (_, Fit::Unknown) => t!(lang, "declared-unknown", name = title),
            (Comparison::Overlap, Fit::Met { shared, of }) => {
                let met: Vec<String> = self
                    .answers(pair.mentee)
                    .into_iter()
                    .filter(|(v, _)| self.alike[*v as usize].iter().any(|m| theirs.binary_search(m).is_ok()))
                    .map(|(_, text)| text)
                    .collect();
                t!(
                    lang,
                    "declared-shares",
                    shared = shared,
                    of = of,
                    name = self.name(lang, of),
                    values = met.join(", ")
                )
            }
            (Comparison::Overlap, _) if self.pool => t!(
                lang,
                "declared-shares-none-people",
                of = ours.len(),
                name = self.name(lang, ours.len()),
                person = pair.mentee.called()
            ),
            (Comparison::Overlap, _) => {
                t!(lang, "declared-shares-none", of = ours.len(), name = self.name(lang, ours.len()))
            }
            (Comparison::Same, Fit::Met { .. }) | (Comparison::Different, Fit::NotMet) => {
                t!(lang, "declared-same", name = name, values = self.text(&common(ours, theirs)))
            }
            (Comparison::Same, _) => t!(lang, "declared-differ", name = name, mine = mine, yours = yours),
            (Comparison::Different, _) => {
                t!(lang, "declared-different", name = name, mine = mine, yours = yours)
            }
            (Comparison::Wish, Fit::Met { .. }) if self.no_preference[pair.mentee_index] => {
                t!(lang, "declared-no-preference", name = title)
            }
            (Comparison::Wish, Fit::Met { .. }) => {
                t!(lang, "declared-as-wished", name = title, yours = yours)
            }
            (Comparison::Wish, _) => {
                t!(lang, "declared-not-as-wished", name = title, mine = mine, yours = yours)
            }
            (Comparison::Above | Comparison::Below, fit) => {
                let (a, b) = (self.rank_of(ours).unwrap_or(0.0), self.rank_of(theirs).unwrap_or(0.0));
                let apart = (b - a).abs();
                let direction = if b >= a { "above" } else { "below" };
                let (a, b) = (pair.mentee.called(), pair.mentor.called());
                let steps = steps(apart, self.config.order.is_empty(), lang);
                match fit {
                    Fit::Met { .. } if self.pool => t!(
                        lang,
                        "declared-apart-people",
                        steps = steps,
                        direction = direction,
                        name = name,
                        mine = mine,
                        yours = yours,
                        b = b
                    ),
                    Fit::Met { .. } => t!(
                        lang,
                        "declared-apart",
                        steps = steps,
                        direction = direction,
                        name = name,
                        mine = mine,
                        yours = yours
                    ),
                    _ if self.pool => t!(
                        lang,
                        "declared-not-apart-people",
                        name = title,
                        mine = mine,
                        yours = yours,
                        wanted = self.wanted(lang),
                        a = a,
                        b = b
                    ),
                    _ => t!(
                        lang,
                        "declared-not-apart",
                        name = title,
                        mine = mine,
                        yours = yours,
                        wanted = self.wanted(lang)
                    ),
                }
            }
        }
    }

    /// A mentee's distinct answers in their order, as they wrote them, each
    /// with its value id.
    fn answers(&self, mentee: &Participant) -> Vec<(u32, String)> {
        let mut seen = Vec::new();
        let mut answers = Vec::new();
        for answer in mentee.column(&self.config.mentee) {
            let (_, key) = canonical_for(&self.config, &answer, self);
            if let Some(&id) = self.ids.get(&key)
                && !seen.contains(&id)
            {
                seen.push(id);
                answers.push((id, answer.trim().to_owned()));
            }
        }
        answers
    }

    /// Whether there is anything to say of pairs: the criterion counts
    /// (it has a weight or is a rule) and someone answered its columns.
    pub fn speaks(&self) -> bool {
        (self.weight > Points::ZERO || self.config.require) && self.listed
    }

    /// What above/below asks for: "1 to 2 steps above".
    fn wanted(&self, lang: Lang) -> String {
        let direction = if self.compare == Comparison::Above { "above" } else { "below" };
        let numbers = self.config.order.is_empty();
        match self.steps {
            (from, to) if to.is_infinite() => {
                t!(
                    lang,
                    "declared-wanted-at-least",
                    steps = steps(from, numbers, lang),
                    direction = direction
                )
            }
            (from, to) if from == to => {
                t!(lang, "declared-wanted", steps = steps(from, numbers, lang), direction = direction)
            }
            (from, to) => t!(
                lang,
                "declared-wanted-between",
                from = lang.number(from),
                steps = steps(to, numbers, lang),
                direction = direction
            ),
        }
    }

    /// The values a participant gave that the order lacks, each once, for
    /// the problem that names them.
    pub fn unordered(&self, cohort: &Cohort) -> Vec<(String, Location)> {
        if !matches!(self.compare, Comparison::Above | Comparison::Below) {
            return Vec::new();
        }
        let mut found: BTreeMap<u32, Location> = BTreeMap::new();
        let sides = [(&self.mentees, &cohort.mentees), (&self.mentors, &cohort.mentors)];
        for (values, people) in sides {
            for (ids, person) in values.iter().zip(people.iter()) {
                for &v in ids {
                    if self.ranks[v as usize].is_none() {
                        found.entry(v).or_insert_with(|| person.origin.clone());
                    }
                }
            }
        }
        found.into_iter().map(|(v, at)| (self.texts[v as usize].clone(), at)).collect()
    }
}

/// A mentee's answer as the key [`Declared::new`] gave it.
fn canonical_for(declaration: &CriterionConfig, answer: &str, declared: &Declared) -> (String, String) {
    let (text, key) = canonical(&declared.values, &declaration.mentee, answer, false);
    let key = declared.synonyms.get(&key).cloned().unwrap_or(key);
    (text, key)
}

/// A plural name for one value: "goals" of 1 is "goal".
fn noun(name: &str, count: usize) -> &str {
    match name.strip_suffix('s') {
        Some(one) if count == 1 && !one.ends_with('s') => one,
        _ => name,
    }
}

/// The ids two sorted lists share.
fn common(a: &[u32], b: &[u32]) -> Vec<u32> {
    a.iter().copied().filter(|v| b.binary_search(v).is_ok()).collect()
}

/// "1 step", "2 steps", "2.5": steps of an order, or a difference of numbers.
fn steps(n: f64, numbers: bool, lang: Lang) -> String {
    match numbers {
        true => lang.number(n),
        false if n.fract() == 0.0 => t!(lang, "steps", count = n as i64),
        false => t!(lang, "steps-fraction", steps = lang.number(n)),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// An answer as a value: mapped through `[values.COLUMN]` (an answer listed
/// under a value is that value), genders to their canonical word where the
/// wish is for a gender, and folded for comparison. (text, key).
fn canonical(values: &Values, column: &str, answer: &str, gender: bool) -> (String, String) {
    let folded = fold(answer);
    let mapped = if values.is_empty() {
        None
    } else {
        values
            .iter()
            .filter(|(c, _)| fold(c) == fold(column))
            .flat_map(|(_, map)| map.iter())
            .find(|(value, answers)| fold(value) == folded || answers.iter().any(|a| fold(a) == folded))
            .map(|(value, _)| value.clone())
    };
    if let Some(value) = mapped {
        return (value.clone(), fold(&value));
    }
    if gender && let words::Gender::Known(word) = words::gender(answer) {
        return (word.to_owned(), word.to_owned());
    }
    (answer.trim().to_owned(), folded)
}

/// A value's place in the declaration's order, or its number when the
/// order is empty.
fn rank(declaration: &CriterionConfig, key: &str) -> Option<f64> {
    if declaration.order.is_empty() {
        return key.replace(',', ".").parse::<f64>().ok().filter(|n| n.is_finite());
    }
    declaration.order.iter().position(|o| fold(o) == key).map(|i| i as f64)
}

/// `[values.COLUMN]`: per column, values and the answers that are them.
type Values = BTreeMap<String, BTreeMap<String, Vec<String>>>;

/// Value ids by folded key, each with its first spelling.
#[derive(Default)]
struct Vocabulary {
    ids: BTreeMap<String, u32>,
    texts: Vec<String>,
    keys: Vec<String>,
}

impl Vocabulary {
    fn id(&mut self, text: String, key: String) -> u32 {
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = self.texts.len() as u32;
        self.ids.insert(key.clone(), id);
        self.texts.push(text);
        self.keys.push(key);
        id
    }

    fn find(&self, key: &str) -> Option<u32> {
        self.ids.get(key).copied()
    }
}

/// A declaration as a criterion: its points and its sentence.
pub struct DeclaredCriterion(pub Arc<Declared>);

impl Criterion for DeclaredCriterion {
    fn private(&self) -> bool {
        self.0.config.sensitive
    }

    fn name(&self) -> &str {
        &self.0.config.name
    }

    fn weight(&self) -> Points {
        self.0.weight
    }

    fn points(&self, pair: Pair<'_>) -> Points {
        self.0.points_of(self.0.fit(pair))
    }

    fn explain(&self, pair: Pair<'_>, lang: Lang) -> Option<String> {
        self.0.speaks().then(|| format!("{}.", self.0.sentence(pair, lang)))
    }

    fn fields(&self) -> Vec<(String, Side)> {
        let config = &self.0.config;
        vec![(config.mentee.clone(), Side::Mentees), (config.mentor_column().to_owned(), Side::Mentors)]
    }
}

/// The problems of declarations that the cohort shows: a column no input
/// file has, a value an order lacks. Each names the declaration's line, or
/// the participant's.
pub fn problems(cohort: &Cohort, config: &Config, source: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let headers: Vec<String> = cohort
        .files
        .iter()
        .flat_map(|f| f.columns.iter())
        .flat_map(|c| [c.header.field.map(str::to_owned), Some(c.header.header.clone())])
        .flatten()
        .map(|h| crate::text::key(&h))
        .chain(cohort.extra_columns.iter().map(|h| crate::text::key(h)))
        .collect();
    for (i, declaration) in config.criteria.iter().enumerate() {
        let at = config.criterion_location(source, i);
        // A field tandem knows (goals, level, …) that no file gives is a
        // gap of a criterion with weight, warned of with the others'; a
        // header, or a rule's field, is an error.
        let field = |column: &str| {
            declaration.weight > 0.0
                && crate::cohort::FIELDS.iter().any(|f| crate::text::key(f.name) == crate::text::key(column))
        };
        for column in declaration.columns() {
            if !headers.contains(&crate::text::key(column)) && !field(column) && !cohort.files.is_empty() {
                problems.push(
                    Problem::new(Kind::Config,
                        at.clone(),
                        format!("[[criteria]] '{}' reads the column '{column}', which no input file has", declaration.name),
                    )
                    .hint("write the header as the file does ('tandem validate' lists them), or map it under [columns]"),
                );
            }
        }
        let Some(compiled) = Declared::new(cohort, config, declaration) else { continue };
        for (value, origin) in compiled.unordered(cohort) {
            problems.push(
                Problem::new(Kind::InvalidValue,
                    origin,
                    format!("'{value}' is not in the order of [[criteria]] '{}' ({at})", declaration.name),
                )
                .hint(format!(
                    "add it to order = [...] where it belongs, or map it under [values.{}] to a value that is",
                    declaration.mentee
                )),
            );
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declared(csv: &str, toml: &str) -> (Cohort, Declared) {
        let config = Config::parse("t.toml", toml).unwrap();
        let table = crate::intake::parse("t.csv", csv.as_bytes()).unwrap();
        let source = crate::cohort::Source { table: &table, role: None };
        let cohort = Cohort::build(&[source], &config.cohort_options()).unwrap();
        let declared = Declared::new(&cohort, &config, &config.criteria[0]).unwrap();
        (cohort, declared)
    }

    fn pair(cohort: &Cohort, mentee: usize, mentor: usize) -> Pair<'_> {
        Pair {
            mentee: &cohort.mentees[mentee],
            mentor: &cohort.mentors[mentor],
            mentee_index: mentee,
            mentor_index: mentor,
        }
    }

    const GRADES: &str = "id,role,organisation,grade\nE1,mentee,A,HEO\nM1,mentor,B,G7\nM2,mentor,C,EO\nM3,mentor,D,SCS1\nM4,mentor,E,\n";

    #[test]
    fn above_by_steps_on_an_order() {
        let (cohort, d) = declared(
            GRADES,
            "[[criteria]]\nname = \"seniority\"\nmentee = \"grade\"\ncompare = \"above\"\norder = [\"EO\", \"HEO\", \"SEO\", \"G7\", \"G6\", \"SCS1\"]\nsteps = [1, 2]\nweight = 10\n",
        );
        assert_eq!(d.fit(pair(&cohort, 0, 0)), Fit::Met { shared: 1, of: 1 });
        assert_eq!(d.sentence(pair(&cohort, 0, 0), Lang::En), "Mentor 2 steps above on seniority: HEO → G7");
        assert_eq!(d.fit(pair(&cohort, 0, 1)), Fit::NotMet);
        assert_eq!(
            d.sentence(pair(&cohort, 0, 1), Lang::En),
            "Seniority: mentor at EO, mentee at HEO, not 1 to 2 steps above"
        );
        assert_eq!(d.fit(pair(&cohort, 0, 2)), Fit::NotMet, "four steps is too many");
        assert_eq!(d.fit(pair(&cohort, 0, 3)), Fit::Unknown, "no grade: nothing to say");
        assert_eq!(d.points_of(d.fit(pair(&cohort, 0, 0))), Points(1000));
    }

    #[test]
    fn below_on_numbers() {
        let (cohort, d) = declared(
            "id,role,organisation,age band\nE1,mentee,A,50\nM1,mentor,B,30\nM2,mentor,C,60\n",
            "[[criteria]]\nname = \"reverse\"\nmentee = \"age band\"\ncompare = \"below\"\nweight = 5\n",
        );
        assert!(matches!(d.fit(pair(&cohort, 0, 0)), Fit::Met { .. }));
        assert_eq!(d.fit(pair(&cohort, 0, 1)), Fit::NotMet);
        assert_eq!(d.sentence(pair(&cohort, 0, 0), Lang::En), "Mentor 20 below on reverse: 50 → 30");
    }

    #[test]
    fn same_and_different_know_lists() {
        let csv = "id,role,organisation,identity\nE1,mentee,A,\"Gay, Transgender\"\nM1,mentor,B,Gay\nM2,mentor,C,Straight\n";
        let (cohort, d) = declared(
            csv,
            "[[criteria]]\nname = \"identity\"\nmentee = \"identity\"\ncompare = \"same\"\nweight = 5\n",
        );
        assert!(matches!(d.fit(pair(&cohort, 0, 0)), Fit::Met { .. }));
        assert_eq!(d.fit(pair(&cohort, 0, 1)), Fit::NotMet);
        assert_eq!(d.sentence(pair(&cohort, 0, 0), Lang::En), "Same identity: Gay");
        let (cohort, d) = declared(
            csv,
            "[[criteria]]\nname = \"identity\"\nmentee = \"identity\"\ncompare = \"different\"\nweight = 5\n",
        );
        assert_eq!(d.fit(pair(&cohort, 0, 0)), Fit::NotMet);
        assert!(matches!(d.fit(pair(&cohort, 0, 1)), Fit::Met { .. }));
    }

    #[test]
    fn a_wish_for_the_mentors_gender_with_no_preference_met() {
        let csv = "id,role,organisation,gender,Preferred mentor gender\nE1,mentee,A,,Vrouw\nE2,mentee,B,,Geen voorkeur\nE3,mentee,C,,\nM1,mentor,D,woman,\nM2,mentor,E,Mann,\n";
        let (cohort, d) = declared(
            csv,
            "[[criteria]]\nname = \"gender wish\"\nmentee = \"Preferred mentor gender\"\nmentor = \"gender\"\ncompare = \"wish\"\nweight = 5\n",
        );
        assert!(matches!(d.fit(pair(&cohort, 0, 0)), Fit::Met { .. }), "vrouw is woman");
        assert_eq!(d.fit(pair(&cohort, 0, 1)), Fit::NotMet);
        assert!(matches!(d.fit(pair(&cohort, 1, 1)), Fit::Met { .. }), "no preference");
        assert!(matches!(d.fit(pair(&cohort, 2, 1)), Fit::Met { .. }), "no answer");
        assert_eq!(
            d.sentence(pair(&cohort, 0, 1), Lang::En),
            "Gender wish not as wished: wished woman, is man"
        );
    }

    #[test]
    fn overlap_is_a_share_fuzzy_and_mapped() {
        let csv = "id,role,organisation,interests\nE1,mentee,A,\"hiking; chess; baking\"\nM1,mentor,B,\"Hikking; cooking\"\n";
        let (cohort, d) = declared(
            csv,
            "[values.interests]\nbaking = [\"cooking\"]\n\n[[criteria]]\nname = \"interests\"\nmentee = \"interests\"\ncompare = \"overlap\"\nweight = 30\n",
        );
        assert_eq!(d.fit(pair(&cohort, 0, 0)), Fit::Met { shared: 2, of: 3 });
        assert_eq!(d.points_of(d.fit(pair(&cohort, 0, 0))), Points(2000));
        assert_eq!(d.sentence(pair(&cohort, 0, 0), Lang::En), "Shares 2 of 3 interests: hiking, baking");
    }

    #[test]
    fn a_filter_limits_the_mentees_it_applies_to() {
        let csv = "id,role,organisation,gender\nE1,mentee,A,woman\nE2,mentee,B,man\nM1,mentor,C,vrouw\n";
        let (cohort, d) = declared(
            csv,
            "[[criteria]]\nname = \"same gender\"\nmentee = \"gender\"\ncompare = \"same\"\nweight = 5\nmentees = [\"woman\"]\n",
        );
        assert!(matches!(d.fit(pair(&cohort, 0, 0)), Fit::Met { .. }));
        assert_eq!(d.fit(pair(&cohort, 1, 0)), Fit::Unknown);
        assert_eq!(d.sentence(pair(&cohort, 1, 0), Lang::En), "Same gender: does not apply");
    }

    #[test]
    fn a_sensitive_declaration_says_the_same_of_every_pair_it_does_not_reward() {
        let csv = "id,role,organisation,gender,religion\nE1,mentee,A,woman,x\nE2,mentee,B,man,x\nE3,mentee,C,woman,y\nM1,mentor,C,woman,x\n";
        let (cohort, d) = declared(
            csv,
            "[[criteria]]\nname = \"faith\"\nmentee = \"religion\"\ncompare = \"same\"\nweight = 5\nsensitive = true\nmentees = [\"x\"]\n",
        );
        assert_eq!(d.sentence(pair(&cohort, 0, 0), Lang::En), "Faith: met");
        // Not applying (E3 is no 'x') and not met read alike.
        assert_eq!(d.sentence(pair(&cohort, 2, 0), Lang::En), "Faith: not met");
        for mentee in 0..3 {
            let sentence = d.sentence(pair(&cohort, mentee, 0), Lang::En);
            assert!(!sentence.contains('x') && !sentence.contains('y'), "{sentence}");
        }
    }
}
