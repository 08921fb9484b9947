"""faiss vector index: exact inner product for small collections, HNSW above :data:`EXACT_LIMIT`."""

from __future__ import annotations

import time
from pathlib import Path

import faiss
import numpy as np

from index.vectors.base import EXACT_LIMIT, VectorDescription, VectorIndex
from kg.errors import SearchIndexError

HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 96
SERIAL_QUERIES = 4


def _factory(count: int) -> str:
    return "Flat" if count < EXACT_LIMIT else f"HNSW{HNSW_NEIGHBOURS},Flat"


class FaissIndex(VectorIndex):
    """A faiss index with its :class:`VectorDescription`."""

    def __init__(self, index: faiss.Index, description: VectorDescription) -> None:
        self.index = index
        self.description = description
        if hasattr(index, "hnsw"):
            index.hnsw.efSearch = HNSW_EF_SEARCH

    @classmethod
    def build(cls, vectors: np.ndarray, model_id: str) -> FaissIndex:
        t0 = time.perf_counter()
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        count, dim = vectors.shape
        kind = _factory(count)
        index = faiss.index_factory(dim, kind, faiss.METRIC_INNER_PRODUCT)
        if hasattr(index, "hnsw"):
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.add(vectors)
        description = VectorDescription(
            backend="faiss", model_id=model_id, dim=dim, metric="inner_product (cosine on L2-normalised vectors)",
            index_type=kind, count=count, built=time.strftime("%Y-%m-%dT%H:%M:%S"),
            build_seconds=round(time.perf_counter() - t0, 4),
        )
        return cls(index, description)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        if queries.shape[1] != self.description.dim:
            raise SearchIndexError(
                f"query vectors have dimension {queries.shape[1]}, the index {self.description.dim}"
            )
        if len(queries) <= SERIAL_QUERIES:
            # One question gains nothing from OpenMP threads, and spinning threads next to torch's
            # own pool on a busy 2-core machine turned 1 ms searches into 1 s ones.
            threads = faiss.omp_get_max_threads()
            faiss.omp_set_num_threads(1)
            try:
                return self.index.search(queries, min(k, max(self.description.count, 1)))
            finally:
                faiss.omp_set_num_threads(threads)
        scores, rows = self.index.search(queries, min(k, max(self.description.count, 1)))
        return scores, rows

    def vectors_of(self, rows: np.ndarray) -> np.ndarray:
        return np.asarray(self.index.reconstruct_batch(np.asarray(rows, dtype=np.int64)), dtype=np.float32)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self.index, str(folder / "vectors.faiss"))
        self.description.save(folder)

    @classmethod
    def load(cls, folder: Path) -> FaissIndex:
        description = VectorDescription.load(folder)
        path = folder / "vectors.faiss"
        if not path.exists():
            raise SearchIndexError(f"{folder} holds a description but no vectors.faiss")
        index = faiss.read_index(str(path))
        if index.d != description.dim or index.ntotal != description.count:
            raise SearchIndexError(f"{path} does not match its description (dim {index.d}, {index.ntotal} rows)")
        return cls(index, description)
