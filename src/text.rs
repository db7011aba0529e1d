//! Text normalisation shared by every stage: folding for comparison and
//! splitting of multi-valued cells.
//!
//! Folding is what makes "Léadership ", "leadership" and "LEADERSHIP" the same
//! goal, and "E-mail" the same header as "email". Nothing here knows what a
//! participant is.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Folds text for comparison: diacritics removed, lower case, runs of white
/// space collapsed to one space, trimmed.
///
/// ```
/// assert_eq!(tandem::text::fold("  Léadership\tSkills "), "leadership skills");
/// ```
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_whitespace() {
            pending_space = !folded.is_empty();
            continue;
        }
        if pending_space {
            folded.push(' ');
            pending_space = false;
        }
        folded.extend(c.to_lowercase());
    }
    folded
}

/// Folds text to its letters and digits only, for matching headers and
/// keywords: "E-mail address" and "emailaddress" give the same key.
///
/// ```
/// assert_eq!(tandem::text::key("Target-Sector (optional)"), "targetsectoroptional");
/// ```
pub fn key(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Splits a multi-valued cell on `;`, `,`, `|` and line breaks, trimming each
/// item and dropping empty ones, as sign-up forms write them (Microsoft Forms
/// `a;b;`, Google Forms `a, b`).
///
/// ```
/// assert_eq!(tandem::text::split_list("Leadership; Negotiation;"), ["Leadership", "Negotiation"]);
/// ```
pub fn split_list(cell: &str) -> Vec<String> {
    cell.split([';', ',', '|', '\n', '\r'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_diacritics_case_and_extra_space() {
        assert_eq!(fold("Mentée"), "mentee");
        assert_eq!(fold("  Public   Sector\n"), "public sector");
        assert_eq!(fold("ÖFFENTLICHER Dienst"), "offentlicher dienst");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn key_keeps_only_letters_and_digits() {
        assert_eq!(key("E-mail"), "email");
        assert_eq!(key("Participant ID"), "participantid");
        assert_eq!(key("Organisation:"), "organisation");
    }

    #[test]
    fn split_list_accepts_every_form_separator() {
        assert_eq!(split_list("a;b;"), ["a", "b"]);
        assert_eq!(split_list("a, b"), ["a", "b"]);
        assert_eq!(split_list("a|b\nc\r\nd"), ["a", "b", "c", "d"]);
        assert!(split_list(" ; ,, ").is_empty());
    }
}
