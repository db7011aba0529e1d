//! Plain-text views for a terminal and a CI log: `check` and `explain`.

use std::fmt::Write;

use crate::check::CheckReport;
use crate::config::Prefer;
use crate::explain::PairExplanation;
use crate::score::Total;
use std::cmp::Ordering;

/// "1 pair", "2 pairs".
fn pairs(n: usize) -> String {
    if n == 1 { "1 pair".to_owned() } else { format!("{n} pairs") }
}

/// The findings of `check`, one per line, `file:line: mentee – mentor: rule:
/// detail`, then the comparison with the optimum.
pub fn check(report: &CheckReport) -> String {
    let mut text = String::new();
    for violation in &report.violations {
        let _ = writeln!(text, "{violation}");
    }
    for target in &report.targets {
        let _ = writeln!(text, "{target}");
    }
    let found = report.violations.len() + report.targets.len();
    let _ = match found {
        0 => writeln!(text, "No violations."),
        1 => writeln!(text, "1 violation."),
        n => writeln!(text, "{n} violations."),
    };
    let _ = writeln!(text, "Pairing: {}, total score {}.", pairs(report.pairs), report.total);
    // Matched mentees first, as the optimum puts them, then the score.
    let gap = report.optimum_total.cmp(&report.total);
    let points = |gap: Ordering| match gap {
        Ordering::Equal => "as high".to_owned(),
        Ordering::Greater => format!("{} points less", report.total.below(report.optimum_total)),
        Ordering::Less => format!("{} points more", report.optimum_total.below(report.total)),
    };
    let fewer = report.optimum_pairs as i64 - report.pairs as i64;
    // With mentees who want several mentors, pairs are what is counted.
    let mentees = |n: i64, how: &str| match (n, report.several) {
        (1, false) => format!("1 {how} mentee"),
        (n, false) => format!("{n} {how} mentees"),
        (1, true) => format!("1 {how} pair"),
        (n, true) => format!("{n} {how} pairs"),
    };
    let comparison = match report.prefer {
        Prefer::MostPairs => match (fewer, gap) {
            (0, Ordering::Equal) if report.is_clean() => "the pairing is as good as it".to_owned(),
            (0, gap) if gap == Ordering::Greater || report.is_clean() => {
                format!("the pairing scores {}", points(gap))
            }
            (0, gap) => format!("the pairing scores {}, by breaking rules", points(gap)),
            (fewer, gap) if fewer > 0 => {
                format!("the pairing matches {}, and scores {}", mentees(fewer, "fewer"), points(gap))
            }
            (more, gap) => {
                format!(
                    "the pairing matches {} by breaking rules, and scores {}",
                    mentees(-more, "more"),
                    points(gap)
                )
            }
        },
        // The score first, then the mentees matched, as the optimum puts them.
        Prefer::BestScores => {
            let matched = match fewer {
                0 => String::new(),
                n if n > 0 => format!(", and matches {}", mentees(n, "fewer")),
                n => format!(", and matches {}", mentees(-n, "more")),
            };
            match (gap, fewer) {
                (Ordering::Equal, 0) if report.is_clean() => "the pairing is as good as it".to_owned(),
                (Ordering::Greater, _) | (Ordering::Equal, 1..) => {
                    format!("the pairing scores {}{matched}", points(gap))
                }
                _ if report.is_clean() => format!("the pairing scores {}{matched}", points(gap)),
                _ => format!("the pairing scores {}{matched}, by breaking rules", points(gap)),
            }
        }
    };
    let _ = writeln!(
        text,
        "Optimum under the same rules: {}, total score {}; {comparison}.",
        pairs(report.optimum_pairs),
        report.optimum_total
    );
    text
}

/// One pair of peers, criterion by criterion (the mean of the two ways)
/// and rule by rule (both ways).
pub fn explain_peers(pair: &PairExplanation) -> String {
    let mut text = criteria_and_rules(pair);
    let (a, b) = (&pair.mentee, &pair.mentor);
    let _ = match pair.rank {
        Some(rank) => writeln!(text, "Rank: choice {rank} of {a}'s {} eligible peers.", pair.options),
        None => writeln!(text, "Rank: not eligible; {a} has {} eligible peers.", pair.options),
    };
    let with =
        |partner: Option<&String>| partner.map_or("without a peer".to_owned(), |p| format!("with {p}"));
    let a_partner = pair.optimal_mentors.first().map(|(p, _)| p);
    let _ = match a_partner {
        Some(p) if p == b => writeln!(text, "In the optimal pairing: this pair is made."),
        _ => writeln!(
            text,
            "In the optimal pairing: {a} is {}; {b} {}.",
            with(a_partner),
            with(pair.optimal_mentees.first())
        ),
    };
    forcing(&mut text, pair, &|lost| format!("and {} fewer", pairs(lost)));
    text
}

/// What forcing the pair costs against the optimum, when it can be forced;
/// `lost_words` words the pairs or mentees it loses.
fn forcing(text: &mut String, pair: &PairExplanation, lost_words: &dyn Fn(usize) -> String) {
    let Some((forced_matched, forced_total)) = pair.forced else { return };
    let (matched, total) = pair.optimum;
    let cost = forced_total.below(total);
    let lost = matched.saturating_sub(forced_matched);
    let mut effect = if cost == Total::ZERO && lost == 0 {
        "costs nothing".to_owned()
    } else {
        format!("costs {cost} points of total score")
    };
    if lost > 0 {
        effect += &format!(" {}", lost_words(lost));
    }
    let lock =
        if pair.eligible { "" } else { " (it breaks a rule: only --lock with --force-locks makes it)" };
    let _ = writeln!(
        text,
        "Forcing this pair{lock} {effect}: {}, total {forced_total} against {}, total {total}.",
        pairs(forced_matched),
        pairs(matched)
    );
}

/// The head of an explanation: the pair, its score criterion by criterion,
/// and every rule.
fn criteria_and_rules(pair: &PairExplanation) -> String {
    let mut text = format!("{} with {}\n\n", pair.mentee, pair.mentor);
    let _ = writeln!(text, "Score {} of {}", pair.score, pair.max_score);
    let width = pair.criteria.iter().map(|c| c.0.len()).max().unwrap_or(0);
    for (name, points, weight, note) in &pair.criteria {
        let note = note.as_deref().unwrap_or("—");
        let _ = writeln!(
            text,
            "  {name:<width$}  {:>6} of {:<6}  {note}",
            points.to_string(),
            weight.to_string()
        );
    }
    let _ = writeln!(text, "\nRules");
    for rule in &pair.rules {
        let verdict = if rule.passed { "passed" } else { "FAILED" };
        let _ = writeln!(text, "  {verdict}  {}: {}", rule.rule, rule.detail);
    }
    let _ = writeln!(text);
    text
}

/// One pair, criterion by criterion and rule by rule.
pub fn explain(pair: &PairExplanation) -> String {
    let mut text = criteria_and_rules(pair);
    let _ = match pair.rank {
        Some(rank) => {
            writeln!(text, "Rank: choice {rank} of the mentee's {} eligible mentors.", pair.options)
        }
        None => writeln!(
            text,
            "Rank: not eligible; the mentee has {} eligible mentor{}.",
            pair.options,
            if pair.options == 1 { "" } else { "s" }
        ),
    };
    let mentees = if pair.optimal_mentees.is_empty() {
        "no mentee".to_owned()
    } else {
        pair.optimal_mentees.join(", ")
    };
    let theirs: Vec<String> =
        pair.optimal_mentors.iter().map(|(mentor, score)| format!("{mentor}, score {score}")).collect();
    let _ = match pair.optimal_mentors.iter().find(|(mentor, _)| *mentor == pair.mentor) {
        Some((_, score)) if pair.optimal_mentors.len() == 1 => {
            writeln!(text, "In the optimal matching: this pair is made, score {score}.")
        }
        Some((_, score)) => {
            let others: Vec<String> = pair
                .optimal_mentors
                .iter()
                .filter(|(mentor, _)| *mentor != pair.mentor)
                .map(|(mentor, score)| format!("{mentor}, score {score}"))
                .collect();
            let mentors = if others.len() == 1 { "mentor" } else { "mentors" };
            writeln!(
                text,
                "In the optimal matching: this pair is made, score {score}; the mentee's other {mentors}: {}.",
                others.join("; ")
            )
        }
        None if theirs.is_empty() => writeln!(
            text,
            "In the optimal matching: the mentee is not matched; the mentor is with {mentees}."
        ),
        None => writeln!(
            text,
            "In the optimal matching: the mentee is with {}; the mentor with {mentees}.",
            theirs.join("; ")
        ),
    };
    if pair.forced.is_none() {
        let _ = writeln!(
            text,
            "Forcing this pair is not possible: every place of the mentor is taken by a locked pair."
        );
    }
    forcing(&mut text, pair, &|lost| {
        format!("and leaves {lost} more mentee{} unmatched", if lost == 1 { "" } else { "s" })
    });
    text
}
