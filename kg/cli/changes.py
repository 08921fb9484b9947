"""``kg changes``: what changed between two years (or two documents) of one organisation."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.cli.series import cited
from kg.config import data_dir
from kg.errors import ParameterError
from kg.overview import Overview
from kg.overview.changes import COMPARED, Change, compare
from kg.overview.selection import documents_asked


def register(app: typer.Typer) -> None:
    app.command("changes")(changes_command)


def diff_text(change: Change) -> str:
    """The wording difference inline: ``[-removed-] {+added+}``."""
    marks = {"removed": "[-{}-]", "added": "{{+{}+}}", "same": "{}"}
    return " ".join(marks[p.op].format(p.text) for p in change.diff)


@fails_cleanly
def changes_command(
    organisation: Annotated[str | None, typer.Option("--organisation", help="Organisation (name or IMDi).")] = None,
    first: Annotated[str | None, typer.Option("--from", help="The earlier year.")] = None,
    second: Annotated[str | None, typer.Option("--to", help="The later year.")] = None,
    a: Annotated[str | None, typer.Option("--a", help="Or: the first document (id or file).")] = None,
    b: Annotated[str | None, typer.Option("--b", help="The second document.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help=f"Only one type: {', '.join(COMPARED)}.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only documents of this kind.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    data: DataOption = None,
) -> None:
    """Print what changed between two years or two documents of one organisation.

    Goals, steering parameters, assignments and grant schemes added, removed, reworded or renumbered between an
    organisation's documents of two years (--organisation, --from, --to) or two documents (--a, --b).
    """
    if type_ is not None and type_ not in COMPARED:
        raise ParameterError(f"--type: unknown type {type_!r}; use one of: {', '.join(COMPARED)}")
    overview = Overview.load(open_build(data_dir(data)))
    da, db = documents_asked(overview, organisation=organisation, first=first, second=second, a=a, b=b, kind=kind)
    result = compare(overview, da, db, (type_,) if type_ else COMPARED)
    if as_json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return
    print(f"A: {da.title} ({da.kind}, {da.year})\nB: {db.title} ({db.kind}, {db.year})")
    print("  ".join(f"{status}: {n}" for status, n in result.counts().items() if n))
    for type_name, reason in result.not_compared:
        print(f"not compared: {type_name} ({reason})")
    for c in result.changes:
        if c.status == "unchanged":
            continue
        numbers = f"{c.a.number if c.a else ''} -> {c.b.number if c.b else ''}" if c.renumbered else ""
        side = c.b or c.a
        print(f"{c.status:<10} {c.type:<17} {numbers}{' ' if numbers else ''}{side.wording[:90] if side else ''}")
        if c.diff:
            print(f"           {diff_text(c)}")
        for name, s in (("A", c.a), ("B", c.b)):
            if s is not None:
                print(f"           {name}: {cited(s.citation)}")
