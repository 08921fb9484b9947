"""``kg entities``: the resolved entities of the current build, one JSON object per line."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.entities import TYPES, load_entities
from kg.errors import QueryError


def register(app: typer.Typer) -> None:
    app.command("entities")(entities_command)


@fails_cleanly
def entities_command(
    type_: Annotated[str | None, typer.Option("--type", help=f"Only this type: {', '.join(TYPES)}.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    data: DataOption = None,
) -> None:
    """Print the entities read from the corpus (goals, steering parameters, grant schemes, …)."""
    if type_ is not None and type_ not in TYPES:
        raise QueryError(f"unknown type {type_!r}; choose one of {', '.join(TYPES)}")
    for e in load_entities(open_build(data_dir(data)).path):
        if type_ and e.type != type_:
            continue
        if as_json:
            print(json.dumps(e.as_json(), ensure_ascii=False))
        else:
            where = e.sources[0] if e.sources else None
            loc = f"{where.doc}:{where.start}-{where.end}" if where else "-"
            print(f"{e.type:<17} {e.label[:80]:<80} {loc}")
