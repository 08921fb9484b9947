"""Measure names after a compound measure noun ('undervisningsopplegget X for en dag'), a name broken by a page
break, and a capitalised compound headed by a measure noun ('Arkivportalen'). The letter is invented (an
archive agency)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

FOOTER = "Kulturdepartementet                    Tildelingsbrev 2025 – Arkivbyrået\n                Side {n} av 3\n"
LETTER = ("""Kulturdepartementet

Deres ref          Vår ref           Dato
                   24/55             16.12.2024

Tildelingsbrev 2025 – Arkivbyrået

2 Mål
Mål 1 Flere bruker arkivene
Byrået skal videreutvikle opplegget Arkiv i skolen og kunnskapstjenesten Arkivportalen. Departementet ber
byrået om å revidere undervisningsopplegget Spor etter krigen slik at det passer for ungdomsskolen.
Antall elever som har brukt kompetansepakken Arkiv
""" + FOOTER.format(n=1) + "\fKulturdepartementet\n" + """i skolen skal øke, og flere skal
finne fram på Arkivportalen. Lærere skal bruke Arkiv i skolen
oftere.
""" + FOOTER.format(n=2) + "\fKulturdepartementet\n3 Oppdrag\nIngen.\n" + FOOTER.format(n=3))


def test_names_after_compound_nouns_across_a_page_break_and_headed_compounds() -> None:
    measures = {e.label for e in entities_of("brev.txt", LETTER) if e.type == "Measure"}
    assert {"Arkiv i skolen", "Spor etter krigen", "Arkivportalen"} <= measures
    assert "Arkiv" not in measures


TOOL = """Hamnedirektoratet – Årsrapport 2025

3 Resultater
Mål 1 Havnene er trygge å bruke
Havnene rapporterer nå avvik i Avviksverktøyet, og 80 havner har tatt
i bruk det. Tabellen viser andelen havner som har tatt i bruk verktøyet
Måltall: minst 60 prosent
"""


def test_a_compound_headed_by_verktøy_is_a_name_and_a_label_opening_the_next_line_is_none() -> None:
    measures = {e.label for e in entities_of("rapport.txt", TOOL) if e.type == "Measure"}
    assert "Avviksverktøyet" in measures
    assert "Måltall" not in measures


def test_a_nynorsk_feminine_compound_on_satsing_is_a_name() -> None:
    text = ("3.2  Kystkultur\nSaman med fylka har vi ført vidare Kystledsatsinga. Over 40 kystledhytter\n"
            "var opne i 2024, og Kystledsatsinga nådde nye brukarar.\n")
    assert "Kystledsatsinga" in {e.label for e in entities_of("rapport.txt", text) if e.type == "Measure"}


REMIT = """1 Innledning
Riksantikvaren har fortsatt det overordnede ansvaret for verneverdige skip, herunder programmet «Fartøy i
bruk», og senteret har ansvaret for formidling, herunder programmet «Kystskolen».
"""


def test_a_programme_in_the_remit_of_another_named_body_is_none_of_the_agencys_measures() -> None:
    measures = {e.label for e in entities_of("brev.txt", REMIT) if e.type == "Measure"}
    assert "Fartøy i bruk" not in measures
    assert "Kystskolen" in measures
