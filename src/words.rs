//! The words participants and sign-up forms use for roles, genders,
//! languages and yes or no, in English, Dutch and German, mapped to one
//! canonical word each. Matching ignores case, spacing, punctuation and
//! diacritics (`text::key`).

use crate::text::key;

/// A role word: `Some(true)` for a mentor, `Some(false)` for a mentee.
pub fn is_mentor(word: &str) -> Option<bool> {
    match key(word).as_str() {
        "mentor" | "mentors" | "mentorin" | "mentoren" | "mentorinnen" | "begeleider" => Some(true),
        "mentee" | "mentees" | "menteen" | "mentie" | "protege" | "proteges" | "coachee" | "mentoree"
        | "mentorand" | "mentorandin" => Some(false),
        _ => None,
    }
}

/// A role word for both roles at once ("both", "beide", "beides"): a
/// participant who mentors and is mentored.
pub fn is_both(word: &str) -> bool {
    matches!(
        key(word).as_str(),
        "both" | "beide" | "beides" | "allebei" | "beiden" | "beide rollen" | "both roles"
    )
}

/// Yes or no, as forms write them.
pub fn yes_no(word: &str) -> Option<bool> {
    match key(word).as_str() {
        "yes" | "y" | "true" | "1" | "x" | "ja" | "j" | "jawel" | "wahr" => Some(true),
        "no" | "n" | "false" | "0" | "nee" | "neen" | "nein" | "falsch" => Some(false),
        _ => None,
    }
}

/// A count as people answer "how many?": a whole number, alone or among
/// words ("2 mentees", "3 of meer", "0 (Dit jaar helaas geen tijd)"), or a
/// number word ("twee", "zwei", "geen", "none"). `None` for no number, or
/// for two different ones ("1-2").
pub fn count(answer: &str) -> Option<u32> {
    let numbers: Vec<&str> = answer.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).collect();
    match numbers[..] {
        [number] => return number.parse().ok(),
        [_, _, ..] => return None,
        [] => {}
    }
    let mut found = None;
    let words = crate::intake::header_words(answer);
    // "een" and "ein" are also articles: a number only when alone.
    let alone = words.len() == 1;
    // "een of twee", "one or two": a range, not one number.
    if words.iter().any(|w| matches!(w.as_str(), "of" | "or" | "oder" | "tot" | "to" | "bis")) {
        return None;
    }
    for word in words {
        let number = match word.as_str() {
            "geen" | "none" | "no" | "nee" | "nein" | "keine" | "kein" | "zero" | "nul" | "null" => 0,
            "een" | "ein" | "eine" if alone => 1,
            "one" | "eins" | "1" => 1,
            "twee" | "two" | "zwei" => 2,
            "drie" | "three" | "drei" => 3,
            "vier" | "four" => 4,
            "vijf" | "five" | "funf" => 5,
            _ => continue,
        };
        if found.is_some_and(|f| f != number) {
            return None;
        }
        found = Some(number);
    }
    found
}

/// Whether an answer to a wish says it has none: "no preference", "geen
/// voorkeur", "maakt niet uit", "egal", "keine Präferenz", …
pub fn no_preference(answer: &str) -> bool {
    matches!(
        key(answer).as_str(),
        "nopreference"
            | "none"
            | "any"
            | "either"
            | "doesntmatter"
            | "doesnotmatter"
            | "nomatter"
            | "geenvoorkeur"
            | "maaktnietuit"
            | "maaktmenietuit"
            | "geen"
            | "egal"
            | "istmiregal"
            | "keinepraferenz"
            | "keinevorliebe"
            | "keinepreferenz"
            | "gleich"
    )
}

/// What a gender answer says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// `woman`, `man` or `non-binary`.
    Known(&'static str),
    /// Empty, or an answer that declines to say.
    Declined,
    /// A word tandem does not know, for callers to keep as written.
    Other,
}

/// A gender answer, mapped to one canonical word where tandem knows it.
pub fn gender(word: &str) -> Gender {
    Gender::Known(match key(word).as_str() {
        "woman" | "women" | "female" | "f" | "w" | "vrouw" | "v" | "vrouwelijk" | "frau" | "weiblich" => {
            "woman"
        }
        "man" | "men" | "male" | "m" | "mann" | "mannlich" | "mannelijk" | "heer" => "man",
        "nonbinary" | "nb" | "x" | "divers" | "d" | "nonbinair" | "genderqueer" | "anders" | "other" => {
            "non-binary"
        }
        "" | "prefernottosay" | "zegiklieverniet" | "zegikliefstniet" | "keineangabe" | "nvt" | "na" => {
            return Gender::Declined;
        }
        _ => return Gender::Other,
    })
}

/// A language's English name for the usual names in English, Dutch and
/// German; `None` for a language not listed, which callers keep as written.
pub fn language(word: &str) -> Option<&'static str> {
    Some(match key(word).as_str() {
        "english" | "engels" | "englisch" | "en" => "English",
        "dutch" | "nederlands" | "niederlandisch" | "hollands" | "nl" | "flemish" | "vlaams" => "Dutch",
        "german" | "duits" | "deutsch" | "de" => "German",
        "french" | "frans" | "franzosisch" | "francais" | "fr" => "French",
        "spanish" | "spaans" | "spanisch" | "espanol" | "es" => "Spanish",
        "turkish" | "turks" | "turkisch" | "turkce" | "tr" => "Turkish",
        "arabic" | "arabisch" | "ar" => "Arabic",
        "polish" | "pools" | "polnisch" | "polski" | "pl" => "Polish",
        "italian" | "italiaans" | "italienisch" | "italiano" | "it" => "Italian",
        "portuguese" | "portugees" | "portugiesisch" | "portugues" | "pt" => "Portuguese",
        "frisian" | "fries" | "frysk" | "friesisch" => "Frisian",
        "papiamento" | "papiaments" => "Papiamento",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_in_three_languages() {
        for word in ["Mentor", "mentorin", "MENTOR ", "Mentoren"] {
            assert_eq!(is_mentor(word), Some(true), "{word}");
        }
        for word in ["mentee", "Mentée", "protégé", "Mentees"] {
            assert_eq!(is_mentor(word), Some(false), "{word}");
        }
        assert_eq!(is_mentor("coach"), None);
    }

    #[test]
    fn genders_in_three_languages() {
        for word in ["Woman", "vrouw", "Frau", "F", "weiblich", "V"] {
            assert_eq!(gender(word), Gender::Known("woman"), "{word}");
        }
        for word in ["man", "Mann", "männlich", "M", "Male"] {
            assert_eq!(gender(word), Gender::Known("man"), "{word}");
        }
        assert_eq!(gender("Non-binary"), Gender::Known("non-binary"));
        assert_eq!(gender("Prefer not to say"), Gender::Declined);
        assert_eq!(gender("Keine Angabe"), Gender::Declined);
        assert_eq!(gender("two-spirit"), Gender::Other);
    }

    #[test]
    fn yes_and_no() {
        for word in ["Yes", "ja", "JA", "j", "x"] {
            assert_eq!(yes_no(word), Some(true), "{word}");
        }
        for word in ["no", "Nee", "nein"] {
            assert_eq!(yes_no(word), Some(false), "{word}");
        }
        assert_eq!(yes_no("maybe"), None);
    }

    #[test]
    fn counts_as_people_answer_them() {
        for (answer, expected) in [
            ("2", Some(2)),
            (" 12 ", Some(12)),
            ("2 mentees", Some(2)),
            ("3 of meer", Some(3)),
            ("0 (Dit jaar helaas geen tijd)", Some(0)),
            ("Dit jaar helaas geen tijd", Some(0)),
            ("twee", Some(2)),
            ("Zwei", Some(2)),
            ("none", Some(0)),
            ("1-2", None),
            ("een of twee", None),
            ("one or two", None),
            ("een paar", None),
            ("Eén", Some(1)),
            ("veel", None),
            ("", None),
        ] {
            assert_eq!(count(answer), expected, "{answer}");
        }
    }

    #[test]
    fn languages_by_their_english_name() {
        assert_eq!(language("Nederlands"), Some("Dutch"));
        assert_eq!(language("Niederländisch"), Some("Dutch"));
        assert_eq!(language("engels"), Some("English"));
        assert_eq!(language("Deutsch"), Some("German"));
        assert_eq!(language("Klingon"), None);
    }
}
