# Die Meldungen von tandem auf Deutsch: dieselben IDs und Argumente wie
# en/tandem.ftl.

## Wörter, die an vielen Stellen vorkommen

list-and = { $init } und { $last }
none-listed = keine angegeben
count-mentors = { $count ->
    [one] 1 Mentor
   *[other] { $count } Mentoren
}
role = { $role ->
    [mentee] Mentee
   *[mentor] Mentor
}
steps = { $count ->
    [one] 1 Stufe
   *[other] { $count } Stufen
}
steps-fraction = { $steps } Stufen

## Die Namen der eingebauten Kriterien

criterion-goals = { $count ->
    [one] Ziel
   *[other] Ziele
}
criterion-sector = Branche
criterion-diversity = Diversität
criterion-ratings = Bewertungen

## Kriterien: ein Satz je Kriterium in der Begründung eines Paares

declared-met = { $name }: erfüllt
declared-not-met = { $name }: nicht erfüllt
declared-not-applicable = { $name }: trifft nicht zu
declared-none-listed = { $role ->
    [mentee] Der Mentee
   *[mentor] Der Mentor
} hat keine { $name } angegeben
declared-none-listed-people = { $person } hat keine { $name } angegeben
declared-unknown = { $name }: nicht für beide bekannt
declared-shares = { $name }: { $shared } von { $of } gemeinsam ({ $values })
declared-shares-none = { $name }: 0 von { $of } gemeinsam
declared-shares-none-people = { $name } von { $person }: 0 von { $of } gemeinsam
declared-same = Gleiche { $name }: { $values }
declared-differ = Unterschiedliche { $name }: { $mine } und { $yours }
declared-different = Unterschiedliche { $name }: { $mine } → { $yours }
declared-no-preference = { $name }: keine Präferenz
declared-as-wished = { $name } wie gewünscht: { $yours }
declared-not-as-wished = { $name } nicht wie gewünscht: gewünscht { $mine }, ist { $yours }
declared-apart = Mentor { $steps } { $direction ->
    [above] höher
   *[below] niedriger
} bei { $name }: { $mine } → { $yours }
declared-apart-people = { $b } { $steps } { $direction ->
    [above] höher
   *[below] niedriger
} bei { $name }: { $mine } → { $yours }
declared-not-apart = { $name }: Mentor bei { $yours }, Mentee bei { $mine }, nicht { $wanted }
declared-not-apart-people = { $name }: { $b } bei { $yours }, { $a } bei { $mine }, nicht { $wanted }
declared-wanted = { $steps } { $direction ->
    [above] höher
   *[below] niedriger
}
declared-wanted-at-least = mindestens { $steps } { $direction ->
    [above] höher
   *[below] niedriger
}
declared-wanted-between = { $from } bis { $steps } { $direction ->
    [above] höher
   *[below] niedriger
}

sector-crosses = Branchenwechsel: { $mentee } → { $mentor }.
sector-same = Gleiche Branche: { $sector }.
sector-different = Verschiedene Branchen: { $mentee } und { $mentor }.
sector-target = Der Mentor arbeitet in { $mentor }, der Branche, in die der Mentee wechseln möchte.
sector-target-people = { $b } arbeitet in { $mentor }, der Branche, in die { $a } wechseln möchte.
sector-not-target = Der Mentor arbeitet in { $mentor }, nicht in { $target }, der Branche, in die der Mentee wechseln möchte.
sector-not-target-people = { $b } arbeitet in { $mentor }, nicht in { $target }, der Branche, in die { $a } wechseln möchte.
sector-unknown = Keine Punkte für die Branche: { $whose ->
    [mentee] die Branche des Mentees ist unbekannt
    [target] der Mentee nannte keine Zielbranche
   *[mentor] die Branche des Mentors ist unbekannt
}.
sector-unknown-people = Keine Punkte für die Branche: { $whose ->
    [target] { $person } nannte keine Zielbranche
   *[other] die Branche von { $person } ist unbekannt
}.

diversity-preference = { $attribute ->
    [gender] { $relation ->
        [same] gleiches Geschlecht
       *[different] anderes Geschlecht
    }
   *[background] { $relation ->
        [same] gleicher Hintergrund
       *[different] anderer Hintergrund
    }
}
diversity-preference-values = { $preference } ({ $mentee } und { $mentor })
diversity-preference-not-applicable = { $preference } (trifft auf den Mentee nicht zu)
diversity-preference-not-applicable-people = { $preference } (trifft auf { $person } nicht zu)
diversity-preference-unknown = { $preference } (nicht für beide bekannt)
diversity-met = Diversitätspräferenz erfüllt: { $met }.
diversity-not-met = Diversitätspräferenz nicht erfüllt: { $missed }.
diversity-met-and-not = Diversitätspräferenz erfüllt: { $met }; nicht erfüllt: { $missed }.

rating = Bewertet mit { $rating } von { $top }.
not-rated = Nicht bewertet.

## Feste Regeln

rule-excluded-title = nicht ausgeschlossen
rule-excluded-reason = ausgeschlossen
rule-excluded-reason-at = ausgeschlossen: aufgeführt in { $place }
rule-excluded-detail = in keiner Ausschlussdatei
rule-excluded-detail-at = ausgeschlossen in { $place }
rule-excluded-shared = { $count ->
    [one] ist
   *[other] sind
} von einem Paar mit diesem { $role ->
    [mentee] Mentee
   *[mentor] Mentor
} ausgeschlossen

rule-earlier-title = nicht in einer früheren Runde gepaart
rule-earlier-reason = in einer früheren Runde gepaart
rule-earlier-reason-at = in einer früheren Runde gepaart: { $place }
rule-earlier-detail = in keiner Ausgabe einer früheren Runde
rule-earlier-detail-at = gepaart in { $place }
rule-earlier-shared = { $count ->
    [one] wurde
   *[other] wurden
} in einer früheren Runde mit diesem { $role ->
    [mentee] Mentee
   *[mentor] Mentor
} gepaart

rule-person-title = zwei verschiedene Personen
rule-person-reason = dieselbe Person: { $id } hat sich als Mentor und als Mentee angemeldet
rule-person-detail = { $mentee } und { $mentor }
rule-person-shared = { $count ->
    [one] ist
   *[other] sind
} diese Person selbst

rule-organisation-title = verschiedene Organisationen
rule-organisation-reason = gleiche Organisation: beide arbeiten bei { $organisation }
rule-organisation-detail = { $mentee } und { $mentor }
rule-organisation-passed = Verschiedene Organisationen.
rule-organisation-shared = { $count ->
    [one] arbeitet
   *[other] arbeiten
} bei { $organisation }, wie dieser { $role ->
    [mentee] Mentee
   *[mentor] Mentor
}

rule-language-title = eine gemeinsame Sprache
rule-language-reason = keine gemeinsame Sprache: der Mentee spricht { $mentee }, der Mentor { $mentor }
rule-language-detail = Mentee: { $mentee }; Mentor: { $mentor }
rule-language-people = { $a }: { $a_speaks }; { $b }: { $b_speaks }
rule-language-reason-people = keine gemeinsame Sprache ({ $sides })
rule-language-passed = Beide sprechen { $languages }.
rule-language-shared = { $count ->
    [one] teilt
   *[other] teilen
} keine Sprache mit diesem { $role ->
    [mentee] Mentee
   *[mentor] Mentor
}

rule-minimum-title = mindestens die Mindestpunktzahl
rule-minimum-reason = unter der Mindestpunktzahl: { $score } ist weniger als { $minimum } (rules.min_score)
rule-minimum-detail = { $score } bei einem Minimum von { $minimum }
rule-minimum-shared = { $count ->
    [one] erreicht
   *[other] erreichen
} mit diesem { $role ->
    [mentee] Mentee
   *[mentor] Mentor
} weniger als das Minimum von { $minimum }

rule-declared-shared = { $count ->
    [one] erfüllt
   *[other] erfüllen
} { $name } mit diesem { $role ->
    [mentee] Mentee
   *[mentor] Mentor
} nicht

## Warum jemand ohne Partner bleibt

reason-nobody = es gibt keine { $role ->
    [mentee] Mentees
   *[mentor] Mentoren
} in der Kohorte
reason-none-eligible = kein { $role ->
    [mentee] Mentee
   *[mentor] Mentor
} kommt infrage: { $rules }
reason-locked-pair = { $name } (ein festgelegtes Paar)
reason-booked = { $count ->
    [one] der einzige infrage kommende Mentor, { $best }, ist stattdessen mit { $holders } gepaart
   *[other] alle { $count } infrage kommenden Mentoren sind ausgebucht; die beste Option, { $best } ({ $points } Punkte), ist stattdessen mit { $holders } gepaart
}
reason-every-place-taken = { $reason }, und jeder Platz ist besetzt ({ $places ->
    [one] 1 Platz
   *[other] { $places } Plätze
} für { $mentees ->
    [one] 1 Mentee
   *[other] { $mentees } Mentees
})
reason-capacity-zero = die Kapazität des Mentors ist 0
reason-taken = { $count ->
    [one] der einzige infrage kommende Mentee ({ $names }) ist mit einem anderen Mentor gepaart
   *[other] alle { $count } infrage kommenden Mentees ({ $names }) sind mit anderen Mentoren gepaart
}, für eine höhere Gesamtpunktzahl
reason-every-mentee-matched = { $reason }, und jeder Mentee hat einen Mentor ({ $places ->
    [one] 1 Platz
   *[other] { $places } Plätze
} für { $mentees ->
    [one] 1 Mentee
   *[other] { $mentees } Mentees
})
reason-pairs-excluded = { $count ->
    [one] das Paar mit { $names } ist ausgeschlossen
   *[other] die Paare mit { $names } sind ausgeschlossen
}
reason-paired-earlier = in einer früheren Runde mit { $names } gepaart
list-more = { $init } und { $count } weitere
reason-eligible = { $count ->
    [one] kommt
   *[other] kommen
} infrage
reason-every = { $other ->
    [mentor] jeder Mentor
    [mentor-free] jeder Mentor mit freien Plätzen
    [mentee] jeder Mentee
   *[mentee-waiting] jeder Mentee ohne Partner
} { $phrase }
reason-of-the = von den { $count } { $other ->
    [mentor] Mentoren
    [mentor-free] Mentoren mit freien Plätzen
    [mentee] Mentees
   *[mentee-waiting] Mentees ohne Partner
}: { $parts }

## Peers

locked-pair = Festgelegtes Paar. { $explanation }
peers-both-ways = Für { $a }: { $ab } Für { $b }: { $ba }
peers-alone = die einzige Person im Pool
peers-none-eligible = kein infrage kommender Peer: { $rules }
peers-best-taken = jeder infrage kommende Peer ist gepaart: der beste, { $best } ({ $points } Punkte), ist stattdessen mit { $other } gepaart
peers-best-left-out = jeder infrage kommende Peer ist gepaart: der beste, { $best } ({ $points } Punkte), bleibt ebenfalls ohne Partner
peers-odd = bei { $count } Personen bleibt eine übrig; { $reason }
peers-fail = { $count } { $count ->
    [one] erfüllt
   *[other] erfüllen
} '{ $rule }' nicht
peers-none-passes = keiner der { $count } anderen erfüllt '{ $rule }'
peers-of-the = von den { $count } anderen: { $parts }

## Markierte Paare und Personen

locked-pair-beyond = Festgelegtes Paar, über die Kapazität des Mentors von { $beyond ->
    [one] 1 Platz
   *[other] { $beyond } Plätzen
} hinaus beibehalten. { $explanation }
locked-pair-despite = Festgelegtes Paar{ $beyond ->
    [0] {""}
    [one] , über die Kapazität des Mentors von 1 Platz hinaus
   *[other] , über die Kapazität des Mentors von { $beyond } Plätzen hinaus
}, trotz der Regeln beibehalten: { $reason }. { $explanation }
several-mentors = { $explanation } { $count ->
    [one] Der einzige Mentor des Mentees
   *[other] Einer der { $count } Mentoren des Mentees
} ({ $wanted } gewünscht).
priority-mentee = Mentee mit Vorrang. { $explanation }
priority-unmatched = ein Mentee mit Vorrang, und doch { $reason }
priority-left = den Mentees mit Vorrang überlassen (ohne --priority hätte dieser Mentee einen Partner); { $reason }
priority-peers = Vorrang: { $names }. { $explanation }
priority-peer-unpaired = ein Peer mit Vorrang, und doch { $reason }
priority-peer-left = den Peers mit Vorrang überlassen (ohne --priority hätte diese Person einen Partner); { $reason }
best-scores-left = für eine höhere Gesamtpunktzahl ausgelassen (prefer = "best_scores": mit den meisten Paaren hätte dieser Mentee einen Partner, auf Kosten besserer Paare); { $reason }

## Diversitätsziele

target-share = { $percent } % von { $matched } gepaarten Mentees sind { $needed }
target-group = { $gender ->
    [woman] { $count ->
        [one] 1 Frau
       *[other] { $count } Frauen
    }
    [man] { $count ->
        [one] 1 Mann
       *[other] { $count } Männer
    }
   *[other] { $count ->
        [one] 1 Mentee
       *[other] { $count } Mentees
    } mit { $attribute } { $value }
}
target-too-few = nur { $group } unter { $mentees } Mentees; { $share }
target-not-at-once = höchstens { $most } der { $group } können gepaart werden, während { $matched } Mentees es sind; ihre infrage kommenden Mentoren haben zu wenige Plätze; { $share }
target-priority = höchstens { $most } der { $group } können gepaart werden, solange die Mentees mit Vorrang zuerst kommen; { $share }
target-not-together = es lässt sich nicht zusammen mit den anderen Zielen erreichen; { $share }

## Spaltenköpfe der CSV- und Arbeitsmappenausgabe

column-rank = Rang
column-mentee-id = Mentee-ID
column-mentee-name = Name Mentee
column-mentor-id = Mentor-ID
column-mentor-name = Name Mentor
column-a-id = A-ID
column-a-name = Name A
column-b-id = B-ID
column-b-name = Name B
column-score = Punkte
column-explanation = Begründung
column-alternatives = Alternativen
column-mentee-email = E-Mail Mentee
column-mentee-organisation = Organisation Mentee
column-mentor-email = E-Mail Mentor
column-mentor-organisation = Organisation Mentor
column-extra = { $role ->
    [mentee] Mentee
   *[mentor] Mentor
}: { $column }
column-eligible = infrage kommend
column-reason = Grund
column-role = Rolle
column-id = ID
column-name = Name
column-email = E-Mail
column-organisation = Organisation
column-item = Kennzahl
column-value = Wert
column-attribute = Merkmal
column-min-share = Mindestanteil
column-needed = benötigt
column-matched = gepaart
column-share = Anteil
column-met = erreicht
column-cost = Kosten
column-choice = Wahl
row-not-matched = Ohne Partner: { $reason }.
row-not-paired = Ohne Partner: { $reason }.
yes = ja
no = nein
not-given = (nicht angegeben)

sheet-pairs = Paare
sheet-unmatched = Ohne Partner
sheet-summary = Übersicht
sheet-targets = Ziele
sheet-alternatives = Alternativen
sheet-peers = Peer-Paare
sheet-candidates = Kandidatenpaare

item-mentees = Mentees
item-mentors = Mentoren
item-places = Plätze
item-matched = gepaarte Mentees
item-unmatched = Mentees ohne Partner
item-pairs = Paare
item-total = Gesamtpunktzahl
item-mean = durchschnittliche Punktzahl
item-locked = festgelegte Paare
item-excluded = ausgeschlossene Paare
item-earlier = Paare früherer Runden
item-priority = Mentees mit Vorrang
item-priority-matched = gepaarte Mentees mit Vorrang
item-targets-cost = Punkte, die die Ziele kosten
item-given-up = für die Punktzahl aufgegebene Paare
item-gained = gewonnene Punkte

## Die Berichte in Markdown und HTML

report-title = Mentoring-Paare
report-mentees = Mentees: { $count }
report-mentors = Mentoren: { $count } ({ $places ->
    [one] 1 Platz
   *[other] { $places } Plätze
})
report-matched = Gepaart: { $matched } von { $mentees } Mentees
report-several = Paare: { $pairs } für { $wanted } gewünschte Mentoren
report-total = Gesamtpunktzahl: { $total }
report-mean = Durchschnittliche Punktzahl: { $mean }
report-locked = Festgelegte Paare: { $count }
report-pairs = Paare
report-no-pairs = Es konnten keine Paare gebildet werden.
report-targets = Ziele
report-not-matched = Ohne Partner
report-everyone-matched = Alle haben einen Partner.

heading-rank = Rang
heading-mentee = Mentee
heading-mentor = Mentor
heading-score = Punkte
heading-explanation = Begründung
heading-alternatives = Alternativen
heading-target = Ziel
heading-needed = Benötigt
heading-matched = Gepaart
heading-share = Anteil
heading-met = Erfüllt
heading-cost = Kosten
heading-reason = Grund
heading-participant = Teilnehmende
heading-role = Rolle
heading-organisation = Organisation
heading-points-by-criterion = Punkte je Kriterium

html-title = Mentoring-Paare: Bericht von tandem
html-lead = { $mentees ->
    [one] 1 Mentee
   *[other] { $mentees } Mentees
} und { $mentors ->
    [one] 1 Mentor
   *[other] { $mentors } Mentoren
}; { $pairs ->
    [one] 1 Paar
   *[other] { $pairs } Paare
} zur Prüfung vorgeschlagen.
html-summary = Übersicht
card-participants = Teilnehmende
card-mentees = Mentees
card-mentors = Mentoren
card-matched = Gepaarte Mentees
card-unmatched = Mentees ohne Partner
card-mentors-without = Mentoren ohne Mentee
card-mean = Durchschnittliche Punktzahl
card-total = Gesamtpunktzahl
card-pairs = Paare
card-locked = Festgelegte Paare
html-mentors-places = { $mentors } ({ $places ->
    [one] 1 Platz
   *[other] { $places } Plätze
})
html-of = { $part } von { $whole }
html-several = { $pairs } für { $wanted } gewünschte Mentoren
html-distribution = Verteilung der Punktzahlen
html-distribution-title = Paare nach Punktzahl
html-distribution-desc = Anzahl der Paare je Punktebereich: { $bands }.
html-band = { $from } bis { $to }: { $count }
html-distribution-caption = Paare je Bereich von { $band } Punkten, darunter die Mitte jedes Bereichs. Durchschnittliche Punktzahl { $mean }.
html-sectors = Branchenwechsel
html-no-sectors = In der Anmeldung wurden keine Branchen angegeben.
html-sectors-title = Paare von jeder Branche des Mentees (Zeilen) zu jeder Branche des Mentors (Spalten)
html-sectors-crossing = { $crossing } von { $pairs } Paaren wechseln die Branche
html-sectors-caption = (blau); orange Zellen halten einen Mentee in der eigenen Branche.
html-targets = Diversitätsziele
html-target = { $attribute } = { $value }: { $share } der gepaarten Mentees ({ $matched } von { $all }), mindestens { $min } % verlangt ({ $needed } benötigt); { $status ->
    [met] erreicht
   *[missed] verfehlt
}; kostet { $cost } Punkte
html-target-status = { $status ->
    [met] Erreicht
   *[missed] Verfehlt
}
html-why = . Warum: { $reason }.
html-targets-cost = Alle Ziele zusammen kosten { $cost } Punkte der Gesamtpunktzahl.
html-organisations = Beteiligung nach Organisation
html-organisations-title = Mentees und Mentoren je Organisation
html-organisation = { $organisation }: { $mentees ->
    [one] 1 Mentee
   *[other] { $mentees } Mentees
}, { $mentors ->
    [one] 1 Mentor
   *[other] { $mentors } Mentoren
}
html-matched = gepaart
html-pairs-caption = Vorgeschlagene Paare, beste Punktzahl zuerst
html-unmatched-caption = Teilnehmende ohne Partner, und warum

## Die Zusammenfassung auf der Standardfehlerausgabe

summary-matched = { $matched } von { $mentees } Mentees gepaart{ $several }, mit { $used } von { $mentors } Mentoren{ $kept }; durchschnittliche Punktzahl { $mean }.{ $wrote }
summary-several = { " " }({ $pairs } Paare für { $wanted } gewünschte Mentoren)
summary-kept = { $count ->
    [one] 1 Paar
   *[other] { $count } Paare
} { $what ->
    [locked] festgelegt
    [excluded] ausgeschlossen
   *[earlier] aus früheren Runden ausgeschlossen
}
summary-priority-matched = { $matched } von { $count } Mentees mit Vorrang gepaart
summary-given-up = beste Punktzahlen zuerst: { $count ->
    [one] 1 Paar
   *[other] { $count } Paare
} weniger als möglich, { $points } Punkte mehr
summary-wrote = { " " }{ $path } geschrieben.
summary-target-missed = Ziel { $attribute } = { $value } verfehlt: { $reason }.
summary-peers = { $paired } von { $people } Personen gepaart, in { $pairs ->
    [one] 1 Paar
   *[other] { $pairs } Paaren
}{ $priority }; durchschnittliche Punktzahl { $mean }.{ $wrote }
summary-priority-paired = { " " }({ $paired } von { $count } { $count ->
    [one] Person
   *[other] Personen
} mit Vorrang gepaart)

## Der Bericht für Förderer: niemand namentlich, keine kleinen Zahlen

sponsors-programme = Mentoring-Programm
sponsors-lead = Das Programm in Zahlen. Zahlen unter { $small } erscheinen als „weniger als { $small }“.
sponsors-fewer = weniger als { $small }
sponsors-fewer-members = weniger als { $small } Mitglieder
sponsors-numbers = Teilnehmende und Paare
sponsors-no-sectors = Es wurden keine Branchen angegeben.
sponsors-crossing = { $share } der Paare, bei denen beide Branchen bekannt sind, wechseln die Branche.
sponsors-scores = Punktzahlen
sponsors-band = { $from } bis { $to }
card-organisations = Organisationen
card-mentees-matched = Gepaarte Mentees
heading-pairs = Paare
heading-asked = Verlangt
heading-reached = Erreichter Anteil

## check: was eine Paarung verletzt, und wie sie zum Optimum steht

check-own-peer = { $pair }: niemand kann sein eigener Peer sein
check-peer-twice = { $pair }: { $person } ist zweimal gepaart, auch mit { $other } ({ $place })
check-lock-missing = { $pair }: festgelegtes Paar fehlt in der Paarung
check-mentee-twice = { $pair }: Mentee { $mentee } ist zweimal gepaart, auch mit { $other }
check-more-mentors = { $pair }: Mentee { $mentee } hat mehr Mentoren als die { $wanted } gewünschten, auch { $others }
check-over-capacity = { $pair }: über der Kapazität: Mentor { $mentor } hat { $count } Mentees, Kapazität { $capacity }
check-target-missed = Ziel { $attribute } = { $value } verfehlt: { $members } von { $matched } gepaarten Mentees, { $needed } benötigt ({ $percent } %)
check-found = { $count ->
    [0] Keine Verstöße.
    [one] 1 Verstoß.
   *[other] { $count } Verstöße.
}
check-pairing = Paarung: { $pairs ->
    [one] 1 Paar
   *[other] { $pairs } Paare
}, Gesamtpunktzahl { $total }.
check-points-same = gleich hoch
check-points-less = { $points } Punkte weniger
check-points-more = { $points } Punkte mehr
check-counted = { $count } { $what ->
    [pairs] { $count ->
        [one] Paar
       *[other] Paare
    }
   *[mentees] { $count ->
        [one] Mentee
       *[other] Mentees
    }
} { $how ->
    [fewer] weniger
   *[more] mehr
}
check-as-good = die Paarung ist genauso gut
check-scores = die Paarung erzielt { $points }{ $matched }{ $broken ->
    [yes] , durch Regelverstöße
   *[no] {""}
}
check-matches = die Paarung paart { $matched }{ $broken ->
    [yes] { " " }durch Regelverstöße
   *[no] {""}
}, und erzielt { $points }
check-and-matches = , und paart { $matched }
check-optimum = Optimum unter denselben Regeln: { $pairs ->
    [one] 1 Paar
   *[other] { $pairs } Paare
}, Gesamtpunktzahl { $total }; { $comparison }.

## explain: ein Paar im Detail

explain-pair = { $mentee } mit { $mentor }
explain-score = Punktzahl { $score } von { $top }
explain-of = von
explain-rules = Regeln
explain-passed = erfüllt
explain-failed = VERLETZT
explain-rank = Rang: Wahl { $rank } der { $count } für den Mentee infrage kommenden { $count ->
    [one] Mentor
   *[other] Mentoren
}.
explain-not-eligible = Rang: kommt nicht infrage; für den Mentee { $count ->
    [one] kommt 1 Mentor
   *[other] kommen { $count } Mentoren
} infrage.
explain-no-mentee = kein Mentee
explain-with-score = { $person }, Punktzahl { $score }
explain-made = In der optimalen Paarung: dieses Paar wird gebildet, Punktzahl { $score }.
explain-made-others = In der optimalen Paarung: dieses Paar wird gebildet, Punktzahl { $score }; { $count ->
    [one] der andere Mentor
   *[other] die anderen Mentoren
} des Mentees: { $others }.
explain-mentee-unmatched = In der optimalen Paarung: der Mentee bleibt ohne Partner; der Mentor ist mit { $mentees } gepaart.
explain-optimum = In der optimalen Paarung: der Mentee ist mit { $mentors } gepaart; der Mentor mit { $mentees }.
explain-cannot-force = Dieses Paar lässt sich nicht erzwingen: jeder Platz des Mentors ist durch ein festgelegtes Paar besetzt.
explain-leaves-unmatched = und lässt { $count } { $count ->
    [one] Mentee
   *[other] Mentees
} mehr ohne Partner
explain-costs-nothing = kostet nichts
explain-costs = kostet { $points } Punkte der Gesamtpunktzahl
explain-forcing = Dieses Paar zu erzwingen{ $eligible ->
    [yes] {""}
   *[no] { " " }(es verletzt eine Regel: nur --lock mit --force-locks bildet es)
} { $effect }: { $forced ->
    [one] 1 Paar
   *[other] { $forced } Paare
}, gesamt { $forced_total } gegenüber { $pairs ->
    [one] 1 Paar
   *[other] { $pairs } Paaren
}, gesamt { $total }.
explain-peer-rank = Rang: Wahl { $rank } der { $count } für { $person } infrage kommenden Peers.
explain-peer-not-eligible = Rang: kommt nicht infrage; für { $person } kommen { $count } Peers infrage.
explain-without-peer = ohne Peer
explain-with = mit { $person }
explain-peer-made = In der optimalen Paarung: dieses Paar wird gebildet.
explain-peer-optimum = In der optimalen Paarung: { $a } ist { $a_with }; { $b } { $b_with }.
explain-fewer-pairs = und { $count ->
    [one] 1 Paar
   *[other] { $count } Paare
} weniger

## validate: die Kohorte in Zahlen

validate-participants = { $count } Teilnehmende: { $mentees ->
    [one] 1 Mentee
   *[other] { $mentees } Mentees
}, { $mentors ->
    [one] 1 Mentor
   *[other] { $mentors } Mentoren
} mit { $places ->
    [one] 1 Platz
   *[other] { $places } Plätzen
}.
validate-organisation = Organisation
validate-sector = Branche
validate-no-problems = { $count ->
    [0] Keine Probleme gefunden.
    [one] Keine Probleme gefunden; 1 Warnung.
   *[other] Keine Probleme gefunden; { $count } Warnungen.
}
summary-mentees = Mentees
summary-mentors = Mentoren

## Briefe an die Teilnehmenden: in der zweiten Person, ohne andere Teilnehmende zu nennen

column-language = Sprache
column-subject = Betreff
column-message = Nachricht
sheet-letters = Briefe
summary-letters = { $count ->
    [one] 1 Brief
   *[other] { $count } Briefe
}, jeder in der Sprache des Empfängers.{ $wrote }
letter-subject = Ihr Mentoring-Paar
letter-partner-at = { $name } ({ $organisation })
letter-partner-why = { $partner }. Warum Sie ein Paar sind: { $why }
letter-matched =
    Guten Tag { $name },

    { $role ->
        [mentee] { $count ->
            [one] Ihr Mentor in dieser Runde ist { $partners }
           *[other] Ihre Mentoren in dieser Runde sind:

            { $partners }
        }
       *[mentor] { $count ->
            [one] Ihr Mentee in dieser Runde ist { $partners }
           *[other] Ihre Mentees in dieser Runde sind:

            { $partners }
        }
    }

    Das Programmteam bringt Sie miteinander in Kontakt.
letter-unmatched =
    Guten Tag { $name },

    Wir konnten Sie in dieser Runde nicht mit einem { $role ->
        [mentee] Mentor
       *[mentor] Mentee
    } zusammenbringen. { $why ->
        [none-eligible] { $role ->
            [mentee] Nach den Regeln des Programms (etwa nie zwei Personen derselben Organisation) kam keiner der Mentoren dieser Runde für Sie infrage.
           *[mentor] Nach den Regeln des Programms (etwa nie zwei Personen derselben Organisation) kam keiner der Mentees dieser Runde für Sie infrage.
        }
        [not-chosen] Das Programmteam hat in dieser Runde andere Paare gebildet.
        [places] Alle Plätze bei den Mentoren waren vergeben: es gab mehr Mentees als Plätze.
        [no-places] Sie haben in dieser Runde keine Plätze angeboten.
        [everyone-matched] Jeder Mentee hat bereits einen Mentor: es gab mehr Plätze als Mentees.
       *[taken] { $role ->
            [mentee] Die Mentoren, die zu Ihnen passen würden, sind jeweils mit jemand anderem gepaart, damit möglichst viele Menschen einen Mentor haben.
           *[mentor] Die Mentees, die zu Ihnen passen würden, sind jeweils mit einem anderen Mentor gepaart, damit möglichst viele Menschen ein Paar bilden.
        }
    }

    Das Programmteam meldet sich bei Ihnen zur nächsten Runde.

## Gruppen von Peers (Intervision)

sheet-groups = Gruppen
column-group = Gruppe
heading-group = Gruppe
heading-members = Mitglieder
row-not-placed = Nicht eingeteilt: { $reason }.
group-left-out = keine Gruppe konnte diese Person aufnehmen, ohne jemanden, mit dem sie nicht in eine Gruppe darf (eine Kollegin oder ein Kollege, ein ausgeschlossenes oder früheres Paar)
group-locked = Fest in einer Gruppe: { $pairs }. { $explanation }
group-locked-pair = { $a } mit { $b }
led-locked = Fest beim Mentor: { $mentees }. { $explanation }
group-led-by = Geleitet von { $mentor } ({ $organisation }).
group-led-worth = { $pairs } mit der Mentorin oder dem Mentor, { $themes } für gemeinsame Themen.
led-left-out = keine Gruppe einer Mentorin oder eines Mentors konnte diese Mentee aufnehmen: jede Gruppe, in die sie darf, ist voll, hat schon eine Kollegin, einen Kollegen oder jemanden aus einer früheren Gruppe, oder ihre Leitung schließen die Regeln aus
group-goal = { $goal } ({ $count } von { $of })
group-explanation = { $shared ->
    [0] Kein Ziel wird von zwei Mitgliedern geteilt.
   *[other] Gemeinsame Ziele: { $goals }.
} { $organisations ->
    [one] 1 Organisation.
   *[other] { $organisations } Organisationen.
}
group-best = das bestmögliche Ergebnis
group-within = höchstens { $gap } unter dem bestmöglichen Ergebnis
group-summary = { $placed } von { $people } Personen in { $groups ->
    [one] 1 Gruppe
   *[other] { $groups } Gruppen
} eingeteilt{ $priority }; Gesamtpunktzahl { $total }, { $closeness }.
summary-priority-grouped = { " " }({ $placed } von { $count } { $count ->
    [one] Mentee
   *[other] Mentees
} mit Vorrang eingeteilt)
