"""Goal sections headed by a goal's level and number only, the one goal of its level, or a level outside the
numbered series; the societal goal introduced on a line of its own; what the text says serves it; and what a
goal section then gives its grant schemes, measures and report lists. The texts are invented (a sports agency)."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

LETTER = """Innhold
 1   Innledning
 2   Mål for 2025
     2.1  Virksomhetsmål 1
     2.2  Virksomhetsmål 2

1 Innledning
Departementet viser til statsbudsjettet. Det tidligere virksomhetsmål 3 «Idrettslagene har god økonomi» er
tatt inn i virksomhetsmål 2.

2 Mål for 2025
Etatens arbeid skal bidra til følgende samfunnsmål:

    Alle kan drive med idrett der de bor

Virksomhetsmålene skal bidra til å nå samfunnsmålet:

    Virksomhetsmål 1   Flere barn deltar i idrett
    Virksomhetsmål 2   Idrettsanleggene er gode

2.1 Virksomhetsmål 1
Flere barn deltar i idrett

Etaten skal videreutvikle ordningen Aktiv vinter slik at flere kommuner kan delta. Rammen for Tilskudd til
idrett for barn er 20 mill. kroner.

2.2 Virksomhetsmål 2
Idrettsanleggene er gode

Etaten skal forvalte Driftstilskudd til idrettsanlegg på en god måte. Rammen for Driftstilskudd til
idrettsanlegg er 40 mill. kroner.
"""

REPORT = """Innhold
 1  Årets resultater ...................................... 2
    1.1  Målstruktur ...................................... 2
    1.2  Effektmål 1 – Deltakelse ......................... 3
    1.3  Brukermålet – Tilskudd ........................... 4
    1.4  Rapporter ........................................ 5

1 Årets resultater

Etaten forvalter blant annet Tilskudd til idrett for barn.

1.1 Målstruktur
Effektmålene og brukermålet skal bidra til samfunnsmålet.

Samfunnsmål
   Alle kan drive med idrett der de bor

Effektmål 1    Flere barn deltar i idrett
Brukermål      Etaten forvalter tilskudd godt

1.2 Effektmål 1 – Deltakelse
Effektmålet er at flere barn deltar. Tilskudd til idrett for barn ble gitt til 300 lag.

1.3 Brukermålet – Tilskudd
Brukermålet er at tilskudd forvaltes godt.

1.4 Rapporter
Etaten har fått levert disse rapportene:

Effektmål 1
 •  Barn og idrett 2024. Idrettsforskning (2025)

Brukermålet
 •  Brukerundersøkelse om tilskudd. Nordlys Analyse (2025)
"""


def _by_type(text: str, name: str) -> dict[str, list[Entity]]:
    out: dict[str, list[Entity]] = {}
    for e in entities_of(name, text):
        out.setdefault(e.type, []).append(e)
    return out


def _targets(e: Entity, predicate: str) -> set[str]:
    return {link.target_label.split(":")[0] for link in e.links if link.predicate == predicate and
            link.direction == "out"}


def test_the_societal_goal_on_its_own_line_and_the_goals_said_to_serve_it() -> None:
    goals = {g.label.split(":")[0]: g for g in _by_type(LETTER, "brev.txt")["Goal"]}
    assert set(goals) == {"Samfunnsmål", "Virksomhetsmål 1", "Virksomhetsmål 2"}  # not the former goal 3
    assert goals["Samfunnsmål"].label == "Samfunnsmål: Alle kan drive med idrett der de bor"
    assert _targets(goals["Virksomhetsmål 1"], "broader") == {"Samfunnsmål"}


def test_sections_headed_by_a_goal_number_place_grants_and_measures_under_it() -> None:
    found = _by_type(LETTER, "brev.txt")
    grants = {g.label: g for g in found["GrantScheme"]}
    assert set(grants) == {"Tilskudd til idrett for barn", "Driftstilskudd til idrettsanlegg"}
    assert _targets(grants["Driftstilskudd til idrettsanlegg"], "supportsGoal") == {"Virksomhetsmål 2"}
    measures = {m.label: m for m in found["Measure"]}
    assert set(measures) == {"Aktiv vinter"}
    assert _targets(measures["Aktiv vinter"], "addresses") == {"Virksomhetsmål 1"}


def test_a_report_names_its_effect_goal_and_its_user_goal_in_headings_and_list_groups() -> None:
    found = _by_type(REPORT, "rapport.txt")
    assert {g.label.split(":")[0] for g in found["Goal"]} == {"Samfunnsmål", "Effektmål 1", "Brukermål"}
    grant = found["GrantScheme"][0]
    assert _targets(grant, "supportsGoal") == {"Effektmål 1"}  # named at a sentence's start in the section
    reports = {r.label: r for r in found["Report"]}
    assert _targets(reports["Barn og idrett 2024"], "aboutGoal") == {"Effektmål 1"}
    assert _targets(reports["Brukerundersøkelse om tilskudd"], "aboutGoal") == {"Brukermål"}
    assert reports["Brukerundersøkelse om tilskudd"].attr("publisher") == ("Nordlys Analyse",)


def test_the_letters_main_goals_restated_beside_the_reports_own_numbered_goal_sections() -> None:
    text = """1 Introduksjon

Tildelingsbrevet for 2024 har to hovudmål:
  Hovudmål 1 Kystsamfunna har attraktive bu- og arbeidsmarknader
  Hovudmål 2 Kystkulturen er levande og blir brukt i lokal utvikling
Under hovudmåla ligg fire delmål. I denne rapporten omtaler vi delmåla som mål 1–2.

2 Resultat

2.1 Mål 1: Fleire unge vaksne vel å busetje seg i dei små kystkommunane
Tal på nye innbyggjarar auka.

2.2 Mål 2: Kystkulturen blir teken vare på og brukt i lokal utvikling
Fleire lag fekk tilskot.
"""
    goals = {(e.attr("level"), e.attr("title")) for e in entities_of("r.txt", text) if e.type == "Goal"}
    assert ("hovudmål", "Kystsamfunna har attraktive bu- og arbeidsmarknader") in goals
    assert ("mål", "Fleire unge vaksne vel å busetje seg i dei små kystkommunane") in goals
    assert len(goals) == 4


def test_a_level_without_a_number_heading_its_goal_and_a_goal_the_text_says_was_moved_elsewhere() -> None:
    text = ("Innhald\n3.1 Målstrukturen .................................................. 3\n"
            "3.2 Brukarmål 1 – Fartøy blir haldne i stand ....................................... 3\n"
            "3.3 Verksemdsmål – Forvaltninga er effektiv ......................................... 4\n\n"
            "3.1 Målstrukturen\nSamfunnsmål: Kystkulturarven blir teken vare på\n"
            "Brukarmål 3 i 2022, «Kystlandskapet blir teke vare på», vart frå 2023 overført til eit anna senter og er "
            "ikkje rapportert her.\n\n"
            "3.2 Brukarmål 1 – Fartøy blir haldne i stand\nTekst om fartøy.\n\n"
            "3.3 Verksemdsmål – Forvaltninga er effektiv og føreseieleg\nTekst om forvaltninga.\n")
    goals = {e.label for e in entities_of("r.txt", text) if e.type == "Goal"}
    assert any("Forvaltninga er effektiv og føreseieleg" in g for g in goals)
    assert not any("Kystlandskapet" in g for g in goals)


MAIN_AND_SUB = """3 Aktivitetar og resultat

3.1 Hovudmål: Fleire menneske driv friluftsliv jamleg
Kampanjen skal bidra til hovudmålet.

3.2 Delmål 1: Barn og unge får gode friluftslivsopplevingar
Tekst om delmål 1.

3.3 Delmål 2: Friluftslivsområde er tilgjengelege for alle
Tekst om delmål 2.
"""


def test_sub_goals_under_the_one_main_goal_headed_by_its_level_without_a_number() -> None:
    goals = {e.iri: e for e in entities_of("rapport.txt", MAIN_AND_SUB) if e.type == "Goal"}
    broader = {e.attr("title"): {goals[link.target].attr("title") for link in e.links
                                 if link.predicate == "broader" and link.direction == "out"} for e in goals.values()}
    top = "Fleire menneske driv friluftsliv jamleg"
    assert broader == {top: set(), "Barn og unge får gode friluftslivsopplevingar": {top},
                       "Friluftslivsområde er tilgjengelege for alle": {top}}
