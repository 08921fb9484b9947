"""A letter's goals in a table of two levels torn into lines ('Hovudmål' / 'Delmål'), and its parameters as
bullets coded by the sub-goal and a letter ('Styringsparameter 2.1.a'), the target in square brackets and a
baseline in brackets after it. The letter is invented (a Nynorsk letter to a sports directorate)."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """2 Mål og styringsparametrar
2.1 Hovudmål og delmål
Tabell 1 viser hovudmål og delmål for 2026.

Tabell 1 Hovudmål og delmål for 2026
Hovudmål
Delmål
1 Fleire driv med idrett i heile
livet
1.1 Fleire vaksne trenar jamleg
1.2 Idrettslaga når barn frå alle
delar av kommunen
2 Anlegga er opne og trygge
2.1 Kommunane har oppdaterte planar
for anlegg

2.2 Styringsparametrar
Måltalet for 2026 står i hakeparentes.

Delmål 1.1
• Styringsparameter 1.1.a Del av vaksne som trenar minst éin gong i veka
  [minst 70 prosent] (utgangsnivå 2024: 64 prosent)
• Styringsparameter 1.1.b Tal på deltakarar i mosjonsløp [12 000
  deltakarar]
Delmål 2.1
• Styringsparameter 2.1.a Del av kommunane med anleggsplan [90 prosent]
"""


def _found() -> list[Entity]:
    return entities_of("brev.txt", LETTER)


def test_a_table_of_main_and_sub_goals_gives_each_goal_its_level_and_each_sub_goal_its_main_goal() -> None:
    goals = goals_by_title(_found())
    assert set(goals) == {"Fleire driv med idrett i heile livet", "Fleire vaksne trenar jamleg",
                          "Idrettslaga når barn frå alle delar av kommunen", "Anlegga er opne og trygge",
                          "Kommunane har oppdaterte planar for anlegg"}
    sub = goals["Idrettslaga når barn frå alle delar av kommunen"]
    assert (sub.attr("level"), sub.attr("notation")) == ("delmål", "1.2")
    assert link_targets(sub, "broader") == [goals["Fleire driv med idrett i heile livet"].label]
    assert goals["Anlegga er opne og trygge"].attr("level") == "hovudmål"


def test_parameters_coded_by_sub_goal_and_letter_take_the_bracketed_target_the_baseline_and_their_sub_goal() -> None:
    found = _found()
    goals = goals_by_title(found)
    params = {e.attr("code"): e for e in found if e.type == "SteeringParameter"}
    assert set(params) == {"1.1.a", "1.1.b", "2.1.a"}
    first = params["1.1.a"]
    assert first.label == "Del av vaksne som trenar minst éin gong i veka"
    assert first.attr("target") == "minst 70 prosent"
    assert [(r["year"], r["value"]) for r in first.attr("results")] == [(2024, "64 prosent")]
    # the next sub-goal's line is no part of the parameter above it
    assert (params["1.1.b"].label, params["1.1.b"].attr("target")) == ("Tal på deltakarar i mosjonsløp",
                                                                       "12 000 deltakarar")
    measured = {e.label for e in found if e.type == "Goal" for link in e.links
                if link.predicate == "measuredBy" and link.target_label == params["2.1.a"].label}
    assert measured == {goals["Kommunane har oppdaterte planar for anlegg"].label}
