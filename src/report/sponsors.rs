//! The sponsor report (`match --audience sponsors`): the programme in
//! numbers, for people outside it. No participant's name, id, e-mail or
//! reason appears, and no count small enough to point at someone: a count
//! from 1 to 4 reads "fewer than 5" (null in JSON), and a target's share is
//! shown only when at least five members are matched. In HTML, Markdown or
//! JSON; every label is text that wraps, never cut.

use std::fmt::Write;

use serde_json::{Value, json};

use super::html::{STYLE, escape};
use crate::i18n::Lang;
use crate::outcome::Outcome;
use crate::t;

/// Counts below this are not shown.
pub const SMALL: usize = 5;

/// The programme in numbers.
struct Figures {
    lang: Lang,
    programme: String,
    mentees: usize,
    mentors: usize,
    organisations: usize,
    pairs: usize,
    matched_mentees: usize,
    /// Pairs whose two sectors are known, and those that cross sectors.
    with_sectors: usize,
    crossing: usize,
    mean_score: f64,
    /// Pairs per band of ten points: (from, to, pairs).
    bands: Vec<(u32, u32, usize)>,
    targets: Vec<Target>,
    /// Per organisation: name, mentees, mentors, matched mentees, matched
    /// mentors.
    participation: Vec<(String, usize, usize, usize, usize)>,
}

/// One table of the report, for any format.
struct Table {
    /// The section's anchor in HTML.
    id: &'static str,
    title: String,
    headings: Vec<String>,
    /// Per column, whether it holds numbers (right-aligned).
    numeric: Vec<bool>,
    rows: Vec<Vec<String>>,
}

struct Target {
    name: String,
    asked: f64,
    /// The share reached, when at least [`SMALL`] members are matched.
    reached: Option<f64>,
    met: bool,
}

impl Figures {
    fn of(outcome: &Outcome, programme: &str) -> Figures {
        let s = &outcome.summary;
        let with_sectors = outcome
            .pairs
            .iter()
            .filter(|p| !p.mentee_sector.is_empty() && !p.mentor_sector.is_empty())
            .count();
        let crossing = outcome
            .pairs
            .iter()
            .filter(|p| !p.mentee_sector.is_empty() && !p.mentor_sector.is_empty())
            .filter(|p| crate::text::fold(&p.mentee_sector) != crate::text::fold(&p.mentor_sector))
            .count();
        let top = outcome.pairs.iter().map(|p| p.score.0).max().unwrap_or(0).div_ceil(1000).max(10);
        let bands = (0..top)
            .map(|band| {
                let pairs = outcome.pairs.iter().filter(|p| p.score.0 / 1000 == band).count();
                (band * 10, band * 10 + 10, pairs)
            })
            .collect();
        let targets = outcome
            .targets
            .iter()
            .map(|t| Target {
                name: format!("{} = {}", t.attribute.replace('_', " "), t.value),
                asked: t.min_share,
                reached: (t.matched >= SMALL).then_some(t.share),
                met: t.met,
            })
            .collect();
        let participation = outcome
            .organisations
            .iter()
            .map(|o| (o.organisation.clone(), o.mentees, o.mentors, o.matched_mentees, o.matched_mentors))
            .collect();
        let lang = outcome.lang;
        Figures {
            lang,
            programme: if programme.trim().is_empty() {
                t!(lang, "sponsors-programme")
            } else {
                programme.to_owned()
            },
            mentees: s.mentees,
            mentors: s.mentors,
            organisations: outcome.organisations.len(),
            pairs: s.pairs,
            matched_mentees: s.matched,
            with_sectors,
            crossing,
            mean_score: s.mean_score(),
            bands,
            targets,
            participation,
        }
    }

    /// The headline numbers, as (label, count).
    fn headline(&self) -> [(String, usize); 5] {
        let lang = self.lang;
        [
            (t!(lang, "card-mentees"), self.mentees),
            (t!(lang, "card-mentors"), self.mentors),
            (t!(lang, "card-organisations"), self.organisations),
            (t!(lang, "card-pairs"), self.pairs),
            (t!(lang, "card-mentees-matched"), self.matched_mentees),
        ]
    }

    /// A count as the report shows it: "fewer than 5" from 1 to 4.
    fn count(&self, n: usize) -> String {
        if n > 0 && n < SMALL { t!(self.lang, "sponsors-fewer", small = SMALL) } else { n.to_string() }
    }

    /// The share of pairs that cross sectors, in words.
    fn crossing(&self) -> String {
        if self.with_sectors == 0 {
            return t!(self.lang, "sponsors-no-sectors");
        }
        let share = self.crossing as f64 / self.with_sectors as f64;
        t!(self.lang, "sponsors-crossing", share = percent(share))
    }

    /// The report's tables, as every format shows them: the score bands,
    /// the targets (when there are some), participation per organisation;
    /// each row headed by its first cell.
    fn tables(&self) -> Vec<Table> {
        let lang = self.lang;
        let mut tables = vec![Table {
            id: "scores",
            title: t!(lang, "sponsors-scores"),
            headings: vec![t!(lang, "heading-score"), t!(lang, "heading-pairs")],
            numeric: vec![false, true],
            rows: self
                .bands
                .iter()
                .map(|&(from, to, pairs)| {
                    vec![t!(lang, "sponsors-band", from = from, to = to), self.count(pairs)]
                })
                .collect(),
        }];
        if !self.targets.is_empty() {
            tables.push(Table {
                id: "targets",
                title: t!(lang, "html-targets"),
                headings: vec![
                    t!(lang, "heading-target"),
                    t!(lang, "heading-asked"),
                    t!(lang, "heading-reached"),
                    t!(lang, "heading-met"),
                ],
                numeric: vec![false, true, true, false],
                rows: self
                    .targets
                    .iter()
                    .map(|target| {
                        vec![
                            target.name.clone(),
                            percent(target.asked),
                            self.reached(target),
                            super::yes_no(lang, target.met),
                        ]
                    })
                    .collect(),
            });
        }
        let matched = t!(lang, "html-matched");
        tables.push(Table {
            id: "organisations",
            title: t!(lang, "html-organisations"),
            headings: vec![
                t!(lang, "heading-organisation"),
                t!(lang, "card-mentees"),
                matched.clone(),
                t!(lang, "card-mentors"),
                matched,
            ],
            numeric: vec![false, true, true, true, true],
            rows: self
                .participation
                .iter()
                .map(|(name, mentees, mentors, matched_mentees, matched_mentors)| {
                    vec![
                        name.clone(),
                        self.count(*mentees),
                        self.count(*matched_mentees),
                        self.count(*mentors),
                        self.count(*matched_mentors),
                    ]
                })
                .collect(),
        });
        tables
    }

    /// A target's share reached, or that too few members are matched to
    /// show it.
    fn reached(&self, target: &Target) -> String {
        target.reached.map_or_else(|| t!(self.lang, "sponsors-fewer-members", small = SMALL), percent)
    }
}

/// A count as JSON gives it: null from 1 to 4.
fn count_json(n: usize) -> Value {
    if n > 0 && n < SMALL { Value::Null } else { json!(n) }
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// The report as one HTML page.
pub fn html(outcome: &Outcome, programme: &str) -> Vec<u8> {
    let f = Figures::of(outcome, programme);
    let lang = f.lang;
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}th,td{{overflow-wrap:anywhere}}</style>\n</head>\n<body>\n\
         <header>\n<h1>{}</h1>\n<p class=\"lead\">{}</p>\n</header>\n<main>\n",
        lang.code(),
        escape(&f.programme),
        escape(&f.programme),
        escape(&t!(lang, "sponsors-lead", small = SMALL))
    );
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"numbers\">\n<h2 id=\"numbers\">{}</h2>\n<dl class=\"cards\">",
        t!(lang, "sponsors-numbers")
    );
    for (label, n) in f.headline() {
        let _ = writeln!(page, "<div><dt>{}</dt><dd>{}</dd></div>", escape(&label), f.count(n));
    }
    let _ = writeln!(
        page,
        "<div><dt>{}</dt><dd>{}</dd></div>",
        t!(lang, "card-mean"),
        lang.fixed(f.mean_score, 1)
    );
    page.push_str("</dl>\n</section>\n");
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"crossing\">\n<h2 id=\"crossing\">{}</h2>\n<p>{}</p>\n</section>",
        t!(lang, "html-sectors"),
        escape(&f.crossing())
    );
    for table in f.tables() {
        let _ = write!(
            page,
            "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n<table>\n<thead><tr>",
            escape(&table.title),
            id = table.id
        );
        for (heading, &numeric) in table.headings.iter().zip(&table.numeric) {
            let class = if numeric { " class=\"num\"" } else { "" };
            let _ = write!(page, "<th scope=\"col\"{class}>{}</th>", escape(heading));
        }
        page.push_str("</tr></thead>\n<tbody>\n");
        for row in &table.rows {
            let _ = write!(page, "<tr><th scope=\"row\">{}</th>", escape(&row[0]));
            for (cell, &numeric) in row.iter().zip(&table.numeric).skip(1) {
                let class = if numeric { " class=\"num\"" } else { "" };
                let _ = write!(page, "<td{class}>{}</td>", escape(cell));
            }
            page.push_str("</tr>\n");
        }
        page.push_str("</tbody>\n</table>\n</section>\n");
    }
    page.push_str("</main>\n</body>\n</html>\n");
    page.into_bytes()
}

/// The report as Markdown.
pub fn markdown(outcome: &Outcome, programme: &str) -> Vec<u8> {
    let f = Figures::of(outcome, programme);
    let lang = f.lang;
    let cell = |text: &str| text.replace('|', "\\|");
    let mut text = format!("# {}\n\n{}\n\n", cell(&f.programme), t!(lang, "sponsors-lead", small = SMALL));
    for (label, n) in f.headline() {
        let _ = writeln!(text, "- {label}: {}", f.count(n));
    }
    let _ = writeln!(
        text,
        "- {}: {}\n\n## {}\n\n{}\n",
        t!(lang, "card-mean"),
        lang.fixed(f.mean_score, 1),
        t!(lang, "html-sectors"),
        f.crossing()
    );
    for (i, table) in f.tables().iter().enumerate() {
        let _ = writeln!(text, "{}## {}\n", if i == 0 { "" } else { "\n" }, table.title);
        let line = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
        let _ = writeln!(text, "{}", line(table.headings.iter().map(|h| cell(h)).collect()));
        let rule = table.numeric.iter().map(|&n| if n { "---:" } else { "---" }.to_owned()).collect();
        let _ = writeln!(text, "{}", line(rule));
        for row in &table.rows {
            let _ = writeln!(text, "{}", line(row.iter().map(|c| cell(c)).collect()));
        }
    }
    text.into_bytes()
}

/// The report as JSON; counts from 1 to 4 are null.
pub fn json(outcome: &Outcome, programme: &str) -> Vec<u8> {
    let f = Figures::of(outcome, programme);
    let value = json!({
        "version": 1,
        "audience": "sponsors",
        "programme": f.programme,
        "small_counts": format!("counts from 1 to {} are null", SMALL - 1),
        "mentees": count_json(f.mentees),
        "mentors": count_json(f.mentors),
        "organisations": count_json(f.organisations),
        "pairs": count_json(f.pairs),
        "matched_mentees": count_json(f.matched_mentees),
        "mean_score": (f.mean_score * 10.0).round() / 10.0,
        "sector_crossing": if f.with_sectors == 0 { Value::Null } else {
            json!((f.crossing as f64 / f.with_sectors as f64 * 1000.0).round() / 1000.0)
        },
        "score_bands": f.bands.iter().map(|(from, to, pairs)| json!({ "from": from, "to": to, "pairs": count_json(*pairs) })).collect::<Vec<_>>(),
        "targets": f.targets.iter().map(|t| json!({
            "target": t.name, "asked": t.asked, "reached": t.reached.map(|r| (r * 1000.0).round() / 1000.0), "met": t.met,
        })).collect::<Vec<_>>(),
        "participation": f.participation.iter().map(|(name, mentees, mentors, matched_mentees, matched_mentors)| json!({
            "organisation": name,
            "mentees": count_json(*mentees),
            "matched_mentees": count_json(*matched_mentees),
            "mentors": count_json(*mentors),
            "matched_mentors": count_json(*matched_mentors),
        })).collect::<Vec<_>>(),
    });
    let mut bytes = serde_json::to_vec_pretty(&value).expect("serialise to memory");
    bytes.push(b'\n');
    bytes
}
