"""Measures presented in the text's own words: new instruments, follow-ups of white papers, campaigns."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

TEXT = """ 1. Mål og resultater 
1.1 Mål 1: Trygg ferdsel på sjøen for alle brukere av farledene 

Etaten rapporterer på følgende styringsparametere for mål 1: 

• S 1. Antall ulykker 

1.1.1 Nytt digitalt varslingssystem gir bedre oversikt 
Med det nye digitale varslingssystemet for skipstrafikk i trange farleder, har etaten fått et 
bedre grunnlag for å prioritere. Systemet ble tatt i bruk i mars. 

1.1.2 Nye tall viser økning i ulykker 
Antallet ulykker økte i 2024. Etaten vil følge opp havnemeldingen med flere tiltak, og 
oppfølgingen av Meld. St. 12 (2023–2024) starter neste år. 

1.1.3 Kampanjer 
Trygg i båt-kampanjen ble vist i hele landet. Under Båtuka deltok etaten, og i 
markedsføringen av Redningsvestdagen fikk vi mange nye følgere. 
"""


def _entities() -> list[Entity]:
    return entities_of("sjo.txt", TEXT)


def test_measures_presented_in_prose_are_found_with_their_goal() -> None:
    entities = _entities()
    measures = {e.label: e for e in entities if e.type == "Measure"}
    assert "Digital varslingssystem for skipstrafikk i trange farleder" in measures
    assert "Oppfølging av havnemeldingen" in measures
    assert "Oppfølging av Meld. St. 12 (2023–2024)" in measures
    assert "Trygg i båt" in measures
    assert "Redningsvestdagen" in measures
    # an event the agency only took part in, and a heading that is no instrument, are not measures
    assert "Båtuka" not in measures
    assert not any(label.startswith("Ny tall") or label.startswith("Nye tall") for label in measures)
    goal = next(e for e in entities if e.type == "Goal")
    system = measures["Digital varslingssystem for skipstrafikk i trange farleder"]
    assert any(link.predicate == "addresses" and link.target == goal.iri for link in system.links)


def test_every_measure_span_is_the_exact_source_text() -> None:
    for e in _entities():
        for s in e.sources:
            assert TEXT[s.start : s.end] == s.text
