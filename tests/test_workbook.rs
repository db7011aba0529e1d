//! Excel workbooks: a sheet per table, numbers as numbers, text never a
//! formula, the header frozen and filtered; and they read back as pair
//! files.

use std::io::Read;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use crate::workdir::Workdir;

fn workbook(bytes: Vec<u8>) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a workbook")
}

/// The XML of a sheet, by its place from 1.
fn sheet_xml(bytes: &[u8], sheet: usize) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive.by_name(&format!("xl/worksheets/sheet{sheet}.xml")).unwrap().read_to_string(&mut text).unwrap();
    text
}

#[test]
fn a_matching_run_as_a_workbook() {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd.write("targets.toml", "[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 0.5\n");
    wd.stdout(&[
        "match",
        "cohort.csv",
        "-q",
        "-o",
        "pairs.xlsx",
        "--alternatives",
        "2",
        "--config",
        "targets.toml",
    ]);
    let bytes = std::fs::read(wd.path("pairs.xlsx")).unwrap();
    let mut book = workbook(bytes.clone());
    assert_eq!(book.sheet_names(), ["Pairs", "Unmatched", "Summary", "Targets", "Alternatives"]);
    let pairs = book.worksheet_range("Pairs").unwrap();
    let header: Vec<String> = pairs.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(&header[..6], ["rank", "mentee_id", "mentee_name", "mentor_id", "mentor_name", "score"]);
    let first = pairs.rows().nth(1).unwrap();
    assert_eq!(first[0], Data::Float(1.0), "rank is a number");
    assert!(matches!(first[5], Data::Float(score) if score > 0.0), "score is a number: {:?}", first[5]);
    assert!(matches!(first[1], Data::String(_)), "ids are text");
    // The pairs and then the unmatched, as in the CSV: 38 pairs, 2 people.
    assert_eq!(pairs.rows().count(), 1 + 38 + 2);
    let unmatched = book.worksheet_range("Unmatched").unwrap();
    assert_eq!(unmatched.rows().count(), 1 + 2);
    let summary = book.worksheet_range("Summary").unwrap();
    assert!(summary.rows().any(|r| r[0] == Data::String("pairs".into()) && r[1] == Data::Float(38.0)));
    let xml = sheet_xml(&bytes, 1);
    assert!(xml.contains("<pane ySplit=\"1\""), "the header row is frozen");
    assert!(xml.contains("<autoFilter ref=\"A1:"), "the header row filters");
    assert!(xml.contains("<col "), "columns are sized");
    // It reads back as a pair file: the same pairing as the CSV.
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "pairs.csv", "--config", "targets.toml"]);
    let same: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["diff", "pairs.csv", "pairs.xlsx", "--format", "json"])).unwrap();
    assert_eq!(same["summary"], serde_json::json!({"kept": 38, "changed": 0, "new": 0, "dropped": 0}));
    let check = wd.run(&["check", "cohort.csv", "--pairs", "pairs.xlsx", "--config", "targets.toml", "-q"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
}

/// A name that reads like a formula is text in the workbook, exactly as
/// written: no leading quote is needed, and Excel never runs it.
#[test]
fn text_is_never_a_formula() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,name,organisation\nE1,mentee,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",A\nM1,mentor,@SUM(A1),B\n",
    );
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "pairs.xlsx"]);
    let bytes = std::fs::read(wd.path("pairs.xlsx")).unwrap();
    let pairs = workbook(bytes.clone()).worksheet_range("Pairs").unwrap();
    let row = pairs.rows().nth(1).unwrap();
    assert_eq!(row[2], Data::String("=HYPERLINK(\"http://x\",\"y\")".into()));
    assert_eq!(row[4], Data::String("@SUM(A1)".into()));
    assert!(!sheet_xml(&bytes, 1).contains("<f>"), "no cell holds a formula");
}

#[test]
fn scores_and_diff_as_workbooks() {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd.stdout(&["scores", "cohort.csv", "-q", "-o", "scores.xlsx"]);
    let mut book = workbook(std::fs::read(wd.path("scores.xlsx")).unwrap());
    assert_eq!(book.sheet_names(), ["Candidate pairs"]);
    let range = book.worksheet_range("Candidate pairs").unwrap();
    assert!(matches!(range.rows().nth(1).unwrap()[2], Data::Float(_)), "the score is a number");
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "a.csv"]);
    wd.stdout(&["diff", "a.csv", "a.csv", "-o", "diff.xlsx"]);
    let book = workbook(std::fs::read(wd.path("diff.xlsx")).unwrap());
    assert_eq!(book.sheet_names(), ["What changed"]);
}
