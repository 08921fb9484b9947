"""The serial executor: the per-document function in a plain loop, in this process."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from kg.executors.base import Executor

T = TypeVar("T")
R = TypeVar("R")


class SerialExecutor(Executor):
    """One item after the other in this process: the reference every other executor must equal."""

    name = "serial"

    def map(self, fn: Callable[[T], R], items: Sequence[T], weights: Sequence[float] | None = None) -> Iterator[R]:
        """``fn(item)`` for every item, in order (one at a time, so ``weights`` change nothing)."""
        for item in items:
            yield fn(item)
