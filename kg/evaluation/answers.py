"""Typed-answer quality on ``tests/gold/answers.jsonl``: do the asked entities come back?

Users ask for measures, evaluations or grant schemes and expect those entities, not
paragraphs. Each gold question names the type it asks for and the entities (IRIs) a
knowledgeable reader expects among the answers. The question is searched twice: *as
asked* (the type read from its wording, what a user typing it gets) and *typed* (the
type given explicitly, as ``--type`` does). Per question:

- hit@k: at least one gold entity among the first k entity answers;
- recall@k: the share of its gold entities among the first k;
- MRR@10: 1/rank of the first gold entity (0 beyond 10).

Also reported: how often the type read from the wording is the gold type, and gold IRIs
the build does not have (the extraction changed: the gold needs a look, not the search).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.evaluation.gold import ANSWERS_GOLD, gold_records
from kg.search.questions import asked_type
from kg.search.searcher import Searcher

CUTOFFS = (1, 5)
DEPTH = 10
MODES = ("as asked", "typed")


@dataclass(frozen=True)
class AnswerQuestion:
    """One question for typed answers: its language, the type it asks for and the expected entities."""

    id: str
    lang: str
    type: str
    question: str
    gold: tuple[str, ...]


def load_answer_questions(path: Path = ANSWERS_GOLD) -> list[AnswerQuestion]:
    """The questions of a JSON Lines typed-answer gold file; a malformed line is named."""
    return gold_records(path, lambda r: AnswerQuestion(r["id"], r["lang"], r["type"], r["question"],
                                                       tuple(g["iri"] for g in r["gold"])),
                        "a typed-answer question")


def _scores(ranked: list[str], gold: tuple[str, ...]) -> dict[str, float]:
    first = next((i for i, iri in enumerate(ranked[:DEPTH], 1) if iri in gold), None)
    out: dict[str, float] = {}
    for k in CUTOFFS:
        found = len(set(ranked[:k]) & set(gold))
        out[f"hit@{k}"] = 1.0 if found else 0.0
        out[f"recall@{k}"] = found / len(gold)
    out["MRR@10"] = 1.0 / first if first else 0.0
    return out


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    keys = [f"{m}@{k}" for k in CUTOFFS for m in ("hit", "recall")] + ["MRR@10"]
    n = len(rows) or 1
    return {key: round(sum(r[key] for r in rows) / n, 3) for key in keys}


def evaluate_answers(searcher: Searcher, questions: list[AnswerQuestion]) -> dict[str, Any]:
    """Metrics per mode and language, each question's entity ranking, and gold IRIs the build lacks."""
    known = set(searcher.catalogue.by_iri)
    per_question: dict[str, dict[str, Any]] = {}
    for q in questions:
        row: dict[str, Any] = {"type_read": asked_type(q.question)}
        for mode in MODES:
            result = searcher.search(q.question, type=q.type if mode == "typed" else None, k=DEPTH)
            ranked = [e.iri for e in result.entities]
            row[mode] = _scores(ranked, q.gold) | {"ranked": ranked[:DEPTH]}
        per_question[q.id] = row
    langs = {"all": questions, **{lang: [q for q in questions if q.lang == lang] for lang in ("nb", "en")}}
    metrics = {mode: {lang: _mean([per_question[q.id][mode] for q in qs]) | {"n": len(qs)}
                      for lang, qs in langs.items()} for mode in MODES}
    type_read = sum(per_question[q.id]["type_read"] == q.type for q in questions) / (len(questions) or 1)
    missing = sorted({iri for q in questions for iri in q.gold if iri not in known})
    return {"metrics": metrics, "type_read": round(type_read, 3), "missing_gold": missing,
            "questions": per_question}


def format_answers(result: dict[str, Any]) -> str:
    """A Markdown table (one row per mode and language) and the two notes below it."""
    lines = ["| mode | language | n | hit@1 | hit@5 | recall@5 | MRR@10 |", "|---|---|---|---|---|---|---|"]
    for mode, by_lang in result["metrics"].items():
        for lang, m in by_lang.items():
            lines.append(f"| {mode} | {lang} | {m['n']} | {m['hit@1']:.3f} | {m['hit@5']:.3f} | "
                         f"{m['recall@5']:.3f} | {m['MRR@10']:.3f} |")
    lines.append("")
    lines.append(f"Type read from the wording = gold type: {result['type_read']:.3f}")
    if result["missing_gold"]:
        lines.append(f"Gold entities the build lacks ({len(result['missing_gold'])}): "
                     + ", ".join(result["missing_gold"]))
    return "\n".join(lines)


def answers_report(build_path: Path, gold: Path = ANSWERS_GOLD) -> tuple[str, dict[str, Any]]:
    """Evaluate the build's typed answers on the gold questions: (Markdown, full result)."""
    searcher = Searcher.load(build_path)
    result = evaluate_answers(searcher, load_answer_questions(gold))
    return format_answers(result), result
