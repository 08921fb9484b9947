"""Goals referred to by their words after *målet om*, in an assignment's note and in a sentence about parameters. The
letter is invented (a lift-inspection directorate) and set as extracted PDF text."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of, goals_by_title

LETTER = """Tildelingsbrev 2026 – Heistilsynet

2   Prioriterte områder og mål

Prioritert område 1 – Sikre heiser i boliger
     Mål: Alvorlige heisulykker i boligblokker skal reduseres
     Mål: Eiere av heiser skal kjenne pliktene sine

Prioritert område 2 – Et tilsyn som lærer
     Mål: Alle alvorlige hendelser skal granskes raskt

3   Styringsparametere

Kode   Styringsparameter                                  Grønt        Gult          Rødt
SP-1a  Antall alvorlige heisulykker i boligblokker         < 10         10–14         > 14
SP-1b  Andel eiere som kjenner pliktene                    ≥ 60 %       50–59 %       < 50 %

SP-1a er knyttet til målet om færre heisulykker. SP-1b gjelder målet om eiernes plikter.

4   Oppdrag med frister

KDD-26-01   Tilsynet skal utarbeide en veileder for eiere av heiser i borettslag.
            Frist: 1. oktober 2026
            (Prioritert område 1, målet om eiere som kjenner pliktene)

KDD-26-02   Tilsynet skal etablere en nasjonal gruppe for gransking av hendelser.
            Frist: rapporteres i årsrapporten for 2026
            (Prioritert område 2)
"""


def test_assignments_and_parameters_reach_the_goal_their_words_name_and_a_note_naming_an_area_its_goal() -> None:
    entities = entities_of("brev.txt", LETTER)
    goals = goals_by_title(entities)
    accidents = goals["Alvorlige heisulykker i boligblokker skal reduseres"]
    duties = goals["Eiere av heiser skal kjenne pliktene sine"]
    params = {str(e.attr("code")): e.iri for e in entities if e.type == "SteeringParameter"}

    def measured(goal: Entity) -> set[str]:
        return {link.target for link in goal.links if link.predicate == "measuredBy"}

    assert measured(accidents) == {params["SP-1a"]} and measured(duties) == {params["SP-1b"]}
    tasks = {str(e.attr("code")): e for e in entities if e.type == "Assignment"}
    assert [link.target for link in tasks["KDD-26-01"].links if link.predicate == "underGoal"] == [duties.iri]
    assert [link.target for link in tasks["KDD-26-02"].links if link.predicate == "underGoal"] == [
        goals["Et tilsyn som lærer"].iri]
