//! `[objective] prefer`: the most pairs first (the default), or the best
//! scores first, in `match`, `check` and `explain`.

use crate::workdir::Workdir;

/// Ann fits Mentor One well (65 points) and Mentor Two not at all (0); Bo
/// works where Mentor Two does, so can only have Mentor One (20). Most
/// pairs: Ann with Two, Bo with One, 20 points. Best scores: Ann with One,
/// 65 points, and Bo unmatched.
const COHORT: &str = "\
id,role,name,organisation,sector,goals,capacity
E1,mentee,Ann,Acme,education,leadership;finance,
E2,mentee,Bo,Beta,education,law,
M1,mentor,Mentor One,Gamma,finance,leadership;finance,1
M2,mentor,Mentor Two,Beta,education,,1
";

const BEST: &str = "[objective]\nprefer = \"best_scores\"\n";

fn workdir() -> Workdir {
    let wd = Workdir::new();
    wd.write("cohort.csv", COHORT);
    wd.write("best.toml", BEST);
    wd
}

#[test]
fn best_scores_leaves_out_a_pair_that_costs_more_than_it_adds() {
    let wd = workdir();
    let most = wd.stdout(&["match", "cohort.csv", "-q"]);
    assert!(
        most.contains("1,E2,Bo,M1,Mentor One,20.00,") && most.contains("2,E1,Ann,M2,Mentor Two,0.00,"),
        "{most}"
    );
    let best = wd.run(&["match", "cohort.csv", "--config", "best.toml"]);
    assert_eq!(best.code, 0, "{}", best.stderr);
    assert!(best.stdout.contains("1,E1,Ann,M1,Mentor One,65.00,"), "{}", best.stdout);
    assert!(!best.stdout.contains("E2,Bo,M"), "{}", best.stdout);
    insta::assert_snapshot!(
        best.stderr.lines().filter(|l| !l.starts_with("  ")).collect::<Vec<_>>().join("\n")
    );
    let json: serde_json::Value = serde_json::from_str(&wd.stdout(&[
        "match",
        "cohort.csv",
        "-q",
        "--format",
        "json",
        "--config",
        "best.toml",
    ]))
    .unwrap();
    assert_eq!(json["summary"]["pairs_given_up"], 1);
    assert_eq!(json["summary"]["points_gained"], 45.0);
    let reason = json["unmatched"][0]["reason"].as_str().unwrap();
    assert!(reason.starts_with("left out for a higher total score (prefer = \"best_scores\""), "{reason}");
}

#[test]
fn check_compares_with_the_optimum_of_the_objective() {
    let wd = workdir();
    wd.write("most.csv", "mentee_id,mentor_id\nE1,M2\nE2,M1\n");
    wd.write("best.csv", "mentee_id,mentor_id\nE1,M1\n");
    let run = wd.run(&["check", "cohort.csv", "--pairs", "most.csv", "--config", "best.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.ends_with(
            "Optimum under the same rules: 1 pair, total score 65.00; the pairing scores 45.00 points less, and matches 1 more mentee.\n"
        ),
        "{}",
        run.stdout
    );
    let run = wd.run(&["check", "cohort.csv", "--pairs", "best.csv", "--config", "best.toml"]);
    assert!(run.stdout.ends_with("; the pairing is as good as it.\n"), "{}", run.stdout);
    // Under the default, the best-scores pairing matches a mentee fewer.
    let run = wd.run(&["check", "cohort.csv", "--pairs", "best.csv"]);
    assert!(
        run.stdout.ends_with("the pairing matches 1 fewer mentee, and scores 45.00 points more.\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_weighs_a_forced_pair_by_the_objective() {
    let wd = workdir();
    let run = wd.run(&["explain", "E2", "M1", "cohort.csv", "--config", "best.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Forcing this pair costs 45.00 points of total score: 2 pairs, total 20.00 against 1 pair, total 65.00."),
        "{}",
        run.stdout
    );
}

#[test]
fn best_scores_with_targets_is_an_error() {
    let wd = workdir();
    wd.write(
        "t.toml",
        "[objective]\nprefer = \"best_scores\"\n\n[[targets]]\nattribute = \"sector\"\nvalue = \"education\"\nmin_share = 0.5\n",
    );
    let run = wd.run(&["match", "cohort.csv", "--config", "t.toml"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("t.toml: objective.prefer = \"best_scores\" cannot be combined with [[targets]]"),
        "{}",
        run.stderr
    );
}
