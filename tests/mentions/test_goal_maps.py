"""Goals of a goal map ('målkart') torn one cell a line, and of sections named by a goal level ('3.2
Brukereffekter' with 'BE1 …' lines). The texts are invented (a lighthouse agency)."""

from __future__ import annotations

from kg.mentions.goal_maps import map_goals, section_goals
from tests.mentions.pipeline import entities_of

MAP = """Virksomheten styres etter et målkart i tre nivåer.

Figur 1 Målkart for Fyrsenteret 2023

SAMFUNNSEFFEKT
Færre fyr forfaller langs kysten
BRUKEREFFEKTER
BE1
Eiere av fyr får rask og riktig hjelp til å sette dem i
stand
BE2
Unge kjenner fyrenes historie og bruker dem
INTERNE MÅL
IM1
Vi forvalter tilskudd effektivt og med god kontroll
Kilde: Tildelingsbrev for 2023
"""

LETTER = """Kystdepartementet

Tildelingsbrev 2024 – Fyrsenteret

Innhold
3 Mål, styringsparametere og måltall ............................................. 2
   3.1 Samfunnseffekt ............................................................ 2
   3.2 Brukereffekter ............................................................ 2
   3.3 Virksomhetsmål ............................................................ 3

3 Mål, styringsparametere og måltall

3.1 Samfunnseffekt
Færre fyr forfaller langs kysten.
Det er ikke fastsatt styringsparametere på dette nivået.

3.2 Brukereffekter

BE1 Eiere av fyr får rask og riktig hjelp til å sette dem i stand
Styringsparametere:
1. Median ventetid fra søknad til første befaring.
   Måltallet for 2024 er maksimalt 14 dager.
2. Andel eiere som har fått en plan for istandsetting innen tre måneder.
   Måltallet for 2024 er 75 prosent, mot 70 prosent i 2023.

3.3 Virksomhetsmål
V1 Fyrsenteret har kompetente medarbeidere og en lærende organisasjon
"""


def test_a_goal_map_gives_each_level_its_goals_keyed_by_their_codes() -> None:
    found = [(word, number, title) for word, number, _, title, _, _, _ in map_goals(MAP)]
    assert found == [
        ("Samfunnseffekt", "", "Færre fyr forfaller langs kysten"),
        ("Brukereffekt", "BE1", "Eiere av fyr får rask og riktig hjelp til å sette dem i stand"),
        ("Brukereffekt", "BE2", "Unge kjenner fyrenes historie og bruker dem"),
        ("Internt mål", "IM1", "Vi forvalter tilskudd effektivt og med god kontroll")]


def test_user_effects_serve_the_societal_effect_and_internal_goals_do_not() -> None:
    goals = {e.attr("notation") or e.attr("level"): e for e in entities_of("rapport.txt", MAP) if e.type == "Goal"}
    top = goals["samfunnseffekt"]
    assert {link.target for link in goals["BE2"].links if link.predicate == "broader"} == {top.iri}
    assert not [link for link in goals["IM1"].links if link.predicate == "broader"]


def test_sections_named_by_a_level_state_their_goals_and_the_parameters_below_take_the_told_target() -> None:
    assert [(w, n, t) for w, n, _, t, _, _, _ in section_goals(LETTER)] == [
        ("Samfunnseffekt", "", "Færre fyr forfaller langs kysten"),
        ("Brukereffekt", "BE1", "Eiere av fyr får rask og riktig hjelp til å sette dem i stand"),
        ("Virksomhetsmål", "V1", "Fyrsenteret har kompetente medarbeidere og en lærende organisasjon")]
    params = {e.label: e for e in entities_of("brev.txt", LETTER) if e.type == "SteeringParameter"}
    assert {label: e.attr("target") for label, e in params.items()} == {
        "Median ventetid fra søknad til første befaring": "maksimalt 14 dager",
        "Andel eiere som har fått en plan for istandsetting innen tre måneder": "75 prosent"}
    assert all(link.target_label.startswith("Brukereffekt BE1") for e in params.values() for link in e.links
               if link.predicate == "measuredBy")


STRUCTURE = """3.1 Målstruktur
Målstrukturen for etaten ligger fast.

Overordnet mål
Flere besøker fyrene langs kysten jevnlig

Effektmål
E1    Befolkningen har kort vei til et fyr som er åpent
E2    Frivillige driver fyrene i hele landet

Virksomhetsmål
V1    Tilskuddsforvaltningen er effektiv og enkel for søkerne

Effektmålene og virksomhetsmålet ligger under det overordnede målet.
"""


def test_a_goal_structure_in_ordinary_case_with_codes_and_titles_on_one_line() -> None:
    assert [(w, n, t) for w, n, _, t, _, _, _ in map_goals(STRUCTURE)] == [
        ("Overordnet mål", "", "Flere besøker fyrene langs kysten jevnlig"),
        ("Effektmål", "E1", "Befolkningen har kort vei til et fyr som er åpent"),
        ("Effektmål", "E2", "Frivillige driver fyrene i hele landet"),
        ("Virksomhetsmål", "V1", "Tilskuddsforvaltningen er effektiv og enkel for søkerne")]
    goals = {e.attr("notation") or e.attr("level"): e for e in entities_of("brev.txt", STRUCTURE) if e.type == "Goal"}
    top = goals["overordnet mål"]
    assert {link.target for link in goals["V1"].links if link.predicate == "broader"} == {top.iri}
