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
declared-none-listed-people = { $person } listed no { $name }
declared-unknown = { $name }: not known for both
declared-shares = Shares { $shared } of { $of } { $name }: { $values }
declared-shares-none = Shares none of the mentee's { $of } { $name }
declared-shares-none-people = Shares none of { $person }'s { $of } { $name }
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
declared-apart-people = { $b } { $steps } { $direction ->
    [above] above
   *[below] below
} on { $name }: { $mine } → { $yours }
declared-not-apart = { $name }: mentor at { $yours }, mentee at { $mine }, not { $wanted }
declared-not-apart-people = { $name }: { $b } at { $yours }, { $a } at { $mine }, not { $wanted }
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
sector-target-people = { $b } works in { $mentor }, the sector { $a } is moving into.
sector-not-target = The mentor works in { $mentor }, not in { $target }, the sector the mentee is moving into.
sector-not-target-people = { $b } works in { $mentor }, not in { $target }, the sector { $a } is moving into.
sector-unknown = No sector points: { $whose ->
    [mentee] the mentee's sector is unknown
    [target] the mentee named no sector to move into
   *[mentor] the mentor's sector is unknown
}.
sector-unknown-people = No sector points: { $whose ->
    [target] { $person } named no sector to move into
   *[other] { $person }'s sector is unknown
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
diversity-preference-not-applicable-people = { $preference } (does not apply to { $person })
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
rule-language-people = { $a }: { $a_speaks }; { $b }: { $b_speaks }
rule-language-reason-people = no shared language ({ $sides })
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
priority-left = left for the priority mentees (without --priority this mentee would be matched); { $reason }
priority-peers = Priority: { $names }. { $explanation }
priority-peer-unpaired = a priority peer, yet { $reason }
priority-peer-left = left for the priority peers (without --priority this person would be paired); { $reason }
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
report-mentors = Mentors: { $count } ({ $places ->
    [one] 1 place
   *[other] { $places } places
})
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
html-lead = { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
} and { $mentors ->
    [one] 1 mentor
   *[other] { $mentors } mentors
}; { $pairs ->
    [one] 1 pair
   *[other] { $pairs } pairs
} proposed for review.
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
html-mentors-places = { $mentors } ({ $places ->
    [one] 1 place
   *[other] { $places } places
})
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
html-organisation = { $organisation }: { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
}, { $mentors ->
    [one] 1 mentor
   *[other] { $mentors } mentors
}
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
}{ $priority }; mean score { $mean }.{ $wrote }
summary-priority-paired = { " " }({ $paired } of { $count } priority { $count ->
    [one] person
   *[other] people
} paired)

## The sponsor report: no one named, no small count

sponsors-programme = Mentoring programme
sponsors-lead = The programme in numbers. Counts below { $small } are shown as “fewer than { $small }”.
sponsors-fewer = fewer than { $small }
sponsors-fewer-members = fewer than { $small } members
sponsors-numbers = Participants and pairs
sponsors-no-sectors = No sectors were given.
sponsors-crossing = { $share } of the pairs with both sectors known cross sectors.
sponsors-scores = Scores
sponsors-band = { $from } to { $to }
card-organisations = Organisations
card-mentees-matched = Mentees matched
heading-pairs = Pairs
heading-asked = Asked
heading-reached = Reached

## check: what a pairing breaks, and how it compares with the optimum

check-own-peer = { $pair }: one person cannot be their own peer
check-peer-twice = { $pair }: { $person } is paired twice, also with { $other } ({ $place })
check-lock-missing = { $pair }: locked pair missing from the pairing
check-mentee-twice = { $pair }: mentee { $mentee } is paired twice, also with { $other }
check-more-mentors = { $pair }: mentee { $mentee } has more mentors than the { $wanted } wanted, also { $others }
check-over-capacity = { $pair }: over capacity: mentor { $mentor } has { $count } mentees, capacity { $capacity }
check-target-missed = target { $attribute } = { $value } missed: { $members } of { $matched } matched mentees, { $needed } needed ({ $percent }%)
check-found = { $count ->
    [0] No violations.
    [one] 1 violation.
   *[other] { $count } violations.
}
check-pairing = Pairing: { $pairs ->
    [one] 1 pair
   *[other] { $pairs } pairs
}, total score { $total }.
check-points-same = as high
check-points-less = { $points } points less
check-points-more = { $points } points more
check-counted = { $count } { $how ->
    [fewer] fewer
   *[more] more
} { $what ->
    [pairs] { $count ->
        [one] pair
       *[other] pairs
    }
   *[mentees] { $count ->
        [one] mentee
       *[other] mentees
    }
}
check-as-good = the pairing is as good as it
check-scores = the pairing scores { $points }{ $matched }{ $broken ->
    [yes] , by breaking rules
   *[no] {""}
}
check-matches = the pairing matches { $matched }{ $broken ->
    [yes] { " " }by breaking rules
   *[no] {""}
}, and scores { $points }
check-and-matches = , and matches { $matched }
check-optimum = Optimum under the same rules: { $pairs ->
    [one] 1 pair
   *[other] { $pairs } pairs
}, total score { $total }; { $comparison }.

## explain: one pair in full

explain-pair = { $mentee } with { $mentor }
explain-score = Score { $score } of { $top }
explain-of = of
explain-rules = Rules
explain-passed = passed
explain-failed = FAILED
explain-rank = Rank: choice { $rank } of the mentee's { $count } eligible { $count ->
    [one] mentor
   *[other] mentors
}.
explain-not-eligible = Rank: not eligible; the mentee has { $count } eligible { $count ->
    [one] mentor
   *[other] mentors
}.
explain-no-mentee = no mentee
explain-with-score = { $person }, score { $score }
explain-made = In the optimal matching: this pair is made, score { $score }.
explain-made-others = In the optimal matching: this pair is made, score { $score }; the mentee's other { $count ->
    [one] mentor
   *[other] mentors
}: { $others }.
explain-mentee-unmatched = In the optimal matching: the mentee is not matched; the mentor is with { $mentees }.
explain-optimum = In the optimal matching: the mentee is with { $mentors }; the mentor with { $mentees }.
explain-cannot-force = Forcing this pair is not possible: every place of the mentor is taken by a locked pair.
explain-leaves-unmatched = and leaves { $count } more { $count ->
    [one] mentee
   *[other] mentees
} unmatched
explain-costs-nothing = costs nothing
explain-costs = costs { $points } points of total score
explain-forcing = Forcing this pair{ $eligible ->
    [yes] {""}
   *[no] { " " }(it breaks a rule: only --lock with --force-locks makes it)
} { $effect }: { $forced ->
    [one] 1 pair
   *[other] { $forced } pairs
}, total { $forced_total } against { $pairs ->
    [one] 1 pair
   *[other] { $pairs } pairs
}, total { $total }.
explain-peer-rank = Rank: choice { $rank } of { $person }'s { $count } eligible peers.
explain-peer-not-eligible = Rank: not eligible; { $person } has { $count } eligible peers.
explain-without-peer = without a peer
explain-with = with { $person }
explain-peer-made = In the optimal pairing: this pair is made.
explain-peer-optimum = In the optimal pairing: { $a } is { $a_with }; { $b } { $b_with }.
explain-fewer-pairs = and { $count ->
    [one] 1 pair
   *[other] { $count } pairs
} fewer

## validate: the cohort in numbers

validate-participants = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}: { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
}, { $mentors ->
    [one] 1 mentor
   *[other] { $mentors } mentors
} with { $places ->
    [one] 1 place
   *[other] { $places } places
}.
validate-organisation = organisation
validate-sector = sector
validate-no-problems = { $count ->
    [0] No problems found.
    [one] No problems found; 1 warning.
   *[other] No problems found; { $count } warnings.
}
summary-mentees = mentees
summary-mentors = mentors

## Letters to participants: second person, no other participant named

column-language = language
column-subject = subject
column-message = message
sheet-letters = Letters
summary-letters = { $count ->
    [one] 1 letter
   *[other] { $count } letters
}, each in its reader's language.{ $wrote }
letter-subject = Your mentoring pair
letter-partner-at = { $name } ({ $organisation })
letter-partner-why = { $partner }. Why you are a pair: { $why }
letter-matched =
    Dear { $name },

    { $role ->
        [mentee] { $count ->
            [one] Your mentor in this round is { $partners }
           *[other] Your mentors in this round are:

            { $partners }
        }
       *[mentor] { $count ->
            [one] Your mentee in this round is { $partners }
           *[other] Your mentees in this round are:

            { $partners }
        }
    }

    The programme team will introduce you to each other.
letter-unmatched =
    Dear { $name },

    We could not pair you with a { $role ->
        [mentee] mentor
       *[mentor] mentee
    } in this round. { $why ->
        [none-eligible] { $role ->
            [mentee] Under the programme's rules (for instance, never two people of one organisation), none of this round's mentors could be your mentor.
           *[mentor] Under the programme's rules (for instance, never two people of one organisation), none of this round's mentees could be paired with you.
        }
        [not-chosen] The programme team chose other pairs in this round.
        [places] Every mentor's places were taken: there were more mentees than places.
        [no-places] You offered no places in this round.
        [everyone-matched] Every mentee already has a mentor: there were more places than mentees.
       *[taken] { $role ->
            [mentee] The mentors who would suit you were each paired with someone else, so that as many people as possible have a mentor.
           *[mentor] The mentees who would suit you were each paired with another mentor, so that as many people as possible have a pair.
        }
    }

    The programme team will be in touch about the next round.

## Groups of peers (intervision)

sheet-groups = Groups
column-group = group
heading-group = Group
heading-members = Members
row-not-placed = Not placed: { $reason }.
group-left-out = no group could take this person without someone they may not be grouped with (a colleague, an excluded or earlier pair)
group-locked = Locked together: { $pairs }. { $explanation }
group-locked-pair = { $a } with { $b }
led-locked = Locked with the mentor: { $mentees }. { $explanation }
group-led-by = Led by { $mentor } ({ $organisation }).
group-led-worth = { $pairs } with the mentor, { $themes } for shared themes.
led-left-out = no mentor's group could take this mentee: every group they may join is full, or holds a colleague of theirs or someone they shared a group with before, or its mentor is one the rules keep from them
group-goal = { $goal } ({ $count } of { $of })
group-explanation = { $shared ->
    [0] No goal is shared by two members.
   *[other] Shared goals: { $goals }.
} { $organisations ->
    [one] 1 organisation.
   *[other] { $organisations } organisations.
}
group-best = the best possible
group-within = within { $gap } of the best possible
group-summary = Grouped { $placed } of { $people } people in { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}{ $priority }; total score { $total }, { $closeness }.
summary-priority-grouped = { " " }({ $placed } of { $count } priority { $count ->
    [one] mentee
   *[other] mentees
} placed)
