"""A report whose lettered main goals head their sections after a dash ('Hovedmål A – …'), each with bulleted
'Resultatmål A.1: <parameter>. Mål: <target>. Resultat 2024: <value> (2023: <value>)' lines, grant schemes named
in prose under each goal, and a knowledge table torn one cell per line whose goal column gives letters ('A og
C') and goes on over a page break. The report is invented (a heritage office) and set as extracted PDF text."""

from __future__ import annotations

from kg.entities import Entity
from tests.mentions.pipeline import entities_of

REPORT = """KONTORET FOR LOKAL KULTURARV

Årsrapport 2024

Innhold
1  Om kontoret ............................................................. 2
2  Mål og resultater ....................................................... 2
   Hovedmål A – Flere kulturminner blir tatt vare på av eierne selv ........ 3
   Hovedmål B – Kommunene har god oversikt over sine kulturminner  4
3  Kunnskapsgrunnlag ....................................................... 5

1 Om kontoret
Kontoret for lokal kulturarv er et statlig forvaltningsorgan. Kontoret forvalter tilskudd
og gir råd til eiere av kulturminner.

2 Mål og resultater
Kontorets mål er de to hovedmålene nedenfor. Hvert hovedmål har resultatmål med måltall.

Kontoret for lokal kulturarv – Årsrapport 2024 – side 2
\fHovedmål A – Flere kulturminner blir tatt vare på av eierne selv

Resultatmål
  • Resultatmål A.1: Andel fredede bygninger i privat eie som har fått tilstandsvurdering de
    siste fem årene. Mål: minst 40 %. Resultat 2024: 37 % (2023: 33 %)
  • Resultatmål A.2: Antall eiere som har fått råd fra kontoret. Mål: 1 200.
    Resultat 2024: 1 340 (2023: 1 105)
Resultatmål A.3 (antall nedlastinger av veiledere) ble tatt ut fra og med 2024.

Eierne bruker rådene mer enn før, men målet for tilstandsvurderinger er ikke nådd.
Tilskuddsordningen «Eierstøtte» gir tilskudd til istandsetting av bygninger i privat eie.
I 2024 kom det inn 410 søknader, og 260 eiere fikk til sammen 21,5 mill. kr.

Hovedmål B – Kommunene har god oversikt over sine kulturminner

Resultatmål
  • Resultatmål B.1: Andel kommuner med vedtatt kulturminneplan.
    Mål: minst 70 %. Resultat 2024: 72 % (2023: 66 %)

Ordningen «Planmidler til kommuner» er kontorets minste. I 2024 fikk 31 kommuner til
sammen 3,1 mill. kr.

Kontoret for lokal kulturarv – Årsrapport 2024 – side 4
\f3 Kunnskapsgrunnlag
Tabellen viser rapporter som er ferdigstilt eller igangsatt i 2024.

Tabell 3 Kunnskapsgrunnlag 2024
Tittel
Utgiver
År
Hovedmål
Eiere og vedlikehold av fredede hus
Institutt for bygningsvern
2024
A
Kommunale kulturminneplaner i praksis
Analysebyrået Sør
2023
A og B

Kontoret for lokal kulturarv – Årsrapport 2024 – side 5
\fTabell 3 Kunnskapsgrunnlag 2024 (forts.)
Tittel
Utgiver
År
Hovedmål
Evaluering av Planmidler til kommuner
Analysebyrået Sør
pågående
B
"""


def _goals(e: Entity, predicate: str) -> set[str]:
    return {link.target_label for link in e.links if link.predicate == predicate}


def _by_type(found: list[Entity], type_: str) -> dict[str, Entity]:
    return {e.label: e for e in found if e.type == type_}


def test_lettered_main_goals_after_a_dash_with_result_goals_as_parameters_targets_and_results() -> None:
    found = entities_of("rapport.txt", REPORT)
    goals = {e.attr("notation"): e.attr("title") for e in found if e.type == "Goal"}
    assert goals == {"A": "Flere kulturminner blir tatt vare på av eierne selv",
                     "B": "Kommunene har god oversikt over sine kulturminner"}
    parameters = {e.attr("code"): e for e in found if e.type == "SteeringParameter"}
    assert set(parameters) == {"A.1", "A.2", "B.1"}  # A.3 was taken out: no parameter
    a1 = parameters["A.1"]
    assert a1.label == "Andel fredede bygninger i privat eie som har fått tilstandsvurdering de siste fem årene"
    assert a1.attr("target") == "minst 40 %"
    assert {r["year"]: r["value"] for r in a1.attr("results")} == {2023: "33 %", 2024: "37 %"}
    assert parameters["A.2"].attr("target") == "1 200"
    assert parameters["B.1"].attr("target") == "minst 70 %"
    by_goal = {code: {g.split(":")[0] for g in _goals_of(found, e)} for code, e in parameters.items()}
    assert by_goal == {"A.1": {"Hovedmål A"}, "A.2": {"Hovedmål A"}, "B.1": {"Hovedmål B"}}


def _goals_of(found: list[Entity], parameter: Entity) -> set[str]:
    return {g.label for g in found if g.type == "Goal" and any(
        link.predicate == "measuredBy" and link.target == parameter.iri for link in g.links)}


def test_schemes_named_in_prose_serve_the_goal_stated_where_they_stand() -> None:
    schemes = _by_type(entities_of("rapport.txt", REPORT), "GrantScheme")
    assert {k: {g.split(":")[0] for g in _goals(e, "supportsGoal")} for k, e in schemes.items()} == {
        "Eierstøtte": {"Hovedmål A"}, "Planmidler til kommuner": {"Hovedmål B"}}


def test_a_torn_knowledge_table_with_lettered_goal_cells_over_a_page_break() -> None:
    found = entities_of("rapport.txt", REPORT)
    reports = {e.attr("title") or e.label: e for e in found if e.type in ("Report", "Evaluation")}
    assert set(reports) == {"Eiere og vedlikehold av fredede hus", "Kommunale kulturminneplaner i praksis",
                            "Evaluering av Planmidler til kommuner"}
    goals = {k: {g.split(":")[0] for g in _goals(e, "aboutGoal")} for k, e in reports.items()}
    assert goals["Kommunale kulturminneplaner i praksis"] == {"Hovedmål A", "Hovedmål B"}
    assert goals["Eiere og vedlikehold av fredede hus"] == {"Hovedmål A"}
    assert goals["Evaluering av Planmidler til kommuner"] == {"Hovedmål B"}  # the row after the page break
    assert reports["Evaluering av Planmidler til kommuner"].attr("status") == "ongoing"


def test_a_scheme_the_report_names_as_one_is_no_measure_and_its_evaluation_evaluates_the_scheme() -> None:
    found = entities_of("rapport.txt", REPORT)
    assert not {e.label for e in found if e.type == "Measure"} & {"Eierstøtte", "Planmidler til kommuner"}
    evaluation = next(e for e in found if e.label == "Evaluering av Planmidler til kommuner")
    assert [(link.target_type, link.target_label) for link in evaluation.links if link.predicate == "evaluates"] == [
        ("GrantScheme", "Planmidler til kommuner")]
