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
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"scores\">\n<h2 id=\"scores\">{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
        t!(lang, "sponsors-scores"),
        t!(lang, "heading-score"),
        t!(lang, "heading-pairs")
    );
    for (from, to, pairs) in &f.bands {
        let _ = writeln!(
            page,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td></tr>",
            t!(lang, "sponsors-band", from = *from, to = *to),
            f.count(*pairs)
        );
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
    if !f.targets.is_empty() {
        let _ = writeln!(
            page,
            "<section aria-labelledby=\"targets\">\n<h2 id=\"targets\">{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            t!(lang, "html-targets"),
            t!(lang, "heading-target"),
            t!(lang, "heading-asked"),
            t!(lang, "heading-reached"),
            t!(lang, "heading-met")
        );
        for target in &f.targets {
            let _ = writeln!(
                page,
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                escape(&target.name),
                percent(target.asked),
                f.reached(target),
                super::yes_no(lang, target.met)
            );
        }
        page.push_str("</tbody>\n</table>\n</section>\n");
    }
    let matched = t!(lang, "html-matched");
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"organisations\">\n<h2 id=\"organisations\">{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{matched}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{matched}</th></tr></thead>\n<tbody>",
        t!(lang, "html-organisations"),
        t!(lang, "heading-organisation"),
        t!(lang, "card-mentees"),
        t!(lang, "card-mentors")
    );
    for (name, mentees, mentors, matched_mentees, matched_mentors) in &f.participation {
        let _ = writeln!(
            page,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(name),
            f.count(*mentees),
            f.count(*matched_mentees),
            f.count(*mentors),
            f.count(*matched_mentors)
        );
    }
    page.push_str("</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n");
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
    let _ = writeln!(
        text,
        "## {}\n\n| {} | {} |\n| --- | ---: |",
        t!(lang, "sponsors-scores"),
        t!(lang, "heading-score"),
        t!(lang, "heading-pairs")
    );
    for (from, to, pairs) in &f.bands {
        let _ =
            writeln!(text, "| {} | {} |", t!(lang, "sponsors-band", from = *from, to = *to), f.count(*pairs));
    }
    if !f.targets.is_empty() {
        let _ = writeln!(
            text,
            "\n## {}\n\n| {} | {} | {} | {} |\n| --- | ---: | ---: | --- |",
            t!(lang, "html-targets"),
            t!(lang, "heading-target"),
            t!(lang, "heading-asked"),
            t!(lang, "heading-reached"),
            t!(lang, "heading-met")
        );
        for target in &f.targets {
            let met = super::yes_no(lang, target.met);
            let _ = writeln!(
                text,
                "| {} | {} | {} | {met} |",
                cell(&target.name),
                percent(target.asked),
                f.reached(target)
            );
        }
    }
    let matched = t!(lang, "html-matched");
    let _ = writeln!(
        text,
        "\n## {}\n\n| {} | {} | {matched} | {} | {matched} |\n| --- | ---: | ---: | ---: | ---: |",
        t!(lang, "html-organisations"),
        t!(lang, "heading-organisation"),
        t!(lang, "card-mentees"),
        t!(lang, "card-mentors")
    );
    for (name, mentees, mentors, matched_mentees, matched_mentors) in &f.participation {
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {} |",
            cell(name),
            f.count(*mentees),
            f.count(*matched_mentees),
            f.count(*mentors),
            f.count(*matched_mentors)
        );
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
