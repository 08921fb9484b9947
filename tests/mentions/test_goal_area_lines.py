"""Goals listed as indented *Mål:* lines under the headings of the areas that group them. The letter is invented (a
lift-inspection directorate) and set as extracted PDF text."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2026 – Heistilsynet

2   Prioriterte områder og mål
Departementet har samlet styringen i to prioriterte områder. Under hvert område står målene.

Prioritert område 1 – Sikre heiser i boliger
     Mål: Alvorlige heisulykker i boligblokker skal reduseres
     Mål: Eiere av heiser skal kjenne pliktene sine etter
          forskriften

Om lag hver tiende heis har avvik ved kontroll.

Prioritert område 2 – Et tilsyn som lærer av hendelsene
     Mål: Alle alvorlige hendelser skal granskes innen tre måneder
"""


def test_an_areas_heading_is_the_broader_goal_of_the_goal_lines_under_it() -> None:
    goals = goals_by_title(entities_of("brev.txt", LETTER))
    assert set(goals) == {"Sikre heiser i boliger", "Alvorlige heisulykker i boligblokker skal reduseres",
                          "Eiere av heiser skal kjenne pliktene sine etter forskriften",
                          "Et tilsyn som lærer av hendelsene", "Alle alvorlige hendelser skal granskes innen tre måneder"}
    area = goals["Sikre heiser i boliger"]
    assert area.attr("level") == "prioritert område" and str(area.attr("number")) == "1"
    assert link_targets(goals["Eiere av heiser skal kjenne pliktene sine etter forskriften"], "broader") == [
        area.label]
    assert link_targets(goals["Alle alvorlige hendelser skal granskes innen tre måneder"], "broader") == [
        goals["Et tilsyn som lærer av hendelsene"].label]
