"""A letter's goal board (a main goal per area, goals coded by its letter, coded parameters with the target in a
column to the right) and its scheme table whose names need not say *Tilskudd* and whose goal cells give those
codes; and a report's grant table whose last column names each scheme's goal. The documents are invented and set
as extracted PDF text."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

LETTER = """TILDELINGSBREV FOR 2026 – DIREKTORATET FOR VASSFORVALTNING

3   MÅL OG STYRINGSPARAMETERE
Styringsparameterne er nummerert fortløpende, og måltallet for 2026 står til høyre.

OMRÅDE A   VANNMILJØ
······································································ Måltall 2026
HOVEDMÅL A   Vannforekomstene har god økologisk og kjemisk tilstand i
             hele landet

  A-1   Kommunene har oppdaterte planer for avløp og overvann
        P1   Andel kommuner med vedtatt hovedplan for avløp                     ≥ 80 %
        P2   Antall kilometer fornyet avløpsnett i kommuner med under
             10 000 innbyggere                                                    450
  A-2   Miljøgifter i sedimenter blir ryddet opp
        P3   Antall prioriterte havneområder ferdig ryddet                          –

OMRÅDE B   FORVALTNING
······································································ Måltall 2026
HOVEDMÅL B   Forvaltningen er effektiv og digital

  B-1   Søknader blir behandlet raskt og riktig
        P4   Gjennomsnittlig saksbehandlingstid for utslippstillatelser    ≤ 90 dager

4   TILSKUDDSFORVALTNING

    Ordning                                                  Kap./post      Mål
    Avløpstilskuddet                                         1420.60        A-1
    Oppryddingsordningen for forurenset sjøbunn              1420.70        A-2 (ny)

5   OPPDRAG
"""


def _goals(entities: list[Entity]) -> dict[str, Entity]:
    return {str(e.attr("notation")): e for e in entities if e.type == "Goal"}


def test_a_goal_board_gives_main_goals_the_goals_under_them_and_their_coded_parameters() -> None:
    entities = entities_of("tildelingsbrev-2026.txt", LETTER)
    goals = _goals(entities)
    assert {code: (str(g.attr("level")), g.attr("title")) for code, g in goals.items()} == {
        "A": ("hovedmål", "Vannforekomstene har god økologisk og kjemisk tilstand i hele landet"),
        "A-1": ("mål", "Kommunene har oppdaterte planer for avløp og overvann"),
        "A-2": ("mål", "Miljøgifter i sedimenter blir ryddet opp"),
        "B": ("hovedmål", "Forvaltningen er effektiv og digital"),
        "B-1": ("mål", "Søknader blir behandlet raskt og riktig")}
    assert [link.target for link in goals["A-2"].links if link.predicate == "broader"] == [goals["A"].iri]
    params = {str(e.attr("code")): e for e in entities if e.type == "SteeringParameter"}
    assert {code: (p.label, p.attr("target")) for code, p in params.items()} == {
        "P1": ("Andel kommuner med vedtatt hovedplan for avløp", "≥ 80 %"),
        "P2": ("Antall kilometer fornyet avløpsnett i kommuner med under 10 000 innbyggere", "450"),
        "P3": ("Antall prioriterte havneområder ferdig ryddet", None),
        "P4": ("Gjennomsnittlig saksbehandlingstid for utslippstillatelser", "≤ 90 dager")}
    measured = {code: [link.target for link in g.links if link.predicate == "measuredBy"] for code, g in goals.items()}
    assert measured["A-1"] == [params["P1"].iri, params["P2"].iri] and measured["B-1"] == [params["P4"].iri]


def test_a_letters_scheme_table_with_names_of_any_form_and_coded_goal_cells() -> None:
    entities = entities_of("tildelingsbrev-2026.txt", LETTER)
    goals = _goals(entities)
    placed = {e.label: [link.target for link in e.links if link.predicate == "supportsGoal"]
              for e in entities if e.type == "GrantScheme"}
    assert placed == {"Avløpstilskuddet": [goals["A-1"].iri],
                      "Oppryddingsordningen for forurenset sjøbunn": [goals["A-2"].iri]}


def test_a_grant_tables_goal_column_gives_each_scheme_its_goal() -> None:
    from kg.mentions.grant_table_rows import goal_cells
    from kg.mentions.grant_tables import tables_of

    text = ("Tabell 6 Tilskuddsordninger forvaltet av direktoratet, 2024 og 2025 (beløp i 1000 kr)\n"
            "Innvilget   Ordning                                   År    Innvilgede  Mottatte   Delmål\n"
            "beløp                                                       søknader    søknader\n"
            "41 300      Avløpstilskuddet                          2025      71         98       1.1\n"
            "38 900                                                2024      66         90\n"
            "12 800      Tilskudd til lokale vannområder           2025      40         44       1.2\n"
            "11 100                                                2024      37         41\n")
    tables = tables_of(text)
    goal_cells(tables[0].figures, tables[0].columns, text)
    assert {(f.name, f.goal) for t in tables for f in t.figures} == {
        ("Avløpstilskuddet", "1.1"), ("Tilskudd til lokale vannområder", "1.2")}


def test_a_goal_indented_to_its_main_goals_title_column_is_no_part_of_that_title() -> None:
    text = ("TILDELINGSBREV FOR 2026 – DIREKTORATET FOR VASSFORVALTNING\n\n3   MÅL OG STYRINGSPARAMETERE\n\n"
            "HOVEDMÅL A   Vannforekomstene har god økologisk og kjemisk tilstand\n"
            "             A-1   Kommunene har oppdaterte planer for avløp og overvann\n"
            "                   P1   Andel kommuner med vedtatt hovedplan for avløp         ≥ 80 %\n\n"
            "4   OPPDRAG\n")
    goals = _goals(entities_of("tildelingsbrev-2026.txt", text))
    assert goals["A"].attr("title") == "Vannforekomstene har god økologisk og kjemisk tilstand"
    assert goals["A-1"].attr("title") == "Kommunene har oppdaterte planer for avløp og overvann"
