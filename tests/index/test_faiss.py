"""faiss index: exact below the size limit, HNSW above it; saved with its description and reloaded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.vectors import EXACT_LIMIT, FaissIndex
from kg.errors import SearchIndexError


def _unit(n: int, dim: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_small_collections_are_exact_and_round_trip(tmp_path: Path) -> None:
    vectors = _unit(200, 16)
    index = FaissIndex.build(vectors, "model-x")
    scores, rows = index.search(vectors[17], 3)
    assert rows[0][0] == 17 and scores[0][0] == pytest.approx(1.0, abs=1e-5)
    index.save(tmp_path / "v")
    loaded = FaissIndex.load(tmp_path / "v")
    d = loaded.description
    assert (d.model_id, d.dim, d.count, d.index_type) == ("model-x", 16, 200, "Flat")
    assert "inner_product" in d.metric and d.built
    assert (loaded.search(vectors[17], 3)[1] == rows).all()


def test_large_collections_use_hnsw_and_still_find_the_neighbour() -> None:
    vectors = _unit(EXACT_LIMIT + 1000, 8, seed=1)
    index = FaissIndex.build(vectors, "model-x")
    assert index.description.index_type.startswith("HNSW")
    hits = sum(int(index.search(vectors[i], 1)[1][0][0] == i) for i in range(0, 5000, 50))
    assert hits >= 95


def test_wrong_dimension_and_missing_description_fail_clearly(tmp_path: Path) -> None:
    index = FaissIndex.build(_unit(10, 16), "m")
    with pytest.raises(SearchIndexError, match="dimension"):
        index.search(_unit(1, 8), 1)
    with pytest.raises(SearchIndexError, match="description"):
        FaissIndex.load(tmp_path)


def test_the_index_is_chosen_by_size_with_the_settings_measured_for_it() -> None:
    from index.vectors.faiss import IVF_FROM, index_spec

    assert index_spec(EXACT_LIMIT - 1) == ("Flat", {})
    kind, params = index_spec(EXACT_LIMIT)
    assert kind.startswith("HNSW") and params["efSearch"] >= 256
    kind, params = index_spec(IVF_FROM)
    assert kind.startswith("IVF") and kind.endswith("SQ8") and params["nprobe"] >= 128


def test_search_settings_are_saved_and_applied_on_load(tmp_path: Path) -> None:
    import faiss

    vectors = _unit(EXACT_LIMIT + 1000, 8, seed=2)
    index = FaissIndex.build(vectors, "model-x")
    index.save(tmp_path / "v")
    loaded = FaissIndex.load(tmp_path / "v")
    assert loaded.description.search_params == index.description.search_params
    assert faiss.downcast_index(loaded.index).hnsw.efSearch == loaded.description.search_params["efSearch"]


def test_a_large_collection_gets_an_inverted_file_that_reads_rows_back(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    import index.vectors.faiss as backend

    monkeypatch.setattr(backend, "IVF_FROM", 20_000)  # the real threshold's collection is too big for a test
    monkeypatch.setattr(backend, "IVF_LISTS", 64)
    monkeypatch.setattr(backend, "EXACT_LIMIT", 10_000)
    vectors = _unit(30_000, 16, seed=3)
    index = FaissIndex.build(vectors, "model-x")
    assert index.description.index_type.startswith("IVF") and index.description.search_params["nprobe"] >= 64
    index.save(tmp_path / "v")
    loaded = FaissIndex.load(tmp_path / "v")
    hits = sum(int(loaded.search(vectors[i], 1)[1][0][0] == i) for i in range(0, 3000, 30))
    assert hits >= 95
    back = loaded.vectors_of(np.array([5, 7]))
    assert float((back * vectors[[5, 7]]).sum(axis=1).min()) > 0.99
