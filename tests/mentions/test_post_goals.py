"""Grant posts a letter ties to a goal ('Post 70 skal bidra til mål 2, post 71 til mål 1') are grant schemes
of that goal. The letter is invented (a museum agency)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """Kulturdepartementet

Deres ref          Vår ref           Dato
                   24/55             16.12.2024

Tildelingsbrev 2025 – Museumsetaten

2 Mål
Mål 1 Samlingene er sikret og tilgjengelige for alle
Mål 2 Museene når nye grupper av publikum

4 Budsjett
Tabell 3 Tildeling 2025 (i 1 000 kr)

Kap.  Post  Betegnelse                                          Tildeling 2025
328         Museumsetaten
      01    Driftsutgifter                                              61 200
      70    Tilskudd til formidling i museene, kan overføres            12 500
      71    Tilskudd til sikring av samlinger                            4 000
      72    Tilskudd til museumsbygg                                     9 000

Post 70 skal bidra til mål 2, post 71 til mål 1. Bevilgningen på post 72 er økt.
"""


def test_grant_posts_tied_to_a_goal_are_schemes_of_that_goal() -> None:
    found = entities_of("brev.txt", LETTER)
    schemes = {e.label: e for e in found if e.type == "GrantScheme"}
    assert set(schemes) == {"Tilskudd til formidling i museene", "Tilskudd til sikring av samlinger"}
    goals = {label: {link.target_label.split(":")[0] for link in e.links if link.predicate == "supportsGoal"}
             for label, e in schemes.items()}
    assert goals == {"Tilskudd til formidling i museene": {"Mål 2"}, "Tilskudd til sikring av samlinger": {"Mål 1"}}
