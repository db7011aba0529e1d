//! Ratings: points in proportion to the rating a pair was given, for example
//! after an introductory meeting, on any numeric scale.

use crate::cohort::Cohort;
use crate::config::Config;
use crate::error::{InputError, Kind, Problem};
use crate::i18n::Lang;
use crate::intake::{FieldSpec, Table};
use crate::pairs;
use crate::t;

use super::{Criterion, Pair, Points};

/// Ratings by pair, and the top of their scale.
#[derive(Clone, Debug, Default)]
pub struct Ratings {
    /// Per mentee, (mentor, rating) sorted by mentor.
    by_mentee: Vec<Vec<(usize, f64)>>,
    max: f64,
}

const RATING: FieldSpec = FieldSpec {
    name: "rating",
    aliases: &["score", "beoordeling", "cijfer", "bewertung", "note"],
    required: true,
    ..FieldSpec::EMPTY
};

impl Ratings {
    /// Reads a ratings file (`mentee_id, mentor_id, rating`). The scale's top
    /// is `ratings.max` from the config, else the highest rating given.
    ///
    /// # Errors
    /// Every problem of the pair file, and ratings below 0 or above
    /// `ratings.max`.
    pub fn read(table: &Table, cohort: &Cohort, config: &Config) -> Result<Ratings, InputError> {
        let rows = pairs::read(table, cohort, Some(RATING))?;
        let highest = rows.iter().filter_map(|r| r.value).fold(0.0, f64::max);
        let max = config.ratings.max.unwrap_or(highest);
        let mut problems = Vec::new();
        let mut by_mentee = vec![Vec::new(); cohort.mentees.len()];
        let pool = cohort.is_pool();
        for row in rows {
            let rating = row.value.unwrap_or(0.0);
            if !(0.0..=max).contains(&rating) {
                problems.push(
                    Problem::new(Kind::InvalidValue, row.origin, format!("rating {rating} is outside the scale 0 to {max}"))
                        .hint("correct the rating, or set the top of the scale with 'max' under [ratings] in the config"),
                );
                continue;
            }
            by_mentee[row.mentee.0].push((row.mentor.0, rating));
            // In a pool a pair is rated as a whole: the same both ways
            // (the pool's people are in the same order on both sides).
            if pool && row.mentee.0 != row.mentor.0 {
                by_mentee[row.mentor.0].push((row.mentee.0, rating));
            }
        }
        InputError::check(problems)?;
        for ratings in &mut by_mentee {
            // The last row of a pair rated twice stands.
            ratings.reverse();
            ratings.sort_by_key(|&(mentor, _)| mentor);
            ratings.dedup_by_key(|&mut (mentor, _)| mentor);
        }
        Ok(Ratings { by_mentee, max })
    }

    /// The rating of a pair, if it has one.
    pub fn get(&self, mentee: usize, mentor: usize) -> Option<f64> {
        let ratings = self.by_mentee.get(mentee)?;
        let i = ratings.binary_search_by_key(&mentor, |&(m, _)| m).ok()?;
        Some(ratings[i].1)
    }

    /// A mentee's ratings, (mentor, rating) by mentor.
    pub fn of(&self, mentee: usize) -> &[(usize, f64)] {
        self.by_mentee.get(mentee).map_or(&[], Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.by_mentee.iter().all(Vec::is_empty)
    }
}

pub struct RatingsCriterion<'a> {
    name: String,
    weight: Points,
    ratings: &'a Ratings,
}

impl<'a> RatingsCriterion<'a> {
    /// The criterion a `compare = "ratings"` declaration makes.
    pub fn new(declaration: &crate::config::CriterionConfig, ratings: &'a Ratings) -> Self {
        RatingsCriterion {
            name: declaration.name.clone(),
            weight: Points::from_points(declaration.weight),
            ratings,
        }
    }
}

impl Criterion for RatingsCriterion<'_> {
    fn add_row(&self, _: &crate::cohort::Cohort, mentee: usize, row: &mut [Points]) {
        if self.ratings.max <= 0.0 {
            return;
        }
        for &(mentor, rating) in self.ratings.of(mentee) {
            row[mentor].0 += Points::from_points(self.weight.as_f64() * rating / self.ratings.max).0;
        }
    }

    fn private(&self) -> bool {
        true
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn weight(&self) -> Points {
        self.weight
    }

    /// `weight × rating / top of the scale`; unrated pairs earn nothing.
    fn points(&self, pair: Pair<'_>) -> Points {
        match self.ratings.get(pair.mentee_index, pair.mentor_index) {
            Some(rating) if self.ratings.max > 0.0 => {
                Points::from_points(self.weight.as_f64() * rating / self.ratings.max)
            }
            _ => Points::ZERO,
        }
    }

    fn explain(&self, pair: Pair<'_>, lang: Lang) -> Option<String> {
        if self.weight == Points::ZERO || self.ratings.is_empty() {
            return None;
        }
        Some(match self.ratings.get(pair.mentee_index, pair.mentor_index) {
            Some(rating) => {
                t!(lang, "rating", rating = lang.number(rating), top = lang.number(self.ratings.max))
            }
            None => t!(lang, "not-rated"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::parse;
    use crate::score::tests::cohort;

    const COHORT: &str = "id,role,organisation\nE1,mentee,A\nE2,mentee,B\nM1,mentor,C\nM2,mentor,D\n";

    fn rated(file: &str, config: &Config) -> Result<(Vec<Points>, Vec<Option<String>>), InputError> {
        let cohort = cohort(COHORT);
        let ratings = Ratings::read(&parse("r.csv", file.as_bytes()).unwrap(), &cohort, config)?;
        let criterion = RatingsCriterion::new(&crate::score::tests::declaration(config, "ratings"), &ratings);
        let pairs = [(0, 0), (0, 1), (1, 0)].map(|(e, m)| Pair {
            mentee: &cohort.mentees[e],
            mentor: &cohort.mentors[m],
            mentee_index: e,
            mentor_index: m,
        });
        Ok((
            pairs.iter().map(|p| criterion.points(*p)).collect(),
            pairs.iter().map(|p| criterion.explain(*p, Lang::En)).collect(),
        ))
    }

    #[test]
    fn points_in_proportion_to_the_highest_rating() {
        let (points, texts) =
            rated("mentee_id,mentor_id,rating\nE1,M1,8\nE1,M2,6\n", &Config::default()).unwrap();
        assert_eq!(points, [Points(2000), Points(1500), Points::ZERO]);
        assert_eq!(texts[1].as_deref(), Some("Rated 6 of 8."));
        assert_eq!(texts[2].as_deref(), Some("Not rated."));
    }

    #[test]
    fn the_config_sets_the_top_of_the_scale() {
        let config = Config::parse("t.toml", "[ratings]\nmax = 5\n").unwrap();
        let (points, _) = rated("mentee,mentor,score\nE1,M1,4\nE1,M2,2.5\n", &config).unwrap();
        assert_eq!(points[..2], [Points(1600), Points(1000)]);
        let error = rated("mentee,mentor,score\nE1,M1,7\nE1,M2,-1\n", &config).unwrap_err();
        assert_eq!(error.problems.len(), 2);
        assert!(
            error.to_string().contains("r.csv:2: column 'score' (C): rating 7 is outside the scale 0 to 5"),
            "{error}"
        );
    }
}
