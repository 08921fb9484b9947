"""``kg build``: parse the corpus and build every artefact."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn

from kg.cli.common import DataOption, fails_cleanly
from kg.config import DEFAULT_CORPUS, data_dir
from kg.pipeline import build

console = Console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("build")(build_command)


@fails_cleanly
def build_command(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder or file.")] = DEFAULT_CORPUS,
    data: DataOption = None,
) -> None:
    """Build documents, passages, graph and index from CORPUS into the data folder."""
    tasks: dict[str, TaskID] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=console, transient=True) as bar:

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report, result = build(corpus, data_dir(data), progress)
    print(f"documents: {report.documents}")
    print(f"pages:     {report.pages}")
    print(f"sections:  {report.sections}")
    print(f"passages:  {report.passages}")
    print(f"tables:    {report.tables}")
    for name, stats in report.stages.items():
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    print(f"failures:  {len(report.failures)}")
    for failure in report.failures:
        print(f"  {failure.path}: {failure.reason}")
    if result is not None:
        print(f"built into {result.path}")
    if report.failures or result is None:
        raise typer.Exit(2)
