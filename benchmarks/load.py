"""Search under load: many concurrent clients against ``kg serve`` on loopback, with a realistic question mix.

    python -m benchmarks.load [--data var | --corpus corpus | --url URL] [--clients 50] [--requests 2000]
                              [--repeat 0.5] [--label NAME] [--out benchmarks/results.json]

``--data`` serves an existing build; ``--corpus`` builds one first into a temporary folder; ``--url`` drives a
server already running. Each of
``--clients`` clients sends its next ``/search`` request as soon as its last one is answered (a closed loop,
no think time: the harshest steady load that many clients make). The questions are the gold sets' (several
hundred distinct ones): a share ``--repeat`` of requests asks one of the 30 most popular questions (Zipf
weights, as search logs look), the rest asks questions not asked before in the run (once the pool runs
out, lower-cased or unpunctuated variants, which embed differently). The sequence is fixed by ``--seed``.

Prints and records (under ``load`` in ``--out``, by ``--label``) the machine, requests/s, p50/p95/p99/max
latency, the errors (any status but 200, or no answer) and the server's CPU time a request. Numbers depend on
the machine; the client (plain keep-alive HTTP/1.1 on asyncio streams, lighter than an HTTP library) runs on
the same cores as the server, so its own CPU share is reported too. Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import re
import statistics
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from benchmarks.machine import describe
from kg.config import data_dir
from kg.evaluation.gold import ANSWER_SETS, QUESTION_SETS
from kg.evaluation.retrieval import load_questions
from tests.api.live import kg_serve

POPULAR = 30


def question_pool() -> list[str]:
    """Every distinct question of the retrieval and answer gold sets, in file order."""
    texts: list[str] = []
    for path, _ in QUESTION_SETS.values():
        texts += [q.question for q in load_questions(path)]
    for path, _ in ANSWER_SETS.values():
        texts += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return list(dict.fromkeys(" ".join(t.split()) for t in texts))


def _variants(pool: list[str]) -> Iterator[str]:
    """The pool, then its lower-cased forms, then those without end punctuation: distinct texts to embed."""
    forms = (lambda t: t, str.lower, lambda t: t.lower().rstrip("?.!"))
    seen: set[str] = set()
    for form in forms:
        for text in pool:
            variant = form(text)
            if variant not in seen:
                seen.add(variant)
                yield variant


def question_mix(pool: list[str], requests: int, repeat: float, seed: int) -> list[str]:
    """``requests`` questions: a share ``repeat`` drawn from the popular few by Zipf weight, the rest new."""
    rng = random.Random(seed)
    shuffled = pool[:]
    rng.shuffle(shuffled)
    popular, rest = shuffled[:POPULAR], shuffled[POPULAR:]
    weights = [1 / (rank + 1) for rank in range(len(popular))]
    fresh = itertools.cycle(list(_variants(rest)))
    return [rng.choices(popular, weights)[0] if rng.random() < repeat else next(fresh) for _ in range(requests)]


class Connection:
    """One keep-alive HTTP/1.1 connection sending GETs: a client light enough to share the server's cores."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        """Status and body of ``GET target``; raises ``OSError``/``asyncio.IncompleteReadError`` on a dropped line."""
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        try:
            writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
            await writer.drain()
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
            length = re.search(r"content-length:\s*(\d+)", head)
            if length is None or "connection: close" in head:
                raise OSError(f"unexpected response head {head[:200]!r}")
            return int(head.split(" ", 2)[1]), await reader.readexactly(int(length.group(1)))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def drive(url: str, mix: list[str], clients: int) -> tuple[dict[int, float], list[str], float]:
    """Send ``mix`` from ``clients`` closed-loop clients; (latency by index in ``mix``, errors, wall seconds)."""
    latencies: dict[int, float] = {}
    errors: list[str] = []
    queue = iter(enumerate(mix))
    address = urllib.parse.urlsplit(url)
    connections = [Connection(address.hostname or "127.0.0.1", address.port or 80) for _ in range(clients)]
    # Connections and server threads up, not timed.
    await asyncio.gather(*(c.get("/search?" + urllib.parse.urlencode({"q": f"fosterhjem og tilskudd {i}"}))
                           for i, c in enumerate(connections)))

    async def one_client(connection: Connection) -> None:
        for i, question in queue:
            t = time.perf_counter()
            try:
                status, body = await connection.get("/search?" + urllib.parse.urlencode({"q": question}))
            except (OSError, asyncio.IncompleteReadError) as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            if status != 200:
                errors.append(f"{status}: {body[:200]!r}")
                continue
            latencies[i] = time.perf_counter() - t

    started = time.perf_counter()
    try:
        await asyncio.gather(*(one_client(c) for c in connections))
    finally:
        for c in connections:
            c.close()
    return latencies, errors, time.perf_counter() - started


def server_cpu_seconds(url: str) -> float | None:
    """CPU time (user + system) so far of the ``kg serve`` listening at ``url``, if it runs on this machine."""
    port = url.rsplit(":", 1)[-1].strip("/")
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
            if b"serve" in argv and b"--port" in argv and argv[argv.index(b"--port") + 1].decode() == port:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            continue
    return None


def percentiles(latencies: list[float]) -> dict[str, float]:
    """p50/p95/p99/max in ms."""
    q = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else [0.0] * 99
    return {"p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1), "p99_ms": round(q[98] * 1000, 1),
            "max_ms": round(max(latencies, default=0.0) * 1000, 1)}


def summary(mix: list[str], latencies: dict[int, float], errors: list[str], wall: float,
            cpu: float) -> dict[str, Any]:
    """Requests/s, latency percentiles (all; questions asked before in the run; new ones) and errors."""
    seen: set[str] = set()
    before: list[float] = []
    new: list[float] = []
    for i, question in enumerate(mix):
        if i in latencies:
            (before if question in seen else new).append(latencies[i])
        seen.add(question)
    return {"requests": len(latencies) + len(errors), "errors": len(errors), "first_errors": errors[:5],
            "wall_s": round(wall, 1), "requests_per_s": round((len(latencies) + len(errors)) / wall, 1),
            **percentiles(list(latencies.values())), "asked_before": {"n": len(before), **percentiles(before)},
            "new_questions": {"n": len(new), **percentiles(new)}, "client_cpu_share": round(cpu / wall, 3)}


def record(out: Path, label: str, entry: dict[str, Any]) -> None:
    """Put ``entry`` under ``load.<label>`` in ``out``, keeping everything else in the file."""
    results = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    results.setdefault("load", {})[label] = entry
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--data", type=Path, default=None, help="serve this data folder's current build")
    source.add_argument("--corpus", type=Path, default=None, help="build this corpus first (temporary folder)")
    source.add_argument("--url", default=None, help="drive a server already running there instead")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--repeat", type=float, default=0.5, help="share of requests asking a popular question")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--label", default="search")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results.json"))
    args = parser.parse_args()
    data: Path | None = None
    if args.corpus is not None:
        from kg.pipeline import build

        data = Path(tempfile.mkdtemp(prefix="kg-load-"))
        report, built = build(args.corpus, data)
        if built is None:
            raise SystemExit(f"build failed: {report.failures}")
    elif args.url is None:
        data = data_dir(args.data)
    pool = question_pool()
    mix = question_mix(pool, args.requests, args.repeat, args.seed)
    machine = describe()
    print(f"machine: {machine['cpu']}, {machine['cores']} cores; {len(set(mix))} distinct of {len(mix)} questions, "
          f"{args.clients} clients", flush=True)
    with kg_serve(data) if data is not None else nullcontext(args.url) as url:
        cpu, server = time.process_time(), server_cpu_seconds(url)
        latencies, errors, wall = asyncio.run(drive(url, mix, args.clients))
        cpu, after = time.process_time() - cpu, server_cpu_seconds(url)
    result = summary(mix, latencies, errors, wall, cpu)
    if server is not None and after is not None:  # includes the warm-up requests, one a client
        result["server_cpu_ms_per_request"] = round((after - server) * 1000 / (len(mix) + args.clients), 1)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    record(args.out, args.label, {"machine": machine, "clients": args.clients, "repeat": args.repeat,
                                  "distinct_questions": len(set(mix)), "data": str(data or args.url),
                                  "date": time.strftime("%Y-%m-%d"), **result})


if __name__ == "__main__":
    main()
