"""Build-time split and search latency, at the corpus size and at 100k synthetic passages."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.machine import rss_mb
from index.embeddings.base import EmbeddingConfig, create_embedder
from index.lexical.bm25 import BM25Index
from index.store import SKIPPED_KINDS, SearchIndex, embedding_units
from index.vectors.faiss import FaissIndex
from kg.artefacts import Build
from kg.evaluation.retrieval import load_questions
from kg.search.searcher import Searcher, dense_text


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 1), "p99_ms": round(p99 * 1000, 1),
            "n": len(ordered)}


def build_split(corpus: Path) -> tuple[dict[str, Any], Build]:
    """A cold ``kg build`` (fresh cache, model loaded inside) split by stage, against pure embedding time."""
    from kg.pipeline import build

    data = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    t = time.perf_counter()
    report, result = build(corpus, data)
    total = time.perf_counter() - t
    assert result is not None
    index = report.stages["index"]["seconds"]
    passages = [p for p in result.passages() if p.kind not in SKIPPED_KINDS]
    titles = {d.id: d.title for d in result.documents() if d.title}
    texts, windows = embedding_units(passages, titles)
    embedder = create_embedder(EmbeddingConfig.from_env())
    t = time.perf_counter()
    embedder.embed_passages(sorted(texts, key=len, reverse=True))
    pure_passages = time.perf_counter() - t
    t = time.perf_counter()
    embedder.embed_passages(sorted((w.text for w in windows), key=len, reverse=True))
    pure = pure_passages + time.perf_counter() - t
    split = {"parse + mentions (per document)": report.timings.get("parse", 0.0),
             "entities + graph (across documents)": report.timings.get("graph", 0.0),
             "embed": index["embed"], "index (faiss + bm25)": index["vectors"] + index["lexical"],
             "index stage other (model load, save)":
                 report.timings["index"] - index["embed"] - index["vectors"] - index["lexical"]}
    out = {"passages_embedded": len(texts), "windows_embedded": len(windows),
           "texts_per_passage": round((len(texts) + len(windows)) / max(1, len(texts)), 2),
           "passage_precision": embedder.passage_precision, "total_s": round(total, 2),
           "pure_embedding_s": round(pure, 2), "ratio_to_pure_embedding": round(total / pure, 3),
           "pure_embedding_passages_only_s": round(pure_passages, 2),
           "ratio_to_passages_only": round(total / pure_passages, 3),
           "split_s": {k: round(v, 2) for k, v in split.items()},
           "split_ratio": {k: round(v / pure, 3) for k, v in split.items()}}
    return out, result


def latency(searcher: Searcher, questions: list[str], rounds: int = 3) -> dict[str, Any]:
    """p50/p99 of a full search and of embedding the query alone."""
    search: list[float] = []
    embed: list[float] = []
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            searcher.index.embedder.embed_queries([dense_text(q)])
            embed.append(time.perf_counter() - t)
            t = time.perf_counter()
            searcher.search(q, k=10)
            search.append(time.perf_counter() - t)
    s, e = percentiles(search), percentiles(embed)
    return {"search": s, "embed_query": e, "ratio_p50": round(s["p50_ms"] / e["p50_ms"], 2)}


def synthetic(searcher: Searcher, size: int, questions: list[str], seed: int = 7) -> dict[str, Any]:
    """Retrieval (embed + faiss + BM25 + fusion) over ``size`` synthetic passages made from the corpus."""
    rng = np.random.default_rng(seed)
    base_rows = searcher.index.vectors.index.reconstruct_n(0, searcher.index.vectors.description.count)
    base = np.asarray(base_rows, dtype=np.float32)
    vectors = base[rng.integers(0, len(base), size)] + rng.normal(0, 0.04, (size, base.shape[1])).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    words = [w for p in searcher.passages.values() for w in p.text.split()]
    pick = random.Random(seed)
    texts = [" ".join(pick.choices(words, k=pick.randint(60, 180))) for _ in range(size)]
    before = rss_mb()
    # As many sentence windows per passage as the corpus has, each near its passage's vector.
    per = max(1, round(len(searcher.index.owners) / max(1, len(base))))
    owners = np.repeat(np.arange(size), per)
    windows = vectors[owners] + rng.normal(0, 0.04, (len(owners), base.shape[1])).astype(np.float32)
    windows /= np.linalg.norm(windows, axis=1, keepdims=True)
    model_id = searcher.index.vectors.description.model_id
    t = time.perf_counter()
    dense = FaissIndex.build(vectors, model_id)
    window_index = FaissIndex.build(windows, model_id)
    t_dense = time.perf_counter() - t
    t = time.perf_counter()
    lexical = BM25Index.build(texts)
    t_lex = time.perf_counter() - t
    grown = Searcher(SearchIndex([f"s{i}" for i in range(size)], dense, lexical, searcher.index.config,
                                 searcher.index.embedder, window_index, owners), {}, [])
    samples: list[float] = []
    for _ in range(3):
        for q in questions:
            t = time.perf_counter()
            grown.rank(q)
            samples.append(time.perf_counter() - t)
    return {"passages": size, "windows": len(owners), "index_type": dense.description.index_type,
            "faiss_build_s": round(t_dense, 1),
            "bm25_build_s": round(t_lex, 1), "retrieval": percentiles(samples),
            "index_memory_mb": round(rss_mb() - before)}


def questions() -> list[str]:
    return [q.question for q in load_questions()]
