"""A letter's sub-goals lettered anew under each main goal, with uncoded parameters as bullets under each."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """2 Mål og styringsparametere for 2024

Hovedmål 1: Færre ulykker på fjellet

Delmål a) Turistforeningenes hytter er trygge for gjestene
  •  Andel hytter med dokumentert brannvern og nødutstyr for vinter-
     sesongen
     Resultatkrav: Minst 90 prosent
  •  Antall tilsyn med hytter der det avdekkes alvorlige avvik
     Resultatkrav: Færre enn i 2023

Delmål b) Befolkningen har god kunnskap om skredfare og bruker
den når de planlegger turer
  •  Andel som kjenner til skredvarselet
     Resultatkrav: Minst 60 prosent

Hovedmål 2: Tilsynet er effektivt

Delmål a) Klagesaker behandles raskt
  •  Gjennomsnittlig saksbehandlingstid for klagesaker
     Resultatkrav: Under 6 uker
"""


def test_lettered_sub_goals_are_under_the_main_goal_above_and_their_bullets_measure_them() -> None:
    entities = entities_of("brev.txt", LETTER)
    goals = {e.label: e for e in entities if e.type == "Goal"}
    assert set(goals) == {"Hovedmål 1: Færre ulykker på fjellet", "Hovedmål 2: Tilsynet er effektivt",
                          "Delmål a: Turistforeningenes hytter er trygge for gjestene",
                          "Delmål b: Befolkningen har god kunnskap om skredfare og bruker den når de planlegger turer",
                          "Delmål a: Klagesaker behandles raskt"}
    second = goals["Delmål a: Klagesaker behandles raskt"]
    assert {link.target_label for link in second.links if link.predicate == "broader"} == {
        "Hovedmål 2: Tilsynet er effektivt"}
    parameters = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert len(parameters) == 4
    first = parameters["Andel hytter med dokumentert brannvern og nødutstyr for vintersesongen"]
    assert first.attr("target") == "Minst 90 prosent"
    assert {link.target_label for link in first.links if link.predicate == "measuredBy"} == {
        "Delmål a: Turistforeningenes hytter er trygge for gjestene"}


REPORT = """Statens fjelltilsyn
Årsrapport 2024

3 Årets aktiviteter og resultater

3.1 Hovedmål 1: Færre ulykker på fjellet

3.1.1 Delmål 1 a) Hyttene skal være trygge for gjestene
Tilsynet gjennomførte 140 tilsyn med hytter i 2024.

3.1.2 Delmål 1 b) God kunnskap om skredfare i befolkningen
Skredskolen hadde 2 300 deltakere.
"""


def test_a_reports_section_headed_by_a_sub_goal_lettered_after_its_main_goals_number() -> None:
    goals = {e.label: e for e in entities_of("rapport.txt", REPORT) if e.type == "Goal"}
    assert set(goals) == {"Hovedmål 1: Færre ulykker på fjellet", "Delmål 1 a: Hyttene skal være trygge for gjestene",
                          "Delmål 1 b: God kunnskap om skredfare i befolkningen"}
    second = goals["Delmål 1 b: God kunnskap om skredfare i befolkningen"]
    assert {link.target_label for link in second.links if link.predicate == "broader"} == {
        "Hovedmål 1: Færre ulykker på fjellet"}
