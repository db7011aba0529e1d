//! Markdown, for pasting into a wiki page or an e-mail: a summary, the ranked
//! pairs, and the unmatched with their reasons.

use std::fmt::Write;

use super::Grid;
use crate::i18n::Lang;
use crate::outcome::Outcome;
use crate::t;

pub fn outcome(outcome: &Outcome) -> Vec<u8> {
    let lang = outcome.lang;
    let mut text = format!("# {}\n\n", t!(lang, "report-title"));
    for line in summary_lines(outcome) {
        let _ = writeln!(text, "- {line}");
    }

    let _ = write!(text, "\n## {}\n\n", t!(lang, "report-pairs"));
    if outcome.pairs.is_empty() {
        let _ = writeln!(text, "{}", t!(lang, "report-no-pairs"));
    } else {
        let mut headers = headings(lang, &["rank", "mentee", "mentor", "score"]);
        headers.extend(outcome.criteria.iter().map(|c| capitalise(&super::criterion_column(lang, c))));
        headers.extend(headings(lang, &["explanation"]));
        if outcome.alternatives > 0 {
            headers.extend(headings(lang, &["alternatives"]));
        }
        let rows = outcome
            .pairs
            .iter()
            .map(|p| {
                let mut row = vec![
                    p.rank.to_string(),
                    person(&p.mentee_name, &p.mentee_id, &p.mentee_organisation, &p.mentee_email),
                    person(&p.mentor_name, &p.mentor_id, &p.mentor_organisation, &p.mentor_email),
                    p.score.text(lang),
                ];
                row.extend(p.criteria.iter().map(|c| c.text(lang)));
                row.push(p.explanation.clone());
                if outcome.alternatives > 0 {
                    row.push(super::alternatives(&p.alternatives, lang));
                }
                row
            })
            .collect();
        text.push_str(&table(&Grid { headers, rows }));
    }

    if !outcome.targets.is_empty() {
        let _ = write!(text, "\n## {}\n\n", t!(lang, "report-targets"));
        let headers = headings(lang, &["target", "needed", "matched", "share", "met", "cost", "reason"]);
        let rows = outcome
            .targets
            .iter()
            .map(|t| {
                vec![
                    format!("{} = {} ≥ {:.0}%", t.attribute, t.value, t.min_share * 100.0),
                    t.needed.to_string(),
                    t.matched.to_string(),
                    lang.percent(t.share),
                    super::yes_no(lang, t.met),
                    t.cost.text(lang),
                    t.reason.clone().map(|r| capitalise(&r)).unwrap_or_default(),
                ]
            })
            .collect();
        text.push_str(&table(&Grid { headers, rows }));
    }

    let _ = write!(text, "\n## {}\n\n", t!(lang, "report-not-matched"));
    if outcome.unmatched.is_empty() {
        let _ = writeln!(text, "{}", t!(lang, "report-everyone-matched"));
    } else {
        let rows = outcome
            .unmatched
            .iter()
            .map(|u| {
                vec![
                    person(&u.name, &u.id, &u.organisation, &u.email),
                    t!(lang, "role", role = u.role.name()),
                    capitalise(&u.reason),
                ]
            })
            .collect();
        let headers = headings(lang, &["participant", "role", "reason"]);
        text.push_str(&table(&Grid { headers, rows }));
    }
    text.into_bytes()
}

/// The summary of a matching run, a line each, as the Markdown and HTML
/// reports list it.
pub(super) fn summary_lines(outcome: &Outcome) -> Vec<String> {
    let (s, lang) = (&outcome.summary, outcome.lang);
    let mut lines = vec![
        t!(lang, "report-mentees", count = s.mentees),
        t!(lang, "report-mentors", count = s.mentors, places = s.places),
        t!(lang, "report-matched", matched = s.matched, mentees = s.mentees),
    ];
    if s.several() {
        lines.push(t!(lang, "report-several", pairs = s.pairs, wanted = s.mentors_wanted));
    }
    lines.push(t!(lang, "report-total", total = s.total_score.text(lang)));
    lines.push(t!(lang, "report-mean", mean = lang.decimal((s.mean_score() * 100.0).round() as i64)));
    if s.locked > 0 {
        lines.push(t!(lang, "report-locked", count = s.locked));
    }
    lines
}

/// Table headings in a language.
pub(super) fn headings(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|key| lang.text(&format!("heading-{key}"), &[])).collect()
}

/// What changed between two pairings: the counts, each mentee's change,
/// and the mentors whose mentees changed.
pub fn diff(diff: &crate::diff::Diff) -> String {
    use crate::diff::Change;
    let mut text = format!(
        "# What changed\n\n{} kept, {} changed, {} new, {} dropped.\n\n## Mentees\n\n",
        diff.count(Change::Kept),
        diff.count(Change::Changed),
        diff.count(Change::New),
        diff.count(Change::Dropped)
    );
    text += &table(&Grid::diff(diff));
    if !diff.mentors.is_empty() {
        text += "\n## Mentors whose mentees changed\n\n";
        let rows = diff
            .mentors
            .iter()
            .map(|m| vec![m.mentor.clone(), m.name.clone(), m.before.join("; "), m.after.join("; ")])
            .collect();
        let headers = ["Mentor", "Name", "Before", "After"].map(String::from).to_vec();
        text += &table(&Grid { headers, rows });
    }
    text
}

/// A Markdown table; numeric columns (by header) right-aligned.
pub fn table(grid: &Grid) -> String {
    let numeric = |header: &str, column: usize| {
        let number = |cell: &str| cell.replacen(',', ".", 1).parse::<f64>().is_ok();
        ["rank", "rang"].iter().any(|r| header.eq_ignore_ascii_case(r))
            || (grid.rows.iter().any(|row| !row[column].is_empty())
                && grid.rows.iter().all(|row| row[column].is_empty() || number(&row[column])))
    };
    let mut text = String::new();
    let line =
        |cells: &mut dyn Iterator<Item = String>| format!("| {} |\n", cells.collect::<Vec<_>>().join(" | "));
    text.push_str(&line(&mut grid.headers.iter().map(|h| escape(h))));
    text.push_str(&line(
        &mut grid
            .headers
            .iter()
            .enumerate()
            .map(|(i, h)| if numeric(h, i) { "---:" } else { "---" }.to_owned()),
    ));
    for row in &grid.rows {
        text.push_str(&line(&mut row.iter().map(|c| escape(c))));
    }
    text
}

/// `Name (ID), Organisation, e-mail`, leaving out what is not known.
fn person(name: &str, id: &str, organisation: &str, email: &str) -> String {
    let mut text = if name.is_empty() { id.to_owned() } else { format!("{name} ({id})") };
    for more in [organisation, email].into_iter().filter(|m| !m.is_empty()) {
        text += ", ";
        text += more;
    }
    text
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Cell text that cannot break the table or inject markup.
fn escape(cell: &str) -> String {
    let mut escaped = String::with_capacity(cell.len());
    for (at, c) in cell.char_indices() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '~' | '#' => {
                escaped.push('\\');
                escaped.push(c);
            }
            // An entity such as `&lt;` would show as the character it
            // names; a lone "&" ("Groen & Co") shows as itself.
            '&' if starts_entity(&cell[at + 1..]) => escaped.push_str("&amp;"),
            '\n' | '\r' => escaped.push(' '),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Whether text after a "&" makes it an entity: `lt;`, `#60;`, `#x3c;`.
fn starts_entity(rest: &str) -> bool {
    let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').collect();
    !name.is_empty() && rest[name.len()..].starts_with(';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(escape("a|b\nc <b>"), "a\\|b c \\<b\\>");
        assert_eq!(escape("&lt;b&gt; ~~x~~"), "&amp;lt;b&amp;gt; \\~\\~x\\~\\~");
        assert_eq!(escape("Groen & Co; R&D"), "Groen & Co; R&D");
    }

    #[test]
    fn numeric_columns_align_right() {
        let grid = Grid {
            headers: vec!["Name".into(), "Score".into()],
            rows: vec![vec!["Ann".into(), "12.50".into()]],
        };
        assert_eq!(table(&grid), "| Name | Score |\n| --- | ---: |\n| Ann | 12.50 |\n");
    }
}
