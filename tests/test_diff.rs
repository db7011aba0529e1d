//! `tandem diff`: what changed between two pairings, across rounds whose
//! ids differ.

use crate::workdir::Workdir;

#[test]
fn the_pairs_kept_changed_new_and_dropped() {
    let wd = Workdir::new();
    wd.write(
        "old.csv",
        "rank,mentee_id,mentee_name,mentor_id,mentor_name,mentee_email,mentor_email\n\
         1,1,Lisa,2,Mark,lisa@a.nl,mark@b.nl\n2,3,Gone,4,Nina,gone@c.nl,nina@d.nl\n3,5,Sam,6,Olaf,sam@e.nl,olaf@f.nl\n\
         ,7,Unmatched,,,un@g.nl,\n",
    );
    // New response numbers: the same people, known by their addresses.
    wd.write(
        "new.csv",
        "rank,mentee_id,mentee_name,mentor_id,mentor_name,mentee_email,mentor_email\n\
         1,11,Lisa,12,Mark,lisa@a.nl,mark@b.nl\n2,15,Sam,14,Nina,sam@e.nl,nina@d.nl\n3,17,Newbie,16,Olaf,new@h.nl,olaf@f.nl\n",
    );
    let csv = wd.stdout(&["diff", "old.csv", "new.csv"]);
    insta::assert_snapshot!(csv);
    let json = wd.stdout(&["diff", "old.csv", "new.csv", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["summary"], serde_json::json!({"kept": 1, "changed": 1, "new": 1, "dropped": 1}));
    assert_eq!(value["mentors"].as_array().unwrap().len(), 2, "Nina and Olaf have other mentees: {json}");
    let run = wd.run(&["diff", "old.csv", "missing.csv"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: missing.csv: cannot read the file"), "{}", run.stderr);
}

#[test]
fn tandems_own_outputs_compare_as_csv_and_json() {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd.example("ratings.csv");
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "old.csv"]);
    wd.stdout(&["match", "cohort.csv", "--ratings", "ratings.csv", "-q", "-o", "new.json"]);
    let md = wd.stdout(&["diff", "old.csv", "new.json", "--format", "markdown"]);
    assert!(md.starts_with("# What changed\n\n24 kept, 13 changed, 1 new, 1 dropped.\n"), "{md}");
    let same: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["diff", "old.csv", "old.csv", "--format", "json"])).unwrap();
    assert_eq!(same["summary"], serde_json::json!({"kept": 38, "changed": 0, "new": 0, "dropped": 0}));
}
