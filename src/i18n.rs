//! The languages tandem writes for people in: English, Dutch and German.
//!
//! Every sentence a report, an explanation, a reason or a summary gives is
//! a message in `locales/<lang>/tandem.ftl` (Project Fluent), looked up by
//! id with [`t!`](crate::t) in the run's [`Lang`]. Plurals follow each
//! language's rules ("1 mentor", "2 mentoren"); numbers with decimals take
//! the language's separator ("57,50"). Error messages stay English: they are
//! for whoever runs tandem, and the same words can be searched for.
//!
//! Values from the intake and criterion names from the config are used as
//! written.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;

/// A language tandem writes in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
    De,
}

/// The message files, by language, as the repository holds them.
pub const SOURCES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../locales/en/tandem.ftl")),
    (Lang::Nl, include_str!("../locales/nl/tandem.ftl")),
    (Lang::De, include_str!("../locales/de/tandem.ftl")),
];

impl Lang {
    /// The language's code: `en`, `nl`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::De => "de",
        }
    }

    /// Whether Excel set to this language's locale expects `;` between
    /// cells and decimal commas.
    pub fn decimal_comma(self) -> bool {
        self != Lang::En
    }

    /// A message with its arguments, in this language. A message missing
    /// from the file (which a test rules out) gives its id.
    pub fn text(self, id: &str, args: &[(&str, Arg)]) -> String {
        let bundle = bundle(self);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            debug_assert!(false, "no message {id} in {}", self.code());
            return id.to_owned();
        };
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent.set(*name, FluentValue::from(text.as_str())),
                Arg::Count(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
        debug_assert!(errors.is_empty(), "message {id} in {}: {errors:?}", self.code());
        text.into_owned()
    }

    /// A number with two decimals, in this language: `57.50`, `57,50`.
    pub fn decimal(self, hundredths: i64) -> String {
        let sign = if hundredths < 0 { "-" } else { "" };
        let (whole, part) = (hundredths.unsigned_abs() / 100, hundredths.unsigned_abs() % 100);
        let separator = if self.decimal_comma() { ',' } else { '.' };
        format!("{sign}{whole}{separator}{part:02}")
    }

    /// A number as the language writes it, with no more decimals than it
    /// has: `2`, `2.5`, `2,5`.
    pub fn number(self, n: f64) -> String {
        let text = if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { format!("{n}") };
        if self.decimal_comma() { text.replace('.', ",") } else { text }
    }

    /// A number with a fixed count of decimals, in this language: `62.9`,
    /// `62,9`.
    pub fn fixed(self, n: f64, places: usize) -> String {
        let text = format!("{n:.places$}");
        if self.decimal_comma() { text.replace('.', ",") } else { text }
    }

    /// A share as a percentage with one decimal: `62.5%`, `62,5%`.
    pub fn percent(self, share: f64) -> String {
        format!("{}%", self.fixed(share * 100.0, 1))
    }

    /// A built-in criterion's name in this language, for `count` values
    /// ("goal", "doelen"); `None` for a name of the config's own.
    pub fn criterion(self, name: &str, count: usize) -> Option<String> {
        let id = match name {
            "goals" => "criterion-goals",
            "sector" => "criterion-sector",
            "diversity" => "criterion-diversity",
            "ratings" => "criterion-ratings",
            _ => return None,
        };
        Some(self.text(id, &[("count", Arg::from(count))]))
    }

    /// Items joined as a sentence lists them: "a, b and c", "a, b en c".
    pub fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                crate::t!(self, "list-and", init = init.join(", "), last = last.as_str())
            }
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Lang, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" | "english" | "engels" | "englisch" => Ok(Lang::En),
            "nl" | "dutch" | "nederlands" | "niederlandisch" | "niederländisch" | "hollandisch" => {
                Ok(Lang::Nl)
            }
            "de" | "german" | "deutsch" | "duits" => Ok(Lang::De),
            _ => Err(format!("'{text}' is not a language tandem writes; use en, nl or de")),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A message's argument: text, or a count that chooses the plural.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
counts!(usize, u32, u64, i64, i32);

/// A message in a language: `t!(lang, "id")` or `t!(lang, "id", name =
/// value, …)`, where a value is text or a count.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        $lang.text($id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $lang.text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, source)| {
                let resource =
                    FluentResource::try_new((*source).to_owned()).expect("the message files parse");
                let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language id");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Plain text: no direction marks around arguments.
                bundle.set_use_isolating(false);
                bundle.add_resource(resource).expect("no message twice");
                bundle
            })
            .collect()
    });
    &bundles[lang as usize]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;

    /// Every message id of a file, with the variables it uses.
    fn messages(source: &str) -> Vec<(String, BTreeSet<String>)> {
        fn variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
            for element in &pattern.elements {
                if let PatternElement::Placeable { expression } = element {
                    expression_variables(expression, into);
                }
            }
        }
        fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
            match expression {
                Expression::Select { selector, variants } => {
                    inline(selector, into);
                    for variant in variants {
                        variables(&variant.value, into);
                    }
                }
                Expression::Inline(e) => inline(e, into),
            }
        }
        fn inline(expression: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
            match expression {
                InlineExpression::VariableReference { id } => {
                    into.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => expression_variables(expression, into),
                _ => {}
            }
        }
        let resource = fluent_syntax::parser::parse(source).expect("the message file parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => {
                    let mut used = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables(value, &mut used);
                    }
                    Some((m.id.name.to_owned(), used))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_message_is_in_every_language_with_the_same_arguments() {
        let english = messages(SOURCES[0].1);
        let ids: BTreeSet<&String> = english.iter().map(|(id, _)| id).collect();
        assert_eq!(ids.len(), english.len(), "an English id twice");
        for (lang, source) in &SOURCES[1..] {
            let other = messages(source);
            let other_ids: BTreeSet<&String> = other.iter().map(|(id, _)| id).collect();
            let missing: Vec<_> = ids.difference(&other_ids).collect();
            let extra: Vec<_> = other_ids.difference(&ids).collect();
            assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
            assert!(extra.is_empty(), "only in {lang}: {extra:?}");
            for (id, en) in &english {
                let theirs = &other.iter().find(|(i, _)| i == id).expect("checked above").1;
                assert_eq!(en, theirs, "message {id} in {lang} takes other arguments");
            }
        }
    }

    /// Every source file of the crate, with its text.
    fn sources() -> Vec<(String, String)> {
        let mut found = Vec::new();
        let mut folders = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    found.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
                }
            }
        }
        found
    }

    #[test]
    fn every_message_id_the_code_uses_exists() {
        let ids: BTreeSet<String> = messages(SOURCES[0].1).into_iter().map(|(id, _)| id).collect();
        let mut used = BTreeSet::new();
        let sources = sources();
        for (path, source) in &sources {
            for (at, _) in source.match_indices("t!(") {
                // t!(lang, "id" …), not format!(: the first string literal.
                let before = source[..at].chars().next_back().unwrap_or(' ');
                let line = &source[source[..at].rfind('\n').map_or(0, |n| n + 1)..at];
                if before.is_alphanumeric() || before == '_' || line.trim_start().starts_with("//") {
                    continue;
                }
                let rest = &source[at..];
                if let Some(open) = rest.find('"').filter(|&o| o < 80)
                    && let Some(close) = rest[open + 1..].find('"')
                {
                    let id = &rest[open + 1..open + 1 + close];
                    if id.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()) {
                        used.insert((id.to_owned(), path.clone()));
                    }
                }
            }
        }
        // Ids made from keys: columns(lang, &["mentee_id", …]) and
        // headings(lang, &["rank", …]) read column-… and heading-….
        for (path, source) in &sources {
            for (call, prefix) in [("columns(", "column-"), ("headings(", "heading-")] {
                for (at, _) in source.match_indices(call) {
                    let rest = &source[at..];
                    let (Some(open), Some(close)) = (rest.find("&["), rest.find(']')) else { continue };
                    if open > close || open > 60 {
                        continue;
                    }
                    for key in rest[open + 2..close].split(',').map(|k| k.trim().trim_matches('"')) {
                        if !key.is_empty()
                            && key.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c == '-')
                        {
                            used.insert((format!("{prefix}{}", key.replace('_', "-")), path.clone()));
                        }
                    }
                }
            }
        }
        // Ids made from the keys of the summary cards and workbook items.
        for key in [
            "participants",
            "mentees",
            "mentors",
            "matched",
            "unmatched",
            "mentors-without",
            "mean",
            "total",
            "pairs",
            "locked",
            "organisations",
            "mentees-matched",
        ] {
            used.insert((format!("card-{key}"), "report/html.rs".to_owned()));
        }
        for key in [
            "mentees",
            "mentors",
            "places",
            "matched",
            "unmatched",
            "pairs",
            "total",
            "mean",
            "locked",
            "excluded",
            "earlier",
            "priority",
            "priority-matched",
            "targets-cost",
            "given-up",
            "gained",
        ] {
            used.insert((format!("item-{key}"), "report/workbook.rs".to_owned()));
        }
        assert!(used.len() > 10, "the scan finds the messages in use");
        let unknown: Vec<_> = used.iter().filter(|(id, _)| !ids.contains(id)).collect();
        assert!(unknown.is_empty(), "messages used but not in locales/en/tandem.ftl: {unknown:?}");
    }

    #[test]
    fn plurals_and_decimals_follow_the_language() {
        assert_eq!(t!(Lang::En, "count-mentors", count = 1usize), "1 mentor");
        assert_eq!(t!(Lang::En, "count-mentors", count = 2usize), "2 mentors");
        assert_eq!(t!(Lang::Nl, "count-mentors", count = 2usize), "2 mentoren");
        assert_eq!(t!(Lang::De, "count-mentors", count = 1usize), "1 Mentor");
        assert_eq!(t!(Lang::De, "count-mentors", count = 3usize), "3 Mentoren");
        assert_eq!(
            t!(Lang::En, "html-lead", mentees = 1usize, mentors = 1usize, pairs = 1usize),
            "1 mentee and 1 mentor; 1 pair proposed for review."
        );
        assert_eq!(
            t!(Lang::Nl, "html-lead", mentees = 2usize, mentors = 1usize, pairs = 1usize),
            "2 mentees en 1 mentor; 1 koppel voorgesteld ter beoordeling."
        );
        assert_eq!(Lang::Nl.decimal(5750), "57,50");
        assert_eq!(Lang::En.decimal(-5), "-0.05");
        assert_eq!(Lang::De.list(&["a".into(), "b".into(), "c".into()]), "a, b und c");
        assert_eq!(Lang::En.list(&["a".into()]), "a");
    }
}
