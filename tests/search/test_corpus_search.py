"""End to end on the whole corpus: the issue's foster-home and reform questions answer with cited entities."""

from __future__ import annotations

import pytest

from kg.artefacts import Build
from kg.evaluation.gold import QUESTION_SETS
from kg.evaluation.retrieval import load_questions
from kg.search import Searcher
from tests.search.ways import three_ways

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def searcher(full_build: Build) -> Searcher:
    return Searcher.load(full_build.path)


@pytest.mark.parametrize("question", ["Hvilke tiltak skal motvirke mangelen på fosterhjem?",
                                      "Which measures address foster-home shortage?"])
def test_foster_home_questions_return_measures_against_the_shortage_cited_into_foster_home_sections(
        searcher: Searcher, question: str) -> None:
    result = searcher.search(question, k=5)
    assert result.type == "Measure"
    measures = [e for e in result.entities if e.type == "Measure"]
    labels = " | ".join(e.label.lower() for e in measures)
    assert "kampanj" in labels and "database" in labels, labels
    in_foster_sections = [e for e in measures
                          if any("fosterhjem" in t.lower() for t in e.sources[0].section["path"])]
    assert len(in_foster_sections) >= 4, [(e.label, e.sources[0].section) for e in measures]
    top = result.passages[0]
    assert any("fosterhjem" in (t or "").lower() for t in top.section["path"] + [top.text])


def test_who_evaluates_the_reform_names_the_evaluators(searcher: Searcher) -> None:
    result = searcher.search("hvem evaluerer barnevernsreformen?", k=5)
    labels = [e.label for e in result.entities]
    assert result.type == "Organisation" and "Menon Economics" in labels[:3], labels
    source = next(e for e in result.entities if e.label == "Menon Economics").sources[0]
    assert "<mark>" in source.snippet and "følgeevaluering" in source.snippet.lower()


def test_goal_named_by_number_brings_its_steering_parameters(searcher: Searcher) -> None:
    result = searcher.search("Hvilke styringsparametere har mål 8?", k=5)
    assert result.type == "SteeringParameter" and len(result.entities) == 5
    goal8 = [e for e in result.entities if any((s.section.get("number") or "").startswith(("3.3.4", "3.3.5"))
                                               for s in e.sources)]
    assert len(goal8) >= 4, [(e.label, [s.section.get("number") for s in e.sources]) for e in result.entities]


def test_every_gold_question_batched_and_cached_gets_the_answer_it_gets_alone(full_build: Build) -> None:
    questions = list(dict.fromkeys(q.question for path, _ in QUESTION_SETS.values() for q in load_questions(path)))
    ways = three_ways(full_build, questions)
    assert ways.batches <= 2 + 2 and ways.cache_hits == len(questions)
    assert ways.batched == ways.alone
    assert ways.cached == ways.alone
