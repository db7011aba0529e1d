//! `tandem init`: a commented `tandem.toml` and an intake template to start
//! from, never written over existing files without `--force`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;
use clap::Args;
use tandem::config::DEFAULT_TOML;
use tandem::report;

use crate::console::say;

/// Write a commented tandem.toml and an intake template to start from.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to write into; created when missing.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Replace files that already exist.
    #[arg(long)]
    force: bool,
}

/// The intake template `init` writes: every field tandem reads, and two rows.
const TEMPLATE: &str = "\
id,role,name,email,organisation,sector,target_sector,goals,gender,background,languages,region,level,capacity
M001,mentor,Example Mentor,mentor@example.org,Example Corp,finance,,leadership; negotiation,,,English; Dutch,Utrecht,director,2
E001,mentee,Example Mentee,mentee@example.org,Example School,education,finance,leadership; budgeting,,,Dutch,Utrecht,team lead,
";

/// Runs `init`.
///
/// # Errors
/// A file that exists (without `--force`), or one that cannot be written.
pub fn run(args: InitArgs) -> anyhow::Result<ExitCode> {
    let files = [("tandem.toml", DEFAULT_TOML), ("participants.csv", TEMPLATE)];
    let targets: Vec<(PathBuf, &str)> =
        files.iter().map(|(name, text)| (args.dir.join(name), *text)).collect();
    if !args.force
        && let Some((path, _)) = targets.iter().find(|(path, _)| path.exists())
    {
        bail!(
            "{} already exists; tandem init leaves it as it is (give --force to replace it)",
            path.display()
        );
    }
    std::fs::create_dir_all(&args.dir).map_err(|err| {
        anyhow::anyhow!("cannot create {}: {}", args.dir.display(), tandem::error::plain(&err))
    })?;
    for (path, text) in &targets {
        report::write(Some(path), text.as_bytes(), &[])?;
        say(&format!("Wrote {}", display(path)));
    }
    Ok(ExitCode::SUCCESS)
}

fn display(path: &Path) -> String {
    path.strip_prefix("./").unwrap_or(path).display().to_string()
}
