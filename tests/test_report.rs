//! The HTML report: its content, pinned by a snapshot, and proof in a real
//! headless Chromium that it renders.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::workdir::Workdir;

fn report(wd: &Workdir) -> String {
    wd.example("cohort.csv");
    wd.example("ratings.csv");
    wd.stdout(&[
        "match",
        "cohort.csv",
        "--ratings",
        "ratings.csv",
        "-q",
        "-o",
        "report.html",
        "--alternatives",
        "2",
    ]);
    wd.read("report.html")
}

#[test]
fn the_example_report() {
    let wd = Workdir::new();
    let html = report(&wd);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<tr class=\"pair\">").count(), 38);
    assert_eq!(html.matches("<tr class=\"unmatched\">").count(), 2);
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"));
    insta::assert_snapshot!(html);
}

#[test]
fn hostile_text_is_escaped_and_targets_are_drawn() {
    let wd = Workdir::new();
    wd.write(
        "cohort.csv",
        "id,role,name,organisation,gender\nE1,mentee,<script>alert(1)</script>,Acme,vrouw\nE2,mentee,Bo,Beta,man\nM1,mentor,Cy & Co,Gamma,man\nM2,mentor,Di,Delta,vrouw\n",
    );
    wd.write("tandem.toml", "[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 0.5\n");
    let html = wd.stdout(&["match", "cohort.csv", "--config", "tandem.toml", "-q", "--format", "html"]);
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("Cy &amp; Co"));
    assert!(html.contains("class=\"target-share\"") && html.contains("class=\"target-threshold\""));
    assert!(html.contains("<span class=\"met\">Met</span>"));
}

/// Debian's Chromium, or another Chrome on the PATH.
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].iter().find_map(|name| {
        std::env::var_os("PATH")
            .and_then(|paths| std::env::split_paths(&paths).map(|dir| dir.join(name)).find(|p| p.is_file()))
    })
}

/// Headless Chromium with the flags a closed network needs; its stdout and
/// stderr.
fn headless(browser: &Path, profile: &Path, args: &[&str]) -> (String, String) {
    let output = Command::new("timeout")
        .arg("120")
        .arg(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("run chromium");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_report_renders_in_a_browser() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: no Chromium found (.ci/run installs Debian's chromium package)");
        return;
    };
    let wd = Workdir::new();
    report(&wd);
    let page = format!("file://{}", wd.path("report.html").display());
    let (dom, log) = headless(&browser, &wd.path("profile-dom"), &["--dump-dom", &page]);
    assert!(dom.contains("<title>Mentoring pairs: tandem report</title>"), "{log}");
    assert_eq!(dom.matches("<tr class=\"pair\">").count(), 38);
    assert!(dom.matches("class=\"bin\"").count() == 10 && dom.matches("class=\"flow\"").count() > 10);
    assert!(dom.contains("class=\"org-mentees\"") && dom.contains("class=\"segment\""));
    let errors: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Failed to load"))
        .collect();
    assert!(errors.is_empty(), "console errors: {errors:?}");

    let screenshot = wd.path("report.png");
    let shot = format!("--screenshot={}", screenshot.display());
    headless(&browser, &wd.path("profile-shot"), &["--window-size=1200,1600", &shot, &page]);
    let png = std::fs::read(&screenshot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000, "{} bytes", png.len());
}
