"""The build: corpus -> documents -> passages -> (later stages: entities, graph, index).

The per-document part (read, segment, describe, mentions) is :func:`kg.perdocument.build_document`, a
pure function an executor (:mod:`kg.executors`: serial, local processes, Ray) maps over the corpus files;
results come back in corpus order, so every executor builds the same. Each later stage is a :class:`Stage`
that reads what the earlier ones produced and writes its artefacts into the new build folder. A document
that cannot be read is reported and skipped; every good document is still built.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from kg.artefacts import Build, BuildWriter
from kg.documentcache import DocumentCache
from kg.documents import Document, corpus_files
from kg.documents.manifest import manifest_path, read_manifest
from kg.executors import Executor, SerialExecutor
from kg.fingerprints import corpus_inputs, file_digest
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
    #: Documents read from their files, and documents whose earlier result was reused (the document cache).
    read: int = 0
    reused: int = 0

    def texts(self) -> tuple[int, int]:
        """``(embedded, reused)``: texts the index stage embedded, and those whose vectors it had already."""
        index = self.stages.get("index", {})
        return int(index.get("embedded", 0)), int(index.get("from_cache", 0))


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
                   mentions: bool = True, cache: DocumentCache | None = None,
                   digests: dict[Path, str] | None = None) -> Iterator[DocumentResult]:
    """The per-document results of every corpus file, in corpus order (the manifest is checked first).

    With a ``cache``, a file whose result it holds is not read again (the executor maps only the others),
    and every new good result is kept in it. ``digests``: each file's SHA-256, where the caller has them.
    """
    files = corpus_files(corpus)
    config = DocumentConfig(read_manifest(corpus), mentions)
    runner = executor or SerialExecutor()
    keys: list[str | None] = [None] * len(files)
    kept: dict[int, DocumentResult] = {}
    if cache is not None:
        known = digests or {}
        for i, path in enumerate(files):
            try:
                keys[i] = cache.key(path, known.get(path) or file_digest(path), config)
            except OSError:
                continue  # unreadable: the reader says why
            found = cache.load(keys[i] or "", path)
            if found is not None:
                kept[i] = found
    todo = [path for i, path in enumerate(files) if i not in kept]
    progress("parse", 0, len(files))
    sizes = [path.stat().st_size for path in todo]  # the largest documents are started first
    fresh = runner.map(partial(build_document, config=config), todo, sizes)
    for i in range(len(files)):
        result = kept.get(i)
        if result is None:
            result = next(fresh)
            key = keys[i]
            if cache is not None and key is not None:
                cache.store(key, result)
        progress("parse", i + 1, len(files))
        yield result


def build(corpus: Path, data: Path, progress: Progress = _noop,
          executor: Executor | None = None, reuse: bool = True) -> tuple[BuildReport, Build | None]:
    """Build every readable document of ``corpus`` into a new build under ``data``.

    ``executor`` runs the per-document part (default: serially in this process); the build is the same
    with every executor. ``reuse``: serve unchanged documents' results from the document cache
    (``DATA/cache/documents``); without it every document is read again (and the cache refreshed). The
    build is the same either way; the cross-document stages always run over the whole corpus.
    """
    report = BuildReport(executor=(executor or SerialExecutor()).describe())
    t0 = time.perf_counter()
    files = corpus_files(corpus)
    # Made first: once a document has to be read, the index stage loads its model (seconds) while the rest are
    # read and the graph is built.
    extracted: dict[str, Extraction] = {}
    stages = _later_stages(extracted) if files else []
    digests = {}
    for path in files:
        with contextlib.suppress(OSError):  # unreadable: the reader reports it
            digests[path] = file_digest(path)
    inputs = corpus_inputs(corpus, files, manifest_path(corpus), digests)
    cache = DocumentCache.of(data, reuse)
    writer = BuildWriter(data)
    try:
        documents: list[Document] = []
        passages: list[Passage] = []
        seen = 0
        for result in read_documents(corpus, executor, progress, cache=cache, digests=digests):
            seen += 1
            if seen > cache.hits:  # a document read, not reused: new texts to embed, so load the model now
                for stage in stages:
                    getattr(stage, "prepare", lambda: None)()
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
        report.reused = cache.hits
        report.read = len(files) - report.reused
        if not passages:
            # Nothing readable (an empty folder, only bad files, or documents without any text):
            # nothing to index; the unfinished folder goes and the current build stays as it was.
            writer.abort()
            return report, None
        writer.write_documents(documents)
        writer.write_passages(passages)
        report.timings["parse"] = time.perf_counter() - t0
        report.stages["parse"] = {"read": report.read, "reused": report.reused}
        for stage in stages:
            t = time.perf_counter()
            report.stages[stage.name] = stage.run(writer, documents, passages, progress=progress)
            report.timings[stage.name] = time.perf_counter() - t
        description = {
            "corpus": str(corpus.resolve()),
            "inputs": inputs,
            "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "documents": report.documents,
            "passages": report.passages,
            "failures": [f.__dict__ for f in report.failures],
            "timings": report.timings,
            "executor": report.executor,
            "stages": report.stages,
        }
        committed = writer.commit(description)
        cache.prune()
        return report, committed
    except BaseException:
        writer.abort()
        raise
