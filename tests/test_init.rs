use crate::workdir::Workdir;

#[test]
fn writes_a_config_and_a_template_that_tandem_reads() {
    let wd = Workdir::new();
    let run = wd.run(&["init", "programme"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "Wrote programme/tandem.toml\nWrote programme/participants.csv\n");
    let config = wd.read("programme/tandem.toml");
    assert!(
        config.contains("name = \"goals\"\nmentee = \"goals\"\ncompare = \"overlap\"\nweight = 45\n"),
        "{config}"
    );
    let csv = wd.stdout(&["match", "programme/participants.csv", "--config", "programme/tandem.toml", "-q"]);
    assert!(csv.contains("1,E001,Example Mentee,M001,Example Mentor,"), "{csv}");
}

#[test]
fn never_overwrites_without_force() {
    let wd = Workdir::new();
    wd.write("tandem.toml", "# mine\n");
    let run = wd.run(&["init"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("tandem.toml already exists"), "{}", run.stderr);
    assert_eq!(wd.read("tandem.toml"), "# mine\n");
    assert_eq!(wd.run(&["init", "--force"]).code, 0);
    assert!(wd.read("tandem.toml").contains("[[criteria]]"));
}

/// The configuration shown in the README is one tandem accepts.
#[test]
fn the_readme_config_example_is_valid() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let at = readme.find("## Configuration").expect("the configuration section");
    let start = at + readme[at..].find("```toml\n").expect("a TOML example in the README") + 8;
    let end = start + readme[start..].find("```").unwrap();
    let wd = Workdir::new();
    wd.write("tandem.toml", &readme[start..end]);
    wd.write("c.csv", "id,role,organisation,gender\nE1,mentee,A,woman\nM1,mentor,B,woman\n");
    let csv = wd.stdout(&["match", "c.csv", "--config", "tandem.toml", "-q"]);
    assert!(csv.contains("Diversity preference met: same gender; not met: different background."), "{csv}");
}

/// The worked example of declared criteria in the README runs on the form
/// it describes, and the example config on the example cohort.
#[test]
fn the_readme_criteria_example_and_the_example_config_are_valid() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let at = readme.find("### A programme's own questions").expect("the criteria section");
    let start = at + readme[at..].find("```toml\n").unwrap() + 8;
    let end = start + readme[start..].find("```").unwrap();
    let wd = Workdir::new();
    wd.write("tandem.toml", &readme[start..end]);
    wd.write(
        "c.csv",
        "id,role,organisation,Grade,Identity,Preferred mentor gender,gender,Work style\n\
         E1,mentee,A,HEO,Gay,Vrouw,woman,calm\nM1,mentor,B,Grade 7,Gay,,woman,calm\n",
    );
    let csv = wd.stdout(&["match", "c.csv", "--config", "tandem.toml", "-q"]);
    assert!(csv.contains("Mentor 2 steps above on seniority: HEO → G7."), "{csv}");
    wd.example("cohort.csv");
    wd.write(
        "example.toml",
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/tandem.toml")).unwrap(),
    );
    let csv = wd.stdout(&["match", "cohort.csv", "--config", "example.toml", "-q"]);
    assert!(csv.contains("Same region: Amsterdam."), "{csv}");
}

/// The config `tandem init` writes declares the built-in criteria, and
/// gives what no config gives: the same pairs, explanations, warnings.
#[test]
fn the_written_config_gives_the_default_outputs() {
    let wd = Workdir::new();
    assert_eq!(wd.run(&["init", "programme"]).code, 0);
    let cohort = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cohort.csv");
    for format in ["csv", "json"] {
        let plain = wd.run(&["match", cohort, "--format", format]);
        let written = wd.run(&["match", cohort, "--format", format, "--config", "programme/tandem.toml"]);
        assert_eq!(plain.code, 0, "{}", plain.stderr);
        assert_eq!(written.stdout, plain.stdout, "{format}");
        assert_eq!(written.stderr, plain.stderr, "{format}");
    }
    // Without a goals column, a warning as without a config, not an error.
    wd.write("c.csv", "id,role,organisation,sector\nE1,mentee,A,x\nM1,mentor,B,y\n");
    let plain = wd.run(&["match", "c.csv"]);
    let written = wd.run(&["match", "c.csv", "--config", "programme/tandem.toml"]);
    assert_eq!((written.code, &written.stderr), (plain.code, &plain.stderr));
    assert!(plain.stderr.contains("goals: no column found for goals"), "{}", plain.stderr);
}
