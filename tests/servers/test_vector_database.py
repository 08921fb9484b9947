"""Vectors in Milvus Lite (``pymilvus`` with a local file: the API of a Milvus server or cluster): the same
nearest rows as faiss's exact index, saved with a description that loading follows, dropped with their build."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pymilvus", reason="pymilvus is not installed (pip install -e '.[servers]')")
pytest.importorskip("milvus_lite", reason="milvus-lite is not installed (pip install -e '.[servers]')")

from index.vectors.backends import VectorSettings, build_vectors, load_vectors, release_vectors  # noqa: E402
from index.vectors.faiss import FaissIndex  # noqa: E402
from index.vectors.milvus import MilvusIndex, client, collection_name  # noqa: E402
from kg.errors import SearchIndexError, VectorServerError  # noqa: E402
from tests.api.live import free_port  # noqa: E402

K = 10


def _unit(rows: int, dim: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(rows, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def assert_same_top_k(faiss_hits: tuple[np.ndarray, np.ndarray], milvus_hits: tuple[np.ndarray, np.ndarray]) -> None:
    """The same scores in order, and the same rows except where two rows score the same (ties)."""
    (f_scores, f_rows), (m_scores, m_rows) = faiss_hits, milvus_hits
    assert f_rows.shape == m_rows.shape
    np.testing.assert_allclose(m_scores, f_scores, atol=1e-5)
    for f, m, scores in zip(f_rows, m_rows, f_scores, strict=True):
        for j, (a, b) in enumerate(zip(f, m, strict=True)):
            tied = np.isclose(scores, scores[j], atol=1e-5).sum() > 1
            assert a == b or tied, (f, m)


@pytest.fixture()
def uri(tmp_path: Path) -> str:
    return str(tmp_path / "milvus.db")


def test_same_top_k_as_faiss_flat(uri: str) -> None:
    vectors, queries = _unit(3000, 64, 1), _unit(25, 64, 2)
    exact = FaissIndex.build(vectors, "test-model")
    milvus = build_vectors(vectors, "test-model", VectorSettings("milvus", uri), "b1", "passages")
    assert isinstance(milvus, MilvusIndex) and milvus.description.index_type == "FLAT"
    assert_same_top_k(exact.search(queries, K), milvus.search(queries, K))
    rows = np.array([7, 0, 2999], dtype=np.int64)
    np.testing.assert_allclose(milvus.vectors_of(rows), vectors[rows], atol=1e-6)


def test_ties_are_allowed_but_scores_agree(uri: str) -> None:
    base = _unit(50, 16, 3)
    vectors = np.concatenate([base, base])  # every vector twice: every hit is tied with its twin
    exact = FaissIndex.build(vectors, "m")
    milvus = MilvusIndex.build(vectors, "m", uri, collection_name("b2", "passages"))
    assert_same_top_k(exact.search(base[:5], 4), milvus.search(base[:5], 4))


def test_a_short_collection_pads_like_faiss(uri: str) -> None:
    vectors = _unit(3, 8, 4)
    hits = MilvusIndex.build(vectors, "m", uri, collection_name("b3", "windows")).search(vectors[:1], 10)
    assert hits[1].shape == (1, 3) and sorted(hits[1][0].tolist()) == [0, 1, 2]


def test_the_description_says_where_and_loading_follows_it(uri: str, tmp_path: Path) -> None:
    vectors, queries = _unit(200, 32, 5), _unit(3, 32, 6)
    built = build_vectors(vectors, "m", VectorSettings("milvus", uri), "20261204T000000-abcd", "passages")
    built.save(tmp_path / "vectors")
    loaded = load_vectors(tmp_path / "vectors")
    assert isinstance(loaded, MilvusIndex)
    assert loaded.description.location == {"uri": uri, "collection": "kg_20261204T000000_abcd_passages"}
    np.testing.assert_array_equal(loaded.search(queries, K)[1], built.search(queries, K)[1])
    faiss_folder = tmp_path / "faiss"
    build_vectors(vectors, "m", VectorSettings()).save(faiss_folder)
    assert isinstance(load_vectors(faiss_folder), FaissIndex)


def test_removing_a_build_drops_its_collections(uri: str, tmp_path: Path) -> None:
    build = tmp_path / "build"
    for part in ("passages", "windows"):
        build_vectors(_unit(20, 8, 7), "m", VectorSettings("milvus", uri), "gone", part).save(build / "index" / part)
    assert set(client(uri).list_collections()) >= {"kg_gone_passages", "kg_gone_windows"}
    release_vectors(build)
    assert not {"kg_gone_passages", "kg_gone_windows"} & set(client(uri).list_collections())
    with pytest.raises(SearchIndexError, match="kg_gone_passages.*rebuild"):
        load_vectors(build / "index" / "passages")


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_VECTOR_BACKEND", raising=False)
    monkeypatch.delenv("KG_MILVUS_URI", raising=False)
    assert VectorSettings.from_env(tmp_path) == VectorSettings("faiss", None)
    monkeypatch.setenv("KG_VECTOR_BACKEND", "milvus")
    assert VectorSettings.from_env(tmp_path) == VectorSettings("milvus", str(tmp_path / "milvus.db"))
    monkeypatch.setenv("KG_MILVUS_URI", "http://vectors:19530")
    assert VectorSettings.from_env(tmp_path) == VectorSettings("milvus", "http://vectors:19530")
    monkeypatch.setenv("KG_VECTOR_BACKEND", "annoy")
    with pytest.raises(SearchIndexError, match="KG_VECTOR_BACKEND"):
        VectorSettings.from_env(tmp_path)


def test_an_unreachable_server_is_named() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(VectorServerError, match=f"{url}.*KG_MILVUS_URI.*cannot be reached"):
        MilvusIndex.build(_unit(4, 8, 8), "m", url, "kg_unreachable")
