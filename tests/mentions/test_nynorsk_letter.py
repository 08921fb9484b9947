"""A Nynorsk allocation letter and report: the letterhead's 'DET KONGELEGE … DEPARTEMENT', assignments that say
which goal they belong to ('Oppdraget høyrer til delmål 1.1.'), grant posts tied to goals with 'skal medverke til',
a budget remark 'kan overførast', a grant table whose rows carry their year after the scheme's name, a scheme
named in other inflections and placed by 'er det viktigaste verkemiddelet for hovud-/mål 1', and a 'Tiltak i
2024:' list in a section about the knowledge base. The documents are invented (an agency for coastal paths) and
set as extracted PDF text."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

LETTER = """DET KONGELEGE KLIMA- OG MILJØDEPARTEMENT

Direktoratet for kyststiar
Postboks 12
6800 FØRDE

Dykkar ref                      Vår ref                      Dato
                                23/1190-4                    19. desember 2023

Tildelingsbrev til Direktoratet for kyststiar for 2024

2  Mål og delmål for 2024
Hovudmål 1  Kyststiane er opne og trygge for alle
    Delmål 1.1  Fleire kommunar har vedteke planar for kyststiar
Hovudmål 2  Forvaltninga er effektiv
    Delmål 2.1  Rask handsaming av søknader om tilskot

3  Oppdrag
1.  Verksemda skal greie ut korleis kyststiar kan takast inn i kommunale
    arealplanar. Oppdraget høyrer til delmål 1.1. Frist: 1. mai 2024.

2.  Verksemda skal opne ei digital søknadsteneste for tilskot til merking av
    stiar. Oppdraget høyrer til delmål 2.1. Frist: 1. oktober 2024.

4  Budsjett
Tabell 1  Løyvingar i 2024
Kap./post     Nemning                                            Beløp i kroner
1428.01       Driftsutgifter                                         34 350 000
1428.70       Tilskot til merking av kyststiar                           12 000 000
1428.71       Tilskot til tilrettelegging av kyststiar, kan overførast  8 500 000

Tilskot til merking av kyststiar (post 70) skal medverke til hovudmål 1. Tilskot til
tilrettelegging av kyststiar (post 71) skal medverke til delmål 2.1.
"""


REPORT = """DIREKTORATET FOR KYSTSTIAR

Årsrapport 2024

3  Årets aktivitetar og resultat

3.1  Hovudmål 1: Kyststiane er opne og trygge for alle

3.1.1  Delmål 1.1 Fleire kommunar har vedteke planar for kyststiar
Sentrale verkemiddel: tilskotsordningane
Tilskot til merking av kyststiar er det viktigaste verkemiddelet for hovud-
mål 1.

Tabell 3  Tilskotsordningane
Tilskotsordning                     Søknader    Innvilga    Beløp (1 000 kr)
Tilskot til merking av kyststiane,
2023                                     324         241              9 870
Tilskot til merking av kyststiane,
2024                                     388         297             11 950
Tilskot til friluftsskilt, 2024          112          97              2 210

3.1.2  Delmål 1.2 Oppdatert kunnskapsgrunnlag om kyststiane
Tiltak i 2024:
•  Kyststibarometeret, ein årleg statistikkpublikasjon, kom ut for første gong i
   juni 2024.
"""


def _goals_of(e: Entity) -> set[str]:
    return {link.target_label.split(":")[0] for link in e.links if link.predicate in ("supportsGoal", "underGoal")}


def test_a_nynorsk_letterhead_names_the_ministry_and_assignments_their_goal() -> None:
    found = entities_of("brev.txt", LETTER)
    issuers = [e.label for e in found if e.type == "Organisation" and any(
        s.rule == "document.issuer" for s in e.sources)]
    assert issuers == ["Klima- og miljødepartementet"]
    assignments = {e.attr("code"): _goals_of(e) for e in found if e.type == "Assignment"}
    assert assignments == {"1": {"Delmål 1.1"}, "2": {"Delmål 2.1"}}


def test_grant_posts_tied_to_goals_with_medverke_til_lose_their_nynorsk_remark() -> None:
    schemes = {e.label: _goals_of(e) for e in entities_of("brev.txt", LETTER) if e.type == "GrantScheme"}
    assert schemes == {"Tilskot til merking av kyststiar": {"Hovudmål 1"},
                       "Tilskot til tilrettelegging av kyststiar": {"Delmål 2.1"}}


def test_a_scheme_in_a_table_with_years_after_its_name_is_one_scheme_of_the_goal_the_sentence_names() -> None:
    found = entities_of("rapport.txt", REPORT)
    schemes = {e.label: e for e in found if e.type == "GrantScheme"}
    assert len(schemes) == 2 and "Tilskot til friluftsskilt" in schemes
    scheme = next(e for label, e in schemes.items() if "kyststi" in label)
    assert _goals_of(scheme) == {"Hovudmål 1"}
    figures = {f["year"]: f["granted_nok"] for f in scheme.attr("figures")}
    assert figures == {2023: 9_870_000, 2024: 11_950_000}
    assert not [e for e in found if e.type in ("Report", "Evaluation")]  # the 'Tiltak i 2024:' list holds none
