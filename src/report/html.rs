//! A self-contained HTML report for the programme team's review: summary,
//! charts as inline SVG (score distribution, sector crossing, targets,
//! participation per organisation), the ranked pairs with each pair's
//! points as a stacked bar, and the unmatched with their reasons.
//!
//! One file, no scripts, no fonts, no network: readable offline, printable
//! to PDF. Every chart is `role="img"` with a title and a description, and
//! every figure is also given as text or a table.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::Grid;
use super::markdown::headings;
use crate::cohort::Role;
use crate::i18n::Lang;
use crate::outcome::Outcome;
use crate::score::Points;
use crate::t;

/// The colours of the criteria, in column order (all at least 4.5:1 against
/// white where they carry text).
const PALETTE: [&str; 6] = ["#1d4e89", "#2a7f62", "#8a4f9e", "#b35900", "#5c6770", "#9e2a2b"];

pub(super) const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.45}
main,header{max-width:1100px;margin:0 auto;padding:0 1.5rem}
header{padding-top:1.5rem}
h1{font-size:1.8rem;margin:.2rem 0}
h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:2px solid #1d4e89;padding-bottom:.2rem}
.lead{color:#444;margin:.2rem 0 1rem}
dl.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:0}
dl.cards div{border:1px solid #c8ccd0;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
dl.cards dt{font-size:.85rem;color:#444}
dl.cards dd{margin:0;font-size:1.5rem;font-weight:600}
figure{margin:0 0 1rem}
figcaption{font-size:.9rem;color:#444}
svg text{font-family:inherit}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border-bottom:1px solid #d6d9dc;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.legend{display:flex;flex-wrap:wrap;gap:1rem;font-size:.85rem;margin:.3rem 0}
.legend span::before{content:'';display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;background:var(--c);vertical-align:-1px}
.met{color:#1e6b3a;font-weight:600}.missed{color:#9e2a2b;font-weight:600}
@media print{h2{break-after:avoid}tr,figure{break-inside:avoid}body{font-size:10pt}}
";

/// The outcome as one HTML page.
pub fn outcome(outcome: &Outcome) -> Vec<u8> {
    let (s, lang) = (&outcome.summary, outcome.lang);
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header>\n<h1>{}</h1>\n<p class=\"lead\">{}</p>\n</header>\n<main>\n",
        lang.code(),
        escape(&t!(lang, "html-title")),
        escape(&t!(lang, "report-title")),
        escape(&t!(lang, "html-lead", mentees = s.mentees, mentors = s.mentors, pairs = s.pairs)),
    );
    summary(&mut page, outcome);
    distribution(&mut page, outcome);
    sectors(&mut page, outcome);
    if !outcome.targets.is_empty() {
        targets(&mut page, outcome);
    }
    organisations(&mut page, outcome);
    pairs(&mut page, outcome);
    unmatched(&mut page, outcome);
    page.push_str("</main>\n</body>\n</html>\n");
    page.into_bytes()
}

/// Any table (the `scores` view) as an HTML page.
pub fn table_page(title: &str, grid: &Grid, lang: Lang) -> Vec<u8> {
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        lang.code(),
        escape(title),
        escape(title)
    );
    page.push_str("<table>\n<thead><tr>");
    for header in &grid.headers {
        let _ = write!(page, "<th scope=\"col\">{}</th>", escape(header));
    }
    page.push_str("</tr></thead>\n<tbody>\n");
    for row in &grid.rows {
        page.push_str("<tr>");
        for cell in row {
            let _ = write!(page, "<td>{}</td>", escape(cell));
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    page.into_bytes()
}

fn summary(page: &mut String, outcome: &Outcome) {
    let (s, lang) = (&outcome.summary, outcome.lang);
    let unmatched_mentors = outcome.unmatched.iter().filter(|u| u.role == Role::Mentor).count();
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">{}</h2>\n<dl class=\"cards\">",
        t!(lang, "html-summary")
    );
    for (label, value) in [
        ("participants", (s.mentees + s.mentors).to_string()),
        ("mentees", s.mentees.to_string()),
        ("mentors", t!(lang, "html-mentors-places", mentors = s.mentors, places = s.places)),
        ("matched", t!(lang, "html-of", part = s.matched, whole = s.mentees)),
        ("unmatched", (s.mentees - s.matched).to_string()),
        ("mentors-without", unmatched_mentors.to_string()),
        ("mean", lang.decimal((s.mean_score() * 100.0).round() as i64)),
        ("total", s.total_score.text(lang)),
    ]
    .into_iter()
    .chain(
        s.several().then(|| ("pairs", t!(lang, "html-several", pairs = s.pairs, wanted = s.mentors_wanted))),
    )
    .chain((s.locked > 0).then(|| ("locked", s.locked.to_string())))
    {
        let label = lang.text(&format!("card-{label}"), &[]);
        let _ = writeln!(page, "<div><dt>{}</dt><dd>{}</dd></div>", escape(&label), escape(&value));
    }
    page.push_str("</dl>\n</section>\n");
}

/// A histogram of pair scores in ten bins.
fn distribution(page: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let top = outcome.pairs.iter().map(|p| p.score.as_f64()).fold(100.0, f64::max);
    let mut bins = [0usize; 10];
    for pair in &outcome.pairs {
        let bin = ((pair.score.as_f64() / top * 10.0) as usize).min(9);
        bins[bin] += 1;
    }
    let most = bins.iter().copied().max().unwrap_or(0).max(1);
    let (width, height, left, bottom, top_margin) = (640.0, 230.0, 40.0, 30.0, 20.0);
    let bar = (width - left) / 10.0;
    let describe: Vec<String> = bins
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            t!(
                lang,
                "html-band",
                from = format!("{:.0}", top * i as f64 / 10.0),
                to = format!("{:.0}", top * (i + 1) as f64 / 10.0),
                count = n
            )
        })
        .collect();
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"distribution\">\n<h2 id=\"distribution\">{}</h2>\n<figure>",
        t!(lang, "html-distribution")
    );
    let _ = writeln!(
        page,
        "<svg role=\"img\" aria-labelledby=\"distribution-title distribution-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"max-width:{width}px\">\n\
         <title id=\"distribution-title\">{}</title>\n<desc id=\"distribution-desc\">{}</desc>",
        t!(lang, "html-distribution-title"),
        escape(&t!(lang, "html-distribution-desc", bands = describe.join("; ")))
    );
    let plot = height - bottom - top_margin;
    for (i, &n) in bins.iter().enumerate() {
        let h = plot * n as f64 / most as f64;
        let x = left + bar * i as f64;
        let y = top_margin + plot - h;
        let _ = writeln!(
            page,
            "<rect class=\"bin\" x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"#1d4e89\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{n}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#444\">{:.0}</text>",
            x + 2.0,
            bar - 4.0,
            x + bar / 2.0,
            (y - 4.0).max(12.0),
            x + bar / 2.0,
            height - 10.0,
            top * (i as f64 + 0.5) / 10.0
        );
    }
    let _ = writeln!(
        page,
        "<line x1=\"{left}\" y1=\"{:.1}\" x2=\"{width}\" y2=\"{:.1}\" stroke=\"#444\"/>\n</svg>",
        top_margin + plot,
        top_margin + plot
    );
    let _ = writeln!(
        page,
        "<figcaption>{}</figcaption>\n</figure>\n</section>",
        escape(&t!(
            lang,
            "html-distribution-caption",
            band = format!("{:.0}", top / 10.0),
            mean = lang.decimal((outcome.summary.mean_score() * 100.0).round() as i64)
        ))
    );
}

/// Mentee sector → mentor sector, as a grid of counts: how much crossing.
fn sectors(page: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"sectors\">\n<h2 id=\"sectors\">{}</h2>",
        t!(lang, "html-sectors")
    );
    let name = |s: &str| if s.is_empty() { t!(lang, "not-given") } else { s.to_owned() };
    let mut flows: BTreeMap<(String, String), usize> = BTreeMap::new();
    for pair in &outcome.pairs {
        *flows.entry((name(&pair.mentee_sector), name(&pair.mentor_sector))).or_default() += 1;
    }
    if outcome.pairs.iter().all(|p| p.mentee_sector.is_empty() && p.mentor_sector.is_empty()) {
        let _ = writeln!(page, "<p>{}</p>\n</section>", t!(lang, "html-no-sectors"));
        return;
    }
    let crossing: usize = flows.iter().filter(|((a, b), _)| a != b).map(|(_, n)| n).sum();
    let rows: Vec<String> =
        flows.keys().map(|(a, _)| a.clone()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    let columns: Vec<String> =
        flows.keys().map(|(_, b)| b.clone()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    let most = flows.values().copied().max().unwrap_or(1);
    let (label, cell) = (150.0, 46.0);
    let width = label + cell * columns.len() as f64 + 90.0;
    let height = label + cell * rows.len() as f64 + 10.0;
    let described: Vec<String> =
        flows.iter().map(|((a, b), n)| t!(lang, "html-band", from = a, to = b, count = *n)).collect();
    let crossed = t!(lang, "html-sectors-crossing", crossing = crossing, pairs = outcome.pairs.len());
    page.push_str("<figure>\n");
    let _ = writeln!(
        page,
        "<svg role=\"img\" aria-labelledby=\"sectors-title sectors-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"max-width:{width}px\">\n\
         <title id=\"sectors-title\">{}</title>\n\
         <desc id=\"sectors-desc\">{}. {}.</desc>",
        t!(lang, "html-sectors-title"),
        escape(&crossed),
        escape(&described.join("; "))
    );
    for (j, column) in columns.iter().enumerate() {
        let x = label + cell * j as f64 + cell / 2.0;
        let _ = writeln!(
            page,
            "<text font-size=\"11\" fill=\"#1a1a1a\" transform=\"translate({x:.1},{:.1}) rotate(-45)\">{}</text>",
            label - 8.0,
            svg_label(column, 22)
        );
    }
    for (i, row) in rows.iter().enumerate() {
        let y = label + cell * i as f64;
        let _ = writeln!(
            page,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>",
            label - 6.0,
            y + cell / 2.0 + 4.0,
            svg_label(row, 22)
        );
        for (j, column) in columns.iter().enumerate() {
            let n = flows.get(&(row.clone(), column.clone())).copied().unwrap_or(0);
            let x = label + cell * j as f64;
            let same = row == column;
            let colour = if same { "#b35900" } else { "#1d4e89" };
            let opacity = if n == 0 { 0.0 } else { 0.15 + 0.85 * n as f64 / most as f64 };
            let ink = if opacity > 0.55 { "#ffffff" } else { "#1a1a1a" };
            let _ = writeln!(
                page,
                "<rect class=\"flow\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{colour}\" fill-opacity=\"{opacity:.2}\" stroke=\"#c8ccd0\"/>{}",
                cell - 2.0,
                cell - 2.0,
                if n > 0 {
                    format!(
                        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{ink}\">{n}</text>",
                        x + cell / 2.0 - 1.0,
                        y + cell / 2.0 + 4.0
                    )
                } else {
                    String::new()
                }
            );
        }
    }
    page.push_str("</svg>\n");
    let _ = writeln!(
        page,
        "<figcaption><strong>{}</strong> {}</figcaption>\n</figure>\n</section>",
        escape(&crossed),
        escape(&t!(lang, "html-sectors-caption"))
    );
}

/// Each target as a bar of the share reached, against its threshold.
fn targets(page: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"targets\">\n<h2 id=\"targets\">{}</h2>",
        t!(lang, "html-targets")
    );

    for (i, target) in outcome.targets.iter().enumerate() {
        let share = target.share;
        let (width, height, left) = (640.0, 46.0, 0.0);
        let status = if target.met { "met" } else { "missed" };
        let text = t!(
            lang,
            "html-target",
            attribute = target.attribute,
            value = &target.value,
            share = lang.percent(share),
            matched = target.matched,
            all = outcome.summary.matched,
            min = format!("{:.0}", target.min_share * 100.0),
            needed = target.needed,
            status = status,
            cost = target.cost.text(lang)
        );
        let _ = writeln!(
            page,
            "<figure>\n<svg role=\"img\" aria-labelledby=\"target-{i}\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"max-width:{width}px\">\n\
             <title id=\"target-{i}\">{}</title>\n\
             <rect x=\"{left}\" y=\"8\" width=\"{width}\" height=\"22\" fill=\"#eef1f4\"/>\n\
             <rect class=\"target-share\" x=\"{left}\" y=\"8\" width=\"{:.1}\" height=\"22\" fill=\"{}\"/>\n\
             <line class=\"target-threshold\" x1=\"{:.1}\" y1=\"2\" x2=\"{:.1}\" y2=\"36\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>\n\
             <text x=\"{:.1}\" y=\"44\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a1a1a\">{:.0}%</text>\n</svg>",
            escape(&text),
            width * share.min(1.0),
            if target.met { "#2a7f62" } else { "#9e2a2b" },
            width * target.min_share,
            width * target.min_share,
            (width * target.min_share).clamp(14.0, width - 14.0),
            target.min_share * 100.0
        );
        let _ = writeln!(
            page,
            "<figcaption><span class=\"{status}\">{}</span>: {}{}</figcaption>\n</figure>",
            escape(&t!(lang, "html-target-status", status = status)),
            escape(&text),
            target.reason.as_ref().map(|r| escape(&t!(lang, "html-why", reason = r))).unwrap_or_default()
        );
    }
    let _ = writeln!(
        page,
        "<p>{}</p>\n</section>",
        escape(&t!(lang, "html-targets-cost", cost = outcome.summary.targets_cost.text(lang)))
    );
}

/// Mentees and mentors per organisation, as paired horizontal bars.
fn organisations(page: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let title = t!(lang, "html-organisations");
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"organisations\">\n<h2 id=\"organisations\">{}</h2>",
        escape(&title)
    );
    let rows = &outcome.organisations;
    let most = rows.iter().map(|r| r.mentees.max(r.mentors)).max().unwrap_or(1).max(1) as f64;
    let (label, row, width) = (200.0, 30.0, 640.0);
    let height = row * rows.len() as f64 + 10.0;
    let described: Vec<String> = rows
        .iter()
        .map(|r| {
            t!(
                lang,
                "html-organisation",
                organisation = &r.organisation,
                mentees = r.mentees,
                mentors = r.mentors
            )
        })
        .collect();
    let (mentees, mentors) = (t!(lang, "card-mentees"), t!(lang, "card-mentors"));
    let _ = writeln!(
        page,
        "<figure>\n<div class=\"legend\"><span style=\"--c:#1d4e89\">{}</span><span style=\"--c:#b35900\">{}</span></div>\n\
         <svg role=\"img\" aria-labelledby=\"organisations-title organisations-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" style=\"max-width:{width}px\">\n\
         <title id=\"organisations-title\">{}</title>\n<desc id=\"organisations-desc\">{}.</desc>",
        escape(&mentees),
        escape(&mentors),
        escape(&t!(lang, "html-organisations-title")),
        escape(&described.join("; "))
    );
    let span = width - label - 40.0;
    for (i, r) in rows.iter().enumerate() {
        let y = row * i as f64 + 4.0;
        let _ = writeln!(
            page,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>\
             <rect class=\"org-mentees\" x=\"{label}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"11\" fill=\"#1d4e89\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#1a1a1a\">{}</text>\
             <rect class=\"org-mentors\" x=\"{label}\" y=\"{:.1}\" width=\"{:.1}\" height=\"11\" fill=\"#b35900\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#1a1a1a\">{}</text>",
            label - 8.0,
            y + 15.0,
            svg_label(&r.organisation, 28),
            span * r.mentees as f64 / most,
            label + span * r.mentees as f64 / most + 4.0,
            y + 10.0,
            r.mentees,
            y + 12.0,
            span * r.mentors as f64 / most,
            label + span * r.mentors as f64 / most + 4.0,
            y + 22.0,
            r.mentors
        );
    }
    page.push_str("</svg>\n</figure>\n");
    let matched = t!(lang, "html-matched");
    let _ = writeln!(
        page,
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>",
        escape(&title),
        escape(&t!(lang, "heading-organisation")),
        escape(&mentees),
        escape(&matched),
        escape(&mentors),
        escape(&matched)
    );
    for r in rows {
        let _ = writeln!(
            page,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&r.organisation),
            r.mentees,
            r.matched_mentees,
            r.mentors,
            r.matched_mentors
        );
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

/// The ranked pairs, each with its points as a stacked bar.
fn pairs(page: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let _ = write!(
        page,
        "<section aria-labelledby=\"pairs\">\n<h2 id=\"pairs\">{}</h2>\n<div class=\"legend\">",
        t!(lang, "report-pairs")
    );
    let criteria: Vec<String> = outcome.criteria.iter().map(|c| super::criterion_column(lang, c)).collect();
    for (i, name) in criteria.iter().enumerate() {
        let _ = write!(page, "<span style=\"--c:{}\">{}</span>", PALETTE[i % PALETTE.len()], escape(name));
    }
    let _ =
        write!(page, "</div>\n<table>\n<caption>{}</caption>\n<thead><tr>", t!(lang, "html-pairs-caption"));
    let mut headings =
        headings(lang, &["rank", "mentee", "mentor", "score", "points-by-criterion", "explanation"]);
    if outcome.alternatives > 0 {
        headings.extend(super::markdown::headings(lang, &["alternatives"]));
    }
    for (i, heading) in headings.iter().enumerate() {
        let class = if i == 0 || i == 3 { " class=\"num\"" } else { "" };
        let _ = write!(page, "<th scope=\"col\"{class}>{}</th>", escape(heading));
    }
    page.push_str("</tr></thead>\n<tbody>\n");
    let top: u32 = outcome.pairs.iter().map(|p| p.score.0).max().unwrap_or(0).max(10_000);
    for pair in &outcome.pairs {
        let _ = write!(
            page,
            "<tr class=\"pair\"><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td>",
            pair.rank,
            person(&pair.mentee_name, &pair.mentee_id, &pair.mentee_organisation, &pair.mentee_email),
            person(&pair.mentor_name, &pair.mentor_id, &pair.mentor_organisation, &pair.mentor_email),
            pair.score.text(lang),
            stacked(&criteria, &pair.criteria, top, lang),
            escape(&pair.explanation)
        );
        if outcome.alternatives > 0 {
            let _ = write!(page, "<td>{}</td>", escape(&super::alternatives(&pair.alternatives, lang)));
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

/// A pair's points as one small stacked bar, labelled in words.
fn stacked(names: &[String], points: &[Points], top: u32, lang: Lang) -> String {
    let label: Vec<String> = names.iter().zip(points).map(|(n, p)| format!("{n} {}", p.text(lang))).collect();
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"{}\" viewBox=\"0 0 120 14\" width=\"120\" height=\"14\"><rect width=\"120\" height=\"14\" fill=\"#eef1f4\"/>",
        escape(&label.join(", "))
    );
    let mut x = 0.0;
    for (i, p) in points.iter().enumerate() {
        let w = 120.0 * f64::from(p.0) / f64::from(top);
        if w > 0.0 {
            let _ = write!(
                svg,
                "<rect class=\"segment\" x=\"{x:.1}\" width=\"{w:.1}\" height=\"14\" fill=\"{}\"/>",
                PALETTE[i % PALETTE.len()]
            );
        }
        x += w;
    }
    svg.push_str("</svg>");
    svg
}

fn unmatched(page: &mut String, outcome: &Outcome) {
    let lang = outcome.lang;
    let _ = writeln!(
        page,
        "<section aria-labelledby=\"unmatched\">\n<h2 id=\"unmatched\">{}</h2>",
        t!(lang, "report-not-matched")
    );
    if outcome.unmatched.is_empty() {
        let _ = writeln!(page, "<p>{}</p>\n</section>", t!(lang, "report-everyone-matched"));
        return;
    }
    let columns = headings(lang, &["participant", "role", "reason"]);
    let _ = writeln!(
        page,
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(&t!(lang, "html-unmatched-caption")),
        escape(&columns[0]),
        escape(&columns[1]),
        escape(&columns[2])
    );
    for u in &outcome.unmatched {
        let _ = writeln!(
            page,
            "<tr class=\"unmatched\"><td>{}</td><td>{}</td><td>{}</td></tr>",
            person(&u.name, &u.id, &u.organisation, &u.email),
            escape(&t!(lang, "role", role = u.role.name())),
            escape(&u.reason)
        );
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

/// Name and id, then organisation and e-mail on a second line.
fn person(name: &str, id: &str, organisation: &str, email: &str) -> String {
    let mut html = if name.is_empty() {
        escape(id)
    } else {
        format!("{} <small>({})</small>", escape(name), escape(id))
    };
    let more: Vec<String> = [organisation, email].into_iter().filter(|m| !m.is_empty()).map(escape).collect();
    if !more.is_empty() {
        html += &format!("<br><small>{}</small>", more.join(" · "));
    }
    html
}

/// Text safe inside HTML elements and attribute values.
/// A label for a chart, whose room is fixed: as written when it fits in
/// `room` characters, else cut at a word boundary with an ellipsis, and the
/// whole label as the tooltip, never cut mid-word (a word longer than the
/// room is cut with the ellipsis). Escaped.
fn svg_label(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return escape(text);
    }
    let mut short = String::new();
    for word in text.split_whitespace() {
        let next = if short.is_empty() { word.to_owned() } else { format!("{short} {word}") };
        if next.chars().count() + 1 > room {
            break;
        }
        short = next;
    }
    if short.is_empty() {
        short = text.chars().take(room.saturating_sub(1)).collect();
    }
    format!("{}\u{2026}<title>{}</title>", escape(&short), escape(text))
}

pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_chart_labels_end_at_a_word_with_the_whole_as_a_title() {
        assert_eq!(svg_label("Rijnmond Bank", 28), "Rijnmond Bank");
        assert_eq!(
            svg_label("Stichting Primair Onderwijs Utrecht en Omgeving", 28),
            "Stichting Primair Onderwijs\u{2026}<title>Stichting Primair Onderwijs Utrecht en Omgeving</title>"
        );
        assert_eq!(
            svg_label("Donaudampfschifffahrtsgesellschaft", 10),
            "Donaudamp\u{2026}<title>Donaudampfschifffahrtsgesellschaft</title>"
        );
        assert_eq!(
            svg_label("A & B Holding Group International", 12),
            "A &amp; B\u{2026}<title>A &amp; B Holding Group International</title>"
        );
    }

    #[test]
    fn text_cannot_become_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }

    #[test]
    fn stacked_bar_segments_follow_the_points() {
        let svg = stacked(
            &["goals".to_owned(), "sector".to_owned()],
            &[Points(4500), Points(2000)],
            10_000,
            Lang::En,
        );
        assert!(svg.contains("aria-label=\"goals 45.00, sector 20.00\""), "{svg}");
        assert!(svg.contains("x=\"0.0\" width=\"54.0\""), "{svg}");
        assert!(svg.contains("x=\"54.0\" width=\"24.0\""), "{svg}");
    }
}
