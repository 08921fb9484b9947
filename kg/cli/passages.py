"""``kg passages``: the passages of the current build, one JSON object per line."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.passages.pages import page_label


def register(app: typer.Typer) -> None:
    app.command("passages")(passages_command)


@fails_cleanly
def passages_command(
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document (file name, stem or id).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    data: DataOption = None,
) -> None:
    """Print the passages of the current build."""
    for p in open_build(data_dir(data)).passages(doc):
        if as_json:
            print(json.dumps(p.as_json(), ensure_ascii=False))
        else:
            page = page_label(p.page)
            print(f"{p.id} {p.doc_name} {page} [{p.section.number or '-'}] {p.kind}: {p.text[:100]!r}")
