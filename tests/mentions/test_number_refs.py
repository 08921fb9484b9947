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


GOAL_MAP = """Årsrapport 2023 – Senter for turveger

Del III Aktivitetar og resultat i 2023

Målkart
Målkartet for senteret har eitt samfunnsmål og tre brukarmål:

   Samfunnsmål  Folk i heile landet går tur i nærmiljøet sitt
   Brukarmål B1 Turgåarar finn lett informasjon om turvegar
   Brukarmål B2 Kommunane har kompetanse til å byggje turvegar
   Brukarmål B3 Barn og unge blir kjende med turvegane tidleg

Tabell 1 Styringsparametrar, resultatkrav og resultat
Styringsparameter
Brukarmål
Resultatkrav 2023
2022
2023
S1 Tal på besøk på turvegkartet
B1
Minst 80 000
71 000
82 000
S2 Del av kommunane som har ein turvegplan
B2
45 %
38 %
44 %

Brukarmål B3 Barn og unge blir kjende med turvegane tidleg
Tilskot til turvegar i kommunane skal bidra til brukarmål B2.
Tilskot til turlag for barnefamiliar skal bidra til brukarmål B3.

Oppdrag i tildelingsbrevet for 2023
TB 2023-1 Utarbeide ein rettleiar for turvegplanar i kommunane (B2). Frist 1.10.2023.
            Levert 28.9.2023.
TB 2023-2 Greie ut korleis turvegkartet kan visast på mobil (B1). Frist 15.5.2023.
            Levert 12.5.2023.
"""


def test_goal_codes_in_a_goal_column_in_brackets_and_after_bidra_til_name_the_goals_of_that_code() -> None:
    entities = entities_of("m.txt", GOAL_MAP)

    def goal_of(type_: str, predicate: str, direction: str = "out") -> dict[str, list[str]]:
        return {e.label: sorted(link.target_label[:12] for link in e.links
                                if link.predicate == predicate and link.direction == direction)
                for e in entities if e.type == type_}

    assert goal_of("SteeringParameter", "measuredBy", "in") == {
        "Tal på besøk på turvegkartet": ["Brukarmål B1"], "Del av kommunane som har ein turvegplan": ["Brukarmål B2"]}
    # the second scheme is named under goal B3's section, but its sentence says which goal it serves
    assert goal_of("GrantScheme", "supportsGoal") == {"Tilskot til turvegar i kommunane": ["Brukarmål B2"],
                                                       "Tilskot til turlag for barnefamiliar": ["Brukarmål B3"]}
    assignments = {e.attr("code"): e for e in entities if e.type == "Assignment"}
    assert {code: (e.label, e.attr("deadline")) for code, e in assignments.items()} == {
        "TB 2023-1": ("Utarbeide ein rettleiar for turvegplanar i kommunane", "2023-10-01"),
        "TB 2023-2": ("Greie ut korleis turvegkartet kan visast på mobil", "2023-05-15")}
    assert goal_of("Assignment", "underGoal") == {
        "Utarbeide ein rettleiar for turvegplanar i kommunane": ["Brukarmål B2"],
        "Greie ut korleis turvegkartet kan visast på mobil": ["Brukarmål B1"]}
