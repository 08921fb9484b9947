"""The ``kg`` command: a thin layer over the library, one module per command group."""

from __future__ import annotations

import atexit
import os
import sys

import typer

from kg.cli import build as _build
from kg.cli import changes as _changes
from kg.cli import corpus as _corpus
from kg.cli import entities as _entities
from kg.cli import eval as _eval
from kg.cli import export as _export
from kg.cli import passages as _passages
from kg.cli import search as _search
from kg.cli import series as _series
from kg.cli import serve as _serve
from kg.cli import sparql as _sparql
from kg.cli import table as _table

app = typer.Typer(help="bufdir-kg: knowledge graph and semantic search over Norwegian steering documents.",
                  no_args_is_help=True, add_completion=False)
for module in (_build, _corpus, _passages, _serve, _search, _entities, _table, _series, _changes, _sparql, _export,
               _eval):
    module.register(app)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    # A command has written and closed everything when it returns. Tearing the interpreter's modules down (torch,
    # spaCy, a build's objects) takes about a second more and is skipped; exit handlers still run.
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
