//! Real intake exports: the same cohort in every shape staff have gives the
//! same participants and byte-identical pairs; malformed files get every
//! problem listed with file, line and column.

use std::path::{Path, PathBuf};

use tandem::cohort::Cohort;
use tandem::inputs::Inputs;
use tandem::intake::ReadOptions;

use crate::workdir::Workdir;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/intake").join(name)
}

/// The shapes, as the arguments that read them.
const SHAPES: &[&[&str]] = &[
    &["nl-semicolon-cp1252.csv"],
    &["de-bom-semicolon.csv"],
    &["excel-unicode.tsv"],
    &["google-forms.csv"],
    &["ms-forms.xlsx", "--sheet", "Form1"],
    &["--mentors", "two-forms/mentors.csv", "--mentees", "two-forms/mentees.csv"],
];

fn inputs(args: &[&str]) -> Inputs {
    let mut inputs = Inputs::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--sheet" => {
                inputs.options =
                    ReadOptions { sheet: args.next().map(|s| s.to_string()), ..Default::default() }
            }
            "--mentors" => inputs.mentors.push(fixture(args.next().unwrap())),
            "--mentees" => inputs.mentees.push(fixture(args.next().unwrap())),
            file => inputs.files.push(fixture(file)),
        }
    }
    inputs
}

/// The participants, without where they were read from.
fn participants(cohort: &Cohort) -> Vec<tandem::cohort::Participant> {
    cohort
        .mentees
        .iter()
        .chain(&cohort.mentors)
        .map(|p| {
            let mut p = p.clone();
            p.origin = tandem::error::Location::file("");
            p.extra.clear();
            p
        })
        .collect()
}

#[test]
fn every_shape_gives_the_same_participants() {
    let clean = inputs(&["clean.csv"]).load().unwrap();
    assert_eq!((clean.cohort.mentees.len(), clean.cohort.mentors.len()), (8, 6));
    let expected = participants(&clean.cohort);
    for shape in SHAPES {
        let loaded = inputs(shape).load().unwrap_or_else(|e| panic!("{shape:?}:\n{e}"));
        let found = participants(&loaded.cohort);
        for (a, b) in found.iter().zip(&expected) {
            assert_eq!(a, b, "{shape:?}");
        }
        assert_eq!(found.len(), expected.len(), "{shape:?}");
    }
}

#[test]
fn every_shape_gives_byte_identical_pairs() {
    let wd = Workdir::new();
    for name in [
        "clean.csv",
        "nl-semicolon-cp1252.csv",
        "de-bom-semicolon.csv",
        "excel-unicode.tsv",
        "google-forms.csv",
        "ms-forms.xlsx",
        "two-forms/mentors.csv",
        "two-forms/mentees.csv",
    ] {
        wd.write(name, std::fs::read(fixture(name)).unwrap());
    }
    let expected = wd.stdout(&["match", "clean.csv", "-q"]);
    insta::assert_snapshot!(expected);
    for shape in SHAPES {
        let args = [&["match", "-q"], *shape].concat();
        assert_eq!(wd.stdout(&args), expected, "{shape:?}");
        let json = [&args[..], &["--format", "json"]].concat();
        assert_eq!(
            wd.stdout(&json),
            wd.stdout(&["match", "clean.csv", "-q", "--format", "json"]),
            "{shape:?}"
        );
    }
}

#[test]
fn microsoft_forms_own_id_column_gives_way_with_a_warning() {
    let wd = Workdir::new();
    wd.write("ms-forms.xlsx", std::fs::read(fixture("ms-forms.xlsx")).unwrap());
    let run = wd.run(&["validate", "ms-forms.xlsx", "--sheet", "form1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn a_missing_sheet_lists_the_sheets_there_are() {
    let wd = Workdir::new();
    wd.write("ms-forms.xlsx", std::fs::read(fixture("ms-forms.xlsx")).unwrap());
    let run = wd.run(&["match", "ms-forms.xlsx", "--sheet", "Responses"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
    // The first sheet is a note, not the responses.
    let run = wd.run(&["match", "ms-forms.xlsx"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: ms-forms.xlsx [Read me]:1: no column for id"), "{}", run.stderr);
}

#[test]
fn content_decides_the_format_not_the_name() {
    let wd = Workdir::new();
    wd.write("responses.csv", std::fs::read(fixture("ms-forms.xlsx")).unwrap());
    wd.write("clean.xlsx", std::fs::read(fixture("clean.csv")).unwrap());
    let from_workbook = wd.stdout(&["match", "responses.csv", "--sheet", "Form1", "-q"]);
    assert_eq!(from_workbook, wd.stdout(&["match", "clean.xlsx", "-q"]));
}

#[test]
fn validate_summarises_the_cohort() {
    let wd = Workdir::new();
    wd.write("clean.csv", std::fs::read(fixture("clean.csv")).unwrap());
    let run = wd.run(&["validate", "clean.csv"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn malformed_dutch_export_gets_every_problem_in_one_run() {
    let wd = Workdir::new();
    let text = "Deelnemernummer;Rol;Naam;Organsiatie;Capaciteit\r\n\
                M01;Mentor;Renée;Rijnmond Bank;een paar\r\n\
                E01;Coach;Sanne;Rijnmond Bank;\r\n\
                M01;Mentor;José;Brightline;1\r\n\
                E02;Mentee;Émile;Atelier;;extra\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    wd.write("aanmeldingen.csv", bytes);
    let run = wd.run(&["validate", "aanmeldingen.csv"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
    // With the column fixed, the row problems come all at once.
    let fixed = text.replace("Organsiatie", "Organisatie");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&fixed);
    wd.write("aanmeldingen.csv", bytes);
    let run = wd.run(&["validate", "aanmeldingen.csv"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn warnings_go_to_stderr_and_do_not_stop_the_run() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,name,email,organisation,goals\n\
         M1,mentor,Ann de Vries,ann@deloitte.nl,Deloitte,leadership\n\
         M2,mentor,Bo Smit,bo@kpmg.nl,Deloitte NL,sales\n\
         E1,mentee,Cy Jansen,cy@acme.nl,Acme,\n\
         E2,mentee,Ann de Vries,ANN@deloitte.nl,Acme B.V.,sales\n",
    );
    let run = wd.run(&["match", "intake.csv", "-o", "pairs.csv"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!(run.stderr);
    assert_eq!(wd.run(&["match", "intake.csv", "-q", "-o", "pairs.csv"]).stderr, "");
}

#[test]
fn forced_delimiter_and_encoding() {
    let wd = Workdir::new();
    let (bytes, _, _) =
        encoding_rs::WINDOWS_1252.encode("id|role|organisation|name\nE1|mentee|A|Zoë\nM1|mentor|B|Jürgen\n");
    wd.write("pipes.txt", bytes);
    let csv = wd.stdout(&["match", "pipes.txt", "--delimiter", "|", "--encoding", "windows-1252", "-q"]);
    assert!(csv.contains("1,E1,Zoë,M1,Jürgen,"), "{csv}");
    let run = wd.run(&["match", "pipes.txt", "--encoding", "utf-8"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: pipes.txt:2: the file is not UTF-8 text"), "{}", run.stderr);
    assert_eq!(wd.run(&["match", "pipes.txt", "--encoding", "klingon"]).code, 2);
    assert_eq!(wd.run(&["match", "pipes.txt", "--delimiter", "ab"]).code, 2);
}

#[test]
fn other_columns_pass_through_when_asked() {
    let wd = Workdir::new();
    wd.write("google-forms.csv", std::fs::read(fixture("google-forms.csv")).unwrap());
    let plain = wd.stdout(&["match", "google-forms.csv", "-q"]);
    assert!(!plain.contains("Timestamp"));
    let kept = wd.stdout(&["match", "google-forms.csv", "-q", "--keep-columns"]);
    let header = kept.lines().next().unwrap();
    assert!(header.ends_with(",explanation,mentee_email,mentee_organisation,mentor_email,mentor_organisation,mentee: Timestamp,mentor: Timestamp"), "{header}");
    assert!(kept.contains(",2026/09/07 10:06:00 AM GMT+2,"), "{kept}");
    let json = wd.stdout(&["match", "google-forms.csv", "-q", "--keep-columns", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value["pairs"][0]["mentee_columns"]["Timestamp"].is_string(), "{json}");
    let json = wd.stdout(&["match", "google-forms.csv", "-q", "--format", "json"]);
    assert!(!json.contains("mentee_columns"));
}
