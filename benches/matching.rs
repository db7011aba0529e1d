//! Where the time of a matching run goes, phase by phase, on generated
//! cohorts with realistic fields: `cargo bench --bench matching`.

use std::fmt::Write;

use divan::Bencher;
use tandem::cohort::{Cohort, Source};

use tandem::inputs::Loaded;
use tandem::intake;
use tandem::outcome::Outcome;
use tandem::report::Format;
use tandem::score::Scorer;
use tandem::solve::solve;

mod common;

use common::{THREE_TARGETS, TWO_TARGETS, numbers, targets_cohort, targets_csv};

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[200, 1000, 2000, 5000, 10_000];

/// An intake CSV of `mentees` mentees and half as many mentors of capacity
/// 2, from 12 to 60 organisations, with goals from a vocabulary of 40
/// phrases: the few distinct scores real cohorts produce.
fn cohort_csv(mentees: usize) -> String {
    let mut next = numbers(0x2545_f491_4f6c_dd1d);
    let sectors =
        ["finance", "education", "health", "technology", "public sector", "retail", "energy", "legal"];
    let organisations = (mentees / 20).clamp(12, 60);
    let mut text = String::from(
        "id,role,name,organisation,sector,goals,gender,background,languages,capacity,Grade,Style,Interests,Preferred gender,Home town\n",
    );
    for (role, count) in [("mentee", mentees), ("mentor", mentees / 2)] {
        for i in 0..count {
            let goals: Vec<String> = (0..2 + next(3)).map(|_| format!("goal phrase {}", next(40))).collect();
            let _ = writeln!(
                text,
                "{role}{i:05},{role},Person {i},Organisation {},{},{},{},{},English,{},{},{},interest {}; interest {},{},town {}",
                next(organisations),
                sectors[next(sectors.len())],
                goals.join("; "),
                ["woman", "man"][next(2)],
                ["a", "b", "c", "d"][next(4)],
                if role == "mentor" { "2" } else { "" },
                ["AO", "EO", "HEO", "SEO", "G7", "G6"][next(6)],
                ["structured", "flexible", "hands-on"][next(3)],
                next(30),
                next(30),
                ["woman", "man", "no preference"][next(3)],
                next(50),
            );
        }
    }
    text
}

fn load(mentees: usize) -> Loaded {
    let table = intake::parse("bench.csv", cohort_csv(mentees).as_bytes()).unwrap();
    let cohort = Cohort::build(&[Source { table: &table, role: None }], &Default::default()).unwrap();
    Loaded::from_cohort(cohort)
}

#[divan::bench(args = SIZES, sample_count = 3)]
fn intake(bencher: Bencher, mentees: usize) {
    let text = cohort_csv(mentees);
    bencher.bench(|| {
        let table = intake::parse("bench.csv", text.as_bytes()).unwrap();
        Cohort::build(&[Source { table: &table, role: None }], &Default::default()).unwrap()
    });
}

#[divan::bench(args = SIZES, sample_count = 3)]
fn scoring(bencher: Bencher, mentees: usize) {
    let loaded = load(mentees);
    bencher.bench(|| Scorer::new(&loaded.cohort, &loaded.config, &loaded.ratings).matrix());
}

/// Five criteria a programme declares, one of each kind but `below`, the
/// grade rule required.
const DECLARED: &str = r#"
[[criteria]]
name = "seniority"
mentee = "Grade"
compare = "above"
order = ["AO", "EO", "HEO", "SEO", "G7", "G6"]
steps = [1, 2]
weight = 10
require = true

[[criteria]]
name = "work style"
mentee = "Style"
compare = "same"
weight = 5

[[criteria]]
name = "interests"
mentee = "Interests"
compare = "overlap"
weight = 10

[[criteria]]
name = "gender wish"
mentee = "Preferred gender"
mentor = "gender"
compare = "wish"
weight = 5

[[criteria]]
name = "another town"
mentee = "Home town"
compare = "different"
weight = 5
"#;

/// Scoring with the five declared criteria on top of the built-in ones:
/// compare with `scoring`.
#[divan::bench(args = SIZES, sample_count = 3)]
fn scoring_declared(bencher: Bencher, mentees: usize) {
    let config = tandem::config::Config::parse("bench.toml", DECLARED).unwrap();
    let table = intake::parse("bench.csv", cohort_csv(mentees).as_bytes()).unwrap();
    let cohort = Cohort::build(&[Source { table: &table, role: None }], &config.cohort_options()).unwrap();
    let mut loaded = Loaded::from_cohort(cohort);
    loaded.config = config;
    bencher.bench(|| Scorer::new(&loaded.cohort, &loaded.config, &loaded.ratings).matrix());
}

#[divan::bench(args = SIZES, sample_count = 3)]
fn solving(bencher: Bencher, mentees: usize) {
    let loaded = load(mentees);
    let matrix = Scorer::new(&loaded.cohort, &loaded.config, &loaded.ratings).matrix();
    let capacities: Vec<u32> = loaded.cohort.mentors.iter().map(|m| m.capacity).collect();
    bencher.bench(|| solve(&matrix, &capacities));
}

/// Several mentors per mentee: a quarter of the mentees want two, a
/// quarter three, solved as a minimum-cost flow; compare with `solving`.
#[divan::bench(args = [200, 1000, 2000], sample_count = 3)]
fn solving_several(bencher: Bencher, mentees: usize) {
    let loaded = load(mentees);
    let matrix = Scorer::new(&loaded.cohort, &loaded.config, &loaded.ratings).matrix();
    let capacities: Vec<u32> = loaded.cohort.mentors.iter().map(|m| m.capacity).collect();
    let wanted: Vec<u32> = (0..mentees).map(|e| [1, 1, 2, 3][e % 4]).collect();
    let problem = tandem::solve::Problem {
        scores: &matrix,
        capacities: &capacities,
        locked: &[],
        targets: &[],
        priority: &[],
        objective: tandem::solve::Objective::MostPairs,
        wanted: &wanted,
        progress: None,
    };
    bencher.bench(|| tandem::solve::solve_problem(&problem).unwrap());
}

#[divan::bench(args = SIZES, sample_count = 3)]
fn writing(bencher: Bencher, mentees: usize) {
    let outcome: Outcome = tandem::run_match(&load(mentees)).unwrap();
    bencher.bench(|| (Format::Csv.outcome(&outcome), Format::Json.outcome(&outcome)));
}

#[divan::bench(args = SIZES, sample_count = 3)]
fn end_to_end(bencher: Bencher, mentees: usize) {
    let text = cohort_csv(mentees);
    bencher.bench(|| {
        let table = intake::parse("bench.csv", text.as_bytes()).unwrap();
        let cohort = Cohort::build(&[Source { table: &table, role: None }], &Default::default()).unwrap();
        let loaded = Loaded::from_cohort(cohort);
        Format::Csv.outcome(&tandem::run_match(&loaded).unwrap())
    });
}

/// Two overlapping targets that cannot both be met, a whole run (the
/// targets' reports, which solve again, included): the flows' search over
/// the shared group's count, on sparse certified networks.
#[divan::bench(args = [500, 1000, 2000], sample_count = 3)]
fn end_to_end_overlapping_targets(bencher: Bencher, mentees: usize) {
    end_to_end_targets(bencher, &targets_csv(mentees), TWO_TARGETS);
}

/// Three targets that share mentees in pairs, none of which can be met,
/// a whole run: the search over four shared groups' counts.
#[divan::bench(args = [500, 1000, 2000], sample_count = 3)]
fn end_to_end_three_overlapping_targets(bencher: Bencher, mentees: usize) {
    end_to_end_targets(bencher, &targets_cohort(mentees, mentees / 2, true), THREE_TARGETS);
}

fn end_to_end_targets(bencher: Bencher, text: &str, targets: &str) {
    let config = tandem::config::Config::parse("tandem.toml", targets).unwrap();
    bencher.bench(|| {
        let table = intake::parse("bench.csv", text.as_bytes()).unwrap();
        let cohort =
            Cohort::build(&[Source { table: &table, role: None }], &config.cohort_options()).unwrap();
        let mut loaded = Loaded::from_cohort(cohort);
        loaded.config = config.clone();
        Format::Csv.outcome(&tandem::run_match(&loaded).unwrap())
    });
}

/// A pool of peers, a whole run: the people of the generated cohort, their
/// role column unread, paired by the blossom algorithm.
#[divan::bench(args = [500, 1000, 2000], sample_count = 3)]
fn end_to_end_peers(bencher: Bencher, people: usize) {
    // Two thirds mentees and one third mentors, all of them peers here.
    let text = cohort_csv(people * 2 / 3);
    bencher.bench(|| {
        let loaded = pool(&text);
        let peers = tandem::peers::Peers::new(&loaded, tandem::matching::Locks::Checked).unwrap();
        Format::Csv.peers(&peers.describe(&peers.solve().unwrap()))
    });
}

/// Intervision groups of five from a pool, a whole run: exact is out of
/// reach, so the local search's starts, with the gap to the bound.
#[divan::bench(args = [100, 500], sample_count = 3)]
fn end_to_end_groups(bencher: Bencher, people: usize) {
    let text = cohort_csv(people * 2 / 3);
    bencher.bench(|| {
        let loaded = pool(&text);
        let peers = tandem::peers::Peers::new(&loaded, tandem::matching::Locks::Checked).unwrap();
        Format::Csv.groups(&peers.describe_groups(&peers.group(5).unwrap()))
    });
}

/// Group mentoring, groups of five, a whole run: the best assignment
/// with a place per group member, then the local search and its bound
/// (mentees × half as many mentors, so some mentors lead no group).
#[divan::bench(args = [500, 2000], sample_count = 3)]
fn end_to_end_mentor_groups(bencher: Bencher, mentees: usize) {
    bencher.bench(|| {
        let loaded = load(mentees);
        let matching = tandem::matching::Matching::new(&loaded, tandem::matching::Locks::Checked).unwrap();
        Format::Csv.groups(&matching.describe_groups(&matching.group(5).unwrap(), 5))
    });
}

/// An intake read as one pool of peers, its role column unread.
fn pool(text: &str) -> Loaded {
    let table = intake::parse("bench.csv", text.as_bytes()).unwrap();
    let options = tandem::cohort::Options { pool: true, ..Default::default() };
    let cohort = Cohort::build(&[Source { table: &table, role: None }], &options).unwrap();
    Loaded::from_cohort(cohort.pool())
}
