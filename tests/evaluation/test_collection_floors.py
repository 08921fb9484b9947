"""Extraction over documents of several kinds and house styles must not fall below these floors.

The tuning collection (an annual report in chapter style, the allocation letter to that agency, another
directorate's report, an evaluation report's first pages) was annotated from the text by an annotator who had
not seen the output; the rules were developed against it, so these are development figures. Floors only ever
go up. The held-out collection is measured by ``kg eval --only collection-heldout`` and never tuned on.
"""

from __future__ import annotations

import pytest

from kg.evaluation.collection import CollectionReport, collection_report

FLOORS = {  # type or link: (precision, recall)
    "Goal": (1.0, 1.0),
    "SteeringParameter": (1.0, 1.0),
    "GrantScheme": (0.9, 0.9),
    "BudgetPost": (1.0, 1.0),
    "Assignment": (1.0, 1.0),
    "Report": (0.9, 0.9),
    "Measure": (0.65, 0.55),
    "Organisation": (0.6, 0.8),
    "goal→broader goal": (1.0, 1.0),
    "parameter→goal": (1.0, 1.0),
    "assignment→goal": (1.0, 1.0),
    "evaluation→evaluated thing": (0.9, 0.8),
    "evaluation→goal": (0.8, 0.5),
    "alignment: Goal": (1.0, 1.0),
    "alignment: other types": (1.0, 0.85),
}


#: The second tuning collection (letters with goals and assignments in tables or lettered lists, a report with
#: Samfunnsmål/Effektmål, another colophon): its first, unseen run had all entities P/R 0.77/0.43.
FLOORS_2 = FLOORS | {
    "Goal": (1.0, 0.9),
    "GrantScheme": (0.9, 0.95),
    "Report": (1.0, 1.0),
    "Measure": (0.65, 0.4),
    "Organisation": (0.5, 0.75),
    "evaluation→evaluated thing": (0.75, 0.65),
    "evaluation→goal": (1.0, 0.5),
    "grant→goal": (1.0, 0.65),
    # the report's assignment table names no goals and its annotator placed none; since 2026-12-06 a report's
    # assignments go under the goal whose words they share, as a letter's do (rule '*.goal-by-subject'), which
    # places two of them: recall on six other sets rose (0.14 -> 1.00 on set 19, 0 -> 0.44 on set 37)
    "assignment→goal": (0.85, 1.0),
    "alignment: other types": (1.0, 0.75),
}


#: The third tuning collection (a letter with 'Nr. | Styringsparameter' tables and a grouped 'Nr. | Oppdrag | Frist'
#: table, a report with E1.1 … B.2 parameter tables and a goal-grouped report list, another agency's report with
#: 'Mål N:' sentences, S1 … S6 blocks and Roman chapters, an evaluation report with a series line): its first,
#: unseen run had all entities P/R 0.85/0.50, steering parameters 0/23, assignments 0/10.
FLOORS_3 = FLOORS | {
    "Measure": (0.95, 0.7),
    "Organisation": (0.8, 0.85),
    "report→goal": (0.95, 0.95),
    "measure→goal": (0.95, 0.65),
    # an evaluation report's own record has no goals field, so the goal its evaluated scheme serves counts as wrong
    "evaluation→goal": (0.8, 0.95),
    "grant→goal": (0.95, 0.95),
    "evaluation→evaluated thing": (0.95, 0.95),
    "alignment: other types": (1.0, 0.9),
}


#: The fourth tuning collection (three allocation letters from three ministries: 'DEL I–V' parts with Hovedmål/
#: Delmål headings, 'Styringsparameter 1.1.1' lines with 'Resultatmål 2021:' and assignments asked in prose; upper-case
#: chapters with lettered goals, bullets under 'Til mål x)' and coded 'TD-2023-n' items; lettered parts with
#: 'MÅL N' rows and S1 … S7 in a table with an 'Ambisjon' column and an 'Nr. | Oppdrag | Mål | Frist' table): its
#: first, unseen run had all entities P/R 0.94/0.30, goals 4/14, steering parameters 0/22, assignments 0/20.
FLOORS_4 = {
    "Goal": (1.0, 1.0),
    "SteeringParameter": (1.0, 1.0),
    "BudgetPost": (1.0, 1.0),
    "Assignment": (1.0, 1.0),
    "GrantScheme": (0.95, 0.45),
    "Report": (0.95, 0.95),
    "Organisation": (0.85, 0.95),
    "evaluation→evaluated thing": (1.0, 1.0),
    "goal→broader goal": (1.0, 1.0),
    "parameter→goal": (1.0, 1.0),
    "assignment→goal": (1.0, 1.0),
}


#: The fifth tuning collection (a letter whose goals, parameters, coded assignments and budget are tables torn one
#: cell per line across page breaks with running footers and headers, another ministry's letter with 'Mål N'
#: headings, 'Vi vil vurdere måloppnåelsen ut fra:' lists and '(jf. mål N)' assignments, the agency's report
#: restating the first letter's goals renumbered under short 'Hovedmål N' headings, an evaluation's first pages):
#: its first, unseen run had all entities P/R 0.75/0.45, steering parameters 0/23, goal alignment 0/6.
FLOORS_5 = {
    "Goal": (1.0, 1.0),
    "SteeringParameter": (1.0, 1.0),
    "GrantScheme": (0.95, 0.95),
    "BudgetPost": (1.0, 1.0),
    # the evaluation cites the assignment that ordered it by its code, '(oppdrag TB-2)'; the gold of this set leaves
    # such a citation out, those of sets 56, 67 and 69 record it as an assignment of the evaluation
    "Assignment": (0.93, 1.0),
    "Report": (0.95, 0.85),
    "Measure": (0.8, 0.7),
    "Organisation": (0.65, 0.9),
    "parameter→goal": (1.0, 1.0),
    "assignment→goal": (1.0, 1.0),
    "grant→goal": (1.0, 1.0),
    # the evaluation report's own record has no goals field, so the goal its evaluated scheme serves counts as wrong
    "evaluation→goal": (0.65, 0.95),
    "evaluation→evaluated thing": (0.95, 0.95),
    "alignment: Goal": (1.0, 1.0),
    "alignment: other types": (0.9, 0.9),
}


@pytest.fixture(scope="module")
def report() -> CollectionReport:
    return collection_report("collection")[1]


@pytest.fixture(scope="module")
def report2() -> CollectionReport:
    return collection_report("collection2")[1]


@pytest.fixture(scope="module")
def report3() -> CollectionReport:
    return collection_report("collection3")[1]


@pytest.fixture(scope="module")
def report4() -> CollectionReport:
    return collection_report("collection4")[1]


@pytest.fixture(scope="module")
def report5() -> CollectionReport:
    return collection_report("collection5")[1]


def test_fifth_set_floors(report5: CollectionReport) -> None:
    assert {k: ok for k, (ok, n) in report5.metadata.items() if ok < n} == {}
    scores = {s.name: s for s in [*report5.per_type(), *report5.links, *report5.alignment]}
    low = {name: (round(scores[name].precision, 2), round(scores[name].recall, 2)) for name, (p, r) in
           FLOORS_5.items() if scores[name].precision < p - 1e-9 or scores[name].recall < r - 1e-9}
    assert low == {}, f"below the floors: {low}"
    assert report5.total(("Goal", "SteeringParameter", "GrantScheme", "Report")).f1 >= 0.97
    everything = report5.total()
    assert everything.precision >= 0.9 and everything.recall >= 0.9


def test_fourth_set_floors(report4: CollectionReport) -> None:
    assert {k: ok for k, (ok, n) in report4.metadata.items() if ok < n} == {}
    scores = {s.name: s for s in [*report4.per_type(), *report4.links, *report4.alignment]}
    low = {name: (round(scores[name].precision, 2), round(scores[name].recall, 2)) for name, (p, r) in
           FLOORS_4.items() if scores[name].precision < p - 1e-9 or scores[name].recall < r - 1e-9}
    assert low == {}, f"below the floors: {low}"
    everything = report4.total()
    assert everything.precision >= 0.95 and everything.recall >= 0.9


def test_third_set_floors(report3: CollectionReport) -> None:
    assert {k: ok for k, (ok, n) in report3.metadata.items() if ok < n} == {}
    scores = {s.name: s for s in [*report3.per_type(), *report3.links, *report3.alignment]}
    low = {name: (round(scores[name].precision, 2), round(scores[name].recall, 2)) for name, (p, r) in
           FLOORS_3.items() if scores[name].precision < p - 1e-9 or scores[name].recall < r - 1e-9}
    assert low == {}, f"below the floors: {low}"
    assert report3.total(("Goal", "SteeringParameter", "GrantScheme", "Report")).f1 >= 0.97


def test_second_set_floors(report2: CollectionReport) -> None:
    assert {k: ok for k, (ok, n) in report2.metadata.items() if ok < n} == {}
    scores = {s.name: s for s in [*report2.per_type(), *report2.links, *report2.alignment]}
    low = {name: (round(scores[name].precision, 2), round(scores[name].recall, 2)) for name, (p, r) in
           FLOORS_2.items() if scores[name].precision < p - 1e-9 or scores[name].recall < r - 1e-9}
    assert low == {}, f"below the floors: {low}"


def test_document_fields_are_all_read(report: CollectionReport) -> None:
    assert {k: ok for k, (ok, n) in report.metadata.items() if ok < n} == {}


@pytest.mark.parametrize("name", FLOORS)
def test_floor(report: CollectionReport, name: str) -> None:
    scores = {s.name: s for s in [*report.per_type(), *report.links, *report.alignment]}
    s, (p, r) = scores[name], FLOORS[name]
    assert s.precision >= p - 1e-9 and s.recall >= r - 1e-9, (
        f"{name}: P/R {s.precision:.2f}/{s.recall:.2f} below the floor {p}/{r}")


def test_goals_parameters_grants_and_reports_together(report: CollectionReport) -> None:
    assert report.total(("Goal", "SteeringParameter", "GrantScheme", "Report")).f1 >= 0.92
