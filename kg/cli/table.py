"""``kg table``: every entity of a type as a table over the current build (the rows ``GET /tables/{type}`` gives)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.errors import FilterError
from kg.tables import TableData, answer, parse_query, table_type
from kg.tables.columns import SPECS
from kg.tables.export import export
from kg.tables.references import as_text, references

FORMATS = ("csv", "json", "xlsx", "references")


def register(app: typer.Typer) -> None:
    """Add ``kg table`` to the command."""
    app.command("table")(table_command)


@fails_cleanly
def table_command(
    type_: Annotated[str, typer.Argument(metavar="TYPE", help=f"Entity type: {', '.join(SPECS)}.")],
    organisation: Annotated[str | None, typer.Option(help="Organisation (full name or short form).")] = None,
    year: Annotated[str | None, typer.Option(help="Document year: 2024 or 2022-2024.")] = None,
    year_from: Annotated[str | None, typer.Option("--year-from", help="First document year.")] = None,
    year_to: Annotated[str | None, typer.Option("--year-to", help="Last document year.")] = None,
    kind: Annotated[str | None, typer.Option(help="Document kind (årsrapport, tildelingsbrev, …).")] = None,
    goal: Annotated[str | None, typer.Option(help="Goal number, id or label.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Words every row must contain.")] = None,
    status: Annotated[str | None, typer.Option(help="Report status: published or ongoing.")] = None,
    sort: Annotated[str | None, typer.Option(help="Column to sort by; -column for descending.")] = None,
    offset: Annotated[str | None, typer.Option(help="Rows to skip.")] = None,
    limit: Annotated[str | None, typer.Option(help="Rows to return (default: all).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="csv, json, xlsx, or references (the reference list).")
                   ] = "csv",
    lang: Annotated[str, typer.Option(help="Language of headings: nb or en.")] = "nb",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout; "
                                                "xlsx needs a file).")] = None,
    data: DataOption = None,
) -> None:
    """Print or write a complete table of one entity type: filters, order and columns as in the API."""
    if fmt not in FORMATS:
        raise FilterError("--format", f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if lang not in ("nb", "en"):
        raise FilterError("--lang", f"unknown language {lang!r}; use nb or en")
    if fmt == "xlsx" and output is None:
        raise FilterError("--output", "an xlsx workbook is written to a file: give --output FILE")
    type_name = table_type(type_)
    query = parse_query(organisation, year, year_from, year_to, kind, goal, q, status, sort, offset, limit)
    build = open_build(data_dir(data))
    result = answer(TableData.from_build(build.path, build.documents()), type_name, query)
    if fmt == "references":
        body = as_text(references(result.citations()), lang).encode("utf-8")
    else:
        body = export(result, fmt, lang)
    if output is None:
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(body)
        print(f"{result.total} rows written to {output}", file=sys.stderr)
