# tandem's messages in English. Every message here is in nl/ and de/ too,
# with the same arguments (a test checks). Arguments named count choose
# the plural; role is mentee or mentor.

## Words used in many places

list-and = { $init } and { $last }
none-listed = none listed
count-mentors = { $count ->
    [one] 1 mentor
   *[other] { $count } mentors
}
role = { $role ->
    [mentee] mentee
   *[mentor] mentor
}
steps = { $count ->
    [one] 1 step
   *[other] { $count } steps
}
steps-fraction = { $steps } steps

## The built-in criteria's names, for a count of values

criterion-goals = { $count ->
    [one] goal
   *[other] goals
}
criterion-sector = sector
criterion-diversity = diversity
criterion-ratings = ratings

## Criteria: a sentence each in a pair's explanation

declared-met = { $name }: met
declared-not-met = { $name }: not met
declared-not-applicable = { $name }: does not apply
declared-none-listed = The { $role ->
    [mentee] mentee
   *[mentor] mentor
} listed no { $name }
declared-unknown = { $name }: not known for both
declared-shares = Shares { $shared } of { $of } { $name }: { $values }
declared-shares-none = Shares none of the mentee's { $of } { $name }
declared-same = Same { $name }: { $values }
declared-differ = Different { $name }: { $mine } and { $yours }
declared-different = Different { $name }: { $mine } → { $yours }
declared-no-preference = { $name }: no preference
declared-as-wished = { $name } as wished: { $yours }
declared-not-as-wished = { $name } not as wished: wished { $mine }, is { $yours }
declared-apart = Mentor { $steps } { $direction ->
    [above] above
   *[below] below
} on { $name }: { $mine } → { $yours }
declared-not-apart = { $name }: mentor at { $yours }, mentee at { $mine }, not { $wanted }
declared-wanted = { $steps } { $direction ->
    [above] above
   *[below] below
}
declared-wanted-at-least = at least { $steps } { $direction ->
    [above] above
   *[below] below
}
declared-wanted-between = { $from } to { $steps } { $direction ->
    [above] above
   *[below] below
}

sector-crosses = Crosses sectors: { $mentee } → { $mentor }.
sector-same = Same sector: { $sector }.
sector-different = Different sectors: { $mentee } and { $mentor }.
sector-target = The mentor works in { $mentor }, the sector the mentee is moving into.
sector-not-target = The mentor works in { $mentor }, not in { $target }, the sector the mentee is moving into.
sector-unknown = No sector points: { $whose ->
    [mentee] the mentee's sector is unknown
    [target] the mentee named no sector to move into
   *[mentor] the mentor's sector is unknown
}.

diversity-preference = { $relation ->
    [same] same
   *[different] different
} { $attribute ->
    [gender] gender
   *[background] background
}
diversity-preference-values = { $preference } ({ $mentee } and { $mentor })
diversity-preference-not-applicable = { $preference } (does not apply to the mentee)
diversity-preference-unknown = { $preference } (not known for both)
diversity-met = Diversity preference met: { $met }.
diversity-not-met = Diversity preference not met: { $missed }.
diversity-met-and-not = Diversity preference met: { $met }; not met: { $missed }.

rating = Rated { $rating } of { $top }.
not-rated = Not rated.

## Hard rules: what a pair passing one is (title), why a pair breaking it
## is ineligible (reason), what decides it (detail), what an eligible
## pair's explanation says (passed), and what the people it keeps from
## someone have in common (shared: "every mentor …", "3 …").

rule-excluded-title = not excluded
rule-excluded-reason = excluded
rule-excluded-reason-at = excluded: listed in { $place }
rule-excluded-detail = in no exclude file
rule-excluded-detail-at = excluded at { $place }
rule-excluded-shared = { $count ->
    [one] is
   *[other] are
} excluded from pairing with this { $role ->
    [mentee] mentee
   *[mentor] mentor
}

rule-earlier-title = not paired in an earlier round
rule-earlier-reason = paired in an earlier round
rule-earlier-reason-at = paired in an earlier round: { $place }
rule-earlier-detail = in no earlier round's output
rule-earlier-detail-at = paired at { $place }
rule-earlier-shared = { $count ->
    [one] was
   *[other] were
} paired with this { $role ->
    [mentee] mentee
   *[mentor] mentor
} in an earlier round

rule-person-title = two different people
rule-person-reason = the same person: { $id } signed up as mentor and mentee
rule-person-detail = { $mentee } and { $mentor }
rule-person-shared = { $count ->
    [one] is
   *[other] are
} this person themselves

rule-organisation-title = different organisations
rule-organisation-reason = same organisation: both work at { $organisation }
rule-organisation-detail = { $mentee } and { $mentor }
rule-organisation-passed = Different organisations.
rule-organisation-shared = { $count ->
    [one] works
   *[other] work
} at { $organisation }, as this { $role ->
    [mentee] mentee
   *[mentor] mentor
} does

rule-language-title = a shared language
rule-language-reason = no shared language: the mentee speaks { $mentee }, the mentor { $mentor }
rule-language-detail = mentee: { $mentee }; mentor: { $mentor }
rule-language-passed = Both speak { $languages }.
rule-language-shared = { $count ->
    [one] shares
   *[other] share
} no language with this { $role ->
    [mentee] mentee
   *[mentor] mentor
}

rule-minimum-title = at least the minimum score
rule-minimum-reason = below the minimum score: { $score } is less than { $minimum } (rules.min_score)
rule-minimum-detail = { $score } against a minimum of { $minimum }
rule-minimum-shared = { $count ->
    [one] scores
   *[other] score
} below the minimum of { $minimum } with this { $role ->
    [mentee] mentee
   *[mentor] mentor
}

rule-declared-shared = { $count ->
    [one] does
   *[other] do
} not meet { $name } with this { $role ->
    [mentee] mentee
   *[mentor] mentor
}

## Why someone is unmatched

reason-nobody = there are no { $role ->
    [mentee] mentees
   *[mentor] mentors
} in the cohort
reason-none-eligible = no { $role ->
    [mentee] mentee
   *[mentor] mentor
} is eligible: { $rules }
reason-locked-pair = { $name } (a locked pair)
reason-booked = { $count ->
    [one] the only eligible mentor, { $best }, is matched with { $holders } instead
   *[other] all { $count } eligible mentors are fully booked; the best option, { $best } ({ $points } points), is matched with { $holders } instead
}
reason-every-place-taken = { $reason }, and every place is taken ({ $places ->
    [one] 1 place
   *[other] { $places } places
} for { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
})
reason-capacity-zero = the mentor's capacity is 0
reason-taken = { $count ->
    [one] the only eligible mentee ({ $names }) is matched to another mentor
   *[other] all { $count } eligible mentees ({ $names }) are matched to other mentors
} for a higher total
reason-every-mentee-matched = { $reason }, and every mentee has a mentor ({ $places ->
    [one] 1 place
   *[other] { $places } places
} for { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
})
reason-pairs-excluded = { $count ->
    [one] the pair with { $names } is excluded
   *[other] the pairs with { $names } are excluded
}
reason-paired-earlier = paired with { $names } in an earlier round
list-more = { $init }, and { $count } more
reason-eligible = { $count ->
    [one] is
   *[other] are
} eligible
reason-every = every { $other ->
    [mentor] mentor
    [mentor-free] mentor with free capacity
    [mentee] mentee
   *[mentee-waiting] unmatched mentee
} { $phrase }
reason-of-the = of the { $count } { $other ->
    [mentor] mentors
    [mentor-free] mentors with free capacity
    [mentee] mentees
   *[mentee-waiting] unmatched mentees
}, { $parts }

## Peers

locked-pair = Locked pair. { $explanation }
peers-both-ways = For { $a }: { $ab } For { $b }: { $ba }
peers-alone = the only person in the pool
peers-none-eligible = no eligible peer: { $rules }
peers-best-taken = every eligible peer is paired: the best, { $best } ({ $points } points), is paired with { $other } instead
peers-best-left-out = every eligible peer is paired: the best, { $best } ({ $points } points), is left out too
peers-odd = with { $count } people, one is left out; { $reason }
peers-fail = { $count } fail '{ $rule }'
peers-none-passes = none of the { $count } others passes '{ $rule }'
peers-of-the = of the { $count } others, { $parts }

## Pairs and people, marked

locked-pair-beyond = Locked pair, kept beyond the mentor's capacity of { $beyond ->
    [one] 1 place
   *[other] { $beyond } places
}. { $explanation }
locked-pair-despite = Locked pair{ $beyond ->
    [0] {""}
    [one] , kept beyond the mentor's capacity of 1 place
   *[other] , kept beyond the mentor's capacity of { $beyond } places
}, kept despite the rules: { $reason }. { $explanation }
several-mentors = { $explanation } { $count ->
    [one] The mentee's 1 mentor
   *[other] One of the mentee's { $count } mentors
} ({ $wanted } wanted).
priority-mentee = Priority mentee. { $explanation }
priority-unmatched = a priority mentee, yet { $reason }
priority-left = left for the priority mentees (without --priority it would be matched); { $reason }
best-scores-left = left out for a higher total score (prefer = "best_scores": the most pairs would match this mentee, at a cost to better pairs); { $reason }

## Diversity targets

target-share = { $percent }% of { $matched } matched mentees is { $needed }
target-group = { $gender ->
    [woman] { $count ->
        [one] 1 woman
       *[other] { $count } women
    }
    [man] { $count ->
        [one] 1 man
       *[other] { $count } men
    }
   *[other] { $count ->
        [one] 1 mentee
       *[other] { $count } mentees
    } with { $attribute } { $value }
}
target-too-few = only { $group } among { $mentees } mentees; { $share }
target-not-at-once = at most { $most } of the { $group } can be matched while { $matched } mentees are; their eligible mentors have too few places; { $share }
target-priority = at most { $most } of the { $group } can be matched while the priority mentees come first; { $share }
target-not-together = it cannot be met together with the other targets; { $share }

## Column headers of CSV and workbook outputs: in English the names
## scripts read; translations may use words, which read back as a pair
## file too

column-rank = rank
column-mentee-id = mentee_id
column-mentee-name = mentee_name
column-mentor-id = mentor_id
column-mentor-name = mentor_name
column-a-id = a_id
column-a-name = a_name
column-b-id = b_id
column-b-name = b_name
column-score = score
column-explanation = explanation
column-alternatives = alternatives
column-mentee-email = mentee_email
column-mentee-organisation = mentee_organisation
column-mentor-email = mentor_email
column-mentor-organisation = mentor_organisation
column-extra = { $role ->
    [mentee] mentee
   *[mentor] mentor
}: { $column }
column-eligible = eligible
column-reason = reason
column-role = role
column-id = id
column-name = name
column-email = email
column-organisation = organisation
column-item = item
column-value = value
column-attribute = attribute
column-min-share = min_share
column-needed = needed
column-matched = matched
column-share = share
column-met = met
column-cost = cost
column-choice = choice
row-not-matched = Not matched: { $reason }.
row-not-paired = Not paired: { $reason }.
yes = yes
no = no
not-given = (not given)

sheet-pairs = Pairs
sheet-unmatched = Unmatched
sheet-summary = Summary
sheet-targets = Targets
sheet-alternatives = Alternatives
sheet-peers = Peer pairs
sheet-candidates = Candidate pairs

item-mentees = mentees
item-mentors = mentors
item-places = places
item-matched = matched mentees
item-unmatched = unmatched mentees
item-pairs = pairs
item-total = total score
item-mean = mean score
item-locked = locked pairs
item-excluded = excluded pairs
item-earlier = pairs of earlier rounds
item-priority = priority mentees
item-priority-matched = priority mentees matched
item-targets-cost = score the targets cost
item-given-up = pairs given up for score
item-gained = points gained

## The Markdown and HTML reports

report-title = Mentoring pairs
report-mentees = Mentees: { $count }
report-mentors = Mentors: { $count } ({ $places } places)
report-matched = Matched: { $matched } of { $mentees } mentees
report-several = Pairs: { $pairs } for { $wanted } mentors wanted
report-total = Total score: { $total }
report-mean = Mean score: { $mean }
report-locked = Locked pairs: { $count }
report-pairs = Pairs
report-no-pairs = No pairs could be made.
report-targets = Targets
report-not-matched = Not matched
report-everyone-matched = Everyone is matched.

heading-rank = Rank
heading-mentee = Mentee
heading-mentor = Mentor
heading-score = Score
heading-explanation = Explanation
heading-alternatives = Alternatives
heading-target = Target
heading-needed = Needed
heading-matched = Matched
heading-share = Share
heading-met = Met
heading-cost = Cost
heading-reason = Reason
heading-participant = Participant
heading-role = Role
heading-organisation = Organisation
heading-points-by-criterion = Points by criterion

html-title = Mentoring pairs: tandem report
html-lead = { $mentees } mentees and { $mentors } mentors; { $pairs } pairs proposed for review.
html-summary = Summary
card-participants = Participants
card-mentees = Mentees
card-mentors = Mentors
card-matched = Matched mentees
card-unmatched = Unmatched mentees
card-mentors-without = Mentors without a mentee
card-mean = Mean score
card-total = Total score
card-pairs = Pairs
card-locked = Locked pairs
html-mentors-places = { $mentors } ({ $places } places)
html-of = { $part } of { $whole }
html-several = { $pairs } for { $wanted } mentors wanted
html-distribution = Score distribution
html-distribution-title = Pairs by score
html-distribution-desc = Number of pairs per score band: { $bands }.
html-band = { $from } to { $to }: { $count }
html-distribution-caption = Pairs per band of { $band } points, band centres below. Mean score { $mean }.
html-sectors = Sector crossing
html-no-sectors = No sectors were given in the intake.
html-sectors-title = Pairs from each mentee sector (rows) to each mentor sector (columns)
html-sectors-crossing = { $crossing } of { $pairs } pairs cross sectors
html-sectors-caption = (blue); orange cells keep a mentee in their own sector.
html-targets = Diversity targets
html-target = { $attribute } = { $value }: { $share } of matched mentees ({ $matched } of { $all }), at least { $min }% asked ({ $needed } needed); { $status ->
    [met] met
   *[missed] missed
}; cost { $cost } points
html-target-status = { $status ->
    [met] Met
   *[missed] Missed
}
html-why = . Why: { $reason }.
html-targets-cost = All targets together cost { $cost } points of total score.
html-organisations = Participation by organisation
html-organisations-title = Mentees and mentors per organisation
html-organisation = { $organisation }: { $mentees } mentees, { $mentors } mentors
html-matched = matched
html-pairs-caption = Proposed pairs, best score first
html-unmatched-caption = Participants without a pair, and why

## The summary line on standard error

summary-matched = Matched { $matched } of { $mentees } mentees{ $several } with { $used } of { $mentors } mentors{ $kept }; mean score { $mean }.{ $wrote }
summary-several = { " " }({ $pairs } pairs for { $wanted } mentors wanted)
summary-kept = { $count ->
    [one] 1 pair
   *[other] { $count } pairs
} { $what ->
    [locked] locked
    [excluded] excluded
   *[earlier] from earlier rounds excluded
}
summary-priority-matched = { $matched } of { $count } priority mentees matched
summary-given-up = best scores first: { $count ->
    [one] 1 pair
   *[other] { $count } pairs
} fewer than the most possible, { $points } points more
summary-wrote = { " " }Wrote { $path }.
summary-target-missed = Target { $attribute } = { $value } missed: { $reason }.
summary-peers = Paired { $paired } of { $people } people in { $pairs ->
    [one] 1 pair
   *[other] { $pairs } pairs
}; mean score { $mean }.{ $wrote }
