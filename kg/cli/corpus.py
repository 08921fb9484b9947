"""``kg add`` and ``kg remove``: change the corpus folder of the current build, then build again.

Only what depends on the changed documents is computed anew (see ``kg build``); the new build is
written beside the served one and swapped in when it is complete.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.build import ExecutorOption, WorkersOption, print_report, run_build
from kg.cli.common import DataOption, fails_cleanly
from kg.config import data_dir
from kg.corpus import add_files, build_corpus, removal_folder, remove_files, up_to_date
from kg.errors import CorpusError
from kg.executors import create

CorpusOption = Annotated[Path | None, typer.Option(
    "--corpus", help="Corpus folder to change (default: the one the current build was made from).")]


def register(app: typer.Typer) -> None:
    app.command("add")(add_command)
    app.command("remove")(remove_command)


def _refused(exc: CorpusError) -> typer.Exit:
    print(f"error: {exc}", file=sys.stderr)
    return typer.Exit(2)


def _build(corpus: Path, folder: Path, executor: str, workers: int | None) -> None:
    with create(executor, workers) as runner:
        report, result = run_build(corpus, folder, runner)
    status = print_report(corpus, folder, report, result)
    if status:
        raise typer.Exit(status)


@fails_cleanly
def add_command(
    paths: Annotated[list[Path], typer.Argument(help="Files to add to the corpus.")],
    corpus: CorpusOption = None,
    data: DataOption = None,
    replace: Annotated[bool, typer.Option(
        "--replace", help="Replace a different file of the same name (the old one is moved under DATA/removed/).")
    ] = False,
    executor: ExecutorOption = "processes",
    workers: WorkersOption = None,
) -> None:
    """Copy files into the corpus folder and build again, reusing every unchanged document.

    A file of a name the corpus already holds with other content is refused (exit 2) unless --replace.
    When every file is already there unchanged and the current build was made from this corpus as it is,
    nothing is built.
    """
    folder = data_dir(data)
    keep = removal_folder(folder)
    try:
        target = build_corpus(folder, corpus)
        added = add_files(target, paths, keep, replace=replace)
    except CorpusError as exc:
        raise _refused(exc) from exc
    for item in added:
        aside = f" (the old one is kept in {keep})" if item.status == "replaced" else ""
        print(f"{item.status}: {item.name}{aside}")
    if all(item.status == "unchanged" for item in added) and up_to_date(folder, target):
        print(f"nothing changed: the current build already holds {', '.join(i.name for i in added)} "
              f"and was made from {target} as it is; nothing built")
        return
    _build(target, folder, executor, workers)


@fails_cleanly
def remove_command(
    names: Annotated[list[str], typer.Argument(help="File names of the corpus to take out.")],
    corpus: CorpusOption = None,
    data: DataOption = None,
    executor: ExecutorOption = "processes",
    workers: WorkersOption = None,
) -> None:
    """Take files out of the corpus folder (they are moved under DATA/removed/, never deleted) and build again.

    The new build holds nothing of them: no triple, entity, passage or vector. An unknown name is
    refused (exit 2) with the corpus's file names, and nothing is changed.
    """
    folder = data_dir(data)
    keep = removal_folder(folder)
    try:
        target = build_corpus(folder, corpus)
        moved = remove_files(target, names, keep)
    except CorpusError as exc:
        raise _refused(exc) from exc
    for item in moved:
        print(f"removed: {item.name} (moved to {item.to})")
    _build(target, folder, executor, workers)
