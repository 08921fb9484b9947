"""Contract of a vector index: add normalised vectors once, search by inner product, save with a description."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from kg.errors import SearchIndexError

#: Below this many vectors search is exact (brute force); above it an approximate index is built.
EXACT_LIMIT = 50_000


@dataclass(frozen=True)
class VectorDescription:
    """What a saved vector index is: written beside it, checked on load."""

    backend: str
    model_id: str
    dim: int
    metric: str
    index_type: str
    count: int
    built: str
    build_seconds: float
    #: faiss search parameters the index was chosen with (``efSearch``, ``nprobe``), applied on load.
    search_params: dict[str, float] = field(default_factory=dict)
    #: Where a backend that keeps its vectors outside the folder keeps them (Milvus: ``uri``, ``collection``).
    location: dict[str, str] = field(default_factory=dict)

    def save(self, folder: Path) -> None:
        (folder / "description.json").write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> VectorDescription:
        path = folder / "description.json"
        if not path.exists():
            raise SearchIndexError(f"{folder} holds no vector index description (description.json)")
        return cls(**json.loads(path.read_text(encoding="utf-8")))


class VectorIndex(ABC):
    """Nearest neighbours by cosine (inner product of L2-normalised vectors); rows are 0..count-1."""

    description: VectorDescription

    @classmethod
    @abstractmethod
    def build(cls, vectors: np.ndarray, model_id: str) -> VectorIndex:
        """An index over ``vectors`` (rows in order), its type chosen by size."""

    @abstractmethod
    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """``(scores, rows)``, each ``(len(queries), k)``, best first; missing hits have row -1."""

    @abstractmethod
    def vectors_of(self, rows: np.ndarray) -> np.ndarray:
        """The stored vectors of ``rows``, one per row, to score chosen rows exactly."""

    @abstractmethod
    def save(self, folder: Path) -> None:
        """Write the index and its description into ``folder``."""

    @classmethod
    @abstractmethod
    def load(cls, folder: Path) -> VectorIndex:
        """Load a saved index without rebuilding."""
