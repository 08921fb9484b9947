"""Vector index settings at scale: recall@10 against exact search, memory, build time and query latency.

    python -m benchmarks.vectors --data var [--sizes 100000 1000000] [--queries 200] [--specs ...]

Vectors are the build's passage vectors repeated with noise (each a corpus vector plus Gaussian noise, L2-normalised,
so the collection has the corpus's clusters); queries are the gold questions' vectors and noisy corpus vectors.
Exact top 10 comes from a flat inner-product index. Each candidate is a faiss factory string with its search
setting; memory is the serialised index size. Results go under ``vectors`` in benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from benchmarks.machine import describe

SPECS = ("HNSW32,Flat@efSearch=64", "HNSW32,Flat@efSearch=128", "HNSW32,SQ8@efSearch=128",
         "IVF1024,SQ8@nprobe=16", "IVF1024,SQ8@nprobe=32")


def collection(base: np.ndarray, size: int, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = np.empty((size, base.shape[1]), dtype=np.float32)
    for i in range(0, size, 100_000):  # in slices: 1M x 384 noise at once would double peak memory
        n = min(100_000, size - i)
        block = base[rng.integers(0, len(base), n)] + rng.normal(0, 0.04, (n, base.shape[1])).astype(np.float32)
        out[i:i + n] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def measure(spec: str, vectors: np.ndarray, queries: np.ndarray, exact: np.ndarray) -> dict[str, Any]:
    factory, _, setting = spec.partition("@")
    index = faiss.index_factory(vectors.shape[1], factory, faiss.METRIC_INNER_PRODUCT)
    t = time.perf_counter()
    if not index.is_trained:
        index.train(vectors[np.random.default_rng(1).choice(len(vectors), min(len(vectors), 100_000), replace=False)])
    index.add(vectors)
    build = time.perf_counter() - t
    if setting:
        name, value = setting.split("=")
        faiss.ParameterSpace().set_index_parameter(index, name, float(value))
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)  # one question at a time, as search asks
    samples, found = [], []
    for q in queries:
        t = time.perf_counter()
        _, rows = index.search(q[None, :], 10)
        samples.append(time.perf_counter() - t)
        found.append(rows[0])
    faiss.omp_set_num_threads(threads)
    recall = float(np.mean([len(set(f) & set(e)) / 10 for f, e in zip(found, exact, strict=True)]))
    ms = np.array(samples) * 1000
    memory = faiss.serialize_index(index).nbytes / 2**20
    return {"spec": spec, "recall_at_10": round(recall, 4), "memory_mb": round(memory),
            "build_s": round(build, 1), "p50_ms": round(float(np.percentile(ms, 50)), 2),
            "p99_ms": round(float(np.percentile(ms, 99)), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("var"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--specs", nargs="+", default=list(SPECS))
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results.json"))
    args = parser.parse_args()
    from kg.search import Searcher

    searcher = Searcher.load((args.data / "current").resolve())
    stored = searcher.index.vectors
    base = np.asarray(stored.index.reconstruct_n(0, stored.description.count), dtype=np.float32)
    asked = searcher.queries.embed_queries([q for q in _questions()][: args.queries // 2])
    noisy = collection(base, args.queries - len(asked), seed=11)
    queries = np.vstack([asked, noisy]).astype(np.float32)
    results: dict[str, Any] = {"machine": describe(), "queries": len(queries), "runs": []}
    for size in args.sizes:
        vectors = collection(base, size)
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(vectors)
        _, exact = flat.search(queries, 10)
        del flat
        for spec in args.specs:
            row = {"size": size, **measure(spec, vectors, queries, exact)}
            results["runs"].append(row)
            print(json.dumps(row), flush=True)
    earlier = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    args.out.write_text(json.dumps({**earlier, "vectors": results}, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"written to {args.out}")


def _questions() -> list[str]:
    from benchmarks.search import questions

    return questions()


if __name__ == "__main__":
    main()
