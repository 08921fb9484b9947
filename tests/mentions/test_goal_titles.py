"""Goals listed in full once and headed by a short name in their sections: the listed line gives the title,
the heading the section. The report is invented (a museum agency)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

REPORT = """Årsrapport 2025

Innhold
1 Leders beretning ..................... 2
3 Årets aktiviteter og resultater ...... 3
  3.1 Hovedmål 1 Samlinger ............. 3
  3.2 Hovedmål 2 Publikum .............. 4

1 Leders beretning
Året var godt.

3 Årets aktiviteter og resultater
Hovedmålene for 2025 er:
Hovedmål 1  Samlingene er sikret og tilgjengelige for alle
Hovedmål 2  Museene når nye grupper av publikum

3.1 Hovedmål 1 Samlinger
Flere gjenstander ble registrert digitalt i 2025.

3.2 Hovedmål 2 Publikum
Flere skoleklasser besøkte museene.
"""


def test_a_short_heading_takes_the_title_the_list_gives_and_keeps_the_section() -> None:
    goals = {e.attr("number"): e for e in entities_of("rapport.txt", REPORT) if e.type == "Goal"}
    assert {n: e.attr("title") for n, e in goals.items()} == {
        1: "Samlingene er sikret og tilgjengelige for alle", 2: "Museene når nye grupper av publikum"}
    assert "Samlinger" in goals[1].alt_labels or goals[1].attr("alias") == "Samlinger"
