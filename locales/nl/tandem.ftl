# De berichten van tandem in het Nederlands: dezelfde ids en argumenten als
# en/tandem.ftl.

## Woorden die op veel plaatsen terugkomen

list-and = { $init } en { $last }
none-listed = geen opgegeven
count-mentors = { $count ->
    [one] 1 mentor
   *[other] { $count } mentoren
}
role = { $role ->
    [mentee] mentee
   *[mentor] mentor
}
steps = { $count ->
    [one] 1 stap
   *[other] { $count } stappen
}
steps-fraction = { $steps } stappen

## De namen van de ingebouwde criteria

criterion-goals = { $count ->
    [one] doel
   *[other] doelen
}
criterion-sector = sector
criterion-diversity = diversiteit
criterion-ratings = beoordelingen

## Criteria: een zin per criterium in de toelichting van een koppel

declared-met = { $name }: voldaan
declared-not-met = { $name }: niet voldaan
declared-not-applicable = { $name }: niet van toepassing
declared-none-listed = De { $role ->
    [mentee] mentee
   *[mentor] mentor
} gaf geen { $name } op
declared-none-listed-people = { $person } gaf geen { $name } op
declared-unknown = { $name }: niet bekend voor beiden
declared-shares = Deelt { $shared } van { $of } { $name }: { $values }
declared-shares-none = Deelt geen van de { $of } { $name } van de mentee
declared-shares-none-people = Deelt geen van de { $of } { $name } van { $person }
declared-same = Zelfde { $name }: { $values }
declared-differ = Verschillende { $name }: { $mine } en { $yours }
declared-different = Verschillende { $name }: { $mine } → { $yours }
declared-no-preference = { $name }: geen voorkeur
declared-as-wished = { $name } zoals gewenst: { $yours }
declared-not-as-wished = { $name } niet zoals gewenst: gewenst { $mine }, is { $yours }
declared-apart = Mentor { $steps } { $direction ->
    [above] hoger
   *[below] lager
} op { $name }: { $mine } → { $yours }
declared-apart-people = { $b } { $steps } { $direction ->
    [above] hoger
   *[below] lager
} op { $name }: { $mine } → { $yours }
declared-not-apart = { $name }: mentor op { $yours }, mentee op { $mine }, niet { $wanted }
declared-not-apart-people = { $name }: { $b } op { $yours }, { $a } op { $mine }, niet { $wanted }
declared-wanted = { $steps } { $direction ->
    [above] hoger
   *[below] lager
}
declared-wanted-at-least = minstens { $steps } { $direction ->
    [above] hoger
   *[below] lager
}
declared-wanted-between = { $from } tot { $steps } { $direction ->
    [above] hoger
   *[below] lager
}

sector-crosses = Sectoroverstijgend: { $mentee } → { $mentor }.
sector-same = Zelfde sector: { $sector }.
sector-different = Verschillende sectoren: { $mentee } en { $mentor }.
sector-target = De mentor werkt in { $mentor }, de sector waar de mentee naartoe wil.
sector-target-people = { $b } werkt in { $mentor }, de sector waar { $a } naartoe wil.
sector-not-target = De mentor werkt in { $mentor }, niet in { $target }, de sector waar de mentee naartoe wil.
sector-not-target-people = { $b } werkt in { $mentor }, niet in { $target }, de sector waar { $a } naartoe wil.
sector-unknown = Geen punten voor sector: { $whose ->
    [mentee] de sector van de mentee is onbekend
    [target] de mentee noemde geen sector om naartoe over te stappen
   *[mentor] de sector van de mentor is onbekend
}.
sector-unknown-people = Geen punten voor sector: { $whose ->
    [target] { $person } noemde geen sector om naartoe over te stappen
   *[other] de sector van { $person } is onbekend
}.

diversity-preference = { $attribute ->
    [gender] { $relation ->
        [same] zelfde gender
       *[different] ander gender
    }
   *[background] { $relation ->
        [same] zelfde achtergrond
       *[different] andere achtergrond
    }
}
diversity-preference-values = { $preference } ({ $mentee } en { $mentor })
diversity-preference-not-applicable = { $preference } (niet van toepassing op de mentee)
diversity-preference-not-applicable-people = { $preference } (niet van toepassing op { $person })
diversity-preference-unknown = { $preference } (niet bekend voor beiden)
diversity-met = Diversiteitsvoorkeur voldaan: { $met }.
diversity-not-met = Diversiteitsvoorkeur niet voldaan: { $missed }.
diversity-met-and-not = Diversiteitsvoorkeur voldaan: { $met }; niet voldaan: { $missed }.

rating = Beoordeeld met { $rating } van { $top }.
not-rated = Niet beoordeeld.

## Harde regels

rule-excluded-title = niet uitgesloten
rule-excluded-reason = uitgesloten
rule-excluded-reason-at = uitgesloten: vermeld in { $place }
rule-excluded-detail = in geen uitsluitingsbestand
rule-excluded-detail-at = uitgesloten in { $place }
rule-excluded-shared = { $count ->
    [one] is
   *[other] zijn
} uitgesloten van een koppel met deze { $role ->
    [mentee] mentee
   *[mentor] mentor
}

rule-earlier-title = niet eerder gekoppeld
rule-earlier-reason = in een eerdere ronde gekoppeld
rule-earlier-reason-at = in een eerdere ronde gekoppeld: { $place }
rule-earlier-detail = in geen uitvoer van een eerdere ronde
rule-earlier-detail-at = gekoppeld in { $place }
rule-earlier-shared = { $count ->
    [one] was
   *[other] waren
} in een eerdere ronde aan deze { $role ->
    [mentee] mentee
   *[mentor] mentor
} gekoppeld

rule-person-title = twee verschillende mensen
rule-person-reason = dezelfde persoon: { $id } meldde zich aan als mentor en als mentee
rule-person-detail = { $mentee } en { $mentor }
rule-person-shared = { $count ->
    [one] is
   *[other] zijn
} deze persoon zelf

rule-organisation-title = verschillende organisaties
rule-organisation-reason = zelfde organisatie: beiden werken bij { $organisation }
rule-organisation-detail = { $mentee } en { $mentor }
rule-organisation-passed = Verschillende organisaties.
rule-organisation-shared = { $count ->
    [one] werkt
   *[other] werken
} bij { $organisation }, net als deze { $role ->
    [mentee] mentee
   *[mentor] mentor
}

rule-language-title = een gedeelde taal
rule-language-reason = geen gedeelde taal: de mentee spreekt { $mentee }, de mentor { $mentor }
rule-language-detail = mentee: { $mentee }; mentor: { $mentor }
rule-language-people = { $a }: { $a_speaks }; { $b }: { $b_speaks }
rule-language-reason-people = geen gedeelde taal ({ $sides })
rule-language-passed = Beiden spreken { $languages }.
rule-language-shared = { $count ->
    [one] deelt
   *[other] delen
} geen taal met deze { $role ->
    [mentee] mentee
   *[mentor] mentor
}

rule-minimum-title = minstens de minimumscore
rule-minimum-reason = onder de minimumscore: { $score } is minder dan { $minimum } (rules.min_score)
rule-minimum-detail = { $score } tegenover een minimum van { $minimum }
rule-minimum-shared = { $count ->
    [one] scoort
   *[other] scoren
} met deze { $role ->
    [mentee] mentee
   *[mentor] mentor
} onder het minimum van { $minimum }

rule-declared-shared = { $count ->
    [one] voldoet
   *[other] voldoen
} met deze { $role ->
    [mentee] mentee
   *[mentor] mentor
} niet aan { $name }

## Waarom iemand niet gekoppeld is

reason-nobody = er zijn geen { $role ->
    [mentee] mentees
   *[mentor] mentoren
} in het cohort
reason-none-eligible = geen enkele { $role ->
    [mentee] mentee
   *[mentor] mentor
} komt in aanmerking: { $rules }
reason-locked-pair = { $name } (een vastgezet koppel)
reason-booked = { $count ->
    [one] de enige mentor die in aanmerking komt, { $best }, is in plaats daarvan gekoppeld aan { $holders }
   *[other] alle { $count } mentoren die in aanmerking komen zijn volgeboekt; de beste optie, { $best } ({ $points } punten), is in plaats daarvan gekoppeld aan { $holders }
}
reason-every-place-taken = { $reason }, en elke plaats is bezet ({ $places ->
    [one] 1 plaats
   *[other] { $places } plaatsen
} voor { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
})
reason-capacity-zero = de capaciteit van de mentor is 0
reason-taken = { $count ->
    [one] de enige mentee die in aanmerking komt ({ $names }) is aan een andere mentor gekoppeld
   *[other] alle { $count } mentees die in aanmerking komen ({ $names }) zijn aan andere mentoren gekoppeld
} voor een hoger totaal
reason-every-mentee-matched = { $reason }, en elke mentee heeft een mentor ({ $places ->
    [one] 1 plaats
   *[other] { $places } plaatsen
} voor { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
})
reason-pairs-excluded = { $count ->
    [one] het koppel met { $names } is uitgesloten
   *[other] de koppels met { $names } zijn uitgesloten
}
reason-paired-earlier = in een eerdere ronde gekoppeld aan { $names }
list-more = { $init } en nog { $count }
reason-eligible = { $count ->
    [one] komt
   *[other] komen
} in aanmerking
reason-every = { $other ->
    [mentor] elke mentor
    [mentor-free] elke mentor met vrije plaatsen
    [mentee] elke mentee
   *[mentee-waiting] elke ongekoppelde mentee
} { $phrase }
reason-of-the = van de { $count } { $other ->
    [mentor] mentoren
    [mentor-free] mentoren met vrije plaatsen
    [mentee] mentees
   *[mentee-waiting] ongekoppelde mentees
}: { $parts }

## Peers

locked-pair = Vastgezet koppel. { $explanation }
peers-both-ways = Voor { $a }: { $ab } Voor { $b }: { $ba }
peers-alone = de enige persoon in de pool
peers-none-eligible = geen peer die in aanmerking komt: { $rules }
peers-best-taken = elke peer die in aanmerking komt is gekoppeld: de beste, { $best } ({ $points } punten), is in plaats daarvan gekoppeld aan { $other }
peers-best-left-out = elke peer die in aanmerking komt is gekoppeld: de beste, { $best } ({ $points } punten), blijft ook over
peers-odd = met { $count } mensen blijft er één over; { $reason }
peers-fail = { $count } { $count ->
    [one] voldoet
   *[other] voldoen
} niet aan '{ $rule }'
peers-none-passes = geen van de { $count } anderen voldoet aan '{ $rule }'
peers-of-the = van de { $count } anderen: { $parts }

## Gemarkeerde koppels en mensen

locked-pair-beyond = Vastgezet koppel, behouden boven de capaciteit van de mentor van { $beyond ->
    [one] 1 plaats
   *[other] { $beyond } plaatsen
}. { $explanation }
locked-pair-despite = Vastgezet koppel{ $beyond ->
    [0] {""}
    [one] , behouden boven de capaciteit van de mentor van 1 plaats
   *[other] , behouden boven de capaciteit van de mentor van { $beyond } plaatsen
}, behouden ondanks de regels: { $reason }. { $explanation }
several-mentors = { $explanation } { $count ->
    [one] De enige mentor van de mentee
   *[other] Een van de { $count } mentoren van de mentee
} ({ $wanted } gewenst).
priority-mentee = Mentee met voorrang. { $explanation }
priority-unmatched = een mentee met voorrang, en toch { $reason }
priority-left = overgelaten voor de mentees met voorrang (zonder --priority zou deze mentee gekoppeld zijn); { $reason }
priority-peers = Voorrang: { $names }. { $explanation }
priority-peer-unpaired = een peer met voorrang, en toch { $reason }
priority-peer-left = overgelaten voor de peers met voorrang (zonder --priority zou deze persoon gekoppeld zijn); { $reason }
best-scores-left = weggelaten voor een hogere totaalscore (prefer = "best_scores": bij de meeste koppels zou deze mentee gekoppeld zijn, ten koste van betere koppels); { $reason }

## Diversiteitsdoelen

target-share = { $percent }% van { $matched } gekoppelde mentees is { $needed }
target-group = { $gender ->
    [woman] { $count ->
        [one] 1 vrouw
       *[other] { $count } vrouwen
    }
    [man] { $count ->
        [one] 1 man
       *[other] { $count } mannen
    }
   *[other] { $count ->
        [one] 1 mentee
       *[other] { $count } mentees
    } met { $attribute } { $value }
}
target-too-few = slechts { $group } onder { $mentees } mentees; { $share }
target-not-at-once = hoogstens { $most } van de { $group } kunnen gekoppeld worden als er { $matched } mentees gekoppeld zijn; hun mentoren die in aanmerking komen hebben te weinig plaatsen; { $share }
target-priority = hoogstens { $most } van de { $group } kunnen gekoppeld worden zolang de mentees met voorrang eerst gaan; { $share }
target-not-together = het doel is niet samen met de andere doelen te halen; { $share }

## Kolomkoppen van CSV- en werkmapuitvoer

column-rank = rang
column-mentee-id = mentee-id
column-mentee-name = naam mentee
column-mentor-id = mentor-id
column-mentor-name = naam mentor
column-a-id = A-id
column-a-name = naam A
column-b-id = B-id
column-b-name = naam B
column-score = score
column-explanation = toelichting
column-alternatives = alternatieven
column-mentee-email = e-mail mentee
column-mentee-organisation = organisatie mentee
column-mentor-email = e-mail mentor
column-mentor-organisation = organisatie mentor
column-extra = { $role ->
    [mentee] mentee
   *[mentor] mentor
}: { $column }
column-eligible = komt in aanmerking
column-reason = reden
column-role = rol
column-id = id
column-name = naam
column-email = e-mail
column-organisation = organisatie
column-item = onderdeel
column-value = waarde
column-attribute = kenmerk
column-min-share = minimaal aandeel
column-needed = nodig
column-matched = gekoppeld
column-share = aandeel
column-met = gehaald
column-cost = kosten
column-choice = keuze
row-not-matched = Niet gekoppeld: { $reason }.
row-not-paired = Niet gekoppeld: { $reason }.
yes = ja
no = nee
not-given = (niet opgegeven)

sheet-pairs = Koppels
sheet-unmatched = Niet gekoppeld
sheet-summary = Samenvatting
sheet-targets = Doelen
sheet-alternatives = Alternatieven
sheet-peers = Peerkoppels
sheet-candidates = Kandidaatkoppels

item-mentees = mentees
item-mentors = mentoren
item-places = plaatsen
item-matched = gekoppelde mentees
item-unmatched = niet-gekoppelde mentees
item-pairs = koppels
item-total = totaalscore
item-mean = gemiddelde score
item-locked = vastgezette koppels
item-excluded = uitgesloten koppels
item-earlier = koppels uit eerdere rondes
item-priority = mentees met voorrang
item-priority-matched = gekoppelde mentees met voorrang
item-targets-cost = score die de doelen kosten
item-given-up = koppels opgegeven voor score
item-gained = gewonnen punten

## De rapporten in Markdown en HTML

report-title = Mentoringkoppels
report-mentees = Mentees: { $count }
report-mentors = Mentoren: { $count } ({ $places ->
    [one] 1 plaats
   *[other] { $places } plaatsen
})
report-matched = Gekoppeld: { $matched } van { $mentees } mentees
report-several = Koppels: { $pairs } voor { $wanted } gewenste mentoren
report-total = Totaalscore: { $total }
report-mean = Gemiddelde score: { $mean }
report-locked = Vastgezette koppels: { $count }
report-pairs = Koppels
report-no-pairs = Er konden geen koppels worden gemaakt.
report-targets = Doelen
report-not-matched = Niet gekoppeld
report-everyone-matched = Iedereen is gekoppeld.

heading-rank = Rang
heading-mentee = Mentee
heading-mentor = Mentor
heading-score = Score
heading-explanation = Toelichting
heading-alternatives = Alternatieven
heading-target = Doel
heading-needed = Nodig
heading-matched = Gekoppeld
heading-share = Aandeel
heading-met = Gehaald
heading-cost = Kosten
heading-reason = Reden
heading-participant = Deelnemer
heading-role = Rol
heading-organisation = Organisatie
heading-points-by-criterion = Punten per criterium

html-title = Mentoringkoppels: rapport van tandem
html-lead = { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
} en { $mentors ->
    [one] 1 mentor
   *[other] { $mentors } mentoren
}; { $pairs ->
    [one] 1 koppel
   *[other] { $pairs } koppels
} voorgesteld ter beoordeling.
html-summary = Samenvatting
card-participants = Deelnemers
card-mentees = Mentees
card-mentors = Mentoren
card-matched = Gekoppelde mentees
card-unmatched = Niet-gekoppelde mentees
card-mentors-without = Mentoren zonder mentee
card-mean = Gemiddelde score
card-total = Totaalscore
card-pairs = Koppels
card-locked = Vastgezette koppels
html-mentors-places = { $mentors } ({ $places ->
    [one] 1 plaats
   *[other] { $places } plaatsen
})
html-of = { $part } van { $whole }
html-several = { $pairs } voor { $wanted } gewenste mentoren
html-distribution = Verdeling van de scores
html-distribution-title = Koppels naar score
html-distribution-desc = Aantal koppels per scoreband: { $bands }.
html-band = { $from } tot { $to }: { $count }
html-distribution-caption = Koppels per band van { $band } punten, met het midden van elke band eronder. Gemiddelde score { $mean }.
html-sectors = Sectoroverstijgend
html-no-sectors = In de intake zijn geen sectoren opgegeven.
html-sectors-title = Koppels van elke sector van de mentee (rijen) naar elke sector van de mentor (kolommen)
html-sectors-crossing = { $crossing } van { $pairs } koppels zijn sectoroverstijgend
html-sectors-caption = (blauw); oranje cellen houden een mentee in de eigen sector.
html-targets = Diversiteitsdoelen
html-target = { $attribute } = { $value }: { $share } van de gekoppelde mentees ({ $matched } van { $all }), minstens { $min }% gevraagd ({ $needed } nodig); { $status ->
    [met] gehaald
   *[missed] niet gehaald
}; kost { $cost } punten
html-target-status = { $status ->
    [met] Gehaald
   *[missed] Niet gehaald
}
html-why = . Waarom: { $reason }.
html-targets-cost = Alle doelen samen kosten { $cost } punten van de totaalscore.
html-organisations = Deelname per organisatie
html-organisations-title = Mentees en mentoren per organisatie
html-organisation = { $organisation }: { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
}, { $mentors ->
    [one] 1 mentor
   *[other] { $mentors } mentoren
}
html-matched = gekoppeld
html-pairs-caption = Voorgestelde koppels, beste score eerst
html-unmatched-caption = Deelnemers zonder koppel, en waarom

## De samenvatting op standard error

summary-matched = { $matched } van { $mentees } mentees gekoppeld{ $several } met { $used } van { $mentors } mentoren{ $kept }; gemiddelde score { $mean }.{ $wrote }
summary-several = { " " }({ $pairs } koppels voor { $wanted } gewenste mentoren)
summary-kept = { $count ->
    [one] 1 koppel
   *[other] { $count } koppels
} { $what ->
    [locked] vastgezet
    [excluded] uitgesloten
   *[earlier] uit eerdere rondes uitgesloten
}
summary-priority-matched = { $matched } van { $count } mentees met voorrang gekoppeld
summary-given-up = beste scores eerst: { $count ->
    [one] 1 koppel
   *[other] { $count } koppels
} minder dan mogelijk, { $points } punten meer
summary-wrote = { " " }{ $path } geschreven.
summary-target-missed = Doel { $attribute } = { $value } niet gehaald: { $reason }.
summary-peers = { $paired } van { $people } mensen gekoppeld in { $pairs ->
    [one] 1 koppel
   *[other] { $pairs } koppels
}{ $priority }; gemiddelde score { $mean }.{ $wrote }
summary-priority-paired = { " " }({ $paired } van { $count } { $count ->
    [one] persoon
   *[other] personen
} met voorrang gekoppeld)

## Het rapport voor sponsors: niemand bij naam, geen kleine aantallen

sponsors-programme = Mentoringprogramma
sponsors-lead = Het programma in cijfers. Aantallen onder { $small } staan er als “minder dan { $small }”.
sponsors-fewer = minder dan { $small }
sponsors-fewer-members = minder dan { $small } leden
sponsors-numbers = Deelnemers en koppels
sponsors-no-sectors = Er zijn geen sectoren opgegeven.
sponsors-crossing = { $share } van de koppels waarvan beide sectoren bekend zijn, is sectoroverstijgend.
sponsors-scores = Scores
sponsors-band = { $from } tot { $to }
card-organisations = Organisaties
card-mentees-matched = Gekoppelde mentees
heading-pairs = Koppels
heading-asked = Gevraagd
heading-reached = Bereikt

## check: wat een koppeling breekt, en hoe ze zich verhoudt tot het optimum

check-own-peer = { $pair }: iemand kan niet zijn of haar eigen peer zijn
check-peer-twice = { $pair }: { $person } is twee keer gekoppeld, ook met { $other } ({ $place })
check-lock-missing = { $pair }: vastgezet koppel ontbreekt in de koppeling
check-mentee-twice = { $pair }: mentee { $mentee } is twee keer gekoppeld, ook met { $other }
check-more-mentors = { $pair }: mentee { $mentee } heeft meer mentoren dan de { $wanted } gewenste, ook { $others }
check-over-capacity = { $pair }: boven de capaciteit: mentor { $mentor } heeft { $count } mentees, capaciteit { $capacity }
check-target-missed = doel { $attribute } = { $value } niet gehaald: { $members } van { $matched } gekoppelde mentees, { $needed } nodig ({ $percent }%)
check-found = { $count ->
    [0] Geen overtredingen.
    [one] 1 overtreding.
   *[other] { $count } overtredingen.
}
check-pairing = Koppeling: { $pairs ->
    [one] 1 koppel
   *[other] { $pairs } koppels
}, totaalscore { $total }.
check-points-same = even hoog
check-points-less = { $points } punten lager
check-points-more = { $points } punten hoger
check-counted = { $count } { $what ->
    [pairs] { $count ->
        [one] koppel
       *[other] koppels
    }
   *[mentees] { $count ->
        [one] mentee
       *[other] mentees
    }
} { $how ->
    [fewer] minder
   *[more] meer
}
check-as-good = de koppeling is even goed
check-scores = de koppeling scoort { $points }{ $matched }{ $broken ->
    [yes] , door regels te breken
   *[no] {""}
}
check-matches = de koppeling koppelt { $matched }{ $broken ->
    [yes] { " " }door regels te breken
   *[no] {""}
}, en scoort { $points }
check-and-matches = , en koppelt { $matched }
check-optimum = Optimum onder dezelfde regels: { $pairs ->
    [one] 1 koppel
   *[other] { $pairs } koppels
}, totaalscore { $total }; { $comparison }.

## explain: één koppel volledig

explain-pair = { $mentee } met { $mentor }
explain-score = Score { $score } van { $top }
explain-of = van
explain-rules = Regels
explain-passed = voldaan
explain-failed = NIET VOLDAAN
explain-rank = Rang: keuze { $rank } van de { $count } { $count ->
    [one] mentor
   *[other] mentoren
} die voor de mentee in aanmerking komen.
explain-not-eligible = Rang: komt niet in aanmerking; voor de mentee { $count ->
    [one] komt 1 mentor
   *[other] komen { $count } mentoren
} in aanmerking.
explain-no-mentee = geen mentee
explain-with-score = { $person }, score { $score }
explain-made = In de optimale koppeling: dit koppel wordt gemaakt, score { $score }.
explain-made-others = In de optimale koppeling: dit koppel wordt gemaakt, score { $score }; { $count ->
    [one] de andere mentor
   *[other] de andere mentoren
} van de mentee: { $others }.
explain-mentee-unmatched = In de optimale koppeling: de mentee is niet gekoppeld; de mentor is gekoppeld aan { $mentees }.
explain-optimum = In de optimale koppeling: de mentee is gekoppeld aan { $mentors }; de mentor aan { $mentees }.
explain-cannot-force = Dit koppel afdwingen kan niet: elke plaats van de mentor is bezet door een vastgezet koppel.
explain-leaves-unmatched = en laat { $count } { $count ->
    [one] mentee
   *[other] mentees
} meer ongekoppeld
explain-costs-nothing = kost niets
explain-costs = kost { $points } punten totaalscore
explain-forcing = Dit koppel afdwingen{ $eligible ->
    [yes] {""}
   *[no] { " " }(het breekt een regel: alleen --lock met --force-locks maakt het)
} { $effect }: { $forced ->
    [one] 1 koppel
   *[other] { $forced } koppels
}, totaal { $forced_total } tegenover { $pairs ->
    [one] 1 koppel
   *[other] { $pairs } koppels
}, totaal { $total }.
explain-peer-rank = Rang: keuze { $rank } van de { $count } peers die voor { $person } in aanmerking komen.
explain-peer-not-eligible = Rang: komt niet in aanmerking; voor { $person } komen { $count } peers in aanmerking.
explain-without-peer = zonder peer
explain-with = met { $person }
explain-peer-made = In de optimale koppeling: dit koppel wordt gemaakt.
explain-peer-optimum = In de optimale koppeling: { $a } is { $a_with }; { $b } { $b_with }.
explain-fewer-pairs = en { $count ->
    [one] 1 koppel
   *[other] { $count } koppels
} minder

## validate: het cohort in cijfers

validate-participants = { $count ->
    [one] 1 deelnemer
   *[other] { $count } deelnemers
}: { $mentees ->
    [one] 1 mentee
   *[other] { $mentees } mentees
}, { $mentors ->
    [one] 1 mentor
   *[other] { $mentors } mentoren
} met { $places ->
    [one] 1 plaats
   *[other] { $places } plaatsen
}.
validate-organisation = organisatie
validate-sector = sector
validate-no-problems = { $count ->
    [0] Geen problemen gevonden.
    [one] Geen problemen gevonden; 1 waarschuwing.
   *[other] Geen problemen gevonden; { $count } waarschuwingen.
}
summary-mentees = mentees
summary-mentors = mentoren

## Brieven aan deelnemers: in de tweede persoon, zonder andere deelnemers te noemen

column-language = taal
column-subject = onderwerp
column-message = bericht
sheet-letters = Brieven
summary-letters = { $count ->
    [one] 1 brief
   *[other] { $count } brieven
}, elk in de taal van de lezer.{ $wrote }
letter-subject = Je mentoringkoppel
letter-partner-at = { $name } ({ $organisation })
letter-partner-why = { $partner }. Waarom jullie een koppel zijn: { $why }
letter-matched =
    Beste { $name },

    { $role ->
        [mentee] { $count ->
            [one] Je mentor in deze ronde is { $partners }
           *[other] Je mentoren in deze ronde zijn:

            { $partners }
        }
       *[mentor] { $count ->
            [one] Je mentee in deze ronde is { $partners }
           *[other] Je mentees in deze ronde zijn:

            { $partners }
        }
    }

    Het programmateam brengt jullie met elkaar in contact.
letter-unmatched =
    Beste { $name },

    We konden je in deze ronde niet aan een { $role ->
        [mentee] mentor
       *[mentor] mentee
    } koppelen. { $why ->
        [none-eligible] { $role ->
            [mentee] Volgens de regels van het programma (bijvoorbeeld nooit twee mensen van dezelfde organisatie) kon geen van de mentoren van deze ronde jouw mentor zijn.
           *[mentor] Volgens de regels van het programma (bijvoorbeeld nooit twee mensen van dezelfde organisatie) kon geen van de mentees van deze ronde aan jou gekoppeld worden.
        }
        [not-chosen] Het programmateam heeft in deze ronde voor andere koppels gekozen.
        [places] Alle plaatsen bij de mentoren waren bezet: er waren meer mentees dan plaatsen.
        [no-places] Je bood in deze ronde geen plaatsen aan.
        [everyone-matched] Elke mentee heeft al een mentor: er waren meer plaatsen dan mentees.
       *[taken] { $role ->
            [mentee] De mentoren die bij je zouden passen, zijn elk aan iemand anders gekoppeld, zodat zoveel mogelijk mensen een mentor hebben.
           *[mentor] De mentees die bij je zouden passen, zijn elk aan een andere mentor gekoppeld, zodat zoveel mogelijk mensen een koppel hebben.
        }
    }

    Het programmateam neemt contact met je op over de volgende ronde.

## Groepen van peers (intervisie)

sheet-groups = Groepen
column-group = groep
heading-group = Groep
heading-members = Leden
row-not-placed = Niet ingedeeld: { $reason }.
group-left-out = geen groep kon deze persoon opnemen zonder iemand met wie hij of zij niet in een groep mag (een collega, een uitgesloten of eerder koppel)
group-locked = Vastgezet in één groep: { $pairs }. { $explanation }
group-locked-pair = { $a } met { $b }
led-locked = Vastgezet bij de mentor: { $mentees }. { $explanation }
group-led-by = Onder leiding van { $mentor } ({ $organisation }).
group-led-worth = { $pairs } met de mentor, { $themes } voor gedeelde thema's.
led-left-out = geen groep van een mentor kon deze mentee opnemen: elke groep waar hij of zij in mag is vol, heeft al een collega of iemand met wie hij of zij eerder in een groep zat, of heeft een mentor die de regels uitsluiten
group-goal = { $goal } ({ $count } van { $of })
group-explanation = { $shared ->
    [0] Geen doel wordt door twee leden gedeeld.
   *[other] Gedeelde doelen: { $goals }.
} { $organisations ->
    [one] 1 organisatie.
   *[other] { $organisations } organisaties.
}
group-best = het best mogelijke
group-within = binnen { $gap } van het best mogelijke
group-summary = { $placed } van { $people } mensen ingedeeld in { $groups ->
    [one] 1 groep
   *[other] { $groups } groepen
}{ $priority }; totaalscore { $total }, { $closeness }.
summary-priority-grouped = { " " }({ $placed } van { $count } { $count ->
    [one] mentee
   *[other] mentees
} met voorrang ingedeeld)
