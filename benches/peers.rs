//! tandem's solver against SciPy's `linear_sum_assignment` and `lap`'s
//! `lapjv` on the same cost matrices, in one run, shape by shape.
//!
//! The cohorts are generated with what real intakes vary: capacities, the
//! ratio of places to mentees, the number of organisations, the size of
//! the goal vocabulary, and empty answers. They are scored by tandem's own
//! scorer (default configuration), so the matrices have the ties and the
//! forbidden pairs real scores have. Each matrix is written as a NumPy file
//! of costs (a column per mentor place: `max - score` for an allowed pair,
//! `BIG + max` for a forbidden one, as tandem's solver costs it), and
//! `benches/peers.py` times the peers on it. The table printed gives each
//! solve alone, best of three, and tandem's time over the best peer's.
//!
//!     pip install scipy lap
//!     cargo bench --bench peers
//!
//! Without Python, SciPy or `lap`, it prints tandem's times alone. With
//! `TANDEM_BENCH_SOLVER_ONLY=1` it prints tandem's solver times alone,
//! without the peers or the whole runs: a quick check while working on
//! the solver.
//!
//! It then times the whole runs of the shapes that have a limit, each in a
//! process of its own (this bench again, told which run by an environment
//! variable), and reports its peak memory where the system tells it
//! (`/proc/self/status` on Linux).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod common;

use tandem::cohort::{Cohort, Source};
use tandem::config::Config;
use tandem::inputs::Loaded;
use tandem::intake;
use tandem::report::Format;
use tandem::score::{CandidateMatrix, Ratings, Scorer};
use tandem::solve::{Scores, solve};

/// A cohort to generate: what real intakes vary.
struct Shape {
    name: &'static str,
    mentees: usize,
    mentors: usize,
    /// Capacities drawn evenly from this range.
    capacity: (u32, u32),
    organisations: usize,
    /// Distinct goal phrases.
    vocabulary: usize,
    /// Percent of optional answers (goals, sector, background) left empty.
    missing: u64,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "2,000 × 1,000, capacity 2, 12 organisations, 40 phrases",
        mentees: 2000,
        mentors: 1000,
        capacity: (2, 2),
        organisations: 12,
        vocabulary: 40,
        missing: 0,
    },
    Shape {
        name: "2,000 × 1,000, capacity 1–2 (fewer places than mentees)",
        mentees: 2000,
        mentors: 1000,
        capacity: (1, 2),
        organisations: 200,
        vocabulary: 60,
        missing: 0,
    },
    Shape {
        name: "2,000 × 1,500, capacity 1–2 (more places than mentees)",
        mentees: 2000,
        mentors: 1500,
        capacity: (1, 2),
        organisations: 200,
        vocabulary: 60,
        missing: 0,
    },
    Shape {
        name: "3,000 × 3,000, capacity 1",
        mentees: 3000,
        mentors: 3000,
        capacity: (1, 1),
        organisations: 300,
        vocabulary: 60,
        missing: 0,
    },
    Shape {
        name: "1,000 × 100, capacity 1–10",
        mentees: 1000,
        mentors: 100,
        capacity: (1, 10),
        organisations: 120,
        vocabulary: 60,
        missing: 0,
    },
    Shape {
        name: "2,000 × 600, capacity 1–3 (places 0.6 of mentees)",
        mentees: 2000,
        mentors: 600,
        capacity: (1, 3),
        organisations: 150,
        vocabulary: 100,
        missing: 10,
    },
    Shape {
        name: "2,000 × 1,400, capacity 1–3, 400 phrases, 20% empty",
        mentees: 2000,
        mentors: 1400,
        capacity: (1, 3),
        organisations: 300,
        vocabulary: 400,
        missing: 20,
    },
    Shape {
        name: "4,000 × 2,000, capacity 1–3 (places about as many as mentees), 400 phrases, 20% empty",
        mentees: 4000,
        mentors: 2000,
        capacity: (1, 3),
        organisations: 300,
        vocabulary: 400,
        missing: 20,
    },
    Shape {
        name: "6,000 × 3,000, the same",
        mentees: 6000,
        mentors: 3000,
        capacity: (1, 3),
        organisations: 300,
        vocabulary: 400,
        missing: 20,
    },
];

fn main() {
    // A child of `whole_runs`: one whole run, timed and measured alone.
    if let Ok(index) = std::env::var(WHOLE_RUN) {
        let run = runs().into_iter().nth(index.parse().expect("a run's index")).expect("a run");
        let seconds = time_whole_run(&run);
        println!("{seconds} {}", peak_kib().unwrap_or(0));
        return;
    }
    let folder = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("peers");
    std::fs::create_dir_all(&folder).expect("a folder for the matrices");
    let mut rows = Vec::new();
    for (i, shape) in SHAPES.iter().enumerate() {
        let (matrix, capacities) = scored(shape, i as u64);
        let (time, matched, total) = timed(&matrix, &capacities);
        let file = folder.join(format!("shape{i}.npy"));
        write_costs(&file, &matrix, &capacities);
        let places: u64 = capacities.iter().map(|&c| u64::from(c).min(shape.mentees as u64)).sum();
        rows.push((shape, places, time, matched, total));
    }
    let solver_only = std::env::var_os(SOLVER_ONLY).is_some();
    let peers = if solver_only { Vec::new() } else { run_peers(&folder) };
    let mut table = String::from(
        "| cohort | places | tandem | SciPy | lap | tandem ÷ best peer |\n| --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for (i, (shape, places, time, matched, total)) in rows.iter().enumerate() {
        let peer = peers.iter().find(|p| p.shape == i);
        let seconds = |d: Option<f64>| d.map_or("—".to_owned(), |s| format!("{s:.3} s"));
        let best = peer.and_then(|p| match (p.scipy, p.lap) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        });
        let ratio = best.map_or("—".to_owned(), |b| format!("{:.2}×", time.as_secs_f64() / b));
        let _ = writeln!(
            table,
            "| {} | {places} | {} | {} | {} | {ratio} |",
            shape.name,
            seconds(Some(time.as_secs_f64())),
            seconds(peer.and_then(|p| p.scipy)),
            seconds(peer.and_then(|p| p.lap)),
        );
        // The peers must find the same optimum: as many matched, and the
        // same total score.
        if let Some(p) = peer {
            for (name, found) in [("SciPy", p.scipy_value), ("lap", p.lap_value)] {
                if let Some(found) = found
                    && found != (*matched, *total)
                {
                    eprintln!("{}: {name} finds {found:?}, tandem ({matched}, {total})", shape.name);
                }
            }
        }
    }
    print!("{table}");
    if solver_only {
        return;
    }
    if peers.is_empty() {
        println!("\n(no peers ran: pip install scipy lap, then run again)");
    }
    println!("\n{}", whole_runs());
}

/// Set to time tandem's solver alone.
const SOLVER_ONLY: &str = "TANDEM_BENCH_SOLVER_ONLY";

/// A whole run to time: its cohort's intake text, its config, and the
/// issue's limits for it (memory only where the issue sets one).
struct Run {
    name: &'static str,
    text: String,
    config: &'static str,
    limit: f64,
    memory: Option<u64>,
}

/// Set in a child of this bench to the index of the one whole run it does.
const WHOLE_RUN: &str = "TANDEM_BENCH_WHOLE_RUN";

/// The shapes whose whole runs must stay within a limit.
fn runs() -> Vec<Run> {
    let shape = |mentees, mentors, capacity, organisations| Shape {
        name: "",
        mentees,
        mentors,
        capacity,
        organisations,
        vocabulary: 60,
        missing: 0,
    };
    let run = |name, text, config, limit| Run { name, text, config, limit, memory: None };
    vec![
        Run {
            memory: Some(1 << 30),
            ..run(
                "10,000 × 5,000, capacity 1–2 (more mentees than places)",
                cohort_csv(&shape(10_000, 5_000, (1, 2), 200), 11),
                "",
                5.0,
            )
        },
        Run {
            memory: Some(4 << 30),
            ..run(
                "50,000 × 25,000, capacity 1–2, 300 organisations",
                cohort_csv(&shape(50_000, 25_000, (1, 2), 300), 13),
                "",
                60.0,
            )
        },
        run(
            "1,000 mentees, two overlapping targets (gender and background) both short",
            common::targets_csv(1000),
            common::TWO_TARGETS,
            2.0,
        ),
        run("2,000 mentees, the same two targets", common::targets_csv(2000), common::TWO_TARGETS, 2.0),
        run(
            "1,000 mentees, three targets that share mentees in pairs (gender, background, region), all short",
            common::targets_cohort(1000, 500, true),
            common::THREE_TARGETS,
            2.0,
        ),
        run(
            "2,000 mentees, the same three targets",
            common::targets_cohort(2000, 1000, true),
            common::THREE_TARGETS,
            2.0,
        ),
        run(
            "2,000 mentees, 400 mentors (places 0.3 of mentees), the same three targets",
            common::targets_cohort(2000, 400, true),
            common::THREE_TARGETS,
            2.0,
        ),
        run(
            "1,000 mentees, 1,000 mentors of capacity 1,000",
            cohort_csv(&shape(1_000, 1_000, (1000, 1000), 150), 12),
            "",
            1.0,
        ),
    ]
}

/// A whole run (intake, scoring, solving, explaining, writing CSV), best
/// of three, in seconds.
fn time_whole_run(run: &Run) -> f64 {
    let config = Config::parse("tandem.toml", run.config).expect("a valid config");
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let table = intake::parse("bench.csv", run.text.as_bytes()).expect("a generated cohort");
        let cohort = Cohort::build(&[Source { table: &table, role: None }], &config.cohort_options())
            .expect("a valid cohort");
        let mut loaded = Loaded::from_cohort(cohort);
        loaded.config = config.clone();
        let outcome = tandem::run_match(&loaded).expect("a solvable cohort");
        std::hint::black_box(Format::Csv.outcome(&outcome));
        best = best.min(start.elapsed().as_secs_f64());
    }
    best
}

/// This process's peak resident memory in KiB (`VmHWM` in
/// `/proc/self/status`), where the system tells it.
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The whole runs of the shapes that must stay within a time limit, each
/// in a process of its own so that its peak memory is its own (the
/// cohort's text included), as a table with the limits and whether they
/// are kept.
fn whole_runs() -> String {
    let mut table = String::from(
        "| whole run | time | peak memory | limit | kept |\n| --- | ---: | ---: | ---: | --- |\n",
    );
    let exe = std::env::current_exe().expect("this bench's own path");
    for (index, run) in runs().iter().enumerate() {
        let output =
            std::process::Command::new(&exe).env(WHOLE_RUN, index.to_string()).output().expect("a child run");
        let text = String::from_utf8_lossy(&output.stdout);
        let mut fields = text.split_whitespace().map(|f| f.parse::<f64>().unwrap_or(0.0));
        let (seconds, kib) = (fields.next().unwrap_or(f64::MAX), fields.next().unwrap_or(0.0));
        let megabytes = kib / 1024.0;
        let memory = if kib > 0.0 { format!("{megabytes:.0} MB") } else { "—".to_owned() };
        let kept_time = seconds <= run.limit;
        let kept_memory = run.memory.is_none_or(|bytes| kib > 0.0 && kib * 1024.0 <= bytes as f64);
        let limit = match run.memory {
            Some(bytes) => format!("{:.0} s, {:.0} GiB", run.limit, bytes as f64 / f64::from(1u32 << 30)),
            None => format!("{:.0} s", run.limit),
        };
        let kept = if kept_time && kept_memory { "yes" } else { "**no**" };
        let _ = writeln!(table, "| {} | {seconds:.2} s | {memory} | {limit} | {kept} |", run.name);
    }
    table
}

/// A generated cohort of the shape, scored.
fn scored(shape: &Shape, seed: u64) -> (CandidateMatrix, Vec<u32>) {
    let text = cohort_csv(shape, seed);
    let table = intake::parse("bench.csv", text.as_bytes()).expect("a generated cohort");
    let cohort =
        Cohort::build(&[Source { table: &table, role: None }], &Default::default()).expect("a valid cohort");
    let (config, ratings) = (Config::default(), Ratings::default());
    let matrix = Scorer::new(&cohort, &config, &ratings).matrix();
    (matrix, cohort.mentors.iter().map(|m| m.capacity).collect())
}

/// An intake CSV of the shape, from a xorshift generator seeded by `seed`.
fn cohort_csv(shape: &Shape, seed: u64) -> String {
    let mut state = 0x2545_f491_4f6c_dd1d_u64 ^ (seed + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut next = move |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n.max(1)
    };
    let sectors =
        ["finance", "education", "health", "technology", "public sector", "retail", "energy", "legal"];
    let mut text = String::from("id,role,organisation,sector,goals,background,capacity\n");
    for (role, count) in [("mentee", shape.mentees), ("mentor", shape.mentors)] {
        for i in 0..count {
            let goals: Vec<String> = if next(100) < shape.missing {
                Vec::new()
            } else {
                let count = 1 + next(4);
                (0..count).map(|_| format!("goal {}", next(shape.vocabulary as u64))).collect()
            };
            let sector =
                if next(100) < shape.missing { "" } else { sectors[next(sectors.len() as u64) as usize] };
            let background =
                if next(100) < shape.missing { "" } else { ["a", "b", "c", "d"][next(4) as usize] };
            let (low, high) = shape.capacity;
            let capacity = if role == "mentor" {
                (low + next(u64::from(high - low + 1)) as u32).to_string()
            } else {
                String::new()
            };
            let _ = writeln!(
                text,
                "{role}{i:05},{role},Organisation {},{sector},{},{background},{capacity}",
                next(shape.organisations as u64),
                goals.join("; "),
            );
        }
    }
    text
}

/// tandem's solve, best of three, and the (matched, total) it finds.
fn timed(matrix: &CandidateMatrix, capacities: &[u32]) -> (Duration, usize, u64) {
    let mut best = Duration::MAX;
    let mut value = (0, 0);
    for _ in 0..3 {
        let start = Instant::now();
        let assignment = solve(matrix, capacities);
        best = best.min(start.elapsed());
        value = (assignment.matched(), assignment.total(matrix));
    }
    (best, value.0, value.1)
}

/// The costs tandem's solver works on, as a NumPy `.npy` file of 64-bit
/// floats: a row per mentee, a column per mentor place.
fn write_costs(path: &Path, matrix: &CandidateMatrix, capacities: &[u32]) {
    let mentees = matrix.mentees();
    let slots: Vec<usize> = capacities
        .iter()
        .enumerate()
        .flat_map(|(m, &c)| std::iter::repeat_n(m, (c as usize).min(mentees)))
        .collect();
    let max = (0..mentees)
        .flat_map(|e| (0..matrix.mentors()).filter_map(move |m| Scores::score(matrix, e, m)))
        .max()
        .unwrap_or(0) as f64;
    let big = max * mentees.min(slots.len()) as f64 + 1.0;
    let mut header =
        format!("{{'descr': '<f8', 'fortran_order': False, 'shape': ({mentees}, {}), }}", slots.len());
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut bytes = Vec::with_capacity(10 + header.len() + mentees * slots.len() * 8);
    bytes.extend_from_slice(b"\x93NUMPY\x01\x00");
    bytes.extend_from_slice(&(header.len() as u16).to_le_bytes());
    bytes.extend_from_slice(header.as_bytes());
    for e in 0..mentees {
        for &m in &slots {
            let cost = match Scores::score(matrix, e, m) {
                Some(score) => max - f64::from(score),
                None => big + max,
            };
            bytes.extend_from_slice(&cost.to_le_bytes());
        }
    }
    let mut file = std::fs::File::create(path).expect("a matrix file");
    file.write_all(&bytes).expect("the matrix written");
    // What the peers need to read their answer as pairs and a total.
    let costs = serde_json::json!({ "max": max, "forbidden": big + max });
    std::fs::write(path.with_extension("json"), costs.to_string()).expect("the costs written");
}

/// What the peers found on one shape.
struct Peer {
    shape: usize,
    scipy: Option<f64>,
    lap: Option<f64>,
    scipy_value: Option<(usize, u64)>,
    lap_value: Option<(usize, u64)>,
}

/// Runs `benches/peers.py` on the folder; nothing when Python or the
/// peers are missing.
fn run_peers(folder: &Path) -> Vec<Peer> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peers.py");
    let Ok(output) = std::process::Command::new("python3").arg(script).arg(folder).output() else {
        return Vec::new();
    };
    if !output.status.success() {
        eprint!("{}", String::from_utf8_lossy(&output.stderr));
        return Vec::new();
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            let shape =
                v["file"].as_str()?.trim_start_matches("shape").trim_end_matches(".npy").parse().ok()?;
            let value = |key: &str| {
                let found = &v[key];
                Some((found["matched"].as_u64()? as usize, found["total"].as_u64()?))
            };
            Some(Peer {
                shape,
                scipy: v["scipy"].as_f64(),
                lap: v["lap"].as_f64(),
                scipy_value: value("scipy_value"),
                lap_value: value("lap_value"),
            })
        })
        .collect()
}
