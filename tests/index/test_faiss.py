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
