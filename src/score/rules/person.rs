//! Nobody is paired with themselves: someone of both roles (`both`,
//! "beide") is a mentee and a mentor under one id, and a pool of peers
//! holds everyone on both sides. On whenever someone is on both sides.

use crate::cohort::{Cohort, Participant, Role};

use super::super::{Pair, Points};
use super::{Rule, Verdict};
use crate::i18n::Lang;
use crate::t;

pub(super) struct SamePerson {
    /// Per mentor, the place of the same person among the mentees.
    mentee_of: Vec<Option<usize>>,
}

impl SamePerson {
    /// The rule, when the cohort has someone on both sides.
    pub fn new(cohort: &Cohort) -> Option<Self> {
        let find = |id: &str| cohort.mentees.binary_search_by(|p| p.id.0.as_str().cmp(id)).ok();
        let mentee_of: Vec<Option<usize>> = cohort.mentors.iter().map(|m| find(&m.id.0)).collect();
        mentee_of.iter().any(Option::is_some).then_some(SamePerson { mentee_of })
    }
}

impl Rule for SamePerson {
    fn verdict(&self) -> Verdict {
        Verdict::SamePerson
    }

    fn title(&self, lang: Lang) -> String {
        t!(lang, "rule-person-title")
    }

    fn breaks(&self, pair: Pair<'_>, _: Points) -> bool {
        self.mentee_of[pair.mentor_index] == Some(pair.mentee_index)
    }

    fn reason(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        t!(lang, "rule-person-reason", id = pair.mentee.id.to_string())
    }

    fn detail(&self, pair: Pair<'_>, _: Points, lang: Lang) -> String {
        t!(
            lang,
            "rule-person-detail",
            mentee = pair.mentee.id.to_string(),
            mentor = pair.mentor.id.to_string()
        )
    }

    fn shared(&self, _: &Participant, _: Role, count: usize, lang: Lang) -> String {
        t!(lang, "rule-person-shared", count = count)
    }
}

#[cfg(test)]
mod tests {
    use crate::cohort::{MenteeIx, MentorIx};
    use crate::config::Config;
    use crate::score::tests::cohort;
    use crate::score::{Ratings, Scorer, Verdict};

    #[test]
    fn someone_of_both_roles_is_never_their_own_mentor() {
        // No organisations kept apart: only this rule stands between Ann
        // and herself.
        let cohort = cohort("id,role,organisation,goals\nP1,beide,Acme,law\nP2,mentor,Acme,law\n");
        let config = Config::parse("t.toml", "[rules]\nsame_organisation = false\n").unwrap();
        let ratings = Ratings::default();
        let scorer = Scorer::new(&cohort, &config, &ratings);
        assert_eq!((cohort.mentees.len(), cohort.mentors.len()), (1, 2));
        let matrix = scorer.matrix();
        assert_eq!(matrix.verdict(MenteeIx(0), MentorIx(0)), Verdict::SamePerson);
        assert_eq!(
            scorer.reason(MenteeIx(0), MentorIx(0)).unwrap(),
            "the same person: P1 signed up as mentor and mentee"
        );
        assert_eq!(matrix.verdict(MenteeIx(0), MentorIx(1)), Verdict::Eligible);
    }
}
