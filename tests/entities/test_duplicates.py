"""Duplicates resolved: one evaluation listed under two goals with the target under two names, and a
programme's acronym compounded with a common noun ('ABC-veiledning') read as the programme."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """ 1. Mål og resultater 
1.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

1.1.1 SKV – sikker kystveiledning 
SKV er et kunnskapsbasert veiledningsprogram for havnesjefer. I 2024 ble 40 nye veiledere sertifisert. 

1.1.2 Kunnskapsgrunnlag 
Følgende kunnskapsgrunnlag er publisert eller pågående i 2024: 

• Følgeevaluering av SAMK (pågående) 
• Følgeevaluering av SKV-veiledning for små havner (Nordlandsforskning, 2024) 

1.2 Mål 2: Rene havner og en ren kyst 

1.2.1 Kunnskapsgrunnlag 
Følgende kunnskapsgrunnlag er publisert eller pågående i 2024: 

• Følgeevaluering av Samisk kystkompetansesenter SAMK (pågående) 
"""


def _entities() -> list[Entity]:
    return entities_of("dup.txt", TEXT)


def test_one_evaluation_listed_under_two_goals_with_its_target_under_two_names_is_one_entity() -> None:
    evaluations = [e for e in _entities() if e.type == "Evaluation" and "SAMK" in e.label]
    assert len(evaluations) == 1
    assert evaluations[0].label == "Følgeevaluering av SAMK"
    goals = {link.target for link in evaluations[0].links if link.predicate == "aboutGoal"}
    assert len(goals) == 2


def test_an_acronym_compounded_with_a_common_noun_is_the_acronyms_programme() -> None:
    entities = _entities()
    measures = {e.label: e for e in entities if e.type == "Measure"}
    assert "SKV-veiledning" not in measures
    assert "SKV-veiledning" in measures["SKV"].alt_labels
    evaluation = next(e for e in entities if e.type == "Evaluation" and "SKV" in e.label)
    assert any(link.predicate == "evaluates" and link.target == measures["SKV"].iri for link in evaluation.links)
