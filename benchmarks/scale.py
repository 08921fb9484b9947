"""Scale benchmark: build N synthetic annual reports, add one more, search and query them; extrapolate.

    python -m benchmarks.scale --docs N [--workers 1,2] [--share 1.0] [--seed 1] [--label NAME]
                               [--out benchmarks/results.json] [--work FOLDER] [--no-half] [--no-rebuild]

Steps, each in a fresh process (:mod:`benchmarks.scale_measure`), with the load average before and after:

1. N documents from :mod:`benchmarks.synthetic` (and an N+1st kept aside);
2. a build of the N with each ``--workers`` count, into one data folder: the first build starts from an empty
   embedding cache (``DATA/cache/embeddings.sqlite``) and is the **cold** figure, the next ones find every text
   cached (**warm**) and show the per-document stage with more workers and everything but embedding;
3. the first N/2 documents, built warm with 1 worker, to see how each stage grows from N/2 to N;
4. search p50/p99 over the gold questions and two SPARQL queries over the N-document build;
5. the N+1st document added with ``kg add`` where the CLI has it (else recorded as not available), and, as
   the cost without it, a rebuild of all N+1 with the cache of step 2 (only the new document embeds);
6. per-document costs extrapolated to 10,000 documents (:mod:`benchmarks.scale_report`); with ``--share``
   below 1, one whole-length report's per-document seconds and embedding texts are measured too (no build),
   so the extrapolation can also be given for whole annual reports.

The results go under ``scale`` → LABEL in ``--out``; what else the file records stays.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.scale_report import extrapolate, markdown
from benchmarks.synthetic import generate, plan, write_manifest

CACHE = Path("cache/embeddings.sqlite")


def step(*args: str) -> dict[str, Any]:
    """Run one :mod:`benchmarks.scale_measure` step in a fresh process and return its JSON."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.scale_measure", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"step {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(result, ensure_ascii=False)[:600], flush=True)
    return result


def kg_add_available() -> bool:
    """Whether this checkout's ``kg`` has an ``add`` command (``kg --help`` lists it)."""
    done = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True)
    return re.search(r"^\W*add\s", done.stdout, re.MULTILINE) is not None


def corpus_of(source: Path, folder: Path, count: int, seed: int) -> Path:
    """A corpus folder with the first ``count`` documents of ``source`` (copied) and their manifest rows."""
    folder.mkdir(parents=True, exist_ok=True)
    documents = plan(count, seed)
    for doc in documents:
        shutil.copy(source / doc.file, folder / doc.file)
    write_manifest(folder, documents)
    return folder


def with_cache(data: Path, target: Path) -> Path:
    """A data folder ``target`` that starts with a copy of ``data``'s embedding cache."""
    (target / CACHE).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(data / CACHE, target / CACHE)
    return target


def measure_add(document: Path, data: Path) -> dict[str, Any]:
    """``kg add DOCUMENT`` into the current build of ``data``, or why it was not measured."""
    if not kg_add_available():
        return {"available": False, "note": "not available: this checkout's kg has no add command"}
    out = step("run", sys.executable, "-m", "kg", "add", str(document), "--data", str(data))
    manifest = data / "current" / "manifest.json"
    if manifest.exists():
        out["documents_after"] = json.loads(manifest.read_text(encoding="utf-8")).get("documents")
    return {"available": True, **out}


def run(docs: int, workers: list[int], work: Path, seed: int = 1, share: float = 1.0, half: bool = True,
        rebuild: bool = True) -> dict[str, Any]:
    """Every step for ``docs`` documents under ``work``; the results as :mod:`benchmarks.results` records them."""
    from benchmarks.machine import describe
    from benchmarks.scale_measure import load_average

    started = time.perf_counter()
    out: dict[str, Any] = {"machine": describe(), "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "docs": docs,
                           "seed": seed, "share": share, "load_start": load_average()}
    every = work / "generated"
    t = time.perf_counter()
    generate(every, docs + 1, seed=seed, share=share)
    out["generate_s"] = round(time.perf_counter() - t, 2)
    corpus = corpus_of(every, work / "corpus", docs, seed)
    extra = plan(docs + 1, seed)[-1]
    added = work / "added" / extra.file
    added.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(every / extra.file, added)
    write_manifest(added.parent, [extra])
    out["bytes_per_document"] = round(sum(p.stat().st_size for p in corpus.glob("*.txt")) / docs)
    if share < 1.0:  # one whole annual report, to scale the figures to documents of full length
        full = generate(work / "full", 1, seed=seed, share=1.0)[0]
        out["full_report"] = step("document", str(full))

    data = work / "data"
    out["builds"] = []
    for i, count in enumerate(workers):
        result = step("build", str(corpus), str(data), str(count))
        result["cache"] = "cold" if i == 0 else "warm"
        out["builds"].append(result)
    if rebuild:  # the N+1 documents with the N-document cache: what adding one costs without kg add
        plus = corpus_of(every, work / "corpus-plus", docs + 1, seed)
        out["rebuild_plus_one"] = {**step("build", str(plus), str(with_cache(data, work / "data-plus")), "1"),
                                   "cache": "warm for the N documents, cold for the new one"}
    if half and docs >= 2:
        small = corpus_of(every, work / "corpus-half", docs // 2, seed)
        out["half"] = {**step("build", str(small), str(with_cache(data, work / "data-half")), "1"),
                       "cache": "warm"}
    out["query"] = step("query", str(Path(out["builds"][-1]["build"])))
    out["add"] = measure_add(added, data)
    out["load_end"] = load_average()
    out["total_s"] = round(time.perf_counter() - started, 1)
    out["extrapolation"] = extrapolate(out)
    return out


def record(out_file: Path, label: str, result: dict[str, Any]) -> None:
    """Write ``result`` under ``scale`` → ``label`` in ``out_file``, keeping everything else there."""
    results = json.loads(out_file.read_text(encoding="utf-8")) if out_file.exists() else {}
    results.setdefault("scale", {})[label] = result
    out_file.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="documents N to build")
    parser.add_argument("--workers", default="1,2", help="worker counts to build with, comma-separated")
    parser.add_argument("--share", type=float, default=1.0, help="share of the seed report's sections per document")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--label", help="name of the record (default: N and the date)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results.json"))
    parser.add_argument("--work", type=Path, help="folder for corpora and builds (default: a new temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--no-half", dest="half", action="store_false", help="skip the N/2 build")
    parser.add_argument("--no-rebuild", dest="rebuild", action="store_false", help="skip the N+1 rebuild")
    args = parser.parse_args()
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    try:
        result = run(args.docs, workers, work.resolve(), args.seed, args.share, args.half, args.rebuild)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    label = args.label or f"n{args.docs}-{time.strftime('%Y-%m-%d')}"
    record(args.out, label, result)
    print(markdown(result))
    print(f"recorded under scale/{label} in {args.out}")


if __name__ == "__main__":
    main()
