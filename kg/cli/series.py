"""``kg series ID``: an entity's values year by year, merged over its aligned entities, each cited."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from kg.artefacts import open_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.overview import Citation, Overview
from kg.overview.series import MEASURES, Series, series_of


def register(app: typer.Typer) -> None:
    app.command("series")(series_command)


def cited(c: Citation) -> str:
    """``Årsrapport 2023, p. 4 [d3.txt:120-180]``."""
    page = f", p. {c.page.first}" if c.page.first else f", about p. {c.page.estimate}" if c.page.estimate else ""
    return f"{c.facets.title}{page} [{c.facets.name}:{c.start}-{c.end}]"


def print_series(series: Series, indent: str = "") -> None:
    """The series as text: one line per value, then the documents that state it."""
    e = series.entity
    print(f"{indent}{e.type} {e.label}")
    if len(series.members) > 1:
        print(f"{indent}  merged with: {'; '.join(m.label for m in series.members if m.iri != e.iri)}")
    for p in series.points:
        o = p.shown
        flag = " (other documents differ)" if p.conflict else ""
        print(f"{indent}  {o.year}  {MEASURES[o.measure][1]:<22} {o.value!s:<14} {cited(o.citation)}{flag}")
        for other in p.also:
            print(f"{indent}        also {other.value!s:<14} {cited(other.citation)}")
    for t in series.targets:
        print(f"{indent}  {t.year}  {'Target':<22} {t.value!s:<14} {cited(t.citation)}")
    for a in series.appearances:
        number = f"{a.number} " if a.number else ""
        print(f"{indent}  stated {a.citation.facets.year or '----'}  {number}{a.label[:70]}  {cited(a.citation)}")
    for part in series.parts:
        print_series(part, indent + "    ")


@fails_cleanly
def series_command(
    entity: Annotated[str, typer.Argument(help="Entity id (its IRI without https://w3id.org/bufdir-kg/id/) or IRI.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    data: DataOption = None,
) -> None:
    """Print an entity's values year by year, each with its source.

    A grant scheme's figures, a steering parameter's results and targets (a goal: its parameters'), merged with
    the same thing in other documents and years.
    """
    series = series_of(Overview.load(open_build(data_dir(data))), entity)
    if as_json:
        print(json.dumps(series.as_json(), ensure_ascii=False))
    else:
        print_series(series)
