"""faiss vector index chosen by collection size: exact below :data:`EXACT_LIMIT`, HNSW up to
:data:`IVF_FROM`, an inverted file of 8-bit scalar-quantised vectors above it.

The settings are the cheapest that held recall@10 ≥ 0.95 against exact search in ``benchmarks/vectors.py``
(corpus vectors with noise, 200 questions; docs/benchmarks.md): at 100 000 vectors HNSW32 with efSearch 256
(0.956, 172 MB; efSearch 96 gave 0.89), at 1 000 000 IVF1024,SQ8 with nprobe 128 (0.956, 375 MB, 25 s to build;
HNSW32 reached 0.83 at efSearch 128 in 1.7 GB). They are saved with the index and applied when it is loaded.
"""

from __future__ import annotations

import time
from pathlib import Path

import faiss
import numpy as np

from index.vectors.base import EXACT_LIMIT, VectorDescription, VectorIndex
from kg.errors import SearchIndexError

HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256
IVF_FROM = 500_000
IVF_LISTS = 1024
IVF_PROBES = 128
IVF_TRAINING = 100_000
SERIAL_QUERIES = 4


def index_spec(count: int) -> tuple[str, dict[str, float]]:
    """The faiss factory string and search parameters for a collection of ``count`` vectors."""
    if count < EXACT_LIMIT:
        return "Flat", {}
    if count < IVF_FROM:
        return f"HNSW{HNSW_NEIGHBOURS},Flat", {"efSearch": HNSW_EF_SEARCH}
    return f"IVF{IVF_LISTS},SQ8", {"nprobe": IVF_PROBES}


def _apply(index: faiss.Index, params: dict[str, float]) -> None:
    space = faiss.ParameterSpace()
    for name, value in params.items():
        space.set_index_parameter(index, name, value)


class FaissIndex(VectorIndex):
    """A faiss index with its :class:`VectorDescription`."""

    def __init__(self, index: faiss.Index, description: VectorDescription) -> None:
        self.index = index
        self.description = description
        # An index saved before its settings were recorded gets those of its size.
        _apply(index, description.search_params or index_spec(description.count)[1])

    @classmethod
    def build(cls, vectors: np.ndarray, model_id: str) -> FaissIndex:
        t0 = time.perf_counter()
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        count, dim = vectors.shape
        kind, params = index_spec(count)
        index = faiss.index_factory(dim, kind, faiss.METRIC_INNER_PRODUCT)
        if hasattr(index, "hnsw"):
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        if not index.is_trained:
            sample = np.random.default_rng(0).choice(count, min(count, IVF_TRAINING), replace=False)
            index.train(vectors[np.sort(sample)])
        index.add(vectors)
        if isinstance(index, faiss.IndexIVF):
            index.make_direct_map()  # rows are read back by number (vectors_of); saved with the index
        description = VectorDescription(
            backend="faiss", model_id=model_id, dim=dim, metric="inner_product (cosine on L2-normalised vectors)",
            index_type=kind, count=count, built=time.strftime("%Y-%m-%dT%H:%M:%S"),
            build_seconds=round(time.perf_counter() - t0, 4), search_params=params,
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
