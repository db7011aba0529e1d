//! Never two people of one organisation (`rules.same_organisation`).

use crate::cohort::{Cohort, Participant, Role};

use super::super::{Ids, Pair, Points};
use super::{Rule, Verdict};
use crate::i18n::Lang;
use crate::t;

pub(super) struct SameOrganisation {
    /// Organisation ids of mentees and mentors.
    organisations: Ids,
}

impl SameOrganisation {
    pub fn new(cohort: &Cohort) -> Self {
        SameOrganisation {
            organisations: Ids::of(cohort, |p| Some(&p.organisation), |p| Some(&p.organisation)),
        }
    }
}

impl Rule for SameOrganisation {
    fn verdict(&self) -> Verdict {
        Verdict::SameOrganisation
    }

    fn title(&self, lang: Lang) -> String {
        t!(lang, "rule-organisation-title")
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        let (mentee, mentor) = self.organisations.pair(pair);
        mentee == mentor
    }

    fn reason(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        t!(lang, "rule-organisation-reason", organisation = &pair.mentor.organisation.text)
    }

    fn detail(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        t!(
            lang,
            "rule-organisation-detail",
            mentee = &pair.mentee.organisation.text,
            mentor = &pair.mentor.organisation.text
        )
    }

    fn passed(&self, _: Pair<'_>, lang: Lang) -> Option<String> {
        Some(t!(lang, "rule-organisation-passed"))
    }

    fn shared(&self, person: &Participant, role: Role, count: usize, lang: Lang) -> String {
        t!(
            lang,
            "rule-organisation-shared",
            count = count,
            organisation = &person.organisation.text,
            role = role.name()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::verdict;
    use super::*;
    use crate::config::Config;

    #[test]
    fn colleagues_are_never_paired() {
        let (v, reason) = verdict(("Acme BV", ""), (" acme  bv", ""), &Config::default(), Points(9000));
        assert_eq!(v, Verdict::SameOrganisation);
        assert_eq!(reason.unwrap(), "same organisation: both work at acme  bv");
        assert_eq!(verdict(("Acme", ""), ("Beta", ""), &Config::default(), Points(0)).0, Verdict::Eligible);
    }
}
