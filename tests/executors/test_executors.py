"""Executors run a function over items and give the results back in the order of the items."""

from __future__ import annotations

import socket
import time

import pytest

from kg.errors import KGError
from kg.executors import ExecutorError, ProcessExecutor, SerialExecutor, create, default_workers
from kg.executors.base import heaviest_first


def slow_first(item: int) -> int:
    """Square of ``item``; the first items take longest, so workers finish out of order."""
    time.sleep(0.3 if item < 2 else 0.0)
    return item * item


def test_process_pool_returns_results_in_input_order_whatever_it_starts_first() -> None:
    items = list(range(8))
    squares = [i * i for i in items]
    with ProcessExecutor(2) as pool:
        assert list(pool.map(slow_first, items)) == squares
        assert list(pool.map(slow_first, items, weights=[float(i) for i in items])) == squares
    assert list(SerialExecutor().map(slow_first, items)) == squares


def test_the_heaviest_items_are_started_first_ties_in_input_order() -> None:
    assert heaviest_first(4, [10.0, 300.0, 10.0, 50.0]) == [1, 3, 0, 2]
    assert heaviest_first(3, None) == [0, 1, 2]


def test_processes_are_the_default_with_one_worker_per_core() -> None:
    executor = create()
    assert isinstance(executor, ProcessExecutor) and executor.workers == default_workers() >= 1


@pytest.mark.parametrize(("name", "workers", "address", "option"), [
    ("threads", None, None, "--executor"),
    ("processes", 0, None, "--workers"),
    ("ray", -1, None, "--workers"),
    ("serial", 2, None, "--workers"),
    ("processes", None, "127.0.0.1:6379", "--address"),
    ("ray", 2, "127.0.0.1:6379", "--workers"),
])
def test_bad_options_raise_one_error_naming_the_option(name: str, workers: int | None, address: str | None,
                                                       option: str) -> None:
    with pytest.raises(ExecutorError, match=option) as caught:
        create(name, workers, address)
    assert isinstance(caught.value, KGError)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("address", ["127.0.0.1:{port}", "ray://127.0.0.1:{port}", "no-port-here"])
def test_an_unreachable_or_malformed_ray_address_is_refused_at_once(address: str) -> None:
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'bufdir-kg[ray]'")
    t = time.perf_counter()
    with pytest.raises(ExecutorError, match="--address"):
        create("ray", address=address.format(port=_closed_port()))
    assert time.perf_counter() - t < 10
