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
    &["nl-ms-forms-questions.xlsx"],
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
        "nl-ms-forms-questions.xlsx",
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

/// A scratch folder holding the named fixtures.
fn fixtures(names: &[&str]) -> Workdir {
    let wd = Workdir::new();
    for name in names {
        wd.write(name, std::fs::read(fixture(name)).unwrap());
    }
    wd
}

#[test]
fn a_dutch_forms_export_with_question_texts_is_understood_and_said_so() {
    let wd = fixtures(&["nl-ms-forms-questions.xlsx"]);
    let run = wd.run(&["validate", "nl-ms-forms-questions.xlsx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("nl_forms_columns", run.stdout);
    // The form's own Id and anonymous E-mail give way, each with a warning.
    insta::assert_snapshot!("nl_forms_warnings", run.stderr);
    let run = wd.run(&["match", "nl-ms-forms-questions.xlsx", "-o", "pairs.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.starts_with("nl-ms-forms-questions.xlsx [Form1]: 14 rows: "), "{}", run.stderr);
    assert!(
        run.stderr.contains("\n  not used: A 'Id', B 'Begintijd', C 'Tijd van voltooien', D 'E-mail', "),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("points are 0"), "no criterion lacks data: {}", run.stderr);
    // The sensitive question is never passed through without being asked.
    let kept = wd.stdout(&["match", "nl-ms-forms-questions.xlsx", "-q", "--keep-columns"]);
    assert!(kept.contains("mentee: Opmerkingen") && !kept.contains("Religie"), "{kept}");
    let shown =
        wd.stdout(&["match", "nl-ms-forms-questions.xlsx", "-q", "--keep-columns", "--show-sensitive"]);
    assert!(shown.contains("mentee: Religie (optioneel)"), "{shown}");
}

#[test]
fn a_german_questionnaire_without_ids_uses_the_email_and_pauses_a_mentor() {
    let wd = fixtures(&["de-fragebogen.csv"]);
    let run = wd.run(&["validate", "de-fragebogen.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("de_questionnaire_columns", run.stdout);
    let json = wd.stdout(&["match", "de-fragebogen.csv", "-q", "--format", "json", "--keep-columns"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["summary"]["matched"], 3);
    assert_eq!(value["pairs"][0]["mentee_id"], "a.nowak@rheinwerk.de");
    assert_eq!(value["pairs"][0]["mentee_name"], "Anna Nowak");
    let unmatched = &value["unmatched"][0];
    assert_eq!(unmatched["id"], "j.wolf@stadtwerke-kiel.de");
    assert_eq!(unmatched["reason"], "the mentor's capacity is 0");
    assert!(!json.contains("Geburtsdatum") && !json.contains("1971-03-02"), "{json}");
}

#[test]
fn an_anonymous_forms_email_column_gives_way_to_the_real_addresses() {
    let wd = fixtures(&["en-ms-forms-anonymous.csv"]);
    let run = wd.run(&["match", "en-ms-forms-anonymous.csv", "-o", "pairs.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stderr);
    // One real duplicate, and no false one from "anonymous".
    assert_eq!(run.stderr.matches("same e-mail address").count(), 1, "{}", run.stderr);
    assert!(
        wd.read("pairs.csv").contains(",fatima@hetbaken.nl,Het Baken Lyceum,renee.dijkstra@rijnmondbank.nl,")
    );
}

#[test]
fn a_stray_quote_stops_the_run_at_the_line_it_opens() {
    let wd = fixtures(&["stray-quote.csv"]);
    let run = wd.run(&["match", "stray-quote.csv"]);
    assert_eq!((run.code, run.stdout.as_str()), (1, ""));
    insta::assert_snapshot!(run.stderr);
    let run = wd.run(&["validate", "stray-quote.csv"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("error: stray-quote.csv:3: a quote opened here is never closed"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_late_invalid_byte_stops_the_run_unless_the_encoding_is_given() {
    let wd = fixtures(&["late-invalid-byte.csv"]);
    let run = wd.run(&["validate", "late-invalid-byte.csv"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
    // Read as told: the whole file as Windows-1252.
    let csv = wd.stdout(&["match", "late-invalid-byte.csv", "-q", "--encoding", "windows-1252"]);
    assert!(csv.contains("Ã«"), "the UTF-8 names are then garbled, as asked: {csv}");
}

#[test]
fn a_criterion_without_its_column_is_a_warning_and_strict_fails() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,organisation,In welke sector werk je?,Q7,Culturele achtergrond\n\
         E1,mentee,A,education,leadership,Dutch\nE2,mentee,B,finance,sales,Turkish-Dutch\n\
         M1,mentor,C,finance,leadership; sales,Dutch\nM2,mentor,D,energy,sales,Dutch\n",
    );
    let run = wd.run(&["match", "intake.csv", "-o", "pairs.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stderr);
    let run = wd.run(&["match", "intake.csv", "-q", "--strict", "-o", "pairs.csv"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (3, "strict: 0 mentees unmatched, 0 targets missed, goals without data\n")
    );
    let run = wd.run(&["validate", "intake.csv", "-q", "--strict"]);
    assert_eq!((run.code, run.stderr.as_str()), (3, "strict: goals without data\n"));
    // Mapped, the goals score again, and nothing is missing.
    wd.write("tandem.toml", "[columns]\nQ7 = \"goals\"\n");
    let run = wd.run(&["match", "intake.csv", "-q", "--strict", "--config", "tandem.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Shares 1 of 1 goal"), "{}", run.stdout);
}

#[test]
fn a_column_empty_for_most_is_a_warning_too() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,organisation,sector,goals,background\nE1,mentee,A,x,sales,p\nE2,mentee,B,y,,q\nE3,mentee,C,z,,r\n\
         M1,mentor,D,x,sales,p\nM2,mentor,E,y,sales,q\n",
    );
    let run = wd.run(&["validate", "intake.csv"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.contains("warning: intake.csv: goals: only 1 of 3 mentees gave a goals ('goals'), so its 45.00 points are 0 for most pairs"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_programme_without_employers_says_so_in_its_config() {
    let wd = Workdir::new();
    wd.write(
        "students.csv",
        "Student number,Role,Name,Learning goals\nS1,mentee,Ann,research\nS2,mentee,Bo,writing\nT1,mentor,Cy,research; writing\n",
    );
    let run = wd.run(&["match", "students.csv", "-q"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
    wd.write("tandem.toml", "[rules]\nsame_organisation = false\n[columns]\n\"Student number\" = \"id\"\n");
    let csv = wd.stdout(&["match", "students.csv", "-q", "--config", "tandem.toml"]);
    assert!(csv.contains(",S1,Ann,T1,Cy,") && !csv.contains("organisations"), "{csv}");
}

#[test]
fn hints_lead_to_the_config_line_that_fixes_it() {
    let wd = Workdir::new();
    wd.write("intake.csv", "Code,role,Werkplek\nE1,mentee,A\nM1,mentor,B\n");
    let run = wd.run(&["validate", "intake.csv"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
    assert!(
        run.stdout.starts_with("Columns of intake.csv (2 rows):"),
        "what was understood is shown too: {}",
        run.stdout
    );
}

#[test]
fn duplicate_headers_the_same_file_twice_and_stray_mappings_are_named() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,organisation,Naam,Naam,Note,Note\nE1,mentee,A,Ann,Ann B,x,y\nM1,mentor,B,Bo,Bo C,z,w\n",
    );
    let run = wd.run(&["validate", "intake.csv"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("duplicate_headers", run.stderr);
    wd.write("clean.csv", std::fs::read(fixture("clean.csv")).unwrap());
    let run = wd.run(&["validate", "clean.csv", "./clean.csv"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("error: ./clean.csv: this file is given twice (also as clean.csv)"),
        "{}",
        run.stderr
    );
    wd.write("tandem.toml", "[columns]\n\"Werkgever\" = \"organisation\"\n");
    let run = wd.run(&["validate", "clean.csv", "--config", "tandem.toml"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr
            .contains("[columns] maps 'Werkgever' to 'organisation', but no input file has that header"),
        "{}",
        run.stderr
    );
}

#[test]
fn control_characters_never_reach_the_terminal_or_the_outputs() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,organisation,name\nE1,mentee,Acme\u{1b}[31mRED,Ann\nM1,mentor,Beta,Bo\u{1b}]0;x\u{7}\n",
    );
    let run = wd.run(&["match", "intake.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains('\u{1b}') && !run.stderr.contains('\u{1b}'), "{run:?}");
    assert!(
        run.stderr
            .contains("a cell holds the control character U+001B, which tandem removes (2 cells in all)"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains(",Acme[31mRED,"), "{}", run.stdout);
}

#[test]
fn a_forms_response_numbers_are_no_ids_when_addresses_are_there() {
    let wd = Workdir::new();
    wd.write(
        "responses.csv",
        "ID,Email,Role,Organisation,Goals\n1,ann@acme.nl,mentee,Acme,sales\n2,bo@beta.nl,mentor,Beta,sales\n",
    );
    let run = wd.run(&["match", "responses.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(",ann@acme.nl,,bo@beta.nl,"), "{}", run.stdout);
    assert!(run.stderr.contains("warning: responses.csv:1: column 'ID' (A): 'ID' only numbers the form's responses (1, 2, 3, …), which change with every export; tandem uses the e-mail address in 'Email' as the id"), "{}", run.stderr);
    assert!(
        run.stderr.contains("  id: the e-mail address in 'Email', as 'ID' only numbers the responses\n"),
        "{}",
        run.stderr
    );
    // Mapped in the config, the numbers are the ids.
    wd.write("tandem.toml", "[columns]\nID = \"id\"\n");
    let run = wd.run(&["match", "responses.csv", "--config", "tandem.toml"]);
    assert!(run.stdout.contains(",1,,2,"), "{}", run.stdout);
    assert!(!run.stderr.contains("only numbers"), "{}", run.stderr);
}

#[test]
fn a_capacity_question_not_recognised_is_never_silently_replaced_by_the_default() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,organisation,goals,Beschikbaarheid\nE1,mentee,A,sales,\nE2,mentee,B,sales,\nM1,mentor,C,sales,2\nM2,mentor,D,sales,0 (dit jaar niet)\n",
    );
    let run = wd.run(&["validate", "intake.csv"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("warning: intake.csv:1: column 'Beschikbaarheid' (E): no column is recognised as the capacity, so every mentor takes 1 mentee; 'Beschikbaarheid' holds counts\n  hint: if it holds how many mentees each mentor takes, add under [columns] in the config: \"Beschikbaarheid\" = \"capacity\""), "{}", run.stderr);
    wd.write("tandem.toml", "[columns]\nBeschikbaarheid = \"capacity\"\n");
    let csv = wd.stdout(&["match", "intake.csv", "-q", "--config", "tandem.toml"]);
    assert!(csv.contains(",E1,,M1,") && csv.contains(",E2,,M1,"), "M1 takes both, M2 none: {csv}");
}
