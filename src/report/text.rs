//! Plain-text views for a terminal and a CI log: `check` and `explain`, in
//! the run's language.

use std::fmt::Write;

use crate::check::CheckReport;
use crate::config::Prefer;
use crate::explain::PairExplanation;
use crate::score::Total;
use crate::t;
use std::cmp::Ordering;

/// The findings of `check`, one per line, `file:line: mentee – mentor: rule:
/// detail`, then the comparison with the optimum.
pub fn check(report: &CheckReport) -> String {
    let lang = report.lang;
    let mut text = String::new();
    for violation in &report.violations {
        let _ = writeln!(text, "{violation}");
    }
    for target in &report.targets {
        let _ = writeln!(text, "{target}");
    }
    let found = report.violations.len() + report.targets.len();
    let _ = writeln!(text, "{}", t!(lang, "check-found", count = found));
    let _ = writeln!(
        text,
        "{}",
        t!(lang, "check-pairing", pairs = report.pairs, total = report.total.text(lang))
    );
    // Matched mentees first, as the optimum puts them, then the score.
    let gap = report.optimum_total.cmp(&report.total);
    let points = |gap: Ordering| match gap {
        Ordering::Equal => t!(lang, "check-points-same"),
        Ordering::Greater => {
            t!(lang, "check-points-less", points = report.total.below(report.optimum_total).text(lang))
        }
        Ordering::Less => {
            t!(lang, "check-points-more", points = report.optimum_total.below(report.total).text(lang))
        }
    };
    let fewer = report.optimum_pairs as i64 - report.pairs as i64;
    // With mentees who want several mentors, pairs are what is counted.
    let mentees = |n: i64, how: &'static str| {
        let what = if report.several { "pairs" } else { "mentees" };
        t!(lang, "check-counted", count = n, how = how, what = what)
    };
    let broken = !report.is_clean();
    let comparison = match report.prefer {
        Prefer::MostPairs => match (fewer, gap) {
            (0, Ordering::Equal) if !broken => t!(lang, "check-as-good"),
            (0, gap) => {
                let broken = broken && gap != Ordering::Greater;
                t!(lang, "check-scores", points = points(gap), matched = "", broken = yes(broken))
            }
            (fewer, gap) if fewer > 0 => t!(
                lang,
                "check-matches",
                matched = mentees(fewer, "fewer"),
                points = points(gap),
                broken = yes(false)
            ),
            (more, gap) => t!(
                lang,
                "check-matches",
                matched = mentees(-more, "more"),
                points = points(gap),
                broken = yes(true)
            ),
        },
        // The score first, then the mentees matched, as the optimum puts them.
        Prefer::BestScores => {
            let matched = match fewer {
                0 => String::new(),
                n if n > 0 => t!(lang, "check-and-matches", matched = mentees(n, "fewer")),
                n => t!(lang, "check-and-matches", matched = mentees(-n, "more")),
            };
            match (gap, fewer) {
                (Ordering::Equal, 0) if !broken => t!(lang, "check-as-good"),
                (Ordering::Greater, _) | (Ordering::Equal, 1..) => {
                    t!(lang, "check-scores", points = points(gap), matched = matched, broken = yes(false))
                }
                _ => t!(lang, "check-scores", points = points(gap), matched = matched, broken = yes(broken)),
            }
        }
    };
    let _ = writeln!(
        text,
        "{}",
        t!(
            lang,
            "check-optimum",
            pairs = report.optimum_pairs,
            total = report.optimum_total.text(lang),
            comparison = comparison
        )
    );
    text
}

fn yes(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// One pair of peers, criterion by criterion (the mean of the two ways)
/// and rule by rule (both ways).
pub fn explain_peers(pair: &PairExplanation) -> String {
    let lang = pair.lang;
    let mut text = criteria_and_rules(pair);
    let (a, b) = (&pair.mentee, &pair.mentor);
    let _ = match pair.rank {
        Some(rank) => {
            writeln!(text, "{}", t!(lang, "explain-peer-rank", rank = rank, person = a, count = pair.options))
        }
        None => writeln!(text, "{}", t!(lang, "explain-peer-not-eligible", person = a, count = pair.options)),
    };
    let with = |partner: Option<&String>| {
        partner.map_or_else(|| t!(lang, "explain-without-peer"), |p| t!(lang, "explain-with", person = p))
    };
    let a_partner = pair.optimal_mentors.first().map(|(p, _)| p);
    let _ = match a_partner {
        Some(p) if p == b => writeln!(text, "{}", t!(lang, "explain-peer-made")),
        _ => writeln!(
            text,
            "{}",
            t!(
                lang,
                "explain-peer-optimum",
                a = a,
                a_with = with(a_partner),
                b = b,
                b_with = with(pair.optimal_mentees.first())
            )
        ),
    };
    forcing(&mut text, pair, &|lost| t!(lang, "explain-fewer-pairs", count = lost));
    text
}

/// What forcing the pair costs against the optimum, when it can be forced;
/// `lost_words` words the pairs or mentees it loses.
fn forcing(text: &mut String, pair: &PairExplanation, lost_words: &dyn Fn(usize) -> String) {
    let lang = pair.lang;
    let Some((forced_matched, forced_total)) = pair.forced else { return };
    let (matched, total) = pair.optimum;
    let cost = forced_total.below(total);
    let lost = matched.saturating_sub(forced_matched);
    let mut effect = if cost == Total::ZERO && lost == 0 {
        t!(lang, "explain-costs-nothing")
    } else {
        t!(lang, "explain-costs", points = cost.text(lang))
    };
    if lost > 0 {
        effect += &format!(" {}", lost_words(lost));
    }
    let _ = writeln!(
        text,
        "{}",
        t!(
            lang,
            "explain-forcing",
            eligible = yes(pair.eligible),
            effect = effect,
            forced = forced_matched,
            forced_total = forced_total.text(lang),
            pairs = matched,
            total = total.text(lang)
        )
    );
}

/// The head of an explanation: the pair, its score criterion by criterion,
/// and every rule.
fn criteria_and_rules(pair: &PairExplanation) -> String {
    let lang = pair.lang;
    let mut text = format!("{}\n\n", t!(lang, "explain-pair", mentee = &pair.mentee, mentor = &pair.mentor));
    let _ = writeln!(
        text,
        "{}",
        t!(lang, "explain-score", score = pair.score.text(lang), top = pair.max_score.text(lang))
    );
    let names: Vec<String> =
        pair.criteria.iter().map(|c| crate::report::criterion_column(lang, &c.0)).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let of = t!(lang, "explain-of");
    for (name, (_, points, weight, note)) in names.iter().zip(&pair.criteria) {
        let note = note.as_deref().unwrap_or("—");
        let _ = writeln!(
            text,
            "  {name:<width$}  {:>6} {of} {:<6}  {note}",
            points.text(lang),
            weight.text(lang)
        );
    }
    let _ = writeln!(text, "\n{}", t!(lang, "explain-rules"));
    for rule in &pair.rules {
        let verdict = if rule.passed { t!(lang, "explain-passed") } else { t!(lang, "explain-failed") };
        let _ = writeln!(text, "  {verdict}  {}: {}", rule.rule, rule.detail);
    }
    let _ = writeln!(text);
    text
}

/// One pair, criterion by criterion and rule by rule.
pub fn explain(pair: &PairExplanation) -> String {
    let lang = pair.lang;
    let mut text = criteria_and_rules(pair);
    let _ = match pair.rank {
        Some(rank) => writeln!(text, "{}", t!(lang, "explain-rank", rank = rank, count = pair.options)),
        None => writeln!(text, "{}", t!(lang, "explain-not-eligible", count = pair.options)),
    };
    let mentees = if pair.optimal_mentees.is_empty() {
        t!(lang, "explain-no-mentee")
    } else {
        pair.optimal_mentees.join(", ")
    };
    let scored = |(mentor, score): &(String, crate::score::Points)| {
        t!(lang, "explain-with-score", person = mentor, score = score.text(lang))
    };
    let theirs: Vec<String> = pair.optimal_mentors.iter().map(scored).collect();
    let line = match pair.optimal_mentors.iter().find(|(mentor, _)| *mentor == pair.mentor) {
        Some((_, score)) if pair.optimal_mentors.len() == 1 => {
            t!(lang, "explain-made", score = score.text(lang))
        }
        Some((_, score)) => {
            let others: Vec<String> = pair
                .optimal_mentors
                .iter()
                .filter(|(mentor, _)| *mentor != pair.mentor)
                .map(scored)
                .collect();
            t!(
                lang,
                "explain-made-others",
                score = score.text(lang),
                count = others.len(),
                others = others.join("; ")
            )
        }
        None if theirs.is_empty() => t!(lang, "explain-mentee-unmatched", mentees = mentees),
        None => t!(lang, "explain-optimum", mentors = theirs.join("; "), mentees = mentees),
    };
    let _ = writeln!(text, "{line}");
    if pair.forced.is_none() {
        let _ = writeln!(text, "{}", t!(lang, "explain-cannot-force"));
    }
    forcing(&mut text, pair, &|lost| t!(lang, "explain-leaves-unmatched", count = lost));
    text
}
