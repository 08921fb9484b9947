"""Matching gold records of a collection to extracted entities."""

from __future__ import annotations

from kg.entities import Entity
from kg.evaluation.collection import greedy_match, match_key, one_per_name


def _parameter(label: str, code: str) -> Entity:
    return Entity(f"urn:x:{label}", "SteeringParameter", label, (), (), (), (("code", code),))


def test_equal_codes_repeated_under_each_goal_are_told_apart_by_their_labels() -> None:
    gold = [{"code": "a", "label": "Andel fyr som er inspisert"}, {"code": "a", "label": "Antall havner med mottak"}]
    predicted = [_parameter("Antall havner med mottak", "a"), _parameter("Andel fyr som er inspisert", "a")]
    found = greedy_match(gold, predicted, match_key("SteeringParameter"))
    assert {i: e.label for i, e in found.items()} == {0: "Andel fyr som er inspisert", 1: "Antall havner med mottak"}


def test_an_organisation_annotated_once_per_role_is_one_organisation_to_find() -> None:
    records = [{"type": "Organisation", "label": "Direktoratet for havner", "role": "issuer"},
               {"type": "Organisation", "label": "Direktoratet  for havner", "role": "publisher"},
               {"type": "Organisation", "label": "Kystanalyse", "role": "publisher"}]
    assert [r["role"] for r in one_per_name(records)] == ["issuer", "publisher"]
