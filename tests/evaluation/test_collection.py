"""Matching gold records of a collection to extracted entities."""

from __future__ import annotations

from kg.entities import Entity
from kg.entities.base import EntityLink, Source
from kg.evaluation.collection import greedy_match, in_role, match_key, one_per_name
from kg.evaluation.linking import alignment_scores, link_scores
from kg.passages.pages import PageRef


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


def test_an_organisation_is_scored_in_a_document_only_where_it_holds_a_role_there() -> None:
    def org(*rules: tuple[str, str]) -> Entity:
        sources = tuple(Source("p", doc, doc, 0, 1, PageRef(), None, None, (), rule, 0.9, "x") for doc, rule in rules)
        return Entity("urn:x:org", "Organisation", "Kystanalyse", (), sources, ())

    named = org(("r.txt", "org.prose-name"), ("l.txt", "document.issuer"))
    assert not in_role(named, "r.txt") and in_role(named, "l.txt")
    assert in_role(org(("r.txt", "org.citation")), "r.txt")  # a cited report's publisher


def test_only_pairs_annotated_as_the_same_thing_are_alignments_to_find() -> None:
    class Gold:
        def __init__(self, doc: str, records: list[dict[str, str]]) -> None:
            self.doc, self.records = doc, records

    golds = [Gold("l.txt", [{"type": "Measure", "id": "M1"}]),
             Gold("r.txt", [{"type": "Measure", "id": "M1"}, {"type": "Evaluation", "id": "E1"}])]
    pairs = [{"a": {"doc": "l.txt", "id": "M1"}, "b": {"doc": "r.txt", "id": "M1"}, "relation": "same"},
             {"a": {"doc": "l.txt", "id": "M1"}, "b": {"doc": "r.txt", "id": "E1"}, "relation": "evaluates"}]
    measure = Entity("urn:x:m", "Measure", "Fjordveien", (), ())
    matches = {("l.txt", "M1"): measure, ("r.txt", "M1"): measure}
    other = next(s for s in alignment_scores(golds, pairs, matches, [measure]) if s.name == "alignment: other types")
    assert (other.gold, other.correct) == (1, 1)


def test_a_documents_own_evaluation_without_a_goal_field_is_not_scored_on_goals() -> None:
    class Gold:
        def __init__(self, doc: str, records: list[dict[str, object]]) -> None:
            self.doc, self.records = doc, records

    source = Source("p", "e.txt", "e.txt", 0, 1, PageRef(), None, None, (), "goal.stated", 0.9, "x")
    goal = Entity("urn:x:g", "Goal", "Mål 1", (), (source,), ())
    measure = Entity("urn:x:m", "Measure", "Fjordveien", (), (), (EntityLink("addresses", goal.iri, "out", "Goal",
                                                                             goal.label),))
    evaluation = Entity("urn:x:e", "Evaluation", "Evaluering av Fjordveien", (), (),
                        (EntityLink("evaluates", measure.iri, "out", "Measure", measure.label),))
    matches = {("e.txt", "self"): evaluation}
    unannotated = [Gold("e.txt", [{"type": "Evaluation", "self": True, "evaluates": "Fjordveien"}])]
    names = {s.name for s in link_scores(unannotated, matches, [goal, measure, evaluation])}
    assert "evaluation→goal" not in names and "evaluation→evaluated thing" in names
    annotated = [Gold("e.txt", [{"type": "Evaluation", "self": True, "goals": ["G1"]}, {"type": "Goal", "id": "G1"}])]
    scores = link_scores(annotated, {**matches, ("e.txt", "G1"): goal}, [goal, measure, evaluation])
    reached = next(s for s in scores if s.name == "evaluation→goal")
    assert (reached.gold, reached.predicted, reached.correct) == (1, 1, 1)


def test_a_goal_printed_with_its_levels_initials_matches_gold_that_gives_its_number_alone() -> None:
    def goal(title: str, notation: str) -> Entity:
        source = Source("p", "r.txt", "r.txt", 0, 1, PageRef(), None, None, (), "goal.stated", 0.9, "x")
        return Entity(f"urn:x:{notation}", "Goal", f"Virksomhetsmål {notation}: {title}", (), (source,), (),
                      (("title", title), ("notation", notation), ("number", notation[-1])))

    score = match_key("Goal")
    printed = goal("Søkerne får svar i tide", "VM1")
    assert score({"number": "1", "label": "Søkerne får svar i tide"}, printed) >= 0.5
    assert score({"number": "1", "label": "Færre ulovlige våpen er i omløp"}, printed) < 0.5
    assert score({"number": "2", "label": "Søkerne får svar i tide"}, printed) == 0.0
