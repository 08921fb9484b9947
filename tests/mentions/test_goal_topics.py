"""The goal an assignment, scheme or report serves by its subject, where the text names none. The letter is
invented (a directorate for hiking and nature guidance); no name in it comes from the corpus."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

LETTER = """KLIMA- OG MILJØDEPARTEMENTET

Direktoratet for turliv og naturveiledning
Postboks 14
8001 Bodø

Deres ref                      Vår ref                        Dato
                               23/1182-4                      12.01.2024

Tildelingsbrev for 2024 – Direktoratet for turliv og naturveiledning

1 Mål og styringsparametere

Virksomhetsmål 1: Flere barn og unge går på tur i nærmiljøet
Styringsparametere:
- Andel barn og unge som deltar i turlagenes aktiviteter
- Antall deltakere i Turskolen

Virksomhetsmål 2: Befolkningen kjenner naturen gjennom naturveiledning
Styringsparametere:
- Antall besøk på nettportalen Turkartet
- Andel grunnskoler som bruker undervisningsopplegget «Ut på tur»

2 Oppdrag

TO-1  Direktoratet skal få gjennomført en ekstern evaluering av tilskuddsordningen for turlagenes
      aktiviteter for barn og unge.                                           1. desember 2024
TO-2  Direktoratet skal videreutvikle Turkartet med et kartlag for universelt utformede
      stier.                                                                  1. oktober 2024
TO-3  Direktoratet skal bidra med innspill til departementets budsjettarbeid.
                                                                              Etter avtale
"""


def _goal_of(entities: list[Entity], code: str) -> tuple[str | None, str | None]:
    by_iri = {e.iri: e for e in entities}
    a = next(e for e in entities if e.type == "Assignment" and e.attr("code") == code)
    goal = next((by_iri[link.target] for link in a.links if link.predicate == "underGoal"), None)
    return (goal.attr("number") if goal else None), (goal.label if goal else None)


def test_an_assignment_goes_under_the_goal_whose_parameters_share_its_subject() -> None:
    entities = entities_of("brev.txt", LETTER)
    assert _goal_of(entities, "TO-1")[0] == 1  # barn og unge, turlagenes aktiviteter
    assert _goal_of(entities, "TO-2")[0] == 2  # Turkartet, a parameter of goal 2


def test_an_assignment_whose_subject_no_goal_shares_stays_under_none() -> None:
    assert _goal_of(entities_of("brev.txt", LETTER), "TO-3") == (None, None)


def test_a_report_that_tells_the_letters_assignments_places_them_by_subject_as_the_letter_does() -> None:
    report = LETTER.replace("Tildelingsbrev for 2024 – Direktoratet for turliv og naturveiledning",
                            "Årsrapport 2024").replace("Deres ref", "").replace("Vår ref", "")
    entities = entities_of("rapport.txt", report)
    assert [_goal_of(entities, c)[0] for c in ("TO-1", "TO-2", "TO-3")] == [1, 2, None]


REPORT = """Innhold
    Virksomhetsmål 1 Turer for barn .............................................. 3
    Virksomhetsmål 2 Sikre turområder ............................................ 4
    Kunnskapsgrunnlag ............................................................ 5

Virksomhetsmål 1: Flere barn og unge går på tur i nærmiljøet
Turskolen hadde 9 000 deltakere.
Virksomhetsmål 2: Friluftslivsområdene i byene er sikret for allmennheten
Vi sikret 14 nye friluftslivsområder.

Kunnskapsgrunnlag
- Tilstanden i statlig sikrede friluftslivsområder (Direktoratet for turliv, 2024)
- Barn og unge på tur (Nordvik Analyse, 2024)
"""


def test_a_list_after_the_last_goal_is_no_part_of_it_and_its_reports_go_by_subject() -> None:
    entities = entities_of("rapport.txt", REPORT)
    by_iri = {e.iri: e for e in entities}
    goals = {e.label: sorted(by_iri[k.target].attr("number") for k in e.links if k.predicate == "aboutGoal")
             for e in entities if e.type == "Report"}
    assert goals == {"Tilstanden i statlig sikrede friluftslivsområder": [2], "Barn og unge på tur": [1]}


SOCIETAL = """1 Mål og resultater

Samfunnsmål: Et samfunn der alle kan ferdes trygt i naturen

1.1 Effektmål 1: Flere barn går på tur

Turskolen hadde 9 000 deltakere i 2021, flere enn noen gang.

1.2 Effektmål 2: Turstiene i byene er universelt utformet

Vi merket 40 km sti i 2021.

1.3 Tilskuddsforvaltning

Direktoratet forvaltet i 2021 ordningen Tilskudd til turlagssentre og Tilskudd til universelt utformede
turstier i byene.
"""


def test_nothing_goes_under_the_societal_goal_of_a_report_with_goals_below_it() -> None:
    entities = entities_of("rapport.txt", SOCIETAL)
    by_iri = {e.iri: e for e in entities}
    placed = {e.label: sorted(by_iri[k.target].label for k in e.links if k.predicate == "supportsGoal")
              for e in entities if e.type == "GrantScheme"}
    assert all(not label.startswith("Samfunnsmål") for goals in placed.values() for label in goals)
    assert placed["Tilskudd til universelt utformede turstier i byene"] == [
        "Effektmål 2: Turstiene i byene er universelt utformet"]
