//! The programme's settings: criterion weights, hard rules and policies, read
//! from TOML, with defaults embedded in the binary.
//!
//! Every key is optional and every unknown key is an error that names it, so a
//! typo never silently falls back to a default.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{InputError, Kind, Location, Problem};

/// The largest configuration file tandem reads.
const MAX_SIZE: u64 = 1_000_000;

/// The commented default configuration, as `tandem init` writes it.
pub const DEFAULT_TOML: &str = include_str!("default.toml");

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub weights: Weights,
    pub rules: Rules,
    pub sector: SectorConfig,
    pub goals: GoalsConfig,
    pub diversity: DiversityConfig,
    pub ratings: RatingsConfig,
    /// Headers as users write them, mapped to field names; `[columns.mentors]`
    /// and `[columns.mentees]` for one side's files alone.
    pub columns: ColumnsConfig,
    /// Shares of the matched mentees that must come from a group.
    pub targets: Vec<TargetConfig>,
    pub privacy: PrivacyConfig,
    /// `[objective]`: most pairs first, or best scores first.
    pub objective: ObjectiveConfig,
    /// `[output]`: what reports say of the programme.
    pub output: OutputConfig,
    /// `[groups]`: what a mentor's group is worth beyond its pairs.
    pub groups: GroupsConfig,
    /// `[[criteria]]`: the programme's own questions, as criteria and hard
    /// rules over any column.
    pub criteria: Vec<CriterionConfig>,
    /// `[values.COLUMN]`: answers of a column mapped to values, for the
    /// declared criteria (`[values.grade] senior = ["Senior", "Sr."]`).
    pub values: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// The line of each `[[criteria]]` block in the file, for problems.
    #[serde(skip)]
    pub criteria_lines: Vec<u64>,
    /// The `[weights]` keys the file writes, to tell a weight set twice.
    #[serde(skip)]
    pub weights_written: Vec<String>,
    /// The file the configuration was read from; empty for the defaults.
    #[serde(skip)]
    pub source: String,
}

/// `[columns]`: headers mapped to fields, for every file, and for the
/// files of one side (`--mentors`, `--mentees`), where one header means
/// different things ("profession": mentors' sector, mentees' target).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ColumnsConfig {
    #[serde(default)]
    pub mentors: BTreeMap<String, String>,
    #[serde(default)]
    pub mentees: BTreeMap<String, String>,
    #[serde(flatten)]
    pub shared: BTreeMap<String, String>,
}

impl ColumnsConfig {
    /// Every (header, field) mapping, shared and per side.
    pub fn all(&self) -> impl Iterator<Item = (&String, &String)> {
        self.shared.iter().chain(&self.mentors).chain(&self.mentees)
    }

    /// Whether any mapping is for one side only.
    pub fn per_side(&self) -> bool {
        !self.mentors.is_empty() || !self.mentees.is_empty()
    }
}

/// `[[criteria]]`: a criterion or hard rule over a column of the mentee
/// and one of the mentor.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionConfig {
    /// Shown in explanations, columns, `check` and `explain`.
    pub name: String,
    /// The mentee's column (a header, after `[columns]`) or field; empty
    /// for `sector`, `preferences` and `ratings`, which know their fields.
    #[serde(default)]
    pub mentee: String,
    /// The mentor's column; the mentee's when left out.
    #[serde(default)]
    pub mentor: Option<String>,
    pub compare: Compare,
    /// `above`/`below`: the values, lowest first; numbers need none.
    #[serde(default)]
    pub order: Vec<String>,
    /// `above`/`below`: how many steps apart, from and to (default: 1 or more).
    #[serde(default)]
    pub steps: Option<[f64; 2]>,
    /// Points when met (`overlap`: the share of the mentee's values met).
    #[serde(default)]
    pub weight: f64,
    /// A hard rule: a pair failing it is never made.
    #[serde(default)]
    pub require: bool,
    /// No value is ever printed, and no explanation tells one.
    #[serde(default)]
    pub sensitive: bool,
    /// Applies only to mentees with one of these values in their column.
    #[serde(default)]
    pub mentees: Vec<String>,
    /// `sector`: what the pair's sectors must do to earn the points.
    #[serde(default)]
    pub policy: Option<SectorPolicy>,
    /// `preferences`: the diversity preferences, each an equal share.
    #[serde(default)]
    pub preferences: Option<Vec<Preference>>,
}

impl CriterionConfig {
    /// The mentor's column.
    pub fn mentor_column(&self) -> &str {
        self.mentor.as_deref().unwrap_or(&self.mentee)
    }

    /// The columns a comparison reads, the mentee's then the mentor's;
    /// none for the kinds that know their fields.
    pub fn columns(&self) -> Vec<&str> {
        if self.compare.compares_columns() {
            vec![self.mentee.as_str(), self.mentor_column()]
        } else {
            Vec::new()
        }
    }

    /// A declaration of the given kind with its defaults.
    fn builtin(name: &str, compare: Compare, weight: f64) -> CriterionConfig {
        CriterionConfig {
            name: name.to_owned(),
            mentee: String::new(),
            mentor: None,
            compare,
            order: Vec::new(),
            steps: None,
            weight,
            require: false,
            sensitive: false,
            mentees: Vec::new(),
            policy: None,
            preferences: None,
        }
    }
}

/// The criteria every programme starts from, by name, as the older keys
/// (`[weights]`, `[sector] policy`, `[diversity] preferences`) set them.
pub const BUILTIN: [&str; 4] = ["goals", "sector", "diversity", "ratings"];

/// How a declared criterion compares the mentee's column with the mentor's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compare {
    /// The share of the mentee's values the mentor has, fuzzily.
    Overlap,
    /// Some value in common.
    Same,
    /// No value in common.
    Different,
    /// The mentee's column names what they want of the mentor's; an empty
    /// cell or "no preference" is met.
    Wish,
    /// The mentor's value is above the mentee's, by `steps`.
    Above,
    /// The mentor's value is below the mentee's, by `steps`.
    Below,
    /// The pair's sectors, as `policy` asks: crossing, the mentee's target
    /// sector, or the same sector.
    Sector,
    /// Diversity preferences on gender and background, each met earning
    /// an equal share; the values are never printed.
    Preferences,
    /// The ratings from introductory meetings (`--ratings FILE`).
    Ratings,
}

impl Compare {
    /// Whether it compares a column of the mentee with one of the mentor;
    /// `sector`, `preferences` and `ratings` know their own data.
    pub fn compares_columns(self) -> bool {
        !matches!(self, Compare::Sector | Compare::Preferences | Compare::Ratings)
    }
}

/// `[output]`: what reports say of the programme.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutputConfig {
    /// The programme's name, the title of the sponsor report.
    pub programme: String,
    /// The language of everything written for people: `en`, `nl` or `de`.
    pub lang: crate::i18n::Lang,
}

/// `[groups]`: group mentoring (`match --group-size`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GroupsConfig {
    /// Points for each goal two mentees of one mentor's group share.
    pub theme: f64,
}

impl Default for GroupsConfig {
    fn default() -> Self {
        GroupsConfig { theme: 5.0 }
    }
}

/// `[objective]`: what the best pairing maximises first.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ObjectiveConfig {
    pub prefer: Prefer,
}

/// What comes first in the best pairing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prefer {
    /// The most mentees matched, then the highest total score.
    #[default]
    MostPairs,
    /// The highest total score, then the most mentees matched.
    BestScores,
}

impl Prefer {
    /// The solver's objective.
    pub fn objective(self) -> crate::solve::Objective {
        match self {
            Prefer::MostPairs => crate::solve::Objective::MostPairs,
            Prefer::BestScores => crate::solve::Objective::BestScores,
        }
    }
}

/// `[privacy]`: columns whose values are shown only with `--show-sensitive`,
/// besides gender and background, which always are sensitive.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PrivacyConfig {
    /// Headers of other columns, as the intake files write them.
    pub sensitive: Vec<String>,
}

impl PrivacyConfig {
    /// Whether a column, by its header, is sensitive: its words name
    /// personal data of a special kind (gender, origin, religion, health,
    /// age, … in English, Dutch or German), or the config names it.
    pub fn is_sensitive(&self, header: &str) -> bool {
        crate::cohort::is_sensitive_header(header)
            || self.sensitive.iter().any(|s| crate::text::key(s) == crate::text::key(header))
    }
}

/// `[[targets]]`: at least `min_share` of the matched mentees have
/// `attribute` = `value`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetConfig {
    pub attribute: TargetAttribute,
    pub value: String,
    /// From 0 to 1: 0.6 is 60%.
    pub min_share: f64,
}

/// The participant fields a target can count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetAttribute {
    Gender,
    Background,
    Sector,
    TargetSector,
    Region,
    Level,
}

impl TargetAttribute {
    pub fn name(self) -> &'static str {
        match self {
            TargetAttribute::Gender => "gender",
            TargetAttribute::Background => "background",
            TargetAttribute::Sector => "sector",
            TargetAttribute::TargetSector => "target_sector",
            TargetAttribute::Region => "region",
            TargetAttribute::Level => "level",
        }
    }

    /// Whether it is a sensitive attribute, whose values are shown only
    /// where the configuration names them.
    pub fn is_sensitive(self) -> bool {
        matches!(self, TargetAttribute::Gender | TargetAttribute::Background)
    }
}

/// Points per criterion, as written (whole or decimal points).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    pub goals: f64,
    pub sector: f64,
    pub diversity: f64,
    pub ratings: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights { goals: 45.0, sector: 20.0, diversity: 15.0, ratings: 20.0 }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    pub min_score: f64,
    pub require_shared_language: bool,
    /// Never pair two people of one organisation; `false` for a programme
    /// without employers, whose files then need no organisation column.
    pub same_organisation: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Rules { min_score: 0.0, require_shared_language: true, same_organisation: true }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectorPolicy {
    #[default]
    Cross,
    Target,
    Same,
    Ignore,
    /// `target` for a mentee who names a sector to move into, `cross` for
    /// the others: programmes that mix career switchers and regulars.
    TargetElseCross,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SectorConfig {
    pub policy: SectorPolicy,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GoalsConfig {
    pub similarity: f64,
    pub synonyms: BTreeMap<String, Vec<String>>,
}

impl Default for GoalsConfig {
    fn default() -> Self {
        GoalsConfig { similarity: 0.85, synonyms: BTreeMap::new() }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DiversityConfig {
    pub preferences: Vec<Preference>,
}

impl Default for DiversityConfig {
    fn default() -> Self {
        DiversityConfig {
            preferences: vec![Preference {
                attribute: Attribute::Background,
                prefer: Relation::Different,
                mentees: Vec::new(),
            }],
        }
    }
}

/// A preference for pairs whose attribute is the same, or different.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preference {
    pub attribute: Attribute,
    pub prefer: Relation,
    /// When not empty, the preference applies only to mentees with one of
    /// these values of the attribute.
    #[serde(default)]
    pub mentees: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Attribute {
    Gender,
    Background,
}

impl Attribute {
    pub fn name(self) -> &'static str {
        match self {
            Attribute::Gender => "gender",
            Attribute::Background => "background",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Same,
    Different,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RatingsConfig {
    pub max: Option<f64>,
}

impl Config {
    /// How to read participants under this config.
    pub fn cohort_options(&self) -> crate::cohort::Options {
        // A column a declaration reads by its header (not a field's name)
        // stays that column, never taken for a field its words suggest.
        let mut columns = self.columns.shared.clone();
        let fields = crate::cohort::FIELDS;
        for column in self.criteria.iter().flat_map(CriterionConfig::columns) {
            let key = crate::text::key(column);
            let named = fields.iter().any(|f| crate::text::key(f.name) == key)
                || self.columns.all().any(|(h, f)| crate::text::key(h) == key || crate::text::key(f) == key);
            if !named {
                columns.insert(column.to_owned(), column.to_owned());
            }
        }
        crate::cohort::Options {
            columns,
            mentor_columns: self.columns.mentors.clone(),
            mentee_columns: self.columns.mentees.clone(),
            organisations: self.rules.same_organisation,
            sensitive: self
                .privacy
                .sensitive
                .iter()
                .cloned()
                .chain(
                    self.criteria
                        .iter()
                        .filter(|c| c.sensitive)
                        .flat_map(|c| c.columns().into_iter().map(str::to_owned)),
                )
                .collect(),
            values: self.values.clone(),
            declared: self
                .criteria
                .iter()
                .flat_map(|c| c.columns().into_iter().map(|column| (column.to_owned(), c.name.clone())))
                .collect(),
            pool: false,
        }
    }

    /// Every criterion, in column order: the four built-in ones (goals,
    /// sector, diversity, ratings) as the older keys set them, each
    /// replaced by a `[[criteria]]` declaration of its name (or, for
    /// `sector`, `preferences` and `ratings`, of its kind), then the other
    /// declarations in the file's order.
    pub fn declarations(&self) -> Vec<CriterionConfig> {
        let mut goals = CriterionConfig::builtin("goals", Compare::Overlap, self.weights.goals);
        goals.mentee = "goals".to_owned();
        let sector = CriterionConfig::builtin("sector", Compare::Sector, self.weights.sector);
        let mut diversity =
            CriterionConfig::builtin("diversity", Compare::Preferences, self.weights.diversity);
        diversity.sensitive = true;
        let ratings = CriterionConfig::builtin("ratings", Compare::Ratings, self.weights.ratings);
        let replacements = self.replacements();
        let mut all: Vec<CriterionConfig> = [goals, sector, diversity, ratings]
            .into_iter()
            .zip(replacements)
            .map(|(builtin, replacement)| replacement.map_or(builtin, |i| self.criteria[i].clone()))
            .collect();
        all.extend(
            self.criteria
                .iter()
                .enumerate()
                .filter(|(i, _)| !replacements.contains(&Some(*i)))
                .map(|(_, c)| c.clone()),
        );
        for declaration in &mut all {
            match declaration.compare {
                Compare::Sector => {
                    declaration.policy.get_or_insert(self.sector.policy);
                }
                Compare::Preferences => {
                    declaration.preferences.get_or_insert_with(|| self.diversity.preferences.clone());
                    declaration.sensitive = true;
                }
                _ => {}
            }
        }
        all
    }

    /// For each built-in criterion (in [`BUILTIN`]'s order), the index of
    /// the declaration that takes its place: the one of its kind (`sector`,
    /// `preferences`, `ratings`), else the one of its name.
    fn replacements(&self) -> [Option<usize>; 4] {
        let kinds = [None, Some(Compare::Sector), Some(Compare::Preferences), Some(Compare::Ratings)];
        let mut found = [None; 4];
        for (slot, (name, kind)) in BUILTIN.iter().zip(kinds).enumerate() {
            found[slot] = self
                .criteria
                .iter()
                .position(|c| Some(c.compare) == kind)
                .or_else(|| self.criteria.iter().position(|c| crate::text::key(&c.name) == *name));
        }
        found
    }

    /// Reads a configuration file; keys it leaves out keep their defaults.
    ///
    /// # Errors
    /// The file cannot be read, is not TOML, has an unknown key, or a value
    /// out of range; the message names the file, line and key.
    pub fn read(path: &Path) -> Result<Config, InputError> {
        let source = path.display().to_string();
        if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > MAX_SIZE) {
            return Err(Problem::new(
                Kind::Unreadable,
                Location::file(&source),
                "the configuration is larger than 1 MB",
            )
            .hint("check the path given to --config: a tandem.toml is a few kilobytes")
            .into());
        }
        let text = std::fs::read_to_string(path).map_err(|err| {
            Problem::new(
                Kind::Unreadable,
                Location::file(&source),
                format!("cannot read the configuration: {}", crate::error::plain(&err)),
            )
            .hint("check the path given to --config; 'tandem init' writes a fresh tandem.toml")
        })?;
        Config::parse(&source, &text)
    }

    /// Parses configuration text; `source` names it in problems.
    ///
    /// # Errors
    /// As [`Config::read`].
    pub fn parse(source: &str, text: &str) -> Result<Config, InputError> {
        let config: Config = toml::from_str(text).map_err(|err| {
            let line = err.span().map(|span| 1 + text[..span.start].matches('\n').count() as u64);
            let location = Location { file: source.to_owned(), line, column: None, index: None };
            Problem::new(Kind::Config, location, err.message().trim().replace('`', "'"))
                .hint("compare with the keys that 'tandem init' writes")
        })?;
        let mut config = config;
        config.source = source.to_owned();
        config.criteria_lines = text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.trim().starts_with("[[criteria]]"))
            .map(|(i, _)| i as u64 + 1)
            .collect();
        if let Ok(table) = text.parse::<toml::Table>()
            && let Some(toml::Value::Table(weights)) = table.get("weights")
        {
            config.weights_written = weights.keys().cloned().collect();
        }
        config.validate(source)?;
        Ok(config)
    }

    /// The place of the configuration as a whole, for problems of its
    /// settings found while solving; nowhere for the defaults.
    pub fn location(&self) -> Location {
        if self.source.is_empty() { Location::nowhere() } else { Location::file(&self.source) }
    }

    /// The place of a declared criterion, for problems.
    pub fn criterion_location(&self, source: &str, index: usize) -> Location {
        match self.criteria_lines.get(index) {
            Some(&line) => Location::line(source, line),
            None => Location::file(source),
        }
    }

    fn validate(&self, source: &str) -> Result<(), InputError> {
        let mut problems = Vec::new();
        let mut check = |ok: bool, key: &str, message: &str| {
            if !ok {
                problems.push(Problem::new(Kind::Config, Location::file(source), format!("{key} {message}")));
            }
        };
        let weights = &self.weights;
        for (key, weight) in [
            ("weights.goals", weights.goals),
            ("weights.sector", weights.sector),
            ("weights.diversity", weights.diversity),
            ("weights.ratings", weights.ratings),
        ] {
            check((0.0..=1000.0).contains(&weight), key, "must be between 0 and 1000");
        }
        check(
            (0.0..=10_000.0).contains(&self.rules.min_score),
            "rules.min_score",
            "must be between 0 and 10000",
        );
        check((0.0..=1.0).contains(&self.goals.similarity), "goals.similarity", "must be between 0 and 1");
        check((0.0..=100.0).contains(&self.groups.theme), "groups.theme", "must be between 0 and 100");
        if let Some(max) = self.ratings.max {
            check(max.is_finite() && max > 0.0, "ratings.max", "must be above 0");
        }
        for (i, target) in self.targets.iter().enumerate() {
            let key = format!("targets[{}].min_share", i + 1);
            check((0.0..=1.0).contains(&target.min_share), &key, "must be between 0 and 1 (0.6 is 60%)");
            check(!target.value.trim().is_empty(), &format!("targets[{}].value", i + 1), "must not be empty");
        }
        check(self.targets.len() <= 16, "targets", "can hold at most 16 targets");
        if self.objective.prefer == Prefer::BestScores && !self.targets.is_empty() {
            problems.push(
                Problem::new(Kind::Config,
                    Location::file(source),
                    "objective.prefer = \"best_scores\" cannot be combined with [[targets]]: targets count the matched mentees, which best_scores gives up for score",
                )
                .hint("keep the targets with prefer = \"most_pairs\", or drop them"),
            );
        }
        for problem in self.criteria_problems(source) {
            problems.push(problem);
        }
        InputError::check(problems)
    }
}

impl Config {
    /// What is wrong with the `[[criteria]]` declarations on their own.
    fn criteria_problems(&self, source: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut names: Vec<String> = Vec::new();
        let mut kinds: Vec<Compare> = Vec::new();
        let replacements = self.replacements();
        for (i, criterion) in self.criteria.iter().enumerate() {
            let mut found: Vec<(String, String)> = Vec::new();
            // Against the declarations before it: names and kinds once.
            let name = crate::text::key(&criterion.name);
            if name.is_empty() {
                found.push(said(
                    "has no name",
                    "give every criterion a name, shown in explanations and columns",
                ));
            } else if names.contains(&name) {
                found.push(said("the name is taken", "give every criterion a name of its own"));
            }
            names.push(name);
            if !criterion.compare.compares_columns() {
                if kinds.contains(&criterion.compare) {
                    let message = format!("a second compare = \"{}\"", kind(criterion.compare));
                    found.push(said(&message, "declare each of sector, preferences and ratings once"));
                }
                kinds.push(criterion.compare);
            }
            let replaced = replacements.iter().position(|r| *r == Some(i)).map(|slot| BUILTIN[slot]);
            found.extend(self.declaration_problems(criterion, replaced));
            let at = self.criterion_location(source, i);
            problems.extend(found.into_iter().map(|(message, hint)| {
                Problem::new(
                    Kind::Config,
                    at.clone(),
                    format!("[[criteria]] '{}': {message}", criterion.name),
                )
                .hint(hint)
            }));
        }
        if self.criteria.iter().filter(|c| c.require).count() > crate::score::Verdict::MAX_DECLARED {
            problems.push(
                Problem::new(Kind::Config, Location::file(source), "too many required criteria")
                    .hint("keep at most 200"),
            );
        }
        problems
    }

    /// What is wrong with one declaration on its own, as (message, hint);
    /// `replaced` names the built-in criterion whose place it takes.
    fn declaration_problems(
        &self,
        criterion: &CriterionConfig,
        replaced: Option<&str>,
    ) -> Vec<(String, String)> {
        let mut found = Vec::new();
        let compares = criterion.compare.compares_columns();
        if let Some(builtin) = replaced.filter(|b| self.weights_written.iter().any(|w| w == b)) {
            found.push((
                format!(
                    "takes the place of the built-in {builtin} criterion, whose weight [weights] also sets"
                ),
                format!("keep the weight in one place: remove {builtin} from [weights], or this declaration"),
            ));
        }
        if !(0.0..=1000.0).contains(&criterion.weight) {
            found.push(said("weight must be between 0 and 1000", "points when the criterion is met"));
        }
        if criterion.weight == 0.0 && !criterion.require && replaced.is_none() {
            found.push(said(
                "has no weight and is not required, so it changes nothing",
                "give it a weight (points when met), or require = true to make it a hard rule",
            ));
        }
        if compares && criterion.mentee.trim().is_empty() {
            found.push(said(
                "reads no column",
                "name the mentee's column, e.g. mentee = \"Grade\" (and mentor = \"...\" when the mentor's differs)",
            ));
        }
        let own_fields = !criterion.mentee.is_empty()
            || criterion.mentor.is_some()
            || !criterion.mentees.is_empty()
            || criterion.require;
        if !compares && own_fields {
            found.push(said(
                &format!("compare = \"{}\" reads its own fields and is never a hard rule", kind(criterion.compare)),
                "remove mentee, mentor, mentees and require; for a rule over a column, compare same, different, wish, above or below",
            ));
        }
        if criterion.policy.is_some() && criterion.compare != Compare::Sector {
            found.push(said("policy belongs to compare = \"sector\"", "remove it, or compare sector"));
        }
        if criterion.preferences.is_some() && criterion.compare != Compare::Preferences {
            found.push(said(
                "preferences belong to compare = \"preferences\"",
                "remove them, or compare preferences",
            ));
        }
        let ordered = matches!(criterion.compare, Compare::Above | Compare::Below);
        if !ordered && (criterion.steps.is_some() || !criterion.order.is_empty()) {
            found.push(said(
                "order and steps belong to compare = \"above\" or \"below\"",
                "remove them, or compare above or below",
            ));
        }
        if criterion.compare == Compare::Wish && criterion.mentor.is_none() {
            found.push(said(
                "a wish compares the mentee's column with another of the mentor",
                "name the mentor's column, e.g. mentor = \"gender\"",
            ));
        }
        if let Some([from, to]) = criterion.steps {
            let widest =
                if criterion.order.is_empty() { f64::INFINITY } else { criterion.order.len() as f64 - 1.0 };
            if from > to || from < 0.0 || from > widest {
                found.push(said(
                    &format!("steps [{from}, {to}] make no pair possible"),
                    "write steps = [from, to], from at most to, within the order's length",
                ));
            }
        }
        found
    }
}

/// A problem and its hint, as words.
fn said(message: &str, hint: &str) -> (String, String) {
    (message.to_owned(), hint.to_owned())
}

/// A kind of declaration as the config spells it.
fn kind(compare: Compare) -> &'static str {
    match compare {
        Compare::Overlap => "overlap",
        Compare::Same => "same",
        Compare::Different => "different",
        Compare::Wish => "wish",
        Compare::Above => "above",
        Compare::Below => "below",
        Compare::Sector => "sector",
        Compare::Preferences => "preferences",
        Compare::Ratings => "ratings",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commented_defaults_are_the_defaults() {
        let written = Config::parse("default.toml", DEFAULT_TOML).unwrap();
        assert_eq!(written.declarations(), Config::default().declarations());
        assert_eq!(written.criteria.len(), 4, "the built-in criteria, declared");
        assert_eq!(
            Config { criteria: Vec::new(), criteria_lines: Vec::new(), source: String::new(), ..written },
            Config::default()
        );
        assert_eq!(
            Config { source: String::new(), ..Config::parse("empty.toml", "").unwrap() },
            Config::default()
        );
    }

    #[test]
    fn the_older_keys_and_declarations_set_the_same_criteria() {
        let older = Config::parse(
            "t.toml",
            "[weights]\ngoals = 30\nsector = 10\n[sector]\npolicy = \"target_else_cross\"\n[diversity]\npreferences = [{ attribute = \"gender\", prefer = \"same\" }]\n",
        )
        .unwrap();
        let declared = Config::parse(
            "t.toml",
            "[[criteria]]\nname = \"goals\"\nmentee = \"goals\"\ncompare = \"overlap\"\nweight = 30\n\n[[criteria]]\nname = \"sector\"\ncompare = \"sector\"\npolicy = \"target_else_cross\"\nweight = 10\n\n[[criteria]]\nname = \"diversity\"\ncompare = \"preferences\"\npreferences = [{ attribute = \"gender\", prefer = \"same\" }]\nweight = 15\n",
        )
        .unwrap();
        assert_eq!(older.declarations(), declared.declarations());
        let names: Vec<String> = older.declarations().into_iter().map(|d| d.name).collect();
        assert_eq!(names, ["goals", "sector", "diversity", "ratings"]);
    }

    #[test]
    fn a_declaration_takes_a_builtin_place_by_kind_or_name() {
        let config = Config::parse(
            "t.toml",
            "[[criteria]]\nname = \"fit\"\nmentee = \"Work style\"\ncompare = \"same\"\nweight = 10\n\n[[criteria]]\nname = \"crossing\"\ncompare = \"sector\"\nweight = 25\n\n[[criteria]]\nname = \"goals\"\nmentee = \"Development goals\"\nmentor = \"Can help with\"\ncompare = \"overlap\"\nweight = 40\nrequire = true\n",
        )
        .unwrap();
        let declarations = config.declarations();
        let names: Vec<&str> = declarations.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["goals", "crossing", "diversity", "ratings", "fit"]);
        assert_eq!(declarations[0].mentor.as_deref(), Some("Can help with"));
        assert_eq!(declarations[1].policy, Some(SectorPolicy::Cross), "[sector] policy fills in");
    }

    #[test]
    fn declarations_of_the_builtin_kinds_are_checked() {
        let problems = |toml: &str| Config::parse("t.toml", toml).unwrap_err().to_string();
        let text = problems(
            "[weights]\ngoals = 30\n\n[[criteria]]\nname = \"goals\"\nmentee = \"goals\"\ncompare = \"overlap\"\nweight = 40\n",
        );
        assert!(text.contains("t.toml:4: [[criteria]] 'goals': takes the place of the built-in goals criterion, whose weight [weights] also sets"), "{text}");
        let text = problems(
            "[[criteria]]\nname = \"a\"\ncompare = \"sector\"\nweight = 1\n[[criteria]]\nname = \"b\"\ncompare = \"sector\"\nweight = 1\n",
        );
        assert!(text.contains("'b': a second compare = \"sector\""), "{text}");
        let text = problems(
            "[[criteria]]\nname = \"sector\"\ncompare = \"sector\"\nmentee = \"sector\"\nrequire = true\n",
        );
        assert!(text.contains("reads its own fields and is never a hard rule"), "{text}");
        let text =
            problems("[[criteria]]\nname = \"x\"\ncompare = \"same\"\nweight = 1\npolicy = \"cross\"\n");
        assert!(
            text.contains("reads no column") && text.contains("policy belongs to compare = \"sector\""),
            "{text}"
        );
        // Switching a built-in criterion off is a declaration with weight 0.
        let config =
            Config::parse("t.toml", "[[criteria]]\nname = \"ratings\"\ncompare = \"ratings\"\n").unwrap();
        assert_eq!(config.declarations()[3].weight, 0.0);
    }

    #[test]
    fn default_weights_add_up_to_100() {
        let w = Config::default().weights;
        assert_eq!(w.goals + w.sector + w.diversity + w.ratings, 100.0);
    }

    #[test]
    fn keys_left_out_keep_their_defaults() {
        let config =
            Config::parse("t.toml", "[weights]\ngoals = 60\n[sector]\npolicy = \"target\"\n").unwrap();
        assert_eq!(config.weights.goals, 60.0);
        assert_eq!(config.weights.sector, 20.0);
        assert_eq!(config.sector.policy, SectorPolicy::Target);
    }

    #[test]
    fn unknown_key_is_an_error_naming_it_and_its_line() {
        let error = Config::parse("t.toml", "[weights]\ngoals = 40\ngoal = 3\n").unwrap_err();
        assert_eq!(error.problems[0].kind, Kind::Config);
        let text = error.to_string();
        assert!(text.starts_with("t.toml:3: unknown field 'goal'"), "{text}");
    }

    #[test]
    fn targets_are_read_and_checked() {
        let config = Config::parse(
            "t.toml",
            "[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 0.6\n\n[[targets]]\nattribute = \"target_sector\"\nvalue = \"education\"\nmin_share = 0.2\n",
        )
        .unwrap();
        assert_eq!(config.targets.len(), 2);
        assert_eq!(config.targets[1].attribute, TargetAttribute::TargetSector);
        let error = Config::parse(
            "t.toml",
            "[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 60\n",
        )
        .unwrap_err();
        assert!(error.to_string().contains("targets[1].min_share must be between 0 and 1"), "{error}");
    }

    #[test]
    fn out_of_range_values_are_errors() {
        let error = Config::parse("t.toml", "[weights]\ngoals = -1\n[goals]\nsimilarity = 2\n").unwrap_err();
        assert_eq!(error.problems.len(), 2);
        let error = Config::parse("t.toml", "[sector]\npolicy = \"mixed\"\n").unwrap_err();
        assert!(error.to_string().contains("unknown variant 'mixed'"), "{error}");
    }
}
