//! Participants: the validated, typed and normalised people of one
//! programme round, built from intake tables.
//!
//! Every problem in the rows (missing ids, duplicate ids, unknown roles, bad
//! capacities) is collected with its file, line and column before failing.
//! Mentees and mentors are kept sorted by id, so nothing downstream depends
//! on the order of rows or files.

mod warnings;

use std::collections::BTreeMap;
use std::fmt;

use crate::error::{InputError, Location, Problem};
use crate::intake::{Columns, FieldSpec, Resolved, Table};
use crate::text::{fold, key, split_list};
use crate::words;

/// A participant's id, unique across all input files.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ParticipantId(pub String);

impl fmt::Display for ParticipantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Mentee,
    Mentor,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Mentee => "mentee",
            Role::Mentor => "mentor",
        }
    }

    /// Reads a role word in English, Dutch or German.
    pub fn parse(word: &str) -> Option<Role> {
        words::is_mentor(word).map(|mentor| if mentor { Role::Mentor } else { Role::Mentee })
    }
}

/// Legal forms that end organisation names in the Netherlands, Germany,
/// Belgium and English-speaking countries, as keys (letters only).
const LEGAL_FORMS: &[&str] = &[
    "bv", "nv", "vof", "cv", "bvba", "sa", "srl", "gmbh", "ag", "kg", "ohg", "ev", "ug", "se", "ltd",
    "limited", "plc", "llc", "inc", "corp", "co", "lp", "llp",
];

/// A value as written, with its folded form for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub text: String,
    pub key: String,
}

impl Term {
    /// The value of a cell; `None` when it is empty.
    pub fn new(text: &str) -> Option<Term> {
        let key = fold(text);
        (!key.is_empty()).then(|| Term { text: text.trim().to_owned(), key })
    }

    /// An organisation: compared on letters and digits only, without a
    /// trailing legal form, so that "Acme B.V.", "ACME BV" and "Acme" are
    /// one employer, and colleagues are kept apart however they write it.
    pub fn organisation(text: &str) -> Option<Term> {
        let mut words: Vec<String> = fold(text).split(' ').map(key).filter(|w| !w.is_empty()).collect();
        while words.len() > 1 && words.last().is_some_and(|w| LEGAL_FORMS.contains(&w.as_str())) {
            words.pop();
        }
        let key = words.concat();
        (!key.is_empty()).then(|| Term { text: text.trim().to_owned(), key })
    }

    /// A gender, as its canonical word where tandem knows it ("vrouw" and
    /// "Frau" are "woman"); `None` when empty or declined.
    pub fn gender(text: &str) -> Option<Term> {
        match words::gender(text) {
            words::Gender::Known(word) => Some(Term { text: word.to_owned(), key: word.to_owned() }),
            words::Gender::Declined => None,
            words::Gender::Other => Term::new(text),
        }
    }

    /// A language, named in English when tandem knows it ("Nederlands" is
    /// "Dutch"), else as written.
    pub fn language(text: &str) -> Option<Term> {
        Term::new(words::language(text).unwrap_or(text))
    }
}

/// One person taking part, as a mentee or a mentor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub id: ParticipantId,
    pub role: Role,
    pub name: String,
    pub email: String,
    pub organisation: Term,
    pub sector: Option<Term>,
    pub target_sector: Option<Term>,
    /// Mentee: development goals; mentor: topics offered.
    pub goals: Vec<Term>,
    pub gender: Option<Term>,
    pub background: Option<Term>,
    pub languages: Vec<Term>,
    pub region: Option<Term>,
    pub level: Option<Term>,
    /// How many mentees a mentor takes; 1 for mentees.
    pub capacity: u32,
    /// The row the participant was read from.
    pub origin: Location,
    /// The cells of columns tandem does not use, as (header, value), in the
    /// file's column order.
    pub extra: Vec<(String, String)>,
}

/// The participants of one matching run, each side sorted by id.
#[derive(Clone, Debug, Default)]
pub struct Cohort {
    pub mentees: Vec<Participant>,
    pub mentors: Vec<Participant>,
    /// The headers of columns tandem does not use, in the order the files
    /// first show them.
    pub extra_columns: Vec<String>,
    /// Doubts found while reading the files' headers; see [`Cohort::warnings`].
    pub intake_warnings: Vec<Problem>,
}

/// An intake table and the role its rows take when it has no role column.
pub struct Source<'a> {
    pub table: &'a Table,
    pub role: Option<Role>,
}

/// The participant fields and the header names staff write for them.
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
        required: true,
    },
    FieldSpec {
        name: "role",
        aliases: &["rol", "rolle", "type", "funktion", "deelnemer als"],
        required: false,
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
        required: false,
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
        required: true,
    },
    FieldSpec {
        name: "name",
        aliases: &["full name", "naam", "volledige naam", "vollständiger name", "vor und nachname"],
        required: false,
    },
    FieldSpec {
        name: "email",
        aliases: &["e-mail", "email address", "mail", "e-mailadres", "e-mail-adresse"],
        required: false,
    },
    FieldSpec {
        name: "sector",
        aliases: &["industry", "branche", "sektor", "current sector"],
        required: false,
    },
    FieldSpec {
        name: "target_sector",
        aliases: &["target sector", "doelsector", "zielbranche", "zielsektor", "desired sector"],
        required: false,
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
        required: false,
    },
    FieldSpec { name: "gender", aliases: &["sex", "geslacht", "geschlecht"], required: false },
    FieldSpec {
        name: "background",
        aliases: &["cultural background", "achtergrond", "hintergrund"],
        required: false,
    },
    FieldSpec {
        name: "languages",
        aliases: &["language", "talen", "taal", "sprachen", "sprache"],
        required: false,
    },
    FieldSpec { name: "region", aliases: &["regio", "location", "standort"], required: false },
    FieldSpec { name: "level", aliases: &["seniority", "niveau", "ebene"], required: false },
    FieldSpec {
        name: "capacity",
        aliases: &["max mentees", "capaciteit", "kapazität", "aantal mentees"],
        required: false,
    },
];

impl Cohort {
    /// Builds the cohort from intake tables. `columns` maps further headers
    /// to field names (the config's `[columns]`).
    ///
    /// # Errors
    /// Every problem of every table, located: a missing required column, an
    /// empty or duplicate id, an unknown role, an empty organisation, a
    /// capacity that is not a whole number.
    pub fn build(sources: &[Source<'_>], columns: &BTreeMap<String, String>) -> Result<Cohort, InputError> {
        let mut problems = Vec::new();
        let mut participants: Vec<Participant> = Vec::new();
        let mut ids: Vec<(String, Location)> = Vec::new();
        let mut extra_columns: Vec<String> = Vec::new();
        let mut intake_warnings: Vec<Problem> = Vec::new();
        for source in sources {
            problems.extend(source.table.problems.iter().cloned());
            let Resolved { columns: found, problems: column_problems, warnings } =
                Columns::resolve(source.table, FIELDS, columns);
            intake_warnings.extend(warnings);
            for column in found.unmapped(source.table) {
                let header = &source.table.headers[column];
                if !extra_columns.contains(header) {
                    extra_columns.push(header.clone());
                }
            }
            problems.extend(column_problems);
            if source.role.is_none() && found.get("role").is_none() && found.get("is_mentor").is_none() {
                problems
                    .push(Problem::new(Location::line(&source.table.source, source.table.header_line), "no column for role").hint(
                    "add a 'role' column (mentor or mentee), or give the file with --mentors or --mentees",
                ));
                continue;
            }
            // Without ids the rows cannot be told apart; without the other
            // required columns they are still checked, for one run to list
            // every problem.
            if found.get("id").is_none() {
                continue;
            }
            read_rows(source, &found, &mut participants, &mut ids, &mut problems);
        }

        // Every row with an id counts, even one with other problems, so that
        // a duplicate is reported in the same run.
        let mut first_row: BTreeMap<&str, &Location> = BTreeMap::new();
        for (id, origin) in &ids {
            if let Some(first) = first_row.insert(id, origin) {
                problems.push(
                    Problem::new((*origin).clone(), format!("id '{id}' is used twice, also at {first}"))
                        .hint("give every participant an id of their own"),
                );
                first_row.insert(id, first);
            }
        }
        InputError::check(problems)?;

        let (mut mentees, mut mentors): (Vec<_>, Vec<_>) =
            participants.into_iter().partition(|p| p.role == Role::Mentee);
        mentees.sort_by(|a, b| a.id.cmp(&b.id));
        mentors.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Cohort { mentees, mentors, extra_columns, intake_warnings })
    }

    /// A participant by id, with their role.
    pub fn find(&self, id: &str) -> Option<(Role, usize)> {
        let search = |side: &[Participant]| side.binary_search_by(|p| p.id.0.as_str().cmp(id)).ok();
        search(&self.mentees)
            .map(|i| (Role::Mentee, i))
            .or_else(|| search(&self.mentors).map(|i| (Role::Mentor, i)))
    }
}

fn read_rows(
    source: &Source<'_>,
    columns: &Columns,
    out: &mut Vec<Participant>,
    ids: &mut Vec<(String, Location)>,
    problems: &mut Vec<Problem>,
) {
    let table = source.table;
    for row in &table.rows {
        let cell = |field: &str| columns.get(field).map_or("", |c| row.cell(c));
        let at = |field: &str| table.at(row.line, columns.get(field).unwrap_or(0));
        let id = cell("id");
        if id.is_empty() {
            problems.push(Problem::new(at("id"), "this row has no id").hint("give every participant an id"));
            continue;
        }
        ids.push((id.to_owned(), Location::line(&table.source, row.line)));
        let word = cell("role");
        let role = if word.is_empty() && columns.get("is_mentor").is_some() {
            match words::yes_no(cell("is_mentor")) {
                Some(true) => Some(Role::Mentor),
                Some(false) => Some(Role::Mentee),
                None => {
                    problems.push(
                        Problem::new(
                            at("is_mentor"),
                            format!("'{}' for participant '{id}' is not yes or no", cell("is_mentor")),
                        )
                        .hint("write yes for a mentor and no for a mentee"),
                    );
                    continue;
                }
            }
        } else if word.is_empty() {
            None
        } else {
            match Role::parse(word) {
                Some(role) => Some(role),
                None => {
                    problems.push(
                        Problem::new(at("role"), format!("unknown role '{word}' for participant '{id}'"))
                            .hint("write mentor or mentee"),
                    );
                    continue;
                }
            }
        };
        let role = match (role, source.role) {
            (Some(role), given) if given.is_none_or(|g| g == role) => role,
            (Some(role), Some(given)) => {
                problems.push(
                    Problem::new(
                        at("role"),
                        format!(
                            "participant '{id}' is a {} in a file given as {}s",
                            role.name(),
                            given.name()
                        ),
                    )
                    .hint("move the row to the right file, or correct the role"),
                );
                continue;
            }
            (None, Some(given)) => given,
            (_, None) => {
                problems.push(
                    Problem::new(at("role"), format!("participant '{id}' has no role"))
                        .hint("write mentor or mentee"),
                );
                continue;
            }
        };
        let organisation = match Term::organisation(cell("organisation")) {
            Some(organisation) => organisation,
            // Reported once, as a missing column; the cohort is not built.
            None if columns.get("organisation").is_none() => Term { text: String::new(), key: String::new() },
            None => {
                problems.push(
                    Problem::new(at("organisation"), format!("participant '{id}' has no organisation"))
                        .hint("fill in the employer: tandem needs it to keep colleagues apart"),
                );
                continue;
            }
        };
        let capacity = match (role, cell("capacity")) {
            (Role::Mentee, _) | (Role::Mentor, "") => 1,
            (Role::Mentor, text) => match text.parse::<u32>() {
                Ok(capacity) if capacity <= 1000 => capacity,
                _ => {
                    problems.push(
                        Problem::new(
                            at("capacity"),
                            format!(
                                "capacity '{text}' of mentor '{id}' is not a whole number from 0 to 1000"
                            ),
                        )
                        .hint("write how many mentees this mentor takes, e.g. 1 or 2"),
                    );
                    continue;
                }
            },
        };
        let list = |field: &str, term: fn(&str) -> Option<Term>| {
            let mut seen = Vec::new();
            split_list(cell(field))
                .iter()
                .filter_map(|item| term(item))
                .filter(|t: &Term| {
                    let new = !seen.contains(&t.key);
                    seen.push(t.key.clone());
                    new
                })
                .collect()
        };
        out.push(Participant {
            id: ParticipantId(id.to_owned()),
            role,
            name: cell("name").to_owned(),
            email: cell("email").to_owned(),
            organisation,
            sector: Term::new(cell("sector")),
            target_sector: Term::new(cell("target_sector")),
            goals: list("goals", Term::new),
            gender: Term::gender(cell("gender")),
            background: Term::new(cell("background")),
            languages: list("languages", Term::language),
            region: Term::new(cell("region")),
            level: Term::new(cell("level")),
            capacity,
            origin: Location::line(&table.source, row.line),
            extra: columns
                .unmapped(table)
                .map(|c| (table.headers[c].clone(), row.cell(c).to_owned()))
                .collect(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::parse;

    fn build(files: &[(&str, &str, Option<Role>)]) -> Result<Cohort, InputError> {
        let tables: Vec<Table> =
            files.iter().map(|(name, text, _)| parse(name, text.as_bytes()).unwrap()).collect();
        let sources: Vec<Source> =
            tables.iter().zip(files).map(|(table, (_, _, role))| Source { table, role: *role }).collect();
        Cohort::build(&sources, &BTreeMap::new())
    }

    #[test]
    fn builds_sorted_typed_participants() {
        let cohort = build(&[(
            "a.csv",
            "Rol,ID,Organisatie,Leerdoelen,Capacity\nmentor,M2,Acme,\"Leadership; Sales;\",2\nMentée,E1,Beta,,\nMentor,M1,Gamma,,\n",
            None,
        )])
        .unwrap();
        let ids: Vec<_> = cohort.mentors.iter().map(|m| m.id.0.as_str()).collect();
        assert_eq!(ids, ["M1", "M2"]);
        assert_eq!(cohort.mentors[1].capacity, 2);
        assert_eq!(cohort.mentors[0].capacity, 1);
        let goals: Vec<_> = cohort.mentors[1].goals.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(goals, ["leadership", "sales"]);
        assert_eq!(cohort.mentees[0].origin, Location::line("a.csv", 3));
        assert_eq!(cohort.find("M2"), Some((Role::Mentor, 1)));
        assert_eq!(cohort.find("E1"), Some((Role::Mentee, 0)));
        assert_eq!(cohort.find("X"), None);
    }

    #[test]
    fn role_comes_from_the_file_flag() {
        let cohort = build(&[
            ("mentors.csv", "id,organisation\nM1,Acme\n", Some(Role::Mentor)),
            ("mentees.csv", "id,organisation\nE1,Beta\n", Some(Role::Mentee)),
        ])
        .unwrap();
        assert_eq!((cohort.mentees.len(), cohort.mentors.len()), (1, 1));
    }

    #[test]
    fn reports_every_row_problem_with_its_place() {
        let error = build(&[(
            "a.csv",
            "id,role,organisation,capacity\nM1,mentor,Acme,two\n,mentee,Beta,\nE2,coach,Beta,\nE3,mentee,,\nM1,mentor,Acme,1\n",
            None,
        )])
        .unwrap_err();
        let text = error.to_string();
        assert!(text.contains("a.csv:2: column 'capacity' (D): capacity 'two' of mentor 'M1'"), "{text}");
        assert!(text.contains("a.csv:3: column 'id' (A): this row has no id"), "{text}");
        assert!(text.contains("a.csv:4: column 'role' (B): unknown role 'coach'"), "{text}");
        assert!(
            text.contains("a.csv:5: column 'organisation' (C): participant 'E3' has no organisation"),
            "{text}"
        );
        assert!(text.contains("a.csv:6: id 'M1' is used twice, also at a.csv:2"), "{text}");
        assert_eq!(error.problems.len(), 5, "{text}");
    }

    #[test]
    fn duplicate_ids_name_both_lines_even_across_files() {
        let error = build(&[
            ("a.csv", "id,organisation\nX1,Acme\n", Some(Role::Mentor)),
            ("b.csv", "id,organisation\nE1,Beta\nX1,Beta\n", Some(Role::Mentee)),
        ])
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "b.csv:3: id 'X1' is used twice, also at a.csv:2\n  hint: give every participant an id of their own"
        );
    }

    #[test]
    fn a_file_without_role_column_needs_a_role_flag() {
        let error = build(&[("a.csv", "id,organisation\nX1,Acme\n", None)]).unwrap_err();
        assert!(error.to_string().contains("a.csv:1: no column for role"));
    }

    #[test]
    fn organisations_compare_without_punctuation_or_legal_form() {
        let key = |text: &str| Term::organisation(text).unwrap().key;
        assert_eq!(key("Acme B.V."), "acme");
        assert_eq!(key("ACME BV"), "acme");
        assert_eq!(key("Acme"), "acme");
        assert_eq!(key("Müller GmbH & Co. KG"), "muller");
        assert_eq!(key("Deloitte NL"), "deloittenl");
        // A name that is only a legal form keeps it.
        assert_eq!(key("B.V."), "bv");
        assert!(Term::organisation(" . ").is_none());
    }

    #[test]
    fn role_words_in_three_languages() {
        for word in ["Mentor", "mentorin", "MENTOR"] {
            assert_eq!(Role::parse(word), Some(Role::Mentor));
        }
        for word in ["mentee", "Mentée", "protégé"] {
            assert_eq!(Role::parse(word), Some(Role::Mentee));
        }
        assert_eq!(Role::parse("coach"), None);
    }
}
