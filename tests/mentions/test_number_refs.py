"""A goal column's bare number where the letter states its goals by level and number ('Strategisk mål 2'); codes
of a two-digit year and a number ('25-01'); an evaluation followed up rather than ordered. The letter is invented
(a lighthouse agency)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

LETTER = """Kystdepartementet

Tildelingsbrev 2025 – Fyretaten

2 Mål for 2025
Strategisk mål 1: Fyrstasjonene er sikret og godt vedlikeholdt langs kysten
Strategisk mål 2: Flere besøker fyrstasjonene og lærer om kystkulturen

Post 70 Tilskudd til fyrvern i kommuner og lag skal bidra til strategisk
mål 1.

3 Oppdrag
Tabell 1 Oppdrag 2025
Nr.
Oppdrag
Mål
Frist
25-01
Fyretaten skal lage en plan for formidling på fyrstasjonene.
2
1. mai 2025
25-02
Fyretaten skal forenkle regelverket og følge opp anbefalingene i evalueringen av
Tilskudd til fyrvern i kommuner og lag.
1
1. oktober 2025
"""


def test_a_goal_columns_number_names_the_letters_goal_of_that_number_at_its_level() -> None:
    found = entities_of("brev.txt", LETTER)
    tasks = {e.attr("code"): e for e in found if e.type == "Assignment"}
    assert set(tasks) == {"25-01", "25-02"}
    goal_of = {c: [link.target_label.split(":")[0] for link in e.links if link.predicate == "underGoal"]
               for c, e in tasks.items()}
    assert goal_of == {"25-01": ["Strategisk mål 2"], "25-02": ["Strategisk mål 1"]}
    assert tasks["25-02"].attr("evaluates") is None  # the evaluation is followed up, not ordered
    scheme = next(e for e in found if e.type == "GrantScheme")
    assert [link.target_label.split(":")[0] for link in scheme.links if link.predicate == "supportsGoal"] == [
        "Strategisk mål 1"]
