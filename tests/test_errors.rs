//! Exit codes and the messages staff see when something is wrong.

use crate::workdir::Workdir;

fn stderr_of(wd: &Workdir, args: &[&str], code: i32) -> String {
    let run = wd.run(args);
    assert_eq!(run.code, code, "tandem {args:?}:\n{}", run.stderr);
    assert_eq!(run.stdout, "");
    run.stderr
}

#[test]
fn every_problem_of_a_file_in_one_run() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,organisation,capacity\nM1,mentor,Acme,a few\n,mentee,Beta,\nE2,coach,Beta,\nE3,mentee,,\nM1,mentor,Acme,1\nE4,mentee,Beta,1,extra\n",
    );
    insta::assert_snapshot!(stderr_of(&wd, &["match", "intake.csv"], 1));
}

#[test]
fn a_missing_column_names_the_closest_header() {
    let wd = Workdir::new();
    wd.write("intake.csv", "id,role,Organsiation\nE1,mentee,Acme\n");
    insta::assert_snapshot!(stderr_of(&wd, &["match", "intake.csv"], 1));
}

#[test]
fn an_unknown_config_key_is_named_with_its_line() {
    let wd = Workdir::new();
    wd.write("intake.csv", "id,role,organisation\nE1,mentee,Acme\n");
    wd.write("tandem.toml", "[weights]\ngoals = 50\nsectr = 10\n");
    insta::assert_snapshot!(stderr_of(&wd, &["match", "intake.csv", "--config", "tandem.toml"], 1));
}

#[test]
fn bad_ratings_are_located() {
    let wd = Workdir::new();
    wd.write("intake.csv", "id,role,organisation\nE1,mentee,Acme\nM1,mentor,Beta\n");
    wd.write("ratings.csv", "mentee_id,mentor_id,rating\nE1,M7,4\nM1,E1,3\nE1,M1,good\n");
    insta::assert_snapshot!(stderr_of(&wd, &["match", "intake.csv", "--ratings", "ratings.csv"], 1));
}

#[test]
fn missing_files_and_folders_are_input_errors() {
    let wd = Workdir::new();
    let stderr = stderr_of(&wd, &["match", "nowhere.csv"], 1);
    assert!(stderr.starts_with("error: nowhere.csv: cannot read the file: "), "{stderr}");
    wd.write("intake.csv", "id,role,organisation\nE1,mentee,Acme\n");
    let stderr = stderr_of(&wd, &["match", "intake.csv", "-q", "-o", "out/pairs.csv"], 1);
    assert_eq!(stderr, "error: cannot write out/pairs.csv: the folder out does not exist\n");
    let stderr = stderr_of(&wd, &["match", "intake.csv", "-o", "pairs.ods"], 1);
    assert!(stderr.contains("does not know which format to write to a .ods file"), "{stderr}");
}

#[test]
fn usage_errors_exit_with_2() {
    let wd = Workdir::new();
    assert!(stderr_of(&wd, &[], 2).contains("Usage: tandem <COMMAND>"));
    assert!(stderr_of(&wd, &["match"], 2).contains("give at least one intake file"));
    assert!(stderr_of(&wd, &["match", "a.csv", "--frobnicate"], 2).contains("--frobnicate"));
    assert!(stderr_of(&wd, &["match", "a.csv", "--format", "pdf"], 2).contains("pdf"));
}

#[test]
fn help_and_version_succeed() {
    let wd = Workdir::new();
    assert!(wd.stdout(&["--help"]).contains("match"));
    assert!(wd.stdout(&["--version"]).starts_with("tandem "));
}

#[test]
fn a_cohort_beyond_memory_is_refused_before_allocating() {
    let wd = Workdir::new();
    wd.write("intake.csv", "id,role,organisation\nE1,mentee,A\nM1,mentor,B\n");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["match", "intake.csv", "-q"])
        .current_dir(wd.path(""))
        .env("TANDEM_MAX_MEMORY", "1000")
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(stderr.starts_with("error: 1 mentees and 1 mentors make 1 candidate pairs"), "{stderr}");
}
