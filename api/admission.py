"""Admission to ``/search``: a bounded number of searches at work, the others waiting first come, first served.

Every ``/search`` request takes a place in one line (:class:`SearchGate`, an anyio capacity limiter: strictly
first in, first out) before it runs in a worker thread. At most ``KG_SEARCH_CONCURRENCY`` requests hold a
place; the rest wait on the event loop, in the order they came, without a thread each. A repeated request is
answered from the response body kept for it (:class:`ResponseCache`) once its turn comes, without a thread.

Why a line, and why repeated requests wait in it too: with the server's CPU busy, the time requests spend
waiting is set by the work behind them, not by the order they are served in. What the order decides is *who*
waits. When answers that need no model skip the line, the clients that asked them come straight back with
their next question, half of which need the model, so the queue of the query-embedding workers grows to
nearly every client and a new question waits behind all of them (under 50 closed-loop clients half of the
requests then take about twice the mean, and p99 follows). In one line every request waits about the mean.
``docs/serving.md`` has the measurements.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import anyio
import anyio.to_thread

from kg.lru import LRUCache

#: Searches at work at once by default: enough for the query workers to fill their batches, few enough
#: that a request waits in one first-come-first-served line instead of in the workers' queue.
CONCURRENCY = 16


class SearchGate:
    """At most ``size`` searches at work at once (in worker threads); the others wait in arrival order."""

    def __init__(self, size: int = CONCURRENCY) -> None:
        self.size = max(1, size)
        self._limiter: anyio.CapacityLimiter | None = None
        self._threads: anyio.CapacityLimiter | None = None

    def _limiters(self) -> tuple[anyio.CapacityLimiter, anyio.CapacityLimiter]:
        # Made on first use, inside the event loop that serves the requests.
        if self._limiter is None or self._threads is None:
            self._limiter, self._threads = anyio.CapacityLimiter(self.size), anyio.CapacityLimiter(self.size)
        return self._limiter, self._threads

    @property
    def waiting(self) -> int:
        """Requests waiting for their turn now."""
        return 0 if self._limiter is None else self._limiter.statistics().tasks_waiting

    async def answer(self, key: Hashable, kept: ResponseCache, work: Callable[[], bytes]) -> bytes:
        """The body kept under ``key``, or ``work()``'s, run in a worker thread (and kept), in its turn.

        The gate's own thread limiter holds as many tokens as the gate: a request in its turn never waits
        for a thread behind other endpoints' requests (those share the server's default limiter).
        """
        line, threads = self._limiters()
        async with line:
            body = kept.get(key)
            if body is None:
                body = await anyio.to_thread.run_sync(work, limiter=threads)
                kept.put(key, body)
            return body


class ResponseCache:
    """The last ``size`` response bodies by request (``size`` <= 0 keeps none); a build's answers never change,
    and a new build is served by a new state, with a new cache."""

    def __init__(self, size: int) -> None:
        self._bodies: LRUCache[Hashable, bytes] = LRUCache(size)

    @property
    def hits(self) -> int:
        return self._bodies.hits

    def get(self, key: Hashable) -> bytes | None:
        return self._bodies.get(key)

    def put(self, key: Hashable, body: bytes) -> None:
        self._bodies.put(key, body)
