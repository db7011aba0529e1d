//! How much memory a run may use: `TANDEM_MAX_MEMORY` when set, else what
//! the operating system reports available. Intake and scoring check their
//! needs against it before they allocate, so a cohort or a file too large
//! for the machine is an error with a message, never an abort.

use crate::error::{InputError, Kind, Location, Problem, UsageError};
use crate::score::CandidateMatrix;

/// The environment variable that sets a ceiling.
pub const VARIABLE: &str = "TANDEM_MAX_MEMORY";

/// The memory a run may use, in bytes; `None` when nothing says.
///
/// # Errors
/// `TANDEM_MAX_MEMORY` is set to something that is not a size.
pub fn limit() -> Result<Option<u64>, UsageError> {
    match std::env::var(VARIABLE) {
        Ok(text) => parse(&text).map(Some).ok_or_else(|| {
            UsageError::new(
                format!("{VARIABLE} is '{text}', which is not an amount of memory"),
                "write a whole number of bytes, or one with a unit: 500MB, 2GB, 1.5GiB",
            )
        }),
        Err(_) => Ok(available()),
    }
}

/// Refuses, before allocating, a cohort whose candidate pairs would not fit
/// in the memory the run may use:
///
/// # Errors
/// Too little memory, with a hint of what to do: the matrix takes two
/// bytes a pair (five where the weights add up to more than 652 points,
/// `narrow` false), the dense solver four more where mentees outnumber places
/// (it works on a copy, a row per place; large cohorts are solved on
/// candidate lists instead), and several targets at once need a flow
/// network of about fifty more.
pub fn check_pairs(mentees: usize, mentors: usize, targets: usize, narrow: bool) -> Result<(), InputError> {
    let pairs = mentees as u64 * mentors as u64;
    let per_pair = CandidateMatrix::bytes_per_pair(narrow)
        + crate::solve::bytes_per_pair(mentees, mentors)
        + if targets >= 2 { 48 } else { 0 };
    let needed = pairs * per_pair + 64 * 1024 * 1024;
    // An unreadable TANDEM_MAX_MEMORY was refused when the run started.
    let Some(available) = limit().ok().flatten() else { return Ok(()) };
    if needed <= available {
        return Ok(());
    }
    let gib = |bytes: u64| bytes as f64 / (1u64 << 30) as f64;
    Err(Problem::new(Kind::TooLarge,
        Location::nowhere(),
        format!(
            "{} mentees and {} mentors make {} candidate pairs, which need about {:.1} GiB of memory; {:.1} GiB is available",
            thousands(mentees as u64),
            thousands(mentors as u64),
            thousands(pairs),
            gib(needed),
            gib(available)
        ),
    )
    .hint(if targets >= 2 {
        "match smaller groups (for example per region or track), use fewer targets at once, or run on a machine with more memory"
    } else {
        "match smaller groups (for example per region or track), or run on a machine with more memory"
    })
    .into())
}

/// Whether a pool of peers fits: its matrix of scores both ways, two or
/// five bytes a pair as for [`check_pairs`], and the solver's dense
/// weights, eight (the general-graph solver's, or the group solver's as
/// large).
///
/// # Errors
/// Too little memory, with a hint of what to do.
pub fn check_pool(people: usize, narrow: bool) -> Result<(), InputError> {
    let pairs = people as u64 * people as u64;
    let needed = pairs * (CandidateMatrix::bytes_per_pair(narrow) + 8) + 64 * 1024 * 1024;
    refuse_beyond(
        needed,
        &format!("a pool of {} people", thousands(people as u64)),
        "pair smaller pools (for example per region or track), or run on a machine with more memory",
    )
}

/// Refuses what needs more than the memory available: "`what` needs about
/// … GiB of memory; … GiB is available", with `hint`.
fn refuse_beyond(needed: u64, what: &str, hint: &str) -> Result<(), InputError> {
    let Some(available) = limit().ok().flatten() else { return Ok(()) };
    if needed <= available {
        return Ok(());
    }
    Err(Problem::new(
        Kind::TooLarge,
        Location::nowhere(),
        format!("{what} needs about {} of memory; {} is available", size(needed), size(available)),
    )
    .hint(hint)
    .into())
}

/// The memory group mentoring needs beyond the candidate matrix: the
/// mentor–mentee scores and every two mentees' theme bonus, dense.
pub fn groups_bytes(mentees: usize, mentors: usize) -> u64 {
    let (mentees, mentors) = (mentees as u64, mentors as u64);
    8 * mentees * (mentees + mentors) + 64 * 1024 * 1024
}

/// Refuses, before allocating, group mentoring on a cohort whose mentees'
/// bonuses would not fit in memory.
///
/// # Errors
/// [`Kind::TooLarge`], saying how much is needed and what to do.
pub fn check_groups(mentees: usize, mentors: usize) -> Result<(), InputError> {
    refuse_beyond(
        groups_bytes(mentees, mentors),
        &format!("group mentoring of {} mentees", thousands(mentees as u64)),
        "form groups per region or track, or run on a machine with more memory",
    )
}

/// 50000000 as "50,000,000".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut text = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

/// A size for people: "12 KB", "204 MB", "1.5 GB".
pub fn size(bytes: u64) -> String {
    match bytes {
        0..1_000_000 => format!("{} KB", bytes.div_ceil(1000)),
        1_000_000..1_000_000_000 => format!("{} MB", bytes / 1_000_000),
        _ => format!("{:.1} GB", bytes as f64 / 1e9),
    }
}

/// What the operating system reports available, where it says.
fn available() -> Option<u64> {
    let meminfo = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = meminfo.lines().find(|line| line.starts_with("MemAvailable:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// A size: bytes, or a number with a decimal (kB, MB, GB, TB) or binary
/// (KiB, MiB, GiB, TiB) unit, in any case; `None` for anything else.
pub fn parse(text: &str) -> Option<u64> {
    let text = text.trim();
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "t" | "tb" => 1_000_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        "tib" => 1 << 40,
        _ => return None,
    };
    if number.is_empty() || number.matches('.').count() > 1 {
        return None;
    }
    let bytes = number.parse::<f64>().ok()? * factor as f64;
    (bytes.is_finite() && bytes >= 1.0 && bytes < u64::MAX as f64).then_some(bytes.round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 20,000 mentees need about 3 GiB for their bonuses: refused on a
    /// small machine, with a message, rather than killed mid-run.
    #[test]
    fn groups_grow_with_the_square_of_the_mentees() {
        assert_eq!(groups_bytes(0, 0), 64 * 1024 * 1024);
        assert_eq!(groups_bytes(1000, 200) - groups_bytes(0, 0), 8 * 1000 * 1200);
        assert!(groups_bytes(20_000, 5_000) > 3 * (1 << 30) as u64);
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(50_000_000), "50,000,000");
    }

    #[test]
    fn sizes_for_people() {
        assert_eq!(size(12_750), "13 KB");
        assert_eq!(size(209_715_200), "209 MB");
        assert_eq!(size(2_500_000_000), "2.5 GB");
    }

    #[test]
    fn sizes_with_and_without_units() {
        assert_eq!(parse("100000000"), Some(100_000_000));
        assert_eq!(parse("100MB"), Some(100_000_000));
        assert_eq!(parse(" 2 GiB "), Some(2 << 30));
        assert_eq!(parse("1.5gib"), Some(3 << 29));
        for bad in ["abc", "-1", "1e8", "", "0", "1.2.3", "12 parsecs", "MB"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
