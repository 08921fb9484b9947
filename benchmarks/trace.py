"""Where a ``/search`` request's time goes under load: ``kg serve`` with each request timed part by part.

    python -m benchmarks.trace serve OUT.jsonl --data var --port 8123   # then: python -m benchmarks.load --url ...
    python -m benchmarks.trace summary OUT.jsonl [--skip 50]

``serve`` runs ``kg serve`` (its options after the file) with the search path wrapped: it writes one JSON
line a ``/search`` request on exit (Ctrl-C), with the times it arrived on the event loop, got its turn and
a worker thread, handed its question to the query batcher, was picked up by a batch, got its vector back,
had its answer and was sent. ``summary`` prints, for the requests answered from a kept body, those that
searched without the model and those whose question was embedded, the mean, p50, p90 and p99 of each part
(``--skip`` leaves out the first requests, the load benchmark's warm-up).
"""

from __future__ import annotations

import argparse
import atexit
import contextvars
import json
import statistics
import sys
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import numpy as np

Record = dict[str, Any]
_CURRENT: contextvars.ContextVar[Record | None] = contextvars.ContextVar("trace", default=None)


def _wrap() -> list[Record]:
    """Wrap the search path so each ``/search`` request's times land in the returned list."""
    import api.main
    from index.embeddings.queries import QueryBatcher, _Request
    from kg.search import Searcher

    records: list[Record] = []
    picked: dict[int, float] = {}
    search, answer, create_app = Searcher.search, QueryBatcher._answer, api.main.create_app

    def timed_search(self: Searcher, question: str, *args: Any, **kwargs: Any) -> Any:
        record = _CURRENT.get()
        if record is not None:
            record["thread"] = time.perf_counter()
        result = search(self, question, *args, **kwargs)
        if record is not None:
            record["searched"] = time.perf_counter()
        return result

    def timed_embed(self: QueryBatcher, texts: list[str]) -> np.ndarray:
        record, submitted = _CURRENT.get(), time.perf_counter()
        future: Future[np.ndarray] = self.submit(texts)
        vectors = future.result()
        if record is not None:
            record.update(submit=submitted, picked=picked.pop(id(future), submitted), embedded=time.perf_counter())
        return vectors

    def timed_answer(self: QueryBatcher, batch: list[_Request]) -> None:
        now = time.perf_counter()
        for request in batch:
            picked[id(request.future)] = now
        answer(self, batch)

    class Timing:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            if scope["type"] != "http" or scope["path"] != "/search":
                return await self.app(scope, receive, send)
            record: Record = {"arrived": time.perf_counter()}
            token = _CURRENT.set(record)
            try:
                await self.app(scope, receive, send)
            finally:
                record["sent"] = time.perf_counter()
                records.append(record)
                _CURRENT.reset(token)

    def traced_app(*args: Any, **kwargs: Any) -> Any:
        app = create_app(*args, **kwargs)
        app.add_middleware(Timing)
        return app

    Searcher.search = timed_search  # type: ignore[method-assign]
    QueryBatcher.embed = timed_embed  # type: ignore[method-assign]
    QueryBatcher._answer = timed_answer  # type: ignore[method-assign]
    api.main.create_app = traced_app
    return records


def _quantile(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))] * 1000


def summary(records: list[Record]) -> str:
    """Mean, p50, p90 and p99 ms of each part, for kept bodies, searches without the model and embedded ones."""
    kinds = {"answered from a kept body": [r for r in records if "thread" not in r],
             "searched, vector cached": [r for r in records if "thread" in r and "submit" not in r],
             "searched, question embedded": [r for r in records if "submit" in r]}
    parts = {"in the server": ("arrived", "sent"), "until turn and thread": ("arrived", "thread"),
             "embedding queue": ("submit", "picked"), "embedding": ("picked", "embedded"),
             "rest of the search": ("embedded", "searched"), "search": ("thread", "searched"),
             "JSON and sending": ("searched", "sent")}
    lines = []
    for kind, rows in kinds.items():
        lines.append(f"{kind}: {len(rows)}")
        for part, (start, end) in parts.items():
            values = [r[end] - r[start] for r in rows if start in r and end in r]
            if values:
                mean, p50, p90, p99 = (statistics.mean(values) * 1000, _quantile(values, .5), _quantile(values, .9),
                                       _quantile(values, .99))
                lines.append(f"  {part:22s} mean {mean:7.1f}  p50 {p50:7.1f}  p90 {p90:7.1f}  p99 {p99:7.1f} ms")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "serve":
        out = Path(sys.argv[2])
        records = _wrap()
        atexit.register(lambda: out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"))
        from kg.cli import app

        sys.argv = [sys.argv[0], "serve", *sys.argv[3:]]
        app()
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["summary"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--skip", type=int, default=50)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line]
    print(summary(rows[args.skip :]))


if __name__ == "__main__":
    main()
