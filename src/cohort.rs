//! Participants: the validated, typed and normalised people of one
//! programme round, built from intake tables.
//!
//! Every problem in the rows (missing ids, duplicate ids, unknown roles, bad
//! capacities) is collected with its file, line and column before failing.
//! Mentees and mentors are kept sorted by id, so nothing downstream depends
//! on the order of rows or files.

mod fields;
mod warnings;

pub use fields::{FIELDS, SENSITIVE_FIELDS, is_sensitive_header};

use std::collections::BTreeMap;
use std::fmt;

use crate::error::{InputError, Kind, Location, Problem};
use crate::intake::{
    Columns, FieldSpec, HeaderUse, How, Resolved, Row, Table, holds_words, is_numbering, missing,
};
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

    /// Whether an answer of several words names both roles: a word for
    /// both ("Beide (mentor én mentee)"), or the two roles joined ("Mentor
    /// en mentee", "Mentee & mentor"), not one role explained by the other
    /// ("Mentee (ik zoek een mentor)").
    pub fn names_both(answer: &str) -> bool {
        let words = crate::intake::header_words(answer);
        if words.iter().any(|w| words::is_both(w)) {
            return true;
        }
        let roles: Vec<Role> = words.iter().filter_map(|w| Role::parse(w)).collect();
        let joined = answer.contains(['&', '+', '/'])
            || words
                .iter()
                .any(|w| matches!(crate::text::key(w).as_str(), "en" | "and" | "und" | "én" | "sowie"));
        joined && roles.contains(&Role::Mentor) && roles.contains(&Role::Mentee)
    }

    /// The role an answer of several words names, as forms write them: the
    /// role it starts with ("Mentee (ik zoek een mentor)"), else the one
    /// role it names ("Als Mentor"); `None` when it names none or both.
    pub fn find(answer: &str) -> Option<Role> {
        let words = crate::intake::header_words(answer);
        if let Some(role) = words.first().and_then(|w| Role::parse(w)) {
            return Some(role);
        }
        let mut roles = words.iter().filter_map(|w| Role::parse(w));
        let first = roles.next()?;
        roles.all(|r| r == first).then_some(first)
    }
}

/// The most goals (or topics) one participant may list.
pub const MAX_GOALS: usize = 50;

/// The most languages one participant may list.
pub const MAX_LANGUAGES: usize = 20;

/// The most characters of one goal, topic or language.
pub const MAX_ITEM: usize = 200;

/// Legal forms that end organisation names in the Netherlands, Germany,
/// Belgium and English-speaking countries, as keys (letters only).
const LEGAL_FORMS: &[&str] = &[
    "bv", "nv", "vof", "cv", "bvba", "sa", "srl", "gmbh", "ag", "kg", "ohg", "ev", "ug", "se", "ltd",
    "limited", "plc", "llc", "inc", "corp", "co", "lp", "llp",
];

/// An organisation's name as words of letters and digits, without a
/// trailing legal form: "ACME-BV", "Acme/BV" and "Acme B.V." are all
/// `["acme"]`. Dots inside a legal form keep it one word ("B.V.", "N.V.").
pub fn organisation_words(text: &str) -> Vec<String> {
    let folded = fold(text).replace('.', "");
    let mut words: Vec<String> =
        folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect();
    while words.len() > 1 && words.last().is_some_and(|w| LEGAL_FORMS.contains(&w.as_str())) {
        words.pop();
    }
    words
}

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
        let key = organisation_words(text).concat();
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
    /// How many mentors a mentee wants (`mentors_wanted`); 1 for mentors.
    pub wanted: u32,
    /// A mentee who comes first (a `priority` column answered yes).
    pub priority: bool,
    /// Signed up as both mentor and mentee (role `both`, "beide"): the
    /// cohort holds them on each side under the same id, and never pairs
    /// them with themselves.
    pub both: bool,
    /// The row the participant was read from.
    pub origin: Location,
    /// The cells of columns tandem does not use, as (header, value), in the
    /// file's column order.
    pub extra: Vec<(String, String)>,
}

impl Participant {
    /// What a text calls the participant: their name, or their id when the
    /// file gives no name.
    pub fn called(&self) -> &str {
        if self.name.is_empty() { &self.id.0 } else { &self.name }
    }

    /// Whether the participant gave a value for a field, by its name.
    pub fn has(&self, field: &str) -> bool {
        match field {
            "name" => !self.name.is_empty(),
            "email" => !self.email.is_empty(),
            "organisation" => !self.organisation.key.is_empty(),
            "sector" => self.sector.is_some(),
            "target_sector" => self.target_sector.is_some(),
            "goals" => !self.goals.is_empty(),
            "gender" => self.gender.is_some(),
            "background" => self.background.is_some(),
            "languages" => !self.languages.is_empty(),
            "region" => self.region.is_some(),
            "level" => self.level.is_some(),
            other => !self.column(other).is_empty(),
        }
    }

    /// The values of a column, by field name or by header (after
    /// `[columns]`): a field's values as read, another column's cell split
    /// on `;`, `,`, `|` and line breaks. Empty when the column is empty or
    /// missing.
    pub fn column(&self, name: &str) -> Vec<String> {
        // Declared columns are kept under the config's own spelling.
        if let Some((_, cell)) = self.extra.iter().find(|(header, _)| header == name) {
            return split_list(cell);
        }
        let term = |t: &Option<Term>| t.iter().map(|t| t.text.clone()).collect();
        let terms = |ts: &[Term]| ts.iter().map(|t| t.text.clone()).collect();
        match key(name).as_str() {
            "id" => vec![self.id.0.clone()],
            "name" => [self.name.clone()].into_iter().filter(|n| !n.is_empty()).collect(),
            "email" => [self.email.clone()].into_iter().filter(|n| !n.is_empty()).collect(),
            "organisation" => vec![self.organisation.text.clone()],
            "sector" => term(&self.sector),
            "targetsector" => term(&self.target_sector),
            "goals" => terms(&self.goals),
            "gender" => term(&self.gender),
            "background" => term(&self.background),
            "languages" => terms(&self.languages),
            "region" => term(&self.region),
            "level" => term(&self.level),
            wanted => self
                .extra
                .iter()
                .find(|(header, _)| key(header) == wanted)
                .map(|(_, cell)| split_list(cell))
                .unwrap_or_default(),
        }
    }
}

/// A mentee's place among a cohort's mentees (sorted by id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MenteeIx(pub usize);

/// A mentor's place among a cohort's mentors (sorted by id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MentorIx(pub usize);

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
    /// What was understood of every input file's columns, in file order.
    pub files: Vec<FileColumns>,
}

/// An intake table and the role its rows take when it has no role column.
pub struct Source<'a> {
    pub table: &'a Table,
    pub role: Option<Role>,
}

/// How to read participants from tables.
#[derive(Clone, Debug)]
pub struct Options {
    /// Headers as users write them, mapped to field names (`[columns]`).
    pub columns: BTreeMap<String, String>,
    /// Mappings for the files of one side alone (`[columns.mentors]`,
    /// `[columns.mentees]`).
    pub mentor_columns: BTreeMap<String, String>,
    pub mentee_columns: BTreeMap<String, String>,
    /// Whether colleagues are kept apart (`rules.same_organisation`), so
    /// that every participant needs an organisation.
    pub organisations: bool,
    /// Headers of further sensitive columns (`[privacy] sensitive`, and
    /// those a sensitive declaration reads).
    pub sensitive: Vec<String>,
    /// The columns declared criteria read, each with the criterion's name.
    pub declared: Vec<(String, String)>,
    /// `[values.FIELD]`: answers mapped to values, per field or column.
    pub values: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// One pool of peers (`tandem peers`): every row is a participant
    /// without a role, and a role column, if any, is not read.
    pub pool: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            columns: BTreeMap::new(),
            mentor_columns: BTreeMap::new(),
            mentee_columns: BTreeMap::new(),
            organisations: true,
            sensitive: Vec::new(),
            declared: Vec::new(),
            values: BTreeMap::new(),
            pool: false,
        }
    }
}

impl Options {
    /// The mappings for a file: the shared ones, and its side's, which win.
    pub fn columns_for(&self, role: Option<Role>) -> BTreeMap<String, String> {
        let mut columns = self.columns.clone();
        match role {
            Some(Role::Mentor) => columns.extend(self.mentor_columns.clone()),
            Some(Role::Mentee) => columns.extend(self.mentee_columns.clone()),
            None => {}
        }
        columns
    }

    /// An answer as `[values.FIELD]` maps it: the value it is listed under
    /// ("Onderwijs (po)" under `onderwijs`, "Mentor (ik wil begeleiden)"
    /// under `mentor`), else the answer as given.
    pub fn value<'v>(&self, field: &str, answer: &'v str) -> std::borrow::Cow<'v, str> {
        if self.values.is_empty() || answer.is_empty() {
            return std::borrow::Cow::Borrowed(answer);
        }
        let folded = fold(answer);
        self.values
            .iter()
            .filter(|(column, _)| key(column) == key(field))
            .flat_map(|(_, map)| map.iter())
            .find(|(_, answers)| answers.iter().any(|a| fold(a) == folded))
            .map_or(std::borrow::Cow::Borrowed(answer), |(value, _)| std::borrow::Cow::Owned(value.clone()))
    }

    /// The name a column goes by: the one `[columns]` gives a header that
    /// is no field of tandem's (a column a declared criterion reads), else
    /// the header as the file writes it.
    pub fn name(&self, header: &str) -> String {
        self.columns
            .iter()
            .find(|(h, field)| key(h) == key(header) && !FIELDS.iter().any(|f| key(f.name) == key(field)))
            .map_or_else(|| header.to_owned(), |(_, name)| name.clone())
    }

    /// Whether a column is sensitive: a gender or background field, a
    /// header whose words say so, or one the config names.
    pub fn is_sensitive(&self, header: &str, field: Option<&str>) -> bool {
        field.is_some_and(|f| SENSITIVE_FIELDS.contains(&f))
            || is_sensitive_header(header)
            || self.sensitive.iter().any(|s| key(s) == key(header))
            || self
                .columns
                .iter()
                .any(|(h, f)| key(h) == key(header) && SENSITIVE_FIELDS.contains(&key(f).as_str()))
    }
}

/// What tandem made of one input file's columns, for the column report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileColumns {
    /// The file as the user named it (and the sheet of a workbook).
    pub source: String,
    /// The role its rows take when the file was given as mentors or mentees.
    pub role: Option<Role>,
    /// Data rows.
    pub rows: usize,
    pub columns: Vec<ColumnUse>,
    /// Fields made of other columns: the name joined from its parts, the id
    /// taken from the e-mail address.
    pub notes: Vec<String>,
}

/// One column of an input file and what it became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnUse {
    pub header: HeaderUse,
    /// Its values are personal data of a special kind.
    pub sensitive: bool,
    /// Rows with a value in it.
    pub filled: usize,
    /// Some cell holds words, not only numbers, dates and times: a column
    /// that might hold an answer tandem could use.
    pub words: bool,
    /// The criteria the config declares over this column, by name.
    pub criteria: Vec<String>,
}

/// How each file gives its people their fields.
struct Reading<'a> {
    source: &'a Source<'a>,
    columns: Columns,
    /// The id comes from the e-mail column: the file has no id column.
    id_from_email: bool,
    /// In a yes/no role column, whether yes means mentor ("Do you want to be
    /// a mentor?") or mentee ("Wil je een mentor?").
    yes_is_mentor: bool,
    organisations: bool,
    options: &'a Options,
}

impl Cohort {
    /// Builds the cohort from intake tables, with the config's column
    /// mapping and rules in `options`.
    ///
    /// # Errors
    /// Every problem of every table, located: a missing required column, an
    /// empty or duplicate id, an unknown role, an empty organisation, a
    /// capacity that is not a whole number.
    pub fn build(sources: &[Source<'_>], options: &Options) -> Result<Cohort, InputError> {
        // Requirements depend on the whole file (an e-mail column stands in
        // for a missing id) and on the config, so they are checked here.
        let fields: Vec<FieldSpec> = FIELDS.iter().map(|f| FieldSpec { required: false, ..*f }).collect();
        let mut gathered = Gathered::default();
        for source in sources {
            gathered.read(source, &fields, options);
        }
        let Gathered { mut problems, participants, ids, extra_columns, intake_warnings, files } = gathered;
        problems.extend(duplicate_ids(&ids));
        InputError::check(problems)?;

        let (mut mentees, mut mentors): (Vec<_>, Vec<_>) =
            participants.into_iter().partition(|p| p.role == Role::Mentee);
        // Those of both roles, read as mentors, are mentees too.
        mentees.extend(mentors.iter().filter(|m| m.both).map(|m| Participant {
            role: Role::Mentee,
            capacity: 1,
            ..m.clone()
        }));
        mentees.sort_by(|a, b| a.id.cmp(&b.id));
        mentors.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Cohort { mentees, mentors, extra_columns, intake_warnings, files })
    }

    /// What was understood of the files' columns, without building the
    /// cohort: for `validate` to show even when the files have problems.
    pub fn understand(sources: &[Source<'_>], options: &Options) -> Vec<FileColumns> {
        let fields: Vec<FieldSpec> = FIELDS.iter().map(|f| FieldSpec { required: false, ..*f }).collect();
        sources
            .iter()
            .map(|source| {
                let resolved = Columns::resolve(source.table, &fields, &options.columns_for(source.role));
                file_columns(source, &resolved.columns, resolved.uses, options)
            })
            .collect()
    }

    /// The cohort of one pool of peers: everyone on both sides, in the same
    /// order by id, each a mentor of one place, so that a pair (a, b) of
    /// the pool is scored as mentee a with mentor b, and the other way
    /// round. Nobody is ever paired with themselves: the pool's solver
    /// never asks for (a, a).
    pub fn pool(self) -> Cohort {
        let mut people: Vec<Participant> = self.mentees.into_iter().chain(self.mentors).collect();
        people.sort_by(|a, b| a.id.cmp(&b.id));
        for person in &mut people {
            person.role = Role::Mentee;
            person.wanted = 1;
        }
        let mentors =
            people.iter().map(|p| Participant { role: Role::Mentor, capacity: 1, ..p.clone() }).collect();
        Cohort { mentees: people, mentors, ..self }
    }

    /// Whether this is one pool of peers ([`Cohort::pool`]): the same
    /// people, in the same order, on both sides.
    pub fn is_pool(&self) -> bool {
        !self.mentees.is_empty()
            && self.mentees.len() == self.mentors.len()
            && self.mentees.iter().zip(&self.mentors).all(|(a, b)| a.id == b.id)
    }

    /// The mentee of an id.
    pub fn find_mentee(&self, id: &str) -> Option<MenteeIx> {
        match self.find(id) {
            Some((Role::Mentee, e)) => Some(MenteeIx(e)),
            _ => None,
        }
    }

    /// A mentee, by place.
    pub fn mentee(&self, ix: MenteeIx) -> &Participant {
        &self.mentees[ix.0]
    }

    /// A mentor, by place.
    pub fn mentor(&self, ix: MentorIx) -> &Participant {
        &self.mentors[ix.0]
    }

    /// Every mentee's place, in order.
    pub fn mentee_ixs(&self) -> impl Iterator<Item = MenteeIx> + use<> {
        (0..self.mentees.len()).map(MenteeIx)
    }

    /// Every mentor's place, in order.
    pub fn mentor_ixs(&self) -> impl Iterator<Item = MentorIx> + use<> {
        (0..self.mentors.len()).map(MentorIx)
    }

    /// A participant by id in the role asked for, else in the other role:
    /// someone of both roles is found on the side asked for.
    pub fn find_in(&self, id: &str, role: Role) -> Option<(Role, usize)> {
        let search = |side: &[Participant]| side.binary_search_by(|p| p.id.0.as_str().cmp(id)).ok();
        let (asked, other) = match role {
            Role::Mentee => (&self.mentees, &self.mentors),
            Role::Mentor => (&self.mentors, &self.mentees),
        };
        let other_role = if role == Role::Mentee { Role::Mentor } else { Role::Mentee };
        search(asked).map(|i| (role, i)).or_else(|| search(other).map(|i| (other_role, i)))
    }

    /// A participant by id, with their role and place.
    pub fn find(&self, id: &str) -> Option<(Role, usize)> {
        let search = |side: &[Participant]| side.binary_search_by(|p| p.id.0.as_str().cmp(id)).ok();
        search(&self.mentees)
            .map(|i| (Role::Mentee, i))
            .or_else(|| search(&self.mentors).map(|i| (Role::Mentor, i)))
    }
}

/// What the intake files hold, gathered file by file before the cohort is
/// built.
#[derive(Default)]
struct Gathered {
    problems: Vec<Problem>,
    participants: Vec<Participant>,
    /// Every id read, with its row, to find those used twice.
    ids: Vec<(String, Location)>,
    extra_columns: Vec<String>,
    intake_warnings: Vec<Problem>,
    files: Vec<FileColumns>,
}

impl Gathered {
    /// Reads one file: its columns, what they lack, and its rows.
    fn read(&mut self, source: &Source<'_>, fields: &[FieldSpec], options: &Options) {
        let table = source.table;
        self.problems.extend(table.problems.iter().cloned());
        self.intake_warnings.extend(table.warnings.iter().cloned());
        let Resolved { columns: found, problems, warnings, uses } =
            Columns::resolve(table, fields, &options.columns_for(source.role));
        self.intake_warnings.extend(warnings);
        self.problems.extend(problems);
        for column in found.unmapped(table) {
            let header = options.name(&table.headers[column]);
            if !self.extra_columns.contains(&header) {
                self.extra_columns.push(header);
            }
        }
        let mut file = file_columns(source, &found, uses, options);
        // Ids the config maps are taken as they are.
        let mapped =
            |c: usize| file.columns.iter().any(|u| u.header.column == c && u.header.how == Some(How::Config));
        let numbered = found.get("id").filter(|&c| !mapped(c) && is_numbering(table, c));
        let id_from_email = found.has("email")
            && (!found.has("id") || (numbered.is_some() && distinct_addresses(table, &found)));
        if let Some(column) = numbered {
            self.intake_warnings.push(numbered_ids(source, column, id_from_email, &found, &mut file));
        }
        if !found.has("capacity") && source.role != Some(Role::Mentee) && !options.pool {
            self.intake_warnings.extend(capacity_unread(table, &file));
        }
        self.problems.extend(required_columns(table, &found, options));
        self.files.push(file);
        let asked = found.has("role") || found.has("is_mentor") || found.has("is_mentee");
        if source.role.is_none() && !asked && !options.pool {
            self.problems.push(
                Problem::new(
                    Kind::MissingColumn,
                    Location::line(&table.source, table.header_line),
                    "no column for role",
                )
                .hint(
                    "add a 'role' column (mentor or mentee), map your role question under [columns] \
                     (e.g. \"Ik meld me aan als\" = \"role\"), or give the file with --mentors or --mentees",
                ),
            );
            return;
        }
        // Without ids the rows cannot be told apart; without the other
        // required columns they are still checked, for one run to list
        // every problem.
        if !found.has("id") && !id_from_email {
            return;
        }
        let role_header = found.get("role").map(|c| table.headers[c].as_str()).unwrap_or("");
        let reading = Reading {
            source,
            yes_is_mentor: !mentions_mentee(role_header) || mentions_mentor(role_header),
            columns: found,
            id_from_email,
            organisations: options.organisations,
            options,
        };
        reading.rows(&mut self.participants, &mut self.ids, &mut self.problems);
    }
}

/// The id and organisation columns a file lacks: an e-mail column stands in
/// for the id, and a programme without employers needs no organisation.
fn required_columns(table: &Table, found: &Columns, options: &Options) -> Vec<Problem> {
    let spec = |name: &str| FIELDS.iter().find(|f| f.name == name).expect("a field of the table");
    let mut problems = Vec::new();
    if !found.has("id") && !found.has("email") {
        problems.push(missing(table, spec("id"), found).hint(id_hint(table, found)));
    }
    if options.organisations && !found.has("organisation") {
        let problem = missing(table, spec("organisation"), found);
        let hint = problem.hint.clone().unwrap_or_default();
        // With no header close to it, the file may have no employers at all.
        problems.push(match hint.starts_with("did you mean") {
            true => problem,
            false => problem.hint(format!(
                "{hint}; or, for a programme without employers, set same_organisation = false under [rules]"
            )),
        });
    }
    problems
}

/// Every row with an id counts, even one with other problems, so that a
/// duplicate is reported in the same run.
fn duplicate_ids(ids: &[(String, Location)]) -> Vec<Problem> {
    let mut first_row: BTreeMap<&str, &Location> = BTreeMap::new();
    let mut problems = Vec::new();
    for (id, origin) in ids {
        if let Some(first) = first_row.insert(id, origin) {
            problems.push(
                Problem::new(
                    Kind::Duplicate,
                    origin.clone(),
                    format!("id '{id}' is used twice, also at {first}"),
                )
                .hint("give every participant an id of their own"),
            );
            first_row.insert(id, first);
        }
    }
    problems
}

/// The column report of one file.
fn file_columns(
    source: &Source<'_>,
    columns: &Columns,
    uses: Vec<HeaderUse>,
    options: &Options,
) -> FileColumns {
    let table = source.table;
    let headers = |field: &str| -> String {
        uses.iter()
            .filter(|u| u.field == Some(field))
            .map(|u| format!("'{}' ({})", u.header, u.letter()))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let mut notes = Vec::new();
    let parts: Vec<&str> =
        ["first_name", "middle_name", "last_name"].into_iter().filter(|f| columns.has(f)).collect();
    if !parts.is_empty() {
        let joined = parts.iter().map(|f| headers(f)).collect::<Vec<_>>().join(" + ");
        notes.push(if columns.has("name") {
            format!("name: {joined} where {} is empty", headers("name"))
        } else {
            format!("name: {joined}, joined")
        });
    }
    if !columns.has("id") && columns.has("email") {
        notes.push(format!("id: the e-mail address in {}, as the file has no id column", headers("email")));
    }
    if !columns.has("capacity") && source.role != Some(Role::Mentee) && !options.pool {
        notes.push("capacity: no column, so every mentor takes 1 mentee".to_owned());
    }
    let columns = uses
        .into_iter()
        .map(|header| ColumnUse {
            criteria: options
                .declared
                .iter()
                .filter(|(column, _)| {
                    key(column) == key(&header.header)
                        || key(column) == key(&options.name(&header.header))
                        || header.field.is_some_and(|f| key(f) == key(column))
                })
                .map(|(_, name)| name.clone())
                .fold(Vec::new(), |mut names, name| {
                    if !names.contains(&name) {
                        names.push(name);
                    }
                    names
                }),
            sensitive: options.is_sensitive(&header.header, header.field),
            filled: table.rows.iter().filter(|r| !r.cell(header.column).is_empty()).count(),
            words: holds_words(table, header.column),
            header,
        })
        .collect();
    FileColumns { source: table.source.clone(), role: source.role, rows: table.rows.len(), columns, notes }
}

/// Without a capacity column every mentor takes one mentee. When an unused
/// column holds nothing but small counts, it may be a capacity question
/// tandem did not recognise: say so, rather than use the default silently.
fn capacity_unread(table: &Table, file: &FileColumns) -> Option<Problem> {
    let column = file.columns.iter().find(|c| {
        let column = c.header.column;
        c.header.field.is_none()
            && c.header.passed_over.is_none()
            && !c.sensitive
            && c.filled > 0
            && !is_numbering(table, column)
            && table
                .rows
                .iter()
                .map(|r| r.cell(column))
                .filter(|v| !v.is_empty())
                .all(|v| words::count(v).is_some_and(|n| n <= 10))
    })?;
    let header = &column.header.header;
    Some(
        Problem::new(Kind::Column,
            table.at(table.header_line, column.header.column),
            format!("no column is recognised as the capacity, so every mentor takes 1 mentee; '{header}' holds counts"),
        )
        .hint(format!("if it holds how many mentees each mentor takes, add under [columns] in the config: {header:?} = \"capacity\"")),
    )
}

/// Whether every row holds an e-mail address of its own.
fn distinct_addresses(table: &Table, columns: &Columns) -> bool {
    let mut seen = std::collections::BTreeSet::new();
    table.rows.iter().all(|row| {
        let email = fold(&columns.value(row, "email"));
        email.contains('@') && seen.insert(email)
    })
}

/// The warning for ids that only number a form's responses: they change
/// with every export, so pair files of other rounds would name other
/// people. The e-mail address stands in where every row has its own.
fn numbered_ids(
    source: &Source<'_>,
    column: usize,
    from_email: bool,
    columns: &Columns,
    file: &mut FileColumns,
) -> Problem {
    let table = source.table;
    let header = &table.headers[column];
    let at = table.at(table.header_line, column);
    if !from_email {
        return Problem::new(Kind::Column, at, format!("'{header}' only numbers the form's responses (1, 2, 3, …), which change with every export"))
            .hint("add a question for a participant code or the e-mail address, so that lock, exclude and rating files keep naming the same people");
    }
    let email = columns.get("email").map_or(String::new(), |c| table.headers[c].clone());
    if let Some(use_) = file.columns.iter_mut().find(|c| c.header.column == column) {
        use_.header.field = None;
        use_.header.passed_over =
            Some(format!("it only numbers the form's responses; '{email}' holds the id"));
    }
    file.notes.push(format!("id: the e-mail address in '{email}', as '{header}' only numbers the responses"));
    Problem::new(Kind::Column,
        at,
        format!("'{header}' only numbers the form's responses (1, 2, 3, …), which change with every export; tandem uses the e-mail address in '{email}' as the id"),
    )
    .hint(format!("to use the numbers all the same, map them under [columns] in the config: {header:?} = \"id\""))
}

/// How to give a file without an id column its ids.
fn id_hint(table: &Table, columns: &Columns) -> String {
    let unused: Vec<String> = columns.unmapped(table).map(|c| format!("'{}'", table.headers[c])).collect();
    let example = columns.unmapped(table).next().map_or("Your id column", |c| table.headers[c].as_str());
    format!(
        "add an 'id' column, or an e-mail column (tandem then uses the address as the id), or map one under \
         [columns] in the config, e.g. {example:?} = \"id\" (unused headers: {})",
        if unused.is_empty() { "none".to_owned() } else { unused.join(", ") }
    )
}

/// The start of the problem of a role answer tandem cannot read.
const UNKNOWN_ROLE: &str = "unknown role ";

fn mentions_mentee(header: &str) -> bool {
    crate::intake::header_words(header).iter().any(|w| Role::parse(w) == Some(Role::Mentee))
}

fn mentions_mentor(header: &str) -> bool {
    crate::intake::header_words(header).iter().any(|w| Role::parse(w) == Some(Role::Mentor))
}

impl Reading<'_> {
    fn rows(
        &self,
        out: &mut Vec<Participant>,
        ids: &mut Vec<(String, Location)>,
        problems: &mut Vec<Problem>,
    ) {
        // Unknown role answers, by answer: a form whose choices tandem does
        // not read gives one problem per answer, not one per row.
        let mut unknown: BTreeMap<String, Vec<(Location, String)>> = BTreeMap::new();
        for row in &self.source.table.rows {
            match self.participant(row, ids) {
                Ok(participant) => out.push(participant),
                Err(problem) => match problem.message.strip_prefix(UNKNOWN_ROLE) {
                    Some(_) => {
                        let word = self.cell(row, "role").into_owned();
                        let id = self.cell(row, if self.id_from_email { "email" } else { "id" }).into_owned();
                        unknown.entry(word).or_default().push((problem.location, id));
                    }
                    None => problems.push(problem),
                },
            }
        }
        for (word, rows) in unknown {
            let (at, id) = &rows[0];
            let more = match rows.len() {
                1 => String::new(),
                2 => format!(" and 1 more (line {})", rows[1].0.line.unwrap_or(0)),
                n => format!(
                    " and {} more (lines {} to {})",
                    n - 1,
                    rows[1].0.line.unwrap_or(0),
                    rows[n - 1].0.line.unwrap_or(0)
                ),
            };
            problems.push(
                Problem::new(Kind::InvalidValue, at.clone(), format!("{UNKNOWN_ROLE}'{word}' for participant '{id}'{more}"))
                    .hint("write mentor or mentee, or answers that start with one of them, such as 'Mentor (ik wil begeleiden)'"),
            );
        }
    }

    fn cell<'r>(&self, row: &'r Row, field: &str) -> std::borrow::Cow<'r, str> {
        self.columns.value(row, field)
    }

    fn at(&self, row: &Row, field: &str) -> Location {
        self.source.table.at(row.line, self.columns.get(field).unwrap_or(0))
    }

    /// One row's participant, or the first problem of the row.
    // One problem per bad row, built once: boxing it would buy nothing.
    #[allow(clippy::result_large_err)]
    fn participant(&self, row: &Row, ids: &mut Vec<(String, Location)>) -> Result<Participant, Problem> {
        let table = self.source.table;
        let id_field = if self.id_from_email { "email" } else { "id" };
        let id = self.cell(row, id_field).into_owned();
        if id.is_empty() {
            let what = if self.id_from_email {
                "this row has no e-mail address, which is its id"
            } else {
                "this row has no id"
            };
            return Err(Problem::new(Kind::MissingValue, self.at(row, id_field), what)
                .hint("give every participant an id"));
        }
        ids.push((id.clone(), Location::line(&table.source, row.line)));
        let (role, both) = match self.role(row, &id)? {
            Roles::One(role) => (role, false),
            // Read as a mentor (their capacity); the mentee is added when
            // the cohort is built.
            Roles::Both => (Role::Mentor, true),
        };
        let organisation = self.organisation(row, &id)?;
        let capacity = self.capacity(row, role, &id)?;
        let wanted = self.wanted(row, if both { Role::Mentee } else { role }, &id)?;
        let priority = self.yes_no(row, "priority", &id)?;
        let goals = self.list(row, &id, "goals", Term::new, MAX_GOALS)?;
        let languages = self.list(row, &id, "languages", Term::language, MAX_LANGUAGES)?;
        let term = |field: &str| Term::new(&self.options.value(field, &self.cell(row, field)));
        Ok(Participant {
            role,
            name: self.name(row),
            email: self.cell(row, "email").into_owned(),
            organisation,
            sector: term("sector"),
            target_sector: term("target_sector"),
            goals,
            gender: Term::gender(&self.cell(row, "gender")),
            background: term("background"),
            languages,
            region: term("region"),
            level: term("level"),
            capacity,
            wanted,
            priority,
            both,
            origin: Location::line(&table.source, row.line),
            extra: self
                .columns
                .unmapped(table)
                .map(|c| (self.options.name(&table.headers[c]), row.cell(c).to_owned()))
                .collect(),
            id: ParticipantId(id),
        })
    }

    /// The row's name: the name column, else the first, middle and last
    /// names joined.
    fn name(&self, row: &Row) -> String {
        let name = self.cell(row, "name");
        if !name.is_empty() {
            return name.into_owned();
        }
        let parts: Vec<String> = ["first_name", "middle_name", "last_name"]
            .iter()
            .map(|f| self.cell(row, f).into_owned())
            .filter(|p| !p.is_empty())
            .collect();
        parts.join(" ")
    }

    /// The row's employer; empty when the programme does not keep
    /// colleagues apart or the file has no such column.
    #[allow(clippy::result_large_err)]
    fn organisation(&self, row: &Row, id: &str) -> Result<Term, Problem> {
        match Term::organisation(&self.cell(row, "organisation")) {
            Some(organisation) => Ok(organisation),
            // Reported once, as a missing column; the cohort is not built.
            None if !self.columns.has("organisation") || !self.organisations => {
                Ok(Term { text: String::new(), key: String::new() })
            }
            None => Err(Problem::new(Kind::MissingValue, self.at(row, "organisation"), format!("participant '{id}' has no organisation"))
                .hint("fill in the employer: tandem needs it to keep colleagues apart (or set same_organisation = false under [rules])")),
        }
    }

    /// A yes or no answer; no when left empty.
    #[allow(clippy::result_large_err)]
    fn yes_no(&self, row: &Row, field: &str, id: &str) -> Result<bool, Problem> {
        let answer = self.cell(row, field);
        if answer.is_empty() {
            return Ok(false);
        }
        words::yes_no(&answer).ok_or_else(|| {
            Problem::new(
                Kind::InvalidValue,
                self.at(row, field),
                format!("'{answer}' in the {field} of '{id}' is not yes or no"),
            )
            .hint("write yes or no (ja/nee, ja/nein), or leave it empty for no")
        })
    }

    /// How many mentees a mentor takes: 1 when left empty; a mentee's is 1.
    #[allow(clippy::result_large_err)]
    fn capacity(&self, row: &Row, role: Role, id: &str) -> Result<u32, Problem> {
        let text = self.cell(row, "capacity");
        if role == Role::Mentee || text.is_empty() {
            return Ok(1);
        }
        match words::count(&text) {
            Some(capacity) if capacity <= 1000 => Ok(capacity),
            _ => Err(Problem::new(
                Kind::InvalidValue,
                self.at(row, "capacity"),
                format!("capacity '{text}' of mentor '{id}' is not a whole number from 0 to 1000"),
            )
            .hint("write how many mentees this mentor takes, e.g. 1 or 2 (0 to pause them this round)")),
        }
    }

    /// How many mentors a mentee wants: 1 when left empty; a mentor's is 1.
    #[allow(clippy::result_large_err)]
    fn wanted(&self, row: &Row, role: Role, id: &str) -> Result<u32, Problem> {
        let text = self.cell(row, "mentors_wanted");
        if role == Role::Mentor || text.is_empty() {
            return Ok(1);
        }
        match words::count(&text) {
            Some(wanted) if (1..=10).contains(&wanted) => Ok(wanted),
            _ => Err(Problem::new(
                Kind::InvalidValue,
                self.at(row, "mentors_wanted"),
                format!("mentors wanted '{text}' of mentee '{id}' is not a whole number from 1 to 10"),
            )
            .hint("write how many mentors this mentee wants, e.g. 1 or 2; leave it empty for 1")),
        }
    }

    /// A multi-valued answer as terms, each once, refused when it lists more
    /// than `most` or one item is longer than tandem reads.
    #[allow(clippy::result_large_err)]
    fn list(
        &self,
        row: &Row,
        id: &str,
        field: &str,
        term: fn(&str) -> Option<Term>,
        most: usize,
    ) -> Result<Vec<Term>, Problem> {
        let items = split_list(&self.cell(row, field));
        let what = field.replace('_', " ");
        if items.len() > most {
            return Err(Problem::new(
                Kind::InvalidValue,
                self.at(row, field),
                format!("participant '{id}' lists {} {what}, more than the {most} tandem reads", items.len()),
            )
            .hint(format!("keep the {most} that matter most; separate them with ; or line breaks")));
        }
        if let Some(long) = items.iter().find(|item| item.chars().count() > MAX_ITEM) {
            return Err(Problem::new(Kind::InvalidValue,
                self.at(row, field),
                format!(
                    "one of the {what} of participant '{id}' is {} characters long, more than the {MAX_ITEM} tandem reads",
                    long.chars().count()
                ),
            )
            .hint("write each as a short phrase, separated by ; or line breaks"));
        }
        let mut seen = std::collections::BTreeSet::new();
        Ok(items.iter().filter_map(|item| term(item)).filter(|t: &Term| seen.insert(t.key.clone())).collect())
    }

    /// The row's role: a role word (or both roles), a yes or no to a role
    /// question, or the role of the file.
    #[allow(clippy::result_large_err)]
    fn role(&self, row: &Row, id: &str) -> Result<Roles, Problem> {
        if self.options.pool {
            return Ok(Roles::One(Role::Mentee));
        }
        let word = self.options.value("role", &self.cell(row, "role")).into_owned();
        let yes_no = |answer: bool| if answer == self.yes_is_mentor { Role::Mentor } else { Role::Mentee };
        let role = if word.is_empty() && (self.columns.has("is_mentor") || self.columns.has("is_mentee")) {
            Some(self.role_questions(row, id)?)
        } else if word.is_empty() {
            None
        } else if words::is_both(&word) || Role::names_both(&word) {
            Some(Roles::Both)
        } else {
            match Role::parse(&word)
                .or_else(|| words::yes_no(&word).map(yes_no))
                .or_else(|| Role::find(&word))
            {
                Some(role) => Some(Roles::One(role)),
                None => {
                    return Err(Problem::new(
                        Kind::InvalidValue,
                        self.at(row, "role"),
                        format!("{UNKNOWN_ROLE}'{word}'"),
                    ));
                }
            }
        };
        match (role, self.source.role) {
            (Some(Roles::Both), None) => Ok(Roles::Both),
            (Some(Roles::One(role)), given) if given.is_none_or(|g| g == role) => Ok(Roles::One(role)),
            (Some(roles), Some(given)) => {
                let what = match roles {
                    Roles::Both => "both a mentor and a mentee".to_owned(),
                    Roles::One(role) => format!("a {}", role.name()),
                };
                Err(Problem::new(
                    Kind::InvalidValue,
                    self.at(row, "role"),
                    format!("participant '{id}' is {what} in a file given as {}s", given.name()),
                )
                .hint("move the row to the right file, or correct the role"))
            }
            (None, Some(given)) => Ok(Roles::One(given)),
            (_, None) => Err(Problem::new(
                Kind::MissingValue,
                self.at(row, "role"),
                format!("participant '{id}' has no role"),
            )
            .hint("write mentor, mentee or both")),
        }
    }
}

impl Reading<'_> {
    /// The roles of a form that asks yes or no: "Do you want to be a
    /// mentor?" and, where it also asks, "… a mentee?". Yes to both is
    /// both roles; an empty answer beside the other question's is no.
    #[allow(clippy::result_large_err)]
    fn role_questions(&self, row: &Row, id: &str) -> Result<Roles, Problem> {
        let both = self.columns.has("is_mentor") && self.columns.has("is_mentee");
        let answer = |field: &str| -> Result<Option<bool>, Problem> {
            if !self.columns.has(field) {
                return Ok(None);
            }
            let text = self.cell(row, field);
            if text.trim().is_empty() && both {
                return Ok(Some(false));
            }
            match words::yes_no(&text) {
                Some(yes) => Ok(Some(yes)),
                None => Err(Problem::new(
                    Kind::InvalidValue,
                    self.at(row, field),
                    format!("'{text}' for participant '{id}' is not yes or no"),
                )
                .hint(if both {
                    "answer each role question yes or no"
                } else if field == "is_mentor" {
                    "write yes for a mentor and no for a mentee"
                } else {
                    "write yes for a mentee and no for a mentor"
                })),
            }
        };
        match (answer("is_mentor")?, answer("is_mentee")?) {
            (Some(true), Some(true)) => Ok(Roles::Both),
            (Some(true), _) | (None, Some(false)) => Ok(Roles::One(Role::Mentor)),
            (Some(false), Some(true) | None) | (None, Some(true)) => Ok(Roles::One(Role::Mentee)),
            (Some(false), Some(false)) => Err(Problem::new(
                Kind::MissingValue,
                self.at(row, "is_mentor"),
                format!("participant '{id}' answered no to both the mentor and the mentee question"),
            )
            .hint("answer yes to one of them, or remove the row")),
            (None, None) => unreachable!("called with a role question"),
        }
    }
}

/// The roles a row takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Roles {
    One(Role),
    /// Mentor and mentee.
    Both,
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
        Cohort::build(&sources, &Options::default())
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
            "id,role,organisation,capacity\nM1,mentor,Acme,lots\n,mentee,Beta,\nE2,coach,Beta,\nE3,mentee,,\nM1,mentor,Acme,1\n",
            None,
        )])
        .unwrap_err();
        let text = error.to_string();
        assert!(text.contains("a.csv:2: column 'capacity' (D): capacity 'lots' of mentor 'M1'"), "{text}");
        assert!(text.contains("a.csv:3: column 'id' (A): this row has no id"), "{text}");
        assert!(text.contains("a.csv:4: column 'role' (B): unknown role 'coach'"), "{text}");
        assert!(
            text.contains("a.csv:5: column 'organisation' (C): participant 'E3' has no organisation"),
            "{text}"
        );
        assert!(text.contains("a.csv:6: id 'M1' is used twice, also at a.csv:2"), "{text}");
        let kinds: Vec<Kind> = error.problems.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [Kind::InvalidValue, Kind::MissingValue, Kind::InvalidValue, Kind::MissingValue, Kind::Duplicate],
            "{text}"
        );
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
        assert_eq!(key("ACME-BV"), "acme");
        assert_eq!(key("Acme/BV"), "acme");
        assert_eq!(key("Acme (B.V.)"), "acme");
        // A name that is only a legal form keeps it.
        assert_eq!(key("B.V."), "bv");
        assert!(Term::organisation(" . ").is_none());
    }

    #[test]
    fn role_answers_as_forms_write_them() {
        assert_eq!(Role::find("Mentee (ik zoek een mentor)"), Some(Role::Mentee));
        assert_eq!(Role::find("Mentor (ik wil begeleiden)"), Some(Role::Mentor));
        assert_eq!(Role::find("Als Mentorin"), Some(Role::Mentor));
        assert_eq!(Role::find("Ik wil mentor of mentee zijn"), None);
        assert_eq!(Role::find("Coach"), None);
    }

    #[test]
    fn both_roles_as_forms_write_them() {
        for both in ["Beide", "beides", "Both", "Mentor en mentee", "Mentee & mentor", "Mentor und Mentee"] {
            assert!(crate::words::is_both(both) || Role::names_both(both), "{both}");
        }
        for one in [
            "Mentee (ik zoek een mentor)",
            "Mentor (ik wil een mentee begeleiden)",
            "Ik wil mentor of mentee zijn",
        ] {
            assert!(!Role::names_both(one), "{one}");
        }
    }

    #[test]
    fn one_unknown_role_answer_is_one_problem_however_many_rows() {
        let error = build(&[(
            "a.csv",
            "id,role,organisation\nM1,Begeleider,A\nE1,Coachee,B\nE2,Leerling,C\nE3,Leerling,D\nE4,Leerling,E\n",
            None,
        )])
        .unwrap_err();
        assert_eq!(error.problems.len(), 1, "{error}");
        assert_eq!(
            error.problems[0].to_string(),
            "a.csv:4: column 'role' (B): unknown role 'Leerling' for participant 'E2' and 2 more (lines 5 to 6)\n  hint: write mentor or mentee, or answers that start with one of them, such as 'Mentor (ik wil begeleiden)'"
        );
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
