"""``kg build``: parse the corpus and build every artefact."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn

from kg.cli.common import DataOption, fails_cleanly
from kg.config import DEFAULT_CORPUS, data_dir
from kg.documents import SUFFIXES
from kg.executors import NAMES, Executor, create

if TYPE_CHECKING:
    from kg.artefacts import Build
    from kg.pipeline import BuildReport

console = Console(stderr=True)

ExecutorOption = Annotated[str, typer.Option(
    "--executor", help=f"How documents are read and their mentions extracted: {', '.join(NAMES)}.")]
WorkersOption = Annotated[int | None, typer.Option(
    "--workers", help="Worker processes (processes; default the cores) or local Ray CPUs (ray).")]


def nothing_built(corpus: Path, data: Path, report: BuildReport) -> str:
    """Why a build made nothing, and what stays current."""
    if report.documents:
        why = f"the {report.documents} readable document(s) in {corpus} hold no text to build from"
    elif report.failures:
        why = f"none of the {len(report.failures)} file(s) in {corpus} could be read (see failures above)"
    else:
        why = f"{corpus} holds no files to build from (supported: {', '.join(SUFFIXES)})"
    current = data / "current"
    kept = f"the current build {current.resolve()} is kept" if current.exists() else f"no build in {data} yet"
    return f"error: nothing built: {why}; {kept}"


def check_servers(data: Path) -> None:
    """Fail before reading the corpus when a configured server is unreachable or a setting is wrong."""
    from index.vectors.backends import VectorSettings
    from kg.graph.publication import GraphPublication
    from kg.graph.remote import ServerSettings

    server = ServerSettings.from_env()
    if server is not None:
        GraphPublication(server, "check").check()
    vectors = VectorSettings.from_env(data)
    if vectors.backend == "milvus" and vectors.milvus_uri:
        from index.vectors.milvus import client, local_uri

        client(local_uri(vectors.milvus_uri))  # connects, or opens the Milvus Lite file (one process at a time)


def register(app: typer.Typer) -> None:
    app.command("build")(build_command)


def run_build(corpus: Path, folder: Path, runner: Executor, reuse: bool = True) -> tuple[BuildReport, Build | None]:
    """Build ``corpus`` into ``folder`` with a progress bar on stderr (the pipeline is imported only here:
    commands that end up not building start faster)."""
    from kg.pipeline import build

    tasks: dict[str, TaskID] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=console, transient=True) as bar:

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        return build(corpus, folder, progress, runner, reuse=reuse)


def print_report(corpus: Path, folder: Path, report: BuildReport, result: Build | None) -> int:
    """Print a build's summary (stdout) and why nothing was built (stderr); the exit status it calls for."""
    print(f"documents: {report.documents}")
    print(f"pages:     {report.pages}")
    print(f"sections:  {report.sections}")
    print(f"passages:  {report.passages}")
    print(f"tables:    {report.tables}")
    for name, stats in report.stages.items():
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    embedded, cached = report.texts()
    print(f"reused:    {report.reused} of {report.read + report.reused} documents (read {report.read}), "
          f"{cached} of {embedded + cached} texts (embedded {embedded})")
    print(f"read by:   {report.executor}")
    print(f"failures:  {len(report.failures)}")
    for failure in report.failures:
        print(f"  {failure.path}: {failure.reason}")
    if result is not None:
        print(f"built into {result.path}")
    else:
        print(nothing_built(corpus, folder, report), file=sys.stderr)
    return 2 if report.failures or result is None else 0


@fails_cleanly
def build_command(
    corpus: Annotated[Path, typer.Argument(help="Corpus folder or file.")] = DEFAULT_CORPUS,
    data: DataOption = None,
    executor: ExecutorOption = "processes",
    workers: WorkersOption = None,
    address: Annotated[str | None, typer.Option(
        "--address", help="Ray cluster to run on (ray://HOST:10001 or HOST:6379); without it Ray starts here.")
    ] = None,
    fresh: Annotated[bool, typer.Option(
        "--fresh", help="Read every document again instead of reusing the results of unchanged ones.")] = False,
    sparql_query: Annotated[str | None, typer.Option(
        "--sparql-query", help="Write the graph into the SPARQL 1.1 server with this query endpoint "
        "(default $KG_SPARQL_QUERY; unset: into the build folder).")] = None,
    sparql_update: Annotated[str | None, typer.Option(
        "--sparql-update", help="That server's update endpoint (default $KG_SPARQL_UPDATE, else the query URL).")
    ] = None,
    vectors: Annotated[str | None, typer.Option(
        "--vectors", help="Vector backend: faiss (build folder) or milvus (default $KG_VECTOR_BACKEND, else faiss).")
    ] = None,
    milvus_uri: Annotated[str | None, typer.Option(
        "--milvus-uri", help="Milvus: a file (Milvus Lite) or http://host:19530 (default $KG_MILVUS_URI, "
        "else DATA/milvus.db).")] = None,
) -> None:
    """Build documents, passages, graph and index from CORPUS into the data folder.

    Each document is read and its mentions extracted in parallel (--workers, --executor ray for a
    cluster); the build is the same however it was run. Documents unchanged since an earlier build are
    not read again and their texts not embedded again (--fresh reads them all). The graph and the vectors
    go into servers when configured (README: "When one machine is not enough"); `kg serve` reads where
    from the build.
    """
    for name, value in (("KG_SPARQL_QUERY", sparql_query), ("KG_SPARQL_UPDATE", sparql_update),
                        ("KG_VECTOR_BACKEND", vectors), ("KG_MILVUS_URI", milvus_uri)):
        if value is not None:
            os.environ[name] = value  # the stages read their settings from the environment
    folder = data_dir(data)
    check_servers(folder)
    with create(executor, workers, address) as runner:
        report, result = run_build(corpus, folder, runner, reuse=not fresh)
    status = print_report(corpus, folder, report, result)
    if status:
        raise typer.Exit(status)
