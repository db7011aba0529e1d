//! Several mentors per mentee (`mentors_wanted`): read from a form's
//! question, solved exactly without pairing two people twice, explained,
//! counted, checked and locked.

use crate::workdir::Workdir;

/// Ann wants two mentors, Bo one (left empty), Cy three; five places.
const COHORT: &str = "\
id,role,name,organisation,sector,goals,capacity,How many mentors would you like?
E1,mentee,Ann,Acme,education,leadership;finance;law,,2
E2,mentee,Bo,Beta,education,finance,,
E3,mentee,Cy,Gamma,health,law;strategy,,3
M1,mentor,Mia,Delta,finance,leadership;finance,2,
M2,mentor,Max,Epsilon,law,law;strategy,2,
M3,mentor,Moe,Zeta,education,strategy,1,
";

fn workdir() -> Workdir {
    let wd = Workdir::new();
    wd.write("cohort.csv", COHORT);
    wd
}

#[test]
fn mentees_get_the_mentors_they_want_never_the_same_twice() {
    let wd = workdir();
    let run = wd.run(&["match", "cohort.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
    assert!(run.stderr.contains("H 'How many mentors would you like?' → mentors_wanted"), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "Matched 3 of 3 mentees (5 pairs for 6 mentors wanted) with 3 of 3 mentors; mean score 51.50."
        ),
        "{}",
        run.stderr
    );
    let json: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["match", "cohort.csv", "-q", "--format", "json"])).unwrap();
    let summary = &json["summary"];
    assert_eq!((summary["matched"].as_u64(), summary["pairs"].as_u64()), (Some(3), Some(5)));
    assert_eq!(summary["mentors_wanted"], 6);
    let mut pairs: Vec<(String, String)> = json["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["mentee_id"].as_str().unwrap().to_owned(), p["mentor_id"].as_str().unwrap().to_owned()))
        .collect();
    pairs.sort();
    let before = pairs.len();
    pairs.dedup();
    assert_eq!(pairs.len(), before, "a pair made twice");
}

#[test]
fn check_allows_as_many_mentors_as_wanted() {
    let wd = workdir();
    wd.write("pairs.csv", "mentee_id,mentor_id\nE1,M1\nE1,M2\nE2,M1\nE2,M3\nE3,M2\nE1,M3\n");
    let run = wd.run(&["check", "cohort.csv", "--pairs", "pairs.csv"]);
    assert_eq!(run.code, 3);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn a_mentee_may_be_locked_to_as_many_mentors_as_wanted() {
    let wd = workdir();
    wd.write("locks.csv", "mentee_id,mentor_id\nE1,M3\nE1,M2\n");
    let csv = wd.stdout(&["match", "cohort.csv", "-q", "--lock", "locks.csv"]);
    assert!(csv.contains(",E1,Ann,M3,Moe,0.00,") && csv.contains(",E1,Ann,M2,Max,35.00,"), "{csv}");
    wd.write("locks.csv", "mentee_id,mentor_id\nE1,M3\nE1,M2\nE1,M1\n");
    let run = wd.run(&["match", "cohort.csv", "-q", "--lock", "locks.csv"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("locks.csv:4: mentee E1 wants 2 mentors and is locked to more: M3 (locks.csv:2), M2 (locks.csv:3) and M1"),
        "{}",
        run.stderr
    );
}

#[test]
fn explain_names_the_mentees_other_mentors() {
    let wd = workdir();
    let text = wd.stdout(&["explain", "E1", "M2", "cohort.csv"]);
    assert!(
        text.contains("In the optimal matching: this pair is made, score 35.00; the mentee's other mentor: Mia (M1), score 50.00."),
        "{text}"
    );
}

#[test]
fn a_count_that_is_not_one_to_ten_and_targets_are_errors() {
    let wd = Workdir::new();
    wd.write("c.csv", COHORT.replace("leadership;finance;law,,2", "leadership;finance;law,,lots"));
    let run = wd.run(&["match", "c.csv"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("c.csv:2: column 'How many mentors would you like?' (H): mentors wanted 'lots' of mentee 'E1' is not a whole number from 1 to 10"),
        "{}",
        run.stderr
    );
    wd.write("t.toml", "[[targets]]\nattribute = \"sector\"\nvalue = \"education\"\nmin_share = 0.5\n");
    wd.write("c.csv", COHORT);
    let run = wd.run(&["match", "c.csv", "--config", "t.toml"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("[[targets]] cannot be combined with mentees who want several mentors"),
        "{}",
        run.stderr
    );
}
