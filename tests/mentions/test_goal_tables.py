"""Goal tables of allocation letters torn into lines: goals, their parameters and targets, each cell's words
wrapped over narrow lines. The letter is invented (a harbour agency)."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

LETTER = """3 Mål, styringsparametere og resultatkrav

Tabell 1 Mål, styringsparametere og resultatkrav 2025

Mål
Styringsparameter
Resultatkrav/ambisjon

1. Havneverket skal
bidra til trygg ferdsel
i farledene
Andel fyr som er
inspisert innen fastsatt
frist
Resultatkrav: Minst 95
prosent

Tid fra feil til
reparasjon
(median)
Ambisjon: Høyst 3 dager

2. Rene og trygge
havner
Antall havner med
mottak for avfall
Ambisjon: Økende

Etaten                                                             Side 5 av 14

Tabellen erstatter tabell 1 i tildelingsbrevet for 2024, og departementet ber om at mål 2 omtales.

4 Oppdrag

Nr.      Oppdrag                                                    Frist              Mål
HV-1     Havneverket skal kartlegge fyrene langs kysten.            01.03.2025         1
HV-2     Havneverket skal rapportere om avfallsmottakene.           Årsrapport 2025    2, 1
"""


def _entities() -> dict[str, Entity]:
    return {e.label: e for e in entities_of("brev.txt", LETTER)}


def test_numbered_cells_are_goals_and_the_cells_below_their_parameters_with_targets() -> None:
    found = _entities()
    goals = {label for label, e in found.items() if e.type == "Goal"}
    assert goals == {"Mål 1: Havneverket skal bidra til trygg ferdsel i farledene", "Mål 2: Rene og trygge havner"}
    parameters = {label: e for label, e in found.items() if e.type == "SteeringParameter"}
    assert set(parameters) == {"Andel fyr som er inspisert innen fastsatt frist",
                               "Tid fra feil til reparasjon (median)", "Antall havner med mottak for avfall"}
    sp = parameters["Andel fyr som er inspisert innen fastsatt frist"]
    assert (sp.attr("target"), sp.attr("target_kind")) == ("Minst 95 prosent", "resultatkrav")
    assert {link.target_label for link in sp.links if link.predicate == "measuredBy"} == {
        "Mål 1: Havneverket skal bidra til trygg ferdsel i farledene"}


def test_an_assignment_table_s_goal_column_points_at_the_goal_of_the_goal_table() -> None:
    assignments = {e.attr("code"): e for e in _entities().values() if e.type == "Assignment"}
    assert {link.target_label for link in assignments["HV-1"].links if link.predicate == "underGoal"} == {
        "Mål 1: Havneverket skal bidra til trygg ferdsel i farledene"}
    # several goals in the column: the first is the one the assignment mainly serves
    assert {link.target_label for link in assignments["HV-2"].links if link.predicate == "underGoal"} == {
        "Mål 2: Rene og trygge havner"}
