"""Grant schemes presented under section headings of their own. The letter is invented (a coastal culture
directorate) and set as extracted PDF text."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """Tildelingsbrev 2026 – Kystkulturdirektoratet

5   TILSKOTSORDNINGAR SOM DIREKTORATET FORVALTAR
Direktoratet skal forvalte desse tilskotsordningane i 2026:

5.1 Tilskot til fartøyvern (kap. 329, post 70)
    Ordninga skal medverke til å nå delmål K1.1.
5.2 Tilskot til kystkulturarrangement (kap. 329, post 71) – NY ORDNING
    Ordninga er ny i 2026 og skal gi støtte til lokale arrangement.
"""


def test_a_schemes_heading_names_it_without_its_budget_post_or_a_note_that_it_is_new() -> None:
    schemes = {e.label for e in entities_of("brev.txt", LETTER) if e.type == "GrantScheme"}
    assert schemes == {"Tilskot til fartøyvern", "Tilskot til kystkulturarrangement"}
