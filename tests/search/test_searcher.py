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
from kg.search.filters import requested_filters
from tests.search.ways import three_ways


@pytest.fixture(scope="module")
def searcher(tiny_build: Build) -> Searcher:
    return Searcher.load(tiny_build.path)


def test_result_follows_the_contract(searcher: Searcher) -> None:
    out = searcher.search("Hvilke tiltak skal motvirke mangelen på fosterhjem?", k=3).as_json()
    assert set(out) == {"query", "type", "filters", "passages", "entities"} and out["type"] == "Measure"
    assert 1 <= len(out["passages"]) <= 3
    for p in out["passages"]:
        assert set(p) == {"id", "doc", "page", "page_range", "page_estimate", "section", "start", "end", "text",
                          "score", "document"}
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
    fresh = Searcher(keeping.index, keeping.passages, load_entities(tiny_build.path),
                     facets=keeping.facets).search(question, k=3)
    assert fresh == first
    with pytest.raises(EmptyQueryError):
        keeping.search("   ")


@pytest.fixture(scope="module")
def two_years(two_years_build: Build) -> Searcher:
    return Searcher.load(two_years_build.path)


@pytest.mark.parametrize("year", [2022, 2023])
def test_a_question_naming_a_year_ranks_that_years_report_first(two_years: Searcher, year: int) -> None:
    out = two_years.search(f"Hvor mange tilsyn med fjellstuer gjennomførte direktoratet i {year}?", k=5).as_json()
    assert out["passages"][0]["document"]["year"] == year
    assert {"name": "year", "value": year, "source": "question", "mode": "prefer", "text": f"i {year}"} in out["filters"]
    assert {p["document"]["year"] for p in out["passages"]} > {year}  # the other documents are ranked, not hidden


def test_every_hit_and_answer_says_which_documents_it_comes_from(two_years: Searcher) -> None:
    out = two_years.search("Hvilke styringsparametere gjelder tilsyn med fjellstuer?", k=5).as_json()
    for p in out["passages"]:
        d = p["document"]
        assert d["doc"] == p["doc"] and d["kind"] in {"årsrapport", "tildelingsbrev"} and d["year"] in {2022, 2023, 2024}
        assert d["organisation"] and d["title"]
    assert out["entities"]
    for e in out["entities"]:
        assert {d["doc"] for d in e["documents"]} >= {s["doc"] for s in e["sources"]}


def test_an_explicit_filter_hides_other_documents(two_years: Searcher) -> None:
    question = "Hvor mange tilsyn med fjellstuer ble gjennomført?"
    only_2023 = two_years.search(question, k=10, filters=requested_filters(year="2023")).as_json()
    assert only_2023["passages"] and {p["document"]["year"] for p in only_2023["passages"]} == {2023}
    assert all(d["year"] == 2023 for e in only_2023["entities"] for d in e["documents"])
    letters = two_years.search(question, filters=requested_filters(kind="allocation letter")).as_json()
    assert {p["document"]["kind"] for p in letters["passages"]} == {"tildelingsbrev"}
    ministry = two_years.search(question, filters=requested_filters(organisation="friluftsdepartementet")).as_json()
    assert {p["doc"] for p in ministry["passages"]} == {"tildelingsbrev_2024.txt"}
    agency = two_years.search(question, filters=requested_filters(organisation="FJELLDIR")).as_json()
    assert {p["doc"] for p in agency["passages"]} == {  # issuer of the reports, addressee of the letter
        "arsrapport_2022.txt", "arsrapport_2023.txt", "tildelingsbrev_2024.txt"}
    nothing = two_years.search(question, filters=requested_filters(year_from="2030")).as_json()
    assert nothing["passages"] == [] and nothing["entities"] == []


def test_a_year_no_document_has_still_returns_results(two_years: Searcher) -> None:
    out = two_years.search("Hvor mange tilsyn med fjellstuer ble gjennomført i 2031?", k=5).as_json()
    assert len(out["passages"]) >= 3
    assert [f["value"] for f in out["filters"] if f["name"] == "year"] == [2031]


def test_a_kind_or_organisation_named_in_the_question_is_preferred(two_years: Searcher) -> None:
    out = two_years.search("Hvor mange tilsyn krever tildelingsbrevet?", k=5).as_json()
    assert out["passages"][0]["doc"] == "tildelingsbrev_2024.txt"
    ministry = two_years.search("Hva ber Friluftsdepartementet om?", k=5).as_json()
    assert ministry["passages"][0]["doc"] == "tildelingsbrev_2024.txt"
    assert {"name": "organisation", "value": "Friluftsdepartementet", "source": "question", "mode": "prefer",
            "text": "Friluftsdepartementet"} in ministry["filters"]
    agency = two_years.search("Hvor mange årsverk hadde Fjelldir?", k=5).as_json()
    assert [f["value"] for f in agency["filters"]] == ["Fjellforvaltningsdirektoratet"]


def test_ignore_switches_a_read_filter_off_and_a_request_overrides_it(two_years: Searcher) -> None:
    question = "Hvor mange tilsyn med fjellstuer gjennomførte direktoratet i 2022?"
    assert [f.as_json()["name"] for f in two_years.filters(question, ignore=frozenset({"year"})).filters] == []
    given = two_years.filters(question, requested_filters(year="2023")).as_json()
    assert [(f["value"], f["source"], f["mode"]) for f in given] == [(2023, "request", "filter")]


def test_kept_answers_are_kept_per_filter(two_years_build: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_RESULT_CACHE", "8")
    keeping = Searcher.load(two_years_build.path)
    question = "Hvor mange tilsyn med fjellstuer ble gjennomført?"
    plain = keeping.search(question, k=5)
    filtered = keeping.search(question, k=5, filters=requested_filters(year="2022"))
    assert filtered is not plain and {p.document.year for p in filtered.passages if p.document} == {2022}
    assert keeping.search(question, k=5, filters=requested_filters(year="2022")) is filtered
    named = "Hvor mange tilsyn med fjellstuer ble gjennomført i 2022?"
    assert keeping.search(named, k=5, ignore=frozenset({"year"})) is not keeping.search(named, k=5)
