"""The Searcher facade and ``kg search`` on a tiny real build: contract, ranking, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.artefacts import Build
from kg.cli import app
from kg.entities import load_entities
from kg.errors import EmptyQueryError, QueryError, QueryTooLongError
from kg.evaluation.retrieval import load_questions
from kg.search import Searcher
from tests.search.ways import three_ways


@pytest.fixture(scope="module")
def searcher(tiny_build: Build) -> Searcher:
    return Searcher.load(tiny_build.path)


def test_result_follows_the_contract(searcher: Searcher) -> None:
    out = searcher.search("Hvilke tiltak skal motvirke mangelen på fosterhjem?", k=3).as_json()
    assert set(out) == {"query", "type", "passages", "entities"} and out["type"] == "Measure"
    assert 1 <= len(out["passages"]) <= 3
    for p in out["passages"]:
        assert set(p) == {"id", "doc", "page", "page_range", "page_estimate", "section", "start", "end", "text",
                          "score"}
    scores = [p["score"] for p in out["passages"]]
    assert scores == sorted(scores, reverse=True)
    assert "fosterhjem" in out["passages"][0]["text"].lower()


def test_english_question_finds_the_norwegian_passage(searcher: Searcher) -> None:
    top = searcher.search("Who evaluates the child welfare reform?", k=1).passages[0]
    assert "følgeevaluering" in top.text


def test_passage_spans_point_into_the_original_text(searcher: Searcher, tiny_build: Build) -> None:
    docs = {d.name: d for d in tiny_build.documents()}
    for p in searcher.search("krisesenter for voldsutsatte", k=5).passages:
        assert docs[p.doc].text[p.start:p.end].split() == p.text.split()


def test_bad_questions_raise_query_errors(searcher: Searcher) -> None:
    with pytest.raises(EmptyQueryError):
        searcher.search("   ")
    with pytest.raises(EmptyQueryError):
        searcher.search("?!")
    with pytest.raises(QueryTooLongError, match="at most"):
        searcher.search("fosterhjem " * 200)
    with pytest.raises(QueryError, match="unknown type"):
        searcher.search("fosterhjem", type="Banana")


def test_cli_answers_one_json_line_per_question_in_order(tiny_data: Path, tmp_path: Path) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("Hvem evaluerer reformen?\n\nWhich grants support leisure activities?\n", "utf-8")
    result = CliRunner().invoke(app, ["search", "--queries", str(questions), "--json", "--k", "2",
                                      "--data", str(tiny_data)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["query"] for r in lines] == ["Hvem evaluerer reformen?", "", "Which grants support leisure activities?"]
    assert "error" in lines[1] and lines[2]["type"] == "GrantScheme" and len(lines[2]["passages"]) == 2


def test_cli_single_question_and_empty_question(tiny_data: Path) -> None:
    ok = CliRunner().invoke(app, ["search", "tilskudd til fritidsaktiviteter", "--json", "--data", str(tiny_data)])
    assert ok.exit_code == 0 and json.loads(ok.stdout.splitlines()[-1])["passages"]
    bad = CliRunner().invoke(app, ["search", "  ", "--data", str(tiny_data)])
    assert bad.exit_code == 1 and "empty" in bad.output


def test_questions_batched_and_cached_get_the_answers_they_get_one_at_a_time(tiny_build: Build) -> None:
    questions = [q.question for q in load_questions()]
    ways = three_ways(tiny_build, questions)
    assert ways.batches <= 2 + 2  # the warm-up's two, then the questions together
    assert ways.batched == ways.alone
    assert ways.cached == ways.alone and ways.cache_hits == len(questions)


def test_a_repeated_question_gets_the_answer_kept_for_it(tiny_build: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_RESULT_CACHE", "2")
    keeping = Searcher.load(tiny_build.path)
    question = "Hvem evaluerer reformen?"
    first = keeping.search(question, k=3)
    assert keeping.search(f"  {question.replace(' ', '   ')} ", k=3) is first
    assert keeping.search(question, k=2) is not first and keeping.search(question, type="report", k=3) is not first
    again = keeping.search(question, k=3)  # the two answers since pushed it out
    assert again is not first and again == first
    fresh = Searcher(keeping.index, keeping.passages, load_entities(tiny_build.path)).search(question, k=3)
    assert fresh == first
    with pytest.raises(EmptyQueryError):
        keeping.search("   ")
