"""Measures named after the noun that introduces them, and programmes the text gives to another body."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

REPORT = """1 Mål og resultater

1.1 Mål 1: Flere unge velger et yrke i skogbruket

Veiledningstjenesten Skoglos fulgte i 2024 opp 40 nye lærebedrifter. Rekrutteringskampanjen
«Bli skogsarbeider!» ble gjennomført for andre gang. Mentorprogrammet Tømmerløftet fikk 12
nye deltakere. Veilederen «Fra frø til fjøl» ble lansert i mai. Gjennom ordningen Driftstilskudd
til skogsskoler fikk seks skoler til sammen 4 mill. kroner.

Skogbasen er vår åpne, digitale base med filmer om hogstteknikker.

Vi deltar også i programmet «Levende skogkant», som Landbruksdirektoratet har ansvaret for, og
satt i referansegruppen for Treløftet Nord, et program i regi av Direktoratet for høyere utdanning.

Deltakerne sier at tjenesten Skoglos oppleves som nyttig.
"""

NYNORSK = """1 Mål og resultat

1.1 Mål 1: Fleire tek vare på gamle hus

Gjennom ordninga Husvenn fekk 40 eigarar av freda hus besøk av ein handverkar i 2023.
"""


def _measures(name: str, text: str) -> set[str]:
    return {e.label for e in entities_of(name, text) if e.type == "Measure"}


def test_a_name_after_a_service_campaign_programme_or_guide_is_the_measure_not_the_noun_before_it() -> None:
    measures = _measures("rapport.txt", REPORT)
    assert {"Skoglos", "Bli skogsarbeider!", "Tømmerløftet", "Fra frø til fjøl", "Skogbasen"} <= measures
    assert not {"Rekrutteringskampanjen", "Mentorprogrammet", "Skoglos oppleves"} & measures


def test_a_scheme_after_ordningen_and_programmes_of_other_bodies_are_no_measures() -> None:
    measures = _measures("rapport.txt", REPORT)
    assert not any(m.startswith(("Driftstilskudd", "Levende skogkant", "Treløftet")) for m in measures)


def test_a_nynorsk_arrangement_before_its_name() -> None:
    assert _measures("rapport.txt", NYNORSK) == {"Husvenn"}


SPLIT = """1 Mål og resultat

1.1 Mål 1: Fleire kystkommunar har levande sentrum

SP 2.2   Tal på kommunar som har delteke i utviklingsprogrammet Levande hamne-
         miljø (akkumulert)

Midlar til utviklingsprogrammet Levande hamnemiljø blir dekte over post 21.

Tabell 4 Evalueringar
Evaluering av programmet Levande hamnemiljø (Fjordforsk, 2024)
Evaluering av kampanjen Levande           Ikkje avklart      –      Planlagt
"""


def test_a_name_split_by_a_hyphen_or_cut_by_a_table_cell_is_the_name_the_text_gives_whole() -> None:
    measures = {e.label: e for e in entities_of("brev.txt", SPLIT) if e.type == "Measure"}
    assert set(measures) == {"Levande hamnemiljø"}
    split = SPLIT.index("Levande hamne-")
    assert any(s.start == split and s.text == "Levande hamne-\n         miljø" for s in measures["Levande hamnemiljø"].sources)


REACH = """1 Mål og resultat

1.1 Hovudmål 1: Aktiv bruk av fjellbeite
Delmål 1.1: Fleire dyr på beite i fjellet
Delmål 1.2: Mindre tap av dyr på beite

For å nå delmål 1.1 skal laget halde fram med å vidareutvikle Fjellbeitekartet. I 2024 etablerte vi
eit Nettverk for beitelagsleiarar med deltakarar frå 30 kommunar.
"""


def test_a_map_by_name_a_network_we_set_up_and_the_goal_opening_its_sentence() -> None:
    entities = entities_of("rapport.txt", REACH)
    measures = {e.label: e for e in entities if e.type == "Measure"}
    assert {"Fjellbeitekartet", "Nettverk for beitelagsleiarar"} <= set(measures)
    goals = {str(link.target_label) for link in measures["Fjellbeitekartet"].links if link.predicate == "addresses"}
    assert goals == {"Delmål 1.1: Fleire dyr på beite i fjellet"}
