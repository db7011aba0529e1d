//! Markdown, for pasting into a wiki page or an e-mail: a summary, the ranked
//! pairs, and the unmatched with their reasons.

use std::fmt::Write;

use super::Grid;
use crate::cohort::Role;
use crate::outcome::Outcome;

pub fn outcome(outcome: &Outcome) -> Vec<u8> {
    let s = &outcome.summary;
    let mut text = String::from("# Mentoring pairs\n\n");
    let _ = writeln!(text, "- Mentees: {}", s.mentees);
    let _ = writeln!(text, "- Mentors: {} ({} places)", s.mentors, s.places);
    let _ = writeln!(text, "- Matched: {} of {} mentees", s.matched, s.mentees);
    if s.several() {
        let _ = writeln!(text, "- Pairs: {} for {} mentors wanted", s.pairs, s.mentors_wanted);
    }
    let _ = writeln!(text, "- Total score: {}", s.total_score);
    let _ = writeln!(text, "- Mean score: {:.2}", s.mean_score());
    if s.locked > 0 {
        let _ = writeln!(text, "- Locked pairs: {}", s.locked);
    }

    text.push_str("\n## Pairs\n\n");
    if outcome.pairs.is_empty() {
        text.push_str("No pairs could be made.\n");
    } else {
        let mut headers: Vec<String> = ["Rank", "Mentee", "Mentor", "Score"].map(String::from).to_vec();
        headers.extend(outcome.criteria.iter().map(|c| capitalise(c)));
        headers.push("Explanation".into());
        if outcome.alternatives > 0 {
            headers.push("Alternatives".into());
        }
        let rows = outcome
            .pairs
            .iter()
            .map(|p| {
                let mut row = vec![
                    p.rank.to_string(),
                    person(&p.mentee_name, &p.mentee_id, &p.mentee_organisation, &p.mentee_email),
                    person(&p.mentor_name, &p.mentor_id, &p.mentor_organisation, &p.mentor_email),
                    p.score.to_string(),
                ];
                row.extend(p.criteria.iter().map(|c| c.to_string()));
                row.push(p.explanation.clone());
                if outcome.alternatives > 0 {
                    row.push(super::alternatives(&p.alternatives));
                }
                row
            })
            .collect();
        text.push_str(&table(&Grid { headers, rows }));
    }

    if !outcome.targets.is_empty() {
        text.push_str("\n## Targets\n\n");
        let headers =
            ["Target", "Needed", "Matched", "Share", "Met", "Cost", "Reason"].map(String::from).to_vec();
        let rows = outcome
            .targets
            .iter()
            .map(|t| {
                let share = 100.0 * t.share;
                vec![
                    format!("{} = {} ≥ {:.0}%", t.attribute, t.value, t.min_share * 100.0),
                    t.needed.to_string(),
                    t.matched.to_string(),
                    format!("{share:.1}%"),
                    if t.met { "yes" } else { "no" }.to_owned(),
                    t.cost.to_string(),
                    t.reason.clone().map(|r| capitalise(&r)).unwrap_or_default(),
                ]
            })
            .collect();
        text.push_str(&table(&Grid { headers, rows }));
    }

    text.push_str("\n## Not matched\n\n");
    if outcome.unmatched.is_empty() {
        text.push_str("Everyone is matched.\n");
    } else {
        let rows = outcome
            .unmatched
            .iter()
            .map(|u| {
                let role = match u.role {
                    Role::Mentee => "mentee",
                    Role::Mentor => "mentor",
                };
                vec![
                    person(&u.name, &u.id, &u.organisation, &u.email),
                    role.to_owned(),
                    capitalise(&u.reason),
                ]
            })
            .collect();
        let headers = ["Participant", "Role", "Reason"].map(String::from).to_vec();
        text.push_str(&table(&Grid { headers, rows }));
    }
    text.into_bytes()
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
        header.eq_ignore_ascii_case("rank")
            || (grid.rows.iter().any(|row| !row[column].is_empty())
                && grid.rows.iter().all(|row| row[column].is_empty() || row[column].parse::<f64>().is_ok()))
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
