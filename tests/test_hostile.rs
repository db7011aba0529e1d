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
