"""Serving speed: p50/p99 latency and requests/s for /search and a typical /sparql query.

A bounded Python client (a fixed number of concurrent threads, each sending requests back to back)
against ``kg serve`` on 127.0.0.1, started here over an existing build::

    python -m benchmarks.serving [--data var] [--requests 200] [--concurrency 4]

Numbers depend on the machine; run it on an otherwise idle one.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from kg.config import data_dir
from tests.api.live import kg_serve

QUESTIONS = ["Hvilke tiltak skal motvirke mangelen på fosterhjem?", "Which measures address foster-home shortage?",
             "hvem evaluerer barnevernsreformen?", "tilskudd til fritidsaktiviteter for barn",
             "Which evaluations concern goal 7?", "styringsparametere for familievern"]
SPARQL = """PREFIX bk: <https://w3id.org/bufdir-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?goal ?measure ?label WHERE {
  ?measure a bk:Measure ; skos:prefLabel ?label ; bk:addresses ?goal .
}
ORDER BY ?goal LIMIT 100"""


def measure(name: str, client: httpx.Client, requests: int, concurrency: int,
            send: Callable[[httpx.Client, int], httpx.Response]) -> None:
    """Send ``requests`` requests from ``concurrency`` threads; print p50, p99 and requests/s."""
    send(client, 0)  # warm-up
    latencies: list[float] = []

    def one(i: int) -> None:
        t = time.perf_counter()
        response = send(client, i)
        response.raise_for_status()
        latencies.append(time.perf_counter() - t)

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(requests)))
    wall = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    print(f"{name:8s} n={requests} c={concurrency}  p50 {q[49] * 1000:7.1f} ms  p99 {q[98] * 1000:7.1f} ms  "
          f"{requests / wall:7.1f} req/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    with kg_serve(data_dir(args.data)) as url, httpx.Client(base_url=url, timeout=60) as client:
        measure("/search", client, args.requests, args.concurrency,
                lambda c, i: c.get("/search", params={"q": QUESTIONS[i % len(QUESTIONS)]}))
        measure("/sparql", client, args.requests, args.concurrency,
                lambda c, i: c.get("/sparql", params={"query": SPARQL},
                                   headers={"Accept": "application/sparql-results+json"}))


if __name__ == "__main__":
    main()
