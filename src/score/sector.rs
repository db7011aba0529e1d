//! Sector: whether the pair crosses sectors, lands the mentee in the sector
//! they are moving into, or stays in one, as `[sector] policy` asks.

use crate::cohort::Cohort;
use crate::config::{CriterionConfig, SectorPolicy};

use super::{Criterion, Ids, Pair, Points};
use crate::i18n::Lang;
use crate::t;

pub struct Sector {
    name: String,
    weight: Points,
    policy: SectorPolicy,
    /// Mentee's and mentor's sectors.
    sectors: Ids,
    /// Mentee's target sector and mentor's sector.
    targets: Ids,
    /// Whether anyone in the cohort gave a sector; if not, there is nothing
    /// to explain.
    listed: bool,
    /// In a pool of peers there is no mentee nor mentor: its sentences
    /// name the two people.
    pool: bool,
}

/// What the policy makes of a pair.
enum Fit {
    Rewarded(String),
    NotRewarded(String),
    /// Whose sector is unknown: `mentee`, `mentor`, or `target` for a
    /// mentee who named none to move into.
    Unknown(&'static str),
}

impl Sector {
    /// The criterion a `compare = "sector"` declaration makes.
    pub fn new(cohort: &Cohort, declaration: &CriterionConfig) -> Sector {
        Sector {
            name: declaration.name.clone(),
            weight: Points::from_points(declaration.weight),
            policy: declaration.policy.unwrap_or_default(),
            sectors: Ids::of(cohort, |p| p.sector.as_ref(), |p| p.sector.as_ref()),
            targets: Ids::of(cohort, |p| p.target_sector.as_ref(), |p| p.sector.as_ref()),
            listed: cohort.mentees.iter().chain(&cohort.mentors).any(|p| p.sector.is_some()),
            pool: cohort.is_pool(),
        }
    }

    /// Whether the policy rewards the pair: the hot path, on ids; [`Sector::fit`]
    /// says the same in words.
    fn rewarded(&self, pair: Pair<'_>) -> bool {
        match (self.policy, self.sectors.pair(pair), self.targets.pair(pair)) {
            (SectorPolicy::Cross, (Some(a), Some(b)), _) => a != b,
            (SectorPolicy::Same, (Some(a), Some(b)), _) => a == b,
            (SectorPolicy::Target | SectorPolicy::TargetElseCross, _, (Some(target), Some(b))) => target == b,
            (SectorPolicy::TargetElseCross, (Some(a), Some(b)), (None, _)) => a != b,
            _ => false,
        }
    }

    fn fit(&self, pair: Pair<'_>, lang: Lang) -> Option<Fit> {
        let mentee = pair.mentee.sector.as_ref();
        let mentor = pair.mentor.sector.as_ref();
        let both = || match (mentee, mentor) {
            (Some(a), Some(b)) => Ok((a, b)),
            (None, _) => Err(Fit::Unknown("mentee")),
            (_, None) => Err(Fit::Unknown("mentor")),
        };
        let policy = match (self.policy, &pair.mentee.target_sector) {
            // A mentee moving into a sector wants a mentor from it; the
            // others, one from another sector.
            (SectorPolicy::TargetElseCross, Some(_)) => SectorPolicy::Target,
            (SectorPolicy::TargetElseCross, None) => SectorPolicy::Cross,
            (policy, _) => policy,
        };
        Some(match policy {
            SectorPolicy::Ignore => return None,
            SectorPolicy::TargetElseCross => unreachable!("resolved per mentee above"),
            SectorPolicy::Cross => match both() {
                Err(unknown) => unknown,
                Ok((a, b)) if a.key != b.key => {
                    Fit::Rewarded(t!(lang, "sector-crosses", mentee = &a.text, mentor = &b.text))
                }
                Ok((a, _)) => Fit::NotRewarded(t!(lang, "sector-same", sector = &a.text)),
            },
            SectorPolicy::Same => match both() {
                Err(unknown) => unknown,
                Ok((a, b)) if a.key == b.key => Fit::Rewarded(t!(lang, "sector-same", sector = &a.text)),
                Ok((a, b)) => {
                    Fit::NotRewarded(t!(lang, "sector-different", mentee = &a.text, mentor = &b.text))
                }
            },
            SectorPolicy::Target => match (pair.mentee.target_sector.as_ref(), mentor) {
                (None, _) => Fit::Unknown("target"),
                (_, None) => Fit::Unknown("mentor"),
                (Some(target), Some(b)) if target.key == b.key && self.pool => Fit::Rewarded(t!(
                    lang,
                    "sector-target-people",
                    mentor = &b.text,
                    a = pair.mentee.called(),
                    b = pair.mentor.called()
                )),
                (Some(target), Some(b)) if target.key == b.key => {
                    Fit::Rewarded(t!(lang, "sector-target", mentor = &b.text))
                }
                (Some(target), Some(b)) if self.pool => Fit::NotRewarded(t!(
                    lang,
                    "sector-not-target-people",
                    mentor = &b.text,
                    target = &target.text,
                    a = pair.mentee.called(),
                    b = pair.mentor.called()
                )),
                (Some(target), Some(b)) => {
                    Fit::NotRewarded(t!(lang, "sector-not-target", mentor = &b.text, target = &target.text))
                }
            },
        })
    }
}

impl Criterion for Sector {
    fn add_row(&self, _: &Cohort, mentee: usize, row: &mut [Points]) {
        let (sector, target) = (self.sectors.mentees[mentee], self.targets.mentees[mentee]);
        let weight = self.weight;
        // As `rewarded`, with the mentee's side decided once.
        let mut reward = |ids: &[Option<u32>], rewarded: &dyn Fn(u32) -> bool| {
            for (points, mentor) in row.iter_mut().zip(ids) {
                if mentor.is_some_and(rewarded) {
                    points.0 += weight.0;
                }
            }
        };
        match (self.policy, sector, target) {
            (SectorPolicy::Target | SectorPolicy::TargetElseCross, _, Some(target)) => {
                reward(&self.targets.mentors, &|b| b == target);
            }
            (SectorPolicy::Cross | SectorPolicy::TargetElseCross, Some(a), _) => {
                reward(&self.sectors.mentors, &|b| b != a);
            }
            (SectorPolicy::Same, Some(a), _) => reward(&self.sectors.mentors, &|b| b == a),
            _ => {}
        }
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn fields(&self) -> Vec<(String, super::Side)> {
        use super::Side;
        match self.policy {
            SectorPolicy::Cross | SectorPolicy::Same => vec![("sector".to_owned(), Side::Both)],
            SectorPolicy::Target => {
                vec![("target_sector".to_owned(), Side::Mentees), ("sector".to_owned(), Side::Mentors)]
            }
            SectorPolicy::TargetElseCross => vec![("sector".to_owned(), Side::Both)],
            SectorPolicy::Ignore => Vec::new(),
        }
    }

    fn weight(&self) -> Points {
        self.weight
    }

    fn points(&self, pair: Pair<'_>) -> Points {
        if self.rewarded(pair) { self.weight } else { Points::ZERO }
    }

    fn explain(&self, pair: Pair<'_>, lang: Lang) -> Option<String> {
        if self.weight == Points::ZERO || !self.listed {
            return None;
        }
        match self.fit(pair, lang)? {
            Fit::Rewarded(text) | Fit::NotRewarded(text) => Some(text),
            Fit::Unknown(whose) if self.pool => {
                let person = if whose == "mentor" { pair.mentor } else { pair.mentee };
                Some(t!(lang, "sector-unknown-people", whose = whose, person = person.called()))
            }
            Fit::Unknown(whose) => Some(t!(lang, "sector-unknown", whose = whose)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::score::tests::{cohort, declaration, first_pair};

    fn sector(policy: SectorPolicy, mentee: (&str, &str), mentor: &str) -> (Points, Option<String>) {
        let cohort = cohort(&format!(
            "id,role,organisation,sector,target sector\nE,mentee,A,{},{}\nM,mentor,B,{mentor},\n",
            mentee.0, mentee.1
        ));
        let mut config = Config::default();
        config.sector.policy = policy;
        let sector = Sector::new(&cohort, &declaration(&config, "sector"));
        let pair = first_pair(&cohort);
        (sector.points(pair), sector.explain(pair, Lang::En))
    }

    /// The points, on ids, and the words, on text, never disagree.
    #[test]
    fn points_and_words_agree_for_every_combination() {
        let values = ["finance", "Finance ", "education", ""];
        for policy in [SectorPolicy::Cross, SectorPolicy::Same, SectorPolicy::Target, SectorPolicy::Ignore] {
            for a in values {
                for t in values {
                    for b in values {
                        let cohort = cohort(&format!(
                            "id,role,organisation,sector,target sector\nE,mentee,A,{a},{t}\nM,mentor,B,{b},\nX,mentor,C,retail,\n"
                        ));
                        let mut config = Config::default();
                        config.sector.policy = policy;
                        let sector = Sector::new(&cohort, &declaration(&config, "sector"));
                        let pair = first_pair(&cohort);
                        let words = matches!(sector.fit(pair, Lang::En), Some(Fit::Rewarded(_)));
                        assert_eq!(sector.rewarded(pair), words, "{policy:?} {a:?} {t:?} {b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn cross_rewards_different_sectors() {
        let (points, text) = sector(SectorPolicy::Cross, ("Education", ""), "Finance");
        assert_eq!((points, text.unwrap().as_str()), (Points(2000), "Crosses sectors: Education → Finance."));
        let (points, text) = sector(SectorPolicy::Cross, ("finance", ""), " FINANCE");
        assert_eq!((points, text.unwrap().as_str()), (Points::ZERO, "Same sector: finance."));
    }

    #[test]
    fn target_rewards_the_sector_the_mentee_moves_into() {
        let (points, text) = sector(SectorPolicy::Target, ("Finance", "Education"), "education");
        assert_eq!(points, Points(2000));
        assert_eq!(text.unwrap(), "The mentor works in education, the sector the mentee is moving into.");
        let (points, _) = sector(SectorPolicy::Target, ("Finance", "Education"), "Finance");
        assert_eq!(points, Points::ZERO);
        let (points, text) = sector(SectorPolicy::Target, ("Finance", ""), "Finance");
        assert_eq!(points, Points::ZERO);
        assert_eq!(text.unwrap(), "No sector points: the mentee named no sector to move into.");
    }

    #[test]
    fn same_and_ignore() {
        assert_eq!(sector(SectorPolicy::Same, ("Retail", ""), "retail").0, Points(2000));
        assert_eq!(sector(SectorPolicy::Same, ("Retail", ""), "Law").0, Points::ZERO);
        assert_eq!(sector(SectorPolicy::Ignore, ("Retail", ""), "Law"), (Points::ZERO, None));
    }

    #[test]
    fn unknown_sectors_earn_nothing_and_say_why() {
        let (points, text) = sector(SectorPolicy::Cross, ("Retail", ""), "");
        assert_eq!(points, Points::ZERO);
        assert_eq!(text.unwrap(), "No sector points: the mentor's sector is unknown.");
    }
}
