"""Steering parameters in a result table turned on its side (a column per parameter headed by its code) and named in
a key below it. The report is invented (a road-safety directorate) and set as extracted PDF text."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title

REPORT = """DEL III  ÅRETS AKTIVITETER OG RESULTATER
Hovedmålene er betegnet med bokstav (A–B), delmålene med bokstav og tall (A1, A2).

Delmål A1  Færre alvorlige ulykker med tunge kjøretøy
Delmål B1  Kontrollene er treffsikre og effektive

Tabell 3 Styringsparametere 2025 – resultater og mål (forklaring av kodene under tabellen)

                  A1-1      A1-2      B1-1
Resultat 2024     41 %      212       7 850
Resultat 2025     48 %      –         9 120
Mål 2025          45 %      250       –

A1-1  Andel kontrollerte kjøretøy med alvorlige feil på bremsene, målt ved
      utekontroll
A1-2  Antall kurs for sjåfører av tunge kjøretøy
B1-1  Antall gjennomførte utekontroller

Resultatet på A1-1 er det beste siden målingene startet.
"""


def test_a_column_per_parameter_gives_each_its_results_target_and_the_goal_its_code_names() -> None:
    entities = entities_of("rapport.txt", REPORT)
    params = {str(e.attr("code")): e for e in entities if e.type == "SteeringParameter"}
    assert set(params) == {"A1-1", "A1-2", "B1-1"}
    brakes = params["A1-1"]
    assert brakes.label == "Andel kontrollerte kjøretøy med alvorlige feil på bremsene, målt ved utekontroll"
    assert [(r["year"], r["value"]) for r in brakes.attr("results")] == [(2024, "41 %"), (2025, "48 %")]
    assert brakes.attr("target") == "45 %"
    assert [r["year"] for r in params["A1-2"].attr("results")] == [2024]  # '–': no result for 2025
    assert params["B1-1"].attr("target") is None
    goals = goals_by_title(entities)
    assert {link.target for link in goals["Kontrollene er treffsikre og effektive"].links
            if link.predicate == "measuredBy"} == {params["B1-1"].iri}
