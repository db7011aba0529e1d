//! What a careless or hostile run must not do: write over its inputs,
//! replace devices and pipes, panic on a closed or full output, or leave
//! files of personal data behind.

use std::process::{Command, Stdio};

use crate::workdir::Workdir;

fn example_workdir() -> Workdir {
    let wd = Workdir::new();
    wd.example("cohort.csv");
    wd
}

#[test]
fn no_input_of_any_kind_is_written_over() {
    let wd = example_workdir();
    wd.write("pairs.csv", "mentee_id,mentor_id,rating\nME01,MR02,4\n");
    for flag in ["--lock", "--exclude", "--ratings"] {
        for output in ["pairs.csv", "./pairs.csv"] {
            let run = wd.run(&["match", "cohort.csv", flag, "pairs.csv", "-q", "-o", output]);
            assert_eq!(run.code, 1, "{flag} {output}: {}", run.stderr);
            assert!(run.stderr.contains("is one of the input files"), "{}", run.stderr);
            assert_eq!(wd.read("pairs.csv"), "mentee_id,mentor_id,rating\nME01,MR02,4\n");
        }
    }
    wd.write("tandem.toml", "[rules]\nmin_score = 0\n");
    let run = wd.run(&["scores", "cohort.csv", "--config", "tandem.toml", "-q", "-o", "tandem.toml"]);
    assert_eq!(run.code, 1);
    assert_eq!(wd.read("tandem.toml"), "[rules]\nmin_score = 0\n");
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_written_to_never_replaced() {
    let wd = example_workdir();
    let run = wd.run(&["match", "cohort.csv", "-q", "-o", "/dev/null"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!std::fs::metadata("/dev/null").unwrap().is_file(), "/dev/null is still a device");
    // `-o -` is standard output, not a file named "-".
    let run = wd.run(&["match", "cohort.csv", "-q", "-o", "-"]);
    assert!(run.stdout.starts_with("rank,"), "{}", run.stdout);
    assert!(!wd.path("-").exists());
    // A named pipe gets the output through it, and stays a pipe.
    let fifo = wd.path("pipe");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = std::thread::spawn({
        let fifo = fifo.clone();
        move || std::fs::read_to_string(fifo).unwrap()
    });
    let run = wd.run(&["match", "cohort.csv", "-q", "-o", "pipe"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(reader.join().unwrap().starts_with("rank,"));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

/// Runs tandem with standard output closed by its reader before it writes.
fn closed_stdout(wd: &Workdir, args: &[&str]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .current_dir(wd.path(""))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let wd = example_workdir();
    wd.write("pairs.csv", "mentee_id,mentor_id,rating\nME01,MR02,4\n");
    for args in [
        &["match", "cohort.csv", "-q"][..],
        &["scores", "cohort.csv", "-q"],
        &["validate", "cohort.csv", "-q"],
        &["check", "--pairs", "pairs.csv", "cohort.csv", "-q"],
        &["explain", "ME01", "MR02", "cohort.csv", "-q"],
    ] {
        let (code, stderr) = closed_stdout(&wd, args);
        assert_eq!((code, stderr.as_str()), (141, ""), "{args:?}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_and_a_full_stderr_no_panic() {
    let wd = example_workdir();
    let run = wd.run(&["match", "cohort.csv", "-q", "-o", "/dev/full"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "error: cannot write /dev/full: No space left on device\n");
    for args in [&["match", "cohort.csv", "-q"][..], &["validate", "cohort.csv", "-q"]] {
        let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(args)
            .current_dir(wd.path(""))
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr, "error: cannot write to standard output: No space left on device\n", "{args:?}");
    }
    // Nowhere to say anything: the run still ends as it should.
    let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["match", "cohort.csv", "-o", "pairs.csv"])
        .current_dir(wd.path(""))
        .stderr(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(wd.read("pairs.csv").starts_with("rank,"));
}

#[test]
fn a_temporary_file_says_whose_it_is_and_never_stays() {
    let wd = example_workdir();
    wd.stdout(&["match", "cohort.csv", "-q", "-o", "pairs.csv"]);
    let names: Vec<String> = std::fs::read_dir(wd.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with(".tandem-")), "{names:?}");
}

fn hostile(wd: &Workdir, name: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hostile").join(name);
    wd.write(name, std::fs::read(path).unwrap());
}

/// Runs tandem with a memory ceiling; the exit code and standard error.
fn with_memory(wd: &Workdir, limit: &str, args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .current_dir(wd.path(""))
        .env("TANDEM_MAX_MEMORY", limit)
        .output()
        .unwrap();
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn hostile_workbooks_are_errors_before_they_are_unpacked() {
    let wd = Workdir::new();
    for name in ["far-cell.xlsx", "shared-string.xlsx", "unpacks-large.xlsx", "repeats.ods"] {
        hostile(&wd, name);
    }
    let (code, stderr) = with_memory(&wd, "400MB", &["validate", "-q", "far-cell.xlsx"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("error: far-cell.xlsx [Form1]:1048576: column XFD: this sheet has a value in column XFD, beyond the 2000 columns tandem reads"), "{stderr}");
    let (code, stderr) = with_memory(&wd, "400MB", &["validate", "-q", "shared-string.xlsx"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("error: shared-string.xlsx [Form1]:2: column D: this cell holds 5000000 characters, more than the 32767 a cell may hold"), "{stderr}");
    let (code, stderr) = with_memory(&wd, "400MB", &["validate", "-q", "repeats.ods"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("error: repeats.ods: this workbook repeats cells into more than 5000000 values"),
        "{stderr}"
    );
    // A CSV as wide: the value beyond the last column read is named.
    wd.write("wide.csv", format!("id,role,organisation\nE1,mentee,A{}x\n", ",".repeat(2500)));
    let (code, stderr) = with_memory(&wd, "400MB", &["validate", "-q", "wide.csv"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with(
            "error: wide.csv:2: column CRG: this row has a value beyond the 2000 columns tandem reads"
        ),
        "{stderr}"
    );
    let (code, stderr) = with_memory(&wd, "400MB", &["match", "-q", "unpacks-large.xlsx"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: unpacks-large.xlsx: this workbook unpacks to 209 MB, more than the 100 MB tandem reads (209 KB packed)\n  hint: save the responses sheet alone as 'CSV UTF-8', or as a new workbook without other sheets and images\n"
    );
}

#[test]
fn a_memory_ceiling_that_is_no_size_is_a_usage_error() {
    let wd = example_workdir();
    for bad in ["1e8", "abc", "-1", "100 parsecs"] {
        let (code, stderr) = with_memory(&wd, bad, &["match", "-q", "cohort.csv"]);
        assert_eq!(code, 2, "{bad}");
        assert!(
            stderr.starts_with(&format!(
                "error: TANDEM_MAX_MEMORY is '{bad}', which is not an amount of memory"
            )),
            "{stderr}"
        );
    }
    let (code, stderr) = with_memory(&wd, "2GB", &["match", "-q", "cohort.csv"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let (code, stderr) = with_memory(&wd, "300kB", &["match", "-q", "cohort.csv"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("which need about"), "{stderr}");
    // Intake counts under the same ceiling, before reading.
    let (code, stderr) = with_memory(&wd, "100kB", &["match", "-q", "cohort.csv"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with(
            "error: cohort.csv: the file is 13 KB, and reading it needs about 204 KB of the 100 KB available"
        ),
        "{stderr}"
    );
}

#[test]
fn many_alike_problems_are_counted_not_listed() {
    let wd = Workdir::new();
    let mut csv = String::from("id,role,organisation\n");
    for i in 0..1000 {
        csv += &format!("E{i},mentee,\n");
    }
    wd.write("intake.csv", csv);
    let run = wd.run(&["validate", "-q", "intake.csv"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn text_fields_have_limits_and_goals_compare_in_near_linear_time() {
    let wd = Workdir::new();
    let many: Vec<String> = (0..3000).map(|i| format!("goal {i}")).collect();
    wd.write(
        "many.csv",
        format!("id,role,organisation,goals\nE1,mentee,A,\"{}\"\nM1,mentor,B,x\n", many.join(";")),
    );
    let run = wd.run(&["validate", "-q", "many.csv"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: many.csv:2: column 'goals' (D): participant 'E1' lists 3000 goals, more than the 50 tandem reads"), "{}", run.stderr);
    wd.write(
        "long.csv",
        format!("id,role,organisation,goals\nE1,mentee,A,{}\nM1,mentor,B,x\n", "y".repeat(100_000)),
    );
    let run = wd.run(&["validate", "-q", "long.csv"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: long.csv:2: column 'goals' (D): this cell holds 100000 characters, more than the 32767 a cell may hold"), "{}", run.stderr);
    wd.write(
        "phrase.csv",
        format!("id,role,organisation,goals\nE1,mentee,A,{}\nM1,mentor,B,x\n", "y".repeat(300)),
    );
    let run = wd.run(&["validate", "-q", "phrase.csv"]);
    assert!(
        run.stderr.contains(
            "one of the goals of participant 'E1' is 300 characters long, more than the 200 tandem reads"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn employers_written_with_punctuation_are_one_employer() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,organisation,goals\nE1,mentee,ACME-BV,sales\nE2,mentee,Acme/BV,sales\nM1,mentor,Acme,sales\nM2,mentor,Beta,sales\n",
    );
    let run = wd.run(&["match", "-q", "intake.csv"]);
    assert_eq!(run.code, 0);
    let paired_with_acme =
        run.stdout.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.contains(",M1,"));
    assert_eq!(paired_with_acme.count(), 0, "no Acme pair: {}", run.stdout);
    assert!(run.stdout.contains("every mentee works at Acme, as this mentor does"), "{}", run.stdout);
}

#[test]
fn text_for_the_terminal_shows_what_would_hide_or_reverse() {
    let wd = Workdir::new();
    wd.write(
        "intake.csv",
        "id,role,name,organisation\nE1,mentee,Ann\u{202e}evil,A\nM1,mentor,Bo\u{200b},B\n",
    );
    let run = wd.run(&["explain", "E1", "M1", "intake.csv", "-q"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Ann\\u{202e}evil") && run.stdout.contains("Bo\\u{200b}"), "{}", run.stdout);
    assert!(!run.stdout.contains('\u{202e}'), "{}", run.stdout);
    // Files keep the text as it is.
    let csv = wd.stdout(&["match", "intake.csv", "-q", "-o", "pairs.csv"]);
    assert_eq!(csv, "");
    assert!(wd.read("pairs.csv").contains("Ann\u{202e}evil"));
}

#[test]
fn a_configuration_larger_than_any_real_one_is_refused() {
    let wd = example_workdir();
    wd.write("tandem.toml", format!("# {}\n", "x".repeat(2_000_000)));
    let run = wd.run(&["validate", "-q", "cohort.csv", "--config", "tandem.toml"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("error: tandem.toml: the configuration is larger than 1 MB"),
        "{}",
        run.stderr
    );
}
