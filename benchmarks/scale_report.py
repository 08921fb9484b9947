"""The scale benchmark's extrapolation to 10,000 documents, and its table for docs/benchmarks.md.

Per stage, from the cold 1-worker build of N documents and the build of N/2:

* **fit**: a fixed part and a per-document part, ``t = a + b·N`` through the two builds (model loading and
  saving are a fixed cost; a negative slope, noise on a loaded machine, counts as no per-document cost);
* **proportional**: ``t(N)/N`` per document, fixed costs included (an upper estimate at small N);
* **growth**: the exponent ``k`` of ``t ∝ N^k`` from N/2 to N; where k > 1 (a cross-document stage that
  grows faster than linearly), the stage is also projected as ``t(N)·(target/N)^k``.

Embedding is texts per document times texts per second of the cold build: linear by construction (each
text once). Where the documents were shortened (``--share``), the whole-length report measured alone gives
the per-document part and embedding for whole annual reports.
"""

from __future__ import annotations

import math
from typing import Any

TARGET = 10_000


def stage_seconds(build: dict[str, Any]) -> dict[str, float]:
    """A build's seconds by stage: per-document part, graph, embedding, faiss + BM25, rest of the index stage."""
    t, index = build["timings_s"], build["index_s"]
    indexes = index["vectors"] + index["lexical"]
    return {"parse + mentions (per document)": t.get("parse", 0.0), "entities + graph (across documents)":
            t.get("graph", 0.0), "embed": index["embed"], "faiss + BM25": indexes,
            "index stage rest (model load, save)": max(0.0, t.get("index", 0.0) - index["embed"] - indexes)}


def growth(at_n: float, at_half: float, n: int, half: int) -> float | None:
    """The exponent k of ``t ∝ N^k`` between ``half`` and ``n`` documents (None when unmeasurable)."""
    if at_n <= 0 or at_half <= 0 or n <= half:
        return None
    return math.log(at_n / at_half) / math.log(n / half)


def _stage(value: float, n: int, at_half: float | None, half: int, target: int) -> dict[str, Any]:
    proportional = value / n * target
    out: dict[str, Any] = {"at_n_s": round(value, 2), "proportional_per_document_s": round(value / n, 3),
                           "proportional_h": round(proportional / 3600, 2)}
    if at_half is None:
        out["fit_h"] = out["proportional_h"]
        return out
    slope = max(0.0, (value - at_half) / (n - half))
    fixed = max(0.0, value - slope * n)
    k = growth(value, at_half, n, half)
    out.update({"fixed_s": round(fixed, 2), "per_document_s": round(slope, 3),
                "fit_h": round((fixed + slope * target) / 3600, 2),
                "growth_exponent": None if k is None else round(k, 2)})
    if k is not None and k > 1:
        out["grown_h"] = round(value * (target / n) ** k / 3600, 2)
    return out


def extrapolate(result: dict[str, Any], target: int = TARGET) -> dict[str, Any]:
    """Per-document costs of ``result`` (a :func:`benchmarks.scale.run` record) and their total at ``target``."""
    cold = result["builds"][0]
    n = cold["documents"]
    half = result.get("half")
    half_seconds = stage_seconds(half) if half else {}
    stages: dict[str, Any] = {}
    for name, value in stage_seconds(cold).items():
        measured_half = half_seconds.get(name) if half and name != "embed" else None
        stages[name] = _stage(value, n, measured_half, half["documents"] if half else 0, target)
    texts_per_document = cold["embedded"] / n
    texts_per_s = cold["embedded"] / max(cold["index_s"]["embed"], 1e-9)
    embed_h = texts_per_document * target / texts_per_s / 3600
    stages["embed"]["fit_h"] = round(embed_h, 2)
    out: dict[str, Any] = {
        "target_documents": target, "measured_documents": n, "from": f"cold build, {cold['workers']} worker(s)",
        "stages": stages, "texts_per_document": round(texts_per_document, 1), "texts_per_s": round(texts_per_s, 2),
        "embed_at_target_h": round(embed_h, 2),
        "total_fit_h": round(sum(s["fit_h"] for s in stages.values()), 1),
        "total_proportional_h": round(sum(s["proportional_h"] for s in stages.values()), 1),
        "documents_per_s": round(n / cold["wall_s"], 4)}
    builds = result["builds"]
    if len(builds) > 1 and builds[1]["timings_s"].get("parse"):
        parse = cold["timings_s"]["parse"]
        out["parse_speedup"] = {f"{b['workers']} workers": round(parse / b["timings_s"]["parse"], 2)
                                for b in builds[1:]}
    full = result.get("full_report")
    if full:
        out["whole_reports"] = {"texts_per_document": full["texts"], "per_document_s": full["per_document_s"],
                                "embed_at_target_h": round(full["texts"] * target / texts_per_s / 3600, 1),
                                "per_document_part_at_target_h": round(full["per_document_s"] * target / 3600, 1)}
    return out


def markdown(result: dict[str, Any]) -> str:
    """The measured builds and the extrapolation as Markdown tables."""
    x = result["extrapolation"]
    lines = [f"N = {result['docs']} synthetic annual reports (share {result['share']}, "
             f"{result['bytes_per_document'] / 1000:.0f} kB each), {result['machine']['cores']} cores, "
             f"load {result['load_start']} at the start, {result['load_end']} at the end",
             "", "| build | workers | cache | parse | graph | embed | faiss+BM25 | index rest | wall | embedded "
             "| from cache | docs/s | peak RSS (workers) |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    named = [("N", b) for b in result["builds"]]
    named += [("N/2", result["half"])] if "half" in result else []
    named += [("N+1 rebuild", result["rebuild_plus_one"])] if "rebuild_plus_one" in result else []
    for name, b in named:
        s = stage_seconds(b)
        lines.append(f"| {name} ({b['documents']}) | {b['workers']} | {b.get('cache', '')} | "
                     + " | ".join(f"{v:.1f}" for v in s.values())
                     + f" | {b['wall_s']:.1f} | {b['embedded']} | {b['from_cache']} | "
                       f"{b['documents'] / b['wall_s']:.3f} | {b['peak_rss_mb']} ({b['workers_peak_rss_mb']}) MiB |")
    q = result["query"]
    lines += ["", f"Search over {q['passages']} passages: p50 {q['search']['p50_ms']} ms, "
              f"p99 {q['search']['p99_ms']} ms ({q['search']['n']} searches); searcher load {q['load_s']} s, "
              f"peak RSS {q['peak_rss_mb']} MiB."]
    for name, s in q["sparql"].items():
        lines.append(f"SPARQL {name}: p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms ({s['rows']} rows).")
    add = result["add"]
    lines.append(f"kg add of one document: {add['wall_s']} s, peak RSS {add['peak_rss_mb']} MiB."
                 if add.get("available") else f"kg add: {add['note']}.")
    lines += ["", f"| stage | at N (s) | fixed (s) | per document (s) | growth N/2→N | {x['target_documents']:,} docs, "
              "fit (h) | proportional (h) |", "|---|---|---|---|---|---|---|"]
    for name, s in x["stages"].items():
        k = "" if s.get("growth_exponent") is None else f"N^{s['growth_exponent']}"
        grown = f" (N^k: {s['grown_h']})" if "grown_h" in s else ""
        per = s.get("per_document_s", s["proportional_per_document_s"])
        lines.append(f"| {name} | {s['at_n_s']} | {s.get('fixed_s', '')} | {per} | {k} | {s['fit_h']}{grown} "
                     f"| {s['proportional_h']} |")
    lines.append(f"| total | | | | | {x['total_fit_h']} | {x['total_proportional_h']} |")
    lines.append(f"\nEmbedding: {x['texts_per_document']} texts per document at {x['texts_per_s']} texts/s "
                 f"→ {x['embed_at_target_h']} h for {x['target_documents']:,} documents.")
    whole = x.get("whole_reports")
    if whole:
        lines.append(f"Whole-length annual reports: {whole['texts_per_document']} texts and "
                     f"{whole['per_document_s']} s of per-document part each → "
                     f"embedding {whole['embed_at_target_h']} h, "
                     f"per-document part {whole['per_document_part_at_target_h']} h (1 worker) for "
                     f"{x['target_documents']:,}.")
    return "\n".join(lines)
