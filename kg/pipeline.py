"""The build: corpus -> documents -> passages -> (later stages: entities, graph, index).

Each later stage is a :class:`Stage` that reads what the earlier ones produced
and writes its artefacts into the new build folder. A document that cannot be
read is reported and skipped; every good document is still built.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from kg.artefacts import Build, BuildWriter
from kg.documents import Document, corpus_files, read_document
from kg.documents.manifest import read_manifest
from kg.errors import DocumentError
from kg.passages import Passage, segment

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Failure:
    """A corpus file that could not be built, and why."""

    path: str
    reason: str


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


def _later_stages() -> list[Stage]:
    """Stages that follow passages, in order; each lives with the concept it builds."""
    from index.stage import IndexStage
    from kg.graph.stage import GraphStage

    return [GraphStage(), IndexStage()]


def build(corpus: Path, data: Path, progress: Progress = _noop) -> tuple[BuildReport, Build | None]:
    """Build every readable document of ``corpus`` into a new build under ``data``."""
    report = BuildReport()
    writer = BuildWriter(data)
    try:
        files = corpus_files(corpus)
        manifest = read_manifest(corpus)
        documents: list[Document] = []
        passages: list[Passage] = []
        t0 = time.perf_counter()
        for i, path in enumerate(files):
            progress("parse", i, len(files))
            try:
                result = segment(read_document(path))
                if path.name in manifest:
                    result = replace(result, document=manifest[path.name].apply(result.document))
            except DocumentError as exc:
                report.failures.append(Failure(exc.path, exc.reason))
                continue
            except Exception as exc:  # one bad document must not stop the rest
                report.failures.append(Failure(str(path), f"{type(exc).__name__}: {exc}"))
                continue
            documents.append(result.document)
            passages.extend(result.passages)
            report.pages += result.pages
            report.sections += len(result.sections)
            report.tables += result.tables
        progress("parse", len(files), len(files))
        report.documents, report.passages = len(documents), len(passages)
        if not passages:
            # Nothing readable (an empty folder, only bad files, or documents without any text):
            # nothing to index; the unfinished folder goes and the current build stays as it was.
            writer.abort()
            return report, None
        writer.write_documents(documents)
        writer.write_passages(passages)
        report.timings["parse"] = time.perf_counter() - t0
        for stage in _later_stages():
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
            "stages": report.stages,
        }
        return report, writer.commit(description)
    except BaseException:
        writer.abort()
        raise
