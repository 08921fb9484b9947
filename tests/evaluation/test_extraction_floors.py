"""Extraction quality on the hand-annotated gold sets must not fall below these floors.

Floors only ever go up: raise them when the extraction improves. The goals 9-16 set was annotated
independently by someone who saw neither the extraction nor its output; its first run (measures recall 0.21,
reforms 0.42) drove the arena, instrument-list and government-plan rules, so it is a tuning set now.
"""

from __future__ import annotations

import pytest

from kg.entities import load_entities
from kg.evaluation.extraction import GOLD, Report, evaluate
from tests.graph.built import corpus_graph

GOLD_9_16 = GOLD.with_name("extraction_annual_report_goals9_16.jsonl")

FLOORS = {  # name: (precision, recall)
    "Goal": (1.0, 1.0),
    "SteeringParameter": (0.95, 0.95),
    "GrantScheme": (0.9, 0.9),
    "Report": (0.95, 0.95),
    "Evaluation": (0.95, 0.95),
    "Measure": (0.95, 0.95),
    "Reform": (0.85, 0.95),
    "Organisation": (0.85, 0.9),
    "evaluation→goal": (0.95, 0.95),
    "report→goal": (0.95, 0.95),
    "parameter→goal": (0.95, 0.95),
    "grant→goal": (0.9, 0.9),
    "evaluation→evaluates": (0.95, 0.95),
}


#: Goals 9-16 where they differ from the floors above (few evaluations; measures and reforms in these
#: sections are conferences, forums and unnamed government plans, harder to read than programmes).
FLOORS_9_16 = FLOORS | {
    "Measure": (0.9, 0.7),
    "Reform": (0.95, 0.55),
    "evaluation→evaluates": (0.5, 0.5),
}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(load_entities(corpus_graph()))


@pytest.fixture(scope="module")
def report_9_16() -> Report:
    return evaluate(load_entities(corpus_graph()), GOLD_9_16)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor(report: Report, name: str) -> None:
    score = report.score(name)
    precision, recall = FLOORS[name]
    assert score.precision >= precision and score.recall >= recall, report.table()


@pytest.mark.parametrize("name", sorted(FLOORS_9_16))
def test_floor_goals_9_16(report_9_16: Report, name: str) -> None:
    score = report_9_16.score(name)
    precision, recall = FLOORS_9_16[name]
    assert score.precision >= precision and score.recall >= recall, report_9_16.table()


@pytest.mark.parametrize("gold", ["goals 1-8", "goals 9-16"])
def test_attributes_of_matched_reports_and_grants(report: Report, report_9_16: Report, gold: str) -> None:
    for name, (ok, total) in (report if gold == "goals 1-8" else report_9_16).attributes.items():
        assert total and ok / total >= 0.7, (name, ok, total)
