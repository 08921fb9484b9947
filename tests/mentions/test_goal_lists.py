"""Goals of a letter listed as bullets or numbered items under a lead-in, their parameters and assignments'
goal tags; a two-level goal table torn into lines. The documents are invented (a harbour agency)."""

from __future__ import annotations

from kg.entities import Entity
from kg.mentions.goal_rows import column_levels, goal_code, split_goal_row
from tests.mentions.pipeline import entities_of

BULLETS = """Tildelingsbrev 2024 – Havnedirektoratet

2 Mål og styringsparametere
Departementets mål for havnepolitikken er:
  •  Effektive og sikre havner i hele landet
  •  Mer gods fra vei til sjø

Samfunnsoppdraget til Havnedirektoratet er at havnene skal være trygge og tilgjengelige
for alle brukere. Målene for 2024 utdyper samfunnsoppdraget.

Mål for 2024:

  •  Havnene har god beredskap mot
     forurensning
       – Styringsparameter: Andel havner med oppdatert beredskapsplan
         Resultatkrav: Minst 90 prosent

  •  Søknader om havnetilskudd behandles raskt og korrekt
       – Styringsparameter: Gjennomsnittlig saksbehandlingstid for søknader

4 Oppdrag
1. (Mål 2) Havnedirektoratet skal gjennomgå regelverket for havnetilskudd og foreslå
   forenklinger. Frist: 01.05.2024.
2. (Mål 1) Havnedirektoratet skal kartlegge beredskapsutstyret i de ti største havnene.
   Frist: 15.09.2024.
"""

TWO_LEVEL = """Tildelingsbrev 2024 – Havnedirektoratet

3 Mål- og resultatstruktur
Tabell 1 Mål- og resultatstruktur 2024
Overordnet mål /
Virksomhetsmål
Styringsparametere
Ambisjonsnivå
2024
1
Et trygt og effektivt
havnenettverk
VM1
Havnene har god beredskap
Andel havner med oppdatert
beredskapsplan
Minst 90 prosent
VM2
Havnetilskudd forvaltes effektivt
Gjennomsnittlig saksbehandlingstid
for søknader
Høyst 40 dager

"""


def _goals(entities: list[Entity]) -> dict[str, Entity]:
    return {str(e.attr("title")): e for e in entities if e.type == "Goal"}


def test_bulleted_goals_under_a_lead_in_are_the_agencys_and_take_their_parameters_and_tagged_assignments() -> None:
    entities = entities_of("havn_tb_2024.txt", BULLETS)
    goals = _goals(entities)
    assert "Havnene har god beredskap mot forurensning" in goals
    assert "Søknader om havnetilskudd behandles raskt og korrekt" in goals
    assert not any("gods fra vei til sjø" in t for t in goals)  # the ministry's own goals
    first = goals["Havnene har god beredskap mot forurensning"]
    measured = [link.target_label for link in first.links if link.predicate == "measuredBy"]
    assert measured == ["Andel havner med oppdatert beredskapsplan"]
    assert any(link.predicate == "broader" and "Samfunnsoppdrag" in link.target_label for link in first.links)
    tagged = next(e for e in entities if e.type == "Assignment" and e.label.startswith("Havnedirektoratet skal gjennomgå"))
    under = [link.target_label for link in tagged.links if link.predicate == "underGoal"]
    assert under and "Søknader om havnetilskudd" in under[0]
    assert not tagged.label.startswith("(Mål")


def test_a_two_level_torn_table_gives_both_levels_the_lower_under_the_upper_and_the_rows_parameters() -> None:
    goals = _goals(entities_of("havn_tb_2024b.txt", TWO_LEVEL))
    upper, lower = goals["Et trygt og effektivt havnenettverk"], goals["Havnene har god beredskap"]
    assert lower.attr("notation") == "VM1" and upper.attr("level") == "overordnet mål"
    assert [link.target for link in lower.links if link.predicate == "broader"] == [upper.iri]
    measured = [link.target_label for link in goals["Havnetilskudd forvaltes effektivt"].links
                if link.predicate == "measuredBy"]
    assert measured == ["Gjennomsnittlig saksbehandlingstid for søknader"]


def test_goal_rows_codes_and_cells() -> None:
    assert column_levels("Overordnet mål /") == ["overordnet mål"]
    assert column_levels("Overordnet mål / Virksomhetsmål") == ["overordnet mål", "virksomhetsmål"]
    assert goal_code("VM2", ["overordnet mål", "virksomhetsmål"]) == ("VM2", "2", "virksomhetsmål")
    assert goal_code("1", ["overordnet mål", "virksomhetsmål"]) == ("1", "1", "overordnet mål")
    assert goal_code("TK1", ["mål"]) is None
    goal, params = split_goal_row(["Havnene har", "Antall havner med", "beredskapsplan", "Minst 90",
                                   "god beredskap"])
    assert goal == ["Havnene har", "god beredskap"]
    assert [(p.words, p.target) for p in params] == [(["Antall havner med", "beredskapsplan"], "Minst 90")]
