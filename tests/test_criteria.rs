//! A programme's own questions, declared in the config: criteria and hard
//! rules over any column, their problems, and their privacy.

use crate::workdir::Workdir;

/// A civil-service scheme's form: grades on an ordered list, identities as
/// lists, a wish for the mentor's gender, a work-style question.
const COHORT: &str = "\
id,role,name,organisation,Grade,Identity,Preferred mentor gender,gender,Work style
E1,mentee,Ann,Home Office,HEO,\"Gay, Transgender\",Vrouw,woman,structured
E2,mentee,Bo,Treasury,EO,Straight,Geen voorkeur,man,flexible
E3,mentee,Cy,DfE,SEO,,,man,structured
M1,mentor,Di,Cabinet Office,G7,Gay,,woman,structured
M2,mentor,Ed,HMRC,HEO,Straight,,man,flexible
M3,mentor,Fay,DWP,SCS1,,,woman,flexible
";

const CONFIG: &str = "\
[[criteria]]
name = \"seniority\"
mentee = \"Grade\"
compare = \"above\"
order = [\"AA\", \"AO\", \"EO\", \"HEO\", \"SEO\", \"G7\", \"G6\", \"SCS1\", \"SCS2\"]
steps = [1, 2]
require = true

[[criteria]]
name = \"identity\"
mentee = \"Identity\"
compare = \"same\"
weight = 10
sensitive = true

[[criteria]]
name = \"gender wish\"
mentee = \"Preferred mentor gender\"
mentor = \"gender\"
compare = \"wish\"
weight = 10

[[criteria]]
name = \"work style\"
mentee = \"Work style\"
compare = \"same\"
weight = 5
";

fn workdir(config: &str) -> Workdir {
    let wd = Workdir::new();
    wd.write("cohort.csv", COHORT);
    wd.write("tandem.toml", config);
    wd
}

#[test]
fn a_programmes_own_questions_score_and_rule() {
    let wd = workdir(CONFIG);
    let csv = wd.stdout(&["match", "cohort.csv", "--config", "tandem.toml", "-q"]);
    insta::assert_snapshot!(csv);
    // The grade rule: M3 (SCS1) is too senior for anyone, M2 only for E2.
    assert!(csv.contains("1,E1,Ann,M1,Di,25.00,"), "{csv}");
    assert!(csv.contains(",E2,Bo,M2,Ed,25.00,"), "{csv}");
    assert!(
        csv.contains("every mentor with free capacity does not meet seniority with this mentee"),
        "{csv}"
    );
    let explain = wd.stdout(&["explain", "E3", "M2", "cohort.csv", "--config", "tandem.toml", "-q"]);
    assert!(
        explain
            .contains("FAILED  seniority: Seniority: mentor at HEO, mentee at SEO, not 1 to 2 steps above"),
        "{explain}"
    );
}

#[test]
fn a_sensitive_criterion_tells_no_value_nor_whom_it_applies_to() {
    let config = CONFIG.replace("sensitive = true", "sensitive = true\nmentees = [\"Gay\"]");
    let wd = workdir(&config);
    for format in ["csv", "json", "markdown", "html"] {
        let out = wd.stdout(&["match", "cohort.csv", "--config", "tandem.toml", "-q", "--format", format]);
        assert!(!out.contains("Transgender") && !out.contains("Straight"), "{format}: {out}");
        assert!(!out.contains("Same identity"), "{format}: {out}");
    }
    let scores = wd.stdout(&["scores", "cohort.csv", "--config", "tandem.toml", "-q"]);
    // Met for E1 and M1 alone; every other pair, filtered out or not met,
    // reads the same.
    assert_eq!(scores.matches("Identity: met.").count(), 1, "{scores}");
    assert_eq!(scores.matches("Identity: not met.").count(), 8, "{scores}");
}

#[test]
fn declarations_that_cannot_work_are_errors_with_their_line() {
    let wd = workdir(&CONFIG.replace("compare = \"same\"\nweight = 5", "compare = \"similar\"\nweight = 5"));
    let run = wd.run(&["validate", "cohort.csv", "--config", "tandem.toml", "-q"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: tandem.toml:26: unknown variant 'similar'"), "{}", run.stderr);

    let wd = workdir(&CONFIG.replace("mentee = \"Work style\"", "mentee = \"Werkstijl\""));
    let run = wd.run(&["validate", "cohort.csv", "--config", "tandem.toml", "-q"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("missing_column", run.stderr);

    let wd = workdir(&CONFIG.replace("\"HEO\", \"SEO\"", "\"HEO\""));
    let run = wd.run(&["validate", "cohort.csv", "--config", "tandem.toml", "-q"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("value_not_in_order", run.stderr);

    let wd = workdir(&CONFIG.replace("steps = [1, 2]", "steps = [12, 14]"));
    let run = wd.run(&["validate", "cohort.csv", "--config", "tandem.toml", "-q"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "error: tandem.toml:1: [[criteria]] 'seniority': steps [12, 14] make no pair possible"
        ),
        "{}",
        run.stderr
    );

    let wd = workdir(&CONFIG.replace("weight = 5\n", "weight = 0\n"));
    let run = wd.run(&["validate", "cohort.csv", "--config", "tandem.toml", "-q"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("[[criteria]] 'work style': has no weight and is not required, so it changes nothing"),
        "{}",
        run.stderr
    );
}

#[test]
fn values_map_answers_and_a_header_can_be_renamed() {
    let wd = workdir(
        "[columns]\n\"Work style\" = \"style\"\n\n[values.style]\nsteady = [\"structured\", \"flexible\"]\n\n\
         [[criteria]]\nname = \"style\"\nmentee = \"style\"\ncompare = \"same\"\nweight = 5\n",
    );
    let csv = wd.stdout(&["scores", "cohort.csv", "--config", "tandem.toml", "-q"]);
    assert_eq!(csv.matches("Same style: steady.").count(), 9, "every pair is steady now: {csv}");
}

#[test]
fn values_map_form_answers_to_roles_and_sectors() {
    let wd = Workdir::new();
    wd.write(
        "aanmelding.csv",
        "id,Wil je begeleiden?,organisation,sector,Naar welke sector wil je?,goals\n\
         E1,Nee,A,Onderwijs (po),,rekenen\n\
         E2,Nee,B,Financiën,Onderwijs (vo),rekenen\n\
         M1,\"Ja, graag (ik wil begeleiden)\",C,Onderwijs (vo),,rekenen\n\
         M2,\"Ja, graag (ik wil begeleiden)\",D,Zorg,,rekenen\n",
    );
    wd.write(
        "tandem.toml",
        "[columns]\n\"Wil je begeleiden?\" = \"role\"\n\n\
         [values.role]\nmentor = [\"Ja, graag (ik wil begeleiden)\"]\nmentee = [\"Nee\"]\n\n\
         [values.sector]\nonderwijs = [\"Onderwijs (po)\", \"Onderwijs (vo)\"]\n\n\
         [values.target_sector]\nonderwijs = [\"Onderwijs (po)\", \"Onderwijs (vo)\"]\n\n\
         [sector]\npolicy = \"target_else_cross\"\n",
    );
    let scores = wd.stdout(&["scores", "aanmelding.csv", "--config", "tandem.toml", "-q"]);
    // E1 (a regular mentee in education) crosses to M2 (care), not to M1
    // (education too, once po and vo are one sector).
    assert!(scores.contains("Same sector: onderwijs."), "{scores}");
    assert!(scores.contains("Crosses sectors: onderwijs → Zorg."), "{scores}");
    // E2 (a switcher into education) gets a mentor from it.
    assert!(
        scores.contains("The mentor works in onderwijs, the sector the mentee is moving into."),
        "{scores}"
    );
}

#[test]
fn one_header_can_mean_different_things_on_each_side() {
    let wd = Workdir::new();
    wd.write(
        "mentors.csv",
        "id,First name,Last name,organisation,Profession\nM1,Di,de Boer,A,education\nM2,Ed,Smit,B,finance\n",
    );
    wd.write(
        "mentees.csv",
        "id,First name,Last name,organisation,Profession,Sector now\nE1,Ann,Vos,C,education,finance\n",
    );
    wd.write(
        "tandem.toml",
        "[columns]\n\"First name\" = \"name\"\n\"Last name\" = \"name\"\n\n\
         [columns.mentors]\nProfession = \"sector\"\n\n\
         [columns.mentees]\nProfession = \"target_sector\"\n\"Sector now\" = \"sector\"\n\n\
         [sector]\npolicy = \"target\"\n",
    );
    let args =
        ["match", "--mentors", "mentors.csv", "--mentees", "mentees.csv", "--config", "tandem.toml", "-q"];
    let csv = wd.stdout(&args);
    assert!(
        csv.contains("1,E1,Ann Vos,M1,Di de Boer,"),
        "joined names, and the mentor in the target sector: {csv}"
    );
    assert!(csv.contains("The mentor works in education, the sector the mentee is moving into."), "{csv}");
    // The same mappings on a file holding both roles: said, not ignored.
    wd.write("both.csv", "id,role,organisation,Profession\nM1,mentor,A,education\nE1,mentee,C,education\n");
    let run = wd.run(&["validate", "both.csv", "--config", "tandem.toml"]);
    assert!(
        run.stderr.contains(
            "[columns.mentors] and [columns.mentees] apply to files given with --mentors and --mentees"
        ),
        "{}",
        run.stderr
    );
}

/// The reverse-mentoring recipe of `examples/reverse/`: a `below` rule on
/// the level turns the usual direction round.
#[test]
fn reverse_mentoring_puts_every_mentor_two_to_four_levels_below_the_mentee() {
    let wd = Workdir::new();
    wd.write("cohort.csv", crate::workdir::example("reverse/cohort.csv"));
    wd.write("tandem.toml", crate::workdir::example("reverse/tandem.toml"));
    let run = wd.run(&["match", "cohort.csv", "--config", "tandem.toml", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("Matched 5 of 5 mentees with 5 of 5 mentors"), "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let cohort = wd.read("cohort.csv");
    let level = |id: &str| -> usize {
        let line = cohort.lines().find(|l| l.contains(id)).unwrap();
        let level = line.split(',').nth(5).unwrap();
        ["starter", "medior", "senior", "management", "directie"].iter().position(|&l| l == level).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    for pair in json["pairs"].as_array().unwrap() {
        let (mentee, mentor) = (pair["mentee_id"].as_str().unwrap(), pair["mentor_id"].as_str().unwrap());
        let below = level(mentee) as i64 - level(mentor) as i64;
        assert!((2..=4).contains(&below), "{mentor} is {below} below {mentee}");
        assert!(pair["explanation"].as_str().unwrap().contains("steps below on reverse"), "{pair}");
    }
    // A senior mentoring a manager one level up breaks the rule.
    wd.write("pairs.csv", "mentee_id,mentor_id\nr.meijer@vanderlandeinstall.nl,s.lammers@rabobank.nl\n");
    let run = wd.run(&["check", "cohort.csv", "--config", "tandem.toml", "--pairs", "pairs.csv"]);
    assert_eq!(run.code, 3, "{}", run.stdout);
    assert!(run.stdout.contains("reverse"), "{}", run.stdout);
}
