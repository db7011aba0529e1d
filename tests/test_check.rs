//! `tandem check`: a pairing against the rules, for CI.

use crate::workdir::Workdir;

#[test]
fn tandems_own_output_passes() {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "pairs.csv"]);
    let run = wd.run(&["check", "--pairs", "pairs.csv", "cohort.csv"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.starts_with("No violations.\n"), "{}", run.stdout);
    assert!(run.stdout.ends_with("; the pairing is as good as it.\n"), "{}", run.stdout);
}

/// Four mentees and three mentors, where colleagues, languages and
/// capacities make violations easy to write.
const SMALL: &str = "id,role,organisation,languages,capacity\n\
     E1,mentee,Acme,,\nE2,mentee,Beta,German,\nE3,mentee,Gamma,,\nE4,mentee,Delta,,\n\
     M1,mentor,Acme,,1\nM2,mentor,Zeta,English,1\nM3,mentor,Eta,,2\n";

#[test]
fn a_hand_edited_pairing_gets_every_violation() {
    let wd = Workdir::new();
    wd.write("cohort.csv", SMALL);
    wd.write("exclude.csv", "mentee_id,mentor_id\nE4,M3\n");
    wd.write("tandem.toml", "[[targets]]\nattribute = \"sector\"\nvalue = \"finance\"\nmin_share = 0.5\n");
    wd.write("pairs.csv", "mentee_id,mentor_id\nE1,M1\nE2,M2\nE3,M2\nE3,M3\nE4,M3\nE9,M3\n");
    let run = wd.run(&[
        "check",
        "--pairs",
        "pairs.csv",
        "cohort.csv",
        "--exclude",
        "exclude.csv",
        "--config",
        "tandem.toml",
    ]);
    assert_eq!(run.code, 3);
    insta::assert_snapshot!(run.stdout);
}

/// For scripts: every violation with its kind, and the comparison with the
/// optimum as numbers.
#[test]
fn violations_as_json_carry_their_kind() {
    let wd = Workdir::new();
    wd.write("cohort.csv", SMALL);
    wd.write("pairs.csv", "mentee_id,mentor_id\nE1,M1\nE2,M2\nE3,M2\nE3,M3\nE9,M3\n");
    let run = wd.run(&["check", "--pairs", "pairs.csv", "cohort.csv", "--format", "json", "-q"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let kinds: Vec<(&str, u64)> = json["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["kind"].as_str().unwrap(), v["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [("rule_broken", 2), ("rule_broken", 3), ("capacity", 4), ("capacity", 5), ("unknown_person", 6)],
        "{}",
        run.stdout
    );
    assert_eq!(json["clean"], false);
    assert_eq!(json["optimum"]["prefer"], "most_pairs");
    assert!(json["pairing"]["pairs"].as_u64().is_some() && json["optimum"]["total_score"].as_f64().is_some());
}

#[test]
fn a_missing_column_in_the_pairing_is_an_input_error() {
    let wd = Workdir::new();
    wd.write("cohort.csv", "id,role,organisation\nE1,mentee,A\nM1,mentor,B\n");
    wd.write("pairs.csv", "mentee,coach\nE1,M1\n");
    let run = wd.run(&["check", "--pairs", "pairs.csv", "cohort.csv"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("pairs.csv:1: no column for mentor id"), "{}", run.stderr);
}

#[test]
fn fewer_matched_mentees_are_not_broken_rules() {
    let wd = Workdir::new();
    wd.write("c.csv", "id,role,organisation,goals\nE1,mentee,A,sales\nE2,mentee,B,law\nM1,mentor,C,sales\nM2,mentor,D,law\n");
    wd.write("empty.csv", "mentee_id,mentor_id\n");
    let run = wd.run(&["check", "--pairs", "empty.csv", "c.csv", "-q"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.ends_with("Optimum under the same rules: 2 pairs, total score 90.00; the pairing matches 2 fewer mentees, and scores 90.00 points less.\n"),
        "{}",
        run.stdout
    );
    wd.write("one.csv", "mentee_id,mentor_id\nE1,M2\n");
    let run = wd.run(&["check", "--pairs", "one.csv", "c.csv", "-q"]);
    assert!(
        run.stdout.contains("the pairing matches 1 fewer mentee, and scores 90.00 points less."),
        "{}",
        run.stdout
    );
}
