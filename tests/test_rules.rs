//! Locks, exclusions, diversity targets, alternatives and --strict.

use std::collections::BTreeMap;

use crate::workdir::Workdir;

fn example_workdir() -> Workdir {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd
}

/// The pairs of a CSV output, as mentee → (mentor, explanation).
fn pairs(csv_text: &str) -> BTreeMap<String, (String, String)> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let explanation = reader.headers().unwrap().iter().position(|h| h == "explanation").unwrap();
    reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| !r[0].is_empty())
        .map(|r| (r[1].to_owned(), (r[3].to_owned(), r[explanation].to_owned())))
        .collect()
}

#[test]
fn locked_pairs_are_kept_and_the_rest_matched_around_them() {
    let wd = example_workdir();
    let free = pairs(&wd.stdout(&["match", "cohort.csv", "-q"]));
    assert_ne!(free["ME01"].0, "MR02");
    wd.write("locks.csv", "mentee_id,mentor_id\nME01,MR02\nME05,MR09\n");
    let csv = wd.stdout(&["match", "cohort.csv", "--lock", "locks.csv", "-q"]);
    let locked = pairs(&csv);
    assert_eq!(locked["ME01"].0, "MR02");
    assert_eq!(locked["ME05"].0, "MR09");
    assert!(locked["ME01"].1.starts_with("Locked pair. "), "{}", locked["ME01"].1);
    assert_eq!(locked.len(), free.len(), "locks never cost a match here");
    let json = wd.stdout(&["match", "cohort.csv", "--lock", "locks.csv", "-q", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["summary"]["locked"], 2);
    let locked_flags = value["pairs"].as_array().unwrap().iter().filter(|p| p["locked"] == true).count();
    assert_eq!(locked_flags, 2);
}

#[test]
fn a_lock_that_breaks_a_rule_is_an_error_unless_forced() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,organisation,capacity\nE1,mentee,Acme,\nE2,mentee,Beta,\nM1,mentor,Acme,1\nM2,mentor,Gamma,1\n",
    );
    wd.write("locks.csv", "mentee_id,mentor_id\nE1,M1\n");
    let run = wd.run(&["match", "cohort.csv", "--lock", "locks.csv"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
    let csv = wd.stdout(&["match", "cohort.csv", "--lock", "locks.csv", "--force-locks", "-q"]);
    let pairs = pairs(&csv);
    assert_eq!(pairs["E1"].0, "M1");
    assert!(
        pairs["E1"]
            .1
            .starts_with("Locked pair, kept despite the rules: same organisation: both work at Acme."),
        "{csv}"
    );
    assert_eq!(pairs["E2"].0, "M2");
    // Beyond a capacity, forced: the explanation says so.
    wd.write("locks.csv", "mentee_id,mentor_id\nE1,M2\nE2,M2\n");
    let run = wd.run(&["match", "cohort.csv", "--lock", "locks.csv"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("mentor M2 is locked to 2 mentees, more than their capacity of 1"),
        "{}",
        run.stderr
    );
    let csv = wd.stdout(&["match", "cohort.csv", "--lock", "locks.csv", "--force-locks", "-q"]);
    let forced = self::pairs(&csv);
    for mentee in ["E1", "E2"] {
        assert!(
            forced[mentee].1.starts_with("Locked pair, kept beyond the mentor's capacity of 1 place."),
            "{csv}"
        );
    }
}

#[test]
fn lock_files_with_bad_rows_name_the_id_and_line() {
    let wd = example_workdir();
    wd.write("locks.csv", "mentee_id,mentor_id\nME01,MR02\nME99,MR03\nME02,MR02\nME02,MR04\n");
    let run = wd.run(&["match", "cohort.csv", "--lock", "locks.csv"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn last_years_output_works_as_lock_and_as_exclude_file() {
    let wd = example_workdir();
    let last_year = wd.stdout(&["match", "cohort.csv", "-q"]);
    wd.write("last-year.csv", &last_year);
    let relocked = pairs(&wd.stdout(&["match", "cohort.csv", "--lock", "last-year.csv", "-q"]));
    let before = pairs(&last_year);
    let mentors = |p: &BTreeMap<String, (String, String)>| -> Vec<(String, String)> {
        p.iter().map(|(e, (m, _))| (e.clone(), m.clone())).collect()
    };
    assert_eq!(mentors(&relocked), mentors(&before));

    let fresh = pairs(&wd.stdout(&["match", "cohort.csv", "--exclude", "last-year.csv", "-q"]));
    for (mentee, (mentor, _)) in &fresh {
        assert_ne!(before.get(mentee).map(|p| &p.0), Some(mentor), "{mentee} – {mentor} was excluded");
    }
    assert_eq!(fresh.len(), before.len());
    let scores = wd.stdout(&["scores", "cohort.csv", "--exclude", "last-year.csv"]);
    assert!(scores.contains(",no,excluded: listed in last-year.csv:2,"), "{scores}");
}

const TARGETS: &str = "\
[[targets]]
attribute = \"gender\"
value = \"woman\"
min_share = 0.8

[[targets]]
attribute = \"background\"
value = \"Dutch\"
min_share = 0.4
";

#[test]
fn targets_are_met_and_reported_with_their_cost() {
    let wd = example_workdir();
    wd.write("tandem.toml", TARGETS);
    let json = wd.stdout(&["match", "cohort.csv", "--config", "tandem.toml", "-q", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    insta::assert_json_snapshot!(value["summary"]);
    let plain: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["match", "cohort.csv", "-q", "--format", "json"])).unwrap();
    let cost = value["summary"]["targets_cost"].as_f64().unwrap();
    let difference =
        plain["summary"]["total_score"].as_f64().unwrap() - value["summary"]["total_score"].as_f64().unwrap();
    assert!((cost - difference).abs() < 1e-6, "{cost} vs {difference}");
    assert_eq!(value["summary"]["matched"], plain["summary"]["matched"]);
}

/// Three targets on three attributes: women, a background and a region
/// share mentees in every pair of targets, and none can be met in full.
const THREE_TARGETS: &str = "\
[[targets]]
attribute = \"gender\"
value = \"woman\"
min_share = 0.85

[[targets]]
attribute = \"background\"
value = \"Dutch\"
min_share = 0.6

[[targets]]
attribute = \"region\"
value = \"Rotterdam\"
min_share = 0.3
";

#[test]
fn three_targets_that_share_mentees_are_met_as_far_as_they_can_be_whatever_the_row_order() {
    let wd = example_workdir();
    wd.write("tandem.toml", THREE_TARGETS);
    let json = wd.stdout(&["match", "cohort.csv", "--config", "tandem.toml", "-q", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    insta::assert_json_snapshot!(value["summary"]["targets"]);
    assert_eq!(value["summary"]["matched"], 38, "targets never cost a match");
    // The rows the other way round: the same pairs.
    let text = wd.read("cohort.csv");
    let mut lines: Vec<&str> = text.lines().collect();
    lines[1..].reverse();
    wd.write("reversed.csv", lines.join("\n") + "\n");
    let reversed = wd.stdout(&["match", "reversed.csv", "--config", "tandem.toml", "-q", "--format", "json"]);
    let reversed: serde_json::Value = serde_json::from_str(&reversed).unwrap();
    assert_eq!(reversed["pairs"], value["pairs"]);
}

#[test]
fn a_target_that_cannot_be_met_says_why() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,organisation,gender\nE1,mentee,A,vrouw\nE2,mentee,B,man\nE3,mentee,C,man\nM1,mentor,D,man\nM2,mentor,E,man\nM3,mentor,A,man\n",
    );
    // Only the target counts: no criterion is left without data.
    wd.write(
        "tandem.toml",
        "[weights]\ngoals = 0\nsector = 0\ndiversity = 0\n\n[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 0.5\n",
    );
    let run = wd.run(&["match", "cohort.csv", "--config", "tandem.toml", "-o", "pairs.md"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!(run.stderr);
    assert!(wd.read("pairs.md").contains("| Only 1 woman among 3 mentees; 50% of 3 matched mentees is 2 |"));
    let run = wd.run(&["match", "cohort.csv", "--config", "tandem.toml", "--strict", "-q"]);
    assert_eq!(run.code, 3);
    assert_eq!(run.stderr, "strict: 0 mentees unmatched, 1 target missed\n");
}

#[test]
fn alternatives_are_the_next_best_eligible_mentors() {
    let wd = example_workdir();
    let json = wd.stdout(&["match", "cohort.csv", "-q", "--format", "json", "--alternatives", "3"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let scores = wd.stdout(&["scores", "cohort.csv"]);
    for pair in value["pairs"].as_array().unwrap() {
        let alternatives = pair["alternatives"].as_array().unwrap();
        assert_eq!(alternatives.len(), 3);
        let listed: Vec<f64> = alternatives.iter().map(|a| a["score"].as_f64().unwrap()).collect();
        assert!(listed.windows(2).all(|w| w[0] >= w[1]), "{listed:?}");
        for alternative in alternatives {
            assert_ne!(alternative["mentor_id"], pair["mentor_id"]);
            let row = format!(
                "{},{},{:.2},yes,",
                pair["mentee_id"].as_str().unwrap(),
                alternative["mentor_id"].as_str().unwrap(),
                alternative["score"].as_f64().unwrap()
            );
            assert!(scores.contains(&row), "{row}");
        }
    }
    let csv = wd.stdout(&["match", "cohort.csv", "-q", "--alternatives", "2"]);
    assert!(csv.lines().next().unwrap().contains(",explanation,alternatives,mentee_email,"));
    assert!(!wd.stdout(&["match", "cohort.csv", "-q"]).contains("alternatives"));
}

#[test]
fn strict_fails_when_someone_is_left_unmatched() {
    let wd = example_workdir();
    let run = wd.run(&["match", "cohort.csv", "--strict", "-q", "-o", "pairs.csv"]);
    assert_eq!(run.code, 3);
    assert_eq!(run.stderr, "strict: 2 mentees unmatched, 0 targets missed\n");
    assert!(wd.read("pairs.csv").starts_with("rank,"), "the output is written all the same");
    wd.write("small.csv", "id,role,organisation\nE1,mentee,A\nM1,mentor,B\n");
    // Everyone matched, but on nothing: no goals, sectors or backgrounds.
    let run = wd.run(&["match", "small.csv", "--strict", "-q"]);
    assert_eq!(run.code, 3);
    assert_eq!(
        run.stderr,
        "strict: 0 mentees unmatched, 0 targets missed, goals, sector and diversity without data\n"
    );
    wd.write("weights.toml", "[weights]\ngoals = 0\nsector = 0\ndiversity = 0\n");
    assert_eq!(wd.run(&["match", "small.csv", "--strict", "-q", "--config", "weights.toml"]).code, 0);
}

#[test]
fn last_rounds_output_excludes_by_email_and_skips_those_who_left() {
    let wd = Workdir::new();
    // Round 1: ids are the form's response numbers, so tandem names people
    // by their e-mail address.
    wd.write(
        "round1.csv",
        "id,role,name,email,organisation,goals\n1,mentee,Lisa,lisa@a.nl,A,sales\n2,mentor,Mark,mark@b.nl,B,sales\n\
         3,mentee,Gone,gone@c.nl,C,sales\n4,mentor,Nina,nina@d.nl,D,sales\n",
    );
    let pairs = wd.stdout(&["match", "round1.csv", "-q", "-o", "-"]);
    wd.write("pairs-2025.csv", &pairs);
    let lisa = pairs.lines().find(|l| l.contains(",Lisa,")).unwrap();
    let lisa_had = if lisa.contains("mark@b.nl") { "mark@b.nl" } else { "nina@d.nl" };
    // Round 2: new response numbers, one leaver, one newcomer.
    wd.write(
        "round2.csv",
        "id,role,name,email,organisation,goals\n11,mentor,Nina,nina@d.nl,D,sales\n12,mentee,Lisa,lisa@a.nl,A,sales\n\
         13,mentor,Mark,mark@b.nl,B,sales\n",
    );
    let run = wd.run(&["match", "round2.csv", "--exclude", "pairs-2025.csv", "-o", "pairs-2026.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: pairs-2025.csv: 1 pair of this file names people not in this round; skipped"),
        "{}",
        run.stderr
    );
    let round2 = wd.read("pairs-2026.csv");
    let lisa = round2.lines().find(|l| l.contains(",Lisa,")).unwrap();
    assert!(!lisa.contains(lisa_had), "Lisa is not paired again with last year's mentor: {round2}");
    // A lock file naming someone who left stays an error.
    let run = wd.run(&["match", "round2.csv", "--lock", "pairs-2025.csv", "-q"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
}

#[test]
fn ids_tandem_quoted_against_formulas_read_back_and_empty_files_are_said() {
    let wd = Workdir::new();
    wd.write(
        "c.csv",
        "id,role,organisation,goals\n-E1,mentee,A,sales\n@M1,mentor,B,sales\nM2,mentor,C,law\n",
    );
    let csv = wd.stdout(&["match", "c.csv", "-q"]);
    assert!(csv.contains(",'-E1,,'@M1,"), "{csv}");
    wd.write("pairs.csv", &csv);
    let csv = wd.stdout(&["match", "c.csv", "-q", "--exclude", "pairs.csv"]);
    assert!(csv.contains(",'-E1,,M2,"), "the quoted pair is excluded: {csv}");
    wd.write("locks.csv", "mentee_id,mentor_id\n");
    let run = wd.run(&["match", "c.csv", "--lock", "locks.csv", "-o", "out.csv"]);
    assert!(run.stderr.contains("warning: locks.csv: the lock file names no pairs"), "{}", run.stderr);
}

#[test]
fn history_never_repeats_an_earlier_pair_and_says_so() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,name,email,organisation,goals\nE1,mentee,Lisa,lisa@a.nl,A,sales\nM1,mentor,Mark,mark@b.nl,B,sales\nM2,mentor,Nina,nina@c.nl,C,law\n",
    );
    wd.write("pairs-2024.csv", "mentee_email,mentor_email\nlisa@a.nl,mark@b.nl\ngone@x.nl,mark@b.nl\n");
    let first = wd.stdout(&["match", "cohort.csv", "-q"]);
    assert!(first.contains(",E1,Lisa,M1,Mark,"), "{first}");
    let run = wd.run(&["match", "cohort.csv", "--history", "pairs-2024.csv", "-o", "pairs.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("pairs-2024.csv: 1 pair of this file names people not in this round; skipped"),
        "{}",
        run.stderr
    );
    let csv = wd.read("pairs.csv");
    assert!(csv.contains(",E1,Lisa,M2,Nina,"), "{csv}");
    assert!(csv.contains("Not matched: no mentee is eligible: every mentee was paired with this mentor in an earlier round."), "{csv}");
    let explain = wd.stdout(&["explain", "E1", "M1", "cohort.csv", "--history", "pairs-2024.csv", "-q"]);
    assert!(
        explain.contains("FAILED  not paired in an earlier round: paired at pairs-2024.csv:2"),
        "{explain}"
    );
    let scores = wd.stdout(&["scores", "cohort.csv", "--history", "pairs-2024.csv", "-q"]);
    assert!(scores.contains("E1,M1,45.00,no,paired in an earlier round: pairs-2024.csv:2"), "{scores}");
    // The history file is an input: never written over.
    assert_eq!(
        wd.run(&["match", "cohort.csv", "--history", "pairs-2024.csv", "-q", "-o", "pairs-2024.csv"]).code,
        1
    );
}

#[test]
fn the_summary_says_what_was_locked_and_excluded() {
    let wd = example_workdir();
    wd.write("locks.csv", "mentee_id,mentor_id\nME01,MR02\n");
    wd.write("excl.csv", "mentee_id,mentor_id\nME05,MR09\nME06,MR09\n");
    let run =
        wd.run(&["match", "cohort.csv", "--lock", "locks.csv", "--exclude", "excl.csv", "-o", "pairs.json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "Matched 38 of 40 mentees with 30 of 30 mentors (1 pair locked, 2 pairs excluded); mean score"
        ),
        "{}",
        run.stderr
    );
    let value: serde_json::Value = serde_json::from_str(&wd.read("pairs.json")).unwrap();
    assert_eq!(
        (value["summary"]["locked"].as_u64(), value["summary"]["excluded"].as_u64()),
        (Some(1), Some(2))
    );
}

#[test]
fn a_rematch_says_whose_pair_did_not_continue_and_which_pairs_are_locked() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,organisation,goals,capacity\nE1,mentee,A,sales,\nE2,mentee,B,sales,\nE3,mentee,C,law,\nM1,mentor,D,sales,1\nM2,mentor,F,law,1\n",
    );
    // After the introductory meetings: E1 and M1 clicked, E2 and M2 did not.
    wd.write("kept.csv", "mentee_id,mentor_id\nE1,M1\n");
    wd.write("stopped.csv", "mentee_id,mentor_id\nE2,M2\n");
    let csv = wd.stdout(&["match", "cohort.csv", "--lock", "kept.csv", "--exclude", "stopped.csv", "-q"]);
    let reason = csv.lines().find(|l| l.contains(",E2,")).expect("E2 is listed");
    assert!(
        reason.contains(
            "Not matched: the pair with M2 is excluded; the only eligible mentor, M1, is matched with E1 (a locked pair) instead"
        ),
        "{csv}"
    );
    assert!(csv.contains(",E3,,M2,"), "{csv}");
    // Without the exclusion the reason says nothing of it.
    let csv = wd.stdout(&["match", "cohort.csv", "--lock", "kept.csv", "-q"]);
    assert!(!csv.contains("is excluded"), "{csv}");
}

/// The (mentee e-mail, mentor e-mail) pairs of a tandem CSV output.
fn pairs_by_email(csv_text: &str) -> Vec<(String, String)> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (mentee, mentor) = (column("mentee_email"), column("mentor_email"));
    reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| !r[0].is_empty())
        .map(|r| (r[mentee].to_owned(), r[mentor].to_owned()))
        .collect()
}

#[test]
fn the_two_round_example_repeats_no_pair_and_diff_shows_what_changed() {
    let wd = example_workdir();
    wd.write("pairs-2025.csv", crate::workdir::example("rounds/pairs-2025.csv"));
    wd.write("intake-2026.csv", crate::workdir::example("rounds/intake-2026.csv"));
    // Round 1 is the example cohort's own pairing.
    assert_eq!(
        wd.stdout(&["match", "cohort.csv", "-q"]),
        wd.read("pairs-2025.csv"),
        "examples/rounds/pairs-2025.csv is `tandem match examples/cohort.csv` as it was; rewrite it if scoring changed"
    );
    let run = wd.run(&[
        "match",
        "intake-2026.csv",
        "--history",
        "pairs-2025.csv",
        "--priority",
        "pairs-2025.csv",
        "-o",
        "pairs-2026.csv",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("2 of 2 priority mentees matched"), "{}", run.stderr);
    assert!(
        run.stderr.contains("pairs-2025.csv: 4 pairs of this file name people not in this round; skipped"),
        "{}",
        run.stderr
    );
    let before = pairs_by_email(&wd.read("pairs-2025.csv"));
    let after = pairs_by_email(&wd.read("pairs-2026.csv"));
    assert_eq!(after.len(), 38);
    let repeated: Vec<_> = after.iter().filter(|pair| before.contains(pair)).collect();
    assert!(repeated.is_empty(), "{repeated:?}");
    let diff: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["diff", "pairs-2025.csv", "pairs-2026.csv", "--format", "json"]))
            .unwrap();
    assert_eq!(diff["summary"]["kept"], 0, "{diff}");
    assert_eq!(diff["summary"]["new"], 5, "{diff}");
}

#[test]
fn priority_mentees_come_first_and_last_rounds_output_names_them() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,organisation,goals,capacity\nE1,mentee,A,sales,\nE2,mentee,B,law,\nM1,mentor,C,sales,1\n",
    );
    let csv = wd.stdout(&["match", "cohort.csv", "-q"]);
    assert!(csv.contains(",E1,,M1,"), "without priority the better pair: {csv}");
    // Last round's output: E2 was left unmatched, E7 has left.
    wd.write("pairs-2025.csv", "mentee_id,mentor_id\nE1,M9\nE2,\nE7,\n");
    let run = wd.run(&["match", "cohort.csv", "--priority", "pairs-2025.csv", "-o", "pairs.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("pairs-2025.csv: 1 person of this file is not in this round; skipped"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("(1 of 1 priority mentees matched)"), "{}", run.stderr);
    let csv = wd.read("pairs.csv");
    assert!(csv.contains(",E2,,M1,"), "{csv}");
    assert!(csv.contains("Priority mentee. "), "{csv}");
    assert!(
        csv.contains(",E1,,,,,,,,,\"Not matched: left for the priority mentees (without --priority this mentee would be matched); the only"),
        "{csv}"
    );
    let json: serde_json::Value = serde_json::from_str(&wd.stdout(&[
        "match",
        "cohort.csv",
        "--priority",
        "pairs-2025.csv",
        "-q",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(
        (json["summary"]["priority"].as_u64(), json["summary"]["priority_matched"].as_u64()),
        (Some(1), Some(1))
    );
    // A list of ids names every row; a mentor in it is an error.
    wd.write("first.csv", "id\nE2\nM1\n");
    let run = wd.run(&["match", "cohort.csv", "--priority", "first.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("first.csv:3: column 'id' (A): 'M1' is a mentor, not a mentee"),
        "{}",
        run.stderr
    );
    // Or a column of the intake.
    wd.write(
        "cohort2.csv",
        "id,role,organisation,goals,capacity,Voorrang\nE1,mentee,A,sales,,nee\nE2,mentee,B,law,,ja\nM1,mentor,C,sales,1,\n",
    );
    assert!(wd.stdout(&["match", "cohort2.csv", "-q"]).contains(",E2,,M1,"));
    wd.write("cohort3.csv", "id,role,organisation,priority\nE1,mentee,A,maybe\nM1,mentor,C,\n");
    let run = wd.run(&["match", "cohort3.csv"]);
    assert!(
        run.stderr.contains(
            "cohort3.csv:2: column 'priority' (D): 'maybe' in the priority of 'E1' is not yes or no"
        ),
        "{}",
        run.stderr
    );
    // With targets: priority mentees come first, and a target they keep
    // from being met says so.
    wd.write(
        "cohort4.csv",
        "id,role,organisation,goals,gender,capacity\nE1,mentee,A,sales,woman,\nE2,mentee,B,law,man,\nE3,mentee,D,sales,woman,\nM1,mentor,C,sales,,1\n",
    );
    wd.write("targets.toml", "[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 1.0\n");
    wd.write("first.csv", "id\nE3\n");
    let csv =
        wd.stdout(&["match", "cohort4.csv", "--priority", "first.csv", "--config", "targets.toml", "-q"]);
    assert!(csv.contains(",E3,,M1,"), "{csv}");
    wd.write("first.csv", "id\nE2\n");
    let run = wd.run(&["match", "cohort4.csv", "--priority", "first.csv", "--config", "targets.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(",E2,,M1,"), "{}", run.stdout);
    assert!(
        run.stderr.contains("Target gender = woman missed: at most 0 of the 2 women can be matched while the priority mentees come first; 100% of 1 matched mentees is 1."),
        "{}",
        run.stderr
    );
}

#[test]
fn a_pair_file_that_names_someone_else_by_the_same_id_is_a_warning() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,name,email,organisation,goals\n12,mentee,Tom Bakker,tom@b.nl,A,sales\n7,mentor,Mark Vos,mark@c.nl,B,sales\n",
    );
    // Last year's response numbers: 12 was Lisa then.
    wd.write(
        "pairs-2025.csv",
        "mentee_id,mentee_name,mentor_id,mentor_name,mentee_email\n12,Lisa de Vries,7,Mark,\n",
    );
    let run = wd.run(&["match", "cohort.csv", "--exclude", "pairs-2025.csv", "-o", "pairs.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: pairs-2025.csv:2: '12' is Tom Bakker <tom@b.nl> in the intake, but Lisa de Vries in this file"
        ),
        "{}",
        run.stderr
    );
    // "Mark" is Mark Vos: a shorter name is no disagreement.
    assert!(!run.stderr.contains("'7' is"), "{}", run.stderr);
}
