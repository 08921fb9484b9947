"""Steering parameters in tables with a number column and in coded blocks. The texts are invented (a road-safety
agency) and set as extracted PDF text: flattened columns, wrapped cells."""

from __future__ import annotations

from kg.entities import Entity
from kg.mentions.parameter_blocks import block_at
from kg.mentions.parameter_columns import header_at, table_rows
from kg.mentions.parameter_lines import lines_of as _lines
from tests.mentions.pipeline import entities_of

LETTER = """Virksomhetsmål 1: Færre blir skadd i trafikken

Styringsparametere for virksomhetsmål 1

Nr.   Styringsparameter                                      Resultatmål/ambisjon 2025
1.1   Antall drepte og hardt skadde på riksveg i              Under 400 innen
      kommunale og statlige tiltak                            2026
1.2   Andel kontroller med funn                               Minst 20 prosent

Styringsparameter 1.1 måles hvert år.
"""

REPORT = """Effektmål 1    Trafikantene følger reglene
Brukermål      Etaten behandler søknader raskt

Tabell 3 Styringsparametere for effektmål 1

Nr.    Styringsparameter                               2023      2024      2025    Mål 2025
V1.1   Andel førere som holder fartsgrensen             81 %      83 %      84 %    85 %
V1.2   Antall kontroller av tunge kjøretøy            12 400    13 050    14 200    –

Tabell 4 Styringsparametere for brukermålet

Nr.    Styringsparameter                               2023      2024      2025    Mål 2025
K.1    Saksbehandlingstid for førerkort                  12        10         9    Under 10
       (dager)
"""

BLOCKS = """Mål 2: Kommunene har trygge skoleveier.

T3   Antall kommuner med en plan for trygge skoleveier
     Ambisjon: 200 kommuner innen 2026
     Resultat 2025: 174 (2024: 151)
T4   Andel skoler med trafikkopplæring
     Ambisjon: Ikke fastsatt
     Resultat 2025: 62 prosent

T5   Dette er et vanlig punkt uten mål eller resultater
"""


def _by_code(text: str) -> dict[str, Entity]:
    return {str(e.attr("code")): e for e in entities_of("etat.txt", text) if e.type == "SteeringParameter"}


def _goals(e: Entity) -> set[str]:
    return {link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"}


def test_a_letter_table_gives_code_wrapped_text_and_wrapped_target_under_the_goal_of_its_caption() -> None:
    found = _by_code(LETTER)
    assert set(found) == {"1.1", "1.2"}  # the sentence about 'Styringsparameter 1.1' is none
    one = found["1.1"]
    assert one.label == "Antall drepte og hardt skadde på riksveg i kommunale og statlige tiltak"
    assert one.attr("target") == "Under 400 innen 2026"
    assert _goals(one) == {"Virksomhetsmål 1"}


def test_a_report_table_gives_results_per_year_and_the_target_column_last() -> None:
    found = _by_code(REPORT)
    assert set(found) == {"V1.1", "V1.2", "K.1"}
    v = found["V1.1"]
    assert [(r["year"], r["value"]) for r in v.attr("results")] == [(2023, "81 %"), (2024, "83 %"), (2025, "84 %")]
    assert v.attr("target") == "85 %" and found["V1.2"].attr("target") is None
    assert found["K.1"].label == "Saksbehandlingstid for førerkort (dager)"
    assert _goals(v) == {"Effektmål 1"} and _goals(found["K.1"]) == {"Brukermål"}


def test_header_needs_a_number_column_a_parameter_column_and_a_target_or_year_column() -> None:
    assert header_at("Nr.   Styringsparameter      Resultatmål 2025") is not None
    assert header_at("Nr.   Oppdrag      Frist") is None
    assert header_at("Styringsparameter      2023     2024") is None  # read by the plain table rule
    lines = _lines(REPORT, ())
    i = next(k for k, ln in enumerate(lines) if ln.text.startswith("Nr."))
    header = header_at(lines[i].text)
    assert header is not None and header.years == ["2023", "2024", "2025"]
    rows, _ = table_rows(lines, i, header)
    assert [r.code for r in rows] == ["V1.1", "V1.2"]


def test_coded_blocks_with_target_and_result_lines() -> None:
    found = _by_code(BLOCKS)
    assert set(found) == {"T3", "T4"}  # a coded line with neither target nor result is no parameter
    t3 = found["T3"]
    assert t3.attr("target") == "200 kommuner innen 2026"
    assert sorted((r["year"], r["value"]) for r in t3.attr("results")) == [(2024, "151"), (2025, "174")]
    assert found["T4"].attr("target") is None
    assert _goals(t3) == {"Mål 2"}
    lines = _lines(BLOCKS, ())
    assert block_at(lines, next(k for k, ln in enumerate(lines) if ln.text.startswith("T5"))) is None


def test_three_level_codes_measure_the_sub_goal_their_first_two_numbers_name() -> None:
    text = ("Kystdepartementet\n\nTildelingsbrev 2024 – Fyrsenteret\n\n3.1 Hovudmål 1: Fyra er trygge\n"
            "Delmål 1.1 Kommunane har oppdaterte planar for fyra\nDelmål 1.2 Frivillige har god kapasitet\n\n"
            "3.4 Styringsparametrar og resultatkrav\n\n"
            "Styringsparameter                                     Resultatkrav 2024    Rapportering\n"
            "SP 1.1.1  Del kommunar som har øvd fyrplanen          Minst 85 prosent     Årsrapport\n"
            "          sin dei to siste åra\n"
            "SP 1.2.1  Talet på frivillige som har fullført        2 500                Årsrapport\n"
            "          grunnkurs\n\nTeksten går vidare.\n")
    found = {e.attr("code"): e for e in entities_of("brev.txt", text) if e.type == "SteeringParameter"}
    assert {c: (e.label, e.attr("target")) for c, e in found.items()} == {
        "SP 1.1.1": ("Del kommunar som har øvd fyrplanen sin dei to siste åra", "Minst 85 prosent"),
        "SP 1.2.1": ("Talet på frivillige som har fullført grunnkurs", "2 500")}
    assert {link.target_label.split(":")[0] for link in found["SP 1.2.1"].links
            if link.predicate == "measuredBy"} == {"Delmål 1.2"}


def test_lettered_codes_measure_the_coded_goal_the_caption_names_also_after_a_page_break() -> None:
    text = ("Figur 1 Målkart for Fyrsenteret 2023\n\nSAMFUNNSEFFEKT\nFærre fyr forfaller langs kysten\n"
            "BRUKEREFFEKTER\nBE1\nEiere av fyr får rask og riktig hjelp\nBE2\nUnge kjenner fyrenes historie godt\n"
            "Kilde: Tildelingsbrev for 2023\n\n"
            "Tabell 3 Indikatorer for brukereffektene 2023\n"
            "Indikator                              Målverdi 2023  Resultat 2023  Resultat 2022  Status\n"
            "1a Median ventetid fra søknad til       maks 14        17 dager       22 dager     Gul\n"
            "   første befaring                      dager\n\n"
            "Tabell 3 (forts.)\n"
            "Indikator                              Målverdi 2023  Resultat 2023  Resultat 2022  Status\n"
            "2a Antall unge som har besøkt et        12 000         13 480          9 710       Grønn\n"
            "   fyr med skolen\n"
            "Indikator 1c (antall fullførte befaringer) ble tatt ut av tildelingsbrevet for 2023 og er ikke med.\n")
    found = {e.attr("code"): e for e in entities_of("rapport.txt", text) if e.type == "SteeringParameter"}
    assert found["2a"].attr("target") == "12 000"
    assert {c: {link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"}
            for c, e in found.items()} == {"1a": {"Brukereffekt BE1"}, "2a": {"Brukereffekt BE2"}}


LETTERED_GOALS = """3.2 Prioritert område: Fyrene

STRATEGISK MÅL A
Fyrstasjonene er sikret og godt vedlikeholdt langs hele kys-
ten

Vi har satt i stand 14 fyrstasjoner i 2024.

Tabell 2 Styringsparametere og resultater, strategisk mål A
Kode  Styringsparameter                                    2022    2023    2024  Målverdi 2024
A-1   Andel fyrstasjoner med godkjent vedlikeholdsplan      38 %    44 %    51 %  50 %
A-2   Antall fyrstasjoner som er satt i stand                 –      11      14  Minst 12
"""


def test_codes_of_a_goal_letter_and_a_dash_in_a_table_measure_the_strategic_goal_its_caption_names() -> None:
    found = _by_code(LETTERED_GOALS)
    assert set(found) == {"A-1", "A-2"}
    assert [(r["year"], r["value"]) for r in found["A-1"].attr("results")] == [(2022, "38 %"), (2023, "44 %"),
                                                                               (2024, "51 %")]
    assert found["A-2"].attr("target") == "Minst 12"
    assert _goals(found["A-1"]) == _goals(found["A-2"]) == {"Strategisk mål A"}


LETTERED_CODES = """Tabell 3.1 Styringsparametere, resultatområde 1
Nr.  Styringsparameter                                 2020      2021      2022   Målverdi 2022
1a   Andel av befolkningen med under 500 meter til     71 %      72 %      74 %            75 %
     tilrettelagt friluftsområde
1b   Antall kommuner med vedtatt turstiplan             212       239       261             250
"""


def test_codes_of_a_number_and_a_letter_in_a_numbered_table() -> None:
    found = _by_code(LETTERED_CODES)
    assert set(found) == {"1a", "1b"}
    assert found["1a"].label == "Andel av befolkningen med under 500 meter til tilrettelagt friluftsområde"
    assert found["1b"].attr("target") == "250"


BULLETED_BLOCKS = """2.1  Styringsparametrar for VM1
 •  SP 1.1 Del av beiteareala i utmark som er kartlagde med oppdatert beitekvalitet
    Resultatkrav 2024: 55 prosent
    Resultat 2022: 41 prosent. Førebels resultat 2023: 48 prosent
 •  SP 1.2 Tal på beitelag som har fått rettleiing om beiteplanar
    Resultatkrav 2024: 180 beitelag
"""


def test_bulleted_coded_blocks_with_a_dated_target_line() -> None:
    found = _by_code(BULLETED_BLOCKS)
    assert {c: (e.label, e.attr("target")) for c, e in found.items()} == {
        "SP 1.1": ("Del av beiteareala i utmark som er kartlagde med oppdatert beitekvalitet", "55 prosent"),
        "SP 1.2": ("Tal på beitelag som har fått rettleiing om beiteplanar", "180 beitelag")}
    assert [r["year"] for r in found["SP 1.1"].attr("results")] == [2022, 2023]


HYPHENATED_HEADER = """3.2 EM1 Trygge havner
Tabell 3 Resultatindikatorer EM1
Indikator                              Resultat-    2023    2024   Status
                                       krav 2024
RI 1.1.1 Antall havner som har fått
tilsyn i løpet av året                 minst 60       48      63   Nådd
RI 1.2.1 Gjennomsnittlig ventetid i
Havnetelefonen (virkedager)            maks 3        4,1     2,6   Nådd

3.3 EM2 Rene farleder
Farledene ble ryddet.
"""


def test_a_target_column_whose_name_wraps_at_a_hyphen_before_the_years_and_words_going_on_in_capitals() -> None:
    found = _by_code(HYPHENATED_HEADER)
    assert set(found) == {"RI 1.1.1", "RI 1.2.1"}  # the next section's number opens no row
    first = found["RI 1.1.1"]
    assert (first.label, first.attr("target")) == ("Antall havner som har fått tilsyn i løpet av året", "minst 60")
    assert [(r["year"], r["value"]) for r in first.attr("results")] == [(2023, "48"), (2024, "63")]
    # ('… ventetid i' / 'Havnetelefonen …': the words after a preposition go on in capitals)
    assert found["RI 1.2.1"].label == "Gjennomsnittlig ventetid i Havnetelefonen (virkedager)"
    assert found["RI 1.2.1"].attr("target") == "maks 3"


def test_an_appendix_table_grouped_under_lettered_goals_split_from_a_target_one_space_off_and_torn_by_a_page() -> None:
    from tests.mentions.letter_lettered import LETTER

    found = {str(e.attr("code")): e for e in entities_of("l.txt", LETTER) if e.type == "SteeringParameter"}
    assert {k: (e.label, e.attr("target")) for k, e in found.items()} == {
        "SP A.1": ("Tal på vaksne med låg inntekt som har fått aktivitetskort", "minst 9 000"),
        "SP A.2": ("Del av tilskotet som går til lag utanfor dei største byene", "minst 40 prosent"),
        "SP B.1": ("Gjennomsnittleg sakshandsamingstid for søknader om driftstilskot", "høgst 6 veker")}
    assert {k: [link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"]
            for k, e in found.items()} == {"SP A.1": ["Verksemdsmål A"], "SP A.2": ["Verksemdsmål A"],
                                           "SP B.1": ["Verksemdsmål B"]}


TRAFFIC_LIGHTS = """3   Hvordan departementet vil følge med
For hver parameter er det fastsatt tre nivåer. Grønt nivå er departementets ambisjon for 2026.

Kode   Styringsparameter                                  Grønt        Gult          Rødt
----------------------------------------------------------------------------------------
Område 1
SP-1a  Andel kontrollerte heiser uten alvorlige avvik,    ≥ 95 %       90–94 %       < 90 %
       målt ved periodisk kontroll
SP-1b  Andel eiere som har fått veiledning                ≥ 60 %       50–59 %       < 50 %
Område 2
SP-2a  Median tid fra hendelse til avsluttet gransking    ≤ 90 dager   91–120 dager  > 120 dager
----------------------------------------------------------------------------------------
"""


def test_a_traffic_light_table_under_a_rule_and_area_rows_takes_the_green_level_as_the_target() -> None:
    found = _by_code(TRAFFIC_LIGHTS)
    assert sorted(found) == ["SP-1a", "SP-1b", "SP-2a"]
    assert found["SP-1a"].label == "Andel kontrollerte heiser uten alvorlige avvik, målt ved periodisk kontroll"
    assert (found["SP-1a"].attr("target"), found["SP-2a"].attr("target")) == ("≥ 95 %", "≤ 90 dager")
