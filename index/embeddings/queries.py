"""Query embeddings for serving: a cache of recent questions and worker threads that embed them in batches.

A server answers many requests at once, each embedding one short question. Called from every request
thread, the model runs many small products side by side on few cores (threads oversubscribed, each
call paying the fixed per-call cost). :class:`QueryEmbedder` instead looks a question up in a
:class:`QueryCache` (repeated questions are common) and hands the rest to a :class:`QueryBatcher`:
a worker a core, each taking the oldest questions waiting (up to a batch size, waiting at most a few
milliseconds for more) and embedding them a few at a time, sorted by length. Vectors are the model's
own: a batch changes them by float rounding only (cosine >= 0.9999). ``docs/serving.md`` has the
measurements.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np

from index.embeddings.base import Embedder
from index.embeddings.precision import resolve
from kg.lru import LRUCache


@dataclass(frozen=True)
class QuerySettings:
    """How queries are embedded: cache entries (0: no cache), batch size (0: no batcher), batch wait, workers."""

    cache_size: int = 4096
    #: A batch takes the oldest questions waiting, sorted by length, ``chunk_size`` texts a model call: a call
    #: pads its texts to the longest, and on the CPU padding costs as much as text (CPU a question: 24 ms
    #: alone, 17 ms in batches of 8 by 4, 14 ms in batches of 32 by 8). Batches of 32 cost less but a long
    #: question waits for up to 31 others while another worker serves newer ones: under 50 clients p99 was
    #: 2.7-2.9 s with 32, 2.0-2.2 s with 8, at the same requests/s.
    batch_size: int = 8
    wait_ms: float = 2.0
    chunk_size: int = 4
    #: Threads embedding batches side by side, each a batch at a time, and the torch threads each multiplies
    #: with: one per core, so the model uses every core without OpenMP teams fighting over them.
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    threads: int = 1
    #: Precision of the question products: ``auto`` (bf16 where the CPU multiplies bf16 natively), ``fp32``,
    #: ``bf16``. With avx512_bf16 a question costs about a third less CPU at cosine >= 0.9999 to fp32.
    precision: str = "auto"

    @classmethod
    def from_env(cls) -> QuerySettings:
        """Settings from ``KG_QUERY_CACHE``, ``_BATCH``, ``_BATCH_WAIT_MS``, ``_CHUNK``, ``_WORKERS``, ``_THREADS``,
        ``_PRECISION``."""
        default = cls()
        return cls(cache_size=int(os.environ.get("KG_QUERY_CACHE", default.cache_size)),
                   batch_size=int(os.environ.get("KG_QUERY_BATCH", default.batch_size)),
                   wait_ms=float(os.environ.get("KG_QUERY_BATCH_WAIT_MS", default.wait_ms)),
                   chunk_size=int(os.environ.get("KG_QUERY_CHUNK", default.chunk_size)),
                   workers=int(os.environ.get("KG_QUERY_WORKERS", default.workers)),
                   threads=int(os.environ.get("KG_QUERY_THREADS", default.threads)),
                   precision=os.environ.get("KG_QUERY_PRECISION", default.precision))


def math_threads(count: int) -> None:
    """Let torch (where loaded) multiply with ``count`` threads in the calling thread.

    A thread's first torch call otherwise takes the count set last anywhere (all cores, at model load),
    and ``kg serve``'s later one-thread setting reaches only the threads that had not called torch yet.
    """
    torch: Any = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(count)


class QueryCache:
    """The ``size`` most recently used query vectors, keyed by model id and the exact text embedded."""

    def __init__(self, size: int) -> None:
        self._vectors: LRUCache[tuple[str, str], np.ndarray] = LRUCache(size)

    @property
    def hits(self) -> int:
        return self._vectors.hits

    @property
    def misses(self) -> int:
        return self._vectors.misses

    def get(self, model_id: str, text: str) -> np.ndarray | None:
        """A copy of the cached vector (callers may change theirs), or ``None``."""
        row = self._vectors.get((model_id, text))
        return None if row is None else row.copy()

    def put(self, model_id: str, text: str, vector: np.ndarray) -> None:
        self._vectors.put((model_id, text), np.array(vector, dtype=np.float32))

    def __len__(self) -> int:
        return len(self._vectors)


@dataclass(frozen=True)
class _Request:
    texts: list[str]
    future: Future[np.ndarray]


class QueryBatcher:
    """One daemon thread embeds queued texts: each call of ``embed`` takes all requests waiting (whole).

    After the first request of a batch it waits at most ``wait_s`` for more, and stops early once
    ``max_batch`` texts are queued; one batch runs at a time, and requests arriving meanwhile form the
    next. A text asked twice in one batch is embedded once; the batch's texts go to ``embed`` shortest
    first, ``chunk`` at a time, and each request is answered once its texts are. An error in ``embed``
    fails the requests of that batch still waiting, and only those.
    """

    def __init__(self, embed: Callable[[list[str]], np.ndarray], max_batch: int = 8, wait_s: float = 0.002,
                 chunk: int = 4, workers: int = 1, name: str = "kg-query-batcher",
                 on_start: Callable[[], None] | None = None) -> None:
        self._embed = embed
        self._on_start = on_start
        self.max_batch = max(1, max_batch)
        self.wait_s = max(0.0, wait_s)
        self.chunk = max(1, chunk)
        self.batches = self.texts = 0
        self._counts = threading.Lock()
        self._queue: queue.SimpleQueue[_Request | None] = queue.SimpleQueue()
        names = [name] if workers <= 1 else [f"{name}-{i}" for i in range(workers)]
        self._threads = [threading.Thread(target=self._run, name=n, daemon=True) for n in names]
        for thread in self._threads:
            thread.start()

    def submit(self, texts: list[str]) -> Future[np.ndarray]:
        """A future of the ``(len(texts), dim)`` vectors."""
        future: Future[np.ndarray] = Future()
        if not any(t.is_alive() for t in self._threads):
            raise RuntimeError("the query batcher is closed")
        self._queue.put(_Request(list(texts), future))
        return future

    def embed(self, texts: list[str]) -> np.ndarray:
        """The vectors of ``texts``, embedded in the batcher's thread with whatever else is waiting."""
        return self.submit(texts).result()

    def close(self) -> None:
        """Finish the queued requests, then stop the threads."""
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join()

    def _collect(self, first: _Request) -> tuple[list[_Request], bool]:
        batch, size = [first], len(first.texts)
        deadline = time.monotonic() + self.wait_s
        while size < self.max_batch:
            try:
                left = deadline - time.monotonic()
                item = self._queue.get(timeout=left) if left > 0 else self._queue.get_nowait()
            except queue.Empty:
                break
            if item is None:
                return batch, True
            batch.append(item)
            size += len(item.texts)
        return batch, False

    def _run(self) -> None:
        if self._on_start is not None:
            self._on_start()
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch, closing = self._collect(first)
            self._answer(batch)
            if closing:
                return

    def _answer(self, batch: list[_Request]) -> None:
        unique = sorted(dict.fromkeys(t for r in batch for t in r.texts), key=len)
        with self._counts:
            self.batches += 1
            self.texts += len(unique)
        done: dict[str, np.ndarray] = {}
        waiting = batch
        for i in range(0, len(unique), self.chunk):
            part = unique[i : i + self.chunk]
            try:
                done.update(zip(part, self._embed(part), strict=True))
            except BaseException as exc:  # the callers still waiting get the error; the thread serves the next batch
                for r in waiting:
                    r.future.set_exception(exc)
                return
            # A request is answered as soon as its texts are: short questions need not wait for long ones.
            for r in waiting:
                if all(t in done for t in r.texts):
                    r.future.set_result(np.stack([done[t] for t in r.texts]))
            waiting = [r for r in waiting if not r.future.done()]


class QueryEmbedder(Embedder):
    """``inner``'s passages as they are; its queries through a :class:`QueryCache` and a :class:`QueryBatcher`."""

    def __init__(self, inner: Embedder, settings: QuerySettings | None = None) -> None:
        self.inner = inner
        self.settings = settings or QuerySettings()
        self.model_id, self.dim, self.backend = inner.model_id, inner.dim, inner.backend
        self.passage_precision = inner.passage_precision
        self.cache = QueryCache(self.settings.cache_size) if self.settings.cache_size > 0 else None
        #: The precision questions are embedded in (``fp32`` or ``bf16``), resolved for this CPU.
        self.precision = resolve(self.settings.precision)
        self._model = partial(inner.embed_queries_in, precision=self.precision)
        self.batcher = (QueryBatcher(self._model, self.settings.batch_size, self.settings.wait_ms / 1000,
                                     self.settings.chunk_size, self.settings.workers,
                                     on_start=partial(math_threads, self.settings.threads))
                        if self.settings.batch_size > 0 else None)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self.inner.embed_passages(texts)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing: list[int] = []
        for i, text in enumerate(texts):
            found = self.cache.get(self.model_id, text) if self.cache is not None else None
            if found is None:
                missing.append(i)
            else:
                out[i] = found
        if missing:
            asked = [texts[i] for i in missing]
            vectors = self.batcher.embed(asked) if self.batcher is not None else self._model(asked)
            out[missing] = vectors
            if self.cache is not None:
                for text, vector in zip(asked, vectors, strict=True):
                    self.cache.put(self.model_id, text, vector)
        return out

    def close(self) -> None:
        """Stop the batcher's workers (queued questions are answered first)."""
        if self.batcher is not None:
            self.batcher.close()


#: Kept for the life of the process, as the models themselves are (``create_embedder`` loads each once).
_SHARED: dict[Embedder, QueryEmbedder] = {}
_SHARED_LOCK = threading.Lock()


def query_embedder(inner: Embedder) -> QueryEmbedder:
    """The process's one :class:`QueryEmbedder` over ``inner`` (settings from the environment on first use).

    Every searcher over the same model shares it, so the same workers embed all their questions.
    """
    if isinstance(inner, QueryEmbedder):
        return inner
    with _SHARED_LOCK:
        found = _SHARED.get(inner)
        if found is None:
            found = _SHARED[inner] = QueryEmbedder(inner, QuerySettings.from_env())
        return found
