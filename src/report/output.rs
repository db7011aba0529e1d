//! The one place bytes leave tandem: standard output, or a file written
//! whole to a temporary file beside it and renamed into place.
//!
//! A device or a named pipe given as the output (`-o /dev/null`, a FIFO) is
//! written to directly, never replaced; `-o -` is standard output. An
//! output that is one of the run's input files, by file identity, is
//! refused. The temporary file is named `.tandem-XXXXXX.tmp`, so one left
//! behind by a killed run says whose it is, and [`remove_unfinished`]
//! removes it when a run is interrupted.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, bail};

use crate::error::plain;
use crate::intake::same_file;

/// Standard output was closed by its reader (`tandem … | head`): the run
/// ends quietly, as the reader chose.
#[derive(Debug)]
pub struct Closed;

impl fmt::Display for Closed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("standard output was closed")
    }
}

impl std::error::Error for Closed {}

/// Temporary files being written, for [`remove_unfinished`].
static UNFINISHED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes the temporary files of writes under way: for a signal handler,
/// so that an interrupted run leaves no file of personal data behind.
pub fn remove_unfinished() {
    if let Ok(paths) = UNFINISHED.lock() {
        for path in paths.iter() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Writes bytes to standard output.
///
/// # Errors
/// [`Closed`] when the reader closed the pipe; any other failure (a full
/// disk) with its cause.
pub fn to_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Err(Closed.into()),
        Err(err) => Err(anyhow::anyhow!("cannot write to standard output: {}", plain(&err))),
        Ok(()) => Ok(()),
    }
}

/// Writes bytes to the output file, or to standard output without one or
/// with `-`.
///
/// # Errors
/// The output is one of the inputs, its folder does not exist or is a file,
/// or writing fails; [`Closed`] as for [`to_stdout`].
pub fn write(output: Option<&Path>, bytes: &[u8], inputs: &[PathBuf]) -> anyhow::Result<()> {
    let path = match output {
        None => return to_stdout(bytes),
        Some(path) if path.as_os_str() == "-" => return to_stdout(bytes),
        Some(path) => path,
    };
    let shown = path.display();
    if let Some(input) = inputs.iter().find(|input| same_file(input, path)) {
        bail!(
            "{shown} is one of the input files ({}); tandem will not write over it. Choose another output file",
            input.display()
        );
    }
    if let Ok(metadata) = std::fs::metadata(path)
        && !metadata.is_file()
    {
        if metadata.is_dir() {
            bail!(
                "cannot write {shown}: it is a folder; name a file in it, e.g. {}",
                path.join("pairs.csv").display()
            );
        }
        // A device or a named pipe: written as it is, never replaced.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|err| anyhow::anyhow!("cannot write {shown}: {}", plain(&err)))?;
        return file.write_all(bytes).map_err(|err| anyhow::anyhow!("cannot write {shown}: {}", plain(&err)));
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        match folder.exists() {
            true => bail!("cannot write {shown}: {} is a file, not a folder", folder.display()),
            false => bail!("cannot write {shown}: the folder {} does not exist", folder.display()),
        }
    }
    // A replaced file keeps its permissions; a new one gets the usual
    // read-write for its owner, read for others (not the temporary file's
    // owner-only mode).
    let permissions = std::fs::metadata(path).map(|m| m.permissions()).ok().or_else(default_permissions);
    let file =
        tempfile::Builder::new().prefix(".tandem-").suffix(".tmp").tempfile_in(folder).map_err(|err| {
            anyhow::anyhow!(
                "cannot write {shown}: cannot create a file in {}: {}",
                folder.display(),
                plain(&err)
            )
        })?;
    let temporary = file.path().to_owned();
    if let Ok(mut unfinished) = UNFINISHED.lock() {
        unfinished.push(temporary.clone());
    }
    let result = finish(file, bytes, permissions, path);
    if let Ok(mut unfinished) = UNFINISHED.lock() {
        unfinished.retain(|p| *p != temporary);
    }
    result.with_context(|| format!("cannot write {shown}"))
}

/// Fills the temporary file and renames it over the output.
fn finish(
    mut file: tempfile::NamedTempFile,
    bytes: &[u8],
    permissions: Option<std::fs::Permissions>,
    path: &Path,
) -> anyhow::Result<()> {
    if let Some(permissions) = permissions {
        file.as_file().set_permissions(permissions).map_err(|err| anyhow::anyhow!(plain(&err)))?;
    }
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .map_err(|err| anyhow::anyhow!(plain(&err)))?;
    file.persist(path).map_err(|err| anyhow::anyhow!(plain(&err.error)))?;
    Ok(())
}

/// Owner read-write, others read, for a new output file.
#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tests that write files and the one that removes every write
    /// under way take turns: removing would take another test's temporary
    /// file from under it.
    static TURNS: Mutex<()> = Mutex::new(());

    #[test]
    fn writes_atomically_and_never_over_an_input() {
        let _turn = TURNS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("intake.csv");
        std::fs::write(&input, "id\n").unwrap();
        let error = write(Some(&input), b"x", std::slice::from_ref(&input)).unwrap_err();
        assert!(error.to_string().contains("is one of the input files"));
        // The same file by another name is the same file.
        let other = dir.path().join(".").join("intake.csv");
        assert!(write(Some(&other), b"x", std::slice::from_ref(&input)).is_err());
        assert_eq!(std::fs::read_to_string(&input).unwrap(), "id\n");

        let output = dir.path().join("pairs.csv");
        write(Some(&output), b"new", std::slice::from_ref(&input)).unwrap();
        assert_eq!(std::fs::read(&output).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2, "no temporary file left");

        let error = write(Some(&dir.path().join("missing/pairs.csv")), b"x", &[]).unwrap_err();
        assert!(
            error.to_string().ends_with("the folder missing does not exist")
                || error.to_string().contains("does not exist"),
            "{error}"
        );
        let error = write(Some(&input.join("x.csv")), b"x", &[]).unwrap_err();
        assert!(error.to_string().ends_with("intake.csv is a file, not a folder"), "{error}");
        let error = write(Some(dir.path()), b"x", &[]).unwrap_err();
        assert!(error.to_string().contains("it is a folder"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_to_never_replaced() {
        write(Some(Path::new("/dev/null")), b"x", &[]).unwrap();
        assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
    }

    #[test]
    fn an_interrupted_write_leaves_no_temporary_file() {
        let _turn = TURNS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let dir = tempfile::tempdir().unwrap();
        let file =
            tempfile::Builder::new().prefix(".tandem-").suffix(".tmp").tempfile_in(dir.path()).unwrap();
        let (_, path) = file.keep().unwrap();
        UNFINISHED.lock().unwrap().push(path.clone());
        remove_unfinished();
        assert!(!path.exists());
        UNFINISHED.lock().unwrap().retain(|p| *p != path);
    }

    #[test]
    fn os_error_numbers_are_left_out() {
        let err = std::io::Error::from_raw_os_error(36);
        assert!(!plain(&err).contains("os error"), "{}", plain(&err));
    }
}
