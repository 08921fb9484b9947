"""A report's result tables 'Indikator | 2022 | 2023 | 2024 | Mål' with each row's code before its words, a target
wrapped with the row's words onto the line below, and a table going on after a page break under its caption
'(forts.)' and its header again; and a letter's goal and parameter table whose goal cell holds two coded
parameters ('SP-A1 …' / 'SP-A2 …'). The texts are invented (a harbour agency)."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

REPORT = """3.1 Virksomhetsmål 1: Havnene er trygge

Tabell 3.1 Resultatmål for virksomhetsmål 1
Indikator                                        2022      2023      2024      Mål
SP 1.1 Andel havner med beredskapsplan           49 %      52 %      55 %      60 % innen
vedtatt siste fire år                                                          2026
SP 1.2 Antall havner som har deltatt i           18        31        42        40
Havneløftet
SP 1.3 Tilfredshet blant havnebrukere            –         4,6       4,7       4,8
Havneverket – Årsrapport 2024                                                      4
\f
Tabell 3.1 (forts.)
Indikator                                        2022      2023      2024      Mål
(skala 1–6)
SP 1.4 Antall havner som har tatt i bruk         64        97        131       120
Havnekartet

Vurdering: Målet for SP 1.2 er nådd.
Havneverket – Årsrapport 2024                                                      5
"""

LETTER = """2 Mål for 2025
Havneverket skal i 2025 arbeide mot tre mål:
Mål A: Havnene er trygge for alle brukere
Mål B: Farledene er godt merket

Tabell 1 Mål, styringsparametere og ambisjonsnivå 2025

Mål      Styringsparameter                                    Ambisjonsnivå
Mål A    SP-A1 Andel havner med beredskapsplan vedtatt         Minst 60 prosent innen
         i løpet av de siste fire årene                       utgangen av 2026
         SP-A2 Antall havner som har deltatt i                45 havner
         Havneløftet
Mål B    SP-B1 Andel farleder som er merket                   Minst 80 prosent

Resultatene skal rapporteres med tidsserie.
"""


def _parameters(name: str, text: str) -> dict[str, Entity]:
    return {str(e.attr("code")): e for e in entities_of(name, text) if e.type == "SteeringParameter"}


def test_coded_rows_under_years_and_a_bare_target_column_also_after_a_page_break() -> None:
    found = _parameters("r.txt", REPORT)
    assert set(found) == {"SP 1.1", "SP 1.2", "SP 1.3", "SP 1.4"}
    first = found["SP 1.1"]
    assert (first.label, first.attr("target")) == ("Andel havner med beredskapsplan vedtatt siste fire år",
                                                   "60 % innen 2026")
    assert [(r["year"], r["value"]) for r in first.attr("results")] == [(2022, "49 %"), (2023, "52 %"), (2024, "55 %")]
    assert found["SP 1.2"].label == "Antall havner som har deltatt i Havneløftet"
    # the row's words go on after the page break, under the header repeated
    assert found["SP 1.3"].label == "Tilfredshet blant havnebrukere (skala 1–6)"
    assert (found["SP 1.4"].label, found["SP 1.4"].attr("target")) == (
        "Antall havner som har tatt i bruk Havnekartet", "120")


def test_a_goal_cell_with_two_coded_parameters_gives_each_its_own_row_under_that_goal() -> None:
    found = _parameters("l.txt", LETTER)
    assert set(found) == {"SP-A1", "SP-A2", "SP-B1"}
    assert found["SP-A2"].label == "Antall havner som har deltatt i Havneløftet"
    assert found["SP-A2"].attr("target") == "45 havner"
    measured = {link.target_label.split(":")[0] for link in found["SP-A2"].links if link.predicate == "measuredBy"}
    assert measured == {"Mål A"}


INDICATORS = """Hovedmål 1 Flere voksne deltar i idrett
Delmål 1.1 Voksne med lav inntekt deltar i organisert idrett
Delmål 1.2 Idrettslagene tar imot nye voksne medlemmer

Tabell 2 Resultatindikatorer hovedmål 1
Resultatindikator                                   2022       2023       2024    Måltall 2024
RI 1 Andel av tilskuddet til lavterskel-            22 %       25 %       29 %    Minst 27 %
tilbud som går til voksne med lav inntekt
RI 2 Gjennomsnittlig ventetid for nye medlem-       6,5 uker   5,0 uker   4,1 uker Under
mer i idrettslagene                                                               5 uker

Idrettslagene meldte om flere nye medlemmer enn før.
"""


def test_indicator_rows_coded_by_initials_measure_the_goal_their_caption_names_and_keep_a_wrapped_target() -> None:
    found = _parameters("i.txt", INDICATORS)
    assert set(found) == {"RI 1", "RI 2"}
    assert found["RI 1"].label == "Andel av tilskuddet til lavterskeltilbud som går til voksne med lav inntekt"
    second = found["RI 2"]
    assert (second.label, second.attr("target")) == ("Gjennomsnittlig ventetid for nye medlemmer i idrettslagene",
                                                     "Under 5 uker")
    assert [(r["year"], r["value"]) for r in second.attr("results")] == [
        (2022, "6,5 uker"), (2023, "5,0 uker"), (2024, "4,1 uker")]
    # the caption names the main goal; the sub-goal lines above it are not the table's goal
    for p in found.values():
        assert {link.target_label.split(":")[0] for link in p.links if link.predicate == "measuredBy"} == {
            "Hovedmål 1"}


BOXED = """Mål 1: Fleire vaksne driv med idrett jamleg

  ---------------------------------------------------------------------------------
  NØKKELTAL                                        2022     2023     2024   Mål 2024
  SP 1.1 Del vaksne (20–66 år) som trenar          54 %     56 %     58 %       60 %
         minst éin gong i veka
  ---------------------------------------------------------------------------------

Hovudtal
  Nøkkeltal                                        2022     2023     2024
  Tal på årsverk                                   41,0     47,5     52,3
"""


def test_a_key_figure_box_of_coded_rows_is_a_parameter_table_and_an_agencys_key_figures_are_not() -> None:
    found = _parameters("b.txt", BOXED)
    assert set(found) == {"SP 1.1"}
    assert (found["SP 1.1"].label, found["SP 1.1"].attr("target")) == (
        "Del vaksne (20–66 år) som trenar minst éin gong i veka", "60 %")
