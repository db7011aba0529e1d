use std::collections::BTreeMap;

use crate::workdir::{Workdir, example};

fn example_workdir() -> Workdir {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd.example("ratings.csv");
    wd
}

const EXAMPLE: &[&str] = &["match", "cohort.csv", "--ratings", "ratings.csv", "--quiet"];

#[test]
fn example_as_csv() {
    let wd = example_workdir();
    insta::assert_snapshot!(wd.stdout(EXAMPLE));
}

#[test]
fn example_as_json() {
    let wd = example_workdir();
    let json = wd.stdout(&[EXAMPLE, &["--format", "json"]].concat());
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["summary"]["matched"], 38);
    insta::assert_snapshot!(json);
}

#[test]
fn example_as_markdown_to_a_file() {
    let wd = example_workdir();
    let run = wd.run(&["match", "cohort.csv", "--ratings", "ratings.csv", "-o", "pairs.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    // What was understood of the file, then the summary line.
    assert!(
        run.stderr.ends_with(
            "\nMatched 38 of 40 mentees with 30 of 30 mentors; mean score 63.43. Wrote pairs.md.\n"
        )
    );
    insta::assert_snapshot!("example_stderr", run.stderr);
    insta::assert_snapshot!(wd.read("pairs.md"));
}

/// For Dutch and German Excel: a byte-order mark, `;` between cells and
/// decimal commas; the same pairs, and tandem reads the file back.
#[test]
fn excel_eu_csv_opens_in_dutch_excel_and_reads_back() {
    let wd = example_workdir();
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "standard.csv"]);
    wd.stdout(&["match", "cohort.csv", "-q", "--csv-style", "excel-eu", "-o", "excel.csv"]);
    let excel = wd.read("excel.csv");
    assert!(
        excel.starts_with("\u{feff}rank;mentee_id;mentee_name;mentor_id;mentor_name;score;goals;"),
        "{excel}"
    );
    let first = excel.lines().nth(1).unwrap();
    assert!(first.starts_with("1;ME") && first.contains(";80,00;45,00;20,00;15,00;0,00;"), "{first}");
    // The same pairing, read back by diff and check.
    let same: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["diff", "standard.csv", "excel.csv", "--format", "json"])).unwrap();
    assert_eq!(same["summary"], serde_json::json!({"kept": 38, "changed": 0, "new": 0, "dropped": 0}));
    let check = wd.run(&["check", "cohort.csv", "--pairs", "excel.csv", "-q"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    // Ratings with decimal commas, as that Excel saves them.
    wd.write("ratings.csv", "\u{feff}mentee_id;mentor_id;rating\nME01;MR13;4,5\n");
    let scores =
        wd.stdout(&["scores", "cohort.csv", "-q", "--ratings", "ratings.csv", "--csv-style", "excel-eu"]);
    assert!(scores.lines().any(|l| l.starts_with("ME01;MR13;") && l.contains(";20,00;Shares")), "{scores}");
}

#[test]
fn format_follows_the_extension_unless_given() {
    let wd = example_workdir();
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "pairs.json"]);
    assert!(wd.read("pairs.json").starts_with("{\n  \"version\": 1,"));
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "pairs.json", "--format", "csv"]);
    assert!(wd.read("pairs.json").starts_with("rank,mentee_id,"));
}

/// The example with its rows shuffled, and split into a mentors file and a
/// mentees file without a role column, gives the same bytes.
#[test]
fn row_order_and_file_split_do_not_change_the_result() {
    let wd = example_workdir();
    let expected = wd.stdout(EXAMPLE);

    let text = example("cohort.csv");
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.remove(0);
    lines.reverse();
    lines.rotate_left(17);
    wd.write("shuffled.csv", format!("{header}\n{}\n", lines.join("\n")));
    assert_eq!(wd.stdout(&["match", "shuffled.csv", "--ratings", "ratings.csv", "-q"]), expected);

    let (mentors, mentees): (Vec<&str>, Vec<&str>) = lines.iter().partition(|l| l.contains(",mentor,"));
    let drop_role = |rows: &[&str]| -> String {
        let strip = |line: &str| {
            let mut cells: Vec<&str> = line.splitn(3, ',').collect();
            cells.remove(1);
            cells.join(",")
        };
        std::iter::once(strip(header)).chain(rows.iter().map(|l| strip(l))).collect::<Vec<_>>().join("\n")
    };
    wd.write("mentors.csv", drop_role(&mentors));
    wd.write("mentees.csv", drop_role(&mentees));
    let split = wd.stdout(&[
        "match",
        "--mentees",
        "mentees.csv",
        "--mentors",
        "mentors.csv",
        "--ratings",
        "ratings.csv",
        "-q",
    ]);
    assert_eq!(split, expected);
}

/// Parses tandem's CSV output into rows of named cells.
fn rows(csv_text: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| headers.iter().zip(r.unwrap().iter()).map(|(h, c)| (h.to_owned(), c.to_owned())).collect())
        .collect()
}

#[test]
fn every_pair_keeps_colleagues_apart_capacities_and_its_scores_row() {
    let wd = example_workdir();
    let pairs = rows(&wd.stdout(EXAMPLE));
    let scores = rows(&wd.stdout(&["scores", "cohort.csv", "--ratings", "ratings.csv"]));
    let people = rows(&example("cohort.csv"));
    let person = |id: &str| people.iter().find(|p| p["id"] == id).unwrap();

    let mut load: BTreeMap<&str, u32> = BTreeMap::new();
    for pair in pairs.iter().filter(|p| !p["rank"].is_empty()) {
        let (mentee, mentor) = (person(&pair["mentee_id"]), person(&pair["mentor_id"]));
        assert_ne!(mentee["organisation"], mentor["organisation"], "{pair:?}");
        *load.entry(&pair["mentor_id"]).or_default() += 1;
        let row = scores
            .iter()
            .find(|s| s["mentee_id"] == pair["mentee_id"] && s["mentor_id"] == pair["mentor_id"])
            .unwrap();
        assert_eq!(row["eligible"], "yes");
        assert_eq!(row["score"], pair["score"]);
        assert_eq!(row["explanation"], pair["explanation"]);
    }
    for (mentor, load) in load {
        let capacity: u32 = person(mentor)["capacity"].parse().unwrap();
        assert!(load <= capacity, "{mentor} has {load} mentees, capacity {capacity}");
    }
    let unmatched: Vec<&str> =
        pairs.iter().filter(|p| p["rank"].is_empty()).map(|p| p["explanation"].as_str()).collect();
    assert!(
        !unmatched.is_empty() && unmatched.iter().all(|e| e.starts_with("Not matched: ")),
        "{unmatched:?}"
    );
}

/// A small deterministic generator, so the test needs no seed file.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// The best (matched, total) over every assignment of the eligible pairs the
/// `scores` view lists.
fn brute_force(
    mentees: &[String],
    eligible: &BTreeMap<(String, String), u64>,
    capacity: &mut BTreeMap<String, u32>,
) -> (usize, u64) {
    let Some((mentee, rest)) = mentees.split_first() else { return (0, 0) };
    let mut best = brute_force(rest, eligible, capacity);
    let mentors: Vec<String> = capacity.keys().cloned().collect();
    for mentor in mentors {
        let Some(&score) = eligible.get(&(mentee.clone(), mentor.clone())) else { continue };
        if capacity[&mentor] == 0 {
            continue;
        }
        *capacity.get_mut(&mentor).unwrap() -= 1;
        let (matched, total) = brute_force(rest, eligible, capacity);
        *capacity.get_mut(&mentor).unwrap() += 1;
        best = best.max((matched + 1, total + score));
    }
    best
}

fn hundredths(score: &str) -> u64 {
    let (whole, fraction) = score.split_once('.').unwrap();
    whole.parse::<u64>().unwrap() * 100 + fraction.parse::<u64>().unwrap()
}

/// On small random cohorts, `match` is optimal over the eligible pairs that
/// `scores` lists: the most mentees matched, then the highest total.
#[test]
fn match_is_optimal_over_the_pairs_scores_lists() {
    let orgs = ["Acme", "Beta", "Gamma"];
    let sectors = ["finance", "education", "health"];
    let goals = ["leadership", "sales", "law", "coaching"];
    let mut rng = Lcg(42);
    for round in 0..12 {
        let wd = Workdir::new();
        let mut csv = String::from("id,role,organisation,sector,goals,languages,capacity\n");
        let (n_mentees, n_mentors) = (2 + rng.below(5), 1 + rng.below(4));
        for (role, count) in [("mentee", n_mentees), ("mentor", n_mentors)] {
            for i in 0..count {
                let pick =
                    |rng: &mut Lcg, items: &[&str]| items[rng.below(items.len() as u64) as usize].to_owned();
                let my_goals = format!("{}; {}", pick(&mut rng, &goals), pick(&mut rng, &goals));
                let language = if rng.below(4) == 0 { "German" } else { "English" };
                let capacity = if role == "mentor" { rng.below(3).to_string() } else { String::new() };
                let org = pick(&mut rng, &orgs);
                let sector = pick(&mut rng, &sectors);
                csv += &format!("{role}{i},{role},{org},{sector},{my_goals},{language},{capacity}\n");
            }
        }
        wd.write("cohort.csv", &csv);
        let scores = rows(&wd.stdout(&["scores", "cohort.csv"]));
        let eligible: BTreeMap<(String, String), u64> = scores
            .iter()
            .filter(|s| s["eligible"] == "yes")
            .map(|s| ((s["mentee_id"].clone(), s["mentor_id"].clone()), hundredths(&s["score"])))
            .collect();
        let people = rows(&csv);
        let mut capacity: BTreeMap<String, u32> = people
            .iter()
            .filter(|p| p["role"] == "mentor")
            .map(|p| (p["id"].clone(), p["capacity"].parse().unwrap()))
            .collect();
        let mentees: Vec<String> =
            people.iter().filter(|p| p["role"] == "mentee").map(|p| p["id"].clone()).collect();

        let pairs = rows(&wd.stdout(&["match", "cohort.csv", "-q"]));
        let made: Vec<&BTreeMap<String, String>> = pairs.iter().filter(|p| !p["rank"].is_empty()).collect();
        for pair in &made {
            let key = (pair["mentee_id"].clone(), pair["mentor_id"].clone());
            assert_eq!(eligible.get(&key), Some(&hundredths(&pair["score"])), "round {round}: {pair:?}");
        }
        let found = (made.len(), made.iter().map(|p| hundredths(&p["score"])).sum::<u64>());
        assert_eq!(found, brute_force(&mentees, &eligible, &mut capacity), "round {round}:\n{csv}");
    }
}

#[test]
fn output_refuses_to_overwrite_an_input_and_leaves_it_intact() {
    let wd = example_workdir();
    let run = wd.run(&["match", "cohort.csv", "-o", "cohort.csv"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("cohort.csv is one of the input files"), "{}", run.stderr);
    assert_eq!(wd.read("cohort.csv"), example("cohort.csv"));
}

#[test]
fn an_error_leaves_an_existing_output_as_it_was() {
    let wd = example_workdir();
    wd.write("pairs.csv", "last year's pairs\n");
    wd.write("broken.csv", "id,role\n");
    let run = wd.run(&["match", "broken.csv", "-o", "pairs.csv"]);
    assert_eq!(run.code, 1);
    assert_eq!(wd.read("pairs.csv"), "last year's pairs\n");
}

#[test]
fn a_formula_in_a_name_is_neutralised() {
    let wd = Workdir::new();
    wd.write(
        "c.csv",
        "id,role,name,organisation\nE1,mentee,=HYPERLINK(\"http://x\"),A\nM1,mentor,@SUM(1),B\n",
    );
    let csv = wd.stdout(&["match", "c.csv", "-q"]);
    assert!(csv.contains(",\"'=HYPERLINK(") && csv.contains(",'@SUM(1),"), "{csv}");
}

#[test]
fn group_mentoring_gives_each_mentor_a_group_without_colleagues() {
    let wd = Workdir::new();
    wd.example("group-mentoring.csv");
    let run = wd.run(&["match", "group-mentoring.csv", "--group-size", "3", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let text = crate::workdir::example("group-mentoring.csv");
    let organisation = |id: &str| {
        text.lines().find(|l| l.starts_with(id)).and_then(|l| l.split(',').nth(4)).unwrap().to_owned()
    };
    // Five mentors, sixteen mentees: groups of 3, one of 4; every mentee
    // once, never with a colleague nor with a mentor of their own
    // organisation.
    let groups = value["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 5);
    let mut sizes: Vec<usize> = groups.iter().map(|g| g["members"].as_array().unwrap().len()).collect();
    sizes.sort_unstable();
    assert_eq!(sizes, [3, 3, 3, 3, 4]);
    let mut seen = std::collections::BTreeSet::new();
    let mut mentors = std::collections::BTreeSet::new();
    for group in groups {
        let mentor = group["mentor"]["id"].as_str().unwrap();
        assert!(mentor.starts_with("GM") && mentors.insert(mentor.to_owned()), "{group}");
        let mut organisations = std::collections::BTreeSet::from([organisation(mentor)]);
        for member in group["members"].as_array().unwrap() {
            let id = member["id"].as_str().unwrap();
            assert!(id.starts_with("GE") && seen.insert(id.to_owned()), "{member} twice");
            assert!(organisations.insert(organisation(id)), "colleagues in {group}");
        }
        assert!(group["explanation"].as_str().unwrap().starts_with("Led by "), "{group}");
    }
    assert_eq!(seen.len(), 16);
    let summary = &value["summary"];
    assert_eq!((summary["groups"].as_u64(), summary["unmatched"].as_u64()), (Some(5), Some(0)));
    let gap = summary["gap"].as_f64().unwrap();
    assert!((0.0..0.25).contains(&gap), "{summary}");
    assert!(run.stderr.contains("Grouped 16 of 16 people in 5 groups"), "{}", run.stderr);
    // The same groups whatever the row order.
    let mut lines: Vec<&str> = text.lines().collect();
    lines[1..].reverse();
    wd.write("reversed.csv", lines.join("\n") + "\n");
    let reversed = wd.stdout(&["match", "reversed.csv", "--group-size", "3", "--format", "json", "-q"]);
    assert_eq!(reversed, run.stdout);
    // The spreadsheet: a row per person, the mentor's first, with roles.
    let csv = wd.stdout(&["match", "group-mentoring.csv", "--group-size", "3", "-q"]);
    insta::assert_snapshot!(csv);
    // Options for one-to-one pairs are refused, saying so.
    let refused = wd.run(&["match", "group-mentoring.csv", "--group-size", "3", "--alternatives", "2"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("--alternatives is for one-to-one pairs"), "{}", refused.stderr);
}

#[test]
fn group_mentoring_places_priority_mentees_first_where_the_groups_cannot_take_everyone() {
    let wd = Workdir::new();
    wd.example("group-mentoring.csv");
    // With more mentees than places (five groups of two), priority mentees
    // come first; those left for them are told so.
    let left_out = |run: &str| -> Vec<(String, String)> {
        let value: serde_json::Value = serde_json::from_str(run).unwrap();
        let unmatched = value["unmatched"].as_array().unwrap().iter();
        unmatched
            .map(|u| (u["id"].as_str().unwrap().to_owned(), u["reason"].as_str().unwrap().to_owned()))
            .collect()
    };
    let pairs = wd.stdout(&["match", "group-mentoring.csv", "--group-size", "2", "--format", "json", "-q"]);
    let before = left_out(&pairs);
    assert_eq!(before.len(), 6, "{pairs}");
    assert!(
        before.iter().any(|(id, _)| id == "GE01") && before.iter().any(|(id, _)| id == "GE09"),
        "{pairs}"
    );
    wd.write("first.csv", "id\nGE01\nGE09\n");
    let first = wd.run(&[
        "match",
        "group-mentoring.csv",
        "--group-size",
        "2",
        "--priority",
        "first.csv",
        "--format",
        "json",
    ]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let after = left_out(&first.stdout);
    assert_eq!(after.len(), 6, "{}", first.stdout);
    assert!(!after.iter().any(|(id, _)| id == "GE01" || id == "GE09"), "{}", first.stdout);
    let told: Vec<&String> = after
        .iter()
        .filter(|(_, reason)| reason.starts_with("left for the priority mentees"))
        .map(|(id, _)| id)
        .collect();
    assert!(
        !told.is_empty() && told.iter().all(|id| !before.iter().any(|(b, _)| b == *id)),
        "{}",
        first.stdout
    );
    assert!(first.stdout.contains("\"priority\": 2,\n    \"priority_matched\": 2"), "{}", first.stdout);
    assert!(
        first.stderr.contains("in 5 groups (2 of 2 priority mentees placed); total score"),
        "{}",
        first.stderr
    );
}

#[test]
fn group_mentoring_takes_the_theme_bonus_from_the_config() {
    let wd = Workdir::new();
    wd.example("group-mentoring.csv");
    // The theme bonus is the programme's to set: none, or more than pairs.
    let themes = |theme: &str| -> Vec<f64> {
        wd.write("groups.toml", format!("[groups]\ntheme = {theme}\n"));
        let run = wd.stdout(&[
            "match",
            "group-mentoring.csv",
            "--group-size",
            "3",
            "--config",
            "groups.toml",
            "--format",
            "json",
            "-q",
        ]);
        let value: serde_json::Value = serde_json::from_str(&run).unwrap();
        let explanations: Vec<&str> =
            value["groups"].as_array().unwrap().iter().map(|g| g["explanation"].as_str().unwrap()).collect();
        explanations
            .iter()
            .map(|e| {
                let themes = e.split(" with the mentor, ").nth(1).unwrap().split(' ').next().unwrap();
                themes.parse::<f64>().unwrap()
            })
            .collect()
    };
    assert!(themes("0").iter().all(|&t| t == 0.0));
    let twenty = themes("20");
    assert!(twenty.iter().all(|&t| t % 20.0 == 0.0) && twenty.iter().any(|&t| t > 0.0), "{twenty:?}");
    let bad = wd.run(&["match", "group-mentoring.csv", "--group-size", "3", "--config", "groups.toml"]);
    assert_eq!(bad.code, 0, "{}", bad.stderr);
    wd.write("groups.toml", "[groups]\ntheme = -1\n");
    let bad = wd.run(&["match", "group-mentoring.csv", "--group-size", "3", "--config", "groups.toml"]);
    assert_eq!(bad.code, 1, "{}", bad.stderr);
    assert!(bad.stderr.contains("groups.theme must be between 0 and 100"), "{}", bad.stderr);
}

#[test]
fn group_mentoring_keeps_apart_who_shared_a_group_before_or_is_excluded() {
    let wd = Workdir::new();
    wd.example("group-mentoring.csv");
    // Last round's groups as history: no mentee with the same mentor, nor
    // with the same other mentee, again.
    let first = wd.run(&["match", "group-mentoring.csv", "--group-size", "3", "-o", "groups-2025.csv", "-q"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = crate::test_peers::pairs_in_groups(&wd.read("groups-2025.csv"));
    let again = wd.stdout(&[
        "match",
        "group-mentoring.csv",
        "--group-size",
        "3",
        "--history",
        "groups-2025.csv",
        "-q",
    ]);
    let after = crate::test_peers::pairs_in_groups(&again);
    assert!(before.iter().any(|(a, b)| a.starts_with("GE") && b.starts_with("GE")), "{before:?}");
    assert!(
        before.is_disjoint(&after),
        "together again: {:?}",
        before.intersection(&after).collect::<Vec<_>>()
    );
    // Two mentees named in an exclude file never share a group; for
    // one-to-one pairs such rows are said to change nothing.
    wd.write("apart.csv", "a_id,b_id\nGE04,GE08\nGE02,GE13\n");
    let apart =
        wd.stdout(&["match", "group-mentoring.csv", "--group-size", "3", "--exclude", "apart.csv", "-q"]);
    let together = crate::test_peers::pairs_in_groups(&apart);
    assert!(
        !together.contains(&("GE04".into(), "GE08".into()))
            && !together.contains(&("GE02".into(), "GE13".into()))
    );
    assert!(
        before.contains(&("GE04".into(), "GE08".into())) && before.contains(&("GE02".into(), "GE13".into()))
    );
    let one = wd.run(&["match", "group-mentoring.csv", "--exclude", "apart.csv"]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(
        one.stderr.contains(
            "warning: apart.csv:2: 2 rows name two mentees, who are kept apart in group mentoring only"
        ),
        "{}",
        one.stderr
    );
    // One-to-one pairs after a round of groups: no mentee with last year's
    // mentor.
    let pairs = wd.stdout(&[
        "match",
        "group-mentoring.csv",
        "--history",
        "groups-2025.csv",
        "--format",
        "json",
        "-q",
    ]);
    let value: serde_json::Value = serde_json::from_str(&pairs).unwrap();
    for pair in value["pairs"].as_array().unwrap() {
        let (e, m) =
            (pair["mentee_id"].as_str().unwrap().to_owned(), pair["mentor_id"].as_str().unwrap().to_owned());
        assert!(!before.contains(&(e.clone().min(m.clone()), e.max(m))), "{pair}");
    }
}

#[test]
fn group_mentoring_keeps_locks_and_refuses_those_it_cannot_keep() {
    let wd = Workdir::new();
    wd.example("group-mentoring.csv");
    // Locked mentees join their mentor's group, whatever the capacity.
    wd.write("locks.csv", "mentee_id,mentor_id\nGE01,GM01\nGE05,GM01\n");
    let locked = wd.run(&[
        "match",
        "group-mentoring.csv",
        "--group-size",
        "3",
        "--lock",
        "locks.csv",
        "--format",
        "json",
    ]);
    assert_eq!(locked.code, 0, "{}", locked.stderr);
    let value: serde_json::Value = serde_json::from_str(&locked.stdout).unwrap();
    let group = value["groups"].as_array().unwrap().iter().find(|g| g["mentor"]["id"] == "GM01").unwrap();
    let ids: Vec<&str> =
        group["members"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"GE01") && ids.contains(&"GE05"), "{group}");
    let explanation = group["explanation"].as_str().unwrap();
    assert!(
        explanation.starts_with("Locked with the mentor: Sem Jansen, Noor Hendriks. Led by Ingrid Bakker"),
        "{explanation}"
    );
    assert!(locked.stderr.contains("Grouped 16 of 16 people in 5 groups"), "{}", locked.stderr);
    // Locks the groups cannot keep are errors at their line.
    wd.write("five.csv", "mentee_id,mentor_id\nGE01,GM01\nGE05,GM01\nGE04,GM01\nGE08,GM01\nGE03,GM01\n");
    let five = wd.run(&["match", "group-mentoring.csv", "--group-size", "3", "--lock", "five.csv"]);
    assert_eq!(five.code, 1, "{}", five.stderr);
    assert!(
        five.stderr.contains("five.csv:6: mentor GM01 is locked to 5 mentees, more than a group of 4 holds"),
        "{}",
        five.stderr
    );
    // GM01, the first mentor, with capacity 0 leads no group.
    let idle = crate::workdir::example("group-mentoring.csv").replacen(",1\n", ",0\n", 1);
    wd.write("idle.csv", idle);
    wd.write("idle-lock.csv", "mentee_id,mentor_id\nGE01,GM01\n");
    let idle = wd.run(&["match", "idle.csv", "--group-size", "3", "--lock", "idle-lock.csv"]);
    assert_eq!(idle.code, 1, "{}", idle.stderr);
    assert!(
        idle.stderr.contains(
            "idle-lock.csv:2: mentor GM01 is locked to GE01, but has capacity 0 and leads no group"
        ),
        "{}",
        idle.stderr
    );
}
