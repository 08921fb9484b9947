"""Goal and parameter tables torn one cell per line, rows opened by a code ('Mål 2', '1.1'), a cell broken by a
page break with running footer and header lines inside it. The documents are invented (a museum agency)."""

from __future__ import annotations

from kg.entities import Entity
from kg.mentions.cell_headers import Header
from kg.mentions.cell_tables import split_values
from tests.mentions.pipeline import entities_of

FOOTER = "Kulturdepartementet                    Tildelingsbrev 2025 – Museumsetaten\n                Side {n} av 3\n"
LETTER = ("""Kulturdepartementet

Tildelingsbrev 2025 – Museumsetaten

2 Mål og styringsparametere
Tabell 1 Mål, styringsparametere og resultatmål 2025
Mål
Styringsparameter
Resultatmål 2025
Mål 1
Samlingene er sikret og til-
gjengelige for alle
1.1
Andel gjenstander som er
registrert digitalt
Minst 80
prosent
1.2
Antall besøk i nettstedet
Samlingsportalen
–
Mål 2
Museene når nye grupper
av publikum
2.1
Antall skoleklasser som har
besøkt et museum i
""" + FOOTER.format(n=1) + "\fKulturdepartementet\n" + """ordningen Museum for alle
Økende

Tabellen gjelder for 2025.
""" + FOOTER.format(n=2) + "\fKulturdepartementet\n3 Oppdrag\nIngen nye oppdrag.\n" + FOOTER.format(n=3))

REPORT = """Museumsetaten – Årsrapport 2025

Hovedmål 1  Samlingene er sikret og tilgjengelige for alle

Tabell 3.1 Styringsparametere hovedmål 1
Styringsparameter
2023
2024
2025
Resultatmål
2025
1.1 Andel gjenstander som er
registrert digitalt
71 %
76 %
82 %
80 %
1.2 Antall besøk i nettstedet
Samlingsportalen
40 100
52 300
61 000
–

Andelen økte igjen.
"""


def _of(text: str, name: str) -> dict[str, Entity]:
    return {e.label: e for e in entities_of(name, text)}


def test_goal_rows_and_coded_parameter_rows_with_their_targets() -> None:
    found = _of(LETTER, "brev.txt")
    goals = {label for label, e in found.items() if e.type == "Goal"}
    assert goals == {"Mål 1: Samlingene er sikret og tilgjengelige for alle",
                     "Mål 2: Museene når nye grupper av publikum"}
    parameters = {e.attr("code"): e for e in found.values() if e.type == "SteeringParameter"}
    assert {c: (e.label, e.attr("target")) for c, e in parameters.items()} == {
        "1.1": ("Andel gjenstander som er registrert digitalt", "Minst 80 prosent"),
        "1.2": ("Antall besøk i nettstedet Samlingsportalen", None),
        # the cell runs on over the page break; the footer and the running header are no part of it
        "2.1": ("Antall skoleklasser som har besøkt et museum i ordningen Museum for alle", "Økende")}
    assert {link.target_label for link in parameters["2.1"].links if link.predicate == "measuredBy"} == {
        "Mål 2: Museene når nye grupper av publikum"}


def test_a_report_table_with_year_columns_takes_its_goal_from_the_caption() -> None:
    found = _of(REPORT, "rapport.txt")
    parameters = {e.attr("code"): e for e in found.values() if e.type == "SteeringParameter"}
    assert set(parameters) == {"1.1", "1.2"}
    sp = parameters["1.1"]
    assert sp.attr("target") == "80 %"
    assert {link.target_label.split(":")[0] for link in sp.links if link.predicate == "measuredBy"} == {"Hovedmål 1"}


def test_a_target_is_the_last_cell_that_opens_a_line() -> None:
    header = Header(target_kind="resultatmål")
    cells = ["Antall kommuner som deltar i", "Tilskudd til drift av", "museer", "200 kommuner"]
    assert split_values(cells, header) == (cells[:3], [], "200 kommuner", "")
    years = Header(years=["2023", "2024"], target_kind="resultatmål")
    assert split_values(["Andel med avtale", "12 %", "14 %", "Økende"], years) == (
        ["Andel med avtale"], ["12 %", "14 %"], "Økende", "")


REFERRED = """3 Resultat

Strategisk mål 1: Fleire museum tek vare på samlingane sine

   Resultatmål 1.1: Fleire gjenstandar er registrerte og sikra digitalt
   Resultatmål 1.2: Magasina held god standard for klima og tryggleik

Tabell 2 Styringsparametrar for strategisk mål 1
Kode
Styringsparameter
Resultatmål
Resultatkrav 2024
2022
2023
2024
S1.1
Del av gjenstandane som er registrerte i
fellesdatabasen
1.1
minst 70 %
61 %
65 %
69 %
S1.2
Tal på magasin med godkjend klimastyring
1.2
40
31
35
42
"""


def test_a_goal_column_before_the_target_names_the_goal_each_parameter_measures() -> None:
    found = _of(REFERRED, "museum.txt")
    share = found["Del av gjenstandane som er registrerte i fellesdatabasen"]
    assert share.attr("target") == "minst 70 %"
    assert [r["value"] for r in share.attr("results")] == ["61 %", "65 %", "69 %"]
    assert {link.target_label for link in share.links if link.predicate == "measuredBy"} == {
        "Resultatmål 1.1: Fleire gjenstandar er registrerte og sikra digitalt"}
    stores = found["Tal på magasin med godkjend klimastyring"]
    assert {link.target_label for link in stores.links if link.predicate == "measuredBy"} == {
        "Resultatmål 1.2: Magasina held god standard for klima og tryggleik"}
    assert {link.target_label for link in found["Resultatmål 1.2: Magasina held god standard for klima og tryggleik"]
            .links if link.predicate == "broader"} == {"Strategisk mål 1: Fleire museum tek vare på samlingane sine"}


def test_a_target_column_before_a_run_of_year_columns_takes_no_year_from_them() -> None:
    text = ("Hovedmål 2: Søkerne får raske og gode vedtak\n\nTabell 7: Styringsparametere for hovedmål 2\n"
            "Styringsparameter\nPrestasjonskrav\n2019\n2020\n2021\nGjennomsnittlig saksbehandlingstid for\n"
            "søknader om vern\nMaks 60 dager\n71 dager\n64 dager\n52 dager\nAndel vedtak som blir påklaget\n"
            "Ingen prestasjonskrav\n3,1 %\n2,4 %\n2,0 %\n\nTeksten går videre.\n")
    found = {e.label: e for e in _of(text, "rapport.txt").values() if e.type == "SteeringParameter"}
    assert set(found) == {"Gjennomsnittlig saksbehandlingstid for søknader om vern", "Andel vedtak som blir påklaget"}
    share = found["Andel vedtak som blir påklaget"]
    assert [(r["year"], r["value"]) for r in share.attr("results")] == [(2019, "3,1 %"), (2020, "2,4 %"),
                                                                        (2021, "2,0 %")]


SPLIT_HEADER = """3.2 Resultatområde 1 Fartøyvern
Tilskota er det viktigaste verkemiddelet.

Tabell 3 Styringsparametrar, resultatområde 1
Nr.
Styringsparameter
Resultatkrav
2024
Resultat
2022
Resultat
2023
1.1
Talet på fartøy som har fått tilskot til
istandsetjing
45
39
41
1.2
Del av dei freda fartøya med godkjend plan
70 %
58 %
63 %

3.3 Resultatområde 2 Handverk og kunnskap
Handverksbasen er ein open database.
"""


def test_result_columns_named_over_two_lines_and_the_next_sections_heading_is_no_row() -> None:
    parameters = {e.attr("code"): e for e in _of(SPLIT_HEADER, "rapport.txt").values()
                  if e.type == "SteeringParameter"}
    assert set(parameters) == {"1.1", "1.2"}
    sp = parameters["1.1"]
    assert sp.label == "Talet på fartøy som har fått tilskot til istandsetjing" and sp.attr("target") == "45"
    assert [(r["year"], r["value"]) for r in sp.attr("results")] == [(2022, "39"), (2023, "41")]
    assert [(r["year"], r["value"]) for r in parameters["1.2"].attr("results")] == [(2022, "58 %"), (2023, "63 %")]


SUB_GOAL_COLUMN = """Delmål 1.1  Flere klarer seg på egen hånd digitalt
Delmål 1.2  Alle kommuner gir digital veiledning

Tabell 2 Styringsparametere for 2024

Nr.
Styringsparameter
Delmål
Resultat 2022
Resultatmål 2024
Ambisjonsnivå 2026
SP 1
Andel deltakere i kurs som klarer å bruke offentlige
tjenester på egen hånd
1.1
64 %
Minst 72 %
Minst 75 %
SP 2
Antall kommuner med avtale om veiledning
1.2
212
270
Alle kommuner
"""


def test_a_goal_column_after_the_parameters_and_a_later_years_ambition_after_the_target() -> None:
    parameters = {e.attr("code"): e for e in _of(SUB_GOAL_COLUMN, "brev.txt").values() if e.type == "SteeringParameter"}
    assert {c: (e.label, e.attr("target")) for c, e in parameters.items()} == {
        "SP 1": ("Andel deltakere i kurs som klarer å bruke offentlige tjenester på egen hånd", "Minst 72 %"),
        "SP 2": ("Antall kommuner med avtale om veiledning", "270")}
    assert [(r["year"], r["value"]) for r in parameters["SP 2"].attr("results")] == [(2022, "212")]


SUB_GOAL_ROWS = """Delmål 1.1  Flere fartøy blir sette i stand til bruk
Delmål 1.2  Kysthandverket blir ført vidare

Tabell 3.2 Resultatindikatorar 2022–2024
Resultatindikator
2022
2023
Ambisjon 2024
Delmål 1.1
RI 1.1 Tal på fartøy med tilsegn om tilskot
46
51
55
Delmål 1.2
RI 1.2 Tal på lærlingar i kysthandverk
12
14
20
"""


def test_sub_goal_rows_over_their_indicators_give_each_indicator_its_sub_goal() -> None:
    found = _of(SUB_GOAL_ROWS, "rapport.txt").values()
    parameters = {e.attr("code"): e for e in found if e.type == "SteeringParameter"}
    assert set(parameters) == {"RI 1.1", "RI 1.2"}
    assert {link.target_label.split(":")[0] for link in parameters["RI 1.2"].links
            if link.predicate == "measuredBy"} == {"Delmål 1.2"}


SOCIETAL_TABLE = """Tildelingsbrev 2026 – Kystverksetaten

2 Mål og styringsparametere

Tabell 1 Målstruktur 2026
Samfunnsmål
Virksomhetsmål
Styringsparametere
Trygg og effektiv ferdsel langs hele kysten, til gagn for næring
og lokalsamfunn
1 Farledene er godt merket og vedlikeholdt
SP 1.1 Andel fyrlykter med feilretting innen 48 timer
Måltall: minst 95 prosent
2 Havnene har tilstrekkelig beredskap mot akutt
forurensning
SP 2.1 Antall øvelser med kommunale beredskapsråd
Måltall: 30

Tabellen er uendret fra 2025.
"""


def test_a_societal_goal_over_numbered_goals_in_a_torn_table_with_target_lines() -> None:
    found = _of(SOCIETAL_TABLE, "brev.txt")
    goals = {e.label: e for e in found.values() if e.type == "Goal"}
    top = "Samfunnsmål: Trygg og effektiv ferdsel langs hele kysten, til gagn for næring og lokalsamfunn"
    assert set(goals) == {top, "Virksomhetsmål 1: Farledene er godt merket og vedlikeholdt",
                          "Virksomhetsmål 2: Havnene har tilstrekkelig beredskap mot akutt forurensning"}
    assert goals[top].attr("number") is None
    for label in set(goals) - {top}:
        assert {link.target_label for link in goals[label].links if link.predicate == "broader"} == {top}
    parameters = {e.attr("code"): e for e in found.values() if e.type == "SteeringParameter"}
    assert {c: (e.label, e.attr("target")) for c, e in parameters.items()} == {
        "SP 1.1": ("Andel fyrlykter med feilretting innen 48 timer", "minst 95 prosent"),
        "SP 2.1": ("Antall øvelser med kommunale beredskapsråd", "30")}
    assert {link.target_label for link in parameters["SP 2.1"].links if link.predicate == "measuredBy"} == {
        "Virksomhetsmål 2: Havnene har tilstrekkelig beredskap mot akutt forurensning"}
