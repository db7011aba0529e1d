//! Mapping a file's headers onto the fields a caller knows: by exact name
//! (ignoring case, spacing, punctuation and diacritics), by the words of a
//! form's question ("Wat zijn je leerdoelen?"), or as the config maps them.
//!
//! Each header becomes at most one field. When several headers could hold
//! one field, the content decides first (a column with data over an empty
//! one, real e-mail addresses over a form's "anonymous"), then how surely
//! the header names the field; every such choice is a warning that says how
//! to make another. Headers the config maps to the same field are all kept,
//! and their cells joined in header order.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::error::{Kind, Location, Problem, column_letters};
use crate::text::{fold, key};

use super::{Row, Table};

/// A field the caller reads, with the names and question words users write
/// for it.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    /// The canonical name, as used in the config's `[columns]` table.
    pub name: &'static str,
    /// Whole header names, in any case and punctuation.
    pub aliases: &'static [&'static str],
    /// Question patterns: a header holds the field when it has every word
    /// of a pattern, in any order. `stem*` matches a word that starts with
    /// the stem, `*stem` one that ends with it, `!word` a header without
    /// that word. Written folded: lower case, no diacritics, no hyphens.
    pub words: &'static [&'static str],
    pub required: bool,
    /// What the cells of a column for this field look like.
    pub content: Content,
    /// Cells of several mapped columns are joined with this.
    pub join: &'static str,
}

impl FieldSpec {
    /// A field with no names yet, for `..FieldSpec::EMPTY`.
    pub const EMPTY: FieldSpec =
        FieldSpec { name: "", aliases: &[], words: &[], required: false, content: Content::Text, join: " " };
}

/// What a field's cells hold, to choose among columns by their content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    Text,
    /// E-mail addresses: a column of "anonymous" gives way to one of
    /// addresses.
    Email,
    /// Identifiers: a form's own response numbers (1, 2, 3, …) give way to
    /// a column of the programme's codes.
    Id,
}

/// How a header was recognised as a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum How {
    /// The config's `[columns]` maps it.
    Config,
    /// The header is one of the field's names.
    Name,
    /// The header's words ask for the field.
    Question,
}

impl How {
    pub fn describe(self) -> &'static str {
        match self {
            How::Config => "mapped in [columns]",
            How::Name => "by name",
            How::Question => "by its words",
        }
    }
}

/// What became of one header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderUse {
    /// The column's position from 0.
    pub column: usize,
    pub header: String,
    /// The field it holds; `None` when tandem does not use it.
    pub field: Option<&'static str>,
    /// How it was recognised, also when another column won the field.
    pub how: Option<How>,
    /// Why it was passed over, when another column holds its field.
    pub passed_over: Option<String>,
}

impl HeaderUse {
    /// The column's letter as spreadsheets show it.
    pub fn letter(&self) -> String {
        column_letters(self.column)
    }
}

/// Which columns of a table hold each field.
#[derive(Clone, Debug, Default)]
pub struct Columns {
    index: BTreeMap<&'static str, (Vec<usize>, &'static str)>,
}

/// The columns found for a table, with what went wrong or looks doubtful.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    pub columns: Columns,
    /// A required field without a column.
    pub problems: Vec<Problem>,
    /// Two columns that could hold the same field, and which was taken; a
    /// header that could be two fields.
    pub warnings: Vec<Problem>,
    /// Every header with a name, in column order, and what it became.
    pub uses: Vec<HeaderUse>,
}

/// How surely a header names a field: a whole name beats any question.
const NAMED: usize = 10_000;

impl Columns {
    /// Maps the table's headers onto `fields`. `mapped` maps further headers
    /// (as users write them) to field names; a header mapped there wins over
    /// any other that names the same field, and several headers mapped to
    /// one field are joined.
    pub fn resolve(table: &Table, fields: &[FieldSpec], mapped: &BTreeMap<String, String>) -> Resolved {
        let mapped: BTreeMap<String, String> =
            mapped.iter().map(|(header, field)| (key(header), key(field))).collect();
        let mut resolved = Resolved::default();
        let mut candidates: BTreeMap<&'static str, Vec<Candidate>> = BTreeMap::new();
        for (column, header) in table.headers.iter().enumerate() {
            if key(header).is_empty() {
                continue;
            }
            let found = identify(table, column, fields, &mapped, &mut resolved.warnings);
            resolved.uses.push(HeaderUse {
                column,
                header: header.clone(),
                field: None,
                how: found.map(|(_, candidate)| candidate.how),
                passed_over: None,
            });
            if let Some((field, candidate)) = found {
                candidates.entry(field.name).or_default().push(candidate);
            }
        }
        duplicate_headers(table, &mut resolved);
        for (name, found) in candidates {
            if let Some(field) = fields.iter().find(|f| f.name == name) {
                choose(table, field, found, &mut resolved);
            }
        }
        for field in fields.iter().filter(|f| f.required) {
            if !resolved.columns.index.contains_key(field.name) {
                resolved.problems.push(missing(table, field, &resolved.columns));
            }
        }
        resolved
    }

    /// The columns with a header that hold none of the fields, in order.
    pub fn unmapped<'t>(&self, table: &'t Table) -> impl Iterator<Item = usize> + 't {
        let mapped: Vec<usize> = self.index.values().flat_map(|(c, _)| c.iter().copied()).collect();
        (0..table.headers.len()).filter(move |c| !table.headers[*c].is_empty() && !mapped.contains(c))
    }

    /// The (first) column of a field, if the file has one.
    pub fn get(&self, field: &str) -> Option<usize> {
        self.index.get(field).map(|(columns, _)| columns[0])
    }

    /// Whether the file has a column for the field.
    pub fn has(&self, field: &str) -> bool {
        self.index.contains_key(field)
    }

    /// A row's text for a field: the trimmed cell, or the cells of every
    /// column mapped to it, joined; empty when the file has none.
    pub fn value<'r>(&self, row: &'r Row, field: &str) -> Cow<'r, str> {
        match self.index.get(field) {
            None => Cow::Borrowed(""),
            Some((columns, _)) if columns.len() == 1 => Cow::Borrowed(row.cell(columns[0])),
            Some((columns, join)) => {
                let cells: Vec<&str> =
                    columns.iter().map(|&c| row.cell(c)).filter(|c| !c.is_empty()).collect();
                Cow::Owned(cells.join(join))
            }
        }
    }
}

/// A column that could hold a field: how its header names it, and how
/// surely.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    how: How,
    strength: usize,
    column: usize,
}

/// The field a column's header names, if any: the one the config maps it
/// to, else the one its words name most surely (with a warning when two
/// fields tie).
fn identify<'f>(
    table: &Table,
    column: usize,
    fields: &'f [FieldSpec],
    mapped: &BTreeMap<String, String>,
    warnings: &mut Vec<Problem>,
) -> Option<(&'f FieldSpec, Candidate)> {
    let header = &table.headers[column];
    let header_key = key(header);
    if let Some(wanted) = mapped.get(&header_key) {
        // A header the config maps to a name of its own is no field.
        let field = fields.iter().find(|f| key(f.name) == *wanted)?;
        return Some((field, Candidate { how: How::Config, strength: NAMED * 2, column }));
    }
    let ranked = recognise(header, fields);
    if let [(best, field), (second, other), ..] = ranked[..]
        && best == second
    {
        warnings.push(
            Problem::new(
                Kind::Column,
                table.at(table.header_line, column),
                format!(
                    "this header could hold the {} or the {}; tandem takes it as the {}",
                    words(field.name),
                    words(other.name),
                    words(field.name)
                ),
            )
            .hint(format!("to decide, add under [columns] in the config: {:?} = \"{}\"", header, other.name)),
        );
    }
    ranked.first().map(|&(strength, field)| {
        let how = if strength >= NAMED { How::Name } else { How::Question };
        (field, Candidate { how, strength, column })
    })
}

/// Picks the columns of one field among those whose headers name it:
/// mapped first, then the content that fits best, then the surest name,
/// then the leftmost. A form that branches asks mentors and mentees the
/// same thing in two questions: columns that are never both answered on
/// one row are one field, read from whichever holds the answer.
fn choose(table: &Table, field: &FieldSpec, mut found: Vec<Candidate>, resolved: &mut Resolved) {
    let fit: BTreeMap<usize, Fit> =
        found.iter().map(|c| (c.column, Fit::of(table, c.column, field.content))).collect();
    found.sort_by_key(|c| {
        (c.how != How::Config, std::cmp::Reverse(fit[&c.column]), std::cmp::Reverse(c.strength), c.column)
    });
    let by_config = found[0].how == How::Config;
    let mut chosen: Vec<usize> = if by_config {
        found.iter().filter(|c| c.how == How::Config).map(|c| c.column).collect()
    } else {
        vec![found[0].column]
    };
    if !by_config {
        for candidate in &found[1..] {
            if fit[&candidate.column] != Fit::Empty && complementary(table, &chosen, candidate.column) {
                chosen.push(candidate.column);
            }
        }
    }
    for use_ in resolved.uses.iter_mut() {
        if chosen.contains(&use_.column) {
            use_.field = Some(field.name);
        }
    }
    let passed: Vec<usize> = found.iter().map(|c| c.column).filter(|c| !chosen.contains(c)).collect();
    if !passed.is_empty() {
        let because = fit[&chosen[0]].beats(fit[&passed[0]], field.content);
        pass_over(table, field, chosen[0], &passed, resolved);
        if !by_config {
            resolved.warnings.push(two_columns(table, field, chosen[0], &passed, because));
        }
    }
    resolved.columns.index.insert(field.name, (chosen, field.join));
}

/// Marks the columns passed over for a field with the one taken instead.
fn pass_over(table: &Table, field: &FieldSpec, taken: usize, passed: &[usize], resolved: &mut Resolved) {
    let header = &table.headers[taken];
    for use_ in resolved.uses.iter_mut().filter(|u| passed.contains(&u.column)) {
        use_.passed_over =
            Some(format!("'{header}' ({}) holds the {}", column_letters(taken), words(field.name)));
    }
}

/// The warning that several columns could hold a field, naming the one
/// taken and why.
fn two_columns(table: &Table, field: &FieldSpec, taken: usize, passed: &[usize], because: &str) -> Problem {
    let header = &table.headers[taken];
    let others: Vec<String> = passed.iter().map(|&c| format!("'{}'", table.headers[c])).collect();
    Problem::new(
        Kind::Column,
        table.at(table.header_line, taken),
        format!(
            "columns '{header}' and {} could both hold the {}; tandem uses '{header}'{because}",
            others.join(", "),
            words(field.name),
        ),
    )
    .hint(format!(
        "to use another, map it under [columns] in the config, e.g. {:?} = \"{}\"",
        table.headers[passed[0]], field.name
    ))
}

/// Two columns under one header: an error when tandem would read one of
/// them (which one is meant cannot be told, nor mapped in the config), a
/// warning when neither is used.
fn duplicate_headers(table: &Table, resolved: &mut Resolved) {
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for use_ in &resolved.uses {
        by_key.entry(key(&use_.header)).or_default().push(use_.column);
    }
    for columns in by_key.values().filter(|c| c.len() > 1) {
        let used = columns.iter().any(|&c| resolved.uses.iter().any(|u| u.column == c && u.how.is_some()));
        let letters: Vec<String> = columns.iter().map(|&c| column_letters(c)).collect();
        let header = &table.headers[columns[0]];
        let problem = Problem::new(
            Kind::Duplicate,
            Location::line(&table.source, table.header_line),
            format!("columns {} are all headed '{header}'", letters.join(", "))
                .replacen(", ", if columns.len() == 2 { " and " } else { ", " }, 1)
                .replace("are all", if columns.len() == 2 { "are both" } else { "are all" }),
        );
        if used {
            resolved.problems.push(
                problem
                    .hint("tandem cannot tell which of them to read: give each column a header of its own"),
            );
        } else {
            resolved.warnings.push(
                problem
                    .hint("tandem does not use them; rename them if --keep-columns should tell them apart"),
            );
        }
    }
}

/// A field's name in words: "target sector" for `target_sector`.
fn words(name: &str) -> String {
    name.replace('_', " ")
}

/// A header's words, folded, hyphens and apostrophes dropped ("E-mail" is
/// "email", "Vor- und Nachname" is "vor und nachname").
pub fn header_words(header: &str) -> Vec<String> {
    fold(header)
        .chars()
        .filter(|c| !matches!(c, '-' | '\'' | '’'))
        .collect::<String>()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether the header's words hold a pattern, and how strongly: the letters
/// of the pattern's words, 0 for no match.
pub fn pattern_strength(words: &[String], pattern: &str) -> usize {
    let mut strength = 0;
    for part in pattern.split(' ') {
        if let Some(word) = part.strip_prefix('!') {
            if words.iter().any(|w| word_matches(w, word)) {
                return 0;
            }
            continue;
        }
        if !words.iter().any(|w| word_matches(w, part)) {
            return 0;
        }
        strength += part.trim_matches('*').len();
    }
    strength
}

fn word_matches(word: &str, part: &str) -> bool {
    match (part.strip_prefix('*'), part.strip_suffix('*')) {
        (Some(stem), _) if stem.ends_with('*') => word.contains(stem.trim_end_matches('*')),
        (Some(stem), _) => word.ends_with(stem),
        (None, Some(stem)) => word.starts_with(stem),
        (None, None) => word == part,
    }
}

/// The fields a header could hold, surest first: a whole name scores above
/// [`NAMED`], a question the letters of its best pattern.
fn recognise<'f>(header: &str, fields: &'f [FieldSpec]) -> Vec<(usize, &'f FieldSpec)> {
    let header_key = key(header);
    let header_words = header_words(header);
    let mut ranked: Vec<(usize, &FieldSpec)> = fields
        .iter()
        .filter_map(|field| {
            let named = std::iter::once(field.name)
                .chain(field.aliases.iter().copied())
                .any(|a| key(a) == header_key);
            let strength = if named {
                NAMED + header_key.len()
            } else {
                field.words.iter().map(|p| pattern_strength(&header_words, p)).max().unwrap_or(0)
            };
            (strength > 0).then_some((strength, field))
        })
        .collect();
    // Stable: fields of equal strength keep the caller's order.
    ranked.sort_by_key(|&(strength, _)| std::cmp::Reverse(strength));
    ranked
}

/// Whether a column has no answer on any row where the chosen columns have
/// one.
fn complementary(table: &Table, chosen: &[usize], column: usize) -> bool {
    table.rows.iter().all(|row| row.cell(column).is_empty() || chosen.iter().all(|&c| row.cell(c).is_empty()))
}

/// How well a column's cells fit a field: empty columns fit worst, a form's
/// response numbers are a poor id, and for e-mail a column of addresses
/// beats one of other text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    Empty,
    Numbering,
    Text,
    Addresses,
}

impl Fit {
    fn of(table: &Table, column: usize, content: Content) -> Fit {
        let cells: Vec<&str> = table.rows.iter().map(|r| r.cell(column)).filter(|c| !c.is_empty()).collect();
        if cells.is_empty() {
            return Fit::Empty;
        }
        match content {
            Content::Email if cells.iter().filter(|c| looks_like_address(c)).count() * 2 >= cells.len() => {
                Fit::Addresses
            }
            Content::Id if rises_by_one(&cells) => Fit::Numbering,
            _ => Fit::Text,
        }
    }

    /// Why a column of this fit was taken over one of `other`, if the
    /// content decided.
    fn beats(self, other: Fit, content: Content) -> &'static str {
        match (self, other, content) {
            (Fit::Addresses, Fit::Text, _) => ", since the other holds no e-mail addresses",
            (Fit::Text, Fit::Numbering, _) => ", since the other only numbers the form's responses",
            (_, Fit::Empty, _) if self != Fit::Empty => ", since the other is empty",
            _ => "",
        }
    }
}

/// Whole numbers that rise by one from row to row: a form's response
/// numbers, not anyone's id.
fn rises_by_one(cells: &[&str]) -> bool {
    let numbers: Vec<u64> = cells.iter().filter_map(|c| c.parse().ok()).collect();
    numbers.len() == cells.len() && numbers.windows(2).all(|w| w[0].checked_add(1) == Some(w[1]))
}

/// `name@host.tld`, roughly: enough to tell addresses from "anonymous".
fn looks_like_address(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, host)) => !local.is_empty() && host.contains('.') && !text.contains(char::is_whitespace),
        None => false,
    }
}

/// A problem for a required field without a column, with the config line
/// that maps the unused header closest to the field's names.
pub fn missing(table: &Table, field: &FieldSpec, columns: &Columns) -> Problem {
    let mapped: Vec<usize> = columns.index.values().flat_map(|(c, _)| c.iter().copied()).collect();
    let names = std::iter::once(field.name).chain(field.aliases.iter().copied());
    let unused: Vec<&String> = table
        .headers
        .iter()
        .enumerate()
        .filter(|(i, h)| !mapped.contains(i) && !h.is_empty())
        .map(|(_, h)| h)
        .collect();
    // The example line names a column of answers, not of time stamps.
    let answers: Vec<&String> = table
        .headers
        .iter()
        .enumerate()
        .filter(|(i, h)| !mapped.contains(i) && !h.is_empty() && holds_words(table, *i))
        .map(|(_, h)| h)
        .collect();
    let candidates = if answers.is_empty() { &unused } else { &answers };
    let closest = candidates
        .iter()
        .map(|header| {
            let similarity = names
                .clone()
                .map(|name| strsim::normalized_damerau_levenshtein(&key(name), &key(header)))
                .fold(0.0, f64::max);
            (similarity, *header)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)));
    let what = words(field.name);
    let name = field.name;
    let problem = Problem::new(
        Kind::MissingColumn,
        Location::line(&table.source, table.header_line),
        format!("no column for {what}"),
    );
    match closest {
        Some((similarity, header)) if similarity >= 0.6 => problem.hint(format!(
            "did you mean '{header}'? Add under [columns] in the config: {header:?} = \"{name}\" (or rename the header to '{name}')"
        )),
        Some((_, header)) => problem.hint(format!(
            "add a column headed '{name}', or map the one that holds the {what} under [columns] in the config, \
             e.g. {header:?} = \"{name}\" (unused headers: {})",
            unused.iter().map(|h| format!("'{h}'")).collect::<Vec<_>>().join(", ")
        )),
        None => problem.hint(format!("add a column headed '{name}': every other header holds another field")),
    }
}

/// Whether some cell of a column holds words: letters other than those of
/// a time stamp ("10:06 AM GMT+2"). Columns of only numbers, dates and
/// times are a form's bookkeeping, not answers.
pub fn holds_words(table: &Table, column: usize) -> bool {
    table.rows.iter().any(|row| {
        header_words(row.cell(column)).iter().any(|w| {
            w.chars().any(char::is_alphabetic)
                && !matches!(w.as_str(), "am" | "pm" | "gmt" | "utc" | "cet" | "cest")
        })
    })
}

/// Whether a column holds a form's response numbers (1, 2, 3, …) rather
/// than anyone's id.
pub fn is_numbering(table: &Table, column: usize) -> bool {
    Fit::of(table, column, Content::Id) == Fit::Numbering
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::parse;

    const FIELDS: &[FieldSpec] = &[
        FieldSpec {
            name: "id",
            aliases: &["participant id"],
            words: &["deelnemernummer*"],
            required: true,
            content: Content::Id,
            ..FieldSpec::EMPTY
        },
        FieldSpec {
            name: "organisation",
            aliases: &["organization", "organisatie"],
            words: &["organisat*", "werkgever"],
            required: true,
            ..FieldSpec::EMPTY
        },
        FieldSpec { name: "name", aliases: &["full name", "naam"], words: &["naam"], ..FieldSpec::EMPTY },
        FieldSpec { name: "sector", words: &["sector"], ..FieldSpec::EMPTY },
        FieldSpec { name: "target_sector", words: &["sector overstap*", "doelsector"], ..FieldSpec::EMPTY },
        FieldSpec {
            name: "email",
            aliases: &["e-mail"],
            words: &["*email*"],
            content: Content::Email,
            ..FieldSpec::EMPTY
        },
        FieldSpec { name: "region", words: &["regio*"], ..FieldSpec::EMPTY },
        FieldSpec { name: "goals", words: &["leerdoel*", "onderwerp*"], join: "; ", ..FieldSpec::EMPTY },
        FieldSpec { name: "level", words: &["regio*"], ..FieldSpec::EMPTY },
    ];

    fn resolve(csv: &str) -> Resolved {
        Columns::resolve(&parse("t.csv", csv.as_bytes()).unwrap(), FIELDS, &BTreeMap::new())
    }

    #[test]
    fn matches_aliases_ignoring_case_and_punctuation() {
        let Resolved { columns, problems, warnings, .. } = resolve("Participant-ID,ORGANISATIE,Naam,Notes\n");
        assert!(problems.is_empty() && warnings.is_empty());
        assert_eq!(columns.get("id"), Some(0));
        assert_eq!(columns.get("organisation"), Some(1));
        assert_eq!(columns.get("name"), Some(2));
    }

    #[test]
    fn recognises_questions_by_their_words() {
        let resolved = resolve(
            "id,Bij welke organisatie werk je?,In welke sector werk je?,Naar welke sector wil je overstappen?,Wat is je werk-e-mailadres?,Opmerkingen\n",
        );
        assert!(resolved.problems.is_empty() && resolved.warnings.is_empty(), "{resolved:?}");
        let fields: Vec<Option<&str>> = resolved.uses.iter().map(|u| u.field).collect();
        assert_eq!(
            fields,
            [Some("id"), Some("organisation"), Some("sector"), Some("target_sector"), Some("email"), None]
        );
        assert_eq!(resolved.uses[1].how, Some(How::Question));
        assert_eq!(resolved.uses[0].how, Some(How::Name));
    }

    #[test]
    fn patterns_match_stems_suffixes_and_exclusions() {
        let words = header_words("Vor- und Nachname (E-Mail-Adresse)");
        assert_eq!(words, ["vor", "und", "nachname", "emailadresse"]);
        assert_eq!(pattern_strength(&words, "email*"), 5);
        assert_eq!(pattern_strength(&words, "*name"), 4);
        assert_eq!(pattern_strength(&words, "vor *name"), 7);
        assert_eq!(pattern_strength(&words, "*name !vor"), 0);
        assert_eq!(pattern_strength(&words, "name"), 0);
        assert_eq!(pattern_strength(&words, "*mail*"), 4);
    }

    #[test]
    fn a_header_that_could_be_two_fields_is_a_warning_naming_both() {
        let resolved = resolve("id,organisatie,Regio\n");
        assert_eq!(resolved.columns.get("region"), Some(2));
        assert_eq!(
            resolved.warnings[0].to_string(),
            "t.csv:1: column 'Regio' (C): this header could hold the region or the level; tandem takes it as the region\n  hint: to decide, add under [columns] in the config: \"Regio\" = \"level\""
        );
    }

    #[test]
    fn extra_mapping_wins_and_several_mapped_headers_are_joined() {
        let table = parse("t.csv", b"Code,Employer,First,Last\n7,Acme,Ann,de Vries\n").unwrap();
        let extra = BTreeMap::from([
            ("code".to_owned(), "id".to_owned()),
            ("Employer".to_owned(), "organisation".to_owned()),
            ("First".to_owned(), "name".to_owned()),
            ("Last".to_owned(), "name".to_owned()),
        ]);
        let Resolved { columns, problems, uses, .. } = Columns::resolve(&table, FIELDS, &extra);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(columns.get("organisation"), Some(1));
        assert_eq!(columns.value(&table.rows[0], "name"), "Ann de Vries");
        assert_eq!(uses[3].how, Some(How::Config));
    }

    #[test]
    fn missing_column_names_the_closest_header_and_the_config_line() {
        let problems = resolve("id,Organsiation,Name\n").problems;
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].to_string(),
            "t.csv:1: no column for organisation\n  hint: did you mean 'Organsiation'? Add under [columns] in the config: \"Organsiation\" = \"organisation\" (or rename the header to 'organisation')"
        );
    }

    #[test]
    fn of_two_columns_for_one_field_the_more_specific_wins() {
        // Microsoft Forms: its own ID (the response number) beside the question.
        let table = parse("t.csv", b"ID,Start time,Participant ID,organisation\n").unwrap();
        let resolved = Columns::resolve(&table, FIELDS, &BTreeMap::new());
        assert_eq!(resolved.columns.get("id"), Some(2));
        assert_eq!(
            resolved.warnings[0].to_string(),
            "t.csv:1: column 'Participant ID' (C): columns 'Participant ID' and 'ID' could both hold the id; tandem uses 'Participant ID'\n  hint: to use another, map it under [columns] in the config, e.g. \"ID\" = \"id\""
        );
        let mapped = BTreeMap::from([("ID".to_owned(), "id".to_owned())]);
        let resolved = Columns::resolve(&table, FIELDS, &mapped);
        assert_eq!(resolved.columns.get("id"), Some(0));
        assert!(resolved.warnings.is_empty());
    }

    #[test]
    fn addresses_beat_a_forms_anonymous_column_and_data_beats_empty() {
        let resolved = resolve(
            "id,E-mail,Naam,organisatie,Wat is je e-mailadres?,Volledige naam\n\
             1,anonymous,,A,ann@a.nl,Ann\n2,anonymous,,B,bo@b.nl,Bo\n",
        );
        assert_eq!(resolved.columns.get("email"), Some(4));
        assert!(
            resolved.warnings[0].message.ends_with("since the other holds no e-mail addresses"),
            "{:?}",
            resolved.warnings
        );
        assert_eq!(
            resolved.uses[1].passed_over.as_deref(),
            Some("'Wat is je e-mailadres?' (E) holds the email")
        );
    }

    #[test]
    fn a_forms_response_numbers_give_way_to_the_programmes_ids() {
        let resolved =
            resolve("Id,Deelnemernummer (staat in je uitnodiging),organisatie\n1,M01,A\n2,E07,B\n3,E02,C\n");
        assert_eq!(resolved.columns.get("id"), Some(1));
        assert!(resolved.warnings[0].message.ends_with("since the other only numbers the form's responses"));
    }

    #[test]
    fn branches_of_one_form_are_read_as_one_field() {
        let table = parse(
            "t.csv",
            "id,organisatie,Wat zijn je leerdoelen?,Bij welke onderwerpen kun je helpen?\n\
             E1,A,sales,\nM1,B,,sales; law\n"
                .as_bytes(),
        )
        .unwrap();
        let resolved = Columns::resolve(&table, FIELDS, &BTreeMap::new());
        assert!(resolved.warnings.is_empty(), "{:?}", resolved.warnings);
        assert_eq!(resolved.columns.value(&table.rows[0], "goals"), "sales");
        assert_eq!(resolved.columns.value(&table.rows[1], "goals"), "sales; law");
        assert_eq!(resolved.uses[3].field, Some("goals"));
    }
}
