"""A Nynorsk letter whose goals are a numbered list after a paragraph, with captioned parameter tables and
assignments numbered inside their chapter; a report whose goals are coded in a torn goal map (*HM1*, *DM1.1*) with
*SP1.1.1* blocks; schemes, measures and evaluations named in the ways these layouts use. The documents are
invented (an archive directorate and a sports directorate)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Statsbudsjettet 2024 – tildelingsbrev til Arkivdirektoratet

3 Mål for verksemda

Departementet fastset desse måla for Arkivdirektoratet i 2024. Måla er vidareførte frå
2023 med små endringar.

1. Arkiva i kommunane skal vere sikra og tilgjengelege for innbyggjarane.

2. Fleire skal bruke arkiva i forsking, undervisning og
   lokalhistorisk arbeid.

Direktoratet skal gi ei samla vurdering av måloppnåinga i årsrapporten.

4 Styringsparametrar

Styringsparametrar for mål 1

Styringsparameter                            Resultatkrav 2024       Resultat 2022
Del av kommunane med godkjend                Minst 80 prosent        71 prosent
arkivplan

Styringsparametrar for mål 2

Styringsparameter                            Resultatkrav 2024       Resultat 2022
Tal på besøk i dei digitale                  Auke                    412 000
arkiva

5 Oppdrag

5.1 Direktoratet skal greie ut korleis kommunale arkiv kan digitaliserast raskare,
    jf. mål 1. Utgreiinga skal omfatte kostnader.

    Frist: 1. juni 2024

5.2 Direktoratet skal lage ein plan for formidling av arkiv til skuleelevar, jf. mål 2.

    Frist: 15. oktober 2024

6 Budsjett

Over post 70 forvaltar direktoratet ordninga Tilskot til arkivformidling.
"""

REPORT = """Årsrapport 2024 for Idrettsdirektoratet

3.1 Målkart

Tabell 1 Målkart

Nivå
Kode
Mål
Hovedmål
HM1
Barn og unge har tilgang til idrett
i nærmiljøet
Delmål
DM1.1
Flere barn fra familier med lav inntekt
deltar i organisert idrett
Hovedmål
HM2
Idrettslagene har gode rammevilkår

3.2 Resultater

DM1.1 Flere barn fra familier med lav inntekt deltar i organisert idrett

SP1.1.1 Andel barn fra familier med lav inntekt som deltar i minst én organisert
idrettsaktivitet
Måltall: 65 prosent
Resultat 2024: 61 prosent
Resultat 2023: 58 prosent

3.3 Tilskudd og tiltak

Direktoratet forvalter to ordninger. Tilskudd til lokale idrettsanlegg støtter opp
under delmål DM1.1, mens driftstilskuddet bidrar til HM2.

Tabell 2 Tilskuddsordninger forvaltet av direktoratet (beløp i mill. kroner)

Tilskuddsordning                           Søknader  Innvilget    Tildelt    Tildelt
                                               2024       2024       2024       2023
Tilskudd til lokale idrettsanlegg               512        301      120,5      110,2
Driftstilskudd til idrettslag i                 146        139       44,0       41,8
distriktene
Sum                                             658        440      164,5      152,0

Direktoratet drifter pilotprosjektet Treningskortet for alle, og høsten 2024 gjennomførte vi
kampanjen «Bli med på trening!» rettet mot foreldre, knyttet til DM1.1. Vi startet også
pilotprosjektet Idrettsbussen på bygda, som kjører barn til trening i seks kommuner.
Direktoratet samarbeider med Helsedirektoratet om Program for fysisk aktivitet i skolen, som
Helsedirektoratet forvalter.

3.4 Utvalgte rapporter og evalueringer

• Følgeevaluering av driftstilskuddsordningen (Vestlandsanalyse, pågående)
"""


def test_a_numbered_list_after_the_paragraph_that_fixes_the_goals_gives_the_goals_their_parameters_and_tasks() -> None:
    entities = entities_of("arkiv_tb_2024.txt", LETTER)
    goals = goals_by_title(entities)
    first = goals["Arkiva i kommunane skal vere sikra og tilgjengelege for innbyggjarane"]
    second = goals["Fleire skal bruke arkiva i forsking, undervisning og lokalhistorisk arbeid"]
    assert first.attr("number") == 1 and second.attr("number") == 2
    assert link_targets(first, "measuredBy") == ["Del av kommunane med godkjend arkivplan"]
    assert link_targets(second, "measuredBy") == ["Tal på besøk i dei digitale arkiva"]
    tasks = {str(e.attr("code")): e for e in entities if e.type == "Assignment"}
    assert set(tasks) == {"5.1", "5.2"}
    assert tasks["5.1"].label.startswith("Direktoratet skal greie ut korleis kommunale arkiv")
    assert str(tasks["5.1"].attr("deadline")) == "2024-06-01"
    assert "Arkiva i kommunane" in link_targets(tasks["5.1"], "underGoal")[0]
    assert "Fleire skal bruke arkiva" in link_targets(tasks["5.2"], "underGoal")[0]


def test_a_torn_goal_map_with_coded_blocks_links_sub_goal_parameter_schemes_and_measures() -> None:
    entities = entities_of("idrett_ar_2024.txt", REPORT)
    goals = goals_by_title(entities)
    sub = goals["Flere barn fra familier med lav inntekt deltar i organisert idrett"]
    assert link_targets(sub, "broader") and "tilgang til idrett" in link_targets(sub, "broader")[0]
    parameter = next(e for e in entities if e.type == "SteeringParameter")
    assert parameter.label == ("Andel barn fra familier med lav inntekt som deltar i minst én organisert "
                               "idrettsaktivitet")
    assert link_targets(sub, "measuredBy") == [parameter.label]
    schemes = {e.label: e for e in entities if e.type == "GrantScheme"}
    assert "Flere barn fra familier" in link_targets(schemes["Tilskudd til lokale idrettsanlegg"], "supportsGoal")[0]
    assert not any("støtter" in name for name in schemes)  # the verb ends the name
    measures = {e.label: e for e in entities if e.type == "Measure"}
    assert "Idrettsbussen på bygda" in measures
    assert "Program for fysisk aktivitet i skolen" not in measures  # another directorate's
    campaign = measures["Bli med på trening!"]
    assert any("Flere barn" in t for t in link_targets(campaign, "addresses"))
    evaluation = next(e for e in entities if e.label.startswith("Følgeevaluering av driftstilskuddsordningen"))
    assert link_targets(evaluation, "evaluates") == ["Driftstilskudd til idrettslag i distriktene"]
