"""A sentence that ties grant schemes, by a short form of their names, to the sub-goals they serve; a part's
heading with its number after it ends the last goal's part."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of

REPORT = """AKTIVITETAR OG RESULTAT I 2023  DEL III

Hovudmål 1  Gamle båtar blir haldne i stand
  Delmål 1.1  Fleire lærer å byggje trebåtar
  Delmål 1.2  Eigarar av verneverdige båtar får god rettleiing

Hovudmål 1
Båtbyggjarskulen hadde 40 elevar i 2023.

Tilskotsordningar
Tabell 3 Tilskotsordningar 2022–2023
Ordning                                År    Tildelt beløp (kr)  Søknader  Tildelingar
Stipend til båtbyggjarlærlingar        2022           1 950 000        41           15
                                       2023           2 050 000        48           17
Tilskot til istandsetjing av           2022           6 120 000        82           33
verneverdige båtar                     2023           6 815 000        90           37

Stipendordninga høyrer til delmål 1.1, og tilskotet til istandsetjing til delmål 1.2.

STYRING OG KONTROLL I VERKSEMDA  DEL IV
Senteret har god internkontroll. Rettleiingstenesta Båtlosen vart evaluert i 2023.
"""


def test_schemes_named_by_a_short_form_serve_the_sub_goals_the_sentence_names() -> None:
    entities = entities_of("rapport.txt", REPORT)
    schemes = {e.label: e for e in entities if e.type == "GrantScheme"}
    goals = {label: {str(link.target_label) for link in e.links if link.predicate == "supportsGoal"}
             for label, e in schemes.items()}
    assert goals["Stipend til båtbyggjarlærlingar"] == {"Delmål 1.1: Fleire lærer å byggje trebåtar"}
    assert goals["Tilskot til istandsetjing av verneverdige båtar"] == {
        "Delmål 1.2: Eigarar av verneverdige båtar får god rettleiing"}


def test_a_parts_heading_with_its_number_after_it_ends_the_goals_part() -> None:
    measures = {e.label: e for e in entities_of("rapport.txt", REPORT) if e.type == "Measure"}
    assert not [link for link in measures["Båtlosen"].links if link.predicate == "addresses"]


CODED = """3.1 Mål- og resultatstruktur
Tildelingsbrevet fastsetter to effektmål (EM) med tilhørende resultatmål (RM).

EM1   Havnene er trygge for alle brukere
      RM1.1  Flere havner har oppdaterte beredskapsplaner
      RM1.2  Havnene har god merking
EM2   Kystkulturen blir tatt vare på
      RM2.1  Fartøyvernet er styrket

3.4 Tilskuddsforvaltning
Senteret forvaltet Tilskudd til trygge småbåthavner i 2024. Senteret forvaltet også
Tilskudd til fartøyvern i 2024. Senteret forvaltet også Tilskudd til havnemerking i
2024. Tilskudd til trygge småbåt-
havner ble opprettet i 2024 og bygger opp under RM1.1. Tilskudd til fartøyvern
bygger opp under RM2.1, og Tilskudd til havnemerking under RM1.2.
"""


def test_schemes_build_up_under_goals_named_by_their_printed_codes_also_a_name_split_at_a_line_break() -> None:
    found = entities_of("r.txt", CODED)
    goals = {e.attr("notation"): e.label for e in found if e.type == "Goal"}
    served = {e.label: [link.target_label for link in e.links if link.predicate == "supportsGoal"]
              for e in found if e.type == "GrantScheme"}
    assert served == {"Tilskudd til trygge småbåthavner": [goals["RM1.1"]],
                      "Tilskudd til fartøyvern": [goals["RM2.1"]],
                      "Tilskudd til havnemerking": [goals["RM1.2"]]}


LETTERED = """Strategiske mål
S1  Alle eldre kan bruke dei viktigaste digitale tenestene
S2  Eldre som treng det, får rettleiing nær der dei bur

3.3 Tilskotsforvaltning
Tilskot til seniornettkurs i kommunane skal medverke til S1, medan Tilskot til
rettleiing i pensjonistlag er retta mot S2.

Tilskot til seniornettkurs i kommunane      4,1 mill. kr
Tilskot til rettleiing i pensjonistlag      2,0 mill. kr
"""

DEFINITE = """Hovedmål 1 Flere eldre er fysisk aktive
Delmål 1.1 Eldre med lav inntekt deltar i organisert trening
Delmål 1.2 Kommunene har turgrupper for eldre

Tilskudd til treningstilbud for eldre er det viktigste virkemidlet for
delmål 1.1. I 2024 fikk 212 lag tilskudd.

Tabell 4 Tilskuddsordninger 2024
Tilskuddsordning                          Søknader   Innvilget   Beløp (kr)
Tilskudd til treningstilbud for eldre          310         212   14 200 000
"""


def test_a_scheme_serves_the_goal_its_sentence_names_by_its_printed_code_alone() -> None:
    found = entities_of("s.txt", LETTERED)
    goals = {e.attr("notation"): e.label for e in found if e.type == "Goal"}
    served = {e.label: [link.target_label for link in e.links if link.predicate == "supportsGoal"]
              for e in found if e.type == "GrantScheme"}
    assert served["Tilskot til seniornettkurs i kommunane"] == [goals["S1"]]


def test_a_scheme_the_definite_virkemidlet_sentence_names_serves_that_sub_goal_not_its_tables_section() -> None:
    found = entities_of("d.txt", DEFINITE)
    served = {e.label: [link.target_label.split(":")[0] for link in e.links if link.predicate == "supportsGoal"]
              for e in found if e.type == "GrantScheme"}
    assert served == {"Tilskudd til treningstilbud for eldre": ["Delmål 1.1"]}
