"""The Ray executor: the per-document function as Ray tasks, on a cluster or on a local Ray started for it.

Ray is optional (``pip install 'bufdir-kg[ray]'``). Without ``address`` Ray starts on this machine and stops
after the build; with one (``ray://host:10001`` or ``host:6379``) the tasks run on that cluster, whose
nodes need this package installed.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from kg.executors.base import Executor, ExecutorError, check_workers, heaviest_first

T = TypeVar("T")
R = TypeVar("R")


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ExecutorError("--executor ray needs Ray: pip install 'bufdir-kg[ray]'") from exc
    return ray


def check_address(address: str, timeout: float = 5.0) -> None:
    """Raise :class:`ExecutorError` naming ``--address`` unless ``address`` (``[ray://]HOST:PORT``) answers.

    Ray itself retries an unreachable address for a long time; this says so at once. ``auto`` (the
    cluster this machine belongs to) is left to Ray.
    """
    if address == "auto":
        return
    where = address.removeprefix("ray://")
    host, _, port = where.rpartition(":")
    if not host or not port.isdigit():
        raise ExecutorError(f"--address must be HOST:PORT or ray://HOST:PORT, not {address!r}")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            pass
    except OSError as exc:
        raise ExecutorError(f"--address {address}: no Ray cluster answers there ({exc.strerror or exc})") from exc


def _apply(fn: Callable[[T], R], item: T) -> R:
    """``fn(item)`` inside a Ray task (Ray takes plain functions only, not partials)."""
    return fn(item)


class RayExecutor(Executor):
    """Items as Ray tasks; results gathered in the order of the items."""

    name = "ray"

    def __init__(self, workers: int | None = None, address: str | None = None) -> None:
        check_workers(workers)
        if address is not None and workers is not None:
            raise ExecutorError("--workers sets the CPUs of a local Ray; a cluster at --address has its own")
        if address is not None:
            check_address(address)
        self.workers = workers
        self.address = address
        self._ray = _ray()
        self._started = False

    def describe(self) -> str:
        """``ray (local, N CPUs)``, ``ray (local)`` or ``ray (ADDRESS)``."""
        if self.address:
            return f"{self.name} ({self.address})"
        return f"{self.name} (local, {self.workers} CPUs)" if self.workers else f"{self.name} (local)"

    def _connect(self) -> None:
        if self._started or self._ray.is_initialized():
            return
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                   "configure_logging": False}
        if self.address:
            options["address"] = self.address
        elif self.workers:
            options["num_cpus"] = self.workers
        try:
            self._ray.init(**options)
        except Exception as exc:  # Ray raises ConnectionError, RuntimeError or its own errors here
            where = f"the Ray cluster at --address {self.address}" if self.address else "a local Ray"
            raise ExecutorError(f"cannot start or reach {where}: {type(exc).__name__}: {exc}") from exc
        self._started = True

    def map(self, fn: Callable[[T], R], items: Sequence[T], weights: Sequence[float] | None = None) -> Iterator[R]:
        """``fn(item)`` for every item as a Ray task, heaviest first, yielded in the order of ``items``."""
        if not items:
            return
        self._connect()
        task = self._ray.remote(num_cpus=1)(_apply)
        shared = self._ray.put(fn)  # the function (and its config) is sent once, not once per item
        refs = {i: task.remote(shared, items[i]) for i in heaviest_first(len(items), weights)}
        for i in range(len(items)):
            try:
                yield self._ray.get(refs[i])
            except self._ray.exceptions.RayError as exc:  # a worker or node died; the function itself never raises
                raise ExecutorError(f"a Ray task failed ({type(exc).__name__}); try fewer --workers: {exc}") from exc

    def close(self) -> None:
        """Disconnect from Ray (and stop it if this executor started it on this machine)."""
        if self._started:
            self._ray.shutdown()
            self._started = False
