"""``kg export``: the whole built graph as Turtle, N-Triples, JSON-LD or TriG."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.graph.query import EXPORT_FORMATS, export_graph


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)


@fails_cleanly
def export_command(
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(EXPORT_FORMATS)}.")] = "turtle",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    data: DataOption = None,
) -> None:
    """Export the graph (TriG keeps one named graph per document; the others merge them)."""
    payload = export_graph(open_build(data_dir(data)).path, fmt)
    if output is None:
        sys.stdout.buffer.write(payload)
    else:
        output.write_bytes(payload)
        print(f"wrote {len(payload)} bytes to {output}", file=sys.stderr)
