"""``kg sparql``: SPARQL 1.1 over the built graph (default graph = union of document graphs)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.errors import QueryError
from kg.graph.query import FORMATS, run_query


def register(app: typer.Typer) -> None:
    app.command("sparql")(sparql_command)


@fails_cleanly
def sparql_command(
    query: Annotated[str, typer.Argument(help="The query text, @FILE to read it from a file, or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", help=f"Output format: {', '.join(FORMATS)}.")] = "json",
    data: DataOption = None,
) -> None:
    """Run a SPARQL 1.1 query over the graph of the current build."""
    if query == "-":
        query = sys.stdin.read()
    elif query.startswith("@"):
        path = Path(query[1:])
        if not path.exists():
            raise QueryError(f"no such query file: {path}")
        query = path.read_text(encoding="utf-8")
    sys.stdout.write(run_query(open_build(data_dir(data)).path, query, fmt))
