"""The executor contract: map a pure per-document function over the corpus, results in input order.

An executor runs ``fn(item)`` for every item and yields the results in the order of ``items``, whatever
order the workers finish in, so a build is the same however it was run. ``fn`` and every item and result
must be picklable (module-level functions, frozen dataclasses): the process and Ray executors send them to
other processes or machines. ``fn`` must not raise for a bad input; it returns a result that says so.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from types import TracebackType
from typing import TypeVar

from kg.errors import KGError

T = TypeVar("T")
R = TypeVar("R")


class ExecutorError(KGError):
    """An executor cannot be set up or lost its workers; the message names the option to change."""


class Executor(ABC):
    """Runs a function over items, serially, in local processes or on a Ray cluster."""

    name: str = ""

    @abstractmethod
    def map(self, fn: Callable[[T], R], items: Sequence[T], weights: Sequence[float] | None = None) -> Iterator[R]:
        """``fn(item)`` for every item, yielded in the order of ``items``.

        ``weights``: the expected cost of each item (a file's size); parallel executors start the heaviest
        first so that one large document does not finish last. The results do not depend on it.
        """

    def describe(self) -> str:
        """A short label for reports: the executor's name and its workers."""
        return self.name

    def close(self) -> None:
        """Release the workers (a pool, a Ray connection); the default holds none."""
        return None

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def heaviest_first(count: int, weights: Sequence[float] | None) -> list[int]:
    """Indexes ``0..count-1`` by decreasing weight, ties (and no weights) in input order."""
    if weights is None:
        return list(range(count))
    if len(weights) != count:
        raise ValueError(f"{len(weights)} weights for {count} items")
    return sorted(range(count), key=lambda i: -weights[i])


def check_workers(workers: int | None) -> None:
    """Raise :class:`ExecutorError` naming ``--workers`` unless ``workers`` is None or at least 1."""
    if workers is not None and workers < 1:
        raise ExecutorError(f"--workers must be at least 1, not {workers}")
