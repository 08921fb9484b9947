"""The ``/search`` line: first come, first served, a bounded number at work, kept bodies in their turn."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

from fastapi.testclient import TestClient

from api.admission import ResponseCache, SearchGate
from api.deps import served_build


def _work(i: int, order: list[int], hold: threading.Event | None = None) -> Callable[[], bytes]:
    def run() -> bytes:
        if hold is not None:
            assert hold.wait(5)
        order.append(i)
        return str(i).encode()

    return run


async def _in_order(gate: SearchGate, kept: ResponseCache, works: list[tuple[object, Callable[[], bytes]]],
                    hold: threading.Event) -> list[bytes]:
    """Start ``works`` one after the other (each in the line before the next starts), then open ``hold``."""
    tasks = []
    for key, work in works:
        tasks.append(asyncio.ensure_future(gate.answer(key, kept, work)))
        await asyncio.sleep(0.01)
    hold.set()
    return list(await asyncio.gather(*tasks))


def test_requests_are_served_in_the_order_they_came() -> None:
    order: list[int] = []
    hold = threading.Event()
    works = [(0, _work(0, order, hold))] + [(i, _work(i, order)) for i in range(1, 12)]
    bodies = asyncio.run(_in_order(SearchGate(1), ResponseCache(0), works, hold))
    assert order == list(range(12)) and bodies == [str(i).encode() for i in range(12)]


def test_at_most_the_gates_size_are_at_work_at_once() -> None:
    busy = most = 0
    lock = threading.Lock()

    def work() -> bytes:
        nonlocal busy, most
        with lock:
            busy += 1
            most = max(most, busy)
        time.sleep(0.02)
        with lock:
            busy -= 1
        return b"{}"

    async def many() -> None:
        gate = SearchGate(3)
        await asyncio.gather(*(gate.answer(i, ResponseCache(0), work) for i in range(12)))

    asyncio.run(many())
    assert most == 3


def test_a_kept_body_is_answered_without_work_but_in_its_turn() -> None:
    order: list[int] = []
    kept = ResponseCache(8)
    kept.put("asked before", b"kept")
    hold = threading.Event()

    def never() -> bytes:
        raise AssertionError("a kept body is not made again")

    async def run() -> tuple[list[bytes], bool]:
        gate = SearchGate(1)
        first = asyncio.ensure_future(gate.answer(0, kept, _work(0, order, hold)))
        await asyncio.sleep(0.01)
        repeated = asyncio.ensure_future(gate.answer("asked before", kept, never))
        await asyncio.sleep(0.05)
        jumped = repeated.done()  # the first request still holds the only place
        hold.set()
        return [await first, await repeated], jumped

    bodies, jumped = asyncio.run(run())
    assert bodies == [b"0", b"kept"] and not jumped and kept.hits == 1


def test_a_made_body_is_kept_and_a_cache_of_none_keeps_nothing() -> None:
    made: list[int] = []

    def work() -> bytes:
        made.append(1)
        return b"{}"

    async def twice(size: int) -> None:
        gate, kept = SearchGate(2), ResponseCache(size)
        await gate.answer("q", kept, work)
        await gate.answer("q", kept, work)

    asyncio.run(twice(4))
    assert len(made) == 1
    asyncio.run(twice(0))
    assert len(made) == 3


def test_search_answers_a_repeated_request_with_the_same_body(client: TestClient) -> None:
    params = {"q": "Hvilke tiltak skal motvirke mangelen på fosterhjem?", "k": 3}
    state = served_build(client.app).current()  # type: ignore[arg-type]
    first = client.get("/search", params=params)
    hits = state.responses.hits
    again = client.get("/search", params=params)
    assert first.status_code == again.status_code == 200
    assert again.headers["content-type"] == "application/json" and again.content == first.content
    assert state.responses.hits == hits + 1
    assert client.get("/search", params={**params, "k": 2}).json()["passages"] != first.json()["passages"]
