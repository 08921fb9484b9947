"""The build: corpus -> documents -> passages -> (later stages: entities, graph, index).

The per-document part (read, segment, describe, mentions) is :func:`kg.perdocument.build_document`, a
pure function an executor (:mod:`kg.executors`: serial, local processes, Ray) maps over the corpus files;
results come back in corpus order, so every executor builds the same. Each later stage is a :class:`Stage`
that reads what the earlier ones produced and writes its artefacts into the new build folder. A document
that cannot be read is reported and skipped; every good document is still built.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from kg.artefacts import Build, BuildWriter
from kg.documents import Document, corpus_files
from kg.documents.manifest import read_manifest
from kg.executors import Executor, SerialExecutor
from kg.mentions import Extraction
from kg.passages import Passage
from kg.perdocument import DocumentConfig, DocumentResult, Failure, build_document

__all__ = ["BuildReport", "Failure", "Progress", "Stage", "build", "read_documents"]

Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    """What a build did: counts, failures and seconds per stage."""

    documents: int = 0
    pages: int = 0
    sections: int = 0
    passages: int = 0
    tables: int = 0
    failures: list[Failure] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    executor: str = "serial"
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)


def _noop(stage: str, done: int, total: int) -> None:
    return None


class Stage(Protocol):
    """A build stage after passages: writes its artefacts under ``writer.path``.

    ``progress(stage_name, done, total)`` drives the CLI's progress bar for long work.
    """

    name: str

    def run(
        self, writer: BuildWriter, documents: list[Document], passages: list[Passage], progress: Progress = _noop
    ) -> dict[str, Any]: ...


def _later_stages(extracted: Mapping[str, Extraction] | None = None) -> list[Stage]:
    """Stages that follow passages, in order; each lives with the concept it builds.

    ``extracted``: every document's mentions by document id, as the per-document stage read them.
    """
    from index.stage import IndexStage
    from kg.graph.stage import GraphStage

    return [GraphStage(extracted), IndexStage()]


def read_documents(corpus: Path, executor: Executor | None = None, progress: Progress = _noop,
                   mentions: bool = True) -> Iterator[DocumentResult]:
    """The per-document results of every corpus file, in corpus order (the manifest is checked first)."""
    files = corpus_files(corpus)
    config = DocumentConfig(read_manifest(corpus), mentions)
    runner = executor or SerialExecutor()
    progress("parse", 0, len(files))
    sizes = [path.stat().st_size for path in files]  # the largest documents are started first
    for i, result in enumerate(runner.map(partial(build_document, config=config), files, sizes)):
        progress("parse", i + 1, len(files))
        yield result


def build(corpus: Path, data: Path, progress: Progress = _noop,
          executor: Executor | None = None) -> tuple[BuildReport, Build | None]:
    """Build every readable document of ``corpus`` into a new build under ``data``.

    ``executor`` runs the per-document part (default: serially in this process); the build is the same
    with every executor.
    """
    report = BuildReport(executor=(executor or SerialExecutor()).describe())
    writer = BuildWriter(data)
    try:
        documents: list[Document] = []
        passages: list[Passage] = []
        extracted: dict[str, Extraction] = {}
        t0 = time.perf_counter()
        for result in read_documents(corpus, executor, progress):
            if result.failure is not None or result.document is None:
                report.failures.append(result.failure or Failure(result.path, "not read"))
                continue
            documents.append(result.document)
            passages.extend(result.passages)
            extracted.setdefault(result.document.id, Extraction()).extend(result.extraction())
            report.pages += result.pages
            report.sections += len(result.sections)
            report.tables += result.tables
        report.documents, report.passages = len(documents), len(passages)
        if not passages:
            # Nothing readable (an empty folder, only bad files, or documents without any text):
            # nothing to index; the unfinished folder goes and the current build stays as it was.
            writer.abort()
            return report, None
        writer.write_documents(documents)
        writer.write_passages(passages)
        report.timings["parse"] = time.perf_counter() - t0
        for stage in _later_stages(extracted):
            t = time.perf_counter()
            report.stages[stage.name] = stage.run(writer, documents, passages, progress=progress)
            report.timings[stage.name] = time.perf_counter() - t
        description = {
            "corpus": str(corpus),
            "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "documents": report.documents,
            "passages": report.passages,
            "failures": [f.__dict__ for f in report.failures],
            "timings": report.timings,
            "executor": report.executor,
            "stages": report.stages,
        }
        return report, writer.commit(description)
    except BaseException:
        writer.abort()
        raise
