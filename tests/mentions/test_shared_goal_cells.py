"""Goals, parameters and assignments in three more layouts: a Nynorsk letter's one table of goals and uncoded
parameters whose goal cells open with *Mål N* alone and run over a page break, with an assignment table whose
year-coded rows are grouped by *Oppdrag knytte til mål N* lines in the text column; a report's key-figure bullets
with the letter's target in brackets (*(mål: …)*); another agency's report by *Samfunnsmål S1* headings over
*Brukermål B1* statements, with indicator tables coded *S1a*, *B1a*. The documents are invented (a harbour
authority and a sports directorate)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2025 – Hamnedirektoratet

2 Prioriteringar
Direktoratet skal prioritere arbeidet med felles meldesystem for hamnene.
Side 1 av 4                        Tildelingsbrev 2025
\f3 Mål, styringsparametrar og resultatmål
Måla i tabell 1 gjeld for perioden 2025–2028.

Tabell 1 Mål, styringsparametrar og resultatmål 2025

Mål                            Styringsparameter                     Resultatmål 2025
Mål 1                          Del av hamnene som har teke i         Minst 80 prosent
Sjøfarande får trygge og       bruk felles meldesystem
effektive hamner               Brukartilfredsheit med                Skår på minst 4
                               Hamneportalen                         (skala 1–6)
Mål 2                          Tal på hamner med godkjend            40 hamner
Hamnene har god beredskap      beredskapsplan
Side 2 av 4                        Tildelingsbrev 2025
\fTabell 1 (framhald)

Mål                            Styringsparameter                     Resultatmål 2025
                               Del av hamnene som har øvd            Minst 60 prosent
                               beredskapsplanen sin

Nærare om måla
Til mål 2: Direktoratet skal halde fram med øvingsprogrammet for hamnene og tilby
øvingsopplegg som kan gjennomførast lokalt.

4 Oppdrag
Departementet gjev direktoratet følgjande oppdrag for 2025.

Tabell 2 Oppdrag 2025

Nr.         Oppdrag                                                 Frist
            Oppdrag knytte til mål 1
TB2025-1    Direktoratet skal greie ut ei felles løysing for         1. juni 2025
            bestilling av hamneplass.
            Oppdrag knytte til mål 2
TB2025-2    Direktoratet skal lage ein rettleiar for                 1. oktober 2025
            beredskapsøvingar i små hamner.
            Andre oppdrag
TB2025-3    Direktoratet skal gå gjennom gebyra i eigne tenester.    15. november 2025
Side 3 av 4                        Tildelingsbrev 2025
\f5 Budsjett
Løyvinga er gitt i tabell 3.
Side 4 av 4                        Tildelingsbrev 2025
"""

REPORT = """Årsrapport 2024 – Hamnedirektoratet

3 Årets aktiviteter og resultater

Hovedmål 1: Sjøfarende får trygge og effektive havner

Nøkkeltall
• Andel havner som har tatt i bruk felles meldesystem: 74 prosent
  (mål: 75 prosent)
• Antall anløp registrert i Havneportalen: 41 200 (mål: 40 000)

Flere havner tok i bruk meldesystemet i 2024.

Hovedmål 2: Havnene har god beredskap

Nøkkeltall
• Sykefravær: 4,4 prosent (mål: under 5 prosent)

Øvingene ble gjennomført som planlagt.
"""

OTHER = """Idrettsdirektoratet
Årsrapport 2024

Innhald
  3.1  Mål- og resultatstruktur .................................. 2
  3.2  Samfunnsmål S1 med brukermål B1 ............................ 2
  3.3  Samfunnsmål S2 med brukermål B2 ............................ 3

3 Årets aktiviteter og resultater

3.1 Mål- og resultatstruktur
Departementet har fastsatt to samfunnsmål og to brukermål for direktoratet.

3.2 Samfunnsmål S1: Flere er fysisk aktive gjennom hele livet
Under dette samfunnsmålet ligger brukermål B1.

Brukermål B1: Idrettslagene opplever en enkel tilskuddsforvaltning

Tabell 2 Indikatorer for samfunnsmål S1 og brukermål B1

Kode  Indikator                                   2022    2023    2024    Mål 2024
S1a   Andel av befolkningen som er fysisk         61 %    63 %    64 %    65 %
      aktive minst tre ganger i uken
B1a   Gjennomsnittlig saksbehandlingstid for      41      36      29      30
      søknader om anleggsmidler (dager)

Saksbehandlingen gikk raskere enn året før.

3.3 Samfunnsmål S2: Barn og unge kan delta i idrett uavhengig av foreldrenes økonomi
Under dette samfunnsmålet ligger ett brukermål.

Brukermål B2: Tilskuddene når barn fra familier med lav inntekt

Tabell 3 Indikatorer for brukermål B2

Kode  Indikator                                   2022    2023    2024    Mål 2024
B2a   Antall barn som har fått dekket                 2 100   2 600   3 050   3 000
      treningsavgift

4 Styring og kontroll
"""


def test_a_table_whose_goal_cells_open_with_the_level_and_number_alone_gives_uncoded_parameters_by_target() -> None:
    entities = entities_of("brev.txt", LETTER)
    goals = goals_by_title(entities)
    # (the heading after the table is no part of the last goal's cell)
    assert {"Sjøfarande får trygge og effektive hamner", "Hamnene har god beredskap"} <= set(goals)
    params = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert sorted(params) == ["Brukartilfredsheit med Hamneportalen",
                              "Del av hamnene som har teke i bruk felles meldesystem",
                              "Del av hamnene som har øvd beredskapsplanen sin",
                              "Tal på hamner med godkjend beredskapsplan"]
    # the row after the page break is the second goal's, whose cell the row above opened
    assert [link.target for link in params["Del av hamnene som har øvd beredskapsplanen sin"].links
            if link.predicate == "measuredBy"] == [goals["Hamnene har god beredskap"].iri]
    assert params["Brukartilfredsheit med Hamneportalen"].attr("target") == "Skår på minst 4 (skala 1–6)"


def test_year_coded_assignment_rows_take_the_goal_of_the_group_line_in_their_text_column() -> None:
    entities = entities_of("brev.txt", LETTER)
    goals = goals_by_title(entities)
    tasks = {e.attr("code"): e for e in entities if e.type == "Assignment"}
    assert sorted(tasks) == ["TB2025-1", "TB2025-2", "TB2025-3"]
    assert str(tasks["TB2025-2"].label).startswith("Direktoratet skal lage ein rettleiar for beredskapsøvingar")
    assert "Oppdrag knytte" not in str(tasks["TB2025-1"].label)
    goal_of = {code: [link.target for link in t.links if link.predicate == "underGoal"] for code, t in tasks.items()}
    assert goal_of == {"TB2025-1": [goals["Sjøfarande får trygge og effektive hamner"].iri],
                       "TB2025-2": [goals["Hamnene har god beredskap"].iri], "TB2025-3": []}


def test_key_figure_bullets_give_the_parameter_without_its_result_and_the_target_in_brackets() -> None:
    entities = entities_of("rapport.txt", REPORT)
    goals = goals_by_title(entities)
    params = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert sorted(params) == ["Andel havner som har tatt i bruk felles meldesystem",
                              "Antall anløp registrert i Havneportalen", "Sykefravær"]
    assert params["Andel havner som har tatt i bruk felles meldesystem"].attr("target") == "75 prosent"
    assert params["Sykefravær"].attr("target") == "under 5 prosent"
    assert [link.target for link in params["Sykefravær"].links if link.predicate == "measuredBy"] == \
        [goals["Havnene har god beredskap"].iri]


def test_societal_goals_coded_s1_head_their_sections_and_the_user_goals_stated_inside_serve_them() -> None:
    entities = entities_of("annen.txt", OTHER)
    goals = goals_by_title(entities)
    s1 = goals["Flere er fysisk aktive gjennom hele livet"]
    s2 = goals["Barn og unge kan delta i idrett uavhengig av foreldrenes økonomi"]
    b1 = goals["Idrettslagene opplever en enkel tilskuddsforvaltning"]
    b2 = goals["Tilskuddene når barn fra familier med lav inntekt"]
    assert (s1.attr("notation"), b1.attr("notation")) == ("S1", "B1")
    assert [link.target for link in b1.links if link.predicate == "broader"] == [s1.iri]
    assert [link.target for link in b2.links if link.predicate == "broader"] == [s2.iri]
    params = {e.attr("code"): e for e in entities if e.type == "SteeringParameter"}
    assert sorted(params) == ["B1a", "B2a", "S1a"]
    # an indicator's code names its goal, whatever else the table's caption names
    assert link_targets(params["B1a"], "measuredBy") == [b1.label]
    assert link_targets(params["S1a"], "measuredBy") == [s1.label]
    assert link_targets(params["B2a"], "measuredBy") == [b2.label]
