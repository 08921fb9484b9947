"""The retrieval gate: a valid dev question set, correct metrics, and floors the full corpus must meet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.artefacts import Build
from kg.documents import read_document
from kg.evaluation.retrieval import GOLD, _metrics, evaluate, format_table, load_questions, relevant
from kg.passages.base import OffsetMap, Passage, Section
from kg.passages.pages import PageRef
from kg.search import Searcher

ROOT = Path(__file__).resolve().parents[2]
#: Floors only go up: raise them when the search improves, never lower them to make a change pass.
FLOORS = json.loads((ROOT / "tests" / "gold" / "retrieval_floors.json").read_text("utf-8"))
#: Hybrid, all questions, of the tuning and held-out sets (same rule).
SET_FLOORS = {"tuning": {"R@5": 0.85, "R@10": 0.875, "MRR@10": 0.64},
              "tuning2": {"R@5": 0.80, "R@10": 0.92, "MRR@10": 0.62},
              "tuning3": {"R@5": 0.80, "R@10": 0.90, "MRR@10": 0.64},
              "tuning4": {"R@5": 0.84, "R@10": 0.90, "MRR@10": 0.55},
              "heldout": {"R@5": 0.79, "R@10": 0.83, "MRR@10": 0.64},
              "heldout2": {"R@5": 0.80, "R@10": 0.87, "MRR@10": 0.70},
              "heldout3": {"R@5": 0.86, "R@10": 0.92, "MRR@10": 0.66}}


def test_dev_set_is_big_bilingual_paraphrased_and_its_spans_match_the_corpus() -> None:
    rows = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 40
    assert sum(r["lang"] == "en" for r in rows) * 4 >= len(rows)
    assert sum(r["paraphrased"] for r in rows) * 2 >= len(rows)
    assert len({r["id"] for r in rows}) == len(rows) and len(load_questions()) == len(rows)
    texts = {p.name: read_document(p).text for p in (ROOT / "corpus").iterdir()}
    for r in rows:
        for g in r["gold"]:
            assert texts[g["doc"]][g["start"]:g["end"]] == g["quote"], r["id"]


@pytest.mark.parametrize("name", list(SET_FLOORS))
def test_other_question_sets_are_separate_bilingual_and_their_spans_match(name: str) -> None:
    from kg.evaluation.gold import QUESTION_SETS

    path = QUESTION_SETS[name][0]
    questions = load_questions(path)
    assert len(questions) >= 20 and {q.lang for q in questions} == {"nb", "en"}
    others = {q.question for n, (p, _) in QUESTION_SETS.items() if n != name for q in load_questions(p)}
    assert not {q.question for q in questions} & others
    assert len({q.id for q in questions}) == len(questions)
    texts = {p.name: read_document(p).text for p in (ROOT / "corpus").iterdir()}
    for line in path.read_text("utf-8").splitlines():
        r = json.loads(line)
        for g in r["gold"]:
            assert texts[g["doc"]][g["start"]:g["end"]] == g["quote"], r["id"]


def _passage(doc: str, start: int, end: int) -> Passage:
    return Passage("p", "d", doc, "paragraph", Section(None, None, ()), PageRef(), start, end, "x",
                   OffsetMap(((0, start, end - start),)))


def test_a_passage_is_relevant_when_it_covers_half_a_gold_span() -> None:
    from kg.evaluation.retrieval import GoldSpan

    gold = (GoldSpan("a.txt", 100, 200),)
    assert relevant(_passage("a.txt", 0, 150), gold)
    assert not relevant(_passage("a.txt", 0, 149), gold)
    assert not relevant(_passage("b.txt", 0, 500), gold)


def test_metrics() -> None:
    assert _metrics([1, 3, 7, None]) == {"R@5": 0.5, "R@10": 0.75, "MRR@10": round((1 + 1 / 3 + 1 / 7) / 4, 3)}


@pytest.mark.slow
def test_full_corpus_retrieval_meets_the_floors(full_build: Build) -> None:
    result = evaluate(Searcher.load(full_build.path), load_questions())
    print(format_table(result))
    for method, by_lang in FLOORS.items():
        for lang, floors in by_lang.items():
            for metric, floor in floors.items():
                got = result["metrics"][method][lang][metric]
                assert got >= floor, f"{method}/{lang} {metric} = {got} < floor {floor}"


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SET_FLOORS))
def test_other_question_sets_meet_their_floors(full_build: Build, name: str) -> None:
    from kg.evaluation.gold import QUESTION_SETS

    result = evaluate(Searcher.load(full_build.path), load_questions(QUESTION_SETS[name][0]))
    print(format_table(result))
    for metric, floor in SET_FLOORS[name].items():
        got = result["metrics"]["hybrid"]["all"][metric]
        assert got >= floor, f"{name} hybrid {metric} = {got} < floor {floor}"


#: The questions naming years, organisations and kinds, over a build of both collection sets (hybrid, all).
FACET_FLOORS = {"R@5": 0.88, "R@10": 0.96, "MRR@10": 0.64}
COLLECTIONS = (ROOT / "tests" / "data" / "collection", ROOT / "tests" / "data" / "collection2")


def test_facet_questions_are_bilingual_name_a_filter_and_their_spans_match_the_collections() -> None:
    from kg.documents.facets import document_facets
    from kg.evaluation.gold import QUESTION_SETS
    from kg.search.filter_cues import OrganisationNames, read_filters

    path = QUESTION_SETS["facets"][0]
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 20 and {r["lang"] for r in rows} == {"nb", "en"} and len({r["id"] for r in rows}) == len(rows)
    docs = [read_document(p) for folder in COLLECTIONS for p in sorted(folder.glob("*.txt"))]
    texts = {d.name: d.text for d in docs}
    # Organisations by full name only here: their short names come from a build's Organisation entities.
    names = OrganisationNames.of([document_facets(d) for d in docs])
    for r in rows:
        for g in r["gold"]:
            assert texts[g["doc"]][g["start"]:g["end"]] == g["quote"], r["id"]
        assert read_filters(r["question"], names) or any(n in r["question"] for n in ("IMDi", "PROBA")), r["id"]


@pytest.mark.slow
def test_facet_questions_meet_their_floors(tmp_path: Path) -> None:
    import shutil

    from kg.evaluation.gold import QUESTION_SETS
    from kg.pipeline import build

    corpus = tmp_path / "collections"
    corpus.mkdir()
    for folder in COLLECTIONS:
        for p in folder.glob("*.txt"):
            shutil.copy(p, corpus / p.name)
    report, built = build(corpus, tmp_path / "var")
    assert built is not None and not report.failures, report.failures
    result = evaluate(Searcher.load(built.path), load_questions(QUESTION_SETS["facets"][0]))
    print(format_table(result))
    for metric, floor in FACET_FLOORS.items():
        got = result["metrics"]["hybrid"]["all"][metric]
        assert got >= floor, f"facets hybrid {metric} = {got} < floor {floor}"


def test_a_question_set_over_other_documents_is_skipped_not_scored_zero(two_years_build: Build) -> None:
    from kg.evaluation.gold import QUESTION_SETS
    from kg.evaluation.retrieval import retrieval_report

    table, result = retrieval_report(two_years_build.path, QUESTION_SETS["facets"][0])
    assert set(result) == {"skipped"} and table.startswith("skipped:") and "c1.txt" in table
