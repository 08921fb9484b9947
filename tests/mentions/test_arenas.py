"""Arenas and instruments as measures: quoted forums, named prizes and conferences, acronym projects,
bare instrument lists, the government's plans named without years, names in CamelCase or as web addresses.
The text is invented (a maritime agency); no name in it comes from the corpus."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """ 1. Mål og resultater 
1.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

1.1.1 Samordning 
Etaten har gjennomført tre møter i «Forum for havnedata», der flere direktorater deltok. Etaten 
leder også «kyst+-direktoratsgruppe» med fem medlemmer. I 2024 delte etaten ut Havnesikkerhetsprisen 
for andre gang, og i juni ble Ola Nordmanns Minnepris delt ut. Temaet for Nasjonal havnekonferanse 2025 
er klima. Etatens AIS-prosjektet har nådd alle fylker. Modellen HavneTrygg er tatt i bruk i ti kommuner, 
og etaten drifter nettsiden havnetall.no. Etaten koordinerer direktoratenes innsats under regjeringens 
handlingsplan for trygg ferdsel på sjøen. Etaten deltar i Europarådets ekspertgruppe om havner og i 
Havneforum, og for målgruppen fritidsbåtførere er det laget kurs. Rapporten «Program for bedre havner» 
kom i mars. 

1.1.2 Pedagogiske virkemidler 
• Veileder for havnesjefer 

• E-læring 

• Sjøvettprat 

1.1.3 Kunnskapsgrunnlag 
Følgende kunnskapsgrunnlag er publisert eller pågående i 2024: 

• Havner i endring (Nordlandsforskning, 2024) 
"""


def _entities() -> dict[tuple[str, str], Entity]:
    return {(e.type, e.label): e for e in entities_of("havn.txt", TEXT)}


def test_arenas_prizes_projects_and_named_tools_are_measures_cited_at_their_names() -> None:
    found = _entities()
    for label in ("Forum for havnedata", "kyst+-direktoratsgruppe", "Havnesikkerhetsprisen", "Ola Nordmanns Minnepris",
                  "Nasjonal havnekonferanse", "AIS-prosjektet", "HavneTrygg", "havnetall.no"):
        e = found.get(("Measure", label))
        assert e is not None, (label, sorted(found))
        assert e.sources[0].text.replace("\n", " ").strip() == label
        assert any(link.predicate == "addresses" for link in e.links), label


def test_a_bare_list_under_an_instruments_heading_gives_one_measure_per_item() -> None:
    found = _entities()
    assert {("Measure", x) for x in ("Veileder for havnesjefer", "E-læring", "Sjøvettprat")} <= set(found)


def test_the_governments_plan_is_a_reform_even_without_years() -> None:
    assert ("Reform", "Handlingsplan for trygg ferdsel på sjøen") in _entities()


def test_other_bodies_target_groups_and_report_titles_are_not_measures() -> None:
    labels = {label for type_, label in _entities() if type_ == "Measure"}
    assert not {"Europarådets ekspertgruppe", "Havneforum", "For målgruppen", "målgruppen",
                "Program for bedre havner"} & labels


def test_a_steering_parameters_opening_word_is_no_part_of_a_project_name() -> None:
    table = ("Tabell 1 Styringsparametere\nStyringsparameter                      Resultatmål    2023\n"
             "Antall havner med vedtatt plan           minst 60         57\nmed tiltaksdel\n"
             "Andel havneprosjekter (kystkultur)       80 %            71 %\ngjennomført innen tre år\n\n")
    text = TEXT.replace("1.1.2 Pedagogiske", table + "1.1.2 Pedagogiske")
    labels = {e.label for e in entities_of("havn.txt", text) if e.type == "Measure"}
    assert "Andel havneprosjekter" not in labels
