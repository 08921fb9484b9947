"""``kg eval``: quality tables of the current build against the committed gold sets.

Each section is one function registered in ``SECTIONS``; a section prints a Markdown table (or
JSON with ``--json``). Extraction on each gold set (goals 1-8, goals 9-16), then retrieval on each
question set (dev, tuning 1-4, held-out 1-3), then typed entity answers on each answer set.
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
from kg.evaluation.gold import ANSWER_SETS, COLLECTION_SETS, EXTRACTION_SETS, QUESTION_SETS


def extraction_section(name: str) -> Callable[[Path, bool], tuple[str, Any]]:
    """Entities and links against one of ``EXTRACTION_SETS``."""

    def section(build_path: Path, as_json: bool) -> tuple[str, Any]:
        from kg.entities import load_entities
        from kg.evaluation.extraction import evaluate

        path, title = EXTRACTION_SETS[name]
        report = evaluate(load_entities(build_path), path)
        return title, report.as_json() if as_json else report.table()

    return section


def gold_set_section(name: str) -> Callable[[Path, bool], tuple[str, Any]]:
    """Retrieval (R@5, R@10, MRR@10) on a set of ``QUESTION_SETS`` or typed answers on one of ``ANSWER_SETS``."""

    def section(build_path: Path, as_json: bool) -> tuple[str, Any]:
        if name in ANSWER_SETS:
            from kg.evaluation.answers import answers_report as report
            path, title = ANSWER_SETS[name]
        else:
            from kg.evaluation.retrieval import retrieval_report as report
            path, title = QUESTION_SETS[name]
        table, result = report(build_path, path)
        return title, result if as_json else table

    return section


def collection_section(name: str) -> Callable[[Path, bool], tuple[str, Any]]:
    """Documents of several kinds read and scored per kind, type, link and alignment (no build needed)."""

    def section(build_path: Path, as_json: bool) -> tuple[str, Any]:
        from kg.evaluation.collection import collection_report

        title, report = collection_report(name)
        return title, report.as_json() if as_json else report.table()

    return section


SECTIONS: dict[str, Callable[[Path, bool], tuple[str, Any]]] = {
    **{name: extraction_section(name) for name in EXTRACTION_SETS},
    **{name: collection_section(name) for name in COLLECTION_SETS},
    **{name: gold_set_section(name) for name in (*QUESTION_SETS, *ANSWER_SETS)},
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
    results: dict[str, Any] = {}
    build_path: Path | None = None
    for name, section in SECTIONS.items():
        if only and name != only:
            continue
        if build_path is None and name not in COLLECTION_SETS:  # collection sets read their own documents
            build_path = open_build(data_dir(data)).path
        title, body = section(build_path or Path("."), as_json)
        if as_json:
            results[name] = body
        else:
            print(f"## {title}\n\n{body}\n")
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
