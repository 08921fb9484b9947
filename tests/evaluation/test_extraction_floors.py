"""Extraction quality on the hand-annotated gold set must not fall below these floors.

Floors only ever go up: raise them when the extraction improves.
"""

from __future__ import annotations

import pytest

from kg.entities import load_entities
from kg.evaluation.extraction import Report, evaluate
from tests.graph.built import corpus_graph

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


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(load_entities(corpus_graph()))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor(report: Report, name: str) -> None:
    score = report.score(name)
    precision, recall = FLOORS[name]
    assert score.precision >= precision and score.recall >= recall, report.table()


def test_attributes_of_matched_reports_and_grants(report: Report) -> None:
    for name, (ok, total) in report.attributes.items():
        assert total and ok / total >= 0.7, (name, ok, total)
