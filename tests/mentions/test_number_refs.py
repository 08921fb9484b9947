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


REPORT = """Årsrapport 2023 – Kystetaten

3 Årets aktiviteter og resultater
EFFEKTMÅL E1
Flere fiskebåter går over til utslippsfri drift

Tabell 3.1 Styringsparametere for effektmål E1
Nr.  Styringsparameter                                 2022      2023   Målverdi 2023
1a   Andel fiskebåter med utslippsfri drift             4 %       6 %             5 %

Verksemdsmål A: Hamnene er trygge for alle brukarar
Verksemdsmål B: Fleire reiser med båt langs kysten

Tabell 4 viser styringsparametrane for begge måla samla.
Resultata er gode.

Tabell 4 Styringsparametrar
Nr.  Styringsparameter                                 2022      2023   Målverdi 2023
A.1  Talet på hamner med tryggleiksplan                  40        48              45
B.1  Talet på reisande med kystruter                 90 000    96 000          95 000
"""

LETTER_TABLE = LETTER.split("3 Oppdrag")[0].replace("Strategisk mål", "Effektmål") + """
Tabell 1 Styringsparametere 2025
Nr.    Styringsparameter                                             Resultatmål 2025
Effektmål 2
2.1    Antall besøkende på fyrstasjonene                             minst 90 000
"""


def test_a_caption_names_a_coded_goal_a_lettered_code_its_goal_and_a_group_row_its_goal_by_number() -> None:
    measured = {e.attr("code"): [link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"]
                for e in entities_of("rapport.txt", REPORT) if e.type == "SteeringParameter"}
    assert measured == {"1a": ["Effektmål E1"], "A.1": ["Verksemdsmål A"], "B.1": ["Verksemdsmål B"]}
    letter = {e.attr("code"): [link.target_label.split(":")[0] for link in e.links if link.predicate == "measuredBy"]
              for e in entities_of("brev.txt", LETTER_TABLE) if e.type == "SteeringParameter"}
    assert letter == {"2.1": ["Effektmål 2"]}
