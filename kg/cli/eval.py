"""``kg eval``: quality tables of the current build against the committed gold sets.

Each section is one function registered in ``SECTIONS``; a section prints a Markdown table (or
JSON with ``--json``). Extraction, then retrieval on each question set
(dev, tuning 1-3, held-out 1-2), then typed entity answers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.errors import QueryError


def extraction_section(build_path: Path, as_json: bool) -> tuple[str, Any]:
    """Entities and links against tests/gold/extraction_annual_report.jsonl."""
    from kg.entities import load_entities
    from kg.evaluation.extraction import evaluate

    report = evaluate(load_entities(build_path))
    return "Extraction", report.as_json() if as_json else report.table()


def retrieval_section(name: str) -> Callable[[Path, bool], tuple[str, Any]]:
    """R@5, R@10 and MRR@10 per method and language on one question set of ``QUESTION_SETS``."""

    def section(build_path: Path, as_json: bool) -> tuple[str, Any]:
        from kg.evaluation.retrieval import QUESTION_SETS, retrieval_report

        path, title = QUESTION_SETS[name]
        table, result = retrieval_report(build_path, path)
        return title, result if as_json else table

    return section


def answers_section(name: str) -> Callable[[Path, bool], tuple[str, Any]]:
    """Typed entity answers on one gold set of ``ANSWER_SETS``."""

    def section(build_path: Path, as_json: bool) -> tuple[str, Any]:
        from kg.evaluation.answers import ANSWER_SETS, answers_report

        path, title = ANSWER_SETS[name]
        table, result = answers_report(build_path, path)
        return title, result if as_json else table

    return section


RETRIEVAL_SETS = ("retrieval", "tuning", "tuning2", "tuning3", "tuning4", "heldout", "heldout2")
ANSWER_SETS = ("answers", "answers-heldout")
SECTIONS: dict[str, Callable[[Path, bool], tuple[str, Any]]] = {
    "extraction": extraction_section,
    **{name: retrieval_section(name) for name in RETRIEVAL_SETS},
    **{name: answers_section(name) for name in ANSWER_SETS},
}


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)


@fails_cleanly
def eval_command(
    only: Annotated[str | None, typer.Option("--only", help="Run one section: " + ", ".join(SECTIONS))] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object with every section.")] = False,
    data: DataOption = None,
) -> None:
    """Print precision, recall and F1 of the current build against the gold sets."""
    if only is not None and only not in SECTIONS:
        raise QueryError(f"unknown section {only!r}; choose one of {', '.join(SECTIONS)}")
    build_path = open_build(data_dir(data)).path
    results: dict[str, Any] = {}
    for name, section in SECTIONS.items():
        if only and name != only:
            continue
        title, body = section(build_path, as_json)
        if as_json:
            results[name] = body
        else:
            print(f"## {title}\n\n{body}\n")
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
