"""A letter's lettered goals (*Mål A:*) with parameter tables torn one cell per line and assignments grouped under
*Oppdrag knyttet til Mål A*, and a report naming each parameter on its line over a bullet with the requirement and
what was achieved. The documents are invented (a water-supply directorate)."""

from __future__ import annotations

from tests.mentions.pipeline import entities_of, goals_by_title, link_targets

LETTER = """Tildelingsbrev 2022 – Direktoratet for vannforsyning

3 Mål og resultatkrav

3.1 Mål A
Mål A: Befolkningen har god kunnskap om vannberedskap i egen husholdning

Tabell 1 Styringsparametere og resultatkrav for Mål A
Styringsparameter
Resultatkrav 2022
A1
Andel av befolkningen som har lagret
drikkevann for minst tre døgn
Minst 40 prosent
A2
Antall besøk på Vannklar.no
Over 200 000

3.2 Mål B
Mål B: Kommunene har planer for nødvannforsyning

Tabell 2 Styringsparametere og resultatkrav for Mål B
Styringsparameter                                              Resultatkrav 2022
B1   Andel kommuner med oppdatert plan for
     nødvannforsyning                                           Minst 70 prosent

3.3 Mål C
Mål C: Direktoratet forvalter tilskuddene effektivt

4 Oppdrag

4.1 Oppdrag knyttet til Mål A
1. Kampanje om vannlagring: Direktoratet skal gjennomføre en kampanje om lagring av
   drikkevann i husholdningene. (frist 1. mai 2022)

4.2 Oppdrag knyttet til Mål B
2. Kartlegging av nødvann: Direktoratet skal kartlegge kommunenes nødvannsplaner.
   (frist 1. oktober 2022)
"""

REPORT = """Årsrapport 2021 – Direktoratet for vannforsyning

Mål A – Befolkningen har god kunnskap om vannberedskap

Resultater

Andel av befolkningen som har lagret drikkevann for minst tre døgn i egen
husholdning
  • Resultatkrav: Minst 35 prosent    Oppnådd: 37 prosent (2020: 31 prosent)

Antall besøk på Vannklar.no
  • Resultatkrav: Over 150 000    Oppnådd: 181 200
"""


def test_torn_parameter_tables_and_assignments_grouped_under_letteredgoals_by_title() -> None:
    entities = entities_of("vann_tb_2022.txt", LETTER)
    goals = goals_by_title(entities)
    first = goals["Befolkningen har god kunnskap om vannberedskap i egen husholdning"]
    parameters = {str(e.attr("code")): e for e in entities if e.type == "SteeringParameter"}
    assert set(parameters) == {"A1", "A2", "B1"}  # the next goal's section ends a table, no parameter of its own
    assert parameters["A1"].label == "Andel av befolkningen som har lagret drikkevann for minst tre døgn"
    assert parameters["A1"].attr("target") == "Minst 40 prosent"
    assert sorted(link_targets(first, "measuredBy")) == sorted([parameters["A1"].label, parameters["A2"].label])
    tasks = {str(e.attr("code")): e for e in entities if e.type == "Assignment"}
    assert set(tasks) == {"1", "2"}
    assert str(tasks["1"].attr("deadline")) == "2022-05-01"
    assert link_targets(tasks["1"], "underGoal") == [first.label]
    assert link_targets(tasks["2"], "underGoal") == [goals["Kommunene har planer for nødvannforsyning"].label]


def test_a_parameter_named_on_its_lines_over_a_bullet_with_its_requirement_and_what_was_achieved() -> None:
    entities = entities_of("vann_ar_2021.txt", REPORT)
    parameters = {e.label: e for e in entities if e.type == "SteeringParameter"}
    assert set(parameters) == {"Andel av befolkningen som har lagret drikkevann for minst tre døgn i egen husholdning",
                               "Antall besøk på Vannklar.no"}
    stored = parameters["Andel av befolkningen som har lagret drikkevann for minst tre døgn i egen husholdning"]
    assert stored.attr("target") == "Minst 35 prosent"
    assert [(r["year"], r["value"]) for r in stored.attr("results")] == [(2020, "31 prosent")]
    assert parameters["Antall besøk på Vannklar.no"].attr("target") == "Over 150 000"


BLOCKS = """Tildelingsbrev 2025 – Direktoratet for vannforsyning

3 Målstruktur
Virksomhetsmål 1: Befolkningen har trygt drikkevann
Virksomhetsmål 2: Kommunene har god beredskap for vannforsyning

4 Oppdrag

Oppdrag nr. 1/2025 – Kartlegging av reservevann
    Direktoratet skal kartlegge hvilke kommuner som mangler reservevann, og foreslå
    tiltak.
    Frist: 15. september 2025
    Rapporteres i: Egen rapport til departementet
    Virksomhetsmål: 2

Oppdrag nr. 2/2025 – Veileder om vannkvalitet
    Direktoratet skal lage en veileder om prøvetaking i små vannverk.
    Frist: 1. april 2025
    Rapporteres i: Årsrapporten for 2025
    Virksomhetsmål: 1
"""


def test_assignments_numbered_by_year_with_a_title_after_a_dash_and_their_goal_on_a_line_below() -> None:
    entities = entities_of("vann_tb_2025.txt", BLOCKS)
    goals = goals_by_title(entities)
    tasks = {str(e.attr("code")): e for e in entities if e.type == "Assignment"}
    assert set(tasks) == {"1/2025", "2/2025"}
    first = tasks["1/2025"]
    assert first.label.startswith("Direktoratet skal kartlegge hvilke kommuner")  # the title is no part of its words
    assert "Rapporteres" not in first.label
    assert str(first.attr("deadline")) == "2025-09-15"
    assert link_targets(first, "underGoal") == [goals["Kommunene har god beredskap for vannforsyning"].label]
    assert link_targets(tasks["2/2025"], "underGoal") == [goals["Befolkningen har trygt drikkevann"].label]
