"""Which goal a measure addresses: the stated goal whose scope holds its words (a goal line may open a page
after a form feed), or the one goal its sentence names. The letter is invented (a road-safety agency)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """Samferdselsdepartementet

Deres ref          Vår ref           Dato
                   24/100            15.12.2024

TILDELINGSBREV 2025 – STATENS TRAFIKKSENTER

1 INNLEDNING
For mål 1 legger departementet vekt på at senteret viderefører opplæringsprogrammet Trygg Vei sammen med
kommunene.

2 MÅL FOR 2025

Mål 1 Færre blir drept eller hardt skadd i trafikken
Senteret skal bidra med kunnskap til kommunene.
\fMål 2 Trafikantene har tilgang til oppdatert informasjon
Kampanjen Se Deg For er det viktigste virkemiddelet for dette målet.

3 BUDSJETT
Tildelingen er uendret.
"""


def test_a_measure_addresses_the_goal_whose_scope_holds_it_or_the_goal_its_sentence_names() -> None:
    found = {e.label: e for e in entities_of("brev.txt", LETTER) if e.type == "Measure"}
    goals = {label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "addresses"}
             for label, e in found.items()}
    assert goals["Se Deg For"] == {"Mål 2"}
    assert goals["Trygg Vei"] == {"Mål 1"}
