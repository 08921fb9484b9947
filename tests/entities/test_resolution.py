"""Entity resolution across mentions and documents, stable IRIs and span provenance."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kg.entities import Entity, load_entities
from kg.graph.stage import build_graph
from tests.graph.built import CORPUS, corpus_graph


@pytest.fixture(scope="module")
def entities() -> list[Entity]:
    return load_entities(corpus_graph())


def by_label(entities: list[Entity], type_: str, label: str) -> Entity:
    return next(e for e in entities if e.type == type_ and (e.label == label or label in e.alt_labels))


def test_every_source_is_the_exact_original_span(entities: list[Entity]) -> None:
    texts = {json.loads(line)["name"]: json.loads(line)["text"]
             for line in (corpus_graph() / "documents.jsonl").read_text().splitlines()}
    for e in entities:
        assert e.sources, e.iri
        for s in e.sources:
            assert s.end > s.start and texts[s.doc][s.start:s.end] == s.text, (e.label, s)
            assert s.rule and 0 < s.confidence <= 1


def test_agency_name_forms_resolve_to_one_organisation(entities: list[Entity]) -> None:
    bufetat = by_label(entities, "Organisation", "Bufetat")
    assert {"Bufetat", "Bufetats"} <= {bufetat.label, *bufetat.alt_labels}
    assert "Barne-, ungdoms- og familieetaten" in {bufetat.label, *bufetat.alt_labels}
    assert len({s.doc for s in bufetat.sources}) >= 3  # annual report and press releases


def test_reform_in_press_release_and_report_is_one_entity(entities: list[Entity]) -> None:
    reform = by_label(entities, "Reform", "Barnevernsreformen")
    docs = Counter(s.doc for s in reform.sources)
    assert "002_4caa32c780ec343b.txt" in docs and "003_94fa0a46c54e0df6.txt" in docs
    evaluators = {link.target_label for link in reform.links if link.predicate == "evaluates"}
    evaluation = next(e for e in entities if e.label in evaluators and e.type == "Evaluation"
                      and any(s.doc.startswith("002") for s in e.sources))
    publishers = {link.target_label for link in evaluation.links if link.predicate == "publisher"}
    assert {"Menon Economics", "NTNU Samfunnsforskning"} <= publishers


def test_grant_scheme_from_table_prose_budget_and_evaluation_title(entities: list[Entity]) -> None:
    grant = by_label(entities, "GrantScheme", "Tilskudd til inkludering av barn og unge")
    rules = {s.rule for s in grant.sources}
    assert {"grant.table-row", "grant.section-heading", "target.evaluated-in-title"} <= rules
    links = {(link.predicate, link.target_type) for link in grant.links}
    assert ("fundedThrough", "BudgetPost") in links and ("evaluates", "Evaluation") in links
    post = next(link for link in grant.links if link.predicate == "fundedThrough")
    budget = next(e for e in entities if e.iri == post.target)
    assert (budget.attr("code"), budget.attr("allocated_nok"), budget.attr("spent_nok")) == (
        "0846.61", 758_299_000, 204_068_414)


def test_report_listed_under_two_goals_is_one_entity(entities: list[Entity]) -> None:
    report = by_label(entities, "Report", "Flyttinger i regi av barnevernet")
    goals = sorted(link.target_label.rsplit(" ", 1)[-1] for link in report.links if link.predicate == "aboutGoal")
    assert goals == ["fosterhjem", "institusjon"]


def test_iris_are_stable_across_rebuilds(entities: list[Entity], tmp_path: Path) -> None:
    again = load_entities(build_graph(CORPUS, tmp_path).path)
    assert [e.iri for e in again] == [e.iri for e in entities]
    assert len({e.iri for e in entities}) == len(entities)
