//! Invariants of the whole pipeline on random small cohorts: the result is
//! optimal against brute force, never pairs colleagues, never exceeds a
//! capacity, and does not depend on the order of the rows.

use std::collections::BTreeMap;

use proptest::prelude::*;
use tandem::cohort::{Cohort, MenteeIx, MentorIx, Source};
use tandem::inputs::Loaded;
use tandem::intake;
use tandem::matching::Matching;
use tandem::outcome::Outcome;
use tandem::pairs::PairRow;
use tandem::score::Verdict;

#[derive(Clone, Debug)]
struct Person {
    mentor: bool,
    organisation: usize,
    sector: usize,
    goals: Vec<usize>,
    language: usize,
    capacity: u32,
    /// For declared criteria: a grade (or none) and a work style.
    grade: Option<usize>,
    style: usize,
}

const ORGANISATIONS: [&str; 3] = ["Acme BV", "Beta NV", "Gamma"];
const SECTORS: [&str; 3] = ["finance", "education", "health"];
const GOALS: [&str; 5] = ["leadership", "sales", "negotiation", "law", "coaching"];
const LANGUAGES: [&str; 3] = ["English", "Dutch", "English; Dutch"];
const GRADES: [&str; 4] = ["EO", "HEO", "SEO", "G7"];

/// A grade rule and a work-style criterion, as a programme declares them.
const DECLARED: &str = "\
[[criteria]]
name = \"seniority\"
mentee = \"Grade\"
compare = \"above\"
order = [\"EO\", \"HEO\", \"SEO\", \"G7\"]
steps = [1, 2]
weight = 5
require = true

[[criteria]]
name = \"work style\"
mentee = \"Style\"
compare = \"same\"
weight = 10
";

fn person() -> impl Strategy<Value = Person> {
    (
        any::<bool>(),
        0..ORGANISATIONS.len(),
        0..SECTORS.len(),
        proptest::collection::vec(0..GOALS.len(), 0..3),
        0..LANGUAGES.len(),
        0u32..3,
        (proptest::option::of(0..GRADES.len()), 0..2usize),
    )
        .prop_map(|(mentor, organisation, sector, goals, language, capacity, (grade, style))| Person {
            mentor,
            organisation,
            sector,
            goals,
            language,
            capacity,
            grade,
            style,
        })
}

fn csv(people: &[(usize, Person)]) -> String {
    let mut text = String::from("id,role,organisation,sector,goals,languages,capacity\n");
    for (id, p) in people {
        let goals: Vec<&str> = p.goals.iter().map(|&g| GOALS[g]).collect();
        text += &format!(
            "P{id:02},{},{},{},\"{}\",{},{}\n",
            if p.mentor { "mentor" } else { "mentee" },
            ORGANISATIONS[p.organisation],
            SECTORS[p.sector],
            goals.join("; "),
            LANGUAGES[p.language],
            if p.mentor { p.capacity.to_string() } else { String::new() }
        );
    }
    text
}

/// The cohort with a grade and a work-style column, and the declarations.
fn load_declared(people: &[(usize, Person)]) -> Loaded {
    let mut text = String::from("id,role,organisation,sector,goals,languages,capacity,Grade,Style\n");
    for line in csv(people).lines().skip(1).zip(people) {
        let (row, (_, p)) = line;
        text += &format!("{row},{},{}\n", p.grade.map_or("", |g| GRADES[g]), ["calm", "quick"][p.style]);
    }
    let config = tandem::config::Config::parse("t.toml", DECLARED).unwrap();
    let table = intake::parse("cohort.csv", text.as_bytes()).unwrap();
    let cohort = Cohort::build(&[Source { table: &table, role: None }], &config.cohort_options()).unwrap();
    let mut loaded = Loaded::from_cohort(cohort);
    loaded.config = config;
    loaded
}

fn load(text: &str) -> Loaded {
    let table = intake::parse("cohort.csv", text.as_bytes()).unwrap();
    let cohort = Cohort::build(&[Source { table: &table, role: None }], &Default::default()).unwrap();
    Loaded::from_cohort(cohort)
}

/// The best (matched, total) by enumeration over the scored pairs.
fn brute_force(loaded: &Loaded) -> (usize, u64) {
    let matrix = Matching::new(loaded, tandem::matching::Locks::Checked).unwrap().matrix;
    fn go(m: &tandem::score::CandidateMatrix, mentee: usize, left: &mut [u32]) -> (usize, u64) {
        if mentee == m.mentees {
            return (0, 0);
        }
        let mut best = go(m, mentee + 1, left);
        for mentor in 0..m.mentors {
            if m.verdict(MenteeIx(mentee), MentorIx(mentor)) == Verdict::Eligible && left[mentor] > 0 {
                left[mentor] -= 1;
                let (matched, total) = go(m, mentee + 1, left);
                left[mentor] += 1;
                best = best.max((
                    matched + 1,
                    total + u64::from(m.score(MenteeIx(mentee), MentorIx(mentor)).expect("eligible").0),
                ));
            }
        }
        best
    }
    let mut capacities: Vec<u32> = loaded.cohort.mentors.iter().map(|m| m.capacity).collect();
    go(&matrix, 0, &mut capacities)
}

fn check(outcome: &Outcome, loaded: &Loaded) {
    let find =
        |id: &str| loaded.cohort.mentees.iter().chain(&loaded.cohort.mentors).find(|p| p.id.0 == id).unwrap();
    let mut load: BTreeMap<&str, u32> = BTreeMap::new();
    for pair in &outcome.pairs {
        let (mentee, mentor) = (find(&pair.mentee_id), find(&pair.mentor_id));
        assert_ne!(mentee.organisation.key, mentor.organisation.key, "colleagues paired: {pair:?}");
        *load.entry(&pair.mentor_id).or_default() += 1;
    }
    for (mentor, load) in load {
        assert!(load <= find(mentor).capacity, "{mentor} over capacity");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn optimal_no_colleagues_capacities_and_row_order_free(
        people in proptest::collection::vec(person(), 0..9),
        rotation in 0usize..9,
        excluded in proptest::collection::vec((0usize..9, 0usize..9), 0..4),
    ) {
        let mut rows: Vec<(usize, Person)> = people.into_iter().enumerate().collect();
        let mut loaded = load(&csv(&rows));
        // Exclusions, by index into each side.
        let (mentees, mentors) = (loaded.cohort.mentees.len(), loaded.cohort.mentors.len());
        if mentees > 0 && mentors > 0 {
            let mut pairs: Vec<(usize, usize)> = excluded.iter().map(|&(e, m)| (e % mentees, m % mentors)).collect();
            pairs.sort_unstable();
            pairs.dedup();
            loaded.exclusions = pairs
                .into_iter()
                .map(|(mentee, mentor)| PairRow { mentee: MenteeIx(mentee), mentor: MentorIx(mentor), value: None, origin: tandem::error::Location::file("x.csv") })
                .collect();
        }
        let outcome = tandem::run_match(&loaded).unwrap();
        check(&outcome, &loaded);
        for pair in &outcome.pairs {
            let excluded = loaded.exclusions.iter().any(|row| {
                loaded.cohort.mentee(row.mentee).id.0 == pair.mentee_id && loaded.cohort.mentor(row.mentor).id.0 == pair.mentor_id
            });
            prop_assert!(!excluded, "excluded pair made: {:?}", pair);
        }
        let (matched, total) = brute_force(&loaded);
        prop_assert_eq!((outcome.summary.matched, outcome.summary.total_score.0), (matched, total));

        rows.reverse();
        if !rows.is_empty() {
            let k = rotation % rows.len();
            rows.rotate_left(k);
        }
        // Without exclusions (they are by index), the shuffled rows match the same.
        let plain = tandem::run_match(&load(&csv(&rows))).unwrap();
        let unshuffled = {
            let mut again: Vec<(usize, Person)> = rows.clone();
            again.sort_by_key(|(id, _)| *id);
            tandem::run_match(&load(&csv(&again))).unwrap()
        };
        prop_assert_eq!(plain, unshuffled);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn declared_rules_are_kept_and_the_result_optimal(people in proptest::collection::vec(person(), 0..9)) {
        let rows: Vec<(usize, Person)> = people.into_iter().enumerate().collect();
        let loaded = load_declared(&rows);
        let outcome = tandem::run_match(&loaded).unwrap();
        check(&outcome, &loaded);
        let grade = |id: &str| rows.iter().find(|(n, _)| format!("P{n:02}") == id).and_then(|(_, p)| p.grade);
        for pair in &outcome.pairs {
            if let (Some(mentee), Some(mentor)) = (grade(&pair.mentee_id), grade(&pair.mentor_id)) {
                let apart = mentor as i64 - mentee as i64;
                prop_assert!((1..=2).contains(&apart), "grade rule broken: {:?}", pair);
            }
        }
        let (matched, total) = brute_force(&loaded);
        prop_assert_eq!((outcome.summary.matched, outcome.summary.total_score.0), (matched, total));
    }
}

/// The best (matched, total) by enumeration over the assignments that make
/// the `fixed` pairs, whatever their rules, and eligible pairs otherwise.
fn brute_force_fixed(loaded: &Loaded, fixed: &[(usize, usize)]) -> (usize, u64) {
    let matching = Matching::new(loaded, tandem::matching::Locks::Forced).unwrap();
    let matrix = &matching.matrix;
    let mut left: Vec<u32> = loaded.cohort.mentors.iter().map(|m| m.capacity).collect();
    let (mut matched, mut total) = (0, 0u64);
    for &(mentee, mentor) in fixed {
        left[mentor] -= 1;
        matched += 1;
        // A forced pair may break a rule: its score is scored again.
        total += u64::from(matching.scorer.score(matrix, MenteeIx(mentee), MentorIx(mentor)).0);
    }
    fn go(
        m: &tandem::score::CandidateMatrix,
        fixed: &[(usize, usize)],
        mentee: usize,
        left: &mut [u32],
    ) -> (usize, u64) {
        if mentee == m.mentees {
            return (0, 0);
        }
        if fixed.iter().any(|&(e, _)| e == mentee) {
            return go(m, fixed, mentee + 1, left);
        }
        let mut best = go(m, fixed, mentee + 1, left);
        for mentor in 0..m.mentors {
            if m.verdict(MenteeIx(mentee), MentorIx(mentor)) == Verdict::Eligible && left[mentor] > 0 {
                left[mentor] -= 1;
                let (matched, total) = go(m, fixed, mentee + 1, left);
                left[mentor] += 1;
                best = best.max((
                    matched + 1,
                    total + u64::from(m.score(MenteeIx(mentee), MentorIx(mentor)).expect("eligible").0),
                ));
            }
        }
        best
    }
    let (more, rest) = go(matrix, fixed, 0, &mut left);
    (matched + more, total + rest)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// `explain`'s forcing cost is a re-solve under the same locks and
    /// places: against brute force, for every pair of a small cohort.
    #[test]
    fn explain_forces_a_pair_under_the_locks_as_brute_force_does(
        people in proptest::collection::vec(person(), 2..8),
        wanted in proptest::collection::vec((0usize..8, 0usize..8), 0..3),
    ) {
        let rows: Vec<(usize, Person)> = people.into_iter().enumerate().collect();
        let mut loaded = load(&csv(&rows));
        let (mentees, mentors) = (loaded.cohort.mentees.len(), loaded.cohort.mentors.len());
        prop_assume!(mentees > 0 && mentors > 0);
        // Locks on eligible pairs, within capacity, a mentee once.
        let matrix = Matching::new(&loaded, tandem::matching::Locks::Checked).unwrap().matrix;
        let mut left: Vec<u32> = loaded.cohort.mentors.iter().map(|m| m.capacity).collect();
        let mut locked: Vec<(usize, usize)> = Vec::new();
        for (e, m) in wanted {
            let (e, m) = (e % mentees, m % mentors);
            if matrix.verdict(MenteeIx(e), MentorIx(m)) == Verdict::Eligible && left[m] > 0 && !locked.iter().any(|&(x, _)| x == e) {
                left[m] -= 1;
                locked.push((e, m));
            }
        }
        loaded.locks = locked
            .iter()
            .map(|&(mentee, mentor)| PairRow { mentee: MenteeIx(mentee), mentor: MentorIx(mentor), value: None, origin: tandem::error::Location::file("locks.csv") })
            .collect();
        let matching = Matching::new(&loaded, tandem::matching::Locks::Checked).unwrap();
        for e in (0..mentees).filter(|e| !locked.iter().any(|&(x, _)| x == *e)) {
            for m in 0..mentors {
                let explanation = tandem::explain::explain(
                    &matching,
                    &loaded.cohort.mentees[e].id.0,
                    &loaded.cohort.mentors[m].id.0,
                )
                .unwrap();
                let expected = (left[m] > 0).then(|| {
                    let mut fixed = locked.clone();
                    fixed.push((e, m));
                    brute_force_fixed(&loaded, &fixed)
                });
                prop_assert_eq!(explanation.forced.map(|(n, total)| (n, total.0)), expected, "{} – {}", e, m);
            }
            prop_assert_eq!(
                {
                    let (n, total) = tandem::explain::explain(&matching, &loaded.cohort.mentees[e].id.0, &loaded.cohort.mentors[0].id.0).unwrap().optimum;
                    (n, total.0)
                },
                brute_force_fixed(&loaded, &locked)
            );
        }
    }
}

/// A pool of the people, their role column left unread.
fn load_pool(text: &str) -> Loaded {
    let table = intake::parse("pool.csv", text.as_bytes()).unwrap();
    let options = tandem::cohort::Options { pool: true, ..Default::default() };
    let cohort = Cohort::build(&[Source { table: &table, role: None }], &options).unwrap();
    Loaded::from_cohort(cohort.pool())
}

/// The best (pairs, sum of both ways' scores) over every pairing of the
/// pool, by enumeration over the scored pairs.
fn brute_force_pool(matrix: &tandem::score::CandidateMatrix) -> (usize, u64) {
    let both = |a: usize, b: usize| {
        let ways = [(a, b), (b, a)].map(|(e, m)| (MenteeIx(e), MentorIx(m)));
        ways.iter().all(|&(e, m)| matrix.verdict(e, m) == Verdict::Eligible).then(|| {
            ways.iter().map(|&(e, m)| u64::from(matrix.score(e, m).expect("eligible").0)).sum::<u64>()
        })
    };
    fn go(both: &dyn Fn(usize, usize) -> Option<u64>, placed: &mut [bool]) -> (usize, u64) {
        let Some(a) = placed.iter().position(|&p| !p) else { return (0, 0) };
        placed[a] = true;
        let mut best = go(both, placed);
        for b in a + 1..placed.len() {
            if let (false, Some(score)) = (placed[b], both(a, b)) {
                placed[b] = true;
                let (pairs, total) = go(both, placed);
                best = best.max((pairs + 1, total + score));
                placed[b] = false;
            }
        }
        placed[a] = false;
        best
    }
    go(&both, &mut vec![false; matrix.mentees])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Peers: nobody with themselves or twice, never two colleagues, the
    /// most pairs and then the best total of both ways against brute force,
    /// and the same pairs whatever the order of the rows.
    #[test]
    fn peers_optimal_never_self_or_colleagues_and_row_order_free(
        people in proptest::collection::vec(person(), 0..9),
        rotation in 0usize..9,
    ) {
        let mut rows: Vec<(usize, Person)> = people.into_iter().enumerate().collect();
        let loaded = load_pool(&csv(&rows));
        prop_assert_eq!(loaded.cohort.mentees.len(), rows.len());
        let peers = tandem::peers::Peers::new(&loaded, tandem::matching::Locks::Checked).unwrap();
        let pairing = peers.solve().unwrap();
        let cohort = &loaded.cohort;
        let mut seen = vec![false; cohort.mentees.len()];
        let mut total = 0u64;
        for &(a, b) in &pairing.pairs {
            prop_assert!(a != b && !seen[a] && !seen[b], "someone with themselves or twice");
            seen[a] = true;
            seen[b] = true;
            prop_assert_ne!(&cohort.mentees[a].organisation.key, &cohort.mentees[b].organisation.key);
            total += u64::from(peers.matrix.score(MenteeIx(a), MentorIx(b)).expect("eligible").0 + peers.matrix.score(MenteeIx(b), MentorIx(a)).expect("eligible").0);
        }
        prop_assert_eq!((pairing.pairs.len(), total), brute_force_pool(&peers.matrix));
        let outcome = peers.describe(&pairing);
        prop_assert_eq!(outcome.pairs.len() * 2 + outcome.unmatched.len(), rows.len());

        let ids = |loaded: &Loaded| {
            let peers = tandem::peers::Peers::new(loaded, tandem::matching::Locks::Checked).unwrap();
            let outcome = peers.describe(&peers.solve().unwrap());
            outcome.pairs.iter().map(|p| (p.a_id.clone(), p.b_id.clone(), p.explanation.clone())).collect::<Vec<_>>()
        };
        let before = ids(&loaded);
        rows.reverse();
        if !rows.is_empty() {
            let k = rotation % rows.len();
            rows.rotate_left(k);
        }
        prop_assert_eq!(ids(&load_pool(&csv(&rows))), before);
    }
}
