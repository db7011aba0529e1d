//! Sensitive attributes stay out of every output unless asked for, and the
//! same input gives the same bytes whatever the threads.

use crate::workdir::{Workdir, example};

const COHORT: &str = "\
id,role,name,organisation,gender,background,Religion,Phone
E1,mentee,Ann,Acme,vrouw,Dutch,Catholic,0612345678
M1,mentor,Bo,Beta,man,Moroccan-Dutch,Muslim,0687654321
";

#[test]
fn gender_and_background_values_never_show_unless_asked() {
    let wd = Workdir::new();
    wd.write("cohort.csv", COHORT);
    for args in [
        vec!["match", "cohort.csv", "-q"],
        vec!["match", "cohort.csv", "-q", "--format", "json"],
        vec!["match", "cohort.csv", "-q", "--format", "markdown"],
        vec!["scores", "cohort.csv", "-q"],
        vec!["explain", "E1", "M1", "cohort.csv"],
    ] {
        let out = wd.stdout(&args);
        for value in ["vrouw", "woman", "Dutch", "Moroccan"] {
            assert!(!out.contains(value), "{args:?} shows {value}:\n{out}");
        }
        assert!(out.contains("Diversity preference met: different background"), "{args:?}:\n{out}");
    }
    let shown = wd.stdout(&["match", "cohort.csv", "-q", "--show-sensitive"]);
    assert!(shown.contains("different background (Dutch and Moroccan-Dutch)"), "{shown}");
}

/// A preference for some mentees only ("same gender" for women) is named
/// in every pair's explanation, met or not, so that its presence never
/// tells a mentee's gender.
#[test]
fn a_preference_for_some_mentees_reads_alike_for_everyone_it_does_not_reward() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,organisation,gender\nE1,mentee,A,vrouw\nE2,mentee,B,man\nE3,mentee,C,\nM1,mentor,D,man\nM2,mentor,E,man\nM3,mentor,F,woman\n",
    );
    wd.write(
        "tandem.toml",
        "[diversity]\npreferences = [{ attribute = \"gender\", prefer = \"same\", mentees = [\"woman\"] }]\n",
    );
    let scores = wd.stdout(&["scores", "cohort.csv", "-q", "--config", "tandem.toml"]);
    let mut sentences: Vec<&str> = scores
        .lines()
        .skip(1)
        .map(|line| {
            let start = line.find("Diversity preference").expect("every pair names the preference");
            &line[start..start + line[start..].find('.').unwrap() + 1]
        })
        .collect();
    sentences.sort_unstable();
    sentences.dedup();
    assert_eq!(
        sentences,
        ["Diversity preference met: same gender.", "Diversity preference not met: same gender."],
        "{scores}"
    );
    for value in ["vrouw", "woman", ",man"] {
        assert!(!scores.contains(value), "{value}: {scores}");
    }
}

#[test]
fn sensitive_columns_of_the_config_pass_through_only_when_asked() {
    let wd = Workdir::new();
    wd.write("cohort.csv", COHORT);
    wd.write("tandem.toml", "[privacy]\nsensitive = [\"religion\"]\n");
    let kept = wd.stdout(&["match", "cohort.csv", "-q", "--keep-columns", "--config", "tandem.toml"]);
    assert!(
        kept.contains("mentee: Phone") && !kept.contains("Religion") && !kept.contains("Catholic"),
        "{kept}"
    );
    let shown = wd.stdout(&[
        "match",
        "cohort.csv",
        "-q",
        "--keep-columns",
        "--config",
        "tandem.toml",
        "--show-sensitive",
    ]);
    assert!(shown.contains("mentee: Religion") && shown.contains("Catholic"), "{shown}");
}

#[test]
fn the_same_bytes_whatever_the_number_of_threads() {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    let run = |threads: &str, format: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(["match", "cohort.csv", "-q", "--alternatives", "2", "--format", format])
            .current_dir(wd.path(""))
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(output.status.success());
        output.stdout
    };
    for format in ["csv", "json", "markdown"] {
        let one = run("1", format);
        assert_eq!(one, run("2", format), "{format}");
        assert_eq!(one, run("4", format), "{format}");
    }
    assert!(!example("cohort.csv").is_empty());
}

/// The sponsor report names no participant, gives no reason, and shows no
/// count from 1 to 4, in any of its formats; the programme names it.
#[test]
fn the_sponsor_report_names_no_one_and_hides_small_groups() {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd.write("tandem.toml", "[output]\nprogramme = \"Cross-mentoring Utrecht 2026\"\n");
    let csv = wd.stdout(&["match", "cohort.csv", "-q"]);
    // Every id, name and e-mail address of the example, from its pairing.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let wanted = ["mentee_id", "mentee_name", "mentor_id", "mentor_name", "mentee_email", "mentor_email"];
    let columns: Vec<usize> = wanted.iter().map(|w| headers.iter().position(|h| h == *w).unwrap()).collect();
    let people: Vec<String> = reader
        .records()
        .map(Result::unwrap)
        .flat_map(|r| columns.iter().map(|&c| r[c].to_owned()).collect::<Vec<_>>())
        .filter(|cell| !cell.is_empty())
        .collect();
    assert!(people.len() > 40, "ids and names of the example: {people:?}");
    for format in ["html", "markdown", "json"] {
        let report = wd.stdout(&[
            "match",
            "cohort.csv",
            "-q",
            "--audience",
            "sponsors",
            "--format",
            format,
            "--config",
            "tandem.toml",
        ]);
        assert!(report.contains("Cross-mentoring Utrecht 2026"), "{format}: {report}");
        for person in &people {
            assert!(!report.contains(person.as_str()), "{format} names {person}");
        }
        for word in ["Not matched", "Shares", "eligible", "booked"] {
            assert!(!report.contains(word), "{format} says {word}");
        }
    }
    let markdown =
        wd.stdout(&["match", "cohort.csv", "-q", "--audience", "sponsors", "--format", "markdown"]);
    for line in markdown
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Score") && !l.starts_with("| Organisation"))
    {
        for cell in line.split('|').map(str::trim) {
            assert!(!matches!(cell, "1" | "2" | "3" | "4"), "a small count in {line}");
        }
    }
    insta::assert_snapshot!(markdown);
    let json: serde_json::Value = serde_json::from_str(&wd.stdout(&[
        "match",
        "cohort.csv",
        "-q",
        "--audience",
        "sponsors",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["pairs"], 38);
    assert!(json["participation"][0]["mentees"].is_null(), "{json}");
    let run = wd.run(&["match", "cohort.csv", "-q", "--audience", "sponsors"]);
    assert_eq!(run.code, 2, "CSV is not a sponsor report: {}", run.stderr);
}
