"""Executors: how the per-document work of a build is run (serial, local processes, Ray), chosen by name."""

from __future__ import annotations

from kg.executors.base import Executor, ExecutorError, check_workers
from kg.executors.processes import ProcessExecutor, default_workers
from kg.executors.serial import SerialExecutor

NAMES = ("serial", "processes", "ray")

__all__ = ["NAMES", "Executor", "ExecutorError", "ProcessExecutor", "SerialExecutor", "create", "default_workers"]


def create(name: str = "processes", workers: int | None = None, address: str | None = None) -> Executor:
    """The executor called ``name``; bad options raise :class:`ExecutorError` naming the option.

    ``workers``: processes (``processes``, default the cores) or Ray CPUs on a local Ray (``ray``);
    ``address``: a Ray cluster to connect to, only with ``ray``.
    """
    check_workers(workers)
    if name not in NAMES:
        raise ExecutorError(f"--executor must be one of {', '.join(NAMES)}, not {name!r}")
    if address is not None and name != "ray":
        raise ExecutorError(f"--address is for --executor ray, not {name}")
    if name == "serial":
        if workers not in (None, 1):
            raise ExecutorError(f"--workers {workers} needs --executor processes or ray, not serial")
        return SerialExecutor()
    if name == "processes":
        return ProcessExecutor(workers)
    from kg.executors.ray import RayExecutor

    return RayExecutor(workers, address)
