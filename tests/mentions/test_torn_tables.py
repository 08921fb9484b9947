"""Grant tables and parameter tables torn one cell per line, in the column orders reports use. The documents are
invented (a reading agency)."""

from __future__ import annotations

from kg.mentions.grant_cells import torn_grant_rows
from kg.mentions.uncoded_cells import uncoded_rows
from tests.mentions.pipeline import entities_of

GRANTS = """Tabell 3.4 Tilskuddsordninger 2023
Innvilget
(1 000 kr)
Ordning
Antall
innvilget
Antall
søknader
12 500
Tilskudd til lesesirkler i folke-
bibliotek
80
120
4 000
Tilskudd til forfatterbesøk
30
41
16 500
Sum
110
161
"""

REPORT = """Årsrapport 2023

1. Leders beretning
Året var preget av flere lesetiltak enn noen gang.

2. Introduksjon til virksomheten og hovedtall
Senteret har 40 ansatte.

3. Årets aktiviteter og resultater
3.1 Mål 1: Flere leser bøker på fritiden
Tabell 3 Styringsparametere for mål 1
Styringsparameter
Prestasjonskrav/
ambisjonsnivå
2021
2022
2023
Andel voksne som leser bøker minst
én gang i måneden
Minst 60 prosent
55 %
57 %
58 %
Antall deltakere i lesesirkler
4 000 deltakere
–
3 100
4 250

Resultatene viser en jevn økning.
"""


def _rows(text: str) -> list[tuple[str, int, int, int]]:
    out, pos = [], 0
    for raw in text.split("\n")[1:]:
        out.append((raw.strip(), pos, pos + len(raw), pos))
        pos += len(raw) + 1
    return out


def test_a_torn_grant_table_reads_each_scheme_in_the_headers_column_order_and_skips_the_sum() -> None:
    rows = torn_grant_rows(_rows(GRANTS), 1000)
    assert [(r.name, r.values) for r in rows] == [
        ("Tilskudd til lesesirkler i folkebibliotek", {"amount": 12_500_000, "granted": 80, "received": 120}),
        ("Tilskudd til forfatterbesøk", {"amount": 4_000_000, "granted": 30, "received": 41}),
    ]


def test_a_torn_parameter_table_without_codes_gives_each_row_its_target_and_years_under_the_captions_goal() -> None:
    entities = entities_of("lese_ar_2023.txt", REPORT)
    params = {e.label: e for e in entities if e.type == "SteeringParameter"}
    first = params["Andel voksne som leser bøker minst én gang i måneden"]
    assert first.attr("target") == "Minst 60 prosent"
    assert [(r["year"], r["value"]) for r in first.attr("results")] == [(2021, "55 %"), (2022, "57 %"), (2023, "58 %")]
    second = params["Antall deltakere i lesesirkler"]
    assert [r["year"] for r in second.attr("results")] == [2022, 2023]  # '–' for 2021 is no result
    assert all(any(link.predicate == "measuredBy" and "Flere leser" in link.target_label for link in p.links)
               for p in (first, second))


def test_a_row_short_of_a_value_ends_the_table() -> None:
    from kg.mentions.printed import PrintedLine

    lines = [PrintedLine(i * 20, t) for i, t in enumerate(["Antall kurs", "12", "Andel fornøyde", "80 %"])]
    rows, end = uncoded_rows(lines, 0, 2, False, False)
    assert rows == [] and end == 2


GOAL_NUMBER_ROWS = """3.1 Samfunnsmål og brukarmål
Nemnda har fastsett eitt samfunnsmål som er brote ned i to brukarmål.

Brukarmål 1  Klagarane skal oppleve rask og føreseieleg sakshandsaming.
Brukarmål 2  Avgjerdene skal vere rettsleg korrekte og godt grunngjevne.

3.2 Resultat i 2024
Tabell 2 Styringsparametrar og resultat 2022–2024
Brukarmål
Styringsparameter
Mål 2024
2022
2023
2024
1
Gjennomsnittleg sakshandsamingstid (dagar)
90
131
112
96
2
Del avgjerder oppheva eller endra etter søksmål
under 5 %
3 %
6 %
2 %
"""


def test_a_torn_table_whose_rows_open_with_their_goals_number_and_a_target_in_lower_case() -> None:
    entities = entities_of("r.txt", GOAL_NUMBER_ROWS)
    goals = {e.attr("notation"): e.iri for e in entities if e.type == "Goal"}
    params = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert params["Del avgjerder oppheva eller endra etter søksmål"].attr("target") == "under 5 %"
    assert {label: {link.target for link in p.links if link.predicate == "measuredBy"}
            for label, p in params.items()} == {
        "Gjennomsnittleg sakshandsamingstid (dagar)": {goals["1"]},
        "Del avgjerder oppheva eller endra etter søksmål": {goals["2"]}}


SUB_GOAL_TABLES = """Årsrapport 2025 – Direktoratet for vassforvaltning

   Virksomhetsmål 1   Vannforekomstene har god tilstand i hele landet
      Delmål 1.1      Kommunene har oppdaterte planer for avløp og overvann
   Virksomhetsmål 2   Forvaltningen er effektiv og digital
      Delmål 2.1      Søknader blir behandlet raskt og riktig

III.1  VIRKSOMHETSMÅL 1
Tabell 3 Styringsparametere for virksomhetsmål 1
                                              Resultat-   Resultat  Resultat  Resultat
Kode   Styringsparameter                      krav 2025     2023      2024      2025
1.1a   Andel kommuner med vedtatt hoved-         80 %       71 %      76 %      82 %
       plan for avløp
1.1b   Kilometer fornyet avløpsnett              450        380       410       470

III.2  VIRKSOMHETSMÅL 2
Tabell 4 Styringsparametere for virksomhetsmål 2
Kode
Styringsparameter
Resultatkrav 2025
2023
2024
2025
2.1a
Saksbehandlingstid for utslippstillatelser (dager)
90
112
101
94
2.1b
Andel søknader levert digitalt
95 %
81 %
88 %
93 %

Alle krav unntatt ett ble nådd.
"""


def test_parameter_tables_coded_by_sub_goal_and_letter_in_columns_and_torn_one_cell_a_line() -> None:
    entities = entities_of("arsrapport-2025.txt", SUB_GOAL_TABLES)
    params = {str(e.attr("code")): e for e in entities if e.type == "SteeringParameter"}
    assert {code: (p.label, p.attr("target")) for code, p in params.items()} == {
        "1.1a": ("Andel kommuner med vedtatt hovedplan for avløp", "80 %"),
        "1.1b": ("Kilometer fornyet avløpsnett", "450"),
        "2.1a": ("Saksbehandlingstid for utslippstillatelser (dager)", "90"),
        "2.1b": ("Andel søknader levert digitalt", "95 %")}
    assert [(r["year"], r["value"]) for r in params["2.1b"].attr("results")] == [
        (2023, "81 %"), (2024, "88 %"), (2025, "93 %")]
    notation = {e.iri: e.attr("notation") for e in entities if e.type == "Goal"}
    measured = {str(notation[g.iri]): sorted(str(params_code) for params_code, p in params.items() if any(
        link.predicate == "measuredBy" and link.target == p.iri for link in g.links))
        for g in entities if g.type == "Goal"}
    assert measured["1.1"] == ["1.1a", "1.1b"] and measured["2.1"] == ["2.1a", "2.1b"]
