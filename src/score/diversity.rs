//! Diversity: the configured pair preferences on gender and background
//! (prefer a mentor of the same, or a different, value) that a pair meets.
//!
//! The values themselves are sensitive: explanations say whether a
//! preference was met, never what anyone's gender or background is.

use crate::cohort::{Cohort, Participant, Term};
use crate::config::{Attribute, CriterionConfig, Preference, Relation};
use crate::i18n::Lang;
use crate::t;
use crate::text::fold;

use super::{Criterion, Ids, Pair, Points};

pub struct Diversity {
    name: String,
    weight: Points,
    preferences: Vec<Preference>,
    /// Per preference, the attribute's ids, and whether it applies to each
    /// mentee: the hot path of [`Criterion::points`].
    ids: Vec<(Ids, Vec<bool>)>,
    /// Whether explanations may show the values (`--show-sensitive`).
    show_values: bool,
    /// Whether anyone in the cohort gave a value a preference reads; if
    /// not, there is nothing to explain.
    listed: bool,
    /// In a pool of peers there is no mentee: its texts name the person.
    pool: bool,
}

impl Diversity {
    /// The criterion a `compare = "preferences"` declaration makes.
    pub fn new(cohort: &Cohort, declaration: &CriterionConfig) -> Diversity {
        let preferences: Vec<Preference> = declaration
            .preferences
            .iter()
            .flatten()
            .map(|p| Preference {
                mentees: p.mentees.iter().map(|v| group_key(p.attribute, v)).collect(),
                ..p.clone()
            })
            .collect();
        let ids = preferences
            .iter()
            .map(|p| {
                let ids = Ids::of(cohort, |e| value(e, p.attribute), |m| value(m, p.attribute));
                let applies = cohort.mentees.iter().map(|e| applies(p, e)).collect();
                (ids, applies)
            })
            .collect();
        let listed = cohort
            .mentees
            .iter()
            .chain(&cohort.mentors)
            .any(|p| preferences.iter().any(|pref| value(p, pref.attribute).is_some()));
        Diversity {
            listed,
            pool: cohort.is_pool(),
            name: declaration.name.clone(),
            weight: Points::from_points(declaration.weight),
            preferences,
            ids,
            show_values: false,
        }
    }

    /// Explanations name the values too ("different background: Dutch and
    /// Moroccan-Dutch"), for `--show-sensitive`.
    pub fn showing_values(mut self, show: bool) -> Diversity {
        self.show_values = show;
        self
    }

    /// For every preference, whether the pair meets it: it applies to the
    /// mentee, both values are known, and they relate as preferred.
    fn outcomes<'a>(&'a self, pair: Pair<'a>) -> impl Iterator<Item = (&'a Preference, bool)> + 'a {
        self.preferences.iter().map(move |preference| {
            let met =
                match (value(pair.mentee, preference.attribute), value(pair.mentor, preference.attribute)) {
                    (Some(mentee), Some(mentor)) if applies(preference, pair.mentee) => {
                        (mentee.key == mentor.key) == (preference.prefer == Relation::Same)
                    }
                    _ => false,
                };
            (preference, met)
        })
    }
}

/// Whether a preference applies to a mentee: always, or when the mentee has
/// one of its values.
fn applies(preference: &Preference, mentee: &Participant) -> bool {
    preference.mentees.is_empty()
        || value(mentee, preference.attribute).is_some_and(|v| preference.mentees.contains(&v.key))
}

/// A value of a preference's group, keyed as participants' values are.
fn group_key(attribute: Attribute, value: &str) -> String {
    match attribute {
        Attribute::Gender => Term::gender(value).map_or_else(|| fold(value), |t| t.key),
        Attribute::Background => fold(value),
    }
}

fn value(participant: &Participant, attribute: Attribute) -> Option<&Term> {
    match attribute {
        Attribute::Gender => participant.gender.as_ref(),
        Attribute::Background => participant.background.as_ref(),
    }
}

fn describe(preference: &Preference, lang: Lang) -> String {
    let relation = match preference.prefer {
        Relation::Same => "same",
        Relation::Different => "different",
    };
    t!(lang, "diversity-preference", relation = relation, attribute = preference.attribute.name())
}

impl Criterion for Diversity {
    fn add_row(&self, _: &Cohort, mentee: usize, row: &mut [Points]) {
        let count = self.preferences.len() as u64;
        if count == 0 || self.weight == Points::ZERO {
            return;
        }
        // Per mentor, the preferences met; then the share each count earns.
        let mut met = vec![0u8; row.len()];
        for (preference, (ids, applies)) in self.preferences.iter().zip(&self.ids) {
            let Some(a) = ids.mentees[mentee].filter(|_| applies[mentee]) else { continue };
            let same = preference.prefer == Relation::Same;
            for (met, mentor) in met.iter_mut().zip(&ids.mentors) {
                if mentor.is_some_and(|b| (a == b) == same) {
                    *met += 1;
                }
            }
        }
        let shares: Vec<Points> = (0..=count).map(|k| self.weight.share(k, count)).collect();
        for (points, &met) in row.iter_mut().zip(&met) {
            points.0 += shares[usize::from(met)].0;
        }
    }

    fn private(&self) -> bool {
        true
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn fields(&self) -> Vec<(String, super::Side)> {
        let mut fields: Vec<(String, super::Side)> = Vec::new();
        for preference in &self.preferences {
            let field = preference.attribute.name();
            if !fields.iter().any(|(f, _)| f == field) {
                fields.push((field.to_owned(), super::Side::Both));
            }
        }
        fields
    }

    fn weight(&self) -> Points {
        self.weight
    }

    /// Each preference met earns an equal share of the weight; preferences
    /// that do not apply to the pair (a value unknown, or the mentee outside
    /// the preference's group) earn nothing.
    fn points(&self, pair: Pair<'_>) -> Points {
        let met = self
            .preferences
            .iter()
            .zip(&self.ids)
            .filter(|(preference, (ids, applies))| {
                applies[pair.mentee_index]
                    && matches!(ids.pair(pair), (Some(a), Some(b)) if (a == b) == (preference.prefer == Relation::Same))
            })
            .count() as u64;
        self.weight.share(met, self.preferences.len() as u64)
    }

    /// Every preference is named, met or not: one that does not apply to
    /// the mentee, or whose values are unknown, reads as not met, so that
    /// no explanation tells whom a preference is for ("same gender" only
    /// for women would tell a mentee's gender).
    fn explain(&self, pair: Pair<'_>, lang: Lang) -> Option<String> {
        if self.weight == Points::ZERO || !self.listed || self.preferences.is_empty() {
            return None;
        }
        let (met, missed): (Vec<_>, Vec<_>) = self.outcomes(pair).partition(|(_, met)| *met);
        let list = |items: &[(&Preference, bool)]| {
            items
                .iter()
                .map(|(p, _)| {
                    match (self.show_values, value(pair.mentee, p.attribute), value(pair.mentor, p.attribute))
                    {
                        (true, Some(a), Some(b)) if applies(p, pair.mentee) => t!(
                            lang,
                            "diversity-preference-values",
                            preference = describe(p, lang),
                            mentee = &a.text,
                            mentor = &b.text
                        ),
                        (true, Some(_), Some(_)) if self.pool => t!(
                            lang,
                            "diversity-preference-not-applicable-people",
                            preference = describe(p, lang),
                            person = pair.mentee.called()
                        ),
                        (true, Some(_), Some(_)) => {
                            t!(lang, "diversity-preference-not-applicable", preference = describe(p, lang))
                        }
                        (true, _, _) => {
                            t!(lang, "diversity-preference-unknown", preference = describe(p, lang))
                        }
                        _ => describe(p, lang),
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (met.is_empty(), missed.is_empty()) {
            (true, true) => None,
            (false, true) => Some(t!(lang, "diversity-met", met = list(&met))),
            (true, false) => Some(t!(lang, "diversity-not-met", missed = list(&missed))),
            (false, false) => {
                Some(t!(lang, "diversity-met-and-not", met = list(&met), missed = list(&missed)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::score::tests::{cohort, declaration, first_pair};

    fn diversity(preferences: &str, mentee: (&str, &str), mentor: (&str, &str)) -> (Points, Option<String>) {
        let cohort = cohort(&format!(
            "id,role,organisation,gender,background\nE,mentee,A,{},{}\nM,mentor,B,{},{}\n",
            mentee.0, mentee.1, mentor.0, mentor.1
        ));
        let config =
            Config::parse("t.toml", &format!("[diversity]\npreferences = [{preferences}]\n")).unwrap();
        let diversity = Diversity::new(&cohort, &declaration(&config, "diversity"));
        let pair = first_pair(&cohort);
        (diversity.points(pair), diversity.explain(pair, Lang::En))
    }

    const BOTH: &str = "{ attribute = \"gender\", prefer = \"same\" }, { attribute = \"background\", prefer = \"different\" }";

    #[test]
    fn each_preference_met_earns_its_share() {
        let (points, text) = diversity(BOTH, ("woman", "Dutch"), ("Woman", "Moroccan"));
        assert_eq!(points, Points(1500));
        assert_eq!(text.unwrap(), "Diversity preference met: same gender, different background.");
        let (points, text) = diversity(BOTH, ("woman", "Dutch"), ("man", "Moroccan"));
        assert_eq!(points, Points(750));
        assert_eq!(text.unwrap(), "Diversity preference met: different background; not met: same gender.");
    }

    #[test]
    fn explanations_never_show_the_values() {
        let (_, text) = diversity(BOTH, ("woman", "Dutch"), ("man", "Dutch"));
        let text = text.unwrap();
        assert!(!text.contains("woman") && !text.contains("Dutch"), "{text}");
    }

    #[test]
    fn values_show_only_when_asked() {
        let cohort = cohort("id,role,organisation,background\nE,mentee,A,Dutch\nM,mentor,B,Moroccan-Dutch\n");
        let diversity =
            Diversity::new(&cohort, &declaration(&Config::default(), "diversity")).showing_values(true);
        assert_eq!(
            diversity.explain(first_pair(&cohort), Lang::En).unwrap(),
            "Diversity preference met: different background (Dutch and Moroccan-Dutch)."
        );
    }

    #[test]
    fn unknown_values_and_other_groups_earn_nothing_and_read_as_not_met() {
        let not_met = "Diversity preference not met: same gender, different background.";
        let (points, text) = diversity(BOTH, ("", ""), ("man", "Dutch"));
        assert_eq!((points, text.unwrap().as_str()), (Points::ZERO, not_met));
        let only_women = "{ attribute = \"gender\", prefer = \"same\", mentees = [\"Woman\"] }";
        assert_eq!(diversity(only_women, ("woman", ""), ("woman", "")).0, Points(1500));
        // A man's pair reads as a woman's pair that misses the preference:
        // the sentence never tells the mentee's gender.
        let man = diversity(only_women, ("man", ""), ("man", ""));
        let woman = diversity(only_women, ("woman", ""), ("man", ""));
        assert_eq!(man, (Points::ZERO, Some("Diversity preference not met: same gender.".to_owned())));
        assert_eq!(man, woman);
    }
}
