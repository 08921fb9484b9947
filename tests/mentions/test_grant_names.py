"""Grant schemes named in running text by a capitalised 'Tilskudd til …' inside a sentence."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

TEXT = """Tildelingsbrev 2024 til Havnedirektoratet

3 Budsjett

Kap. 1360 post 70 skal i sin helhet brukes til Tilskudd til småbåthavner i distriktene. Direktoratet
skal i 2024 også forvalte Tilskudd til fiskerihavner, som dekkes av post 71. En ekstern evaluering av
Tilskudd til beredskapsutstyr i havner skal gjennomføres innen 2025.

Tilskudd til kommunene har økt de siste årene, og ordningen er et viktig tilskudd til lokale
havnetiltak.
"""


def test_capitalised_names_inside_sentences_are_grant_schemes() -> None:
    names = sorted(e.label for e in entities_of("brev.txt", TEXT) if e.type == "GrantScheme")
    assert names == ["Tilskudd til beredskapsutstyr i havner", "Tilskudd til fiskerihavner",
                     "Tilskudd til småbåthavner i distriktene"]
