//! Output in the staff's language: `--lang nl|de` (or `[output] lang`)
//! for explanations, reasons, reports and headers, CSV as Dutch and German
//! Excel opens it, and no English left in a Dutch or German output.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::workdir::Workdir;

/// The words of every message of a language's file, as they stand in its
/// text (variables and variant keys left out), lower case.
fn message_words(lang: &str) -> BTreeSet<String> {
    fn pattern(p: &Pattern<&str>, into: &mut String) {
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => {
                    into.push(' ');
                    into.push_str(value);
                }
                PatternElement::Placeable { expression } => expression_text(expression, into),
            }
        }
    }
    fn expression_text(e: &Expression<&str>, into: &mut String) {
        match e {
            Expression::Select { variants, .. } => variants.iter().for_each(|v| pattern(&v.value, into)),
            Expression::Inline(InlineExpression::Placeable { expression }) => {
                expression_text(expression, into)
            }
            Expression::Inline(_) => {}
        }
    }
    let path = format!("{}/locales/{lang}/tandem.ftl", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(path).expect("the message file");
    let resource = fluent_syntax::parser::parse(source.as_str()).expect("it parses");
    let mut text = String::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && let Some(value) = &m.value
        {
            pattern(value, &mut text);
        }
    }
    words(&text)
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// English words of tandem's own in an output of another language: words
/// of the English messages that the language's messages do not use and
/// the input does not hold (names, organisations, goals are data).
fn english_in(output: &str, lang: &str, input: &str) -> Vec<String> {
    let allowed: BTreeSet<String> = message_words(lang).union(&words(input)).cloned().collect();
    let english: BTreeSet<String> = message_words("en").difference(&allowed).cloned().collect();
    // The text people read: no markup, no style sheet.
    let mut text = String::new();
    let mut rest = output;
    while let Some(start) = rest.find("<style>") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("</style>").map_or("", |end| &rest[start + end..]);
    }
    text.push_str(rest);
    let mut plain = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    words(&plain).intersection(&english).cloned().collect()
}

/// The example cohort with what makes every part of a report speak: a
/// target, ratings and alternatives.
fn cohort(wd: &Workdir) -> String {
    wd.example("cohort.csv");
    wd.example("ratings.csv");
    let config = "[output]\nprogramme = \"Cross-mentoring\"\n\n[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 0.9\n";
    wd.write("tandem.toml", config);
    [crate::workdir::example("cohort.csv"), crate::workdir::example("ratings.csv"), config.to_owned()]
        .concat()
}

const RUN: &[&str] =
    &["match", "cohort.csv", "--ratings", "ratings.csv", "--config", "tandem.toml", "--alternatives", "2"];

#[test]
fn no_english_in_a_dutch_or_german_run() {
    let wd = Workdir::new();
    let input = cohort(&wd);
    for lang in ["nl", "de"] {
        for format in ["csv", "markdown", "html"] {
            let run =
                wd.run(&[RUN, &["--lang", lang, "--format", format, "--csv-style", "standard"]].concat());
            assert_eq!(run.code, 0, "{}", run.stderr);
            let leaks = english_in(&run.stdout, lang, &input);
            assert!(leaks.is_empty(), "English in the {lang} {format}: {leaks:?}\n{}", run.stdout);
            let summary = run.stderr.lines().filter(|l| !l.starts_with("cohort.csv") && !l.starts_with("  "));
            let leaks = english_in(&summary.collect::<Vec<_>>().join("\n"), lang, &input);
            assert!(leaks.is_empty(), "English in the {lang} summary: {leaks:?}\n{}", run.stderr);
        }
    }
}

#[test]
fn no_english_in_a_dutch_or_german_sponsor_report() {
    let wd = Workdir::new();
    let input = cohort(&wd);
    for lang in ["nl", "de"] {
        for format in ["markdown", "html"] {
            let report = wd.stdout(
                &[RUN, &["--lang", lang, "--audience", "sponsors", "--format", format, "-q"]].concat(),
            );
            let leaks = english_in(&report, lang, &input);
            assert!(leaks.is_empty(), "English in the {lang} sponsor {format}: {leaks:?}\n{report}");
        }
    }
    let german =
        wd.stdout(&[RUN, &["--lang", "de", "--audience", "sponsors", "--format", "markdown", "-q"]].concat());
    insta::assert_snapshot!("sponsors_de", german);
}

#[test]
fn the_leak_test_finds_english() {
    let wd = Workdir::new();
    let input = cohort(&wd);
    let english = wd.stdout(&[RUN, &["--format", "markdown", "-q"]].concat());
    let leaks = english_in(&english, "nl", &input);
    for word in ["shares", "crosses", "booked", "instead"] {
        assert!(leaks.contains(&word.to_owned()), "{word} in {leaks:?}");
    }
}

#[test]
fn the_example_in_three_languages() {
    let wd = Workdir::new();
    cohort(&wd);
    for lang in ["en", "nl", "de"] {
        let markdown = wd.stdout(&[RUN, &["--lang", lang, "--format", "markdown", "-q"]].concat());
        insta::assert_snapshot!(format!("markdown_{lang}"), markdown);
    }
}

#[test]
fn dutch_and_german_csv_open_in_their_excel() {
    let wd = Workdir::new();
    cohort(&wd);
    for lang in ["nl", "de"] {
        let csv = wd.stdout(&[RUN, &["--lang", lang, "-q"]].concat());
        assert!(csv.starts_with('\u{feff}'), "a byte-order mark");
        let header = csv.lines().next().unwrap();
        assert!(header.contains(';') && !header.contains(','), "{header}");
        assert!(csv.contains(";80,00;"), "decimal commas");
        // Asked for, the standard style all the same.
        let standard = wd.stdout(&[RUN, &["--lang", lang, "-q", "--csv-style", "standard"]].concat());
        assert!(!standard.starts_with('\u{feff}') && standard.contains(",80.00,"));
    }
    // The config's language is the default; the flag wins over it.
    wd.write("nl.toml", "[output]\nlang = \"nl\"\n");
    let dutch = wd.stdout(&["match", "cohort.csv", "--config", "nl.toml", "-q", "--format", "markdown"]);
    assert!(dutch.starts_with("# Mentoringkoppels"), "{dutch}");
    let english = wd.stdout(&[
        "match",
        "cohort.csv",
        "--config",
        "nl.toml",
        "--lang",
        "en",
        "-q",
        "--format",
        "markdown",
    ]);
    assert!(english.starts_with("# Mentoring pairs"), "{english}");
    let bad = wd.run(&["match", "cohort.csv", "--lang", "fr"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("use en, nl or de"), "{}", bad.stderr);
}

#[test]
fn a_dutch_or_german_output_reads_back_as_a_pair_file() {
    let wd = Workdir::new();
    cohort(&wd);
    for lang in ["nl", "de"] {
        for output in ["pairs.csv", "pairs.xlsx"] {
            wd.stdout(&[RUN, &["--lang", lang, "-q", "-o", output]].concat());
            let check = wd.run(&["check", "cohort.csv", "--pairs", output]);
            assert_eq!(check.code, 0, "{lang} {output}: {}{}", check.stdout, check.stderr);
            assert!(check.stdout.contains("38 pairs"), "{lang} {output}: {}", check.stdout);
        }
    }
}

#[test]
fn check_explain_and_validate_speak_dutch_and_german() {
    let wd = Workdir::new();
    // The pair file's name is the user's, not tandem's.
    let input = cohort(&wd) + " pairs.csv";
    // A pairing by hand: a mentee twice, colleagues, a mentor over capacity.
    wd.write("pairs.csv", "mentee_id,mentor_id\nME07,MR07\nME07,MR18\nME10,MR25\nME01,MR07\nME04,MR07\n");
    for lang in ["nl", "de"] {
        let check = wd.run(&[
            "check",
            "cohort.csv",
            "--pairs",
            "pairs.csv",
            "--config",
            "tandem.toml",
            "--lang",
            lang,
        ]);
        assert_eq!(check.code, 3, "{}", check.stderr);
        let leaks = english_in(&check.stdout, lang, &input);
        assert!(leaks.is_empty(), "English in the {lang} check: {leaks:?}\n{}", check.stdout);
        for (mentee, mentor) in [("ME07", "MR07"), ("ME10", "MR25"), ("ME34", "MR03")] {
            let explain = wd.stdout(&[
                "explain",
                mentee,
                mentor,
                "cohort.csv",
                "--config",
                "tandem.toml",
                "--lang",
                lang,
            ]);
            let leaks = english_in(&explain, lang, &input);
            assert!(leaks.is_empty(), "English in the {lang} explain: {leaks:?}\n{explain}");
        }
        let validate = wd.stdout(&["validate", "cohort.csv", "--lang", lang, "-q"]);
        let summary: String =
            validate.lines().skip_while(|l| !l.starts_with("70 ")).collect::<Vec<_>>().join("\n");
        assert!(!summary.is_empty(), "{validate}");
        let leaks = english_in(&summary, lang, &input);
        assert!(leaks.is_empty(), "English in the {lang} validate: {leaks:?}\n{summary}");
    }
    let dutch =
        wd.stdout(&["explain", "ME10", "MR25", "cohort.csv", "--config", "tandem.toml", "--lang", "nl"]);
    insta::assert_snapshot!("explain_nl", dutch);
    let check = wd.run(&["check", "cohort.csv", "--pairs", "pairs.csv", "--lang", "de"]);
    insta::assert_snapshot!("check_de", check.stdout);
}

#[test]
fn a_pool_of_peers_in_german() {
    let wd = Workdir::new();
    wd.example("peers.csv");
    let input = crate::workdir::example("peers.csv");
    let run = wd.run(&["peers", "peers.csv", "--lang", "de", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("| 57,50 |"), "decimal commas for reading:\n{}", run.stdout);
    for text in [&run.stdout, &run.stderr.lines().last().unwrap_or_default().to_owned()] {
        let leaks = english_in(text, "de", &input);
        assert!(leaks.is_empty(), "English in the German pool: {leaks:?}\n{text}");
    }
}
