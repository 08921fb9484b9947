"""Retrieval quality on the dev questions (``tests/gold/questions.jsonl``): R@5, R@10, MRR@10.

Gold answers are character spans in a document's original text, so they
survive re-chunking: a ranked passage is relevant when it lies in the same
document and covers at least half of a gold span. R@k is the share of
questions with a relevant passage in the top k; MRR@10 averages 1/rank of the
first relevant passage (0 beyond 10). Reported per language and per method.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.evaluation.gold import GOLD, gold_records
from kg.passages.base import Passage
from kg.search.searcher import METHODS, Searcher

CUTOFFS = (5, 10)
COVER = 0.5


@dataclass(frozen=True)
class GoldSpan:
    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldQuestion:
    """One dev question: its language, whether it is paraphrased, and its gold spans."""

    id: str
    lang: str
    paraphrased: bool
    question: str
    gold: tuple[GoldSpan, ...]


def load_questions(path: Path = GOLD) -> list[GoldQuestion]:
    """The questions of a JSON Lines retrieval gold file; a malformed line is named."""
    return gold_records(path, _question, "a retrieval question")


def _question(r: dict[str, Any]) -> GoldQuestion:
    spans = tuple(GoldSpan(g["doc"], g["start"], g["end"]) for g in r["gold"])
    return GoldQuestion(r["id"], r["lang"], bool(r["paraphrased"]), r["question"], spans)


def relevant(p: Passage, gold: Iterable[GoldSpan]) -> bool:
    """Whether passage ``p`` covers at least half of one gold span."""
    for g in gold:
        if p.doc_name == g.doc:
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap >= COVER * (g.end - g.start):
                return True
    return False


def first_relevant(ranked: list[str], passages: dict[str, Passage], gold: tuple[GoldSpan, ...]) -> int | None:
    """1-based rank of the first relevant passage within the top 10, or ``None``."""
    for i, pid in enumerate(ranked[:10], start=1):
        if relevant(passages[pid], gold):
            return i
    return None


def _metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    out = {f"R@{k}": sum(1 for r in ranks if r is not None and r <= k) / n for k in CUTOFFS}
    out["MRR@10"] = sum(1.0 / r for r in ranks if r is not None) / n
    return {k: round(v, 3) for k, v in out.items()}


def evaluate(searcher: Searcher, questions: list[GoldQuestion]) -> dict[str, Any]:
    """Metrics per method and language (``all``, ``nb``, ``en``), and each question's first relevant rank.

    Each ranking is ordered as search orders it: passages of the documents the question names (a year, kind or
    organisation) first, BM25 without the words that named them.
    """
    ranks: dict[str, dict[str, int | None]] = {m: {} for m in METHODS}
    for q in questions:
        filters = searcher.filters(q.question)
        rankings = searcher.rankings(q.question, filters=filters)
        for m in METHODS:
            ranked = searcher.apply(rankings[m], filters)
            ranks[m][q.id] = first_relevant([pid for pid, _ in ranked], searcher.passages, q.gold)
    langs = {"all": questions, **{lang: [q for q in questions if q.lang == lang] for lang in ("nb", "en")}}
    table = {m: {lang: _metrics([ranks[m][q.id] for q in qs]) | {"n": len(qs)} for lang, qs in langs.items()}
             for m in METHODS}
    return {"metrics": table, "ranks": ranks}


def format_table(result: dict[str, Any]) -> str:
    """A Markdown table: one row per method and language."""
    lines = ["| method | language | n | R@5 | R@10 | MRR@10 |", "|---|---|---|---|---|---|"]
    for method, by_lang in result["metrics"].items():
        for lang, m in by_lang.items():
            lines.append(f"| {method} | {lang} | {m['n']} | {m['R@5']:.3f} | {m['R@10']:.3f} | {m['MRR@10']:.3f} |")
    return "\n".join(lines)


def retrieval_report(build_path: Path, gold: Path = GOLD) -> tuple[str, dict[str, Any]]:
    """Evaluate the build's search on the gold questions: (Markdown table, full result).

    A set whose documents are none of the build's (the facet questions over a build of ``corpus/``) is
    skipped with a sentence saying so, rather than scored zero.
    """
    from kg.artefacts import Build

    questions = load_questions(gold)
    wanted = sorted({g.doc for q in questions for g in q.gold})
    if not {d.name for d in Build(build_path).documents()} & set(wanted):
        reason = f"skipped: none of its documents ({', '.join(wanted)}) is in this build"
        return reason, {"skipped": reason}
    searcher = Searcher.load(build_path)
    result = evaluate(searcher, questions)
    return format_table(result), result
