"""What the server holds while it runs: the build, its entities, the searcher and the query workers.

Each is loaded on first use and kept; loading is guarded by a lock so concurrent first requests load once.
:class:`ServedBuild` notices when ``kg build`` has made a newer build current, loads it in the
background while the old one keeps answering, and then swaps it in: no restart, no gap.
"""

from __future__ import annotations

import bisect
import logging
import sys
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from api.admission import ResponseCache, SearchGate
from api.entities import EntityIndex
from api.settings import Settings
from api.sparql.source import BuildGraph, FileGraph, GraphSource
from api.sparql.worker import QueryPool
from kg.artefacts import Build, Lease, lease_current, open_build
from kg.documents.base import Document
from kg.documents.facets import DocumentFacets, facets_by_doc
from kg.errors import NotBuiltError, NotFoundError
from kg.passages.pages import PageRef
from kg.tables import TableData

if TYPE_CHECKING:
    from kg.overview import Overview
    from kg.search import Searcher

log = logging.getLogger(__name__)
#: Seconds an old build's query workers live on after a swap, for the requests still using them.
RETIRE_AFTER = 60.0


class AppState:
    """Lazily loaded resources of one running app."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._pool: QueryPool | None = None
        self._lease: Lease | None = None
        self._closed = False

    @cached_property
    def build(self) -> Build:
        """The current build, leased: ``kg build`` does not prune it while this state may answer from it."""
        with self._lock:
            if self._closed:
                raise NotBuiltError("this build has been retired")
            try:
                build, self._lease = lease_current(self.settings.data)
            except OSError as exc:  # a read-only data folder: nothing can prune it either
                log.warning("serving %s without a lease (%s)", self.settings.data, exc)
                return open_build(self.settings.data)
            return build

    @cached_property
    def responses(self) -> ResponseCache:
        """``/search`` response bodies of this build, kept for repeated requests."""
        with self._lock:
            return ResponseCache(self.settings.response_cache)

    @cached_property
    def entities(self) -> EntityIndex:
        with self._lock:
            return EntityIndex.load(self.build.path)

    @cached_property
    def overview(self) -> Overview:
        """Entities across documents and years (series, changes), read once."""
        from kg.overview import Overview

        with self._lock:
            return Overview.load(self.build)

    @cached_property
    def documents(self) -> dict[str, Document]:
        """Documents by id, file name and file-name stem."""
        with self._lock:
            out: dict[str, Document] = {}
            for doc in self.build.documents():
                out[doc.id] = out[doc.name] = out[doc.name.rsplit(".", 1)[0]] = doc
            return out

    @cached_property
    def tables(self) -> TableData:
        """Every entity type's table rows, made on first use."""
        with self._lock:
            return TableData.from_build(self.build.path, self.build.documents())

    @cached_property
    def facets(self) -> dict[str, DocumentFacets]:
        """Title, kind, organisation and year of each document, by id and by file name."""
        with self._lock:
            return facets_by_doc({d.id: d for d in self.documents.values()}.values())

    def document_title(self, key: str) -> str:
        """The title of the document with id or file name ``key`` (the key itself when unknown)."""
        found = self.facets.get(key)
        return found.title if found is not None else key

    def document(self, key: str) -> Document:
        """The document with id, file name or stem ``key``; :class:`NotFoundError` otherwise."""
        doc = self.documents.get(key)
        if doc is None:
            raise NotFoundError(f"no document {key!r} in this build")
        return doc

    @cached_property
    def _passage_pages(self) -> dict[str, tuple[list[int], list[PageRef]]]:
        with self._lock:
            out: dict[str, tuple[list[int], list[PageRef]]] = {}
            for p in self.build.passages():
                starts, refs = out.setdefault(p.doc, ([], []))
                starts.append(p.start)
                refs.append(p.page)
            return out

    def page_at(self, doc_id: str, offset: int) -> PageRef:
        """Page facts of the passage holding ``offset`` in a document (all None where none holds it)."""
        starts, refs = self._passage_pages.get(doc_id, ([], []))
        i = bisect.bisect_right(starts, offset) - 1
        return refs[i] if i >= 0 else PageRef()

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

    @property
    def loaded_path(self) -> Path | None:
        """The build folder this state serves, or ``None`` while nothing is loaded yet."""
        build = self.__dict__.get("build")
        return build.path if build is not None else None

    def warm(self) -> None:
        """Load everything a request may need now (build, entities, documents, overview, searcher, query workers)."""
        _ = self.build, self.entities, self.documents, self.overview, self.searcher, self.pool

    def close(self) -> None:
        """Stop the query workers and let the build go (a later ``kg build`` may prune it)."""
        with self._lock:
            self._closed = True
            if self._pool is not None:
                self._pool.close()
                self._pool = None
            if self._lease is not None:
                self._lease.release()
                self._lease = None


def current_build_path(data: Path) -> Path | None:
    """Where ``DATA/current`` points now, or ``None`` when there is no build."""
    current = data / "current"
    return current.resolve() if current.exists() else None


class ServedBuild:
    """The :class:`AppState` requests get: the loaded build until a newer current one is ready."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        #: The one line ``/search`` requests wait in, whichever build answers them.
        self.gate = SearchGate(settings.search_concurrency)
        self._state = AppState(settings)
        self._lock = threading.Lock()
        self._loading: threading.Thread | None = None
        self._failed: Path | None = None

    def current(self) -> AppState:
        """The state to answer with; starts loading a newer build when ``DATA/current`` has moved."""
        state = self._state
        served = state.loaded_path
        if served is None:
            return state  # nothing loaded yet: the first request loads whatever is current
        on_disk = current_build_path(self.settings.data)
        if on_disk is not None and on_disk != served and on_disk != self._failed:
            with self._lock:
                if self._loading is None:
                    self._loading = threading.Thread(target=self._load, args=(on_disk,), name="kg-swap",
                                                     daemon=True)
                    self._loading.start()
        return state

    def _load(self, path: Path) -> None:
        fresh = AppState(self.settings)
        try:
            fresh.warm()
            if fresh.loaded_path != path:
                log.info("build moved again while loading %s; serving %s", path, fresh.loaded_path)
        except Exception:  # a broken new build must not stop the old one from serving
            log.exception("could not load the new build %s; still serving %s", path, self._state.loaded_path)
            fresh.close()
            self._failed = path
        else:
            old, self._state = self._state, fresh
            log.info("now serving build %s", fresh.loaded_path)
            timer = threading.Timer(RETIRE_AFTER, old.close)
            timer.daemon = True
            timer.start()
        finally:
            with self._lock:
                self._loading = None

    def wait(self, timeout: float | None = None) -> None:
        """Block until a swap in progress is done (for tests and benchmarks)."""
        loading = self._loading
        if loading is not None:
            loading.join(timeout)

    def close(self) -> None:
        self.wait()
        self._state.close()


def _single_thread_math() -> None:
    """One math thread per request thread: OpenMP pools fighting across threads cost 30-60% throughput."""
    torch: Any = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)
    faiss: Any = sys.modules.get("faiss")
    if faiss is not None:
        faiss.omp_set_num_threads(1)
