"""What the server holds while it runs: the build, its entities, the searcher and the query workers.

Each is loaded on first use and kept; loading is guarded by a lock so concurrent first requests load once.
"""

from __future__ import annotations

import sys
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any

from api.entities import EntityIndex
from api.settings import Settings
from api.sparql.source import BuildGraph, FileGraph, GraphSource
from api.sparql.worker import QueryPool
from kg.artefacts import Build, open_build
from kg.documents.base import Document
from kg.errors import NotBuiltError, NotFoundError

if TYPE_CHECKING:
    from kg.search import Searcher


class AppState:
    """Lazily loaded resources of one running app."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._pool: QueryPool | None = None

    @cached_property
    def build(self) -> Build:
        with self._lock:
            return open_build(self.settings.data)

    @cached_property
    def entities(self) -> EntityIndex:
        with self._lock:
            return EntityIndex.load(self.build.path)

    @cached_property
    def documents(self) -> dict[str, Document]:
        """Documents by id, file name and file-name stem."""
        with self._lock:
            out: dict[str, Document] = {}
            for doc in self.build.documents():
                out[doc.id] = out[doc.name] = out[doc.name.rsplit(".", 1)[0]] = doc
            return out

    def document(self, key: str) -> Document:
        """The document with id, file name or stem ``key``; :class:`NotFoundError` otherwise."""
        doc = self.documents.get(key)
        if doc is None:
            raise NotFoundError(f"no document {key!r} in this build")
        return doc

    @cached_property
    def searcher(self) -> Searcher:
        with self._lock:
            try:
                from kg.search import Searcher
            except ImportError as exc:
                raise NotBuiltError("search is not part of this installation") from exc
            searcher = Searcher.load(self.build.path)
            _single_thread_math()
            return searcher

    @property
    def pool(self) -> QueryPool:
        with self._lock:
            if self._pool is None:
                source: GraphSource = (FileGraph(self.settings.graph_files) if self.settings.graph_files
                                       else BuildGraph(self.build.path))
                self._pool = QueryPool(source, self.settings.sparql_workers, self.settings.sparql_timeout,
                                       self.settings.sparql_row_cap)
            return self._pool

    def close(self) -> None:
        """Stop the query workers."""
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


def _single_thread_math() -> None:
    """One math thread per request thread: OpenMP pools fighting across threads cost 30-60% throughput."""
    torch: Any = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)
    faiss: Any = sys.modules.get("faiss")
    if faiss is not None:
        faiss.omp_set_num_threads(1)
