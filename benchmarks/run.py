"""Run the search benchmarks and print (and save) the numbers docs/benchmarks.md records.

    python -m benchmarks.run [--corpus corpus] [--synthetic 100000] [--out benchmarks/results.json]

Measures: the machine and its fp32 matmul ceiling; a cold build split into parse /
extract / embed / index as a ratio to pure embedding of the same passages in the
same run; embedding throughput of both routes; search latency p50/p99 at corpus
size and at 100k synthetic passages; memory. Run on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.embedding import compare_routes
from benchmarks.machine import describe, peak_rss_mb, rss_mb, sgemm_gflops
from benchmarks.search import build_split, latency, questions, synthetic
from index.store import SKIPPED_KINDS, embedding_text
from kg.search import Searcher


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--routes-sample", type=int, default=200, help="passages for the route comparison")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results.json"))
    parser.add_argument("--build", type=Path, help="measure latency on this build folder only (no build, no routes)")
    args = parser.parse_args()
    results: dict[str, object] = {"machine": describe()}
    ceiling = sgemm_gflops()
    results["sgemm_gflops"] = ceiling
    print(json.dumps(results, indent=1), flush=True)
    if args.build is None:
        split, build = build_split(args.corpus)
        results["build"] = split
        print(json.dumps({"build": split}, indent=1), flush=True)
        passages = [p for p in build.passages() if p.kind not in SKIPPED_KINDS]
        sample = [embedding_text(p) for p in passages[:: max(1, len(passages) // args.routes_sample)]]
        results["embedding"] = compare_routes(sorted(sample, key=len, reverse=True))
        print(json.dumps({"embedding": results["embedding"]}, indent=1), flush=True)
        build_path = build.path
    else:
        build_path = args.build.resolve()
    searcher = Searcher.load(build_path)
    results["memory_searcher_rss_mb"] = round(rss_mb())
    qs = questions()
    results["latency_corpus"] = {"passages": len(searcher.index.ids), **latency(searcher, qs)}
    print(json.dumps({"latency_corpus": results["latency_corpus"]}, indent=1), flush=True)
    if args.synthetic:
        results["latency_synthetic"] = synthetic(searcher, args.synthetic, qs)
        print(json.dumps({"latency_synthetic": results["latency_synthetic"]}, indent=1), flush=True)
    results["peak_rss_mb"] = round(peak_rss_mb())
    if args.out.exists():  # what other benchmarks recorded there (benchmarks.load) stays
        earlier = json.loads(args.out.read_text(encoding="utf-8"))
        results = {**{k: v for k, v in earlier.items() if k not in results}, **results}
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
