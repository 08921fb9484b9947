"""A build is the same whichever executor read the documents: serial, a process pool or Ray."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.executors import Executor, ProcessExecutor, SerialExecutor, create
from kg.graph.stage import build_graph
from kg.pipeline import read_documents
from tests.documents.pdfmaker import write_pdf

COLLECTION = Path(__file__).resolve().parents[1] / "data" / "collection"


def _contents(build: Path) -> dict[str, bytes]:
    """The files a user reads from a build, and the graph's quads sorted (the store has no blank nodes)."""
    quads = ox.Store.read_only(str(build / "graph")).dump(format=ox.RdfFormat.N_QUADS) or b""
    assert b"_:" not in quads
    files = {name: (build / name).read_bytes() for name in ("documents.jsonl", "passages.jsonl", "entities.jsonl")}
    return {**files, "graph": b"\n".join(sorted(quads.splitlines()))}


@pytest.fixture(scope="module")
def serial_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _contents(build_graph(COLLECTION, tmp_path_factory.mktemp("serial"), SerialExecutor()).path)


@pytest.fixture(params=["processes", "ray"], ids=["workers-2", "ray-local"])
def parallel(request: pytest.FixtureRequest) -> Iterator[Executor]:
    """Two local worker processes, or Ray started on this machine (no --address) with two CPUs."""
    if request.param == "ray":
        pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'bufdir-kg[ray]'")
    with create(request.param, workers=2) as executor:
        yield executor


def test_parallel_builds_equal_the_serial_build_byte_for_byte(
    parallel: Executor, serial_build: dict[str, bytes], tmp_path: Path
) -> None:
    built = _contents(build_graph(COLLECTION, tmp_path, parallel).path)
    assert serial_build["entities.jsonl"].count(b"\n") > 50 and serial_build["graph"].count(b"\n") > 1000
    for name, content in serial_build.items():
        assert built[name] == content, name


def test_bad_files_are_reported_per_file_in_corpus_order_by_a_process_pool(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_good.txt").write_bytes((COLLECTION / "c4.txt").read_bytes())
    (corpus / "b_empty.txt").write_bytes(b"")
    write_pdf(corpus / "c_good.pdf", [["1. Innledning", "Rapporten beskriver tiltak for barn og unge."]])
    (corpus / "d_corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R")
    serial = list(read_documents(corpus, SerialExecutor()))
    with ProcessExecutor(2) as pool:
        parallel = list(read_documents(corpus, pool))
    assert parallel == serial
    assert [Path(r.path).name for r in parallel] == ["a_good.txt", "b_empty.txt", "c_good.pdf", "d_corrupt.pdf"]
    assert [r.failure is None for r in parallel] == [True, False, True, False]
    assert parallel[0].document is not None and parallel[0].passages and parallel[0].mentions
    assert parallel[1].failure is not None and "empty" in parallel[1].failure.reason
