//! The participant fields and every way staff and form builders head their
//! columns, in English, Dutch and German: whole names ("Organisatie") and
//! the words of questions ("Bij welke organisatie werk je?"). One table, to
//! extend by adding a name or a pattern; the tests below hold real form
//! headings.
//!
//! Patterns are written folded (lower case, no diacritics, no hyphens):
//! every word of a pattern must be in the header; `stem*` matches words
//! starting with the stem, `*stem` words ending with it, `!word` excludes.
//! The longest matching pattern decides between fields.

use crate::intake::{Content, FieldSpec, header_words, pattern_strength};

/// Headers that ask for someone's cultural background or origin, but not
/// their professional or educational one: a field, and sensitive.
const BACKGROUND: &[&str] = &[
    "achtergrond !professione* !opleiding* !werk* !beroep*",
    "*achtergrond !professione* !opleiding* !werk* !beroep*",
    "background !professional !educational !work",
    "hintergrund !beruf* !ausbildung*",
    "*hintergrund !beruf* !ausbildung*",
    "herkunft*",
    "afkomst*",
    "herkomst",
    "origin*",
    "ethni*",
    "etni*",
];

/// The participant fields and the headers staff write for them.
pub const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        name: "id",
        aliases: &[
            "participant id",
            "participant",
            "code",
            "number",
            "nr",
            "deelnemer id",
            "deelnemernummer",
            "nummer",
            "teilnehmer id",
            "teilnehmernummer",
        ],
        words: &[
            "deelnemer* nummer",
            "deelnemernummer*",
            "participant number",
            "participant id",
            "teilnehmer* nummer",
            "teilnehmernummer*",
            "personeelsnummer",
            "personalnummer",
            "studentnummer",
            "matrikelnummer",
            "student* number",
            "employee number",
            "staff number",
            "code",
            "participant* code",
            "deelnemerscode",
            "teilnehmercode",
        ],
        required: true,
        content: Content::Id,
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "role",
        aliases: &["rol", "rolle", "type", "funktion", "deelnemer als"],
        words: &[
            "rol",
            "role",
            "rolle",
            "mentor mentee",
            "aanmeld* als",
            "meld* aan als",
            "deelnem* als",
            "doe* mee als",
            "teilnehm* als",
            "nehm* teil als",
            "melde* an als",
            "sign* up as",
            "join* as",
            "participat* as",
            "take part as",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "is_mentor",
        aliases: &[
            "mentor",
            "is mentor",
            "mentor?",
            "are you a mentor",
            "ben je mentor",
            "bent u mentor",
            "wil je mentor zijn",
            "sind sie mentor",
            "bist du mentor",
        ],
        words: &[
            "wil* mentor !mentee",
            "ben* mentor !mentee",
            "bent mentor !mentee",
            "are mentor !mentee",
            "want mentor !mentee",
            "sind mentor !mentee",
            "bist mentor !mentee",
            "mochte* mentor !mentee",
            "willst mentor !mentee",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "is_mentee",
        aliases: &[
            "is mentee",
            "mentee?",
            "are you a mentee",
            "ben je mentee",
            "bent u mentee",
            "wil je mentee zijn",
            "sind sie mentee",
            "bist du mentee",
        ],
        words: &[
            "wil* mentee !mentor",
            "ben* mentee !mentor",
            "bent mentee !mentor",
            "are mentee !mentor",
            "want mentee !mentor",
            "sind mentee !mentor",
            "bist mentee !mentor",
            "mochte* mentee !mentor",
            "willst mentee !mentor",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "organisation",
        aliases: &[
            "organization",
            "org",
            "company",
            "employer",
            "organisatie",
            "bedrijf",
            "werkgever",
            "unternehmen",
            "firma",
            "arbeitgeber",
        ],
        words: &[
            "organisat*",
            "organizat*",
            "company",
            "employer*",
            "bedrijf*",
            "werkgever*",
            "unternehmen*",
            "firma",
            "arbeitgeber*",
            "instelling",
            "institution",
            "einrichtung",
            "school",
            "werk* bij",
            "work for",
            "arbeit* bei",
        ],
        required: true,
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "name",
        aliases: &[
            "full name",
            "naam",
            "volledige naam",
            "vollständiger name",
            "vor und nachname",
            "voor en achternaam",
            "first and last name",
        ],
        words: &[
            "naam",
            "name",
            "voor achternaam",
            "vor nachname",
            "first last name",
            "vorname nachname",
            "voornaam achternaam",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "first_name",
        aliases: &["first name", "given name", "voornaam", "roepnaam", "vorname"],
        words: &["voornaam", "roepnaam", "vorname", "first name", "given name", "firstname"],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "middle_name",
        aliases: &["tussenvoegsel", "tussenvoegsels", "middle name", "namenszusatz"],
        words: &["tussenvoegsel*", "middle name"],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "last_name",
        aliases: &["last name", "surname", "family name", "achternaam", "nachname", "familienname"],
        words: &["achternaam", "nachname", "familienname", "last name", "surname", "family name", "lastname"],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "email",
        aliases: &["e-mail", "email address", "mail", "e-mailadres", "e-mail-adresse"],
        words: &["*email*", "mail", "*mailadres*"],
        content: Content::Email,
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "sector",
        aliases: &["industry", "branche", "sektor", "current sector"],
        words: &[
            "sector",
            "sectoren",
            "branche",
            "branch",
            "industry",
            "industrie",
            "sektor",
            "vakgebied",
            "werkveld",
            "beroepsveld",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "target_sector",
        aliases: &["target sector", "doelsector", "zielbranche", "zielsektor", "desired sector"],
        words: &[
            "doelsector",
            "zielbranche",
            "zielsektor",
            "target sector",
            "desired sector",
            "sector overstap*",
            "sector wil*",
            "sector naar",
            "branche overstap*",
            "branche wechs*",
            "branche mochte*",
            "branche wollen",
            "sektor wechs*",
            "sector switch*",
            "sector move",
            "sector want",
            "industry switch*",
            "industry move",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "goals",
        aliases: &[
            "development goals",
            "topics",
            "themes",
            "leerdoelen",
            "doelen",
            "ontwikkeldoelen",
            "onderwerpen",
            "ziele",
            "entwicklungsziele",
            "themen",
        ],
        words: &[
            "leerdoel*",
            "ontwikkeldoel*",
            "ontwikkelpunt*",
            "doel",
            "doelen",
            "onderwerp*",
            "thema*",
            "wil* leren",
            "goal*",
            "topic*",
            "theme*",
            "want* learn",
            "like* learn",
            "develop* !stage",
            "expertise",
            "ziel",
            "ziele",
            "*ziele",
            "lernziel*",
            "themen",
            "mochte* lernen",
            "entwickl*",
        ],
        join: "; ",
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "gender",
        aliases: &["sex", "geslacht", "geschlecht"],
        words: &["gender*", "geslacht*", "geschlecht*", "sex"],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "background",
        aliases: &["cultural background", "achtergrond", "hintergrund"],
        words: BACKGROUND,
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "languages",
        aliases: &["language", "talen", "taal", "sprachen", "sprache"],
        words: &["talen", "taal", "*taal", "language*", "sprache*", "*sprachen"],
        join: "; ",
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "region",
        aliases: &["regio", "location", "standort"],
        words: &[
            "regio*",
            "region*",
            "location",
            "locatie",
            "standort",
            "woonplaats",
            "wohnort",
            "city",
            "stad",
            "provincie",
            "bundesland",
            "waar woon*",
            "where live",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "level",
        aliases: &["seniority", "niveau", "ebene"],
        words: &[
            "level",
            "niveau",
            "*niveau",
            "seniority",
            "grade",
            "schaal",
            "salarisschaal",
            "ebene",
            "hierarchie*",
            "karrierestufe",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "capacity",
        aliases: &["max mentees", "capaciteit", "kapazität", "aantal mentees"],
        words: &[
            "capacit*",
            "kapazit*",
            "hoeveel mentee*",
            "aantal mentee*",
            "anzahl mentee*",
            "wie viele mentee*",
            "how many mentee*",
            "max* mentee*",
            "hoeveel begeleid*",
            "wie viele betreu*",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "mentors_wanted",
        aliases: &["mentors wanted", "number of mentors", "aantal mentoren", "anzahl mentoren"],
        words: &[
            "how many mentor*",
            "hoeveel mentor*",
            "aantal mentor*",
            "anzahl mentor*",
            "wie viele mentor*",
            "number of mentor*",
        ],
        ..FieldSpec::EMPTY
    },
    FieldSpec {
        name: "priority",
        aliases: &["priority", "voorrang", "prioriteit", "vorrang", "priorität"],
        ..FieldSpec::EMPTY
    },
];

/// Headers of columns that hold personal data of a special kind (gender,
/// ethnicity, origin, religion, health, sexual orientation, age, …), in
/// English, Dutch and German, as patterns like the fields'.
const SENSITIVE: &[&str] = &[
    "gender*",
    "geslacht*",
    "geschlecht*",
    "sex",
    "sexe",
    "sexual*",
    "sexuell*",
    "seksue*",
    "lgbt*",
    "lhbt*",
    "ethni*",
    "etni*",
    "race",
    "ras",
    "migra*",
    "*migratie*",
    "*migration*",
    "religi*",
    "geloof*",
    "glaube*",
    "konfession*",
    "health*",
    "gezondheid*",
    "gesundheit*",
    "medical",
    "medisch*",
    "medizin*",
    "disab*",
    "handicap*",
    "beperking*",
    "behinder*",
    "beeintrachtig*",
    "age",
    "leeftijd*",
    "alter",
    "birth*",
    "geboort*",
    "geburt*",
    "nationalit*",
    "staatsangehorig*",
    "pronoun*",
    "voornaamwoord*",
    "pronom*",
];

/// Whether a header, by its words, names personal data of a special kind.
pub fn is_sensitive_header(header: &str) -> bool {
    let words = header_words(header);
    SENSITIVE.iter().chain(BACKGROUND).any(|pattern| pattern_strength(&words, pattern) > 0)
}

/// Fields whose values are always sensitive.
pub const SENSITIVE_FIELDS: &[&str] = &["gender", "background"];

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::intake::{Columns, parse};

    /// What each header of a one-line CSV becomes.
    fn fields(headers: &[&str]) -> Vec<Option<&'static str>> {
        let mut csv = String::new();
        let cells: Vec<String> = headers.iter().map(|h| format!("\"{h}\"")).collect();
        csv += &cells.join(",");
        csv += "\n";
        let table = parse("t.csv", csv.as_bytes()).unwrap();
        let resolved = Columns::resolve(&table, FIELDS, &BTreeMap::new());
        assert!(resolved.warnings.is_empty(), "{headers:?}: {:?}", resolved.warnings);
        resolved.uses.iter().map(|u| u.field).collect()
    }

    #[test]
    fn dutch_microsoft_forms_questions() {
        let headers = [
            "Id",
            "Begintijd",
            "Ik meld me aan als",
            "Voornaam",
            "Tussenvoegsel",
            "Achternaam",
            "Wat is je werk-e-mailadres?",
            "Bij welke organisatie werk je?",
            "In welke sector werk je?",
            "Naar welke sector wil je overstappen?",
            "Wat zijn je leerdoelen?",
            "Hoeveel mentees kun je begeleiden?",
            "Geslacht (optioneel)",
            "Culturele achtergrond",
            "Welke talen spreek je?",
            "In welke regio woon je?",
            "Functieniveau",
            "Opmerkingen",
        ];
        assert_eq!(
            fields(&headers),
            [
                Some("id"),
                None,
                Some("role"),
                Some("first_name"),
                Some("middle_name"),
                Some("last_name"),
                Some("email"),
                Some("organisation"),
                Some("sector"),
                Some("target_sector"),
                Some("goals"),
                Some("capacity"),
                Some("gender"),
                Some("background"),
                Some("languages"),
                Some("region"),
                Some("level"),
                None,
            ]
        );
    }

    #[test]
    fn german_questions() {
        let headers = [
            "ID",
            "Vorname Nachname",
            "Ich nehme teil als",
            "Bei welchem Unternehmen arbeiten Sie?",
            "In welcher Branche sind Sie tätig?",
            "Welche Entwicklungsziele haben Sie?",
            "Wie viele Mentees können Sie betreuen?",
            "Anzahl Mentees",
            "Herkunft",
            "Geschlecht",
            "Welche Sprachen sprechen Sie?",
        ];
        let found = fields(&headers[..7]);
        assert_eq!(
            found,
            [
                Some("id"),
                Some("name"),
                Some("role"),
                Some("organisation"),
                Some("sector"),
                Some("goals"),
                Some("capacity")
            ]
        );
        assert_eq!(
            fields(&["ID", "Anzahl Mentees", "Herkunft", "Geschlecht", "Welche Sprachen sprechen Sie?"]),
            [Some("id"), Some("capacity"), Some("background"), Some("gender"), Some("languages")]
        );
    }

    #[test]
    fn english_form_questions() {
        assert_eq!(
            fields(&[
                "Email address",
                "What is your name?",
                "Which organisation do you work for?",
                "What are your development goals?",
                "Which industry do you work in?",
                "Which sector do you want to move into?",
                "How many mentees can you take on?",
                "Which languages do you speak?",
                "What is your gender?",
            ]),
            [
                Some("email"),
                Some("name"),
                Some("organisation"),
                Some("goals"),
                Some("sector"),
                Some("target_sector"),
                Some("capacity"),
                Some("languages"),
                Some("gender")
            ]
        );
    }

    #[test]
    fn how_many_mentors_a_mentee_wants_beside_how_many_mentees_a_mentor_takes() {
        // Each as the one such question of its form.
        let one = |header: &str| fields(&[header])[0];
        assert_eq!(
            [
                "How many mentees can you take on?",
                "How many mentors would you like?",
                "Hoeveel mentoren wil je?",
                "Wie viele Mentoren wünschen Sie sich?",
                "Anzahl Mentees",
                "Number of mentors",
            ]
            .map(one),
            [
                Some("capacity"),
                Some("mentors_wanted"),
                Some("mentors_wanted"),
                Some("mentors_wanted"),
                Some("capacity"),
                Some("mentors_wanted"),
            ]
        );
    }

    #[test]
    fn sensitive_headers_in_three_languages() {
        for header in [
            "What is your gender?",
            "Gender identity",
            "Geslacht (optioneel)",
            "Migratieachtergrond",
            "Ethnicity",
            "Herkunft",
            "Religie",
            "Date of birth",
            "Geburtsdatum",
            "Leeftijd",
            "Alter",
            "Sexuelle Orientierung",
            "Do you have a disability?",
            "Beperking of chronische ziekte",
            "Nationaliteit",
        ] {
            assert!(is_sensitive_header(header), "{header}");
        }
        for header in
            ["Organisatie", "Professionele achtergrond", "Opmerkingen", "Stage", "Manager", "Alternative"]
        {
            assert!(!is_sensitive_header(header), "{header}");
        }
    }
}
