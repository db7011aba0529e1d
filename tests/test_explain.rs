//! `tandem explain`: one pair in full.

use crate::workdir::Workdir;

#[test]
fn a_pair_criterion_by_criterion_with_rules_rank_and_cost() {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd.example("ratings.csv");
    insta::assert_snapshot!(wd.stdout(&[
        "explain",
        "ME01",
        "MR02",
        "cohort.csv",
        "--ratings",
        "ratings.csv"
    ]));
}

#[test]
fn an_ineligible_pair_shows_the_failed_rule() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,name,organisation,goals\nE1,mentee,Ann,Acme,sales\nE2,mentee,Bo,Beta,law\nM1,mentor,Cy,Acme,sales\nM2,mentor,Di,Gamma,sales\n",
    );
    insta::assert_snapshot!(wd.stdout(&["explain", "E1", "M1", "cohort.csv"]));
}

#[test]
fn unknown_or_swapped_ids_are_errors() {
    let wd = Workdir::new();
    wd.write("cohort.csv", "id,role,organisation\nE1,mentee,A\nM1,mentor,B\n");
    let run = wd.run(&["explain", "E9", "M1", "cohort.csv", "-q"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (2, "error: no participant has the id 'E9'\n  hint: use the ids of the intake file\n")
    );
    let run = wd.run(&["explain", "M1", "E1", "cohort.csv"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("'M1' is a mentor, not a mentee"), "{}", run.stderr);
}

#[test]
fn forcing_a_pair_never_counts_a_place_twice() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,organisation,goals,capacity\nE1,mentee,A,sales,\nE2,mentee,B,sales,\nM1,mentor,C,sales,1\nM2,mentor,D,law,1\n",
    );
    wd.write("kept.csv", "mentee_id,mentor_id\nE1,M1\n");
    let out = wd.stdout(&["explain", "E2", "M1", "cohort.csv", "--lock", "kept.csv", "-q"]);
    assert!(
        out.ends_with(
            "Forcing this pair is not possible: every place of the mentor is taken by a locked pair.\n"
        ),
        "{out}"
    );
    // Without the lock, forcing it costs what it costs, within the places.
    let out = wd.stdout(&["explain", "E2", "M1", "cohort.csv", "-q"]);
    assert!(
        out.ends_with(
            "Forcing this pair costs nothing: 2 pairs, total 45.00 against 2 pairs, total 45.00.\n"
        ),
        "{out}"
    );
}
