//! `tandem letters`: one message per participant, in their language, for a
//! mail merge; naming no one but the partner, and no sensitive value.

use crate::workdir::{Workdir, example};

/// The letters of the example's best pairing, as JSON rows.
fn letters(wd: &Workdir, extra: &[&str]) -> Vec<serde_json::Value> {
    wd.example("cohort.csv");
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "pairs.csv"]);
    let json = wd.stdout(
        &[&["letters", "cohort.csv", "--pairs", "pairs.csv", "--format", "json", "-q"], extra].concat(),
    );
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["version"], 1);
    value["letters"].as_array().expect("letters").clone()
}

/// (id, name, gender, background) of every participant of the example.
fn people() -> Vec<(String, String, String, String)> {
    let text = example("cohort.csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[at("id")].to_owned(),
                r[at("name")].to_owned(),
                r[at("gender")].to_owned(),
                r[at("background")].to_owned(),
            )
        })
        .collect()
}

#[test]
fn every_participant_gets_one_letter_in_their_language() {
    let wd = Workdir::new();
    let letters = letters(&wd, &["--lang", "de"]);
    assert_eq!(letters.len(), 70);
    let ids: std::collections::BTreeSet<&str> = letters.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 70, "one letter each");
    for letter in &letters {
        for key in ["id", "name", "email", "role", "language", "subject", "message"] {
            assert!(letter[key].as_str().is_some_and(|v| !v.is_empty()), "{key} of {letter}");
        }
    }
    // The example's languages list Dutch first, but for MR16 (German;
    // English) and ME34 (Dutch only).
    let language =
        |id: &str| letters.iter().find(|l| l["id"] == id).unwrap()["language"].as_str().unwrap().to_owned();
    assert_eq!(language("ME01"), "nl");
    let german: Vec<&str> =
        letters.iter().filter(|l| l["language"] == "de").map(|l| l["id"].as_str().unwrap()).collect();
    assert!(!german.is_empty(), "someone listing German first reads German");
    let message =
        |id: &str| letters.iter().find(|l| l["id"] == id).unwrap()["message"].as_str().unwrap().to_owned();
    assert!(message(german[0]).starts_with("Guten Tag"), "{}", message(german[0]));
    assert!(message("ME01").starts_with("Beste Joost van der Meer,"), "{}", message("ME01"));
}

#[test]
fn a_letter_names_no_one_but_the_partner_and_no_sensitive_value() {
    let wd = Workdir::new();
    let letters = letters(&wd, &[]);
    let people = people();
    let pairs = wd.read("pairs.csv");
    for letter in &letters {
        let (id, message) = (letter["id"].as_str().unwrap(), letter["message"].as_str().unwrap());
        // The recipient and their partners, from the pairing.
        let partners: Vec<&str> = pairs
            .lines()
            .filter_map(|line| {
                let cells: Vec<&str> = line.split(',').collect();
                (cells.len() > 4 && !cells[3].is_empty()).then(|| (cells[1], cells[3]))
            })
            .filter_map(|(e, m)| {
                if e == id {
                    Some(m)
                } else if m == id {
                    Some(e)
                } else {
                    None
                }
            })
            .collect();
        for (other, name, gender, background) in &people {
            if other != id && !partners.contains(&other.as_str()) {
                assert!(!message.contains(name.as_str()), "{id}'s letter names {name}:\n{message}");
            }
            let words: Vec<&str> = message.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
            for value in [gender, background] {
                assert!(!words.contains(&value.as_str()), "{id}'s letter tells {value}:\n{message}");
            }
        }
        for word in ["Diversit", "ivers", "Rated", "Beoordeeld", "Bewertet"] {
            assert!(!message.contains(word), "{id}'s letter speaks of {word}:\n{message}");
        }
    }
    // Those left out are told why, in words that name no one.
    let unmatched: Vec<&serde_json::Value> = letters
        .iter()
        .filter(|l| l["message"].as_str().unwrap().contains("niet aan een mentor koppelen"))
        .collect();
    assert_eq!(unmatched.len(), 2, "the two mentees the example leaves out");
    insta::assert_snapshot!("letter_unmatched_nl", unmatched[0]["message"].as_str().unwrap());
    let matched = letters.iter().find(|l| l["id"] == "MR18").unwrap();
    insta::assert_snapshot!("letter_mentor_of_two_nl", matched["message"].as_str().unwrap());
}

#[test]
fn why_someone_is_left_out_is_said_without_names() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,name,organisation,languages,capacity\n\
         E1,mentee,Ann,Acme,English,\n\
         E2,mentee,Bo,Beta,English,\n\
         E3,mentee,Cy,Gamma,English,\n\
         M1,mentor,Ed,Delta,English,1\n\
         M2,mentor,Di,Acme,English,1\n\
         M3,mentor,Flo,Epsilon,English,0\n",
    );
    let message = |pairs: &str, id: &str| {
        wd.write("pairs.csv", pairs);
        let json = wd.stdout(&["letters", "cohort.csv", "--pairs", "pairs.csv", "--format", "json", "-q"]);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let letter = value["letters"].as_array().unwrap().iter().find(|l| l["id"] == id).cloned().unwrap();
        letter["message"].as_str().unwrap().to_owned()
    };
    // Ann's only possible mentor (Di is her colleague) is taken by Bo.
    let pairs = "mentee_id,mentor_id\nE2,M1\nE3,M2\n";
    assert!(message(pairs, "E1").contains("Every mentor's places were taken"), "{}", message(pairs, "E1"));
    assert!(message(pairs, "M3").contains("You offered no places"), "{}", message(pairs, "M3"));
    assert!(
        message(pairs, "E2").contains("Your mentor in this round is Ed (Delta)."),
        "{}",
        message(pairs, "E2")
    );
    // Di has a free place, but not for her colleague Ann.
    let pairs = "mentee_id,mentor_id\nE2,M1\n";
    assert!(
        message(pairs, "E1").contains("The mentors who would suit you were each paired"),
        "{}",
        message(pairs, "E1")
    );
    // A pairing by hand that leaves Cy and Di apart, though they could pair.
    assert!(message(pairs, "E3").contains("chose other pairs"), "{}", message(pairs, "E3"));
    assert!(message(pairs, "M2").contains("chose other pairs"), "{}", message(pairs, "M2"));
    let pairs = "mentee_id,mentor_id\nE2,M2\nE3,M1\n";
    assert!(message(pairs, "E1").contains("Every mentor's places were taken"), "{}", message(pairs, "E1"));
    // A colleague only, on both sides.
    wd.write("only.csv", "id,role,name,organisation\nE1,mentee,Ann,Acme\nM1,mentor,Di,Acme\n");
    wd.write("none.csv", "mentee_id,mentor_id\n");
    let json = wd.stdout(&["letters", "only.csv", "--pairs", "none.csv", "--format", "json", "-q"]);
    assert!(json.contains("none of this round's mentors could be your mentor"), "{json}");
    assert!(json.contains("none of this round's mentees could be paired with you"), "{json}");
}

#[test]
fn letters_go_to_csv_and_workbooks_not_pages() {
    let wd = Workdir::new();
    letters(&wd, &[]);
    let run = wd.run(&["letters", "cohort.csv", "--pairs", "pairs.csv", "-o", "letters.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("70 letters, each in its reader's language. Wrote letters.csv."),
        "{}",
        run.stderr
    );
    let csv = wd.read("letters.csv");
    assert!(csv.starts_with("id,name,email,role,language,subject,message\n"), "{csv}");
    let dutch = wd.stdout(&["letters", "cohort.csv", "--pairs", "pairs.csv", "--lang", "nl", "-q"]);
    assert!(dutch.starts_with("\u{feff}id;naam;e-mail;rol;taal;onderwerp;bericht\n"), "{dutch}");
    wd.stdout(&["letters", "cohort.csv", "--pairs", "pairs.csv", "-o", "letters.xlsx", "-q"]);
    assert!(std::fs::metadata(wd.path("letters.xlsx")).unwrap().len() > 1000);
    let page = wd.run(&["letters", "cohort.csv", "--pairs", "pairs.csv", "-o", "letters.html"]);
    assert_eq!(page.code, 2, "{}", page.stderr);
    assert!(page.stderr.contains("letters are written as csv, xlsx or json"), "{}", page.stderr);
    let unknown = wd.run(&["letters", "cohort.csv", "--pairs", "bad.csv"]);
    assert_eq!(unknown.code, 1);
    wd.write("bad.csv", "mentee_id,mentor_id\nE99,MR01\n");
    let bad = wd.run(&["letters", "cohort.csv", "--pairs", "bad.csv"]);
    assert_eq!(bad.code, 1, "{}", bad.stderr);
    assert!(bad.stderr.contains("bad.csv:2"), "{}", bad.stderr);
}
