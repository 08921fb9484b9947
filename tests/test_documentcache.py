"""The per-document result cache: keys that follow every input, entries that never crash a build, and
builds from it that are the same as builds without it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg import pipeline
from kg.artefacts import Build
from kg.documentcache import DocumentCache
from kg.documents.manifest import ManifestEntry
from kg.graph.query import run_query
from kg.perdocument import DocumentConfig, DocumentResult, Failure, build_document

ROOT = Path(__file__).resolve().parent.parent
TWO_YEARS = ROOT / "tests" / "data" / "two_years"
ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def quads(build: Build) -> set[tuple[str, ...]]:
    """Every triple of a build's graph, with its named graph, as strings."""
    rows = json.loads(run_query(build.path, ALL_QUADS))["results"]["bindings"]
    return {tuple(json.dumps(row[k], sort_keys=True) for k in ("g", "s", "p", "o")) for row in rows}


def same_build(a: Build, b: Build) -> None:
    for name in ("documents.jsonl", "passages.jsonl", "entities.jsonl"):
        assert (a.path / name).read_text(encoding="utf-8") == (b.path / name).read_text(encoding="utf-8"), name
    assert quads(a) == quads(b)
    index = [json.loads((x.path / "index" / "index.json").read_text(encoding="utf-8"))["passages"] for x in (a, b)]
    assert index[0] == index[1]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Build]:
    """The two-year corpus (copied) built once without any cache: (corpus, data folder, build)."""
    root = tmp_path_factory.mktemp("reuse")
    corpus = root / "corpus"
    shutil.copytree(TWO_YEARS, corpus)
    report, build = pipeline.build(corpus, root / "var", reuse=False)
    assert build is not None and not report.failures
    assert (report.read, report.reused) == (3, 0)
    kept = root / "fresh"  # later builds prune the build folder itself
    shutil.copytree(build.path, kept, ignore=shutil.ignore_patterns(".leases"))
    return corpus, root / "var", Build(kept)


def test_a_rebuild_reuses_every_document_and_embeds_nothing_and_is_the_same(fresh: tuple[Path, Path, Build]) -> None:
    corpus, data, first = fresh
    report, again = pipeline.build(corpus, data)
    assert again is not None
    assert (report.read, report.reused) == (0, 3)
    assert report.texts() == (0, first.manifest["stages"]["index"]["indexed"] + first.manifest["stages"]["index"][
        "windows"])
    assert report.stages["parse"] == {"read": 0, "reused": 3}
    same_build(first, again)


def test_a_moved_corpus_reuses_its_entries_under_its_new_path(fresh: tuple[Path, Path, Build], tmp_path: Path) -> None:
    corpus, data, _ = fresh
    moved = tmp_path / "elsewhere"
    shutil.copytree(corpus, moved)
    reused, cached = pipeline.build(moved, data)
    read, uncached = pipeline.build(moved, data, reuse=False)
    assert (reused.reused, read.reused, read.read) == (3, 0, 3)
    assert cached is not None and uncached is not None
    same_build(cached, uncached)
    assert all(d.path.startswith(str(moved)) for d in cached.documents())


def test_a_corrupt_entry_is_a_miss_and_read_again(fresh: tuple[Path, Path, Build]) -> None:
    corpus, data, first = fresh
    entries = sorted((data / "cache" / "documents").rglob("*.pickle"))
    assert len(entries) == 3
    entries[0].write_bytes(b"\x80\x05 not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:50])  # truncated
    report, build = pipeline.build(corpus, data)
    assert build is not None and not report.failures
    assert (report.read, report.reused) == (2, 1)
    same_build(first, build)


def test_keys_follow_bytes_name_manifest_options_and_code(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path, code="a" * 64)
    path = TWO_YEARS / "arsrapport_2022.txt"
    plain = DocumentConfig()
    base = cache.key(path, "1" * 64, plain)
    described = DocumentConfig({path.name: ManifestEntry(path.name, 2, title="Årsrapport")})
    moved_row = DocumentConfig({path.name: ManifestEntry(path.name, 7, title="Årsrapport")})
    others = {
        cache.key(path, "2" * 64, plain),
        cache.key(path.with_name("other.txt"), "1" * 64, plain),
        cache.key(path, "1" * 64, described),
        cache.key(path, "1" * 64, DocumentConfig(mentions=False)),
        DocumentCache(tmp_path, code="b" * 64).key(path, "1" * 64, plain),
    }
    assert base not in others and len(others) == 5
    assert cache.key(path, "1" * 64, described) == cache.key(path, "1" * 64, moved_row)  # the line is no input
    assert cache.key(path, "1" * 64, DocumentConfig({"another.txt": ManifestEntry("another.txt", 2)})) == base


def test_failures_are_not_kept_and_other_code_is_pruned(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / "docs", code="c" * 64)
    assert not cache.store("k" * 64, DocumentResult("x.txt", failure=Failure("x.txt", "empty file")))
    result = build_document(TWO_YEARS / "arsrapport_2023.txt", DocumentConfig())
    assert cache.store("k" * 64, result)
    served = cache.load("k" * 64, tmp_path / "arsrapport_2023.txt")
    assert served is not None and served.document is not None and cache.hits == 1
    assert served.document.path == served.path == str(tmp_path / "arsrapport_2023.txt")
    assert served.passages == result.passages and served.mentions == result.mentions
    assert DocumentCache(tmp_path / "docs", reuse=False, code="c" * 64).load("k" * 64, tmp_path) is None
    stale = tmp_path / "docs" / "0123456789abcdef"
    stale.mkdir()
    assert cache.prune() == [stale] and not stale.exists() and cache.folder.exists()
