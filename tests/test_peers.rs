//! Peers and both roles: `tandem peers` pairs one pool two by two across
//! organisations, from forms without a role column (or with one, left
//! unread); in `match`, someone of both roles is a mentor and a mentee,
//! never paired with themselves.

use crate::workdir::Workdir;

#[test]
fn the_example_pool_is_paired_across_organisations_and_the_odd_one_told_why() {
    let wd = Workdir::new();
    wd.example("peers.csv");
    let run = wd.run(&["peers", "peers.csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
    assert!(run.stderr.contains("Paired 12 of 13 people in 6 pairs; mean score 51.25."), "{}", run.stderr);
    // A pool has no mentors to take places: nothing is said of capacity.
    assert!(!run.stderr.contains("capacity"), "{}", run.stderr);
    let json: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["peers", "peers.csv", "-q", "--format", "json"])).unwrap();
    let pairs = json["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 6);
    for key in ["rank", "a_id", "a_name", "b_id", "b_name", "score", "criteria", "explanation"] {
        assert!(pairs[0].get(key).is_some(), "pairs lack {key}");
    }
    let unmatched = json["unmatched"].as_array().unwrap();
    assert_eq!(unmatched.len(), 1);
    assert_eq!(unmatched[0]["name"], "Lotte Hendriks");
    assert!(unmatched[0]["reason"].as_str().unwrap().starts_with("with 13 people, one is left out"));
    assert_eq!(json["summary"]["people"], 13);
    // Never two colleagues: the organisation is in each id's domain here.
    for pair in pairs {
        let domain = |key: &str| pair[key].as_str().unwrap().split('@').nth(1).unwrap().to_owned();
        assert_ne!(domain("a_id"), domain("b_id"), "{pair}");
    }
}

#[test]
fn a_role_column_is_not_read_and_roles_may_be_anything() {
    let wd = Workdir::new();
    wd.write(
        "pool.csv",
        "id,name,Ik doe mee als,organisation,goals\n\
         P1,Ann,Beide,Acme,leadership\n\
         P2,Bo,mentor,Beta,leadership\n\
         P3,Cy,peer,Gamma,finance\n\
         P4,Di,,Delta,finance\n",
    );
    let run = wd.run(&["peers", "pool.csv", "--format", "json", "-q"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let pairs: Vec<(String, String)> = json["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["a_id"].as_str().unwrap().to_owned(), p["b_id"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(pairs, [("P1".to_owned(), "P2".to_owned()), ("P3".to_owned(), "P4".to_owned())]);
}

#[test]
fn one_person_twice_is_refused_at_the_row() {
    let wd = Workdir::new();
    wd.write(
        "pool.csv",
        "id,name,email,organisation\n\
         P1,Ann,ann@acme.nl,Acme\n\
         P2,Bo,bo@beta.nl,Beta\n\
         P3,Ann de Vries,ANN@acme.nl,Acme Group\n",
    );
    let run = wd.run(&["peers", "pool.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "pool.csv:4: 'P1' and 'P3' have the same e-mail address, ANN@acme.nl: one person cannot be their own peer"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("keep one of the two rows"), "{}", run.stderr);
}

#[test]
fn colleagues_only_leaves_everyone_out_with_the_rule_named() {
    let wd = Workdir::new();
    wd.write("pool.csv", "id,name,organisation\nP1,Ann,Acme\nP2,Bo,Acme\nP3,Cy,Acme\n");
    let run = wd.run(&["peers", "pool.csv", "--strict"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Not paired: no eligible peer: none of the 2 others passes 'different organisations'."),
        "{}",
        run.stdout
    );
    assert!(run.stderr.contains("strict: 3 people without a peer"), "{}", run.stderr);
}

#[test]
fn a_pool_takes_ratings_of_two_peers_either_way() {
    let wd = Workdir::new();
    wd.write(
        "pool.csv",
        "name,email,organisation,goals\n\
         Ann de Vries,ann@a.nl,Alpha,leadership\n\
         Bob Smith,bob@b.nl,Beta,leadership; budgeting\n\
         Cem Yilmaz,cem@c.nl,Gamma,leadership\n\
         Dirk Jansen,dirk@d.nl,Delta,leadership; budgeting\n",
    );
    // Unrated, the goals pair Ann with Cem and Bob with Dirk.
    let unrated: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["peers", "pool.csv", "--format", "json", "-q"])).unwrap();
    let pairs = |value: &serde_json::Value| -> Vec<(String, String)> {
        value["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["a_id"].as_str().unwrap().to_owned(), p["b_id"].as_str().unwrap().to_owned()))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    assert!(pairs(&unrated).contains(&("ann@a.nl".to_owned(), "cem@c.nl".to_owned())), "{unrated}");
    // A rating names two peers in either order, and counts both ways.
    wd.write("ratings.csv", "a_id,b_id,rating\nbob@b.nl,ann@a.nl,5\ndirk@d.nl,cem@c.nl,5\n");
    let rated: serde_json::Value = serde_json::from_str(&wd.stdout(&[
        "peers",
        "pool.csv",
        "--ratings",
        "ratings.csv",
        "--format",
        "json",
        "-q",
    ]))
    .unwrap();
    assert_eq!(
        pairs(&rated),
        [("ann@a.nl".to_owned(), "bob@b.nl".to_owned()), ("cem@c.nl".to_owned(), "dirk@d.nl".to_owned())],
        "{rated}"
    );
    for pair in rated["pairs"].as_array().unwrap() {
        assert_eq!(pair["criteria"]["ratings"].as_f64(), Some(20.0), "{pair}");
    }
}

#[test]
fn priority_peers_are_paired_first_and_last_rounds_left_out_get_their_turn() {
    let wd = Workdir::new();
    wd.write(
        "pool.csv",
        "name,email,organisation,goals\n\
         Ann de Vries,ann@a.nl,Alpha,leadership\n\
         Bob Smith,bob@b.nl,Beta,leadership\n\
         Cem Yilmaz,cem@c.nl,Gamma,leadership\n\
         Dirk Jansen,dirk@d.nl,Delta,leadership\n\
         Eve Peters,eve@a.nl,Alpha,budgeting\n",
    );
    let json = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["peers", "pool.csv", "--format", "json", "-q"];
        all.extend(args);
        serde_json::from_str(&wd.stdout(&all)).unwrap()
    };
    let left_out = |value: &serde_json::Value| -> Vec<String> {
        value["unmatched"].as_array().unwrap().iter().map(|u| u["id"].as_str().unwrap().to_owned()).collect()
    };
    // Eve shares no goal with anyone: without priority she is left out.
    let plain = json(&[]);
    assert_eq!(left_out(&plain), ["eve@a.nl"], "{plain}");
    assert_eq!(plain["summary"]["priority"], 0, "{plain}");
    // Last round's output names her among the left out: she comes first.
    let last = wd.run(&["peers", "pool.csv", "-o", "round-1.csv", "-q"]);
    assert_eq!(last.code, 0, "{}", last.stderr);
    let text = wd.stdout(&["peers", "pool.csv", "--format", "json", "-q", "--priority", "round-1.csv"]);
    // The JSON scripts read, whole.
    insta::assert_snapshot!(text);
    let first: serde_json::Value = serde_json::from_str(&text).unwrap();
    let ids = left_out(&first);
    assert_eq!(ids.len(), 1, "{first}");
    assert_ne!(ids[0], "eve@a.nl", "{first}");
    assert_eq!(
        (first["summary"]["priority"].as_u64(), first["summary"]["priority_matched"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(first["summary"]["pairs"], 2, "the most pairs still come first: {first}");
    let eve = first["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["b_id"] == "eve@a.nl" || p["a_id"] == "eve@a.nl");
    let explanation = eve.unwrap()["explanation"].as_str().unwrap();
    assert!(explanation.starts_with("Priority: Eve Peters. "), "{explanation}");
    let reason = first["unmatched"][0]["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("left for the priority peers (without --priority this person would be paired); "),
        "{reason}"
    );
    // The summary line counts them; a priority column does the same.
    let run = wd.run(&["peers", "pool.csv", "--priority", "round-1.csv", "-o", "round-2.csv"]);
    assert!(run.stderr.contains("in 2 pairs (1 of 1 priority person paired); mean score"), "{}", run.stderr);
    // check and explain weigh the pool's optimum with the same priority.
    let check =
        wd.run(&["check", "--peers", "--pairs", "round-2.csv", "pool.csv", "--priority", "round-1.csv"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    let explain = wd.stdout(&[
        "explain",
        "--peers",
        "ann@a.nl",
        "bob@b.nl",
        "pool.csv",
        "--priority",
        "round-1.csv",
        "-q",
    ]);
    assert!(explain.contains("Eve Peters"), "{explain}");
    // Groups place everyone the rules allow, and say priority is not applied.
    let groups = wd.run(&["peers", "pool.csv", "--group-size", "2", "--priority", "round-1.csv"]);
    assert!(groups.stderr.contains("warning: priority is not applied to groups"), "{}", groups.stderr);
}

#[test]
fn earlier_rounds_locks_and_exclusions_name_two_peers_in_either_order() {
    let wd = Workdir::new();
    wd.example("peers.csv");
    let first = wd.stdout(&["peers", "peers.csv", "-q"]);
    wd.write("round1.csv", &first);
    let ids = |csv: &str| -> Vec<(String, String)> {
        csv.lines()
            .skip(1)
            .filter_map(|line| {
                let cells: Vec<&str> = line.split(',').collect();
                (!cells[3].is_empty()).then(|| (cells[1].to_owned(), cells[3].to_owned()))
            })
            .collect()
    };
    let earlier = ids(&first);
    // Locked b before a, and one pair excluded b before a as well.
    wd.write("lock.csv", "a_id,b_id\nsanne.dewit@kpmg.nl,lotte.hendriks@dewaterlelie.nl\n");
    wd.write("exclude.csv", "b_id,a_id\njoost.degraaf@stedelijkcollege.nl,pieter.jansen@rocmn.nl\n");
    let args = [
        "peers",
        "peers.csv",
        "-q",
        "--history",
        "round1.csv",
        "--lock",
        "lock.csv",
        "--exclude",
        "exclude.csv",
    ];
    let run = wd.run(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let second = ids(&run.stdout);
    assert_eq!(second.len(), 6, "{}", run.stdout);
    for pair in &second {
        let flipped = (pair.1.clone(), pair.0.clone());
        assert!(!earlier.contains(pair) && !earlier.contains(&flipped), "made again: {pair:?}");
    }
    let locked = ("lotte.hendriks@dewaterlelie.nl".to_owned(), "sanne.dewit@kpmg.nl".to_owned());
    assert!(second.contains(&locked), "{}", run.stdout);
    assert!(run.stdout.contains("Locked pair. "), "{}", run.stdout);
    let excluded = ("joost.degraaf@stedelijkcollege.nl".to_owned(), "pieter.jansen@rocmn.nl".to_owned());
    assert!(!second.contains(&excluded), "{}", run.stdout);

    // One person in two locked pairs is refused at the later row.
    wd.write(
        "lock.csv",
        "a_id,b_id\nsanne.dewit@kpmg.nl,lotte.hendriks@dewaterlelie.nl\nsanne.dewit@kpmg.nl,hans.mulder@rabobank.nl\n",
    );
    let run = wd.run(&["peers", "peers.csv", "--lock", "lock.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("lock.csv:3: the locked pair"), "{}", run.stderr);
    assert!(run.stderr.contains("takes someone already locked at lock.csv:2"), "{}", run.stderr);
}

/// Ann signs up as both ("Beide"), Cy as "Mentor en mentee"; no
/// organisations kept apart, so only the rule of one person keeps Ann and
/// Cy from themselves.
const BOTH: &str = "\
id,name,Ik meld me aan als,organisation,sector,goals,capacity
P1,Ann,Beide,Acme,finance,leadership; law,1
P2,Bo,mentee,Beta,education,leadership
P3,Cy,Mentor en mentee,Gamma,health,law; leadership,2
P4,Di,mentor,Delta,law,law,1
";

#[test]
fn both_roles_make_a_mentor_and_a_mentee_never_paired_with_themselves() {
    let wd = Workdir::new();
    wd.write("cohort.csv", BOTH);
    wd.write("tandem.toml", "[rules]\nsame_organisation = false\n");
    let run = wd.run(&["match", "cohort.csv", "--config", "tandem.toml", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("Matched 3 of 3 mentees with 2 of 3 mentors"), "{}", run.stderr);
    // Nobody is taken for two people signed up twice.
    assert!(!run.stderr.contains("same person"), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let pairs: Vec<(String, String)> = json["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["mentee_id"].as_str().unwrap().to_owned(), p["mentor_id"].as_str().unwrap().to_owned()))
        .collect();
    assert!(pairs.iter().all(|(e, m)| e != m), "{pairs:?}");
    // Each of both roles got one: Ann and Cy are mentee and mentor.
    for id in ["P1", "P3"] {
        assert!(pairs.iter().any(|(e, _)| e == id) && pairs.iter().any(|(_, m)| m == id), "{id}: {pairs:?}");
    }
    // check names the rule for a pair of one person.
    wd.write("pairs.csv", "mentee_id,mentor_id\nP1,P1\n");
    let run = wd.run(&["check", "cohort.csv", "--config", "tandem.toml", "--pairs", "pairs.csv"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stdout.contains("Ann – Ann: the same person: P1 signed up as mentor and mentee"),
        "{}",
        run.stdout
    );
}

#[test]
fn both_roles_in_a_file_of_one_role_is_refused_at_the_cell() {
    let wd = Workdir::new();
    wd.write("mentees.csv", "id,role,organisation\nE1,beide,Acme\n");
    let run = wd.run(&["match", "--mentees", "mentees.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("participant 'E1' is both a mentor and a mentee in a file given as mentees"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_peers_finds_colleagues_someone_twice_and_themselves_and_compares_with_the_optimum() {
    let wd = Workdir::new();
    wd.example("peers.csv");
    wd.write(
        "pairs.csv",
        "a_id,b_id\n\
         lotte.hendriks@dewaterlelie.nl,r.visser@dewaterlelie.nl\n\
         sanne.dewit@kpmg.nl,r.visser@dewaterlelie.nl\n\
         hans.mulder@rabobank.nl,hans.mulder@rabobank.nl\n",
    );
    let run = wd.run(&["check", "--peers", "peers.csv", "--pairs", "pairs.csv", "-q"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
    // The pool's own pairing, read back, is clean and optimal.
    let pairing = wd.stdout(&["peers", "peers.csv", "-q"]);
    wd.write("best.csv", &pairing);
    let run = wd.run(&["check", "--peers", "peers.csv", "--pairs", "best.csv", "-q"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("No violations."), "{}", run.stdout);
    assert!(run.stdout.contains("the pairing is as good as it"), "{}", run.stdout);
}

#[test]
fn yes_to_both_role_questions_is_both_roles_and_no_to_both_is_refused() {
    let wd = Workdir::new();
    wd.write(
        "form.csv",
        "id,name,organisation,goals,Wil je mentor zijn?,Wil je mentee zijn?,capacity\n\
         P1,Ann,Acme,law,Ja,Ja,1\n\
         P2,Bo,Beta,law,Nee,Ja,\n\
         P3,Cy,Gamma,law,Ja,,2\n",
    );
    let run = wd.run(&["match", "form.csv", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("E 'Wil je mentor zijn?' → is_mentor, F 'Wil je mentee zijn?' → is_mentee"),
        "{}",
        run.stderr
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let pairs: Vec<(&str, &str)> = json["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["mentee_id"].as_str().unwrap(), p["mentor_id"].as_str().unwrap()))
        .collect();
    // Ann is a mentee of Cy and the mentor of Bo; Cy, who left the mentee
    // question empty, only mentors.
    assert_eq!(pairs.len(), 2, "{pairs:?}");
    assert!(pairs.contains(&("P1", "P3")) && pairs.contains(&("P2", "P1")), "{pairs:?}");

    wd.write("form.csv", "id,organisation,Wil je mentor zijn?,Wil je mentee zijn?\nP4,Delta,Nee,Nee\n");
    let run = wd.run(&["match", "form.csv"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("form.csv:2: column 'Wil je mentor zijn?' (C): participant 'P4' answered no to both"),
        "{}",
        run.stderr
    );
}

#[test]
fn explain_peers_gives_both_ways_the_rank_and_what_forcing_costs() {
    let wd = Workdir::new();
    wd.example("peers.csv");
    let run = wd.run(&[
        "explain",
        "--peers",
        "lotte.hendriks@dewaterlelie.nl",
        "esther.smit@gemeente-zeist.nl",
        "peers.csv",
        "-q",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
    // In either order, the same score; a colleague is not eligible.
    let other = wd.stdout(&[
        "explain",
        "--peers",
        "esther.smit@gemeente-zeist.nl",
        "lotte.hendriks@dewaterlelie.nl",
        "peers.csv",
        "-q",
    ]);
    assert!(other.contains("Score 42.50 of 100.00"), "{other}");
    let colleague = wd.stdout(&[
        "explain",
        "--peers",
        "lotte.hendriks@dewaterlelie.nl",
        "r.visser@dewaterlelie.nl",
        "peers.csv",
        "-q",
    ]);
    assert!(colleague.contains("FAILED  different organisations"), "{colleague}");
    assert!(colleague.contains("Rank: not eligible"), "{colleague}");
    let run = wd.run(&["explain", "--peers", "P9", "lotte.hendriks@dewaterlelie.nl", "peers.csv", "-q"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("no participant has the id 'P9'"), "{}", run.stderr);
}

#[test]
fn intervision_groups_hold_no_colleagues_and_take_the_sizes_asked() {
    let wd = Workdir::new();
    wd.example("intervision.csv");
    let run = wd.run(&["peers", "intervision.csv", "--group-size", "4", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let groups = value["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 6);
    // Every member once, in a group of 4, never with a colleague.
    let text = crate::workdir::example("intervision.csv");
    let organisation = |id: &str| {
        text.lines().find(|l| l.contains(id)).and_then(|l| l.split(',').nth(4)).unwrap().to_owned()
    };
    let mut seen = std::collections::BTreeSet::new();
    for group in groups {
        let members = group["members"].as_array().unwrap();
        assert_eq!(members.len(), 4, "{group}");
        let organisations: std::collections::BTreeSet<String> =
            members.iter().map(|m| organisation(m["id"].as_str().unwrap())).collect();
        assert_eq!(organisations.len(), 4, "colleagues in {group}");
        for member in members {
            assert!(seen.insert(member["id"].as_str().unwrap().to_owned()), "{member} twice");
            assert!(member["name"].as_str().is_some_and(|n| !n.is_empty()));
        }
        assert!(group["explanation"].as_str().unwrap().starts_with("Shared goals: "), "{group}");
        assert!(group["score"].as_f64().unwrap() > 0.0);
    }
    assert_eq!(seen.len(), 24);
    let summary = &value["summary"];
    assert_eq!(
        (summary["people"].as_u64(), summary["groups"].as_u64(), summary["unmatched"].as_u64()),
        (Some(24), Some(6), Some(0))
    );
    let gap = summary["gap"].as_f64().unwrap();
    assert!((0.0..0.5).contains(&gap), "{summary}");
    assert!(run.stderr.contains("Grouped 24 of 24 people in 6 groups; total score "), "{}", run.stderr);
    assert!(run.stderr.contains("of the best possible."), "{}", run.stderr);
    // The same grouping whatever the row order.
    let mut lines: Vec<&str> = text.lines().collect();
    lines[1..].reverse();
    wd.write("reversed.csv", lines.join("\n") + "\n");
    let reversed = wd.stdout(&["peers", "reversed.csv", "--group-size", "4", "--format", "json", "-q"]);
    assert_eq!(reversed, run.stdout);
}

#[test]
fn a_small_pool_is_grouped_exactly() {
    let wd = Workdir::new();
    wd.example("peers.csv");
    let run = wd.run(&["peers", "peers.csv", "--group-size", "4", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
    assert!(
        run.stderr.contains("Grouped 13 of 13 people in 3 groups; total score 842.50, the best possible."),
        "{}",
        run.stderr
    );
    let tiny = wd.run(&["peers", "peers.csv", "--group-size", "1"]);
    assert_eq!(tiny.code, 2, "{}", tiny.stderr);
    // In CSV, a row per member with the group's number.
    let csv = wd.stdout(&["peers", "peers.csv", "--group-size", "4", "-q"]);
    assert!(csv.starts_with("group,id,name,organisation,score,explanation\n"), "{csv}");
    assert_eq!(csv.lines().count(), 14);
}

#[test]
fn peer_texts_name_the_two_people_not_a_mentee_and_a_mentor() {
    let wd = Workdir::new();
    wd.write(
        "pool.csv",
        "name,email,organisation,goals,languages\n\
         Ann de Vries,ann@a.nl,Alpha,leadership,Dutch\n\
         Bob Smith,bob@b.nl,Beta,leadership,English\n\
         Cem Yilmaz,cem@c.nl,Gamma,leadership,Dutch; English\n",
    );
    let run = wd.run(&["explain", "--peers", "ann@a.nl", "bob@b.nl", "pool.csv", "-q"]);
    assert!(
        run.stdout.contains("FAILED  a shared language: Ann de Vries: Dutch; Bob Smith: English"),
        "{}",
        run.stdout
    );
    let shared = wd.stdout(&["explain", "--peers", "ann@a.nl", "cem@c.nl", "pool.csv", "-q"]);
    assert!(
        shared.contains("a shared language: Ann de Vries: Dutch; Cem Yilmaz: Dutch, English"),
        "{shared}"
    );
    wd.write("pairs.csv", "a_id,b_id\nann@a.nl,bob@b.nl\n");
    let check = wd.run(&["check", "--peers", "--pairs", "pairs.csv", "pool.csv", "-q"]);
    assert_eq!(check.code, 3, "{}", check.stderr);
    let said = format!("{}{}", check.stdout, check.stderr);
    assert!(said.contains("no shared language (Ann de Vries: Dutch; Bob Smith: English)"), "{said}");
    for text in [&run.stdout, &shared, &said] {
        assert!(!text.to_lowercase().contains("mentee") && !text.to_lowercase().contains("mentor"), "{text}");
    }
}

#[test]
fn peer_criteria_sentences_name_the_person_they_speak_of() {
    let wd = Workdir::new();
    wd.write(
        "pool.csv",
        "name,email,organisation,goals,sector,target_sector,level\n\
         Ann de Vries,ann@a.nl,Alpha,leadership; budgeting,education,finance,2\n\
         Bob Smith,bob@b.nl,Beta,,finance,,4\n\
         Cem Yilmaz,cem@c.nl,Gamma,coaching,,,1\n",
    );
    wd.write(
        "tandem.toml",
        "[[criteria]]\nname = \"seniority\"\nmentee = \"level\"\ncompare = \"above\"\nweight = 10\nsteps = [1, 2]\n\n\
         [[criteria]]\nname = \"sector\"\ncompare = \"sector\"\npolicy = \"target\"\nweight = 20\n",
    );
    let explain = |a: &str, b: &str, lang: &str| {
        wd.stdout(&["explain", "--peers", a, b, "pool.csv", "--config", "tandem.toml", "--lang", lang, "-q"])
    };
    let (ann_bob, ann_cem) = (explain("ann@a.nl", "bob@b.nl", "en"), explain("ann@a.nl", "cem@c.nl", "en"));
    for sentence in [
        "Bob Smith listed no goals.",
        "Bob Smith works in finance, the sector Ann de Vries is moving into.",
        "No sector points: Bob Smith named no sector to move into.",
        "Bob Smith 2 above on seniority: 2 → 4.",
        "Seniority: Ann de Vries at 2, Bob Smith at 4, not 1 to 2 above.",
    ] {
        assert!(ann_bob.contains(sentence), "{sentence} in\n{ann_bob}");
    }
    for sentence in [
        "For Ann de Vries (ann@a.nl): Shares none of Ann de Vries's 2 goals.",
        "For Cem Yilmaz (cem@c.nl): Shares none of Cem Yilmaz's 1 goal.",
        "No sector points: Cem Yilmaz's sector is unknown.",
    ] {
        assert!(ann_cem.contains(sentence), "{sentence} in\n{ann_cem}");
    }
    let dutch = explain("ann@a.nl", "cem@c.nl", "nl");
    assert!(
        dutch.contains("Voor Ann de Vries (ann@a.nl): Deelt geen van de 2 doelen van Ann de Vries."),
        "{dutch}"
    );
    let german = explain("ann@a.nl", "bob@b.nl", "de");
    assert!(
        german.contains("Bob Smith arbeitet in finance, der Branche, in die Ann de Vries wechseln möchte."),
        "{german}"
    );
    for text in [&ann_bob, &ann_cem, &dutch, &german] {
        assert!(!text.to_lowercase().contains("mentee") && !text.to_lowercase().contains("mentor"), "{text}");
    }
}

#[test]
fn locked_peers_share_a_group_and_locks_that_cannot_be_kept_are_errors_at_their_line() {
    let wd = Workdir::new();
    wd.example("peers.csv");
    let groups = |run: &str| -> Vec<Vec<String>> {
        let value: serde_json::Value = serde_json::from_str(run).unwrap();
        value["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                g["members"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|m| m["id"].as_str().unwrap().to_owned())
                    .collect()
            })
            .collect()
    };
    let together = |groups: &[Vec<String>], a: &str, b: &str| {
        groups.iter().any(|g| g.iter().any(|m| m == a) && g.iter().any(|m| m == b))
    };
    let (ingrid, sanne, hans) =
        ("i.bakker@dewaterlelie.nl", "sanne.dewit@kpmg.nl", "hans.mulder@rabobank.nl");
    let free = groups(&wd.stdout(&["peers", "peers.csv", "--group-size", "4", "--format", "json", "-q"]));
    assert!(!together(&free, ingrid, sanne) && !together(&free, sanne, hans), "{free:?}");
    // Someone may be locked with two others: the three share a group.
    wd.write("locks.csv", format!("a_id,b_id\n{ingrid},{sanne}\n{hans},{sanne}\n"));
    let run = wd.run(&["peers", "peers.csv", "--group-size", "4", "--lock", "locks.csv", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let locked = groups(&run.stdout);
    assert!(together(&locked, ingrid, sanne) && together(&locked, sanne, hans), "{locked:?}");
    assert!(
        run.stdout.contains(
            "Locked together: Hans Mulder with Sanne de Wit, Ingrid Bakker with Sanne de Wit. Shared goals"
        ),
        "{}",
        run.stdout
    );
    // The exact method still proves the grouping best under the locks.
    assert!(run.stderr.contains("Grouped 13 of 13 people in 3 groups; total score"), "{}", run.stderr);
    assert!(run.stderr.contains("the best possible"), "{}", run.stderr);
    // More people locked together than a group holds.
    wd.write("five.csv", format!("a_id,b_id\n{ingrid},{sanne}\n{hans},{sanne}\n{hans},nadia.yilmaz@rocmn.nl\nnadia.yilmaz@rocmn.nl,esther.smit@gemeente-zeist.nl\nesther.smit@gemeente-zeist.nl,m.kuipers@stedelijkcollege.nl\n"));
    let five = wd.run(&["peers", "peers.csv", "--group-size", "4", "--lock", "five.csv"]);
    assert_eq!(five.code, 1, "{}", five.stderr);
    assert!(five.stderr.contains("five.csv:6: the locks put 6 people in one group"), "{}", five.stderr);
    assert!(five.stderr.contains("but the groups hold at most 5"), "{}", five.stderr);
    // Two colleagues joined by locks to a third, unless forced.
    wd.write(
        "colleagues.csv",
        format!("a_id,b_id\n{ingrid},{sanne}\nsanne.dewit@kpmg.nl,r.visser@dewaterlelie.nl\n"),
    );
    let colleagues = wd.run(&["peers", "peers.csv", "--group-size", "4", "--lock", "colleagues.csv"]);
    assert_eq!(colleagues.code, 1, "{}", colleagues.stderr);
    assert!(colleagues.stderr.contains("colleagues.csv:3: the locks put"), "{}", colleagues.stderr);
    assert!(colleagues.stderr.contains("may not share one: same organisation"), "{}", colleagues.stderr);
    let forced = wd.run(&[
        "peers",
        "peers.csv",
        "--group-size",
        "4",
        "--lock",
        "colleagues.csv",
        "--force-locks",
        "--format",
        "json",
    ]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(together(&groups(&forced.stdout), ingrid, "r.visser@dewaterlelie.nl"), "{}", forced.stdout);
}

/// The pairs inside the groups of a CSV grouping, each as (smaller id,
/// larger id).
pub fn pairs_in_groups(csv: &str) -> std::collections::BTreeSet<(String, String)> {
    let mut groups: std::collections::BTreeMap<String, Vec<String>> = std::collections::BTreeMap::new();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let (group, id) =
        (header.iter().position(|h| *h == "group").unwrap(), header.iter().position(|h| *h == "id").unwrap());
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        if !cells[group].is_empty() {
            groups.entry(cells[group].to_owned()).or_default().push(cells[id].to_owned());
        }
    }
    let mut pairs = std::collections::BTreeSet::new();
    for members in groups.values() {
        for a in members {
            for b in members {
                if a < b {
                    pairs.insert((a.clone(), b.clone()));
                }
            }
        }
    }
    pairs
}

#[test]
fn last_rounds_groups_as_history_never_put_two_people_together_again() {
    let wd = Workdir::new();
    wd.example("intervision.csv");
    let first = wd.run(&["peers", "intervision.csv", "--group-size", "4", "-o", "groups-2025.csv", "-q"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = pairs_in_groups(&wd.read("groups-2025.csv"));
    assert_eq!(before.len(), 36);
    let again =
        wd.stdout(&["peers", "intervision.csv", "--group-size", "4", "--history", "groups-2025.csv", "-q"]);
    let after = pairs_in_groups(&again);
    assert_eq!(after.len(), 36, "{again}");
    assert!(
        before.is_disjoint(&after),
        "together again: {:?}",
        before.intersection(&after).collect::<Vec<_>>()
    );
    // Pairs of peers keep apart the same people, and a workbook in Dutch
    // reads the same.
    let nl = wd.run(&[
        "peers",
        "intervision.csv",
        "--group-size",
        "4",
        "--lang",
        "nl",
        "-o",
        "groepen.xlsx",
        "-q",
    ]);
    assert_eq!(nl.code, 0, "{}", nl.stderr);
    let paired =
        wd.stdout(&["peers", "intervision.csv", "--history", "groepen.xlsx", "--format", "json", "-q"]);
    let value: serde_json::Value = serde_json::from_str(&paired).unwrap();
    for pair in value["pairs"].as_array().unwrap() {
        let (a, b) = (pair["a_id"].as_str().unwrap().to_owned(), pair["b_id"].as_str().unwrap().to_owned());
        assert!(!before.contains(&(a.clone().min(b.clone()), a.max(b))), "{pair}");
    }
    // Someone of last round who left is counted as a person, not a pair.
    wd.write("left.csv", wd.read("groups-2025.csv") + "1,gone@elsewhere.nl,Gone,Elsewhere,0,\n");
    let left = wd.run(&["peers", "intervision.csv", "--group-size", "4", "--history", "left.csv"]);
    assert_eq!(left.code, 0, "{}", left.stderr);
    assert!(
        left.stderr.contains("left.csv: 1 person of this file is not in this round; skipped"),
        "{}",
        left.stderr
    );
}
