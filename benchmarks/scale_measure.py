"""One measurement of the scale benchmark, in a process of its own, printed as one JSON line.

    python -m benchmarks.scale_measure build CORPUS DATA WORKERS   # kg build's library call, --workers WORKERS
    python -m benchmarks.scale_measure query BUILD                 # search and SPARQL latency over a build
    python -m benchmarks.scale_measure document FILE               # the per-document part of one file
    python -m benchmarks.scale_measure run COMMAND...              # wall time and peak memory of a command

:mod:`benchmarks.scale` runs each in a fresh process, so the peak memory read here (``VmHWM`` of this
process; ``ru_maxrss`` of its worker processes) is that step's own, and model loading is part of the step
as it is of ``kg build`` or of a starting server.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.machine import peak_rss_mb, rss_mb

GOLD = Path("tests/gold")
QUESTIONS = 60

#: Typical SPARQL queries, run through the product's query path (:func:`kg.graph.query.run_query`).
SPARQL = {
    "goals_per_organisation_and_year": """
        SELECT ?organisation ?year (COUNT(DISTINCT ?goal) AS ?goals) WHERE {
          GRAPH ?g { ?doc a bk:Document ; bk:year ?year ; dcterms:publisher ?organisation .
                     ?goal a bk:Goal . FILTER(isLiteral(?organisation)) }
        } GROUP BY ?organisation ?year ORDER BY ?organisation ?year""",
    "steering_parameters_of_one_agency": """
        SELECT DISTINCT ?parameter ?code ?label WHERE {
          GRAPH ?g { ?doc a bk:Document ; dcterms:publisher "%s" .
                     ?parameter a bk:SteeringParameter ; bk:code ?code ; skos:prefLabel ?label . }
        } ORDER BY ?code""",
}


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages, rounded."""
    return [round(x, 2) for x in os.getloadavg()]


class TreeMemory:
    """Samples the RSS of this process's descendants (the build's worker processes, started through a fork
    server and so not this process's own children) every ``interval`` seconds, in a thread."""

    def __init__(self, interval: float = 0.5) -> None:
        import threading

        self.interval, self.peak_total_mb, self.peak_one_mb = interval, 0.0, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            sizes = descendants_rss_mb(os.getpid())
            self.peak_total_mb = max(self.peak_total_mb, sum(sizes))
            self.peak_one_mb = max([self.peak_one_mb, *sizes])


def descendants_rss_mb(root: int) -> list[float]:
    """The RSS (MiB) of every process descended from ``root``, read from ``/proc``."""
    parents: dict[int, int] = {}
    rss: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields.get("PPid", "0"))
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
    found, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, parent in parents.items() if parent == pid]
        found += children
        frontier += children
    return [rss[p] for p in found]


def children_peak_rss_mb() -> float:
    """The largest peak RSS of any waited-for child process (the build's worker processes), MiB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 and p99 in milliseconds (p99: the nearest rank), with the number of samples."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1), "p99_ms": round(p99 * 1000, 1),
            "n": len(ordered)}


def measure_build(corpus: Path, data: Path, workers: int) -> dict[str, Any]:
    """Build ``corpus`` into ``data`` with ``workers`` worker processes; per-stage seconds and counts."""
    from kg.executors import create
    from kg.pipeline import build

    before = load_average()
    t = time.perf_counter()
    with TreeMemory() as tree, create("processes", workers) as executor:
        report, result = build(corpus, data, executor=executor)
    wall = time.perf_counter() - t
    if result is None:
        raise SystemExit(f"nothing built from {corpus}: {report.failures}")
    index = report.stages["index"]
    graph = {k: v for k, v in report.stages["graph"].items() if k != "by_type"}
    return {"workers": workers, "executor": report.executor, "build": str(result.path), "wall_s": round(wall, 2),
            "timings_s": {k: round(v, 2) for k, v in report.timings.items()},
            "index_s": index["seconds"], "documents": report.documents, "passages": report.passages,
            "failures": len(report.failures), "indexed": index["indexed"], "windows": index["windows"],
            "embedded": index["embedded"], "from_cache": index["from_cache"], "graph": graph,
            "peak_rss_mb": round(peak_rss_mb()), "workers_peak_rss_mb": round(tree.peak_one_mb),
            "workers_peak_total_rss_mb": round(tree.peak_total_mb),
            "load_before": before, "load_after": load_average()}


def measure_document(path: Path) -> dict[str, Any]:
    """The per-document part of one file (read, segment, mentions) in this process, and its embedding texts."""
    from index.store import SKIPPED_KINDS, embedding_units
    from kg.perdocument import DocumentConfig, build_document

    build_document(path, DocumentConfig())  # the language pipeline loads once, as in a worker
    t = time.perf_counter()
    result = build_document(path, DocumentConfig())
    seconds = time.perf_counter() - t
    passages = [p for p in result.passages if p.kind not in SKIPPED_KINDS]
    texts, windows = embedding_units(passages, {})
    return {"file": path.name, "bytes": path.stat().st_size, "per_document_s": round(seconds, 2),
            "passages": len(result.passages), "texts": len(texts) + len(windows), "mentions": len(result.mentions),
            "load": load_average()}


def questions(count: int = QUESTIONS) -> list[str]:
    """The first ``count`` retrieval gold questions (``questions.jsonl``, then the held-out ones)."""
    from kg.evaluation.retrieval import load_questions

    found = [q.question for q in load_questions(GOLD / "questions.jsonl")]
    found += [q.question for q in load_questions(GOLD / "questions_heldout.jsonl")]
    return found[:count]


def measure_query(build_path: Path, rounds: int = 2, sparql_repeat: int = 20) -> dict[str, Any]:
    """Search p50/p99 over the gold questions (no answer or query-vector cache) and SPARQL p50/p99."""
    os.environ["KG_RESULT_CACHE"] = "0"
    os.environ["KG_QUERY_CACHE"] = "0"
    from kg.artefacts import Build
    from kg.graph.query import run_query
    from kg.search import Searcher

    before = load_average()
    t = time.perf_counter()
    searcher = Searcher.load(build_path)
    load_s = time.perf_counter() - t
    loaded = rss_mb()
    asked = questions()
    searcher.search(asked[0], k=10)  # the first search loads what loads lazily
    samples = []
    for _ in range(rounds):
        for q in asked:
            t = time.perf_counter()
            searcher.search(q, k=10)
            samples.append(time.perf_counter() - t)
    agency = next((d.publisher for d in Build(build_path).documents() if d.publisher), "")
    sparql: dict[str, Any] = {}
    for name, query in SPARQL.items():
        text = query % agency if "%s" in query else query
        rows = len(json.loads(run_query(build_path, text))["results"]["bindings"])
        times = []
        for _ in range(sparql_repeat):
            t = time.perf_counter()
            run_query(build_path, text)
            times.append(time.perf_counter() - t)
        sparql[name] = {"rows": rows, **percentiles(times)}
    return {"questions": len(asked), "rounds": rounds, "load_s": round(load_s, 2), "passages": len(searcher.index.ids),
            "search": percentiles(samples), "sparql": sparql, "agency": agency, "loaded_rss_mb": round(loaded),
            "peak_rss_mb": round(peak_rss_mb()), "load_before": before, "load_after": load_average()}


def measure_command(command: list[str]) -> dict[str, Any]:
    """Run ``command``; its exit status, wall seconds, peak RSS (MiB) and the end of its output."""
    import subprocess

    before = load_average()
    t = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - t
    output = (done.stdout + done.stderr).strip().splitlines()
    return {"command": command, "rc": done.returncode, "wall_s": round(wall, 2),
            "peak_rss_mb": round(children_peak_rss_mb()), "output_tail": output[-8:],
            "load_before": before, "load_after": load_average()}


def main() -> None:
    step, *rest = sys.argv[1:]
    if step == "build":
        out = measure_build(Path(rest[0]), Path(rest[1]), int(rest[2]))
    elif step == "query":
        out = measure_query(Path(rest[0]))
    elif step == "document":
        out = measure_document(Path(rest[0]))
    elif step == "run":
        out = measure_command(rest)
    else:
        raise SystemExit(f"unknown step {step!r}: build, query, document or run")
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
