//! The programme's settings: criterion weights, hard rules and policies, read
//! from TOML, with defaults embedded in the binary.
//!
//! Every key is optional and every unknown key is an error that names it, so a
//! typo never silently falls back to a default.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{InputError, Location, Problem};

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
    /// Headers as users write them, mapped to field names.
    pub columns: BTreeMap<String, String>,
    /// Shares of the matched mentees that must come from a group.
    pub targets: Vec<TargetConfig>,
    pub privacy: PrivacyConfig,
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
#[serde(rename_all = "lowercase")]
pub enum SectorPolicy {
    #[default]
    Cross,
    Target,
    Same,
    Ignore,
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
        crate::cohort::Options {
            columns: self.columns.clone(),
            organisations: self.rules.same_organisation,
            sensitive: self.privacy.sensitive.clone(),
        }
    }

    /// Reads a configuration file; keys it leaves out keep their defaults.
    ///
    /// # Errors
    /// The file cannot be read, is not TOML, has an unknown key, or a value
    /// out of range; the message names the file, line and key.
    pub fn read(path: &Path) -> Result<Config, InputError> {
        let source = path.display().to_string();
        if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > MAX_SIZE) {
            return Err(Problem::new(Location::file(&source), "the configuration is larger than 1 MB")
                .hint("check the path given to --config: a tandem.toml is a few kilobytes")
                .into());
        }
        let text = std::fs::read_to_string(path).map_err(|err| {
            Problem::new(
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
            Problem::new(location, err.message().trim().replace('`', "'"))
                .hint("compare with the keys that 'tandem init' writes")
        })?;
        config.validate(source)?;
        Ok(config)
    }

    fn validate(&self, source: &str) -> Result<(), InputError> {
        let mut problems = Vec::new();
        let mut check = |ok: bool, key: &str, message: &str| {
            if !ok {
                problems.push(Problem::new(Location::file(source), format!("{key} {message}")));
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
        if let Some(max) = self.ratings.max {
            check(max.is_finite() && max > 0.0, "ratings.max", "must be above 0");
        }
        for (i, target) in self.targets.iter().enumerate() {
            let key = format!("targets[{}].min_share", i + 1);
            check((0.0..=1.0).contains(&target.min_share), &key, "must be between 0 and 1 (0.6 is 60%)");
            check(!target.value.trim().is_empty(), &format!("targets[{}].value", i + 1), "must not be empty");
        }
        check(self.targets.len() <= 16, "targets", "can hold at most 16 targets");
        InputError::check(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commented_defaults_are_the_defaults() {
        assert_eq!(Config::parse("default.toml", DEFAULT_TOML).unwrap(), Config::default());
        assert_eq!(Config::parse("empty.toml", "").unwrap(), Config::default());
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
