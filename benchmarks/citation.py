"""Memory of citation pages: the server's RSS under concurrent browser requests for spans of a large document.

A synthetic build holding one large text document (default 50 million characters, like the largest real one),
served by ``kg serve`` on 127.0.0.1; ``--concurrency`` threads each open citation pages (HTML) at spans spread
through it, ``--rounds`` times, while the server's resident memory is sampled::

    python -m benchmarks.citation [--chars 50000000] [--concurrency 10] [--rounds 3]

Before the pages were windowed, ten concurrent pages of a 52 MB document took a server from 1.9 to 3.5 GB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from kg.artefacts import BuildWriter
from kg.documents.base import Document
from tests.api.live import free_port, wait_until_up

LINE = "Direktoratet skal styrke arbeidet med fosterhjem og familievern – tiltak {:08d} i «handlingsplanen».\n"


def synthetic_build(data: Path, chars: int) -> Document:
    lines = chars // len(LINE.format(0)) + 1
    text = "".join(LINE.format(i) for i in range(lines))
    doc = Document(id="stor", name="stor.txt", path="stor.txt", media_type="text/plain", text=text)
    writer = BuildWriter(data)
    writer.write_documents([doc])
    writer.write_passages([])
    writer.commit({"documents": 1, "synthetic": True})
    return doc


def rss_mb(pid: int) -> float:
    """Resident memory of one process (not its SPARQL workers)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=50_000_000)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-citation-bench-") as tmp:
        data = Path(tmp) / "var"
        doc = synthetic_build(data, args.chars)
        length = len(doc.text)
        del doc
        port = free_port()
        kg = Path(sys.executable).with_name("kg")
        with open(Path(tmp) / "serve.log", "wb") as log:
            server = subprocess.Popen([str(kg), "serve", "--data", str(data), "--port", str(port),
                                       "--sparql-workers", "1"], stdout=log, stderr=subprocess.STDOUT,
                                      env={**os.environ})
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url, timeout=300)
            with httpx.Client(base_url=url, timeout=300, headers={"Accept": "text/html"}) as client:
                client.get("/documents/stor/text", params={"start": 0, "end": 10}).raise_for_status()  # load it
                time.sleep(0.5)
                before = rss_mb(server.pid)
                peak = before
                stop = threading.Event()

                def sample() -> None:
                    nonlocal peak
                    while not stop.is_set():
                        peak = max(peak, rss_mb(server.pid))
                        time.sleep(0.01)

                sampler = threading.Thread(target=sample, daemon=True)
                sampler.start()
                latencies: list[float] = []
                sizes: list[int] = []

                def one(i: int) -> None:
                    start = (i * 7_919_993) % (length - 100)
                    t = time.perf_counter()
                    response = client.get("/documents/stor/text", params={"start": start, "end": start + 80})
                    response.raise_for_status()
                    latencies.append(time.perf_counter() - t)
                    sizes.append(len(response.content))

                with ThreadPoolExecutor(args.concurrency) as pool:
                    for r in range(args.rounds):
                        list(pool.map(one, range(r * args.concurrency, (r + 1) * args.concurrency)))
                stop.set()
                sampler.join()
                after = rss_mb(server.pid)
        finally:
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
    print(f"document: {length:,} characters; {args.rounds} rounds of {args.concurrency} concurrent citation pages")
    print(f"server RSS: {before:.0f} MB before, peak {peak:.0f} MB (+{peak - before:.0f} MB), {after:.0f} MB after")
    print(f"page size: max {max(sizes) / 1000:.0f} kB; latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
