"""Parameter tables whose rows wrap before their values: a code in a cell of its own, an uncoded row under a goal
column, a target column whose header is split by a hyphen."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

CODED = """3. ÅRETS AKTIVITETER OG RESULTATER

3.1 MÅL 1 – FLERE FERJEFØRERE
Mål 1: Flere unge utdanner seg til ferjeførere

Tabell 2 Styringsparametere mål 1
Styringsparameter                              2021    2022    2023   Resultatmål 2023
SP 1.1  Andel elever på vg2 maritime fag
        som får læreplass                      61 %    64 %    69 %   Minst 65 %
SP 1.2  Antall godkjente lærebedrifter i
        ferjeflåten                            42      47      55     Minst 50

Begge resultatmålene er nådd.
"""

UNCODED = """Hovudmål 1  Steinhoggarfaget blir ført vidare
  Delmål 1.1  Fleire lærer å hogge stein
  Delmål 1.2  Kunnskap om steinhogging er dokumentert

Tabell 2 Styringsparametrar og resultat 2020–2022
Styringsparameter                       Delmål   2020    2021    2022    Ambisjons-
                                                                         nivå 2022
Tal på lærlingar i meister–lærling-
ordninga                                1.1      12      14      17      15
Tal på nye filmar i
Steinbasen                              1.2      30      41      52      50

Alle ambisjonsnivåa er nådde.
"""


def _found(text: str) -> dict[str, Entity]:
    return {e.label: e for e in entities_of("rapport.txt", text) if e.type == "SteeringParameter"}


def _goals(e: Entity) -> set[str]:
    return {str(link.target_label) for link in e.links if link.predicate == "measuredBy"}


def test_a_code_in_a_cell_of_its_own_and_the_values_on_the_rows_wrapped_line() -> None:
    found = _found(CODED)
    assert set(found) == {"Andel elever på vg2 maritime fag som får læreplass",
                          "Antall godkjente lærebedrifter i ferjeflåten"}
    sp = found["Andel elever på vg2 maritime fag som får læreplass"]
    assert (sp.attr("code"), sp.attr("target")) == ("SP 1.1", "Minst 65 %")
    assert [(r["year"], r["value"]) for r in sp.attr("results", ())] == [(2021, "61 %"), (2022, "64 %"), (2023, "69 %")]
    assert _goals(sp) == {"Mål 1: Flere unge utdanner seg til ferjeførere"}


def test_uncoded_rows_under_a_goal_column_with_a_split_target_header_measure_the_goal_they_name() -> None:
    found = _found(UNCODED)
    # the compound written with a dash keeps its hyphen over the line break
    assert set(found) == {"Tal på lærlingar i meister–lærling-ordninga", "Tal på nye filmar i Steinbasen"}
    films = found["Tal på nye filmar i Steinbasen"]
    assert (films.attr("target"), films.attr("target_kind")) == ("50", "ambisjonsnivå")
    assert any("Kunnskap om steinhogging" in g for g in _goals(films))
    assert any("Fleire lærer" in g for g in _goals(found["Tal på lærlingar i meister–lærling-ordninga"]))
