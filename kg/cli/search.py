"""``kg search``: a question (or a file of questions) in, ranked passages and typed entity answers out."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.documents.facets import facets_by_doc
from kg.errors import KGError, QueryError
from kg.passages.pages import page_label
from kg.search import Searcher, SearchResult
from kg.search.filters import checked_ignore, requested_filters
from kg.search.searcher import validate_question


def register(app: typer.Typer) -> None:
    app.command("search")(search_command)


def _print(result: SearchResult, as_json: bool, titles: Mapping[str, str] | None = None) -> None:
    title = (titles or {}).get
    if as_json:
        print(json.dumps(result.as_json(), ensure_ascii=False), flush=True)
        return
    print(f"{result.query}  [type: {result.type or 'any'}]")
    for f in result.filters or []:
        print(f"  filter {f['name']}={f['value']} ({f['mode']}, from the {f['source']}: {f['text']!r})")
    for e in result.entities:
        print(f"  {e.score:.3f} {e.type} {e.label}")
        for s in e.sources[:2]:
            page = page_label(s.page)
            where = f"{title(s.doc, s.doc)} {page} §{s.section.get('number') or '-'} [{s.start}:{s.end}]"
            print(f"      {where} {s.snippet[:140]}")
    print("  passages:")
    for p in result.passages:
        about = f"{p.document.kind} {p.document.year or '-'}" if p.document else "-"
        print(f"  {p.score:.4f} {title(p.doc, p.doc)} ({about}) §{p.section.get('number') or '-'} {p.text[:100]!r}")


@fails_cleanly
def search_command(
    question: Annotated[str | None, typer.Argument(help="The question, Norwegian or English.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Answer type (Measure, Evaluation, Goal, ...); "
                                              "default: read from the question.")] = None,
    k: Annotated[int, typer.Option("--k", min=1, max=100, help="Passages and entities to return.")] = 10,
    queries: Annotated[Path | None, typer.Option("--queries", help="File with one question per line "
                                                 "('-' = stdin); one JSON result per line, same order.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per result.")] = False,
    organisation: Annotated[str | None, typer.Option("--organisation", help="Only documents from, to or for "
                                                     "this organisation (full or short name).")] = None,
    year: Annotated[str | None, typer.Option("--year", help="Only documents of this year.")] = None,
    year_from: Annotated[str | None, typer.Option("--year-from", help="Only documents of this year or later.")] = None,
    year_to: Annotated[str | None, typer.Option("--year-to", help="Only documents of this year or earlier.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only documents of this kind (årsrapport, "
                                             "tildelingsbrev, evaluering, ... or annual report, ...).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Do not read this filter from the "
                                                     "question: organisation, year or kind.")] = None,
    data: DataOption = None,
) -> None:
    """Search the current build: typed entity answers with citations, and passages best first.

    A year, kind or organisation the question names ranks its documents first; --organisation, --year,
    --year-from/--year-to and --kind show only matching documents.
    """
    if (question is None) == (queries is None):
        raise QueryError("give either a QUESTION or --queries FILE")
    filters = requested_filters(organisation, year, year_from, year_to, kind)
    ignored = checked_ignore(ignore)
    if question is not None:
        validate_question(question)  # before the model loads: a bad question fails fast
    build = open_build(data_dir(data))
    searcher = Searcher.load(build.path)
    titles = {key: f.title for key, f in facets_by_doc(build.documents()).items()}
    if question is not None:
        _print(searcher.search(question, type=type_, k=k, filters=filters, ignore=ignored), as_json, titles)
        return
    assert queries is not None
    try:
        lines = sys.stdin.read().splitlines() if str(queries) == "-" else queries.read_text("utf-8").splitlines()
    except OSError as exc:
        raise QueryError(f"cannot read {queries}: {exc.strerror}") from exc
    for line in lines:  # a blank line answers with an error line, so output lines match input lines
        try:
            _print(searcher.search(line, type=type_, k=k, filters=filters, ignore=ignored), as_json, titles)
        except KGError as exc:  # one bad line answers with its error, the rest still run
            print(json.dumps({"query": line, "error": str(exc)}, ensure_ascii=False), flush=True)
