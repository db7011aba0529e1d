//! `tandem validate`: what was understood of every file, as text and as
//! JSON, also when the files have problems.

use crate::workdir::Workdir;

const FORM: &str = "\
Timestamp,Email address,What is your name?,Are you a mentor or a mentee?,Which organisation do you work for?,What are your development goals?,What is your gender?,Remarks
2026/09/01 10:00:00 AM GMT+2,ann@acme.nl,Ann,Mentee,Acme,sales,Woman,
2026/09/02 11:00:00 AM GMT+2,bo@beta.nl,Bo,Mentor,Beta,sales; law,Man,Only Tuesdays
";

#[test]
fn validate_as_json_gives_the_column_report_as_data() {
    let wd = Workdir::new();
    wd.write("form.csv", FORM);
    let run = wd.run(&["validate", "form.csv", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "warnings are in the JSON");
    insta::assert_snapshot!(run.stdout);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let columns = value["files"][0]["columns"].as_array().unwrap();
    assert_eq!(columns[6]["field"], "gender");
    assert_eq!(columns[6]["sensitive"], true);
    assert_eq!(columns[7]["field"], serde_json::Value::Null);
    assert_eq!(value["participants"]["mentees"], 1);
}

#[test]
fn validate_as_json_lists_the_problems_with_exit_code_1() {
    let wd = Workdir::new();
    wd.write("form.csv", FORM.replace("Which organisation do you work for?", "Q5"));
    let run = wd.run(&["validate", "form.csv", "--format", "json"]);
    assert_eq!(run.code, 1);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["problems"][0]["message"], "no column for organisation");
    assert_eq!(value["problems"][0]["line"], 1);
    let hint = value["problems"][0]["hint"].as_str().unwrap();
    assert!(
        hint.contains(" = \"organisation\"") && hint.contains("unused headers: 'Timestamp', 'Q5', 'Remarks'"),
        "{hint}"
    );
    assert!(!hint.contains("\"Timestamp\" = "), "time stamps are no example: {hint}");
    assert_eq!(value["files"][0]["columns"][4]["header"], "Q5");
    assert_eq!(value["participants"], serde_json::Value::Null);
}

#[test]
fn quiet_validate_says_nothing_on_standard_error() {
    let wd = Workdir::new();
    wd.write("form.csv", FORM);
    let run = wd.run(&["validate", "form.csv", "-q"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert!(run.stdout.starts_with("Columns of form.csv (2 rows):\n  A   Timestamp"), "{}", run.stdout);
}
