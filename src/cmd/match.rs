//! `tandem match`: the whole run, from intake files to the ranked pairs,
//! explained, with the summary line on standard error.

use std::collections::BTreeSet;
use std::process::ExitCode;

use clap::Args;
use tandem::matching::{Describe, Matching};
use tandem::report;

use super::{Timings, understood, unscored, wrote};
use crate::cli::RunArgs;
use crate::console::say;
use crate::progress::Bars;
use tandem::t;

/// Match mentees with mentors and write the ranked pairs, explained.
#[derive(Debug, Args)]
pub struct MatchArgs {
    #[command(flatten)]
    pub run: RunArgs,
    /// Pass the intake's other columns through to the CSV and JSON outputs.
    #[arg(long)]
    keep_columns: bool,
    /// For every matched mentee, list the next N best eligible mentors.
    #[arg(long, value_name = "N", default_value_t = 0)]
    alternatives: usize,
    /// Exit with code 3 when a mentee is left unmatched, a target is missed,
    /// or a criterion has no data to score on.
    #[arg(long)]
    strict: bool,
    /// Print each phase's wall time on standard error.
    #[arg(long)]
    timings: bool,
    /// staff: every pair and reason; sponsors: the programme in numbers, no one named (html, markdown or json).
    #[arg(long, value_enum, default_value = "staff")]
    audience: Audience,
    /// Group mentoring: each mentor leads a group of about N mentees (N-1 or N+1 where they do not divide), chosen together.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(2..))]
    group_size: Option<u16>,
}

/// Who an output is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Audience {
    Staff,
    Sponsors,
}

/// Runs `match`; exit code 3 when `--strict` finds someone unmatched, a
/// target missed or a criterion without data.
///
/// # Errors
/// Bad input or I/O.
pub fn run(args: MatchArgs) -> anyhow::Result<ExitCode> {
    let MatchArgs { run: args, keep_columns, alternatives, strict, timings, audience, group_size } = args;
    if group_size.is_some() {
        let given = [
            (alternatives > 0, "--alternatives"),
            (audience == Audience::Sponsors, "--audience sponsors"),
            (keep_columns, "--keep-columns"),
        ];
        if let Some((_, option)) = given.iter().find(|(given, _)| *given) {
            return Err(tandem::error::UsageError::new(
                format!("{option} is for one-to-one pairs; group mentoring does not take it yet"),
                "leave it out, or match without --group-size",
            )
            .into());
        }
    }
    let quiet = args.inputs.quiet;
    let mut clock = Timings::new(timings);
    let (inputs, format) = args.prepare()?;
    if audience == Audience::Sponsors
        && !matches!(format, report::Format::Html | report::Format::Markdown | report::Format::Json)
    {
        return Err(tandem::error::UsageError::new(
            "the sponsor report is written as html, markdown or json",
            "give --format html, or an output file such as -o report.html",
        )
        .into());
    }
    let loaded = inputs.load()?;
    let (format, lang) = (args.styled(format, loaded.config.output.lang), loaded.config.output.lang);
    clock.lap("intake");
    understood(&loaded, quiet);
    if let (None, Some(first)) = (group_size, loaded.apart.first())
        && !quiet
    {
        let rows = match loaded.apart.len() {
            1 => "1 row names two mentees".to_owned(),
            n => format!("{n} rows name two mentees"),
        };
        say(&format!(
            "warning: {}: {rows}, who are kept apart in group mentoring only; one-to-one pairs are not changed\n  \
             hint: give --group-size to form groups, or name a mentee and a mentor on each row",
            first.origin
        ));
    }
    let bars = Bars::new(quiet);
    let matching = match group_size {
        Some(_) => Matching::for_groups(&loaded, args.inputs.locks(), &bars)?,
        None => Matching::with_progress(&loaded, args.inputs.locks(), &bars)?,
    };
    clock.lap("scoring");
    if let Some(size) = group_size {
        for (unused, what) in [
            (!matching.targets.is_empty(), "targets are"),
            (!matching.wanted.is_empty(), "mentors_wanted is"),
        ] {
            if unused && !quiet {
                say(&format!("warning: {what} not applied to groups; every mentor leads one group"));
            }
        }
        tandem::memory::check_groups(matching.matrix.mentees, matching.matrix.mentors)?;
        let grouping = matching.group(usize::from(size))?;
        clock.lap("solving");
        let outcome = matching.describe_groups(&grouping, usize::from(size));
        clock.lap("explaining");
        return super::write_groups(
            &outcome,
            format,
            args.output.as_deref(),
            &inputs,
            &mut clock,
            (quiet, strict),
        );
    }
    let assignment = matching.solve()?;
    clock.lap("solving");
    let outcome = matching.describe(&assignment, &Describe { alternatives, keep_columns })?;
    clock.lap("explaining");
    let bytes = match audience {
        Audience::Staff => format.outcome(&outcome),
        Audience::Sponsors => format.sponsors(&outcome, &loaded.config.output.programme)?,
    };
    report::write(args.output.as_deref(), &bytes, &inputs.paths())?;
    clock.lap("writing");
    clock.report();
    let s = &outcome.summary;
    if !quiet {
        let used: BTreeSet<&str> = outcome.pairs.iter().map(|p| p.mentor_id.as_str()).collect();
        let mut kept: Vec<String> = [(s.locked, "locked"), (s.excluded, "excluded"), (s.earlier, "earlier")]
            .into_iter()
            .filter(|&(n, _)| n > 0)
            .map(|(n, what)| t!(lang, "summary-kept", count = n, what = what))
            .collect();
        if s.priority > 0 {
            kept.push(t!(lang, "summary-priority-matched", matched = s.priority_matched, count = s.priority));
        }
        if s.pairs_given_up > 0 {
            kept.push(t!(
                lang,
                "summary-given-up",
                count = s.pairs_given_up,
                points = s.points_gained.text(lang)
            ));
        }
        let kept = if kept.is_empty() { String::new() } else { format!(" ({})", kept.join(", ")) };
        let pairs = if s.several() {
            t!(lang, "summary-several", pairs = s.pairs, wanted = s.mentors_wanted)
        } else {
            String::new()
        };
        say(&t!(
            lang,
            "summary-matched",
            matched = s.matched,
            mentees = s.mentees,
            several = pairs,
            used = used.len(),
            mentors = s.mentors,
            kept = kept,
            mean = lang.decimal((s.mean_score() * 100.0).round() as i64),
            wrote = wrote(args.output.as_deref(), lang)
        ));
        for target in outcome.targets.iter().filter(|t| !t.met) {
            say(&t!(
                lang,
                "summary-target-missed",
                attribute = target.attribute,
                value = &target.value,
                reason = target.reason.as_deref().unwrap_or("")
            ));
        }
    }
    let missed = outcome.targets.iter().filter(|t| !t.met).count();
    if strict && (s.matched < s.mentees || missed > 0 || !loaded.unscored.is_empty()) {
        say(&format!(
            "strict: {} mentee{} unmatched, {missed} target{} missed{}",
            s.mentees - s.matched,
            if s.mentees - s.matched == 1 { "" } else { "s" },
            if missed == 1 { "" } else { "s" },
            unscored(&loaded.unscored)
        ));
        return Ok(ExitCode::from(3));
    }
    Ok(ExitCode::SUCCESS)
}
