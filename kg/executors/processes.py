"""The process executor: a pool of local worker processes (``concurrent.futures``)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TypeVar

from kg.executors.base import Executor, ExecutorError, check_workers, heaviest_first

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """The cores this process may use (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class ProcessExecutor(Executor):
    """``workers`` processes on this machine (default: the cores); one worker runs in this process.

    Workers are forked from a clean server process (``forkserver``), never from this process, which may
    hold threads or locks; the server imports ``preload`` once, so a worker starts without importing
    the product again. Each worker builds its language pipeline once for all the documents it is given.
    """

    name = "processes"

    def __init__(self, workers: int | None = None, preload: tuple[str, ...] = ("kg.warm",)) -> None:
        check_workers(workers)
        self.workers = workers or default_workers()
        self.preload = list(preload)
        self._pool: ProcessPoolExecutor | None = None

    def describe(self) -> str:
        """``processes (N workers)``."""
        return f"{self.name} ({self.workers} workers)"

    def map(self, fn: Callable[[T], R], items: Sequence[T], weights: Sequence[float] | None = None) -> Iterator[R]:
        """``fn(item)`` for every item across the pool, heaviest first, yielded in the order of ``items``."""
        if self.workers == 1 or len(items) <= 1:
            yield from (fn(item) for item in items)
            return
        if self._pool is None:
            context: BaseContext = multiprocessing.get_context("spawn")  # no fork server on Windows
            if "forkserver" in multiprocessing.get_all_start_methods():
                server = multiprocessing.get_context("forkserver")
                server.set_forkserver_preload(self.preload)
                context = server
            self._pool = ProcessPoolExecutor(max_workers=min(self.workers, len(items)), mp_context=context)
        pool = self._pool
        futures = {i: pool.submit(fn, items[i]) for i in heaviest_first(len(items), weights)}
        try:
            for i in range(len(items)):
                yield futures[i].result()
        except BrokenProcessPool as exc:
            raise ExecutorError(
                f"a worker process died (out of memory or killed); try fewer --workers: {exc}"
            ) from exc

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
