use crate::workdir::Workdir;

const COHORT: &str = "\
id,role,name,organisation,sector,goals,languages,capacity
E1,mentee,Ann,Acme,education,leadership; negotiation,Dutch; English,
E2,mentee,Bo,Beta,finance,sales,German,
M1,mentor,Cy,Acme,finance,leadership,English,1
M2,mentor,Di,Gamma,retail,negotiation; sales,English,2
";

#[test]
fn every_candidate_pair_with_score_eligibility_and_reason() {
    let wd = Workdir::new();
    wd.write("cohort.csv", COHORT);
    insta::assert_snapshot!(wd.stdout(&["scores", "cohort.csv"]));
}

#[test]
fn scores_as_json() {
    let wd = Workdir::new();
    wd.write("cohort.csv", COHORT);
    wd.stdout(&["scores", "cohort.csv", "-o", "scores.json"]);
    let value: serde_json::Value = serde_json::from_str(&wd.read("scores.json")).unwrap();
    let candidates = value["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 4);
    assert_eq!(candidates[0]["mentee_id"], "E1");
    assert_eq!(candidates[0]["mentor_id"], "M2");
    assert_eq!(candidates[0]["criteria"]["goals"], 22.5);
    assert_eq!(candidates[1]["eligible"], false);
    assert_eq!(candidates[1]["reason"], "same organisation: both work at Acme");
}

#[test]
fn min_score_from_the_config_makes_pairs_ineligible() {
    let wd = Workdir::new();
    wd.write("cohort.csv", COHORT);
    wd.write("tandem.toml", "[rules]\nmin_score = 50\n");
    let csv = wd.stdout(&["scores", "cohort.csv", "--config", "tandem.toml"]);
    assert!(
        csv.contains("E1,M2,42.50,no,below the minimum score: 42.50 is less than 50.00 (rules.min_score)"),
        "{csv}"
    );
}
